/// casekit's rules of thumb, each in one place: the defaults a command uses
/// when not told otherwise, which statuses make the queue, which moods call
/// for care. The store's SQL that needs one is built from here when its
/// `static let` is first read; these are our constants, never user input.
public enum Policy {
    /// How long an active case may go without an event before the review
    /// calls it stale.
    public static let staleAfter = Interval(count: 7, unit: .days)
    /// How often an escalated case's customer is owed an update, when
    /// `escalate` is not told. This and the next two count working days
    /// (nobody is owed an update on a Sunday) unless `count-working-days`
    /// is off, when they are the same number of calendar days.
    public static let updateCadence = Interval(count: 2, unit: .workingDays)
    /// How far out `resolve` schedules the follow-up check-in ("did the fix
    /// hold?"), when not told.
    public static let followUp = Interval(count: 3, unit: .workingDays)
    /// How long `wait` waits before the case comes back, when not told.
    public static let wait = Interval(count: 3, unit: .workingDays)
    /// `today` reminds of the weekly review once the last one, or the first
    /// case when there has been none, is more than this many days old.
    public static let reviewReminderDays = 7
    /// Before the first review, wins are the cases resolved in this window.
    public static let winsWindow = Interval(count: 7, unit: .days)

    /// The queue: cases that still need the agent.
    public static let activeStatuses: [CaseStatus] = [.open, .waiting, .escalated]
    /// Statuses whose pending next action can fall due. A waiting case's
    /// action is snoozed: the case comes back on its follow-up date (the
    /// follow-up is what is owed then) or on `resume`, and only then does
    /// its action count again, in the agenda, `list`, the review and the
    /// calendar alike.
    public static let actingStatuses: [CaseStatus] = [.open, .escalated]
    /// Moods that call for a check-in.
    public static let upsetMoods: [Mood] = [.anxious, .frustrated, .angry]
    /// An upset customer not contacted for this long is on the agenda.
    public static let upsetContactWithin = Interval(count: 1, unit: .days)

    /// `('open', 'waiting', 'escalated')`, for `status IN …`. A query that
    /// wants the active cases' partial index must say it the same way.
    static let activeStatusesSQL = sqlList(activeStatuses.map(\.rawValue))
    /// `('open', 'escalated')`, for `status IN …` on a due next action's case.
    static let actingStatusesSQL = sqlList(actingStatuses.map(\.rawValue))
    /// `('anxious', 'frustrated', 'angry')`, for `latest_mood IN …`.
    static let upsetMoodsSQL = sqlList(upsetMoods.map(\.rawValue))

    private static func sqlList(_ values: [String]) -> String {
        "(" + values.map { "'\($0)'" }.joined(separator: ", ") + ")"
    }
}

extension CaseStatus {
    public var isActive: Bool { Policy.activeStatuses.contains(self) }
    /// Whether a pending next action of a case in this status can be due.
    public var isActing: Bool { Policy.actingStatuses.contains(self) }
}
