import Foundation
import Testing

/// Only the commands that start a queue (`open`, `import`, `config set`)
/// create the database; every other write on a path with no database is
/// refused and leaves nothing behind.
@Suite struct WritesWithoutDatabaseTests {
    let casekit = CasekitBinary()

    /// Every write command that changes a queue already there.
    static let changes: [[String]] = [
        ["note", "5", "x"], ["done", "3"], ["next", "1", "Call billing"], ["wait", "1", "--on", "customer"],
        ["resume", "1"], ["escalate", "1", "--to", "Tier 2"], ["deescalate", "1"], ["resolve", "1"],
        ["close", "1"], ["close", "1", "2"], ["reopen", "1"], ["edit", "1", "--title", "x"],
        ["checkin", "add", "1", "tomorrow"], ["checkin", "done", "1"], ["checkin", "skip", "1"],
        ["checkin", "move", "1", "tomorrow"], ["config", "unset", "wait"], ["review", "--mark-reviewed"],
    ]

    @Test func aChangeWithoutADatabaseIsRefusedAndCreatesNothing() throws {
        let folder = casekit.folder + "/not/yet"
        let path = folder + "/new.db"
        for arguments in Self.changes {
            for line in [arguments + ["--db", path], ["--db", path] + arguments] {
                let result = try casekit.run(line)
                #expect(result.isRefusal(1, mentioning: "no database at \(path) yet", "'casekit open TITLE' creates it"),
                        "\(line): \(result.code) \(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: casekit.folder + "/not"), "\(line)")
            }
        }
    }

    /// An empty file (`touch`) holds no queue either: a change is refused
    /// and the file stays empty.
    @Test func aChangeOnAnEmptyFileLeavesItEmpty() throws {
        let path = casekit.folder + "/touched.db"
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        for arguments in Self.changes {
            let result = try casekit.run(arguments + ["--db", path])
            #expect(result.isRefusal(1, mentioning: "no database at \(path) yet"), "\(arguments): \(result.stderr)")
            #expect(casekit.bytes(path) == Data(), "\(arguments)")
        }
        #expect(try casekit.run("open", "First case", "--db", path).code == 0)
        #expect(try casekit.run("note", "1", "x", "--db", path).code == 0)
    }

    /// `open`, `import` and `config set` start a queue: each creates the
    /// file (0600) with its folder. `import --dry-run` creates nothing.
    @Test func theCommandsThatStartAQueueCreateIt() throws {
        let exported = casekit.folder + "/queue.json"
        try casekit.ok("open", "Printer on fire")
        try casekit.ok("export", "--output", exported)
        let starts: [(name: String, arguments: [String])] = [
            ("open", ["open", "First case"]), ("import", ["import", exported]),
            ("config", ["config", "set", "wait", "2d"]),
        ]
        for start in starts {
            let path = casekit.folder + "/\(start.name)/new.db"
            let dryRun = try casekit.run(["import", exported, "--dry-run", "--db", path])
            #expect(dryRun.code == 0, "\(dryRun.stderr)")
            #expect(!FileManager.default.fileExists(atPath: casekit.folder + "/\(start.name)"))
            #expect(try casekit.run(start.arguments + ["--db", path]).code == 0, "\(start.name)")
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(start.name)")
        }
    }
}
