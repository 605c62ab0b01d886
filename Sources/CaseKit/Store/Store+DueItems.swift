/// Pending next actions and check-ins due in a window, with their cases: what
/// the agenda, the review, `checkin list` and the calendar feed are made of.
/// Both queries walk a due-date index, so they read only what falls in the
/// window, however long the history.
extension Store {
    /// A pending, dated next action of an open or escalated case.
    struct DueAction {
        var caseID: Int64
        var customer: String?
        var title: String
        /// The case's, for the agenda's order and its upset mark.
        var priority: Priority
        var latestMood: Mood?
        var uuid: String
        var text: String
        var context: String?
        var due: Due
    }

    /// A pending check-in (no closed case has one).
    struct DueCheckIn {
        var checkIn: CheckIn
        var uuid: String
        var customer: String?
        var title: String
        var priority: Priority
        var latestMood: Mood?
        var caseStatus: CaseStatus
        /// The team it is escalated to, when it is.
        var team: String?

        /// An escalated case's customer update: extra innings owns it, not the
        /// check-in sections.
        var isOwedUpdate: Bool { checkIn.purpose == .update && caseStatus == .escalated }
    }

    /// "Due after ?3/?4 and by ?5/?6" on an item's `due_at` and all-day flag
    /// (see `DeadlineBound`), with ?1 and ?2 bounding both kinds for the
    /// due-date index to walk (it leads with the flag: one range per kind).
    static func dueWithin(_ item: String) -> String {
        """
        \(item).due_all_day IN (0, 1) AND \(item).due_at > ?1 AND \(item).due_at <= ?2
          AND \(item).due_at > CASE \(item).due_all_day WHEN 1 THEN ?3 ELSE ?4 END
          AND \(item).due_at <= CASE \(item).due_all_day WHEN 1 THEN ?5 ELSE ?6 END
        """
    }

    /// The values `dueWithin` binds, in order.
    static func dueWithinArguments(after lower: DeadlineBound, through upper: DeadlineBound) -> [any SQLBindable] {
        [lower.lowest, upper.highest, lower.wallClock, lower.instant, upper.wallClock, upper.instant]
    }

    /// The instant an item falls due here, to order timed and whole-day items
    /// together: a whole day ends at the next local midnight, which SQLite's
    /// 'utc' modifier finds from the zone-free value (honouring `TZ`).
    static func dueOrder(_ column: String, allDay flag: String) -> String {
        "CASE \(flag) WHEN 1 THEN CAST(strftime('%s', \(column), 'unixepoch', 'utc') AS INTEGER) ELSE \(column) END"
    }

    /// The one rule for whose next action can fall due, on a query of the
    /// action as `n`: an open or escalated case's (a waiting case's action is
    /// snoozed, see `Policy.actingStatuses`), which `n.snoozed` holds (see
    /// `AgendaColumns`). Written as the due-date index's condition says it,
    /// so that these queries walk that index.
    static let actionCanFallDue = "n.snoozed = 0"

    /// What `forEachDueAction` reads of an action `n` and its case `c`.
    static let dueActionColumns = """
        c.id AS case_id, c.customer, c.title, c.priority, c.latest_mood, n.uuid, n.text, n.context, n.due_at, n.due_all_day
        """

    static let selectDueActions = """
        SELECT \(dueActionColumns)
        FROM next_actions n JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND \(dueWithin("n")) AND \(actionCanFallDue)
        ORDER BY \(dueOrder("n.due_at", allDay: "n.due_all_day")), c.id
        """

    /// Calls `body` with each action due after `lower` and by `upper`,
    /// soonest first.
    func forEachDueAction(after lower: DeadlineBound = .min, through upper: DeadlineBound,
                          _ body: (DueAction) throws -> Void) throws {
        try forEachDueAction(Self.selectDueActions, Self.dueWithinArguments(after: lower, through: upper), body)
    }

    /// Calls `body` with each row of `sql`, which selects what
    /// `selectDueActions` does (the agenda's streams share the reader).
    func forEachDueAction(_ sql: String, _ arguments: [any SQLBindable], _ body: (DueAction) throws -> Void) throws {
        try database.forEachRow(sql, arguments, reading: { columns in
            let caseID = try columns.index("case_id"), customer = try columns.index("customer")
            let title = try columns.index("title"), uuid = try columns.index("uuid"), text = try columns.index("text")
            let context = try columns.index("context"), dueAt = try columns.index("due_at")
            let dueAllDay = try columns.index("due_all_day")
            let priority = try columns.index("priority"), latestMood = try columns.index("latest_mood")
            return { row in
                DueAction(caseID: row.int(caseID), customer: row.optionalString(customer), title: row.string(title),
                          priority: Priority(rawValue: row.string(priority)) ?? .normal,
                          latestMood: row.optionalString(latestMood).flatMap(Mood.init(rawValue:)),
                          uuid: row.string(uuid), text: row.string(text), context: row.optionalString(context),
                          due: Due(deadline: row.int(dueAt), allDay: row.bool(dueAllDay)))
            }
        }, body)
    }

    // Any pending check-in can fall due: a closed case has none (closing
    // skips them, the import skips those of a closed case), so no query
    // reads a check-in's case to know.

    /// What `forEachDueCheckIn` reads of a check-in `k` and its case `c`.
    static let dueCheckInColumns = """
        c.customer, c.title, c.priority, c.latest_mood, c.status AS case_status,
            CASE c.status WHEN 'escalated'
                THEN (SELECT team FROM escalations e WHERE e.case_id = c.id AND e.ended_at IS NULL) END AS team,
            k.uuid, \(CheckIn.selection)
        """

    static let selectDueCheckIns = """
        SELECT \(dueCheckInColumns)
        FROM check_ins k JOIN cases c ON c.id = k.case_id
        WHERE k.state = 'pending' AND \(dueWithin("k"))
        ORDER BY \(dueOrder("k.due_at", allDay: "k.due_all_day")), k.id
        """

    /// Calls `body` with each check-in due after `lower` and by `upper`,
    /// soonest first.
    func forEachDueCheckIn(after lower: DeadlineBound = .min, through upper: DeadlineBound,
                           _ body: (DueCheckIn) throws -> Void) throws {
        try forEachDueCheckIn(Self.selectDueCheckIns, Self.dueWithinArguments(after: lower, through: upper), body)
    }

    /// Calls `body` with each row of `sql`, which selects what
    /// `selectDueCheckIns` does.
    func forEachDueCheckIn(_ sql: String, _ arguments: [any SQLBindable], _ body: (DueCheckIn) throws -> Void) throws {
        try database.forEachRow(sql, arguments, reading: { columns in
            let readCheckIn = try CheckIn.decoder(columns), uuid = try columns.index("uuid")
            let customer = try columns.index("customer"), title = try columns.index("title")
            let status = try columns.index("case_status"), team = try columns.index("team")
            let priority = try columns.index("priority"), latestMood = try columns.index("latest_mood")
            return { row in
                DueCheckIn(checkIn: readCheckIn(row), uuid: row.string(uuid), customer: row.optionalString(customer),
                           title: row.string(title), priority: Priority(rawValue: row.string(priority)) ?? .normal,
                           latestMood: row.optionalString(latestMood).flatMap(Mood.init(rawValue:)), caseStatus: CaseStatus(rawValue: row.string(status)) ?? .open,
                           team: row.optionalString(team))
            }
        }, body)
    }
}
