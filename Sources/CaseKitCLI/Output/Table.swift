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
        // The last column is never padded, so its width is never needed.
        cellWidths.append(cells.dropLast().map(TextWidth.of))
        styles.append(cellStyles)
    }

    /// Appends the header and rows to `output`, each line after `indent`.
    func render(on terminal: Terminal, into output: inout Output, indent: String = "") {
        let headerWidths = columns.map { TextWidth.of($0.header) }
        var widths = headerWidths
        for row in cellWidths {
            for index in row.indices {
                widths[index] = max(widths[index], row[index])
            }
        }
        let lastLimit = terminal.width.map { width in
            max(10, width - TextWidth.of(indent) - widths.dropLast().reduce(0) { $0 + $1 + 2 })
        }
        output.append(indent)
        write(columns.map(\.header), cellWidths: headerWidths, widths: widths, limit: lastLimit,
              styles: Array(repeating: .bold, count: columns.count), terminal: terminal, into: &output)
        for index in rows.indices {
            output.append(indent)
            write(rows[index], cellWidths: cellWidths[index], widths: widths, limit: lastLimit,
                  styles: styles[index], terminal: terminal, into: &output)
        }
    }

    /// Appends one line: cells padded to their column's width, the last one
    /// cut to `limit` when there is one.
    private func write(
        _ cells: [String], cellWidths: [Int], widths: [Int], limit: Int?, styles: [Terminal.Style?],
        terminal: Terminal, into output: inout Output
    ) {
        for (index, cell) in cells.enumerated() {
            let style = index < styles.count ? styles[index] : nil
            guard index < cells.count - 1 else {
                let shown = limit.map { TextWidth.truncate(cell, to: $0) } ?? cell
                output.append(style.map { terminal.paint(shown, $0) } ?? shown)
                break
            }
            let padding = widths[index] - cellWidths[index]
            if let style, terminal.useColor {
                let padded = columns[index].alignRight
                    ? String(repeating: " ", count: padding) + cell : cell + String(repeating: " ", count: padding)
                output.append(terminal.paint(padded, style))
            } else {
                if columns[index].alignRight { output.append(spaces: padding) }
                output.append(cell)
                if !columns[index].alignRight { output.append(spaces: padding) }
            }
            output.append(spaces: 2)
        }
        output.line()
    }
}
