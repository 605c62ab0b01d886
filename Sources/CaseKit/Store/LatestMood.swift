/// `cases.latest_mood`: the mood of the case's latest event that has one
/// (by time, then by insertion), so that the review finds upset customers
/// from an index instead of searching every timeline.
///
/// Its one writer is `Store.refreshLatestMood(of:)`, which every path that
/// adds a mood to a timeline calls (`appendEvent`, the import once per case).
/// Schema 5 kept it with triggers on `events` instead; they made every
/// INSERT into `events` a statement with a statement journal, which doubled
/// an import's time (100,000 cases: 29.6 s with them, 16.3 s without), so
/// schema 8 drops them. A timeline edited by hand in `sqlite3` is repaired
/// only by a migration.
enum LatestMood {
    /// The latest mood of the case `caseID`, one seek in
    /// `events_case_mood`. `caseID` is a column reference written here,
    /// never input.
    static func of(_ caseID: String) -> String {
        """
        SELECT v.mood FROM events v INDEXED BY events_case_mood
                WHERE v.case_id = \(caseID) AND v.mood IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1
        """
    }

    static let refresh = "UPDATE cases SET latest_mood = (\(of("cases.id"))) WHERE id = ?"

    static let repairAll = "UPDATE cases SET latest_mood = (\(of("cases.id")))"

    /// Schema 8: the triggers of schema 5 go, and every case's mood is
    /// recomputed once (a file may have been edited while they were off).
    static let version8 = """
        DROP TRIGGER IF EXISTS events_latest_mood_insert;
        DROP TRIGGER IF EXISTS events_latest_mood_update;
        DROP TRIGGER IF EXISTS events_latest_mood_delete;
        \(repairAll);
        """
}

extension Store {
    /// Recomputes a case's latest mood from its timeline: called after an
    /// event with a mood is added, whatever its date.
    func refreshLatestMood(of id: Int64) throws {
        try database.run(LatestMood.refresh, id)
    }
}
