import CSQLite
import Foundation
import Testing
@testable import CaseKit

@Suite struct StoreOpeningTests {
    let folder = TempFolder()

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    @Test func createsThePrivateFileAndItsFoldersOnFirstUse() throws {
        let path = folder.path + "/deep/er/casekit.sqlite3"
        let store = try Store.open(path: path, now: local("2026-11-22T09:00"))
        #expect(try mode(path) == 0o600)
        #expect(try mode(folder.path + "/deep") == 0o700)
        #expect(try mode(folder.path + "/deep/er") == 0o700)
        #expect(try Migrator.version(of: store.database) == Migrator.casekit.latestVersion)
        #expect(try store.database.firstRow("PRAGMA journal_mode") { $0.string(0) } == "wal")
        #expect(try store.database.int("PRAGMA foreign_keys") == 1)
    }

    @Test func refusesANewerSchemaWithoutTouchingTheFile() throws {
        let path = folder.path + "/newer.sqlite3"
        do {
            let database = try Database(path: path, mode: .readWriteCreate)
            try database.execute("CREATE TABLE future (x); PRAGMA user_version = 99; PRAGMA application_id = \(Schema.applicationID)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try Store.open(path: path, now: 0)
        } throws: { error in
            let failure = error as? CaseKitError
            return failure?.exitCode == 74 && failure!.message.contains("newer casekit")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let path = folder.path + "/notes.txt"
        try Data("dear diary, the customer called again\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try Store.open(path: path, now: 0)
        } throws: { error in
            (error as? CaseKitError)?.message.contains("not a casekit database") == true
        }
    }

    @Test func refusesAFolder() {
        #expect {
            try Store.open(path: folder.path, now: 0)
        } throws: { error in
            (error as? CaseKitError)?.message.contains("is a folder") == true
        }
    }

    @Test func aWriteProtectedFileReadsButRefusesWrites() throws {
        let path = folder.path + "/ro.sqlite3"
        let id = try Store.open(path: path, now: local("2026-11-22T09:00")).openCase(CaseDraft(title: "Printer on fire"))
        chmod(path, 0o400)
        let store = try Store.open(path: path, now: local("2026-11-22T10:00"))
        #expect(try store.detail(id).case.title == "Printer on fire")
        #expect {
            try store.addNote(id, "still burning", mood: nil)
        } throws: { error in
            let failure = error as? CaseKitError
            return failure?.exitCode == 74 && failure!.message.contains("read-only")
        }
    }

    @Test func migrationsAreIdempotentAcrossOpens() throws {
        let path = folder.path + "/twice.sqlite3"
        _ = try Store.open(path: path, now: 0)
        let store = try Store.open(path: path, now: 0)
        #expect(try store.database.int("SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 9)
    }

    /// A file written by the first release (schema 1) is brought to the
    /// current schema on open, its data intact and the review's indexes in place.
    @Test func aVersionOneFileIsMigratedWithItsData() throws {
        let path = folder.path + "/v1.sqlite3"
        try writeOldDatabase(at: path, version: 1, """
                INSERT INTO cases (id, uuid, title, created_at, updated_at) VALUES (7, 'u-7', 'Printer on fire', 1, 2);
                INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES ('e-1', 7, 2, 'note', 'smoke', 'angry');
                """)
        let store = try Store.open(path: path, now: local("2026-11-22T09:00"))
        #expect(try Migrator.version(of: store.database) == Migrator.casekit.latestVersion)
        #expect(try store.database.int("PRAGMA application_id") == Schema.applicationID)
        #expect(try store.upsetWithoutCheckIn().map(\.reason) == ["customer angry, no check-in scheduled"])
        let indexes = try store.database.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_case_%' ORDER BY 1") {
            $0.string(0)
        }
        #expect(indexes == ["events_case_at", "events_case_contact", "events_case_mood"])
        let plan = try store.database.rows("EXPLAIN QUERY PLAN " + Store.selectUpsetWithoutCheckIn) { $0.string(3) }
        #expect(plan.contains("SCAN c USING COVERING INDEX cases_active_titles"), "\(plan)")
        #expect(try store.database.firstRow("SELECT latest_mood FROM cases WHERE id = 7") { $0.string(0) } == "angry")
    }

    /// Schema 5 (and 8 again): a latest mood that disagrees with the
    /// timeline is recomputed for every case on open, and from then on the
    /// commands keep it.
    @Test func aVersionFourFileGetsItsLatestMoodsRepaired() throws {
        let path = folder.path + "/v4.sqlite3"
        try writeOldDatabase(at: path, version: 4, """
                INSERT INTO cases (id, uuid, title, created_at, updated_at, latest_mood) VALUES (1, 'u-1', 'No moods', 1, 2, 'angry');
                INSERT INTO cases (id, uuid, title, created_at, updated_at, latest_mood) VALUES (2, 'u-2', 'Calmed', 1, 2, 'angry');
                INSERT INTO cases (id, uuid, title, created_at, updated_at) VALUES (3, 'u-3', 'Unset', 1, 2);
                INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES ('e-1', 1, 2, 'note', 'plain', NULL);
                INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES ('e-2', 2, 2, 'note', 'shouting', 'angry');
                INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES ('e-3', 2, 3, 'note', 'thanks', 'happy');
                INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES ('e-4', 3, 2, 'note', 'worried', 'anxious');
                """)
        let store = try Store.open(path: path, now: local("2026-11-22T09:00"))
        #expect(try Migrator.version(of: store.database) >= 5)
        #expect(try store.database.rows("SELECT latest_mood FROM cases ORDER BY id") { $0.optionalString(0) } == [nil, "happy", "anxious"])
        try store.addNote(1, "Called, very upset", mood: .frustrated)
        #expect(try store.upsetWithoutCheckIn().map(\.caseID) == [1, 3])
    }

    /// Schema 8 drops schema 5's latest-mood triggers (they doubled an
    /// import's time) and repairs every case, however its timeline was
    /// edited while they were there.
    @Test func aVersionSevenFileLosesItsTriggersAndKeepsItsMoods() throws {
        let path = folder.path + "/v7.sqlite3"
        try writeOldDatabase(at: path, version: 7, """
                INSERT INTO cases (id, uuid, title, created_at, updated_at) VALUES (1, 'u-1', 'Angry', 1, 2);
                INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES ('e-1', 1, 2, 'note', 'shouting', 'angry');
                DROP TRIGGER events_latest_mood_update;
                UPDATE events SET mood = 'happy' WHERE uuid = 'e-1';
                """)
        let before = try Database(path: path, mode: .readOnly)
        #expect(try before.firstRow("SELECT latest_mood FROM cases") { $0.string(0) } == "angry")
        let store = try Store.open(path: path, now: local("2026-11-22T09:00"))
        #expect(try Migrator.version(of: store.database) >= 8)
        #expect(try store.database.rows("SELECT name FROM sqlite_master WHERE type = 'trigger'") { $0.string(0) }.isEmpty)
        #expect(try store.database.firstRow("SELECT latest_mood FROM cases") { $0.string(0) } == "happy")
    }

    /// Schema 4: whole-day values written as the instant their local day
    /// ended (New York here) become zone-free calendar dates; timed ones stay.
    @Test func aVersionTwoFileGetsZoneFreeWholeDays() throws {
        let path = folder.path + "/v2.sqlite3"
        let endOf27th = local("2026-11-28T00:00"), endOfSpringForward = local("2027-03-15T00:00")
        try writeOldDatabase(at: path, version: 2, """
                INSERT INTO cases (id, uuid, title, status, waiting_on, follow_up_at, follow_up_all_day, created_at, updated_at)
                    VALUES (1, 'u-1', 'Refund', 'waiting', 'billing', \(endOf27th), 1, 1, 2);
                INSERT INTO next_actions (uuid, case_id, text, due_at, due_all_day, created_at)
                    VALUES ('n-1', 1, 'Call billing back', \(endOfSpringForward), 1, 1);
                INSERT INTO check_ins (uuid, case_id, due_at, due_all_day, created_at) VALUES ('k-1', 1, \(endOf27th), 1, 1);
                INSERT INTO check_ins (uuid, case_id, due_at, due_all_day, created_at) VALUES ('k-2', 1, \(endOf27th - 60), 0, 1);
                INSERT INTO check_ins (uuid, case_id, due_at, due_all_day, state, created_at)
                    VALUES ('k-3', 1, \(Int64.max), 1, 'done', 1);
                """)
        let detail = try Store.open(path: path, now: local("2026-11-22T09:00")).detail(1)
        #expect(detail.case.followUp == .day(day("2026-11-27")))
        #expect(detail.nextAction?.due == .day(day("2027-03-14")))
        #expect(detail.checkIns.filter { $0.state == .pending }.map(\.due)
            == [.instant(local("2026-11-27T23:59")), .day(day("2026-11-27"))])
        // Left as it was, and read back clamped into the calendar.
        #expect(detail.checkIns.filter { $0.state == .done }.map(\.due) == [.day(LocalDate.latest)])
        let stored = try Database(path: path, mode: .readOnly)
        #expect(try stored.int("SELECT follow_up_at FROM cases") == Due.day(day("2026-11-27")).deadline)
        #expect(try stored.int("SELECT due_at FROM next_actions") == Due.day(day("2027-03-14")).deadline)
        #expect(try stored.rows("SELECT due_at FROM check_ins ORDER BY id") { $0.int(0) }
            == [Due.day(day("2026-11-27")).deadline, endOf27th - 60, Int64.max])
    }

    @Test func databaseErrorsCarryCodeMessageAndSQL() throws {
        let database = try Database(path: folder.path + "/e.sqlite3", mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (x TEXT UNIQUE)")
        try database.run("INSERT INTO t VALUES (?)", "secret customer data")
        #expect {
            try database.run("INSERT INTO t VALUES (?)", "secret customer data")
        } throws: { error in
            let error = error as! DatabaseError
            return error.extendedCode == 2067 && error.code == SQLITE_CONSTRAINT
                && error.description == "SQLite error 2067: UNIQUE constraint failed: t.x - while executing `INSERT INTO t VALUES (?)`"
        }
    }

    @Test func aFailedWriteRollsBackEverything() throws {
        let database = try Database(path: folder.path + "/r.sqlite3", mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (x INTEGER NOT NULL)")
        #expect(throws: DatabaseError.self) {
            try database.write {
                try database.run("INSERT INTO t VALUES (?)", 1)
                try database.run("INSERT INTO t VALUES (?)", SQLValue.null)
            }
        }
        #expect(try database.int("SELECT count(*) FROM t") == 0)
    }

    @Test func locationPrecedence() {
        let env: [String: String] = ["CASEKIT_DB": "/env.db", "XDG_DATA_HOME": "/xdg", "HOME": "/home/agent"]
        #expect(DatabaseLocation.resolve(flag: "/flag.db") { env[$0] } == "/flag.db")
        #expect(DatabaseLocation.resolve(flag: nil) { env[$0] } == "/env.db")
        #expect(DatabaseLocation.resolve(flag: nil) { ["XDG_DATA_HOME": "/xdg"][$0] } == "/xdg/casekit/casekit.sqlite3")
        #expect(DatabaseLocation.resolve(flag: nil) { ["HOME": "/home/agent"][$0] }
            == "/home/agent/.local/share/casekit/casekit.sqlite3")
    }
}
