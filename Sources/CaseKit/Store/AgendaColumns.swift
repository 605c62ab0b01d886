/// Columns copied from other rows so that every section of the agenda is one
/// small index range (counted without reading a case or an item), not a walk
/// over every active case with a seek or two each (schema 10):
///
/// - `next_actions.snoozed`: 1 on a pending action whose case does not act
///   (`Policy.actingStatuses`: a waiting case's action is snoozed), so the
///   due-date index holds only the actions that can fall due;
/// - `next_actions.priority_rank`, `check_ins.priority_rank`: on pending
///   items, their case's priority as `Store.priorityRank` ranks it (0 is
///   urgent), so the due-date indexes hold the agenda's order (due, then
///   priority, then case) and a section's first ten items are ten entries:
///   whole-day items share a due date by the hundred at 100,000 cases;
/// - `cases.next_step`: `none`, `undated` or `dated`, what the case's pending
///   next action is, for "decide the next step" and "no due date";
/// - `cases.last_contact_at`: the latest contact or done check-in on the
///   timeline, for the upset customers not contacted lately.
///
/// Their one writer is `Store.refreshAgendaColumns(of:)`. Every write that
/// changes a case appends an event (`appendEvent` marks the case), and
/// `Store.write` refreshes the marked cases before it commits; the import
/// refreshes each case it merges. Triggers would do the same but give every
/// INSERT a statement journal, the cost schema 8 took out (LatestMood.swift).
enum AgendaColumns {
    /// What a case's pending next action is, from its one pending row.
    /// `caseID` is a column reference written here, never input.
    static func nextStep(_ caseID: String) -> String {
        """
        coalesce((SELECT CASE WHEN n.due_at IS NULL THEN 'undated' ELSE 'dated' END
                  FROM next_actions n INDEXED BY next_actions_one_pending
                  WHERE n.case_id = \(caseID) AND n.state = 'pending'), 'none')
        """
    }

    static func lastContact(_ caseID: String) -> String {
        """
        (SELECT max(v.at) FROM events v INDEXED BY events_case_contact
         WHERE v.case_id = \(caseID) AND v.kind IN ('contact', 'checkin-done'))
        """
    }

    // Each refresh writes only a value that changed: an import of what the
    // file already holds must leave it byte for byte as it was.
    static let refreshActions = """
        UPDATE next_actions SET (snoozed, priority_rank) = (SELECT \(actionColumns) FROM cases c WHERE c.id = ?1)
        WHERE case_id = ?1 AND state = 'pending'
          AND (snoozed, priority_rank) IS NOT (SELECT \(actionColumns) FROM cases c WHERE c.id = ?1)
        """
    static let actionColumns = "c.status NOT IN \(Policy.actingStatusesSQL), \(Store.priorityRank)"
    static let refreshCheckIns = """
        UPDATE check_ins SET priority_rank = (SELECT \(Store.priorityRank) FROM cases c WHERE c.id = ?1)
        WHERE case_id = ?1 AND state = 'pending'
          AND priority_rank IS NOT (SELECT \(Store.priorityRank) FROM cases c WHERE c.id = ?1)
        """
    static let refreshCase = """
        UPDATE cases SET (next_step, last_contact_at) = (SELECT \(nextStep("?1")), \(lastContact("?1")))
        WHERE id = ?1 AND (next_step, last_contact_at) IS NOT (SELECT \(nextStep("?1")), \(lastContact("?1")))
        """

    /// Schema 10: the columns, filled for every row, and the indexes the
    /// agenda's sections read. Each index holds, as columns, everything its
    /// queries test or sort by (the conditions of a partial index too: this
    /// SQLite reads the row for them otherwise), so a section is counted
    /// from the index alone. The due-date and follow-up indexes lead with
    /// the all-day flag and the partial condition's columns: each stream
    /// reads one kind in the agenda's order (due, priority, case), the
    /// follow-ups' priority rank an expression of the index. Every step may
    /// run again on a file whose `user_version` was set back by hand.
    @Sendable static func version10(_ database: Database) throws {
        let columns = [
            ("next_actions", "snoozed", "INTEGER NOT NULL DEFAULT 0 CHECK (snoozed = 0 OR snoozed = 1)"),
            ("next_actions", "priority_rank", "INTEGER NOT NULL DEFAULT 2"),
            ("check_ins", "priority_rank", "INTEGER NOT NULL DEFAULT 2"),
            ("cases", "next_step", "TEXT NOT NULL DEFAULT 'none' CHECK (next_step = 'none' OR next_step = 'undated' OR next_step = 'dated')"),
            ("cases", "last_contact_at", "INTEGER"),
        ]
        for (table, column, definition) in columns where try database.int(hasColumn, table, column) == 0 {
            try database.execute("ALTER TABLE \(table) ADD COLUMN \(column) \(definition)")
        }
        try database.execute(version10Indexes)
    }

    static let hasColumn = "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"

    static let version10Indexes = """
        UPDATE next_actions SET (snoozed, priority_rank) =
            (SELECT c.status NOT IN \(Policy.actingStatusesSQL), \(Store.priorityRank) FROM cases c WHERE c.id = next_actions.case_id)
        WHERE state = 'pending';
        UPDATE check_ins SET priority_rank = (SELECT \(Store.priorityRank) FROM cases c WHERE c.id = check_ins.case_id)
        WHERE state = 'pending';
        UPDATE cases SET next_step = \(nextStep("cases.id")), last_contact_at = \(lastContact("cases.id"));
        DROP INDEX IF EXISTS next_actions_pending_due;
        CREATE INDEX IF NOT EXISTS next_actions_due ON next_actions(due_all_day, state, snoozed, due_at, priority_rank, case_id)
            WHERE state = 'pending' AND snoozed = 0;
        DROP INDEX IF EXISTS check_ins_pending_due;
        CREATE INDEX IF NOT EXISTS check_ins_due ON check_ins(due_all_day, state, due_at, priority_rank, case_id)
            WHERE state = 'pending';
        DROP INDEX IF EXISTS cases_follow_up;
        CREATE INDEX cases_follow_up ON cases(follow_up_all_day, status, follow_up_at, \(Store.priorityRank(of: "priority")), id, customer)
            WHERE status = 'waiting';
        CREATE INDEX IF NOT EXISTS cases_unplanned ON cases(next_step, priority, id, status, customer)
            WHERE status IN \(Policy.actingStatusesSQL) AND next_step <> 'dated';
        CREATE INDEX IF NOT EXISTS cases_upset ON cases(last_contact_at, priority, id, status, latest_mood, customer, next_step,
                                                        follow_up_at, follow_up_all_day)
            WHERE status IN \(Policy.activeStatusesSQL) AND latest_mood IN \(Policy.upsetMoodsSQL);
        """
}

extension Store {
    /// Brings a case's copied columns (see `AgendaColumns`) up to date with
    /// its status, its pending next action and its timeline.
    func refreshAgendaColumns(of id: Int64) throws {
        try database.run(AgendaColumns.refreshActions, id)
        try database.run(AgendaColumns.refreshCheckIns, id)
        try database.run(AgendaColumns.refreshCase, id)
    }
}
