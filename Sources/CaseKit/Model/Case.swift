/// One customer problem, as stored.
public struct Case: Sendable, Equatable {
    public var id: Int64
    public var uuid: String
    public var title: String
    public var customer: String?
    public var ref: String?
    public var priority: Priority
    public var tags: [String]
    public var outcome: String?
    public var status: CaseStatus
    /// Who the case waits on, while waiting.
    public var waitingOn: String?
    /// When to follow up on a waiting case.
    public var followUp: Due?
    public var createdAt: Int64
    public var updatedAt: Int64
    public var resolvedAt: Int64?
}

/// The one concrete physical step that moves a case forward.
public struct NextAction: Sendable, Equatable {
    public enum State: String, CaseIterable, Sendable, SQLBindable {
        case pending, done, replaced
    }

    public var id: Int64
    public var text: String
    public var context: String?
    public var due: Due?
    public var state: State
    public var createdAt: Int64
    public var finishedAt: Int64?
}

/// A scheduled customer touchpoint.
public struct CheckIn: Sendable, Equatable {
    public enum State: String, CaseIterable, Sendable, SQLBindable {
        case pending, done, skipped, moved
    }

    /// Why it was scheduled.
    public enum Purpose: String, CaseIterable, Sendable, SQLBindable {
        /// Scheduled by the agent with `checkin add`.
        case checkIn = "check-in"
        /// The customer update owed while a case is escalated.
        case update
        /// The check-in after resolution ("did the fix hold?").
        case followUp = "follow-up"
    }

    public var id: Int64
    public var caseID: Int64
    public var purpose: Purpose
    public var due: Due
    public var note: String?
    public var channel: Channel?
    public var state: State
    public var outcome: String?
}

/// An escalation to another team ("extra innings").
public struct Escalation: Sendable, Equatable {
    public var team: String
    public var reason: String?
    public var cadence: Interval
    public var startedAt: Int64
    public var endedAt: Int64?
}

/// One entry of a case's timeline. Every change appends one; none is deleted.
public struct Event: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable, SQLBindable {
        case opened, edited, next, done, note, waiting, resumed, escalated, deescalated
        case checkinScheduled = "checkin-scheduled", checkinDone = "checkin-done"
        case checkinSkipped = "checkin-skipped", checkinMoved = "checkin-moved", contact
        case resolved, closed, reopened
    }

    public var uuid: String
    public var at: Int64
    public var kind: Kind
    public var text: String
    public var mood: Mood?
}

/// Everything `show` prints about one case.
public struct CaseDetail: Sendable {
    public var `case`: Case
    public var nextAction: NextAction?
    public var checkIns: [CheckIn]
    public var escalation: Escalation?
    public var events: [Event]
}
