/// An aligned text table. The last column takes what is left of the terminal
/// width and is cut to fit on a terminal; in a pipe nothing is cut.
struct Table {
    struct Column {
        let header: String
        var alignRight = false
    }

    let columns: [Column]
    /// Every cell, row after row: flat, so that a row costs no arrays of its
    /// own (the weekly review prints tens of thousands).
    private var cells: [String] = []
    /// Each cell's width in columns, measured once; 0 for last cells, which
    /// are never padded.
    private var cellWidths: [Int] = []
    /// Cell styles, applied after alignment so escapes never count toward
    /// widths; only rows that have any are stored, by their first cell.
    private var styles: [Int: [Terminal.Style?]] = [:]
    /// The widest cell of each column so far.
    private var widths: [Int]

    init(_ columns: [Column]) {
        self.columns = columns
        widths = columns.map { TextWidth.of($0.header) }
    }

    mutating func append(_ row: [String], styles cellStyles: [Terminal.Style?] = []) {
        precondition(row.count == columns.count, "a table row has one cell per column")
        if !cellStyles.isEmpty { styles[cells.count] = cellStyles }
        for (index, cell) in row.enumerated() {
            let cell = VisibleText.of(cell)
            let width = index < columns.count - 1 ? TextWidth.of(cell) : 0
            widths[index] = max(widths[index], width)
            cells.append(cell)
            cellWidths.append(width)
        }
    }

    /// Appends the header and rows to `output`, each line after `indent`.
    func render(on terminal: Terminal, into output: inout Output, indent: String = "") {
        let lastLimit = terminal.width.map { width in
            max(10, width - TextWidth.of(indent) - widths.dropLast().reduce(0) { $0 + $1 + 2 })
        }
        output.append(indent)
        write(columns.map(\.header)[...], cellWidths: columns.map { TextWidth.of($0.header) }[...], limit: lastLimit,
              styles: Array(repeating: .bold, count: columns.count), terminal: terminal, into: &output)
        var start = 0
        while start < cells.count {
            let end = start + columns.count
            output.append(indent)
            write(cells[start..<end], cellWidths: cellWidths[start..<end], limit: lastLimit,
                  styles: styles[start] ?? [], terminal: terminal, into: &output)
            start = end
        }
    }

    /// Appends one line: cells padded to their column's width, the last one
    /// cut to `limit` when there is one.
    private func write(
        _ row: ArraySlice<String>, cellWidths: ArraySlice<Int>, limit: Int?, styles: [Terminal.Style?],
        terminal: Terminal, into output: inout Output
    ) {
        for index in 0..<columns.count {
            let cell = row[row.startIndex + index]
            let style = index < styles.count ? styles[index] : nil
            guard index < columns.count - 1 else {
                let shown = limit.map { TextWidth.truncate(cell, to: $0) } ?? cell
                output.append(style.map { terminal.paint(shown, $0) } ?? shown)
                break
            }
            let padding = widths[index] - cellWidths[cellWidths.startIndex + index]
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
