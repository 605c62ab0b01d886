/// Where a case stands. Active cases (see `Policy.activeStatuses`) are the queue.
public enum CaseStatus: String, CaseIterable, Sendable, SQLBindable {
    case open, waiting, escalated, resolved, closed
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
