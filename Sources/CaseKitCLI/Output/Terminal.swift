import Glibc

/// Where output goes and how it may look. Color happens only on a terminal,
/// never in a pipe, and never with NO_COLOR/--no-color. Tables fit a width:
/// COLUMNS when it is set (on a terminal or in a pipe, as `ls` does), else
/// the terminal window's; a pipe without COLUMNS gets whole lines, so that
/// `grep` and scripts see every row as one line.
struct Terminal {
    let isTTY: Bool
    let useColor: Bool
    /// Columns to fit rows into; nil in a pipe without COLUMNS (rows are
    /// never wrapped or cut there).
    let width: Int?

    init(isTTY: Bool, useColor: Bool, width: Int?) {
        self.isTTY = isTTY
        self.useColor = useColor
        self.width = width
    }

    init(noColorFlag: Bool) {
        isTTY = isatty(STDOUT_FILENO) == 1
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        useColor = isTTY && !noColorFlag && !noColor
        width = Terminal.columnsVariable() ?? (isTTY ? Terminal.windowColumns() ?? 80 : nil)
    }

    /// COLUMNS, when it is a positive number: a user (or a test) who sets it
    /// asks for that width. Shells keep it as an unexported variable, so a
    /// pipe normally does not see it.
    private static func columnsVariable() -> Int? {
        guard let text = getenv("COLUMNS"), let columns = Int(String(cString: text)), columns > 0 else { return nil }
        return columns
    }

    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    func paint(_ text: String, _ style: Style) -> String {
        useColor && !text.isEmpty ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }
}

/// Writes all of a command's output at once: one write instead of thousands.
struct Output {
    /// UTF-8 bytes: appending bytes is cheaper than growing a String, which
    /// matters for tables of tens of thousands of rows.
    private var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ text: Substring) {
        bytes.append(contentsOf: text.utf8)
    }

    /// What has been appended so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(spaces count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, count)))
    }

    mutating func line(_ line: String = "") {
        append(line)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Text already made visible that starts at `column` of a line the
    /// caller began, wrapped at word boundaries to `width` when there is one,
    /// continuation lines indented `hanging` columns; each line painted with
    /// `style`. Continuation lines keep at least `Table.narrowestWrap`
    /// columns, indented less if need be; where the first line has fewer
    /// left, the text starts on the next line.
    mutating func wrapped(
        _ text: String, from column: Int, hanging: Int, width: Int?, style: Terminal.Style? = nil,
        on terminal: Terminal
    ) {
        guard let width, column + TextWidth.of(text) > width else {
            return line(style.map { terminal.paint(text, $0) } ?? text)
        }
        let hanging = min(hanging, max(0, width - Table.narrowestWrap))
        let room = max(1, width - hanging)
        var first: Int? = width - column
        if let columns = first, columns < min(Table.narrowestWrap, room) {
            line()
            first = nil
        }
        for (number, (part, _)) in TextWidth.wrap(text, to: room, first: first).enumerated() {
            if number > 0 || first == nil { append(spaces: hanging) }
            append(style.map { terminal.paint(String(part), $0)[...] } ?? part)
            line()
        }
    }

    func flush() {
        fflush(nil)
        bytes.withUnsafeBufferPointer { Output.write($0, to: STDOUT_FILENO) }
    }

    /// A line for the user on stderr (errors, hints and warnings, never data).
    /// It may echo what was typed or read from a file, so it is shown through
    /// `VisibleText`; it is never colored.
    static func note(_ line: String) {
        write(VisibleText.of(line) + "\n", to: STDERR_FILENO)
    }

    /// A confirmation or prompt on stdout that names stored or typed text
    /// ("case 4: next action: …"), shown through `VisibleText`; it is never
    /// colored.
    static func say(_ line: String, terminator: String = "\n") {
        write(VisibleText.of(line) + terminator)
    }

    /// Writes straight to the file descriptor, after anything `print` buffered.
    static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        fflush(nil)
        var text = text
        text.withUTF8 { write($0, to: descriptor) }
    }

    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
