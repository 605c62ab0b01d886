/// The daily agenda and the cross-case check-in list, built on the due-item
/// queries (Store+DueItems) and the `cases_follow_up` index.
extension Store {
    // ?1 bounds both kinds of follow-up for the index; ?2 and ?3 are the
    // whole-day and timed bounds (see `DeadlineBound`).
    static let selectDueFollowUps = """
        SELECT c.id, c.customer, c.title, c.waiting_on, c.follow_up_at, c.follow_up_all_day
        FROM cases c WHERE c.status = 'waiting' AND c.follow_up_at <= ?1
          AND c.follow_up_at <= CASE c.follow_up_all_day WHEN 1 THEN ?2 ELSE ?3 END
        ORDER BY \(dueOrder("c.follow_up_at", allDay: "c.follow_up_all_day")), c.id
        """
    static let countActive = "SELECT count(*) FROM cases WHERE status IN \(Policy.activeStatusesSQL)"
    static let countDueBetween = """
        SELECT (SELECT count(*) FROM next_actions n JOIN cases c ON c.id = n.case_id
                WHERE n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue))
             + (SELECT count(*) FROM check_ins k JOIN cases c ON c.id = k.case_id
                WHERE k.state = 'pending' AND \(dueWithin("k")) AND +c.status <> 'closed')
        """

    /// What is overdue or due today at `now`.
    public func agenda() throws -> Agenda {
        // Everything due by the end of today: whole-day items dated today or
        // earlier, timed ones before tomorrow starts.
        let endOfToday = DeadlineBound(endOf: today)
        let endOfWeek = DeadlineBound(endOf: today.adding(days: (7 - today.weekday) % 7))
        return try read {
            var agenda = Agenda(date: today)
            try forEachDueAction(through: endOfToday) { action in
                let item = AgendaItem(caseID: action.caseID, customer: action.customer, title: action.title,
                                      owed: action.text + (action.context.map { " \($0)" } ?? ""), due: action.due,
                                      checkInID: nil)
                if action.due.isOverdue(at: now) { agenda.overdueActions.append(item) } else { agenda.dueToday.append(item) }
            }
            try forEachDueCheckIn(through: endOfToday) { due in
                var item = AgendaItem(caseID: due.checkIn.caseID, customer: due.customer, title: due.title,
                                      owed: Self.describe(due.checkIn), due: due.checkIn.due, checkInID: due.checkIn.id)
                if due.isOwedUpdate {
                    item.owed = "update the customer (escalated to \(due.team ?? "another team"))"
                    agenda.updatesOwed.append(item)
                } else {
                    agenda.checkIns.append(item)
                }
            }
            try database.forEachRow(Self.selectDueFollowUps, Self.followUpArguments(through: endOfToday), reading: { columns in
                let line = try CaseLine.decoder(columns), waitingOn = try columns.index("waiting_on")
                let followUpAt = try columns.index("follow_up_at"), followUpAllDay = try columns.index("follow_up_all_day")
                return { row in
                    let shown = line(row)
                    return AgendaItem(caseID: shown.id, customer: shown.customer, title: shown.title,
                                      owed: "follow up: waiting on \(row.optionalString(waitingOn) ?? "someone")",
                                      due: Due(deadline: row.int(followUpAt), allDay: row.bool(followUpAllDay)), checkInID: nil)
                }
            }) { agenda.followUps.append($0) }
            agenda.activeCases = Int(try database.int(Self.countActive) ?? 0)
            let dueThisWeek = Self.dueWithinArguments(after: DeadlineBound(now), through: endOfWeek)
            agenda.dueThisWeek = Int(try database.firstRow(Self.countDueBetween, dueThisWeek) { $0.int(0) } ?? 0)
            agenda.reviewReminder = try reviewReminder()
            return agenda
        }
    }

    /// What the follow-up queries bind for "due by `upper`".
    static func followUpArguments(through upper: DeadlineBound) -> [any SQLBindable] {
        [upper.highest, upper.wallClock, upper.instant]
    }

    /// A check-in in words: `follow-up: Did the fix hold? (phone)`.
    public static func describe(_ checkIn: CheckIn, withChannel: Bool = true) -> String {
        let note = checkIn.note.map { ": \($0)" } ?? ""
        let channel = withChannel ? checkIn.channel.map { " (\($0.rawValue))" } ?? "" : ""
        return checkIn.purpose.rawValue + note + channel
    }

    /// Pending check-ins across cases (closed cases have none), by due date:
    /// all of them, only the overdue ones, or those due within `within`.
    public func pendingCheckIns(overdueOnly: Bool = false, within: Interval? = nil) throws -> [CheckInListing] {
        var limit = DeadlineBound.max
        if let within {
            limit = switch within.due(after: now) {
            case .day(let date): DeadlineBound(endOf: date)
            case .instant(let instant): DeadlineBound(instant)
            }
        }
        if overdueOnly { limit = .earlier(limit, DeadlineBound(now)) }
        return try read {
            var listings: [CheckInListing] = []
            try forEachDueCheckIn(through: limit) { due in
                listings.append(CheckInListing(checkIn: due.checkIn, customer: due.customer, title: due.title))
            }
            return listings
        }
    }
}
