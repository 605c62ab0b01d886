/// The daily agenda and the cross-case check-in list. Every section is a
/// range of one index that holds what the section tests and sorts by (see
/// `AgendaColumns`): a section is counted from its index alone, and only the
/// items it shows are read whole.
extension Store {
    static let countActive = "SELECT count(*) FROM cases WHERE status IN \(Policy.activeStatusesSQL)"
    // The same count for one customer, off the active cases' covering index.
    static let countActiveOfCustomer = """
        SELECT count(*) FROM cases c INDEXED BY cases_active_titles
        WHERE c.status IN \(Policy.activeStatusesSQL) AND c.customer = ? COLLATE NOCASE
        """

    /// Open and escalated cases whose next action is undated or missing
    /// (`cases_unplanned`): urgent and high ones are "no due date", the
    /// others with none "decide the next step". Waiting cases are snoozed
    /// (the follow-up brings them back).
    static let unplannedCases = "c.status IN \(Policy.actingStatusesSQL) AND c.next_step <> 'dated'"
    static let undatedUrgentCases = "\(unplannedCases) AND c.priority IN ('urgent', 'high')"
    static let withoutNextStepCases = "\(unplannedCases) AND c.next_step = 'none' AND c.priority NOT IN ('urgent', 'high')"

    /// Waiting cases whose follow-up is due by ?2 (whole days by ?5, timed by
    /// ?6: the end of `dueWithin`'s window).
    static let followUpDue = """
        c.status = 'waiting' AND c.follow_up_at <= ?2 AND c.follow_up_at <= CASE c.follow_up_all_day WHEN 1 THEN ?5 ELSE ?6 END
        """

    /// Upset customers not contacted since ?7 (`cases_upset`), whose case is
    /// in no section above: no follow-up due (?2, ?5, ?6), not unplanned.
    /// `selectCasesDue` finds those with an item due today.
    static let upsetCases = """
        c.status IN \(Policy.activeStatusesSQL) AND c.latest_mood IN \(Policy.upsetMoodsSQL)
          AND (c.last_contact_at IS NULL OR c.last_contact_at <= ?7)
          AND NOT (\(followUpDue))
          AND NOT (\(unplannedCases) AND (c.next_step = 'none' OR c.priority IN ('urgent', 'high')))
        """
    static let selectUpsetCases = """
        SELECT c.id, \(priorityRank) FROM cases c INDEXED BY cases_upset WHERE \(upsetCases) AND \(caseFilter)
        """
    /// The cases with an action or check-in due in `dueWithin`'s window, off
    /// the due-date indexes alone.
    static let selectCasesDue = """
        SELECT n.case_id FROM next_actions n WHERE n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue)
        UNION ALL SELECT k.case_id FROM check_ins k WHERE k.state = 'pending' AND \(dueWithin("k"))
        """
    /// One case's line, with its pending action if any.
    static let selectCaseLine = """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, c.last_contact_at, n.text, n.context
        FROM cases c LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending' WHERE c.id = ?
        """

    // The case sections bind ?1…?6 (`dueWithin`'s window, through the end
    // of today), ?7 (the upset customers' contact bound), ?8 and ?9
    // (`caseFilter`) and, listing, ?10 (how many): `caseSectionArguments`.

    /// How many cases of `condition` there are, off `index`.
    static func countCases(indexedBy index: String, _ condition: String) -> String {
        "SELECT count(*) FROM cases c INDEXED BY \(index) WHERE \(condition) AND \(caseFilter)"
    }

    /// The first ?10 cases of `condition` (priority, then id), sorted in
    /// `index` before any case row is read, with what a line shows: the
    /// case, its mood and last contact, its pending action if any.
    static func firstCases(indexedBy index: String, _ condition: String) -> String {
        """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, c.last_contact_at, n.text, n.context
        FROM (SELECT c.id FROM cases c INDEXED BY \(index) WHERE \(condition) AND \(caseFilter)
              ORDER BY \(priorityRank), c.id LIMIT ?10) AS first
        JOIN cases c ON c.id = first.id LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'
        """
    }

    /// `AgendaFilter` on a case `c`, customer ?8 and context ?9 when bound:
    /// NOCASE there is its rule; a context narrows to cases whose pending
    /// action has it.
    static let caseFilter = """
        (?8 IS NULL OR c.customer = ?8 COLLATE NOCASE)
          AND (?9 IS NULL OR EXISTS (SELECT 1 FROM next_actions x INDEXED BY next_actions_one_pending
                                     WHERE x.case_id = c.id AND x.state = 'pending' AND x.context = ?9 COLLATE NOCASE))
        """

    // The dated sections' streams: one kind of item, timed or whole-day
    // (?9), due in the window ?1…?6 (`dueWithin`), of customer ?7 and
    // context or channel ?8 when bound. Each walks the due-date index, which
    // holds the agenda's order (due, priority, case), so LIMIT ?10 reads ten.
    static let selectAgendaActions = """
        SELECT \(dueActionColumns)
        FROM next_actions n JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue) AND n.due_all_day = ?9
          AND (?7 IS NULL OR c.customer = ?7 COLLATE NOCASE) AND (?8 IS NULL OR n.context = ?8 COLLATE NOCASE)
        ORDER BY n.due_at, n.priority_rank, n.case_id
        LIMIT ?10
        """
    static let selectAgendaCheckIns = """
        SELECT \(dueCheckInColumns)
        FROM check_ins k JOIN cases c ON c.id = k.case_id
        WHERE k.state = 'pending' AND \(dueWithin("k")) AND k.due_all_day = ?9
          AND (?7 IS NULL OR c.customer = ?7 COLLATE NOCASE) AND (?8 IS NULL OR k.channel = ?8 COLLATE NOCASE)
        ORDER BY k.due_at, k.priority_rank, k.case_id, k.id
        LIMIT ?10
        """
    // How many items a window holds, both kinds of due date at once: off
    // the due-date index alone, unless a filter (customer ?7, context or
    // channel ?8) must read the item or its case.
    static let countAgendaActions = """
        SELECT count(*) FROM next_actions n WHERE n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue)
        """
    static let countAgendaCheckIns = """
        SELECT count(*) FROM check_ins k WHERE k.state = 'pending' AND \(dueWithin("k"))
        """
    static let countFilteredAgendaActions = """
        \(countAgendaActions)
          AND (?7 IS NULL OR (SELECT c.customer FROM cases c WHERE c.id = n.case_id) = ?7 COLLATE NOCASE)
          AND (?8 IS NULL OR n.context = ?8 COLLATE NOCASE)
        """
    static let countFilteredAgendaCheckIns = """
        \(countAgendaCheckIns)
          AND (?7 IS NULL OR (SELECT c.customer FROM cases c WHERE c.id = k.case_id) = ?7 COLLATE NOCASE)
          AND (?8 IS NULL OR k.channel = ?8 COLLATE NOCASE)
        """

    /// Every follow-up due (?2, ?5, ?6), soonest first: the review's
    /// "waiting too long".
    static let selectDueFollowUps = """
        SELECT c.id, c.customer, c.title, c.waiting_on, c.follow_up_at, c.follow_up_all_day
        FROM cases c INDEXED BY cases_follow_up
        WHERE \(followUpDue)
        ORDER BY \(dueOrder("c.follow_up_at", allDay: "c.follow_up_all_day")), c.id
        """

    /// The follow-ups due, timed or whole-day (?11), in due order like the
    /// dated streams.
    static let selectAgendaFollowUps = """
        SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, c.last_contact_at, c.waiting_on, c.follow_up_at, c.follow_up_all_day
        FROM cases c INDEXED BY cases_follow_up
        WHERE \(followUpDue) AND c.follow_up_all_day = ?11 AND \(caseFilter)
        ORDER BY c.follow_up_at, \(priorityRank), c.id
        LIMIT ?10
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
            let arguments = Self.dueWithinArguments(after: .min, through: endOfToday)
                + [Policy.upsetContactWithin.before(now), filter.customer, filter.context]
            let shown = Int64(limit ?? -1)
            let undated = try caseSection(indexedBy: "cases_unplanned", Self.undatedUrgentCases, arguments, shown) { line, action in
                (.noDueDate, "\(line.priority.rawValue), "
                    + (action.map { "no due date: " + Self.describe(action: $0.text, context: $0.context) }
                        ?? "no next action: decide the next step"))
            }
            agenda.fill(.noDueDate, undated.items, total: undated.total)
            // Follow-ups, upset customers and cases with no next action have
            // no context: a context filter leaves them out.
            guard filter.context == nil else { return try finish(agenda, filter) }
            let withoutNextStep = try caseSection(indexedBy: "cases_unplanned", Self.withoutNextStepCases, arguments, shown) { _, _ in
                (.noNextAction, "decide the next step")
            }
            agenda.fill(.noNextAction, withoutNextStep.items, total: withoutNextStep.total)
            let followUps = try dueFollowUps(arguments, shown)
            agenda.fill(.followUps, followUps.items, total: followUps.total)
            let upset = try upsetSection(arguments, shown)
            agenda.fill(.upset, upset.items, total: upset.total)
            return try finish(agenda, filter)
        }
    }

    /// The agenda with what every filter shares: the active cases' count and the review reminder.
    private func finish(_ agenda: Agenda, _ filter: AgendaFilter) throws -> Agenda {
        var agenda = agenda
        let active = try filter.customer.map { try database.int(Self.countActiveOfCustomer, $0) }
            ?? database.int(Self.countActive)
        agenda.activeCases = Int(active ?? 0)
        agenda.reviewReminder = try reviewReminder()
        return agenda
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
        let counts = filter.isEmpty
            ? [(Self.countAgendaActions, window), (Self.countAgendaCheckIns, window)]
            : [(Self.countFilteredAgendaActions, window + Self.filterArguments(filter, checkIns: false)),
               (Self.countFilteredAgendaCheckIns, window + Self.filterArguments(filter, checkIns: true))]
        return try counts.reduce(0) { total, count in
            total + Int(try database.firstRow(count.0, count.1) { $0.int(0) } ?? 0)
        }
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

    /// What a case section's line is made of.
    struct CaseSectionLine {
        var id: Int64
        var customer: String?
        var title: String
        var priority: Priority
        var mood: Mood?
        var lastContact: Int64?
    }

    /// A case section: the first `limit` (all when -1) cases of `condition`
    /// off `index`, each line said by `describe` from the case and its
    /// pending action, and how many cases there are.
    private func caseSection(
        indexedBy index: String, _ condition: String, _ arguments: [any SQLBindable], _ limit: Int64,
        describe: @escaping (CaseSectionLine, (text: String, context: String?)?) -> (AgendaItem.Kind, String)
    ) throws -> (items: [AgendaItem], total: Int) {
        let total = Int(try database.firstRow(Self.countCases(indexedBy: index, condition), arguments) { $0.int(0) } ?? 0)
        guard total > 0, limit != 0 else { return ([], total) }
        var items: [AgendaItem] = []
        try database.forEachRow(Self.firstCases(indexedBy: index, condition), arguments + [limit], reading: { columns in
            let line = try Self.caseSectionLine(columns)
            let text = try columns.index("text"), context = try columns.index("context")
            return { row in
                let shown = line(row), actionContext = row.optionalString(context)
                let (kind, owed) = describe(shown, row.optionalString(text).map { ($0, actionContext) })
                return AgendaItem(kind: kind, caseID: shown.id, customer: shown.customer, title: shown.title,
                                  priority: shown.priority, upsetMood: Self.upset(shown.mood), owed: owed, due: nil,
                                  context: actionContext)
            }
        }) { items.append($0) }
        return (Self.inAgendaOrder(items), total)
    }

    /// The reader of a case section's columns.
    private static func caseSectionLine(_ columns: Columns) throws -> (Row) -> CaseSectionLine {
        let shown = try CaseLine.decoder(columns), priority = try columns.index("priority")
        let mood = try columns.index("latest_mood"), lastContact = try columns.index("last_contact_at")
        return { row in
            let line = shown(row)
            return CaseSectionLine(id: line.id, customer: line.customer, title: line.title,
                                   priority: Priority(rawValue: row.string(priority)) ?? .normal,
                                   mood: row.optionalString(mood).flatMap(Mood.init(rawValue:)),
                                   lastContact: row.optionalInt(lastContact))
        }
    }

    /// Upset customers not contacted lately whose case has nothing due
    /// today either: the first `limit` (all when -1), and how many there are.
    /// The cases with something due are set aside in Swift: SQLite's `NOT
    /// IN` list built them into a temporary b-tree and probed it, 7 ms of a
    /// 30 ms budget at 100,000 cases, against 2 ms here (benchmark, `today`).
    private func upsetSection(_ arguments: [any SQLBindable], _ limit: Int64) throws -> (items: [AgendaItem], total: Int) {
        var due = Set<Int64>()
        try database.forEachRow(Self.selectCasesDue, Array(arguments.prefix(6))) { due.insert($0.int(0)) }
        var upset: [(rank: Int64, id: Int64)] = []
        try database.forEachRow(Self.selectUpsetCases, arguments) { row in
            let id = row.int(0)
            if !due.contains(id) { upset.append((row.int(1), id)) }
        }
        let first = upset.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.prefix(limit < 0 ? .max : Int(limit))
        var items: [AgendaItem] = []
        for (_, id) in first {
            try database.forEachRow(Self.selectCaseLine, [id], reading: { columns in
                let line = try Self.caseSectionLine(columns)
                return { row in
                    let shown = line(row)
                    return AgendaItem(kind: .upset, caseID: shown.id, customer: shown.customer, title: shown.title,
                                      priority: shown.priority, upsetMood: Self.upset(shown.mood),
                                      owed: "customer \(shown.mood?.rawValue ?? "upset"), "
                                          + (shown.lastContact.map { "last contact \(LocalDate(containing: $0).iso)" } ?? "not contacted yet"),
                                      due: nil)
                }
            }) { items.append($0) }
        }
        return (items, upset.count)
    }

    /// The waiting cases whose follow-up has come (`arguments` as the case
    /// sections bind them): the first `limit` of the two streams, timed and
    /// whole-day, and how many there are.
    private func dueFollowUps(_ arguments: [any SQLBindable], _ limit: Int64) throws -> (items: [AgendaItem], total: Int) {
        let total = Int(try database.firstRow(Self.countCases(indexedBy: "cases_follow_up", Self.followUpDue), arguments) { $0.int(0) } ?? 0)
        guard total > 0, limit != 0 else { return ([], total) }
        var items: [AgendaItem] = []
        for allDay in [false, true] {
            try database.forEachRow(Self.selectAgendaFollowUps, arguments + [limit, allDay], reading: { columns in
                let line = try Self.caseSectionLine(columns), waitingOn = try columns.index("waiting_on")
                let followUpAt = try columns.index("follow_up_at"), followUpAllDay = try columns.index("follow_up_all_day")
                return { row in
                    let shown = line(row)
                    return AgendaItem(kind: .followUp, caseID: shown.id, customer: shown.customer, title: shown.title,
                                      priority: shown.priority, upsetMood: Self.upset(shown.mood),
                                      owed: "follow up: waiting on \(row.optionalString(waitingOn) ?? "someone")",
                                      due: Due(deadline: row.int(followUpAt), allDay: row.bool(followUpAllDay)))
                }
            }) { items.append($0) }
        }
        return (Array(Self.inAgendaOrder(items).prefix(limit < 0 ? .max : Int(limit))), total)
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
    /// all of them, only the overdue ones, or those due within `within`
    /// (working days on the working calendar); only `filter`'s customer and
    /// channel.
    public func pendingCheckIns(overdueOnly: Bool = false, within: Interval? = nil,
                                filter: AgendaFilter = AgendaFilter()) throws -> [CheckInListing] {
        var limit = DeadlineBound.max
        if var within {
            // Working days become the calendar days they reach from today.
            if within.unit == .workingDays { within = try workingCalendar().calendarDays(within, from: today) }
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
