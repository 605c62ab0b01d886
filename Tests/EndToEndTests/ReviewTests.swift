import Foundation
import Testing

/// A week of cases that produces each of the eight findings exactly once,
/// plus one clean case that produces none; reviewed on Sunday 2026-11-22.
@Suite struct ReviewTests {
    let casekit = CasekitBinary()

    init() throws {
        func at(_ now: String, _ arguments: String...) throws {
            casekit.now = now
            let result = try casekit.run(arguments)
            #expect(result.code == 0, "\(arguments): \(result.stderr)")
        }
        try at("2026-11-10T09:00", "open", "Invoice copy request", "--customer", "Umbrella",
               "--next", "Email the customer the invoice copy", "--due", "2026-12-01")             // 1 stale
        try at("2026-11-18T09:00", "open", "Refund needs approval", "--customer", "Acme Corp",
               "--next", "Chase Billing for the approval", "--due", "2026-11-26")
        try at("2026-11-18T09:00", "escalate", "2", "--to", "Billing")                            // 2 update owed
        try at("2026-11-18T10:00", "open", "Logs needed", "--customer", "Hooli",
               "--next", "Send the logs to engineering", "--due", "2026-11-28")
        try at("2026-11-18T10:00", "wait", "3", "--on", "customer", "--until", "2026-11-20")      // 3 waiting too long
        try at("2026-11-19T09:00", "open", "Callback promised", "--customer", "Initech",
               "--next", "Call the customer back", "--due", "2026-11-20")                         // 4 overdue
        try at("2026-11-19T09:00", "open", "Export fixed", "--customer", "Globex", "--next", "Deploy the export fix")
        try at("2026-11-20T09:00", "resolve", "5", "--checkin", "2026-11-21")
        try at("2026-11-21T09:00", "checkin", "skip", "5", "--note", "no answer")                 // 5 resolved, no follow-up
        try at("2026-11-20T09:00", "open", "Portal down again", "--customer", "Stark",
               "--next", "Email the customer the workaround", "--due", "2026-11-24", "--mood", "angry") // 6 upset
        try at("2026-11-20T09:00", "open", "Clean case", "--customer", "Wayne",
               "--next", "Call Dana about the refund", "--due", "2026-11-25", "--mood", "calm")   // 7 clean
        try at("2026-11-21T09:00", "open", "Nobody owns this", "--customer", "Oscorp")             // 8 no next action
        try at("2026-11-21T09:00", "open", "Battery issue", "--customer", "Cyberdyne", "--next", "Katie's battery") // 9 vague
        casekit.now = "2026-11-22T09:00"
    }

    @Test func textGroupsEachFindingMostUrgentFirst() throws {
        let text = try casekit.ok("review")
        let headings = text.split(separator: "\n").filter { $0.hasSuffix("(1)") }
        #expect(headings == [
            "Upset customer, no check-in (1)", "Extra innings, customer not updated (1)", "Overdue (1)",
            "Waiting too long (1)", "Resolved without follow-up (1)", "No next action (1)", "Vague next action (1)",
            "Stale (1)", "Wins since the last review (1)",
        ])
        #expect(text.contains("""
            Upset customer, no check-in (1)
              ID  CUSTOMER  TITLE              WHY
               6  Stark     Portal down again  customer angry, no check-in scheduled
            """))
        #expect(text.contains("   1  Umbrella  Invoice copy request  no activity for 12 days\n"))
        #expect(text.contains("   9  Cyberdyne  Battery issue  \"Katie's battery\" does not start with an action verb (call, email, send…)\n"))
        #expect(text.contains("8 findings on 8 cases, 8 active cases\n"))
        #expect(text.contains("  Wed 2026-11-25\n    #7 Wayne — Clean case: next action: Call Dana about the refund\n"))
        #expect(text.contains("  #5 Globex — Export fixed (resolved 2026-11-20)\n"))
        #expect(text.hasSuffix("Last review: never\n"))
        #expect(!text.split(separator: "\n").contains { $0.contains(" 7  Wayne") })
    }

    @Test func markdownHasHeadingsAndTables() throws {
        let markdown = try casekit.ok("review", "--format", "markdown")
        #expect(markdown.hasPrefix("# Weekly review, Sun 2026-11-22\n\nLast review: never. 8 findings on 8 cases, 8 active cases.\n"))
        #expect(markdown.contains("""
            ## Vague next action (1)

            | Case | Customer | Title | Why |
            |---:|---|---|---|
            | #9 | Cyberdyne | Battery issue | "Katie's battery" does not start with an action verb (call, email, send…) |
            """))
        #expect(markdown.contains("### Tue 2026-11-24\n\n- #6 Stark — Portal down again: next action: Email the customer the workaround\n"))
        #expect(markdown.contains("## Wins since the last review (1)\n\n- #5 Globex — Export fixed (resolved 2026-11-20)\n"))
    }

    @Test func jsonCountsEveryKindOnce() throws {
        let json = try casekit.json("review", "--format", "json")
        #expect(json["version"] as? Int == 1)
        #expect(json["stale_after"] as? String == "7d")
        #expect(json["last_review"] is NSNull)
        let counts = try #require(json["counts"] as? [String: Int])
        for kind in ["upset-no-checkin", "update-owed", "overdue", "waiting-too-long", "resolved-no-follow-up",
                     "no-next-action", "vague-next-action", "stale"] {
            #expect(counts[kind] == 1, "\(kind)")
        }
        #expect(counts["findings"] == 8 && counts["cases_with_findings"] == 8 && counts["active_cases"] == 8)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["case_id"] as? Int } == [6, 2, 4, 3, 5, 8, 9, 1])
        #expect(findings.last?["days"] as? Int == 12)
        #expect((json["coming"] as? [[String: Any]])?.map { $0["date"] as? String }
            == (22...28).map { "2026-11-\($0)" })
        #expect((json["wins"] as? [[String: Any]])?.first?["case_id"] as? Int == 5)
        #expect(try casekit.json("review", "--json")["findings"] as? [[String: Any]] != nil)
    }

    @Test func staleAfterIsAnInterval() throws {
        #expect(try casekit.json("review", "--json", "--stale-after", "2w")["findings"].map { ($0 as! [[String: Any]]).count } == 7)
        let refused = try casekit.run("review", "--stale-after", "0d")
        #expect(refused.isRefusal(64, mentioning: "above zero"))
    }

    @Test func walkThroughAPipe() throws {
        let answers = "c\ntomorrow\nDid the workaround help?\ns\nx\nn\nCall Dana with the status\n\nq\n"
        let walk = try casekit.run(["review", "--walk"], input: answers)
        #expect(walk.code == 0)
        #expect(walk.stdout.contains("""
            [1/8] #6 Stark — Portal down again
              upset customer, no check-in: customer angry, no check-in scheduled
              [n]ext action, [c]heck-in, [r]esolve, [s]kip, [q]uit > c
              When > tomorrow
              Purpose (empty for none) > Did the workaround help?
              ✓ check-in #3 tomorrow (2026-11-23)
            """))
        #expect(walk.stdout.contains("  answer n, c, r, s or q\n"))
        #expect(walk.stdout.hasSuffix("Walk over: 1 next action set, 1 check-in scheduled, 1 skipped.\n"))
        let pending = try casekit.query("SELECT text FROM next_actions WHERE case_id = 4 AND state = 'pending'") { $0.string(0) }
        #expect(pending == ["Call Dana with the status"])
        let json = try casekit.json("review", "--json")
        #expect((json["counts"] as? [String: Int])?["upset-no-checkin"] == 0)
        #expect((json["counts"] as? [String: Int])?["overdue"] == 0)
    }

    @Test func walkRefusalsAreShownAndAskedAgain() throws {
        // Case 5 is resolved: a next action is refused, then a check-in fixes it. Input ends early.
        let answers = "s\ns\ns\ns\nn\nCall Globex\n\nc\nmon\nDid the fix hold?\n"
        let walk = try casekit.run(["review", "--walk"], input: answers)
        #expect(walk.stdout.contains("  casekit: error: case #5 is resolved; this needs a case that is open or waiting or escalated (hint: reopen it first: casekit reopen 5)\n"))
        #expect(walk.stdout.contains("  ✓ check-in #3 tomorrow (2026-11-23)\n"))
        #expect(walk.stdout.hasSuffix("Walk over: 1 check-in scheduled, 4 skipped.\n"))
    }

    @Test func markReviewedFeedsWinsAndToday() throws {
        #expect(try casekit.ok("today").hasPrefix("Today, Sun 2026-11-22\nNo weekly review yet: casekit review\n\n"))
        let marked = try casekit.run("review", "--mark-reviewed")
        #expect(marked.code == 0 && marked.stderr == "casekit: review recorded\n")
        #expect(try casekit.ok("review").hasSuffix("Last review: 2026-11-22 (today)\n"))
        casekit.now = "2026-11-23T10:00"
        try casekit.ok("resolve", "7", "--note", "Refund confirmed")
        casekit.now = "2026-12-01T09:00"
        let review = try casekit.ok("review")
        #expect(review.contains("Wins since the last review (1)\n  #7 Wayne — Clean case (resolved 2026-11-23)\n"))
        #expect(review.hasSuffix("Last review: 2026-11-22 (9 days ago)\n"))
        #expect(try casekit.ok("today").hasPrefix("Today, Tue 2026-12-01\nLast weekly review was 9 days ago: casekit review\n\n"))
        #expect(try casekit.json("today", "--json")["review_reminder"] as? String == "Last weekly review was 9 days ago: casekit review")
    }
}
