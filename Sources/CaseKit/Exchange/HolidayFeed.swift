/// The holidays in an iCalendar file (RFC 5545), such as a public holiday
/// calendar: its all-day events. An event is a holiday when its DTSTART is a
/// date (`DTSTART;VALUE=DATE:20261225`); it covers the days up to its DTEND,
/// which is exclusive (or a `DURATION` of days or weeks, else one day). A
/// yearly rule with nothing but `FREQ=YEARLY` and `COUNT`, `UNTIL` or
/// `INTERVAL=1` repeats it in the years `yearlyWindow` covers, less its
/// EXDATEs. Timed events, cancelled ones, other rules and `RDATE`s are
/// skipped and counted. SUMMARY is the name. Lines may be folded and end in
/// CRLF or LF. A file that is not one calendar is refused (exit 65).
public struct HolidayFeed: Sendable {
    public private(set) var holidays: [Holiday] = []
    /// Events that are not all-day holidays casekit can read.
    public private(set) var skipped = 0

    /// The most holidays one file may hold: public calendars hold tens a
    /// year, and a hostile one should not fill the table.
    public static let mostHolidays = 5000
    /// The longest event read as holidays, in days.
    static let longestEvent = 366

    /// Reads `bytes`; a yearly holiday repeats from last year to five years
    /// after `today`'s.
    public init(ics bytes: [UInt8], today: LocalDate) throws {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Self.failure("the file is not UTF-8 text")
        }
        let lines = Self.unfolded(text)
        guard let first = lines.first(where: { !$0.text.isBlank }), first.text.uppercased() == "BEGIN:VCALENDAR" else {
            throw Self.failure("the file does not start with BEGIN:VCALENDAR")
        }
        let window = today.year - 1...today.year + 5
        var components: [String] = []
        var event: [ContentLine]?
        var ended = false
        var byDate: [LocalDate: Int] = [:]
        for line in lines where !line.text.isBlank {
            guard !ended else { throw Self.failure("line \(line.number): text after END:VCALENDAR") }
            guard let content = ContentLine(line) else {
                throw Self.failure("line \(line.number) is not a NAME:VALUE line")
            }
            switch content.name {
            case "BEGIN":
                components.append(content.value.uppercased())
                if components == ["VCALENDAR", "VEVENT"] { event = [] }
            case "END":
                guard components.last == content.value.uppercased() else {
                    throw Self.failure("line \(line.number): END:\(content.value) does not close BEGIN:\(components.last ?? "nothing")")
                }
                components.removeLast()
                if components == ["VCALENDAR"], let lines = event {
                    event = nil
                    guard let days = try Self.holidays(of: lines, in: window) else {
                        skipped += 1
                        continue
                    }
                    for holiday in days where byDate[holiday.date] == nil {
                        byDate[holiday.date] = holidays.count
                        holidays.append(holiday)
                    }
                    guard holidays.count <= Self.mostHolidays else {
                        throw Self.failure("the file holds more than \(Self.mostHolidays) holidays")
                    }
                }
                ended = components.isEmpty
            default:
                if components.count == 2 && event != nil { event?.append(content) }
            }
        }
        guard ended else { throw Self.failure("the file does not end with END:VCALENDAR") }
    }

    /// One physical line's worth of content after unfolding, with the number
    /// of the line it starts on, for messages.
    struct Line {
        let number: Int
        var text: Substring
    }

    /// Splits at CRLF or LF and joins folded lines (a line that starts with
    /// a space or a tab continues the one before, less that character).
    static func unfolded(_ text: String) -> [Line] {
        var lines: [Line] = []
        var number = 0
        // "\r\n" is one Character in Swift: both line ends are separators.
        for physical in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let raw = physical.hasSuffix("\r") ? physical.dropLast() : physical
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].text += raw.dropFirst()
            } else {
                lines.append(Line(number: number, text: raw))
            }
        }
        return lines
    }

    /// `NAME;PARAM=x;PARAM="a:b":value`, the name and parameter names upper-cased.
    struct ContentLine {
        let number: Int
        let name: String
        let parameters: [String: String]
        let value: String

        init?(_ line: Line) {
            var quoted = false
            guard let colon = line.text.firstIndex(where: { character in
                if character == "\"" { quoted.toggle() }
                return character == ":" && !quoted
            }) else { return nil }
            let head = line.text[..<colon].split(separator: ";", omittingEmptySubsequences: false)
            guard let name = head.first, !name.isEmpty else { return nil }
            number = line.number
            self.name = name.uppercased()
            var parameters: [String: String] = [:]
            for parameter in head.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                if pair.count == 2 { parameters[pair[0].uppercased()] = pair[1].uppercased() }
            }
            self.parameters = parameters
            value = String(line.text[line.text.index(after: colon)...])
        }
    }

    /// The holidays one VEVENT stands for, or nil to skip it.
    private static func holidays(of lines: [ContentLine], in window: ClosedRange<Int>) throws -> [Holiday]? {
        func first(_ name: String) -> ContentLine? { lines.first { $0.name == name } }
        guard let start = first("DTSTART"), let startDate = date(start) else { return nil }
        if first("STATUS")?.value.uppercased() == "CANCELLED" || first("RDATE") != nil { return nil }
        var length = 1
        if let end = first("DTEND") {
            guard let endDate = date(end), startDate < endDate else { return nil }
            length = startDate.days(until: endDate)
        } else if let duration = first("DURATION") {
            guard let days = days(inDuration: duration.value) else { return nil }
            length = days
        }
        guard length <= longestEvent else { return nil }
        var name: String?
        if let summary = first("SUMMARY") {
            let text = unescaped(summary.value).trimmingSpaces
            guard text.count <= Holiday.longestName else {
                throw failure("line \(summary.number): the SUMMARY is \(text.count) characters; a holiday name holds at most \(Holiday.longestName)")
            }
            name = text.isEmpty ? nil : text
        }
        var starts = [startDate]
        if let rule = first("RRULE") {
            guard let yearly = yearlyStarts(rule.value, from: startDate, in: window) else { return nil }
            let excluded = Set(lines.filter { $0.name == "EXDATE" }.flatMap { line in
                line.value.split(separator: ",").compactMap { date(String($0)) }
            })
            starts = yearly.filter { !excluded.contains($0) }
        }
        return starts.flatMap { first in (0..<length).map { Holiday(date: first.adding(days: $0), name: name) } }
    }

    /// A date value (`20261225`): with `VALUE=DATE`, or eight digits alone.
    private static func date(_ line: ContentLine) -> LocalDate? {
        guard line.parameters["VALUE"] == "DATE" || line.value.count == 8 else { return nil }
        return date(line.value)
    }

    private static func date(_ text: String) -> LocalDate? {
        let digits = text.prefix(8)
        guard digits.count == 8, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let iso: String = String(digits.prefix(4)) + "-" + String(digits.dropFirst(4).prefix(2)) + "-" + String(digits.suffix(2))
        return LocalDate(iso: Substring(iso))
    }

    /// `P3D`, `P1W`: whole days only.
    private static func days(inDuration text: String) -> Int? {
        let body = text.uppercased().dropFirst(text.hasPrefix("+") ? 2 : 1)
        guard text.uppercased().hasPrefix("P") || text.uppercased().hasPrefix("+P"),
              let unit = body.last, unit == "D" || unit == "W",
              body.dropLast().allSatisfy(\.isASCIIDigit), let count = Int(body.dropLast()), count > 0
        else { return nil }
        return unit == "W" ? count * 7 : count
    }

    /// The starts of a simple yearly rule within `window`: `FREQ=YEARLY`
    /// with at most `COUNT`, `UNTIL` and `INTERVAL=1`. February 29 comes in
    /// leap years only (RFC 5545 skips dates a year lacks). Nil for any other
    /// rule.
    private static func yearlyStarts(_ rule: String, from start: LocalDate, in window: ClosedRange<Int>) -> [LocalDate]? {
        var frequency: String?
        var count: Int?
        var until: LocalDate?
        for part in rule.uppercased().split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { return nil }
            switch pair[0] {
            case "FREQ": frequency = pair[1]
            case "COUNT":
                guard let value = Int(pair[1]), value > 0 else { return nil }
                count = value
            case "UNTIL":
                guard let value = date(pair[1]) else { return nil }
                until = value
            case "INTERVAL":
                guard pair[1] == "1" else { return nil }
            default: return nil
            }
        }
        guard frequency == "YEARLY" else { return nil }
        var starts: [LocalDate] = []
        var occurrences = 0
        for year in start.year...max(start.year, window.upperBound) {
            guard start.day <= LocalDate.days(inMonth: start.month, year: year) else { continue }
            let date = LocalDate(year: year, month: start.month, day: start.day)
            occurrences += 1
            if let count, occurrences > count { break }
            if let until, date > until { break }
            if window.contains(year) { starts.append(date) }
        }
        return starts
    }

    /// A TEXT value with its escapes read: `\,` `\;` `\\` and `\n`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func failure(_ message: String) -> CaseKitError {
        CaseKitError(.data, "not a holiday calendar: \(message)",
                     hint: "import an iCalendar (.ics) file, such as a public holiday calendar; nothing was added")
    }
}
