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

    /// The WHEN words, in the order completion offers them; `form(of:)`
    /// reads its words from this list, so the two cannot drift apart.
    private static let words: KeyValuePairs<String, Form> = [
        "today": .today, "tomorrow": .tomorrow, "yesterday": .yesterday,
        "monday": .weekday(1), "mon": .weekday(1), "tuesday": .weekday(2), "tue": .weekday(2),
        "wednesday": .weekday(3), "wed": .weekday(3), "thursday": .weekday(4), "thu": .weekday(4),
        "friday": .weekday(5), "fri": .weekday(5), "saturday": .weekday(6), "sat": .weekday(6),
        "sunday": .weekday(0), "sun": .weekday(0),
        "eow": .endOfWeek, "eom": .endOfMonth,
    ]

    /// What shell completion offers for a WHEN value: every word, then the
    /// spans an agent types most.
    public static let suggestions = words.map(\.key) + ["+1d", "+2d", "+3d", "1w", "2w", "1m"]

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
        if let named = words.first(where: { $0.key == word }) { return named.value }
        if let span = try? Interval(parsing: word) { return .span(span) }
        return WhenParser.isoDue(word).map(Form.fixed)
    }
}
