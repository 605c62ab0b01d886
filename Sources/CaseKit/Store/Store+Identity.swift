/// Telling casekit's files from other SQLite files, by reading only.
extension Store {

    static let selectCasekitTableCount = """
        SELECT count(*) FROM sqlite_schema WHERE type = 'table'
        AND name IN ('cases', 'case_tags', 'next_actions', 'escalations', 'check_ins', 'events', 'reviews')
        """

    /// Refuses a SQLite file that is not casekit's. casekit's own files carry
    /// its application_id; an empty (0-byte) file is a new one, while a
    /// SQLite file with no tables yet may be another program's; a file with
    /// application_id 0, schema version 1 or 2 and casekit's tables was
    /// written before the mark existed and is migrated.
    static func checkIdentity(of database: Database, path: String) throws {
        let application = try database.int("PRAGMA application_id") ?? 0
        if application == Schema.applicationID { return }
        if application == 0 {
            let version = try Migrator.version(of: database)
            if version == 0, try database.int("PRAGMA page_count") == 0 { return }
            if (1...2).contains(version), try database.int(selectCasekitTableCount) == 7 { return }
        }
        throw CaseKitError.storage("\(path) is a SQLite file of another program, not a casekit database",
                                   hint: "pass your casekit database with --db; this file was left untouched")
    }
}
