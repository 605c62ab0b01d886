/// An aligned text table. The last column takes what is left of the terminal
/// width and is cut to fit on a terminal; in a pipe nothing is cut.
struct Table {
    struct Column {
        let header: String
        var alignRight = false
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []
    /// Per row, the cells' styles (applied after alignment, so escapes never
    /// count toward widths).
    private(set) var styles: [[Terminal.Style?]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ cells: [String], styles cellStyles: [Terminal.Style?] = []) {
        rows.append(cells.map(TextWidth.cell))
        styles.append(cellStyles)
    }

    func render(on terminal: Terminal, into output: inout Output) {
        var widths = columns.map { TextWidth.of($0.header) }
        for row in rows {
            for (index, cell) in row.enumerated().dropLast() {
                widths[index] = max(widths[index], TextWidth.of(cell))
            }
        }
        let lastLimit = terminal.width.map { width in
            max(10, width - widths.dropLast().reduce(0) { $0 + $1 + 2 })
        }
        output.line(terminal.paint(line(columns.map(\.header), widths: widths, limit: lastLimit, styles: []), .bold))
        for (row, style) in zip(rows, styles) {
            output.line(line(row, widths: widths, limit: lastLimit, styles: style, terminal: terminal))
        }
    }

    private func line(
        _ cells: [String], widths: [Int], limit: Int?, styles: [Terminal.Style?], terminal: Terminal? = nil
    ) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let isLast = index == cells.count - 1
            var shown = isLast ? limit.map { TextWidth.truncate(cell, to: $0) } ?? cell : cell
            if !isLast {
                let padding = String(repeating: " ", count: max(0, widths[index] - TextWidth.of(cell)))
                shown = columns[index].alignRight ? padding + cell : cell + padding
            }
            if let terminal, index < styles.count, let style = styles[index] {
                shown = terminal.paint(shown, style)
            }
            text += shown
            if !isLast { text += "  " }
        }
        return text
    }
}
