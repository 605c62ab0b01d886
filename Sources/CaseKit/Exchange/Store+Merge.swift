extension Store {
    static let selectCaseByUUID = "SELECT id, updated_at FROM cases WHERE uuid = ?"
    static let selectIDTaken = "SELECT 1 FROM cases WHERE id = ?"
    static let insertImportedCase = """
        INSERT INTO cases (id, uuid, title, customer, ref, priority, outcome, status, waiting_on, follow_up_at,
            follow_up_all_day, resolved_at, no_checkin, created_at, updated_at)
        VALUES (:id, :uuid, :title, :customer, :ref, :priority, :outcome, :status, :waiting_on, :follow_up_at,
            :follow_up_all_day, :resolved_at, :no_checkin, :created_at, :updated_at)
        """
    static let updateImportedCase = """
        UPDATE cases SET title = :title, customer = :customer, ref = :ref, priority = :priority, outcome = :outcome,
            status = :status, waiting_on = :waiting_on, follow_up_at = :follow_up_at,
            follow_up_all_day = :follow_up_all_day, resolved_at = :resolved_at, no_checkin = :no_checkin,
            updated_at = :updated_at
        WHERE id = :id
        """
    static let deleteTags = "DELETE FROM case_tags WHERE case_id = ?"
    static let importNextAction = """
        INSERT INTO next_actions (uuid, case_id, text, context, due_at, due_all_day, state, created_at, finished_at)
        VALUES (:uuid, :case_id, :text, :context, :due_at, :due_all_day, :state, :created_at, :finished_at)
        ON CONFLICT (uuid) DO NOTHING
        """
    static let skipCheckInsOfClosedCase = """
        UPDATE check_ins SET state = 'skipped', outcome = 'case closed', finished_at = ?1
        WHERE case_id = ?2 AND state = 'pending' AND (SELECT status FROM cases WHERE id = ?2) = 'closed'
        """
    static let retirePendingActions = "UPDATE next_actions SET state = 'replaced', finished_at = ? WHERE case_id = ? AND state = 'pending'"
    static let importCheckIn = """
        INSERT INTO check_ins (uuid, case_id, purpose, due_at, due_all_day, note, channel, state, outcome, created_at, finished_at)
        VALUES (:uuid, :case_id, :purpose, :due_at, :due_all_day, :note, :channel, :state, :outcome, :created_at,
            :finished_at)
        ON CONFLICT (uuid) DO NOTHING
        """
    static let importEscalation = """
        INSERT INTO escalations (uuid, case_id, team, reason, cadence, started_at, ended_at)
        VALUES (:uuid, :case_id, :team, :reason, :cadence, :started_at, :ended_at) ON CONFLICT (uuid) DO NOTHING
        """
    static let endCurrentEscalations = "UPDATE escalations SET ended_at = ? WHERE case_id = ? AND ended_at IS NULL"
    static let importEvent = """
        INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES (:uuid, :case_id, :at, :kind, :text, :mood)
        ON CONFLICT (uuid) DO NOTHING
        """
    static let nextActionOwner = "SELECT case_id FROM next_actions WHERE uuid = ?"
    static let checkInOwner = "SELECT case_id FROM check_ins WHERE uuid = ?"
    static let escalationOwner = "SELECT case_id FROM escalations WHERE uuid = ?"
    static let eventOwner = "SELECT case_id FROM events WHERE uuid = ?"
    /// A known case's items of every kind, by uuid: the file's check that a
    /// uuid names one thing of its case holds across what is already here.
    static let selectItemKinds = """
        SELECT uuid, 'next_actions' AS kind FROM next_actions WHERE case_id = ?1
        UNION ALL SELECT uuid, 'check_ins' FROM check_ins WHERE case_id = ?1
        UNION ALL SELECT uuid, 'escalations' FROM escalations WHERE case_id = ?1
        UNION ALL SELECT uuid, 'events' FROM events WHERE case_id = ?1
        """

    /// Merges one case, reporting a constraint the database enforces as bad
    /// data in that record: the checks in ImportedCase come first, and this
    /// is what stands behind them.
    func merge(_ item: ImportedCase, into report: inout ImportReport) throws {
        var place: (field: StaticString, index: Int)?
        do {
            try merge(item, into: &report, place: &place)
        } catch let error as DatabaseError where error.isRefusedValue {
            let field = place.map { "field \"\($0.field)[\($0.index)]\"" } ?? "its fields"
            throw CaseKitError(.data, "case \(item.index) (uuid \(item.uuid)): the database refused \(field): \(error.message)",
                               hint: "fix that record, or export the data again with 'casekit export'")
        }
    }

    /// Refuses an item whose uuid is already another case's (here, or in
    /// an earlier record of the file): each item belongs to one case.
    private func checkOwner(_ sql: String, _ uuid: String, of item: ImportedCase, id: Int64,
                            _ field: String, _ index: Int) throws {
        guard let owner = try database.int(sql, uuid), owner != id else { return }
        throw item.failure("\(field)[\(index)].uuid", "belongs to another case (#\(owner) here)")
    }

    private func merge(_ item: ImportedCase, into report: inout ImportReport,
                       place: inout (field: StaticString, index: Int)?) throws {
        let local = try database.rows(Self.selectCaseByUUID, [item.uuid], reading: { columns in
            let id = try columns.index("id"), updatedAt = try columns.index("updated_at")
            return { row in (id: row.int(id), updatedAt: row.int(updatedAt)) }
        }).first
        let id: Int64
        let newer: Bool
        if let local {
            id = local.id
            newer = item.record.updatedAt > local.updatedAt
            if newer {
                try database.run(Self.updateImportedCase, item.bindings(id: id))
                try database.run(Self.deleteTags, id)
                // The file's state is newer: its pending action and escalation win.
                try database.run(Self.retirePendingActions, item.record.updatedAt, id)
                try database.run(Self.endCurrentEscalations, item.record.updatedAt, id)
            }
        } else {
            // A NULL id lets SQLite pick the next one, as `open` does: past
            // the largest possible id it finds a free one instead of
            // overflowing.
            let wanted = try item.id.flatMap { try database.int(Self.selectIDTaken, $0) == nil ? $0 : nil }
            newer = true
            try database.run(Self.insertImportedCase, item.bindings(id: wanted))
            id = database.lastInsertedRowID
        }
        if newer {
            for (index, tag) in item.record.tags.enumerated() {
                place = ("tags", index)
                try database.run(Self.insertTag, id, tag)
            }
        }
        // A known case whose copy in the file is newer takes the file's states
        // of the items both have; a new case's inserts already hold them.
        let updating = newer && local != nil
        // An item whose uuid is another kind's here (an event with an
        // escalation's uuid) would make this case's next export unimportable.
        let kinds: [String: String] = local == nil ? [:] : Dictionary(
            try database.rows(Self.selectItemKinds, [id]) { ($0.string(0), $0.string(1)) }, uniquingKeysWith: { first, _ in first })
        /// Marks where a refusal would point, and refuses a uuid of another kind here.
        func enter(_ field: StaticString, _ index: Int, uuid: String) throws {
            place = (field, index)
            guard let here = kinds[uuid], here != "\(field)" else { return }
            throw item.failure("\(field)[\(index)].uuid", "is the uuid of this case's \(here) here (a uuid names one thing)")
        }
        var added = 0
        for (index, var action) in item.nextActions.enumerated() {
            try enter("next_actions", index, uuid: action.uuid)
            // A pending action from an older copy would compete with ours: keep
            // it as replaced now, as `next` replaces one.
            if !newer, action.action.state == .pending {
                action.action.state = .replaced
                action.action.finishedAt = now
            }
            try database.run(Self.importNextAction, action.bindings(adding: ":case_id", id))
            guard database.changes > 0 else {
                try checkOwner(Self.nextActionOwner, action.uuid, of: item, id: id, "next_actions", index)
                if updating { try database.run(Self.setNextActionState, action.action.state, action.action.finishedAt, action.uuid, id) }
                continue
            }
            added += 1
        }
        for (index, checkIn) in item.checkIns.enumerated() {
            try enter("check_ins", index, uuid: checkIn.uuid)
            try database.run(Self.importCheckIn, checkIn.bindings(adding: ":case_id", id))
            guard database.changes > 0 else {
                try checkOwner(Self.checkInOwner, checkIn.uuid, of: item, id: id, "check_ins", index)
                if updating {
                    try database.run(Self.setCheckInState, checkIn.checkIn.state, checkIn.checkIn.outcome, checkIn.finished,
                                     checkIn.checkIn.due.deadline, checkIn.checkIn.due.isAllDay, checkIn.uuid, id)
                }
                continue
            }
            added += 1
        }
        for (index, var escalation) in item.escalations.enumerated() {
            try enter("escalations", index, uuid: escalation.uuid)
            // A current escalation from an older copy ended when it started: ours is current.
            if !newer, escalation.ended == nil { escalation.ended = escalation.started }
            try database.run(Self.importEscalation, escalation.bindings(adding: ":case_id", id))
            guard database.changes > 0 else {
                try checkOwner(Self.escalationOwner, escalation.uuid, of: item, id: id, "escalations", index)
                if updating { try database.run(Self.setEscalationEnd, escalation.ended, escalation.uuid, id) }
                continue
            }
            added += 1
        }
        var events = 0
        var moodAdded = false
        for (index, event) in item.events.enumerated() {
            try enter("events", index, uuid: event.uuid)
            try database.run(Self.importEvent, event.bindings(adding: ":case_id", id))
            guard database.changes > 0 else {
                try checkOwner(Self.eventOwner, event.uuid, of: item, id: id, "events", index)
                continue
            }
            events += 1
            moodAdded = moodAdded || event.mood != nil
        }
        place = nil
        if moodAdded { try refreshLatestMood(of: id) }
        // A closed case has no pending check-in (closing skips them): the
        // agenda counts check-ins without reading their cases. A file's
        // older copy may still hold one, or a newer closed copy meet ours.
        try database.run(Self.skipCheckInsOfClosedCase, now, id)
        // Here, while the case's pages are at hand, not when the import commits.
        try refreshAgendaColumns(of: id)
        report.eventsAdded += events
        report.itemsAdded += added
        if local == nil {
            report.casesAdded += 1
        } else if newer || events > 0 || added > 0 {
            report.casesUpdated += 1
        } else {
            report.casesUnchanged += 1
        }
    }

    static let setNextActionState = "UPDATE next_actions SET state = ?, finished_at = ? WHERE uuid = ? AND case_id = ?"
    static let setCheckInState = """
        UPDATE check_ins SET state = ?, outcome = ?, finished_at = ?, due_at = ?, due_all_day = ? WHERE uuid = ? AND case_id = ?
        """
    static let setEscalationEnd = "UPDATE escalations SET ended_at = ? WHERE uuid = ? AND case_id = ?"
}
