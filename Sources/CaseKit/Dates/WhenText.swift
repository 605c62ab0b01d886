/// A WHEN value whose form is known: a word (`today`, `fri`), a span (`3d`),
/// an ISO date, a time of day (`14:30`, `2pm`) or a day and a time
/// (`fri 10:00`, `2026-12-05 14:30`). It becomes a date only against "now" (`WhenParser.due`),
/// so a command line is read, and its typos refused, before the clock is.
public struct WhenText: Sendable, CustomStringConvertible {
    enum Form: Sendable {
        case today, tomorrow, yesterday, endOfWeek, endOfMonth
        /// `nwd`: the next working day on the working calendar.
        case nextWorkingDay
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

    /// The WHEN words, in the order completion offers them; `form(of:)`
    /// reads its words from this list, so the two cannot drift apart.
    private static let words: KeyValuePairs<String, Form> = [
        "today": .today, "tomorrow": .tomorrow, "yesterday": .yesterday,
        "monday": .weekday(1), "mon": .weekday(1), "tuesday": .weekday(2), "tue": .weekday(2),
        "wednesday": .weekday(3), "wed": .weekday(3), "thursday": .weekday(4), "thu": .weekday(4),
        "friday": .weekday(5), "fri": .weekday(5), "saturday": .weekday(6), "sat": .weekday(6),
        "sunday": .weekday(0), "sun": .weekday(0),
        "eow": .endOfWeek, "eom": .endOfMonth, "nwd": .nextWorkingDay,
    ]

    /// What shell completion offers for a WHEN value: every word, then the
    /// spans an agent types most.
    public static let suggestions = words.map(\.key) + ["+1d", "+2d", "+3d", "+1bd", "+2bd", "+3bd", "1w", "2w", "1m"]

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

    /// Whether its date depends on the working calendar (`nwd`, `2bd`), so
    /// that a command reads the calendar only when it must.
    public var needsCalendar: Bool { form.needsCalendar }

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
        if let named = Self.words.first(where: { $0.key == word }) { return named.value }
        if let span = try? Interval(parsing: word) { return .span(span) }
        return WhenParser.isoDue(word).map(Form.fixed)
    }
}

extension WhenText.Form {
    /// Whether the form names a day rather than an instant.
    var isWholeDay: Bool {
        switch self {
        case .today, .tomorrow, .yesterday, .endOfWeek, .endOfMonth, .nextWorkingDay, .weekday: return true
        case .span(let span): return span.unit != .hours
        case .fixed(.day): return true
        case .fixed(.instant), .clock, .at: return false
        }
    }

    var needsCalendar: Bool {
        switch self {
        case .nextWorkingDay: return true
        case .span(let span): return span.unit == .workingDays
        case .at(let day, _): return day.needsCalendar
        default: return false
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
