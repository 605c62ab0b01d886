/// An aligned text table that fits the width it is given.
///
/// Each column says how it gives way when the rows are wider than the
/// terminal (`Fit`), so that a renderer adds a column without thinking about
/// width: the table decides at render time. Less useful columns drop, in
/// their order, while the wrapping columns would get fewer than
/// `readableWidth` columns; then the wrapping columns (the next action, the
/// review's reason, titles) take what is left and wrap at word boundaries
/// onto continuation lines indented to their column. Nothing that wraps is
/// ever cut. Where even that leaves a wrapping column fewer than
/// `narrowestWrap` columns, the wrapping cells go on lines of their own under
/// their row, indented by `stackIndent`. With no width (a pipe without
/// COLUMNS) nothing gives way: every row is one line, as long as its text.
struct Table {
    struct Column {
        let header: String
        var alignRight = false
        var fit = Fit.keeps
        /// On a limited width, a cell wider than this is cut, ending in "…":
        /// for customers, whose whole name rarely matters in a queue and
        /// which would otherwise squeeze the next action.
        var maximumWidth: Int? = nil
    }

    enum Fit: Equatable {
        /// Always shown, as wide as its widest cell: ids, dates, states.
        case keeps
        /// Shown while there is room; lower numbers drop first.
        case drops(Int)
        /// Wrapped at word boundaries, never cut.
        case wraps
    }

    /// Wrapping columns are given at least this many columns (or their
    /// widest cell, if less) before any column is dropped for them.
    static let readableWidth = 30
    /// Below this, wrapped text reads a word or two a line: it goes under its row instead.
    static let narrowestWrap = 16
    /// How far wrapped text under its row is indented.
    static let stackIndent = 4
    /// Customers are cut to this many columns on a limited width.
    static let customerWidth = 24
    /// `list`'s WAITS FOR: one long "waiting on …" must not push the column
    /// (and CONTEXT before it) off every row; `show` has it whole.
    static let waitsForWidth = 36

    let columns: [Column]
    /// Every cell, row after row: flat, so that a row costs no arrays of its
    /// own (the weekly review prints tens of thousands).
    private var cells: [String] = []
    /// Each cell's width in columns, measured once.
    private var cellWidths: [Int] = []
    /// Cell styles, applied after alignment so escapes never count toward
    /// widths; only rows that have any are stored, by their first cell.
    private var styles: [Int: [Terminal.Style?]] = [:]
    /// The widest cell of each column so far, header included.
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
            let width = TextWidth.of(cell)
            widths[index] = max(widths[index], width)
            cells.append(cell)
            cellWidths.append(width)
        }
    }

    /// Which columns show, and how wide each is, for one render.
    private struct Layout {
        var shown: [Bool]
        var widths: [Int]
        /// The last column shown beside the others: it is never padded.
        var last: Int
        /// Whether the wrapping columns go under their row.
        var stacked = false
        /// Whether cells may wrap or be cut at all (a width is known).
        var limited = false
    }

    /// The lines of a row's wrapping cells, kept from row to row so that a
    /// wrapped row allocates nothing of its own.
    private struct Wrapped {
        var lines: [(text: Substring, width: Int)] = []
        /// Which lines are whose: a wrapping column's first line and count.
        var cells: [(column: Int, start: Int, count: Int)] = []
    }

    /// Appends the header and rows to `output`, each line after `indent`.
    func render(on terminal: Terminal, into output: inout Output, indent: String = "") {
        var wrapped = Wrapped()
        let layout = self.layout(width: terminal.width.map { $0 - TextWidth.of(indent) })
        let headers = columns.map(\.header)
        let bold = Array(repeating: Terminal.Style.bold, count: columns.count) as [Terminal.Style?]
        write(headers[...], cellWidths: columns.map { TextWidth.of($0.header) }[...], styles: bold,
              layout: layout, indent: indent, terminal: terminal, wrapped: &wrapped, into: &output)
        var start = 0
        while start < cells.count {
            let end = start + columns.count
            write(cells[start..<end], cellWidths: cellWidths[start..<end], styles: styles[start] ?? [],
                  layout: layout, indent: indent, terminal: terminal, wrapped: &wrapped, into: &output)
            start = end
        }
    }

    private func layout(width room: Int?) -> Layout {
        let all = Layout(shown: Array(repeating: true, count: columns.count), widths: widths, last: columns.count - 1)
        guard let room else { return all }
        var layout = all
        layout.limited = true
        for (index, column) in columns.enumerated() {
            if let maximum = column.maximumWidth {
                layout.widths[index] = min(widths[index], max(maximum, TextWidth.of(column.header)))
            }
        }
        // What the shown columns ask for, wrapping ones at a readable width.
        func demand(_ shown: [Bool]) -> Int {
            var total = -2
            for index in columns.indices where shown[index] {
                let width = layout.widths[index]
                total += 2 + (columns[index].fit == .wraps ? min(width, Table.readableWidth) : width)
            }
            return total
        }
        let droppable = columns.indices.compactMap { index -> (rank: Int, index: Int)? in
            if case .drops(let rank) = columns[index].fit { return (rank, index) }
            return nil
        }.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.index)
        // Strictly in order, so that a column shows only while every more
        // useful one does: what disappears as a window narrows is predictable.
        for index in droppable where demand(layout.shown) > room {
            layout.shown[index] = false
        }
        layout.last = columns.indices.last { layout.shown[$0] } ?? 0

        let wrapping = columns.indices.filter { layout.shown[$0] && columns[$0].fit == .wraps }
        guard !wrapping.isEmpty else { return layout }
        var space = room
        for index in columns.indices where layout.shown[index] {
            space -= 2
            if columns[index].fit != .wraps { space -= layout.widths[index] }
        }
        space += 2
        if space / wrapping.count < Table.narrowestWrap {
            layout.stacked = true
            layout.last = columns.indices.last { layout.shown[$0] && columns[$0].fit != .wraps } ?? 0
            for index in wrapping { layout.widths[index] = max(1, room - Table.stackIndent) }
            return layout
        }
        // Narrow columns keep their width; the others share what is left evenly.
        var remaining = space
        for (order, index) in wrapping.sorted(by: { widths[$0] < widths[$1] }).enumerated() {
            let share = remaining / (wrapping.count - order)
            layout.widths[index] = max(min(widths[index], share), TextWidth.of(columns[index].header))
            remaining -= layout.widths[index]
        }
        return layout
    }

    /// Appends one row: one line when every shown cell fits its column,
    /// else wrapped and cut as the layout says.
    private func write(
        _ row: ArraySlice<String>, cellWidths: ArraySlice<Int>, styles: [Terminal.Style?], layout: Layout,
        indent: String, terminal: Terminal, wrapped: inout Wrapped, into output: inout Output
    ) {
        let fits = !layout.limited || !layout.stacked && columns.indices.allSatisfy {
            !layout.shown[$0] || cellWidths[cellWidths.startIndex + $0] <= layout.widths[$0]
        }
        guard fits else {
            return writeLines(row, cellWidths: cellWidths, styles: styles, layout: layout, indent: indent,
                              terminal: terminal, wrapped: &wrapped, into: &output)
        }
        output.append(indent)
        for index in 0...layout.last where layout.shown[index] {
            let cell = row[row.startIndex + index]
            let style = index < styles.count ? styles[index] : nil
            guard index < layout.last else {
                output.append(style.map { terminal.paint(cell, $0) } ?? cell)
                break
            }
            let padding = layout.widths[index] - cellWidths[cellWidths.startIndex + index]
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

    /// A row that does not fit one line: wrapping cells in lines of their
    /// column's width (beside the row, or under it when stacked), cut cells
    /// ending in "…". Padding is written only before text, so no line ends in spaces.
    private func writeLines(
        _ row: ArraySlice<String>, cellWidths: ArraySlice<Int>, styles: [Terminal.Style?], layout: Layout,
        indent: String, terminal: Terminal, wrapped: inout Wrapped, into output: inout Output
    ) {
        wrapped.lines.removeAll(keepingCapacity: true)
        wrapped.cells.removeAll(keepingCapacity: true)
        for index in columns.indices where layout.shown[index] && columns[index].fit == .wraps {
            let cell = row[row.startIndex + index], width = cellWidths[cellWidths.startIndex + index]
            let start = wrapped.lines.count
            if width <= layout.widths[index] {
                wrapped.lines.append((cell[...], width))
            } else {
                TextWidth.wrap(cell, to: layout.widths[index], into: &wrapped.lines)
            }
            wrapped.cells.append((index, start, wrapped.lines.count - start))
        }
        let besideRow = layout.stacked ? 1 : wrapped.cells.reduce(1) { max($0, $1.count) }
        for line in 0..<besideRow {
            output.append(indent)
            var pending = 0
            var next = 0
            for index in 0...layout.last where layout.shown[index] && !(layout.stacked && columns[index].fit == .wraps) {
                let style = index < styles.count ? styles[index] : nil
                var text = Substring(""), width = 0
                if next < wrapped.cells.count, wrapped.cells[next].column == index {
                    let cell = wrapped.cells[next]
                    if line < cell.count { (text, width) = wrapped.lines[cell.start + line] }
                    next += 1
                } else if line == 0 {
                    text = row[row.startIndex + index][...]
                    width = cellWidths[cellWidths.startIndex + index]
                    if width > layout.widths[index] {
                        let cut = TextWidth.truncate(String(text), to: layout.widths[index])
                        (text, width) = (cut[...], TextWidth.of(cut))
                    }
                }
                let padding = layout.widths[index] - width
                if !text.isEmpty {
                    output.append(spaces: pending + (columns[index].alignRight ? padding : 0))
                    output.append(style.map { terminal.paint(String(text), $0)[...] } ?? text)
                    pending = columns[index].alignRight ? 0 : padding
                } else {
                    pending += layout.widths[index]
                }
                pending += 2
            }
            output.line()
        }
        guard layout.stacked else { return }
        for cell in wrapped.cells {
            let style = cell.column < styles.count ? styles[cell.column] : nil
            for (text, _) in wrapped.lines[cell.start..<(cell.start + cell.count)] where !text.isEmpty {
                output.append(indent)
                output.append(spaces: Table.stackIndent)
                output.append(style.map { terminal.paint(String(text), $0)[...] } ?? text)
                output.line()
            }
        }
    }
}
