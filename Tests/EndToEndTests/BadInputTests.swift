import CaseKit
import Foundation
import Testing

/// Each refusal: one `casekit: error:` line with a hint, the spec's exit code,
/// and the database byte for byte as it was.
@Suite struct BadInputTests {
    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Existing case", "--next", "Call the customer back")
    }

    func expectRefused(_ arguments: [String], code: Int32, mentioning words: String...,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        try casekit.expectRefused(arguments, code: code, mentioning: words, sourceLocation: sourceLocation)
    }

    @Test func unknownCase() throws {
        try expectRefused(["show", "42"], code: 1, mentioning: "no case #42", "list --all")
        try expectRefused(["note", "42", "hello"], code: 1, mentioning: "no case #42")
    }

    @Test func emptyOrBlankTitle() throws {
        try expectRefused(["open", ""], code: 64, mentioning: "title is empty")
        try expectRefused(["open", "   \t "], code: 64, mentioning: "title is empty")
    }

    @Test func unreadableWhen() throws {
        try expectRefused(["next", "1", "Call back", "--due", "next blursday"], code: 64,
                          mentioning: "next blursday", "tomorrow", "2026-11-27T14:30")
        try expectRefused(["wait", "1", "--on", "customer", "--until", "2026-02-30"], code: 64)
    }

    /// A WHEN or INTERVAL that is none of the accepted forms is refused while
    /// the command line is read: the error names the option it was given to
    /// and lists the forms, whichever command took it.
    @Test func unreadableWhenOrIntervalNamesItsOption() throws {
        let whenForms = ["tomorrow", "eom", "2026-11-27T14:30"]
        let refusals: [([String], [String])] = [
            (["open", "X", "--next", "Call back", "--due", "soonish"], ["'soonish'", "--due <when>"] + whenForms),
            (["next", "1", "Call back", "--due", "0d"], ["'0d'", "--due <when>"] + whenForms),
            (["done", "1", "--next", "Call back", "--due=-3d"], ["'-3d'", "--due <when>"] + whenForms),
            (["wait", "1", "--on", "customer", "--until", "2026-13-01"], ["'2026-13-01'", "--until <when>"] + whenForms),
            (["resolve", "1", "--checkin", "fri 25:00"], ["'fri 25:00'", "--checkin <when>"] + whenForms),
            (["checkin", "add", "1", "nextweek"], ["'nextweek'", "<when>"] + whenForms),
            (["checkin", "move", "1", "12x"], ["'12x'", "<when>"] + whenForms),
            (["escalate", "1", "--to", "Billing", "--update-every", "2 days"], ["'2 days'", "--update-every <interval>", "12h, 3d, 2bd, 2w or 1m"]),
            (["review", "--stale-after", "10001d"], ["'10001d'", "--stale-after <interval>", "at most 10000"]),
            (["checkin", "list", "--within", "tomorrow"], ["'tomorrow'", "--within <interval>", "12h, 3d, 2bd, 2w or 1m"]),
        ]
        for (arguments, words) in refusals {
            try casekit.expectRefused(arguments, code: 64, mentioning: words)
        }
    }

    /// `--due` and `--context` describe the action `--next` sets: alone they
    /// are refused, on every command that shares them.
    @Test func dueOrContextWithoutNext() throws {
        try expectRefused(["open", "X", "--due", "tomorrow"], code: 64, mentioning: "describe the next action", "add --next")
        try expectRefused(["open", "X", "--context", "@phone"], code: 64, mentioning: "describe the next action")
        try expectRefused(["done", "1", "--due", "fri", "--context", "@email"], code: 64,
                          mentioning: "describe the following action", "add --next")
    }

    @Test func unknownPriorityMoodStatus() throws {
        try expectRefused(["open", "X", "--priority", "whenever"], code: 64, mentioning: "whenever", "--priority")
        try expectRefused(["note", "1", "hi", "--mood", "sleepy"], code: 64, mentioning: "sleepy")
        try expectRefused(["list", "--status", "lost"], code: 64, mentioning: "lost")
        try expectRefused(["show", "abc"], code: 64, mentioning: "abc")
    }

    @Test func illegalTransitions() throws {
        try expectRefused(["close", "1"], code: 1, mentioning: "is open", "casekit resolve 1")
        try expectRefused(["reopen", "1"], code: 1, mentioning: "is open")
        try casekit.ok("done", "1")
        try expectRefused(["done", "1"], code: 1, mentioning: "no pending next action", "casekit next 1")
    }

    @Test func badCasekitNow() throws {
        casekit.now = "yesterday-ish"
        try expectRefused(["list"], code: 64, mentioning: "CASEKIT_NOW")
    }

    @Test func hostileTitlesAreStoredAndShownVerbatim() throws {
        let titles = ["He said \"it's broken\" 'twice'", "'; DROP TABLE cases; --", "Refund 💸🙂 please",
                      "الفاتورة مكررة", String(repeating: "é", count: 10_000)]
        for (offset, title) in titles.enumerated() {
            #expect(try casekit.ok("open", title) == "\(offset + 2)\n")
            let json = try casekit.json("show", String(offset + 2), "--json")
            #expect((json["case"] as? [String: Any])?["title"] as? String == title)
            #expect(try casekit.ok("show", String(offset + 2)).contains(title))
        }
        let stored = try casekit.query("SELECT title FROM cases WHERE id > 1 ORDER BY id") { $0.string(0) }
        #expect(stored == titles)
    }

    @Test func databaseIsAFolder() throws {
        try expectRefused(["list", "--db", casekit.folder], code: 74, mentioning: "is a folder")
    }

    @Test func databaseIsNotSQLite() throws {
        let path = casekit.folder + "/notes.txt"
        let text = Data(String(repeating: "not a database\n", count: 100).utf8)
        FileManager.default.createFile(atPath: path, contents: text)
        try expectRefused(["list", "--db", path], code: 74, mentioning: "not a casekit database")
        try expectRefused(["open", "X", "--db", path], code: 74)
        #expect(casekit.bytes(path) == text)
    }

    @Test func databaseIsReadOnly() throws {
        chmod(casekit.database, 0o400)
        try expectRefused(["note", "1", "hello"], code: 74, mentioning: "read-only", "chmod")
        #expect(try casekit.run("list").code == 0)
    }

    @Test func databaseFromANewerCasekit() throws {
        let path = casekit.folder + "/newer.sqlite3"
        try Database(path: path, mode: .readWriteCreate).execute("CREATE TABLE t (x); PRAGMA user_version = 99; PRAGMA application_id = 1129007444")
        let before = casekit.bytes(path)
        try expectRefused(["list", "--db", path], code: 74, mentioning: "newer casekit")
        try expectRefused(["open", "X", "--db", path], code: 74, mentioning: "newer casekit")
        #expect(casekit.bytes(path) == before)
    }
}
