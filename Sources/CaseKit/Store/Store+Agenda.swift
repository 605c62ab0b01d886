/// The daily agenda and the cross-case check-in list. Each query walks a
/// due-date index (`next_actions_pending_due`, `check_ins_pending_due`,
/// `cases_follow_up`), so it reads only what is due, however long the history.
extension Store {
    static let selectDueActions = """
        SELECT c.id, c.customer, c.title, n.text, n.context, n.due_at, n.due_all_day
        FROM next_actions n JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND n.due_at <= ? AND +c.status IN ('open', 'waiting', 'escalated')
        ORDER BY n.due_at, c.id
        """
    static let selectDueCheckIns = """
        SELECT c.id, c.customer, c.title, c.status,
            (SELECT team FROM escalations e WHERE e.case_id = c.id AND e.ended_at IS NULL), \(checkInColumns)
        FROM check_ins k JOIN cases c ON c.id = k.case_id
        WHERE k.state = 'pending' AND k.due_at <= ? AND +c.status <> 'closed'
        ORDER BY k.due_at, k.id
        """
    static let selectDueFollowUps = """
        SELECT c.id, c.customer, c.title, c.waiting_on, c.follow_up_at, c.follow_up_all_day
        FROM cases c WHERE c.status = 'waiting' AND c.follow_up_at <= ?
        ORDER BY c.follow_up_at, c.id
        """
    static let countActive = "SELECT count(*) FROM cases WHERE status IN ('open', 'waiting', 'escalated')"
    static let countDueBetween = """
        SELECT (SELECT count(*) FROM next_actions n JOIN cases c ON c.id = n.case_id
                WHERE n.state = 'pending' AND n.due_at > ?1 AND n.due_at <= ?2
                  AND +c.status IN ('open', 'waiting', 'escalated'))
             + (SELECT count(*) FROM check_ins k JOIN cases c ON c.id = k.case_id
                WHERE k.state = 'pending' AND k.due_at > ?1 AND k.due_at <= ?2 AND +c.status <> 'closed')
        """

    /// What is overdue or due today at `now`.
    public func agenda() throws -> Agenda {
        // Everything whose deadline falls before tomorrow starts: all-day items
        // dated today end exactly there, timed ones earlier.
        let endOfToday = today.adding(days: 1).start
        let endOfWeek = today.adding(days: (7 - today.weekday) % 7 + 1).start
        return try read {
            var agenda = Agenda(date: today)
            try database.forEachRow(Self.selectDueActions, [endOfToday]) { row in
                let due = Due(deadline: row.int(5), allDay: row.bool(6))
                let context = row.optionalString(4).map { " \($0)" } ?? ""
                let item = AgendaItem(caseID: row.int(0), customer: row.optionalString(1), title: row.string(2),
                                      owed: row.string(3) + context, due: due, checkInID: nil)
                if due.isOverdue(at: now) { agenda.overdueActions.append(item) } else { agenda.dueToday.append(item) }
            }
            try database.forEachRow(Self.selectDueCheckIns, [endOfToday]) { row in
                let checkIn = Self.checkInFrom(row, at: 5)
                let escalated = row.string(3) == CaseStatus.escalated.rawValue
                var item = AgendaItem(caseID: row.int(0), customer: row.optionalString(1), title: row.string(2),
                                      owed: Self.describe(checkIn), due: checkIn.due, checkInID: checkIn.id)
                if checkIn.purpose == .update && escalated {
                    item.owed = "update the customer (escalated to \(row.optionalString(4) ?? "another team"))"
                    agenda.updatesOwed.append(item)
                } else {
                    agenda.checkIns.append(item)
                }
            }
            try database.forEachRow(Self.selectDueFollowUps, [endOfToday]) { row in
                agenda.followUps.append(AgendaItem(
                    caseID: row.int(0), customer: row.optionalString(1), title: row.string(2),
                    owed: "follow up: waiting on \(row.optionalString(3) ?? "someone")",
                    due: Due(deadline: row.int(4), allDay: row.bool(5)), checkInID: nil))
            }
            agenda.activeCases = Int(try database.int(Self.countActive) ?? 0)
            agenda.dueThisWeek = Int(try database.int(Self.countDueBetween, now, endOfWeek) ?? 0)
            agenda.reviewReminder = try reviewReminder()
            return agenda
        }
    }

    /// A check-in in words: `follow-up: Did the fix hold? (phone)`.
    public static func describe(_ checkIn: CheckIn, withChannel: Bool = true) -> String {
        let note = checkIn.note.map { ": \($0)" } ?? ""
        let channel = withChannel ? checkIn.channel.map { " (\($0.rawValue))" } ?? "" : ""
        return checkIn.purpose.rawValue + note + channel
    }

    static let selectPendingCheckIns = """
        SELECT c.customer, c.title, \(checkInColumns)
        FROM check_ins k JOIN cases c ON c.id = k.case_id
        WHERE k.state = 'pending' AND k.due_at <= ? AND +c.status <> 'closed'
        ORDER BY k.due_at, k.id
        """

    /// Pending check-ins across cases (closed cases have none), by due date:
    /// all of them, only the overdue ones, or those due within `within`.
    public func pendingCheckIns(overdueOnly: Bool = false, within: Interval? = nil) throws -> [CheckInListing] {
        var limit = Int64.max
        if let within { limit = within.due(after: now).deadline }
        if overdueOnly { limit = min(limit, now) }
        return try read {
            try database.rows(Self.selectPendingCheckIns, [limit]) { row in
                CheckInListing(checkIn: Self.checkInFrom(row, at: 2), customer: row.optionalString(0), title: row.string(1))
            }
        }
    }
}
