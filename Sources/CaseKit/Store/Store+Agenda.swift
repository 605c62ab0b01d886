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

    // Upset customers with no contact since ?7, off the active cases'
    // covering index and one seek each in `events_case_contact`; a case with
    // an action or check-in due by ?1…?6 (`dueWithin`, the end of today) is
    // on the agenda already, found with one seek each in the per-case indexes.
    static let selectUpsetNotContacted = """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood,
            (SELECT max(v.at) FROM events v
             WHERE v.case_id = c.id AND v.kind IN ('contact', 'checkin-done')) AS last_contact
        FROM cases c INDEXED BY cases_active_titles
        WHERE c.status IN \(Policy.activeStatusesSQL) AND c.latest_mood IN \(Policy.upsetMoodsSQL)
          AND NOT EXISTS (SELECT 1 FROM events v
                          WHERE v.case_id = c.id AND v.kind IN ('contact', 'checkin-done') AND v.at > ?7)
          AND NOT EXISTS (SELECT 1 FROM next_actions n INDEXED BY next_actions_one_pending
                          WHERE n.case_id = c.id AND n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue))
          AND NOT EXISTS (SELECT 1 FROM check_ins k INDEXED BY check_ins_case
                          WHERE k.case_id = c.id AND k.state = 'pending' AND \(dueWithin("k")) AND \(checkInCanFallDue))
        """

    // The dated sections' streams: one kind of item, timed or whole-day
    // (?9), due in the window ?1…?6 (`dueWithin`), of customer ?7 and
    // context or channel ?8 when bound. Each walks the due-date index in
    // order and sorts only the items of one due instant by priority and id
    // (whole-day items of one date share theirs), so LIMIT ?10 stops early.
    static let selectAgendaActions = """
        SELECT \(dueActionColumns)
        FROM next_actions n JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue) AND n.due_all_day = ?9
          AND (?7 IS NULL OR c.customer = ?7 COLLATE NOCASE) AND (?8 IS NULL OR n.context = ?8 COLLATE NOCASE)
        ORDER BY n.due_at, \(priorityRank), c.id
        LIMIT ?10
        """
    static let selectAgendaCheckIns = """
        SELECT \(dueCheckInColumns)
        FROM check_ins k JOIN cases c ON c.id = k.case_id
        WHERE k.state = 'pending' AND \(dueWithin("k")) AND \(checkInCanFallDue) AND k.due_all_day = ?9
          AND (?7 IS NULL OR c.customer = ?7 COLLATE NOCASE) AND (?8 IS NULL OR k.channel = ?8 COLLATE NOCASE)
        ORDER BY k.due_at, \(priorityRank), c.id, k.id
        LIMIT ?10
        """
    // How many items a window holds, both kinds of due date at once.
    static let countAgendaActions = """
        SELECT count(*) FROM next_actions n JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue)
          AND (?7 IS NULL OR c.customer = ?7 COLLATE NOCASE) AND (?8 IS NULL OR n.context = ?8 COLLATE NOCASE)
        """
    static let countAgendaCheckIns = """
        SELECT count(*) FROM check_ins k JOIN cases c ON c.id = k.case_id
        WHERE k.state = 'pending' AND \(dueWithin("k")) AND \(checkInCanFallDue)
          AND (?7 IS NULL OR c.customer = ?7 COLLATE NOCASE) AND (?8 IS NULL OR k.channel = ?8 COLLATE NOCASE)
        """

    /// What is owed today at `now`: the sections of `Agenda`, narrowed to
    /// `filter`, each showing at most `limit` items (all when nil) and
    /// counting all of them.
    public func agenda(_ filter: AgendaFilter = AgendaFilter(), limit: Int? = nil) throws -> Agenda {
        // Overdue: due by now. Due today: after now and by the end of today
        // (whole-day items dated today, timed ones before tomorrow starts).
        // The week's count runs on to the end of the coming Sunday.
        let startOfNow = DeadlineBound(now)
        let endOfToday = DeadlineBound(endOf: today)
        let endOfWeek = DeadlineBound(endOf: today.adding(days: (7 - today.weekday) % 7))
        return try read {
            var agenda = Agenda(date: today, limit: limit)
            let overdue = try dueItems(after: .min, through: startOfNow, filter: filter, limit: limit)
            agenda.fill(.overdue, overdue.items, total: overdue.total)
            let dueToday = try dueItems(after: startOfNow, through: endOfToday, filter: filter, limit: limit)
            agenda.fill(.dueToday, dueToday.items, total: dueToday.total)
            // On a Sunday the week ends with today: the same window, counted already.
            agenda.dueThisWeek = endOfWeek == endOfToday ? dueToday.total
                : try dueCount(after: startOfNow, through: endOfWeek, filter: filter)
            // Follow-ups, upset customers and cases with no next action have
            // no context: a context filter leaves them out. These sections
            // are read whole (their counts and the upset section need every
            // case), then capped.
            let withoutNextStep = filter.context != nil ? [] : try caseLines(Self.selectWithoutNextStep, filter: filter) { _ in
                { _ in (.noNextAction, "decide the next step") }
            }
            let undatedUrgent = Self.inAgendaOrder(try undatedUrgentLines(filter, withoutNextStep: withoutNextStep))
            agenda.fill(.noDueDate, undatedUrgent)
            let undatedOthers = Self.inAgendaOrder(withoutNextStep.filter { $0.priority < .high })
            agenda.fill(.noNextAction, undatedOthers)
            if filter.context == nil {
                var followUps: [AgendaItem] = []
                try forEachDueFollowUp(through: endOfToday) { item in
                    if filter.matches(customer: item.customer) { followUps.append(item) }
                }
                followUps = Self.inAgendaOrder(followUps)
                agenda.fill(.followUps, followUps)
                // Cases with a dated item today are left out by the query;
                // those listed in the undated sections here.
                let listed = Set((undatedUrgent + undatedOthers + followUps).map(\.caseID))
                let upset = try caseLines(Self.selectUpsetNotContacted,
                                          Self.dueWithinArguments(after: .min, through: endOfToday)
                                              + [Policy.upsetContactWithin.before(now)],
                                          filter: filter) { columns in
                    let mood = try columns.index("latest_mood"), contacted = try columns.index("last_contact")
                    return { row in
                        (.upset, "customer \(row.string(mood)), " + (row.optionalInt(contacted)
                            .map { "last contact \(LocalDate(containing: $0).iso)" } ?? "not contacted yet"))
                    }
                }
                agenda.fill(.upset, Self.inAgendaOrder(upset.filter { !listed.contains($0.caseID) }))
            }
            let active = try filter.customer.map { try database.int(Self.countActiveOfCustomer, $0) }
                ?? database.int(Self.countActive)
            agenda.activeCases = Int(active ?? 0)
            agenda.reviewReminder = try reviewReminder()
            return agenda
        }
    }

    /// The actions, check-ins and customer updates due after `lower` and by
    /// `upper`, in agenda order: the first `limit` (all when nil), and how
    /// many there are. Each of the four streams (two kinds, timed and
    /// whole-day) stops after `limit` items, the first `limit` of their
    /// merge are the section's; COUNTs give the total when a stream was cut.
    private func dueItems(after lower: DeadlineBound, through upper: DeadlineBound, filter: AgendaFilter,
                          limit: Int?) throws -> (items: [AgendaItem], total: Int) {
        var items: [AgendaItem] = []
        let window = Self.dueWithinArguments(after: lower, through: upper)
        // A stream that stops short of the cap read all it had.
        var readAll = true
        for allDay in [false, true] {
            var read = (actions: 0, checkIns: 0)
            let stream: [any SQLBindable] = [allDay, Int64(limit ?? -1)]
            try forEachDueAction(Self.selectAgendaActions, window + Self.filterArguments(filter, checkIns: false) + stream) { action in
                read.actions += 1
                items.append(AgendaItem(kind: .action, caseID: action.caseID, customer: action.customer,
                                        title: action.title, priority: action.priority,
                                        upsetMood: Self.upset(action.latestMood),
                                        owed: Self.describe(action: action.text, context: action.context),
                                        due: action.due, context: action.context))
            }
            try forEachDueCheckIn(Self.selectAgendaCheckIns, window + Self.filterArguments(filter, checkIns: true) + stream) { due in
                read.checkIns += 1
                let owed = due.isOwedUpdate
                    ? "update the customer (escalated to \(due.team ?? "another team"))" : Self.describe(due.checkIn)
                items.append(AgendaItem(kind: due.isOwedUpdate ? .update : .checkIn, caseID: due.checkIn.caseID,
                                        customer: due.customer, title: due.title, priority: due.priority,
                                        upsetMood: Self.upset(due.latestMood), owed: owed, due: due.checkIn.due,
                                        checkInID: due.checkIn.id))
            }
            if let limit, read.actions == limit || read.checkIns == limit { readAll = false }
        }
        let ordered = Array(Self.inAgendaOrder(items).prefix(limit ?? .max))
        // When every stream read all it had, `items` is the whole window: no need to count.
        guard !readAll else { return (ordered, items.count) }
        return (ordered, try dueCount(after: lower, through: upper, filter: filter))
    }

    /// How many actions, check-ins and customer updates are due after
    /// `lower` and by `upper`.
    private func dueCount(after lower: DeadlineBound, through upper: DeadlineBound, filter: AgendaFilter) throws -> Int {
        let window = Self.dueWithinArguments(after: lower, through: upper)
        let actions = try database.firstRow(Self.countAgendaActions, window + Self.filterArguments(filter, checkIns: false)) {
            $0.int(0)
        } ?? 0
        let checkIns = try database.firstRow(Self.countAgendaCheckIns, window + Self.filterArguments(filter, checkIns: true)) {
            $0.int(0)
        } ?? 0
        return Int(actions + checkIns)
    }

    /// ?7 and ?8 of the dated sections' queries: `filter`'s customer and
    /// context, which a check-in matches by its channel's name (`@phone` →
    /// phone); NULL for no narrowing. NOCASE there is `AgendaFilter`'s rule.
    static func filterArguments(_ filter: AgendaFilter, checkIns: Bool) -> [any SQLBindable] {
        let context = checkIns ? filter.context.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } : filter.context
        return [filter.customer, context]
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
