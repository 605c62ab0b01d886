/// Where a case stands. Active cases (open, waiting, escalated) are the queue.
public enum CaseStatus: String, CaseIterable, Sendable, SQLBindable {
    case open, waiting, escalated, resolved, closed

    public static let active: [CaseStatus] = [.open, .waiting, .escalated]

    public var isActive: Bool { Self.active.contains(self) }
}

/// How urgent a case is; the order is the rank (`urgent` sorts first).
public enum Priority: String, CaseIterable, Sendable, SQLBindable, Comparable {
    case low, normal, high, urgent

    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}

/// The customer's emotional state as the agent noted it.
public enum Mood: String, CaseIterable, Sendable, SQLBindable {
    case calm, confused, anxious, frustrated, angry, happy
}

/// How a check-in reaches the customer.
public enum Channel: String, CaseIterable, Sendable, SQLBindable {
    case email, phone, chat, other
}

extension CaseKitError {
    /// A value outside a fixed list, e.g. `--priority whenever`.
    static func notOneOf<T: RawRepresentable & CaseIterable>(_ value: String, _ what: String, _: T.Type) -> CaseKitError
    where T.RawValue == String {
        let names = T.allCases.map(\.rawValue).joined(separator: ", ")
        return .usage("unknown \(what) '\(value)'", hint: "use one of: \(names)")
    }
}

extension RawRepresentable where Self: CaseIterable, RawValue == String {
    /// Parses a user-typed name, ignoring case; `what` names it in the error.
    public static func parse(_ text: String, as what: String) throws -> Self {
        guard let value = Self(rawValue: text.trimmingSpaces.lowercased()) else {
            throw CaseKitError.notOneOf(text, what, Self.self)
        }
        return value
    }
}
