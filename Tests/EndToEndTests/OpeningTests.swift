import CaseKit
import Foundation
import Testing

/// Opening a database: casekit's own files only, nothing created by reading,
/// and read-only media readable.
@Suite struct OpeningTests {
    let casekit = CasekitBinary()

    func file(_ name: String) -> String { casekit.folder + "/" + name }

    func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// The read commands, each with the output options that change what it prints.
    static let reads: [[String]] = [
        [], ["today"], ["today", "--json"], ["list"], ["list", "--all", "--json"], ["review"],
        ["review", "--format", "markdown"], ["review", "--format", "json"], ["checkin", "list"],
        ["checkin", "list", "--json"], ["export"], ["export", "--format", "csv"], ["export", "--format", "ics"],
    ]

    /// Each read command on a path with no database prints what an empty
    /// database shows, says so in one line on stderr, exits 0 and creates
    /// neither the file nor its folders.
    @Test func readingWhereNoDatabaseIsCreatesNothing() throws {
        let path = file("not/yet/casekit.sqlite3")
        casekit.environment["CASEKIT_DB"] = path
        let note = "casekit: no database at \(path) yet (hint: 'casekit open TITLE' creates it)\n"
        // The backup of no database is an empty casekit database: the reference.
        let empty = file("empty.sqlite3")
        let backup = try casekit.run("backup", empty)
        #expect(backup.code == 0 && backup.stderr == note, "\(backup.stderr)")
        for arguments in Self.reads {
            let missing = try casekit.run(arguments)
            #expect(missing.code == 0, "\(arguments): \(missing.stderr)")
            #expect(missing.stderr == note, "\(arguments): \(missing.stderr)")
            let reference = try casekit.run(arguments + ["--db", empty])
            #expect(reference.stderr.isEmpty)
            #expect(missing.stdout == reference.stdout, "\(arguments)")
        }
        let show = try casekit.run("show", "1")
        #expect(show.code == 1)
        #expect(show.stderr.hasPrefix(note) && show.stderr.contains("no case #1"), "\(show.stderr)")
        let export = try casekit.run("export", "--output", file("empty.json"))
        #expect(export.code == 0 && export.stderr == note)
        #expect(casekit.bytes(file("empty.json")) == Data(try casekit.run("export", "--db", empty).stdout.utf8))
        #expect(!FileManager.default.fileExists(atPath: file("not")))
        // A write creates it.
        try casekit.ok("open", "First case")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    /// SQLite files of other programs (and look-alikes) are refused by every
    /// command with exit 74 and left byte for byte as they were, side files
    /// included: no WAL switch, no casekit tables.
    @Test func aSQLiteFileOfAnotherProgramIsRefusedUntouched() throws {
        try casekit.ok("open", "Printer on fire")
        try casekit.ok("export", "--output", file("queue.json"))
        let foreign: [(name: String, sql: String)] = [
            ("notes.sqlite3", "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')"),
            // Its last write still in the WAL beside it: opening must not checkpoint it.
            ("wal.sqlite3", "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1)"),
            ("no-tables.sqlite3", "CREATE TABLE t (x); DROP TABLE t"),
            ("other-app.sqlite3", "PRAGMA application_id = 1234; CREATE TABLE t (x)"),
            ("other-app-empty.sqlite3", "PRAGMA application_id = -1"),
            ("version-only.sqlite3", "PRAGMA user_version = 1"),
            ("lookalike.sqlite3", "PRAGMA user_version = 2; CREATE TABLE cases (id INTEGER PRIMARY KEY, title TEXT)"),
            ("casekit-tables-later-version.sqlite3", "PRAGMA user_version = 3"),
        ]
        let commands: [[String]] = Self.reads + [
            ["show", "1"], ["backup", file("copy.sqlite3")], ["export", "--output", file("out.json")],
            ["open", "X"], ["note", "1", "hello"], ["review", "--mark-reviewed"], ["import", file("queue.json")],
        ]
        for (name, sql) in foreign {
            let path = file(name)
            let database = try Database(path: path, mode: .readWriteCreate)
            if name.hasPrefix("casekit-tables") {
                // casekit's tables, unmarked, but a version that never existed unmarked.
                try database.execute("ATTACH '\(casekit.database)' AS k")
                for table in try database.rows("SELECT sql FROM k.sqlite_schema WHERE type = 'table'", [], { $0.string(0) }) {
                    try database.execute(table)
                }
                try database.execute("DETACH k")
            }
            try database.execute(sql)
        }
        let before = listing(casekit.folder)
        for (name, _) in foreign {
            let path = file(name)
            let bytes = casekit.bytes(path), walBytes = casekit.bytes(path + "-wal")
            for arguments in commands {
                let result = try casekit.run(arguments + ["--db", path])
                #expect(result.isRefusal(74, mentioning: "\(path) is a SQLite file of another program"), "\(name) \(arguments): \(result.stderr)")
                #expect(casekit.bytes(path) == bytes, "\(name) \(arguments) changed the file")
                #expect(casekit.bytes(path + "-wal") == walBytes, "\(name) \(arguments) changed the WAL")
            }
        }
        #expect(listing(casekit.folder) == before)
    }

    /// A file casekit wrote before it marked its files (application_id 0,
    /// schema 2) is casekit's: it is migrated and marked on first use.
    @Test func aFileFromBeforeTheMarkIsMigratedAndMarked() throws {
        try casekit.ok("open", "Printer on fire")
        #expect(casekit.bytes()?[68..<72] == Data("CKIT".utf8))
        try Database(path: casekit.database, mode: .readWrite).execute("PRAGMA application_id = 0; PRAGMA user_version = 2")
        #expect(try casekit.ok("list").contains("Printer on fire"))
        #expect(try casekit.query("PRAGMA application_id") { $0.int(0) } == [0x434B_4954])
        #expect(casekit.bytes()?[68..<72] == Data("CKIT".utf8))
    }

    /// An empty file (made by `touch`) is a new database; reading it writes nothing.
    @Test func anEmptyFileBecomesANewDatabase() throws {
        FileManager.default.createFile(atPath: casekit.database, contents: nil)
        let read = try casekit.run("list")
        #expect(read.code == 0 && read.stderr.contains("no database at"), "\(read.stderr)")
        #expect(casekit.bytes() == Data() && listing(casekit.folder) == ["casekit.sqlite3"])
        try casekit.ok("open", "First case")
        #expect(try casekit.query("PRAGMA application_id") { $0.int(0) } == [0x434B_4954])
    }

    /// A database on read-only media (a read-only bind mount: as root,
    /// permission bits would not stop a write) answers every read command,
    /// creates nothing there, and refuses writes plainly.
    @Test(.enabled(if: Mount.isPossible)) func aDatabaseOnReadOnlyMediaCanBeRead() throws {
        let source = file("usb")
        casekit.environment["CASEKIT_DB"] = source + "/casekit.sqlite3"
        try casekit.ok("open", "Printer on fire", "--customer", "Dana", "--next", "Call Dana back", "--due", "today")
        try casekit.ok("checkin", "add", "1", "tomorrow", "--note", "Is it still burning?")
        let expected = try Self.reads.map { try casekit.run($0) }
        let media = try Mount(readOnlyBindOf: source, at: file("media"))
        casekit.environment["CASEKIT_DB"] = media.path + "/casekit.sqlite3"
        for (arguments, reference) in zip(Self.reads, expected) {
            let result = try casekit.run(arguments)
            #expect(result.code == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            #expect(result.stdout == reference.stdout, "\(arguments)")
        }
        #expect(try casekit.ok("show", "1").contains("Is it still burning?"))
        try casekit.ok("backup", file("copy.sqlite3"))
        #expect(try casekit.ok("list", "--db", file("copy.sqlite3")).contains("Printer on fire"))
        try casekit.ok("export", "--output", file("queue.json"))
        #expect(String(decoding: casekit.bytes(file("queue.json")) ?? Data(), as: UTF8.self).contains("Call Dana back"))
        for arguments in [["note", "1", "hello"], ["open", "Another"], ["review", "--mark-reviewed"]] {
            let result = try casekit.run(arguments)
            #expect(result.isRefusal(74, mentioning: "read-only", "copy the file"), "\(arguments): \(result.stderr)")
        }
        #expect(listing(media.path) == ["casekit.sqlite3"])
    }

    /// A file of an older schema on read-only media (here schema 2, whose
    /// whole days were local instants) is read through an upgraded copy in
    /// memory: the dates come out right and the file is not touched.
    @Test(.enabled(if: Mount.isPossible)) func anOlderFileOnReadOnlyMediaIsReadUpgraded() throws {
        let source = file("usb")
        casekit.environment["CASEKIT_DB"] = source + "/casekit.sqlite3"
        try casekit.ok("open", "Refund charged twice", "--next", "Call billing about the refund", "--due", "2026-11-27")
        // What a version-2 casekit wrote in New York: the end of the local
        // day as an instant (2026-11-28 05:00 UTC), and no mark.
        try Database(path: source + "/casekit.sqlite3", mode: .readWrite).execute("""
            UPDATE next_actions SET due_at = 1795842000 WHERE due_all_day = 1;
            PRAGMA application_id = 0; PRAGMA user_version = 2; PRAGMA journal_mode = DELETE;
            """)
        let media = try Mount(readOnlyBindOf: source, at: file("media"))
        casekit.environment["CASEKIT_DB"] = media.path + "/casekit.sqlite3"
        let before = casekit.bytes(media.path + "/casekit.sqlite3")
        // Read where it was written, as the migration of a writable file is
        // (Docs/guide.md: the zone of the first newer run).
        for _ in 1...2 {
            let detail = try #require(try casekit.json("show", "1", "--json")["case"] as? [String: Any])
            #expect((detail["next_action"] as? [String: Any])?["due"] as? String == "2026-11-27")
        }
        // The review reads on one connection here: a second would see an empty database.
        let review = try casekit.run("review")
        #expect(review.code == 0 && review.stdout.contains("Refund charged twice"), "\(review.stderr)")
        #expect(casekit.bytes(media.path + "/casekit.sqlite3") == before)
        #expect(listing(media.path) == ["casekit.sqlite3"])
    }

    /// A file from a newer casekit with its last write still in the WAL is
    /// refused as it is: no checkpoint, no WAL removed.
    @Test func aNewerFileKeepsItsWAL() throws {
        let path = file("newer.sqlite3")
        let database = try Database(path: path, mode: .readWriteCreate)
        try database.execute("""
            PRAGMA application_id = 1129007444; PRAGMA journal_mode = WAL;
            CREATE TABLE t (x); INSERT INTO t VALUES (1); PRAGMA user_version = 99
            """)
        let bytes = casekit.bytes(path), walBytes = casekit.bytes(path + "-wal")
        #expect(walBytes?.isEmpty == false)
        for arguments in [["list"], ["export"], ["open", "X"]] {
            let result = try casekit.run(arguments + ["--db", path])
            #expect(result.isRefusal(74, mentioning: "newer casekit"), "\(arguments): \(result.stderr)")
            #expect(casekit.bytes(path) == bytes && casekit.bytes(path + "-wal") == walBytes, "\(arguments)")
        }
    }
}


