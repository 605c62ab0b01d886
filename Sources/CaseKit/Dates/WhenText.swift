/// A WHEN value whose form is known: a word (`today`, `fri`), a span (`3d`),
/// an ISO date, a time of day (`14:30`, `2pm`) or a day and a time
/// (`fri 10:00`, `2026-12-05 14:30`). It becomes a date only against "now" (`WhenParser.due`),
/// so a command line is read, and its typos refused, before the clock is.
public struct WhenText: Sendable, CustomStringConvertible {
    enum Form: Sendable {
        case today, tomorrow, yesterday, endOfWeek, endOfMonth
        /// 0 is Sunday.
        case weekday(Int)
        case span(Interval)
        case fixed(Due)
        /// A time with no day: its next occurrence (`WhenParser`).
        case clock(ClockTime)
        /// A whole-day form, at a time of that day.
        indirect case at(Form, ClockTime)
    }

    /// As the user wrote it, for messages.
    public let description: String
    let form: Form

    private static let weekdays: [String: Int] = [
        "sunday": 0, "sun": 0, "monday": 1, "mon": 1, "tuesday": 2, "tue": 2,
        "wednesday": 3, "wed": 3, "thursday": 4, "thu": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6,
    ]

    /// Nil when `text` is none of the forms in `WhenParser.acceptedForms`.
    public init?(_ text: String) {
        guard let form = Self.form(of: text.trimmingSpaces.lowercased()) else { return nil }
        description = text
        self.form = form
    }

    /// The span `span` after now, written as the user would (`3d`): the
    /// commands' defaults.
    public init(_ span: Interval) {
        description = span.description
        form = .span(span)
    }

    private static func form(of text: String) -> Form? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        switch words.count {
        case 1:
            if let time = ClockTime(words[0]) { return .clock(time) }
            return form(ofWord: String(words[0]))
        case 2:
            // A day then a time; the day must be a whole day (`12h 10:00`
            // names no day).
            guard let time = ClockTime(words[1]), let day = form(ofWord: String(words[0])), day.isWholeDay
            else { return nil }
            return .at(day, time)
        default:
            return nil
        }
    }

    private static func form(ofWord word: String) -> Form? {
        switch word {
        case "today": return .today
        case "tomorrow": return .tomorrow
        case "yesterday": return .yesterday
        case "eow": return .endOfWeek
        case "eom": return .endOfMonth
        default: break
        }
        if let weekday = weekdays[word] { return .weekday(weekday) }
        if let span = try? Interval(parsing: word) { return .span(span) }
        return WhenParser.isoDue(word).map(Form.fixed)
    }
}

extension WhenText.Form {
    /// Whether the form names a day rather than an instant.
    var isWholeDay: Bool {
        switch self {
        case .today, .tomorrow, .yesterday, .endOfWeek, .endOfMonth, .weekday: return true
        case .span(let span): return span.unit != .hours
        case .fixed(.day): return true
        case .fixed(.instant), .clock, .at: return false
        }
    }
}

/// A time of day on the 24-hour clock (`14:30`, `9:05`), or on the 12-hour
/// one with am/pm (`2pm`, `2:30pm`, `12am` is midnight).
public struct ClockTime: Hashable, Sendable {
    public let hour: Int
    public let minute: Int

    /// Nil for anything else, among them `25:00`, `14:60`, `13pm`, `-1:00`.
    public init?(_ text: String) {
        self.init(Substring(text.trimmingSpaces.lowercased()))
    }

    init?(_ word: Substring) {
        var clock = word
        var half: Int?
        if clock.hasSuffix("am") || clock.hasSuffix("pm") {
            half = clock.hasSuffix("pm") ? 12 : 0
            clock = clock.dropLast(2)
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || (fields.count == 1 && half != nil),
              (1...2).contains(fields[0].count), fields[0].allSatisfy(\.isASCIIDigit),
              let hour = Int(fields[0])
        else { return nil }
        var minute = 0
        if fields.count == 2 {
            guard fields[1].count == 2, fields[1].allSatisfy(\.isASCIIDigit), let value = Int(fields[1]), value < 60
            else { return nil }
            minute = value
        }
        if let half {
            guard (1...12).contains(hour) else { return nil }
            self.hour = hour % 12 + half
        } else {
            guard hour < 24 else { return nil }
            self.hour = hour
        }
        self.minute = minute
    }
}
