/// A day off in the working calendar: a whole calendar date (the same in
/// every time zone) and what it is called, if anyone said.
public struct Holiday: Sendable, Hashable {
    public let date: LocalDate
    public let name: String?

    /// A name is kept exactly as given (the terminal shows it through
    /// `VisibleText`), blank means none, and it is at most this long: a
    /// holiday's name, not a document.
    public static let longestName = 200

    public init(date: LocalDate, name: String?) {
        self.date = date
        self.name = name
    }

    /// `name` as stored: nil when blank; refused (a usage error) past
    /// `longestName` characters.
    public static func checkedName(_ name: String?) throws -> String? {
        guard let name, !name.isBlank else { return nil }
        guard name.count <= longestName else {
            throw CaseKitError.usage("a holiday name holds at most \(longestName) characters, not \(name.count)",
                                     hint: "give a short name, e.g. --name \"Christmas Day\"")
        }
        return name
    }
}

/// What adding or importing holidays changed.
public struct HolidayChanges: Sendable, Equatable {
    public var added = 0
    /// Dates already holidays that took the new name.
    public var renamed = 0
    /// Dates already holidays, left as they were.
    public var unchanged = 0

    public init() {}
}
