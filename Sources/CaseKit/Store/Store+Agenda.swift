/// The daily agenda and the cross-case check-in list, built on the due-item
/// queries (Store+DueItems), the `cases_follow_up` index and three queries
/// for the undated sections, each off an index.
extension Store {
    // ?1 bounds both kinds of follow-up for the index; ?2 and ?3 are the
    // whole-day and timed bounds (see `DeadlineBound`).
    static let selectDueFollowUps = """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, c.waiting_on, c.follow_up_at, c.follow_up_all_day
        FROM cases c WHERE c.status = 'waiting' AND c.follow_up_at <= ?1
          AND c.follow_up_at <= CASE c.follow_up_all_day WHEN 1 THEN ?2 ELSE ?3 END
        ORDER BY \(dueOrder("c.follow_up_at", allDay: "c.follow_up_all_day")), c.id
        """
    static let countActive = "SELECT count(*) FROM cases WHERE status IN \(Policy.activeStatusesSQL)"
    // The same count for one customer, off the active cases' covering index.
    static let countActiveOfCustomer = """
        SELECT count(*) FROM cases c INDEXED BY cases_active_titles
        WHERE c.status IN \(Policy.activeStatusesSQL) AND c.customer = ? COLLATE NOCASE
        """

    // Urgent and high-priority cases whose next action has no date: the
    // undated end of the pending due-date index, then each one's case.
    static let selectUndatedUrgentActions = """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, n.text, n.context
        FROM next_actions n INDEXED BY next_actions_pending_due JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND n.due_at IS NULL
          AND c.status IN ('open', 'escalated') AND c.priority IN ('urgent', 'high')
        """

    // Open and escalated cases with no next action, off the active cases'
    // covering index and the one-pending index: a case's row is read only
    // when it has none. Waiting cases are snoozed (the follow-up brings them back).
    static let selectWithoutNextStep = """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood
        FROM cases c INDEXED BY cases_active_titles
        WHERE c.status IN \(Policy.activeStatusesSQL) AND c.status <> 'waiting'
          AND NOT EXISTS (SELECT 1 FROM next_actions n WHERE n.case_id = c.id AND n.state = 'pending')
        """

    // Upset customers with no contact since ?1, off the active cases'
    // covering index and one seek each in `events_case_contact`.
    static let selectUpsetNotContacted = """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood,
            (SELECT max(v.at) FROM events v
             WHERE v.case_id = c.id AND v.kind IN ('contact', 'checkin-done')) AS last_contact
        FROM cases c INDEXED BY cases_active_titles
        WHERE c.status IN \(Policy.activeStatusesSQL) AND c.latest_mood IN \(Policy.upsetMoodsSQL)
          AND NOT EXISTS (SELECT 1 FROM events v
                          WHERE v.case_id = c.id AND v.kind IN ('contact', 'checkin-done') AND v.at > ?1)
        """

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
            // Each section gathered in its own array (appending through
            // `agenda[kind]` would copy the section every time).
            var overdue: [AgendaItem] = [], dueToday: [AgendaItem] = []
            func place(_ item: AgendaItem, due: Due) {
                if due.isOverdue(at: now) {
                    overdue.append(item)
                } else {
                    agenda.dueThisWeek += 1
                    if due.instantDue <= endOfTodayInstant { dueToday.append(item) }
                }
            }
            try forEachDueAction(through: endOfWeek) { action in
                guard filter.matches(customer: action.customer), filter.matches(context: action.context) else { return }
                place(AgendaItem(kind: .action, caseID: action.caseID, customer: action.customer, title: action.title,
                                 priority: action.priority, upsetMood: Self.upset(action.latestMood),
                                 owed: Self.describe(action: action.text, context: action.context), due: action.due,
                                 context: action.context),
                      due: action.due)
            }
            try forEachDueCheckIn(through: endOfWeek) { due in
                guard filter.matches(customer: due.customer), filter.matches(channel: due.checkIn.channel) else { return }
                let owed = due.isOwedUpdate
                    ? "update the customer (escalated to \(due.team ?? "another team"))" : Self.describe(due.checkIn)
                place(AgendaItem(kind: due.isOwedUpdate ? .update : .checkIn, caseID: due.checkIn.caseID,
                                 customer: due.customer, title: due.title, priority: due.priority,
                                 upsetMood: Self.upset(due.latestMood), owed: owed, due: due.checkIn.due,
                                 checkInID: due.checkIn.id),
                      due: due.checkIn.due)
            }
            agenda[.overdue] = Self.inAgendaOrder(overdue)
            agenda[.dueToday] = Self.inAgendaOrder(dueToday)
            // Follow-ups, upset customers and cases with no next action have
            // no context: a context filter leaves them out.
            let withoutNextStep = filter.context != nil ? [] : try caseLines(Self.selectWithoutNextStep, filter: filter) { _ in
                { _ in (.noNextAction, "decide the next step") }
            }
            agenda[.noDueDate] = Self.inAgendaOrder(try undatedUrgentLines(filter, withoutNextStep: withoutNextStep))
            agenda[.noNextAction] = Self.inAgendaOrder(withoutNextStep.filter { $0.priority < .high })
            if filter.context == nil {
                var followUps: [AgendaItem] = []
                try forEachDueFollowUp(through: endOfToday) { item in
                    if filter.matches(customer: item.customer) { followUps.append(item) }
                }
                agenda[.followUps] = Self.inAgendaOrder(followUps)
                var listed = Set<Int64>()
                for section in agenda.sections { for item in section.items { listed.insert(item.caseID) } }
                let upset = try caseLines(Self.selectUpsetNotContacted, [Policy.upsetContactWithin.before(now)],
                                          filter: filter) { columns in
                    let mood = try columns.index("latest_mood"), contacted = try columns.index("last_contact")
                    return { row in
                        (.upset, "customer \(row.string(mood)), " + (row.optionalInt(contacted)
                            .map { "last contact \(LocalDate(containing: $0).iso)" } ?? "not contacted yet"))
                    }
                }
                agenda[.upset] = Self.inAgendaOrder(upset.filter { !listed.contains($0.caseID) })
            }
            let active = try filter.customer.map { try database.int(Self.countActiveOfCustomer, $0) }
                ?? database.int(Self.countActive)
            agenda.activeCases = Int(active ?? 0)
            agenda.reviewReminder = try reviewReminder()
            return agenda
        }
    }

    /// The mood when it is one of `Policy.upsetMoods`.
    static func upset(_ mood: Mood?) -> Mood? {
        mood.flatMap { Policy.upsetMoods.contains($0) ? $0 : nil }
    }

    /// Lines of the "no due date" section: urgent and high-priority open or
    /// escalated cases whose next action is undated, and those of
    /// `withoutNextStep` (the cases with none).
    private func undatedUrgentLines(_ filter: AgendaFilter, withoutNextStep: [AgendaItem]) throws -> [AgendaItem] {
        var lines = try caseLines(Self.selectUndatedUrgentActions, filter: filter) { columns in
            let text = try columns.index("text"), context = try columns.index("context")
            return { row in
                (.noDueDate, "no due date: " + Self.describe(action: row.string(text), context: row.optionalString(context)))
            }
        }
        for var line in withoutNextStep where line.priority >= .high {
            (line.kind, line.owed) = (.noDueDate, "no next action: decide the next step")
            lines.append(line)
        }
        for index in lines.indices {
            lines[index].owed = "\(lines[index].priority.rawValue), " + lines[index].owed
        }
        return lines.filter { filter.matches(context: $0.context) }
    }

    /// One undated line per row of `sql` (which selects a case's `id`,
    /// `customer`, `title`, `priority`, `latest_mood` and, for an action,
    /// its `context`), of `filter`'s customer; the reader `describe` makes
    /// says what each row owes.
    private func caseLines(
        _ sql: String, _ arguments: [any SQLBindable] = [], filter: AgendaFilter,
        describe: (Columns) throws -> (Row) -> (AgendaItem.Kind, String)
    ) throws -> [AgendaItem] {
        var lines: [AgendaItem] = []
        try database.forEachRow(sql, arguments, reading: { columns in
            let shown = try CaseLine.decoder(columns), priority = try columns.index("priority")
            let mood = try columns.index("latest_mood"), context = try? columns.index("context")
            let owing = try describe(columns)
            return { row -> AgendaItem? in
                let line = shown(row)
                guard filter.matches(customer: line.customer) else { return nil }
                let (kind, owed) = owing(row)
                return AgendaItem(kind: kind, caseID: line.id, customer: line.customer, title: line.title,
                                  priority: Priority(rawValue: row.string(priority)) ?? .normal,
                                  upsetMood: Self.upset(row.optionalString(mood).flatMap(Mood.init(rawValue:))),
                                  owed: owed, due: nil, context: context.flatMap(row.optionalString))
            }
        }) { line in
            if let line { lines.append(line) }
        }
        return lines
    }

    /// Calls `body` with each waiting case whose follow-up date is by `upper`.
    private func forEachDueFollowUp(through upper: DeadlineBound, _ body: (AgendaItem) throws -> Void) throws {
        try database.forEachRow(Self.selectDueFollowUps, Self.followUpArguments(through: upper), reading: { columns in
            let line = try CaseLine.decoder(columns), waitingOn = try columns.index("waiting_on")
            let followUpAt = try columns.index("follow_up_at"), followUpAllDay = try columns.index("follow_up_all_day")
            let priority = try columns.index("priority"), mood = try columns.index("latest_mood")
            return { row in
                let shown = line(row)
                return AgendaItem(kind: .followUp, caseID: shown.id, customer: shown.customer, title: shown.title,
                                  priority: Priority(rawValue: row.string(priority)) ?? .normal,
                                  upsetMood: Self.upset(row.optionalString(mood).flatMap(Mood.init(rawValue:))),
                                  owed: "follow up: waiting on \(row.optionalString(waitingOn) ?? "someone")",
                                  due: Due(deadline: row.int(followUpAt), allDay: row.bool(followUpAllDay)))
            }
        }, body)
    }

    /// A section's order: lateness (the soonest due first; undated items
    /// have none), then priority (urgent first), then case id, then kind.
    static func inAgendaOrder(_ items: [AgendaItem]) -> [AgendaItem] {
        // Sorting plain keys, not the items: an item holds several strings,
        // and moving it costs retains (tens of thousands at 100,000 cases).
        let keys = items.indices.map { index in
            let item = items[index]
            return (due: item.due?.instantDue ?? .max, priority: -item.priority.rank, id: item.caseID,
                    kind: AgendaItem.Kind.allCases.firstIndex(of: item.kind)!, index: index)
        }
        return keys.sorted { ($0.due, $0.priority, $0.id, $0.kind) < ($1.due, $1.priority, $1.id, $1.kind) }
            .map { items[$0.index] }
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
