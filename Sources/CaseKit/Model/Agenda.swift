/// One thing the agent owes today, on one case.
public struct AgendaItem: Sendable, Equatable {
    public var caseID: Int64
    public var customer: String?
    public var title: String
    /// What is owed, in words: the next action, the check-in's purpose, …
    public var owed: String
    public var due: Due
    /// The check-in behind the item, when there is one.
    public var checkInID: Int64?
}

/// The daily agenda (`casekit today`): what is overdue or due today, in the
/// spec's sections, each ordered by due date.
public struct Agenda: Sendable {
    public var date: LocalDate
    /// Pending next actions past their due date.
    public var overdueActions: [AgendaItem] = []
    /// Check-ins due today or overdue (customer updates of escalated cases excepted).
    public var checkIns: [AgendaItem] = []
    /// Escalated cases owing the customer an update today or earlier.
    public var updatesOwed: [AgendaItem] = []
    /// Waiting cases whose follow-up date has come.
    public var followUps: [AgendaItem] = []
    /// Pending next actions due later today.
    public var dueToday: [AgendaItem] = []
    /// Open, waiting and escalated cases.
    public var activeCases = 0
    /// Next actions and check-ins due from now to the end of the coming Sunday.
    public var dueThisWeek = 0
    /// Set when the weekly review is due.
    public var reviewReminder: String?

    public var isEmpty: Bool {
        overdueActions.isEmpty && checkIns.isEmpty && updatesOwed.isEmpty && followUps.isEmpty && dueToday.isEmpty
    }
}

/// A pending check-in with the case it belongs to (`checkin list`).
public struct CheckInListing: Sendable, Equatable {
    public var checkIn: CheckIn
    public var customer: String?
    public var title: String
}
