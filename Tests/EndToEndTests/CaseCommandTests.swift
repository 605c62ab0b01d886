import CaseKit
import Foundation
import Testing

@Suite struct CaseCommandTests {
    let casekit = CasekitBinary()

    @Test func aCaseFromOpenToCloseAndBack() throws {
        let opened = try casekit.run("open", "Double charge on invoice", "--customer", "Acme Corp", "--ref", "ZD-4411",
                                     "--next", "Call billing to confirm the overcharge", "--due", "tomorrow",
                                     "--context", "phone", "--priority", "high", "--tag", "billing", "--mood", "frustrated")
        #expect(opened.stdout == "1\n")
        #expect(opened.stderr.isEmpty)
        #expect(try casekit.ok("list") == """
            ID  STATUS  PRIORITY  DUE       CUSTOMER   CONTEXT  WAITS FOR  TITLE / NEXT ACTION
             1  open    high      tomorrow  Acme Corp  @phone   -          Double charge on invoice → Call billing to confirm the overcharge
            1 case

            """)

        casekit.now = "2026-11-24T10:00"
        #expect(try casekit.ok("list", "--overdue").contains("1d overdue"))
        #expect(try casekit.ok("done", "1", "--note", "Billing confirmed", "--next", "Email the refund ETA", "--due", "fri")
            == "case 1: done: Call billing to confirm the overcharge\ncase 1: next action: Email the refund ETA (due Fri)\n")
        #expect(try casekit.ok("note", "1", "Customer relieved", "--mood", "calm") == "case 1: note added\n")
        #expect(try casekit.ok("wait", "1", "--on", "customer") == "case 1: waiting on customer, follow up Fri (2026-11-27)\n")
        #expect(try casekit.ok("resume", "1", "--note", "Customer replied") == "case 1: open\n")
        #expect(try casekit.ok("resolve", "1", "--note", "Refund issued", "--no-checkin") == "case 1: resolved, no follow-up check-in\n")
        #expect(try casekit.ok("list") == "No cases match. Open one with: casekit open \"TITLE\" --next \"ACTION\"\n")
        #expect(try casekit.ok("close", "1") == "case 1: closed\n")
        #expect(try casekit.ok("reopen", "1") == "case 1: open\n")

        let show = try casekit.ok("show", "1")
        #expect(show.hasPrefix("#1  Double charge on invoice\n  status    open\n  priority  high\n  customer  Acme Corp\n"))
        // Resolving finished the pending action: the reopened case needs a new one.
        #expect(show.contains("Next action\n  none — set one: casekit next 1 \"ACTION\"\n"))
        #expect(show.contains("  2026-11-24 10:00  done              Email the refund ETA (finished: case resolved)\n"))
        #expect(show.contains("  2026-11-22 09:00  opened            Double charge on invoice  [frustrated]\n"))
        #expect(show.contains("  2026-11-24 10:00  done              Call billing to confirm the overcharge — Billing confirmed\n"))
        #expect(show.contains("  2026-11-24 10:00  reopened          reopened from closed\n"))

        let kinds = try casekit.query("SELECT kind FROM events WHERE case_id = 1 ORDER BY id") { $0.string(0) }
        #expect(kinds == ["opened", "next", "done", "next", "note", "waiting", "resumed", "done", "resolved", "closed", "reopened"])
    }

    @Test func listJSONHasTheDocumentedShape() throws {
        try casekit.ok("open", "VPN drops", "--customer", "Globex", "--next", "Ask for router logs", "--due", "2026-11-21",
                       "--tag", "network")
        let json = try casekit.json("list", "--json")
        #expect(json["version"] as? Int == 1)
        let item = try #require((json["cases"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["id", "uuid", "title", "customer", "ref", "priority", "status", "tags", "outcome",
                                   "waiting", "next_action", "created", "updated", "resolved", "update", "waits_for"])
        #expect(item["id"] as? Int == 1)
        #expect(item["tags"] as? [String] == ["network"])
        #expect(item["created"] as? String == "2026-11-22T09:00:00-05:00")
        let next = try #require(item["next_action"] as? [String: Any])
        #expect(next["due"] as? String == "2026-11-21")
        #expect(next["overdue"] as? Bool == true)
    }

    @Test func showJSONCarriesTheTimeline() throws {
        try casekit.ok("open", "VPN drops")
        try casekit.ok("note", "1", "Router rebooted", "--mood", "anxious")
        let json = try casekit.json("show", "1", "--json")
        let item = try #require(json["case"] as? [String: Any])
        let timeline = try #require(item["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["kind"] as? String } == ["opened", "note"])
        #expect(timeline.last?["mood"] as? String == "anxious")
        #expect(item["next_action"] is NSNull)
        #expect(item["check_ins"] as? [Any] != nil)
    }

    @Test func editAndListFilters() throws {
        try casekit.ok("open", "A", "--customer", "Acme", "--tag", "billing")
        try casekit.ok("open", "B", "--customer", "Globex", "--priority", "urgent")
        #expect(try casekit.ok("edit", "1", "--tag", "-billing", "--tag", "+vip", "--priority", "high")
            == "case 1: priority: normal → high; tag +vip; tag -billing\n")
        #expect(try casekit.ok("list", "--tag", "vip", "--sort", "id").contains(" 1  open"))
        #expect(!(try casekit.ok("list", "--customer", "globex")).contains(" 1  open"))
        let byPriority = try casekit.ok("list", "--sort", "priority").split(separator: "\n").map { $0.prefix(2) }
        #expect(byPriority == ["ID", " 2", " 1", "2 "])
        #expect(try casekit.ok("list", "--limit", "1").hasSuffix("1 case\n"))
    }

    @Test func pipedOutputHasNoColorAndIsNotCut() throws {
        let title = String(repeating: "long title ", count: 30)
        try casekit.ok("open", title)
        let list = try casekit.ok("list")
        #expect(!list.contains("\u{1B}["))
        #expect(list.contains(title))
    }

    @Test func twentyWritersAtOnceAllSucceed() throws {
        try casekit.ok("open", "Busy case")
        let runs = try (1...20).map { try casekit.start(["note", "1", "note \($0)"]) }
        for run in runs {
            _ = run.out.fileHandleForReading.readDataToEndOfFile()
            let err = run.err.fileHandleForReading.readDataToEndOfFile()
            run.process.waitUntilExit()
            #expect(run.process.terminationStatus == 0, "\(String(decoding: err, as: UTF8.self))")
        }
        let notes = try casekit.query("SELECT text FROM events WHERE kind = 'note'") { $0.string(0) }
        #expect(Set(notes) == Set((1...20).map { "note \($0)" }))
    }

    @Test func completionsPrintTheCommittedScripts() throws {
        for (shell, file) in [("bash", "casekit.bash"), ("zsh", "_casekit"), ("fish", "casekit.fish")] {
            let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../completions/\(file)").standardized
            let printed = try casekit.ok("completions", shell)
            #expect(printed == (try String(contentsOf: committed, encoding: .utf8)), "completions/\(file) is stale")
        }
    }
}

/// Before schema 7, `resolve` left the pending next action pending: such a
/// case was overdue for ever and its export was refused on import. Opening
/// the file finishes each such action as `resolve` does now.
@Suite struct FinishedActionsMigrationTests {
    let casekit = CasekitBinary()

    @Test func aResolvedCaseFromBeforeVersionSevenLosesItsPendingAction() throws {
        try casekit.ok("open", "Double charge", "--next", "Call billing", "--due", "2026-11-20")
        try casekit.ok("resolve", "1", "--no-checkin")
        // What an older casekit left behind: the action still pending, no event.
        try Database(path: casekit.database, mode: .readWrite).execute("""
            UPDATE next_actions SET state = 'pending', finished_at = NULL;
            DELETE FROM events WHERE kind = 'done';
            PRAGMA user_version = 6;
            """)
        casekit.now = "2026-11-25T09:00"
        #expect(try casekit.ok("list", "--all", "--overdue") == "No cases match these filters.\n")
        #expect(try casekit.query("SELECT state, finished_at = (SELECT resolved_at FROM cases) FROM next_actions") {
            "\($0.string(0)) \($0.int(1))"
        } == ["done 1"])
        #expect(try casekit.ok("show", "1").contains("  2026-11-22 09:00  done              Call billing (finished: case resolved)\n"))
        try casekit.ok("export", "--output", casekit.folder + "/queue.json")
        casekit.environment["CASEKIT_DB"] = casekit.folder + "/fresh.sqlite3"
        #expect(try casekit.ok("import", casekit.folder + "/queue.json").hasPrefix("added 1 case"))
    }
}
