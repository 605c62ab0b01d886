/// Pending next actions and check-ins due in a window, with their cases: what
/// the agenda, the review, `checkin list` and the calendar feed are made of.
/// Both queries walk a due-date index, so they read only what falls in the
/// window, however long the history.
extension Store {
    /// A pending, dated next action of an active case.
    struct DueAction {
        var caseID: Int64
        var customer: String?
        var title: String
        var uuid: String
        var text: String
        var context: String?
        var due: Due
    }

    /// A pending check-in of a case that is not closed.
    struct DueCheckIn {
        var checkIn: CheckIn
        var uuid: String
        var customer: String?
        var title: String
        var caseStatus: CaseStatus
        /// The team it is escalated to, when it is.
        var team: String?

        /// An escalated case's customer update: extra innings owns it, not the
        /// check-in sections.
        var isOwedUpdate: Bool { checkIn.purpose == .update && caseStatus == .escalated }
    }

    static let selectDueActions = """
        SELECT c.id, c.customer, c.title, n.uuid, n.text, n.context, n.due_at, n.due_all_day
        FROM next_actions n JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND n.due_at > ? AND n.due_at <= ? AND +c.status IN ('open', 'waiting', 'escalated')
        ORDER BY n.due_at, c.id
        """

    /// Calls `body` with each action whose deadline is after `lower` and at
    /// or before `upper`, soonest first.
    func forEachDueAction(after lower: Int64 = .min, through upper: Int64, _ body: (DueAction) throws -> Void) throws {
        try database.forEachRow(Self.selectDueActions, [lower, upper]) { row in
            try body(DueAction(caseID: row.int(0), customer: row.optionalString(1), title: row.string(2),
                               uuid: row.string(3), text: row.string(4), context: row.optionalString(5),
                               due: Due(deadline: row.int(6), allDay: row.bool(7))))
        }
    }

    static let selectDueCheckIns = """
        SELECT c.customer, c.title, c.status,
            CASE c.status WHEN 'escalated'
                THEN (SELECT team FROM escalations e WHERE e.case_id = c.id AND e.ended_at IS NULL) END,
            k.uuid, \(checkInColumns)
        FROM check_ins k JOIN cases c ON c.id = k.case_id
        WHERE k.state = 'pending' AND k.due_at > ? AND k.due_at <= ? AND +c.status <> 'closed'
        ORDER BY k.due_at, k.id
        """

    /// Calls `body` with each check-in whose deadline is after `lower` and at
    /// or before `upper`, soonest first.
    func forEachDueCheckIn(after lower: Int64 = .min, through upper: Int64, _ body: (DueCheckIn) throws -> Void) throws {
        try database.forEachRow(Self.selectDueCheckIns, [lower, upper]) { row in
            try body(DueCheckIn(checkIn: Self.checkInFrom(row, at: 5), uuid: row.string(4),
                                customer: row.optionalString(0), title: row.string(1),
                                caseStatus: CaseStatus(rawValue: row.string(2)) ?? .open, team: row.optionalString(3)))
        }
    }
}
