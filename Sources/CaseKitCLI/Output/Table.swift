/// An aligned text table. The last column takes what is left of the terminal
/// width and is cut to fit on a terminal; in a pipe nothing is cut.
struct Table {
    struct Column {
        let header: String
        var alignRight = false
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []
    /// Each cell's width in columns, measured once.
    private var cellWidths: [[Int]] = []
    /// Per row, the cells' styles (applied after alignment, so escapes never
    /// count toward widths).
    private(set) var styles: [[Terminal.Style?]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ cells: [String], styles cellStyles: [Terminal.Style?] = []) {
        let cells = cells.map(TextWidth.cell)
        rows.append(cells)
        cellWidths.append(cells.map(TextWidth.of))
        styles.append(cellStyles)
    }

    func render(on terminal: Terminal, into output: inout Output) {
        let headerWidths = columns.map { TextWidth.of($0.header) }
        var widths = headerWidths
        for row in cellWidths {
            for index in row.indices.dropLast() {
                widths[index] = max(widths[index], row[index])
            }
        }
        let lastLimit = terminal.width.map { width in
            max(10, width - widths.dropLast().reduce(0) { $0 + $1 + 2 })
        }
        let header = line(columns.map(\.header), cellWidths: headerWidths, widths: widths, limit: lastLimit, styles: [])
        output.line(terminal.paint(header, .bold))
        for index in rows.indices {
            output.line(line(rows[index], cellWidths: cellWidths[index], widths: widths, limit: lastLimit,
                             styles: styles[index], terminal: terminal))
        }
    }

    private func line(
        _ cells: [String], cellWidths: [Int], widths: [Int], limit: Int?, styles: [Terminal.Style?],
        terminal: Terminal? = nil
    ) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let isLast = index == cells.count - 1
            var shown = isLast ? limit.map { TextWidth.truncate(cell, to: $0) } ?? cell : cell
            if !isLast {
                let padding = String(repeating: " ", count: max(0, widths[index] - cellWidths[index]))
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
