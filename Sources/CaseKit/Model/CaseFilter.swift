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

/// One row of `list`: the case, its pending next action and, while it is
/// escalated, the customer update it owes.
public struct CaseSummary: Sendable, Equatable {
    public var `case`: Case
    public var nextAction: NextAction?
    /// Set only while the case is escalated.
    public var update: OwedUpdate?

    /// The next action's due date while it counts; nil while the case waits
    /// (its action is snoozed, see `Policy.actingStatuses`).
    public var actionDue: Due? { `case`.status.isActing ? nextAction?.due : nil }

    /// The date `list` shows and sorts by: a waiting case's follow-up date,
    /// else the next action's while it counts.
    public var shownDue: Due? { `case`.status == .waiting ? `case`.followUp : actionDue }
}

/// Extra innings as `list` shows them: who has the case, and when the next
/// customer update is owed (nil when none is pending).
public struct OwedUpdate: Sendable, Equatable {
    public var team: String
    public var due: Due?
}
