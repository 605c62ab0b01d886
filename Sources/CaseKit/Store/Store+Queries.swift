/// Reading cases: the `list` query and everything `show` prints.
extension Store {
    static let selectCase = "SELECT \(Case.selection) FROM cases c WHERE c.id = ?"

    /// The case, or the unknown-case error.
    func requireCase(_ id: Int64) throws -> Case {
        guard let found = try database.firstRecord(Case.self, Self.selectCase, [id]) else {
            throw CaseKitError.unknownCase(id)
        }
        return found
    }

    static let selectPendingNextAction = """
        SELECT \(NextAction.selection) FROM next_actions n WHERE n.case_id = ? AND n.state = 'pending'
        """

    func pendingNextAction(_ id: Int64) throws -> NextAction? {
        try database.firstRecord(NextAction.self, Self.selectPendingNextAction, [id])
    }

    /// The cases `filter` selects, in its order.
    public func listCases(_ filter: CaseFilter) throws -> [CaseSummary] {
        try read {
            guard filter.sort == .due else { return try listSegment(filter, .all, limit: filter.limit) }
            // By due date: timed and whole-day next actions each come straight
            // off the due-date index in order, so a limit stops the scan early;
            // merged here (their order depends on the time zone), then
            // undated cases follow. Same order as one ORDER BY, without
            // sorting every row. A waiting case sorts by the follow-up date it
            // shows (its action is snoozed): two more streams, off the
            // waiting cases' follow-up index, merged the same way.
            let actions = Self.mergedByDue(try listSegment(filter, .dated(allDay: false), limit: filter.limit),
                                           try listSegment(filter, .dated(allDay: true), limit: filter.limit),
                                           limit: filter.limit)
            let waiting = filter.statuses.isEmpty || filter.statuses.contains(.waiting)
                ? Self.mergedByDue(try listSegment(filter, .waiting(allDay: false), limit: filter.limit),
                                   try listSegment(filter, .waiting(allDay: true), limit: filter.limit),
                                   limit: filter.limit)
                : []
            let dated = Self.mergedByDue(actions, waiting, limit: filter.limit)
            let remaining = filter.limit.map { $0 - dated.count }
            guard remaining.map({ $0 > 0 }) ?? true else { return dated }
            return dated + (try listSegment(filter, .undated, limit: remaining))
        }
    }

    private func listSegment(_ filter: CaseFilter, _ segment: ListSegment, limit: Int?) throws -> [CaseSummary] {
        let (sql, arguments) = Self.listQuery(filter, segment: segment, limit: limit, now: now)
        return try database.rows(sql, arguments) { columns in
            let readCase = try Case.decoder(columns), readAction = try NextAction.optionalDecoder(columns)
            let team = try columns.index("update_team"), dueAt = try columns.index("update_due_at")
            let dueAllDay = try columns.index("update_due_all_day")
            return { row in
                let update = row.optionalString(team).map { team in
                    OwedUpdate(team: team, due: row.optionalInt(dueAt).map { Due(deadline: $0, allDay: row.bool(dueAllDay)) })
                }
                return CaseSummary(case: readCase(row), nextAction: readAction(row), update: update)
            }
        }
    }

    /// Merges timed and whole-day rows, each already in due order, into
    /// the list's order: due instant, then priority, then id.
    static func mergedByDue(_ timed: [CaseSummary], _ allDay: [CaseSummary], limit: Int?) -> [CaseSummary] {
        var merged: [CaseSummary] = []
        merged.reserveCapacity(timed.count + allDay.count)
        var (t, a) = (timed.startIndex, allDay.startIndex)
        // Whole-day rows come in date order: each date's end is worked out once.
        var lastDay: (date: LocalDate, end: Int64)?
        func key(_ summary: CaseSummary) -> (Int64, Int, Int64) {
            var instant = Int64.max
            switch summary.shownDue {
            case .instant(let value): instant = value
            case .day(let date):
                if let lastDay, lastDay.date == date {
                    instant = lastDay.end
                } else {
                    instant = Due.day(date).instantDue
                    lastDay = (date, instant)
                }
            case nil: break
            }
            return (instant, -summary.case.priority.rank, summary.case.id)
        }
        while merged.count < limit ?? .max, t < timed.endIndex || a < allDay.endIndex {
            if a == allDay.endIndex || (t < timed.endIndex && key(timed[t]) <= key(allDay[a])) {
                merged.append(timed[t])
                t += 1
            } else {
                merged.append(allDay[a])
                a += 1
            }
        }
        return merged
    }

    /// Which part of the list one query reads.
    enum ListSegment: Equatable {
        case all
        /// Cases whose pending next action has a due date, timed or whole-day,
        /// by that date.
        case dated(allDay: Bool)
        /// Cases without a dated pending next action.
        case undated
        /// Waiting cases with a follow-up date, timed or whole-day, by that
        /// date (they are in none of the segments above).
        case waiting(allDay: Bool)

        var isDated: Bool {
            if case .dated = self { return true }
            return false
        }

        /// Whether the segment walks an index of its own in order (due dates,
        /// follow-ups), not the status index.
        var walksItsOwnIndex: Bool {
            switch self {
            case .dated, .waiting: return true
            case .all, .undated: return false
            }
        }
    }

    /// An escalated case's team and its pending customer update (the one
    /// owed first), read only for the escalated rows of the list.
    static let pendingUpdateSelection = """
        CASE c.status WHEN 'escalated' THEN (SELECT e.team FROM escalations e
            WHERE e.case_id = c.id AND e.ended_at IS NULL) END AS update_team,
        CASE c.status WHEN 'escalated' THEN (SELECT u.due_at FROM check_ins u
            WHERE u.case_id = c.id AND u.purpose = 'update' AND u.state = 'pending'
            ORDER BY \(dueOrder("u.due_at", allDay: "u.due_all_day")), u.id LIMIT 1) END AS update_due_at,
        CASE c.status WHEN 'escalated' THEN (SELECT u.due_all_day FROM check_ins u
            WHERE u.case_id = c.id AND u.purpose = 'update' AND u.state = 'pending'
            ORDER BY \(dueOrder("u.due_at", allDay: "u.due_all_day")), u.id LIMIT 1) END AS update_due_all_day
        """

    static let priorityRank = priorityRank(of: "c.priority")

    /// A priority as a number that sorts urgent (0) first, low (3) last.
    static func priorityRank(of column: String) -> String {
        "CASE \(column) WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"
    }

    /// Builds the list query from fixed SQL pieces; every value is bound.
    static func listQuery(
        _ filter: CaseFilter, segment: ListSegment, limit: Int?, now: Int64
    ) -> (String, [any SQLBindable]) {
        var conditions: [String] = []
        var arguments: [any SQLBindable] = []
        switch segment {
        case .all: break
        case .dated(let allDay):
            conditions.append("n.due_at IS NOT NULL AND n.due_all_day = \(allDay ? 1 : 0) AND \(actionCanFallDue)")
        // Waiting cases always have a follow-up date (a CHECK says so): they
        // are in the waiting segments only.
        case .undated: conditions.append("n.due_at IS NULL AND c.status <> 'waiting'")
        case .waiting(let allDay): conditions.append("c.status = 'waiting' AND c.follow_up_all_day = \(allDay ? 1 : 0)")
        }
        if !filter.statuses.isEmpty {
            // In the dated and waiting segments the unary + keeps SQLite off
            // the status index, so that it walks the due-date or follow-up
            // index in order instead.
            let column = segment.walksItsOwnIndex ? "+c.status" : "c.status"
            conditions.append("\(column) IN (\(filter.statuses.map { _ in "?" }.joined(separator: ", ")))")
            arguments += filter.statuses.map { $0 as any SQLBindable }
        }
        if let customer = filter.customer {
            conditions.append("c.customer = ? COLLATE NOCASE")
            arguments.append(customer)
        }
        if let context = filter.context {
            conditions.append("n.context = ? COLLATE NOCASE")
            arguments.append(context)
        }
        for tag in filter.tags {
            conditions.append("EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = ?)")
            arguments.append(tag)
        }
        if filter.overdueOnly {
            // Due by now: whole-day values against the local wall clock (see
            // `DeadlineBound`). The agenda's and the review's rules: a next
            // action only while its case acts (a waiting case's is snoozed),
            // the follow-up of a waiting case, any pending check-in.
            conditions.append("""
                ((n.due_at <= CASE n.due_all_day WHEN 1 THEN ? ELSE ? END AND \(actionCanFallDue))
                 OR (c.status = 'waiting' AND c.follow_up_at <= CASE c.follow_up_all_day WHEN 1 THEN ? ELSE ? END)
                 OR EXISTS (SELECT 1 FROM check_ins k WHERE k.case_id = c.id AND k.state = 'pending'
                            AND k.due_at <= CASE k.due_all_day WHEN 1 THEN ? ELSE ? END))
                """)
            let bound = DeadlineBound(now)
            for _ in 0..<3 { arguments += [bound.wallClock, bound.instant] }
        }
        let order: String
        switch (filter.sort, segment) {
        // The due-date index holds this order (see `AgendaColumns`).
        case (.due, .dated): order = "n.due_at, n.priority_rank, n.case_id"
        case (.due, .waiting): order = "c.follow_up_at, \(priorityRank), c.id"
        case (.due, _): order = "n.due_at IS NULL, n.due_at, \(priorityRank), c.id"
        case (.updated, _): order = "c.updated_at DESC, c.id DESC"
        case (.priority, _):
            // Within a priority, by the date the row shows (a waiting case's follow-up).
            let shownAt = "CASE c.status WHEN 'waiting' THEN c.follow_up_at ELSE n.due_at END"
            let shownAllDay = "CASE c.status WHEN 'waiting' THEN c.follow_up_all_day ELSE n.due_all_day END"
            order = "\(priorityRank), \(shownAt) IS NULL, \(dueOrder(shownAt, allDay: shownAllDay)), c.id"
        case (.id, _): order = "c.id"
        }
        let from: String
        switch segment {
        case .dated: from = "next_actions n JOIN cases c ON c.id = n.case_id AND n.state = 'pending'"
        // Named: SQLite, with no statistics, would take the status index and sort.
        case .waiting: from = "cases c INDEXED BY cases_follow_up LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'"
        case .all, .undated: from = "cases c LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'"
        }
        var sql = "SELECT \(Case.selection), \(NextAction.selection), \(pendingUpdateSelection)\nFROM \(from)"
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        sql += "\nORDER BY \(order)"
        if let limit {
            sql += "\nLIMIT ?"
            arguments.append(limit)
        }
        return (sql, arguments)
    }

    static let selectCheckIns = """
        SELECT \(CheckIn.selection) FROM check_ins k WHERE k.case_id = ?
        ORDER BY \(dueOrder("k.due_at", allDay: "k.due_all_day")), k.id
        """
    static let selectEvents = "SELECT \(Event.selection) FROM events WHERE case_id = ? ORDER BY at, id"

    /// Everything about one case: fields, pending next action, check-ins,
    /// current escalation and the whole timeline.
    public func detail(_ id: Int64) throws -> CaseDetail {
        try read {
            let found = try requireCase(id)
            let checkIns = try database.records(CheckIn.self, Self.selectCheckIns, [id])
            let escalation = try currentEscalation(id)
            let events = try database.records(Event.self, Self.selectEvents, [id])
            return CaseDetail(case: found, nextAction: try pendingNextAction(id), checkIns: checkIns,
                              escalation: escalation, events: events)
        }
    }
}
