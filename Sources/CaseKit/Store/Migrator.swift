/// Brings a database to the schema this build knows. Migrations are
/// append-only: each runs in its own `BEGIN IMMEDIATE` transaction together
/// with its `PRAGMA user_version` bump, so a crash leaves a whole version.
struct Migrator {
    struct Migration: Sendable {
        let version: Int64
        let run: @Sendable (Database) throws -> Void

        init(version: Int64, sql: String) {
            self.version = version
            run = { try $0.execute(sql) }
        }

        init(version: Int64, run: @escaping @Sendable (Database) throws -> Void) {
            self.version = version
            self.run = run
        }
    }

    let migrations: [Migration]

    var latestVersion: Int64 { migrations.last?.version ?? 0 }

    static let casekit = Migrator(migrations: [
        Migration(version: 1, sql: Schema.version1),
        Migration(version: 2, sql: Schema.version2),
        Migration(version: 3, sql: Schema.version3),
        Migration(version: 4, sql: Schema.version4),
        Migration(version: 5, sql: Schema.version5),
        Migration(version: 6, run: Schema.rewriteINListChecks),
        Migration(version: 7, run: Schema.finishActionsOfFinishedCases),
        Migration(version: 8, sql: LatestMood.version8),
        Migration(version: 9, sql: Schema.version9),
        Migration(version: 10, run: AgendaColumns.version10),
        Migration(version: 11, sql: Schema.version11),
    ])

    /// The schema version recorded in the file.
    static func version(of database: Database) throws -> Int64 {
        try database.int("PRAGMA user_version") ?? 0
    }

    func migrate(_ database: Database) throws {
        // Up to date (nearly always): no write lock, so opening never waits
        // for another process's write.
        guard try Self.version(of: database) < latestVersion else { return }
        for migration in migrations {
            try database.write {
                // Re-read inside the lock: another process may have migrated first.
                guard try Self.version(of: database) < migration.version else { return }
                try migration.run(database)
                try database.execute("PRAGMA user_version = \(migration.version)")
            }
        }
    }
}
