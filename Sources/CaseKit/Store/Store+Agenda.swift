/// The daily agenda and the cross-case check-in list, built on the due-item
/// queries (Store+DueItems), the `cases_follow_up` index and one pass over
/// the cases that are not closed.
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

    // Every case an agenda item can belong to (active, or resolved with a
    // follow-up check-in), off the status index: its priority and upset mood
    // for every line, and what the undated sections need. The last contact
    // is one seek in `events_case_contact`, asked of upset customers only.
    static let selectAgendaCases = """
        SELECT c.id, c.customer, c.title, c.status, c.priority,
            CASE WHEN c.latest_mood IN \(Policy.upsetMoodsSQL) THEN c.latest_mood END AS upset_mood,
            n.text AS next_text, n.context AS next_context, n.due_at IS NOT NULL AS next_dated,
            CASE WHEN c.latest_mood IN \(Policy.upsetMoodsSQL) AND c.status IN \(Policy.activeStatusesSQL) THEN
                (SELECT max(v.at) FROM events v
                 WHERE v.case_id = c.id AND v.kind IN ('contact', 'checkin-done')) END AS last_contact
        FROM cases c LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'
        WHERE c.status IN ('open', 'waiting', 'escalated', 'resolved')
        """

    /// What the agenda knows of one case from `selectAgendaCases`.
    private struct AgendaCase {
        var priority: Priority
        var upsetMood: Mood?
        /// The line this case earns in an undated section, if any.
        var undated: AgendaItem?
        /// Set for an upset customer not contacted within `Policy.upsetContactWithin`.
        var upset: AgendaItem?
        var isActive: Bool
    }

    /// What is owed today at `now`: the sections of `Agenda`, narrowed to
    /// `filter`.
    public func agenda(_ filter: AgendaFilter = AgendaFilter()) throws -> Agenda {
        // Everything due by the end of today: whole-day items dated today or
        // earlier, timed ones before tomorrow starts; read on to the end of
        // the coming Sunday for the week's count.
        let endOfToday = DeadlineBound(endOf: today)
        let endOfWeek = DeadlineBound(endOf: today.adding(days: (7 - today.weekday) % 7))
        let endOfTodayInstant = Due.day(today).instantDue
        return try read {
            var agenda = Agenda(date: today)
            let cases = try agendaCases(filter)
            // Each section gathered in its own array (appending through
            // `agenda[kind]` would copy the section every time).
            var overdue: [AgendaItem] = [], dueToday: [AgendaItem] = [], followUps: [AgendaItem] = []
            var noDueDate: [AgendaItem] = [], noNextAction: [AgendaItem] = []
            func place(_ item: AgendaItem, due: Due) {
                if due.isOverdue(at: now) {
                    overdue.append(item)
                } else {
                    agenda.dueThisWeek += 1
                    if due.instantDue <= endOfTodayInstant { dueToday.append(item) }
                }
            }
            try forEachDueAction(through: endOfWeek) { action in
                guard let shown = cases[action.caseID], filter.matches(customer: action.customer),
                      filter.matches(context: action.context) else { return }
                place(AgendaItem(kind: .action, caseID: action.caseID, customer: action.customer, title: action.title,
                                 priority: shown.priority, upsetMood: shown.upsetMood,
                                 owed: Self.describe(action: action.text, context: action.context), due: action.due,
                                 context: action.context),
                      due: action.due)
            }
            try forEachDueCheckIn(through: endOfWeek) { due in
                guard filter.matches(customer: due.customer), filter.matches(channel: due.checkIn.channel) else { return }
                let shown = cases[due.checkIn.caseID]
                let owed = due.isOwedUpdate
                    ? "update the customer (escalated to \(due.team ?? "another team"))" : Self.describe(due.checkIn)
                place(AgendaItem(kind: due.isOwedUpdate ? .update : .checkIn, caseID: due.checkIn.caseID,
                                 customer: due.customer, title: due.title, priority: shown?.priority ?? .normal,
                                 upsetMood: shown?.upsetMood, owed: owed, due: due.checkIn.due,
                                 checkInID: due.checkIn.id),
                      due: due.checkIn.due)
            }
            // Follow-ups, the upset and the cases without a next step have no
            // context: a context filter leaves them out.
            if filter.context == nil {
                try forEachDueFollowUp(through: endOfToday) { item in
                    guard filter.matches(customer: item.customer), let shown = cases[item.caseID] else { return }
                    var item = item
                    (item.priority, item.upsetMood) = (shown.priority, shown.upsetMood)
                    followUps.append(item)
                }
            }
            for shown in cases.values {
                guard let item = shown.undated, filter.matches(context: item.context) else { continue }
                if item.kind == .noDueDate { noDueDate.append(item) } else { noNextAction.append(item) }
            }
            agenda[.overdue] = Self.inAgendaOrder(overdue)
            agenda[.dueToday] = Self.inAgendaOrder(dueToday)
            agenda[.noDueDate] = Self.inAgendaOrder(noDueDate)
            agenda[.noNextAction] = Self.inAgendaOrder(noNextAction)
            agenda[.followUps] = Self.inAgendaOrder(followUps)
            if filter.context == nil {
                var listed = Set<Int64>()
                for section in agenda.sections { for item in section.items { listed.insert(item.caseID) } }
                agenda[.upset] = Self.inAgendaOrder(cases.values.compactMap(\.upset).filter { !listed.contains($0.caseID) })
            }
            agenda.activeCases = cases.values.count(where: \.isActive)
            agenda.reviewReminder = try reviewReminder()
            return agenda
        }
    }

    /// The cases an agenda line can belong to, by id, with the undated and
    /// upset lines each one earns; only `filter`'s customer.
    private func agendaCases(_ filter: AgendaFilter) throws -> [Int64: AgendaCase] {
        let notContactedSince = Policy.upsetContactWithin.before(now)
        var cases: [Int64: AgendaCase] = [:]
        try database.forEachRow(Self.selectAgendaCases, reading: { columns in
            let id = try columns.index("id"), customer = try columns.index("customer")
            let title = try columns.index("title"), status = try columns.index("status")
            let priority = try columns.index("priority"), upsetMood = try columns.index("upset_mood")
            let nextText = try columns.index("next_text"), nextContext = try columns.index("next_context")
            let nextDated = try columns.index("next_dated"), lastContact = try columns.index("last_contact")
            return { row -> (Int64, AgendaCase)? in
                let shownCustomer = row.optionalString(customer)
                guard filter.matches(customer: shownCustomer) else { return nil }
                let caseStatus = CaseStatus(rawValue: row.string(status)) ?? .open
                var shown = AgendaCase(priority: Priority(rawValue: row.string(priority)) ?? .normal,
                                       upsetMood: row.optionalString(upsetMood).flatMap(Mood.init(rawValue:)),
                                       isActive: caseStatus.isActive)
                // A waiting case is snoozed until its follow-up date: the
                // follow-up section brings it back.
                let awake = caseStatus == .open || caseStatus == .escalated
                let hasAction = !row.isNull(nextText)
                func line(_ kind: AgendaItem.Kind, _ owed: String) -> AgendaItem {
                    AgendaItem(kind: kind, caseID: row.int(id), customer: shownCustomer, title: row.string(title),
                               priority: shown.priority, upsetMood: shown.upsetMood, owed: owed, due: nil)
                }
                if awake, shown.priority >= .high, !row.bool(nextDated) {
                    var item = line(.noDueDate, "\(shown.priority.rawValue), " + (hasAction
                        ? "no due date: " + Self.describe(action: row.string(nextText), context: row.optionalString(nextContext))
                        : "no next action: decide the next step"))
                    item.context = hasAction ? row.optionalString(nextContext) : nil
                    shown.undated = item
                } else if awake, !hasAction {
                    shown.undated = line(.noNextAction, "decide the next step")
                }
                if shown.isActive, let mood = shown.upsetMood {
                    let contacted = row.optionalInt(lastContact)
                    if contacted.map({ $0 <= notContactedSince }) ?? true {
                        shown.upset = line(.upset, "customer \(mood.rawValue), "
                            + (contacted.map { "last contact \(LocalDate(containing: $0).iso)" } ?? "not contacted yet"))
                    }
                }
                return (row.int(id), shown)
            }
        }) { found in
            if let (id, shown) = found { cases[id] = shown }
        }
        return cases
    }

    /// Calls `body` with each waiting case whose follow-up date is by `upper`.
    private func forEachDueFollowUp(through upper: DeadlineBound, _ body: (AgendaItem) throws -> Void) throws {
        try database.forEachRow(Self.selectDueFollowUps, Self.followUpArguments(through: upper), reading: { columns in
            let line = try CaseLine.decoder(columns), waitingOn = try columns.index("waiting_on")
            let followUpAt = try columns.index("follow_up_at"), followUpAllDay = try columns.index("follow_up_all_day")
            return { row in
                let shown = line(row)
                return AgendaItem(kind: .followUp, caseID: shown.id, customer: shown.customer, title: shown.title,
                                  priority: .normal, upsetMood: nil,
                                  owed: "follow up: waiting on \(row.optionalString(waitingOn) ?? "someone")",
                                  due: Due(deadline: row.int(followUpAt), allDay: row.bool(followUpAllDay)))
            }
        }, body)
    }

    /// A section's order: lateness (the soonest due first; undated items
    /// have none), then priority (urgent first), then case id, then kind.
    static func inAgendaOrder(_ items: [AgendaItem]) -> [AgendaItem] {
        let kinds = AgendaItem.Kind.allCases
        return items.map { ($0.due?.instantDue ?? .max, $0) }.sorted { a, b in
            if a.0 != b.0 { return a.0 < b.0 }
            if a.1.priority != b.1.priority { return a.1.priority > b.1.priority }
            if a.1.caseID != b.1.caseID { return a.1.caseID < b.1.caseID }
            return kinds.firstIndex(of: a.1.kind)! < kinds.firstIndex(of: b.1.kind)!
        }.map(\.1)
    }

    /// What the follow-up queries bind for "due by `upper`".
    static func followUpArguments(through upper: DeadlineBound) -> [any SQLBindable] {
        [upper.highest, upper.wallClock, upper.instant]
    }

    /// A next action in words: `Call billing @phone`.
    static func describe(action text: String, context: String?) -> String {
        text + (context.map { " \($0)" } ?? "")
    }

    /// A check-in in words: `follow-up: Did the fix hold? (phone)`.
    public static func describe(_ checkIn: CheckIn, withChannel: Bool = true) -> String {
        let note = checkIn.note.map { ": \($0)" } ?? ""
        let channel = withChannel ? checkIn.channel.map { " (\($0.rawValue))" } ?? "" : ""
        return checkIn.purpose.rawValue + note + channel
    }

    /// Pending check-ins across cases (closed cases have none), by due date:
    /// all of them, only the overdue ones, or those due within `within`;
    /// only `filter`'s customer and channel.
    public func pendingCheckIns(overdueOnly: Bool = false, within: Interval? = nil,
                                filter: AgendaFilter = AgendaFilter()) throws -> [CheckInListing] {
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
                guard filter.matches(customer: due.customer), filter.matches(channel: due.checkIn.channel) else { return }
                listings.append(CheckInListing(checkIn: due.checkIn, customer: due.customer, title: due.title))
            }
            return listings
        }
    }
}
