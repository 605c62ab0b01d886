import Foundation
import Testing
@testable import CaseKit

/// Schema version 6: CHECK constraints written with `=` and `OR` instead of
/// IN lists, which SQLite checks without building a temporary index per row.
@Suite struct INListCheckTests {
    let folder = TempFolder()

    private func tableText(_ database: Database) throws -> [String] {
        try database.rows("SELECT sql FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0.string(0) }
    }

    @Test func aListBecomesComparisonsAndTheRestIsKept() {
        let sql = """
            CREATE TABLE t (
                kind TEXT NOT NULL CHECK (kind IN (
                    'opened', 'checkin-done',
                    'closed')),
                flag INTEGER CHECK (flag IN (0, 1)),
                title TEXT CHECK (length(trim(title)) > 0),
                CHECK (kind <> 'closed' OR flag IS NOT NULL)
            ) STRICT
            """
        #expect(Schema.withoutINListChecks(sql) == """
            CREATE TABLE t (
                kind TEXT NOT NULL CHECK (kind = 'opened' OR kind = 'checkin-done' OR kind = 'closed'),
                flag INTEGER CHECK (flag = 0 OR flag = 1),
                title TEXT CHECK (length(trim(title)) > 0),
                CHECK (kind <> 'closed' OR flag IS NOT NULL)
            ) STRICT
            """)
    }

    /// A version-4 file with rows is rewritten in place: no IN list is left,
    /// its rows and indexes are intact, and the CHECKs refuse and accept
    /// exactly what they did (NULL included).
    @Test func aVersionFourFileKeepsItsRowsAndItsRules() throws {
        let path = folder.path + "/v4.sqlite3"
        try writeOldDatabase(at: path, version: 4, """
                INSERT INTO cases (id, uuid, title, created_at, updated_at) VALUES (7, 'u-7', 'Printer on fire', 1, 2);
                INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES ('e-1', 7, 2, 'note', 'smoke', 'angry');
                """)
        let store = try Store.open(path: path, now: local("2026-11-22T09:00"))
        let database = store.database
        #expect(try Migrator.version(of: database) == Migrator.casekit.latestVersion)
        #expect(try tableText(database).allSatisfy { !$0.contains(" IN (") })
        #expect(try database.int("PRAGMA writable_schema") == 0)
        #expect(try store.integrityCheck() == "ok")
        #expect(try database.firstRow("SELECT title FROM cases WHERE id = 7") { $0.string(0) } == "Printer on fire")
        #expect(try database.int("SELECT count(*) FROM events INDEXED BY events_case_at WHERE case_id = 7") == 1)
        for refused in [
            "UPDATE cases SET priority = 'soon' WHERE id = 7",
            "UPDATE cases SET status = 'lost' WHERE id = 7",
            "UPDATE events SET mood = 'sad'",
            "UPDATE events SET kind = 'opened ' ",
        ] {
            #expect(throws: DatabaseError.self, "\(refused)") { try database.run(refused) }
        }
        try database.run("UPDATE events SET mood = NULL")
        try database.run("UPDATE cases SET priority = 'urgent', status = 'escalated' WHERE id = 7")
        // A connection opened afterwards parses the new text too.
        let other = try Database(path: path, mode: .readWrite)
        #expect(throws: DatabaseError.self) { try other.run("UPDATE cases SET priority = 'soon'") }
    }

    /// The schema stays read-only for SQL even when the rewrite fails half-way.
    @Test func writableSchemaIsTurnedOffWhenTheEditFails() throws {
        struct Failed: Error {}
        let database = try Database(path: folder.path + "/f.sqlite3", mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (x TEXT CHECK (x IN ('a', 'b', 'c')))")
        let before = try tableText(database)
        #expect(throws: Failed.self) {
            try database.write {
                try database.editingSchemaText {
                    try database.run(Schema.updateTableText, "CREATE TABLE t (x TEXT)", "t")
                    throw Failed()
                }
            }
        }
        #expect(try database.int("PRAGMA writable_schema") == 0)
        #expect(try tableText(database) == before)
        #expect(throws: DatabaseError.self) { try database.run("UPDATE sqlite_schema SET sql = sql") }
        #expect(throws: DatabaseError.self) { try database.run("INSERT INTO t VALUES ('d')") }
    }
}
