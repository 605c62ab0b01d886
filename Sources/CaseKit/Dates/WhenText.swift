/// A WHEN value whose form is known: a word (`today`, `fri`), a span (`3d`)
/// or an ISO date. It becomes a date only against "now" (`WhenParser.due`),
/// so a command line is read, and its typos refused, before the clock is.
public struct WhenText: Sendable, CustomStringConvertible {
    enum Form: Sendable {
        case today, tomorrow, yesterday, endOfWeek, endOfMonth
        /// 0 is Sunday.
        case weekday(Int)
        case span(Interval)
        case fixed(Due)
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

    private static func form(of word: String) -> Form? {
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
