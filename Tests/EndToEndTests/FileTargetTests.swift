import CaseKit
import Foundation
import Testing

/// `export --output` and `backup` write regular files only, by temp file and
/// rename: never a folder, a device, a pipe, or the database itself.
@Suite struct FileTargetTests {
    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Printer on fire", "--customer", "Dana", "--next", "Call Dana back")
    }

    func file(_ name: String) -> String { casekit.folder + "/" + name }

    var listing: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: casekit.folder)) ?? []).sorted() }

    /// Every target that is not a regular file, or is the database under
    /// another name, is refused by both commands with exit 64, a hint naming
    /// the right option, and the database byte for byte as it was.
    @Test func refusesEveryTargetButARegularFile() throws {
        mkdir(file("folder"), 0o700)
        mkfifo(file("pipe"), 0o600)
        symlink(casekit.database, file("link-to-db"))
        link(casekit.database, file("hard-link-to-db"))
        symlink(file("nothing-here"), file("dangling"))
        // The null device under a private name: a regression replaces this
        // node, never the machine's /dev/null (old casekit did, as root).
        var null = stat()
        stat("/dev/null", &null)
        #expect(mknod(file("null-device"), S_IFCHR | 0o600, null.st_rdev) == 0)
        let targets: [(path: String, says: String)] = [
            (file("folder"), "is a folder"),
            (file("null-device"), "is a device"),
            (file("pipe"), "named pipe"),
            (casekit.database, "the casekit database itself"),
            (casekit.folder + "/./casekit.sqlite3", "the casekit database itself"),
            (file("folder") + "/../casekit.sqlite3", "the casekit database itself"),
            (file("link-to-db"), "the casekit database itself"),
            (file("hard-link-to-db"), "the casekit database itself"),
            (casekit.database + "-wal", "side file (-wal)"),
            (casekit.database + "-shm", "side file (-shm)"),
            (casekit.database + "-journal", "side file (-journal)"),
            (file("dangling"), "symbolic link to nothing"),
            (file("folder") + "/", "is not a file name"),
            ("", "is not a file name"),
        ]
        let before = listing
        for target in targets {
            try casekit.expectRefused(["export", "--output", target.path], code: 64, mentioning: [target.says, "--output"])
            try casekit.expectRefused(["export", "--format", "csv", "-o", target.path], code: 64, mentioning: [target.says])
            try casekit.expectRefused(["backup", target.path], code: 64, mentioning: [target.says, "casekit backup"])
            try casekit.expectRefused(["backup", target.path, "--force"], code: 64, mentioning: [target.says])
        }
        #expect(listing == before)
        var info = stat()
        #expect(stat(file("null-device"), &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "the device is still a device")
        #expect(try casekit.ok("list").contains("Printer on fire"))
    }

    /// A missing folder is fixed by creating it or by another path: the hint
    /// says so, and never points at --db.
    @Test func aMissingFolderIsNamedWithTheRightFix() throws {
        for arguments in [["export", "--output", file("missing/queue.json")], ["backup", file("missing/copy.sqlite3")]] {
            let result = try casekit.run(arguments)
            #expect(result.isRefusal(64, mentioning: "missing does not exist", "mkdir -p"), "\(result.stderr)")
            #expect(!result.stderr.contains("--db"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: file("missing")))
    }

    @Test func backupToStandardOutputIsRefusedWithAHint() throws {
        try casekit.expectRefused(["backup", "-"], code: 64, mentioning: ["not standard output", "casekit export"])
    }

    @Test func exportToDashIsStandardOutput() throws {
        let result = try casekit.run("export", "--output", "-")
        #expect(result.code == 0)
        #expect(result.stdout.contains("\"Printer on fire\""))
        #expect(!FileManager.default.fileExists(atPath: file("-")))
    }

    /// A symbolic link to an export is followed: the file it names gets the
    /// new export and the link stays a link.
    @Test func aLinkToAFileIsFollowed() throws {
        mkdir(file("exports"), 0o700)
        try Data("old".utf8).write(to: URL(fileURLWithPath: file("exports/queue.json")))
        symlink(file("exports/queue.json"), file("latest.json"))
        try casekit.ok("export", "--output", file("latest.json"))
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: file("latest.json"))
        #expect(destination == file("exports/queue.json"))
        #expect(String(decoding: casekit.bytes(file("exports/queue.json")) ?? Data(), as: UTF8.self).contains("Printer on fire"))
        let mode = try FileManager.default.attributesOfItem(atPath: file("exports/queue.json"))[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    /// Adds cases with a next action and an event each, straight through
    /// SQLite, so that an export takes long enough to be killed half-way.
    func addCases(_ count: Int) throws {
        try Database(path: casekit.database, mode: .readWrite).execute("""
            WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < \(count + 1))
            INSERT INTO cases (id, uuid, title, customer, created_at, updated_at)
            SELECT i, printf('00000000-0000-4000-8000-%012d', i), 'Case ' || i || ': the invoice shows a double charge',
                   'Customer ' || (i % 97), 1763816400, 1763816400 FROM n;
            INSERT INTO events (uuid, case_id, at, kind, text)
            SELECT printf('10000000-0000-4000-8000-%012d', id), id, 1763816400, 'opened', 'Opened in bulk' FROM cases WHERE id > 1;
            INSERT INTO next_actions (uuid, case_id, text, created_at)
            SELECT printf('20000000-0000-4000-8000-%012d', id), id, 'Call the customer about case ' || id, 1763816400
            FROM cases WHERE id > 1;
            """)
    }

    func temporaryFiles() -> [String] { listing.filter { $0.contains(".casekit-tmp-") } }

    /// `kill -9` at random moments of an export and of a backup: the final
    /// name holds nothing or a whole file, never a half one; the temp files
    /// the killed processes left are removed by the next write into the folder.
    @Test func aKilledWriteLeavesNoHalfFile() throws {
        let count = 20_000
        try addCases(count)
        let export = file("queue.json"), copy = file("copy.sqlite3")
        let started = Date()
        try casekit.ok("export", "--output", export)
        let exportTime = Date().timeIntervalSince(started)
        try FileManager.default.removeItem(atPath: export)
        var killedHalfWay = 0
        for round in 0..<10 {
            // The second half of the rounds replaces an earlier complete export.
            if round == 5 { try casekit.ok("export", "--output", export) }
            let process = try casekit.start(["export", "--output", export])
            usleep(UInt32(Double.random(in: 0...(exportTime * 1.2)) * 1_000_000))
            kill(process.process.processIdentifier, SIGKILL)
            process.process.waitUntilExit()
            if process.process.terminationReason == .uncaughtSignal { killedHalfWay += 1 }
            guard let bytes = casekit.bytes(export) else {
                #expect(round < 5, "an earlier complete export vanished")
                continue
            }
            let json = try JSONSerialization.jsonObject(with: bytes) as? [String: Any]
            #expect((json?["cases"] as? [Any])?.count == count + 1)
        }
        #expect(killedHalfWay > 0)
        let backupStarted = Date()
        try casekit.ok("backup", copy)
        let backupTime = Date().timeIntervalSince(backupStarted)
        try FileManager.default.removeItem(atPath: copy)
        for round in 0..<8 {
            // Aimed rounds start without a copy, so that the copy's name appearing is news.
            if !round.isMultiple(of: 2) { try? FileManager.default.removeItem(atPath: copy) }
            let process = try casekit.start(["backup", copy, "--force"])
            let pid = process.process.processIdentifier
            if round.isMultiple(of: 2) {
                usleep(UInt32(Double.random(in: 0...(backupTime * 1.2)) * 1_000_000))
            } else {
                // Aimed at the copy itself: the moment a file for it appears.
                let temporary = file(".copy.sqlite3.casekit-tmp-\(pid)")
                let deadline = Date().addingTimeInterval(10)
                while process.process.isRunning, Date() < deadline,
                      !FileManager.default.fileExists(atPath: copy), !FileManager.default.fileExists(atPath: temporary) {
                    usleep(200)
                }
                usleep(UInt32.random(in: 0...3000))
            }
            kill(pid, SIGKILL)
            process.process.waitUntilExit()
            if FileManager.default.fileExists(atPath: copy) {
                let database = try Database(path: copy, mode: .immutable)
                #expect(try database.firstRow("PRAGMA integrity_check") { $0.string(0) } == "ok")
                #expect(try database.int("SELECT count(*) FROM cases") == Int64(count + 1))
            }
        }
        try casekit.ok("export", "--output", export)
        #expect(temporaryFiles().isEmpty, "\(temporaryFiles())")
    }

    /// Stale temp files of processes no longer running are removed; a live
    /// process's temp file and files that only look alike stay.
    @Test func staleTemporaryFilesAreRemoved() throws {
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        finished.arguments = ["true"]
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let alive = getpid()
        let planted = [
            ".queue.json.casekit-tmp-\(dead)": false,
            ".copy.sqlite3.casekit-tmp-\(dead)": false,
            ".copy.sqlite3.casekit-tmp-\(dead)-journal": false,
            ".other.json.casekit-tmp-\(alive)": true,
            ".notes.casekit-tmp-abc": true,
            "queue.json.casekit-tmp-\(dead)": true,
        ]
        for name in planted.keys { try Data("half".utf8).write(to: URL(fileURLWithPath: file(name))) }
        try casekit.ok("export", "--output", file("queue.json"))
        for (name, stays) in planted {
            #expect(FileManager.default.fileExists(atPath: file(name)) == stays, "\(name)")
        }
        try FileManager.default.removeItem(atPath: file(".other.json.casekit-tmp-\(alive)"))
        try Data("half".utf8).write(to: URL(fileURLWithPath: file(".queue.json.casekit-tmp-\(dead)")))
        try casekit.ok("backup", file("copy.sqlite3"))
        #expect(!FileManager.default.fileExists(atPath: file(".queue.json.casekit-tmp-\(dead)")))
        #expect(temporaryFiles() == [".notes.casekit-tmp-abc", "queue.json.casekit-tmp-\(dead)"])
    }
}
