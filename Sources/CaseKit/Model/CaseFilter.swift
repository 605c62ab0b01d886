/// What `list` shows and in which order.
public struct CaseFilter: Sendable {
    public enum Sort: String, CaseIterable, Sendable {
        /// Soonest next action first, cases without a due date last.
        case due
        /// Most recently changed first.
        case updated
        /// Urgent first, then by due date.
        case priority
        /// Oldest case first.
        case id
    }

    /// Statuses to show; empty means every status.
    public var statuses: [CaseStatus] = Policy.activeStatuses
    public var customer: String?
    /// Only cases whose pending next action has this context (`@phone`),
    /// ignoring case.
    public var context: String?
    /// Every tag must be on the case.
    public var tags: [String] = []
    /// Only cases with something overdue: next action, follow-up date or check-in.
    public var overdueOnly = false
    public var sort: Sort = .due
    public var limit: Int?

    public init() {}
}

/// One row of `list`: the case and its pending next action.
public struct CaseSummary: Sendable, Equatable {
    public var `case`: Case
    public var nextAction: NextAction?
}
