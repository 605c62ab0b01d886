import Foundation
import Testing

/// A double-billed customer, told through a moving CASEKIT_NOW: open →
/// escalate → two customer updates (one late) → deescalate → resolve →
/// follow-up check-in → close. `today` is checked at every step.
@Suite struct ExtraInningsStoryTests {
    let casekit = CasekitBinary()

    func today(at now: String) throws -> (text: String, json: [String: Any]) {
        casekit.now = now
        return (try casekit.ok("today"), try casekit.json("today", "--json"))
    }

    func items(_ json: [String: Any], _ section: String) -> [[String: Any]] {
        json[section] as? [[String: Any]] ?? []
    }

    @Test func doubleBilledCustomerInExtraInnings() throws {
        // This agent works every day: the defaults count calendar days, so
        // the first update is owed on Sunday (WorkingDayTests tell the
        // working-week story).
        casekit.now = "2026-11-20T09:00"
        try casekit.ok("config", "set", "count-working-days", "no")
        // Friday morning: the case comes in.
        try casekit.ok("open", "Double charge on invoice", "--customer", "Acme Corp", "--ref", "ZD-4411",
                       "--next", "Call billing to confirm the overcharge", "--due", "today", "--context", "@phone")
        var day = try today(at: "2026-11-20T09:00")
        #expect(day.text == """
            Today, Fri 2026-11-20

            Due today (1)
              ID  WHEN   CUSTOMER   TITLE → OWED
               1  today  Acme Corp  Double charge on invoice → Call billing to confirm the overcharge @phone

            1 thing today · 1 active case

            """)

        // Billing can't refund without finance: extra innings.
        casekit.now = "2026-11-20T11:00"
        #expect(try casekit.ok("done", "1", "--note", "Billing confirms the double charge",
                               "--next", "Chase Billing for the refund approval", "--due", "wed").hasPrefix("case 1: done"))
        #expect(try casekit.ok("escalate", "1", "--to", "Billing", "--reason", "Refund needs finance approval")
            == "case 1: escalated to Billing; next customer update Sun (2026-11-22)\n")
        day = try today(at: "2026-11-20T11:00")
        #expect(day.text.hasPrefix("Today, Fri 2026-11-20\n\nNothing to do today · 1 active case\n"))
        #expect((day.json["counts"] as? [String: Int]) == ["things": 0, "overdue": 0, "active_cases": 1, "due_this_week": 1])

        // Sunday: the first customer update is owed today, and given.
        day = try today(at: "2026-11-22T09:00")
        #expect(day.text.contains("""
            Due today (1)
              ID  WHEN   CUSTOMER   TITLE → OWED
               1  today  Acme Corp  Double charge on invoice → update the customer (escalated to Billing)
            """))
        #expect(items(day.json, "updates_owed").first?["late"] is NSNull)
        #expect(try casekit.ok("checkin", "done", "1", "--note", "Told Dana finance is reviewing")
            == "case 1: check-in #1 done\ncase 1: next customer update Tue (2026-11-24)\n")
        day = try today(at: "2026-11-22T10:00")
        #expect(items(day.json, "updates_owed").isEmpty)

        // Wednesday: the second update is a day late, and the chase is due.
        day = try today(at: "2026-11-25T10:00")
        #expect(day.text.contains("   1  1d overdue  Acme Corp  Double charge on invoice → update the customer (escalated to Billing)\n"))
        #expect(day.text.contains("""
            Due today (1)
              ID  WHEN   CUSTOMER   TITLE → OWED
               1  today  Acme Corp  Double charge on invoice → Chase Billing for the refund approval
            """))
        #expect(day.text.hasSuffix("2 things today, 1 overdue · 1 active case\n"))
        let late = try #require(items(day.json, "updates_owed").first)
        #expect(late["late"] as? String == "1d overdue")
        #expect(late["due"] as? String == "2026-11-24")
        #expect(late["check_in"] as? Int == 2)
        try casekit.ok("checkin", "done", "1", "--note", "Apologized for the delay; approval expected Friday")
        try casekit.ok("done", "1", "--note", "Billing says approved")

        // Thursday: the answer came.
        casekit.now = "2026-11-26T14:00"
        #expect(try casekit.ok("deescalate", "1", "--note", "Finance approved the refund") == """
            case 1: back from extra innings, open
            What's next? casekit next 1 "ACTION" (e.g. "Call the customer with the answer")

            """)
        day = try today(at: "2026-11-26T14:00")
        #expect(items(day.json, "updates_owed").isEmpty)
        #expect(try casekit.ok("resolve", "1", "--note", "Refund of the duplicate charge issued")
            == "case 1: resolved; follow-up check-in #4 Sun (2026-11-29)\n")

        // Sunday: did the refund arrive?
        day = try today(at: "2026-11-29T09:00")
        #expect(day.text.contains("""
            Due today (1)
              ID  WHEN   CUSTOMER   TITLE → OWED
               1  today  Acme Corp  Double charge on invoice → follow-up: Did the fix hold?
            """))
        #expect(day.text.hasPrefix("Today, Sun 2026-11-29\nNo weekly review yet: casekit review\n\n"))
        #expect(day.text.hasSuffix("\n1 thing today · 0 active cases\n"))
        let refused = try casekit.run("close", "1")
        #expect(refused.isRefusal(1, mentioning: "pending follow-up check-in", "--force"))
        try casekit.ok("checkin", "done", "1", "--note", "Refund arrived, Dana is happy")
        #expect(try casekit.ok("close", "1") == "case 1: closed\n")
        day = try today(at: "2026-11-29T09:30")
        #expect(day.text == """
            Today, Sun 2026-11-29
            No weekly review yet: casekit review

            Nothing to do today · 0 active cases

            """)

        let kinds = try casekit.query("SELECT kind FROM events ORDER BY id") { $0.string(0) }
        #expect(kinds == ["opened", "next", "done", "next", "escalated", "checkin-scheduled",
                          "checkin-done", "checkin-scheduled", "checkin-done", "checkin-scheduled", "done",
                          "deescalated", "resolved", "checkin-scheduled", "checkin-done", "closed"])
    }

    @Test func plainCasekitIsToday() throws {
        try casekit.ok("open", "DNS outage on the portal", "--next", "Send the hosts-file workaround", "--due", "today")
        #expect(try casekit.ok() == (try casekit.ok("today")))
    }

    @Test func checkInListAndShow() throws {
        try casekit.ok("open", "DNS outage on the portal", "--customer", "Globex")
        try casekit.ok("checkin", "add", "1", "tomorrow", "--note", "Did the workaround help?", "--channel", "phone")
        try casekit.ok("checkin", "add", "1", "2026-12-10")
        #expect(try casekit.ok("checkin", "list", "--within", "3d") == """
            #  CASE  DUE       CHANNEL  CUSTOMER  TITLE → CHECK-IN
            1     1  tomorrow  phone    Globex    DNS outage on the portal → check-in: Did the workaround help?
            1 check-in

            """)
        let json = try casekit.json("checkin", "list", "--json")
        let listed = try #require(json["check_ins"] as? [[String: Any]])
        #expect(listed.map { $0["id"] as? Int } == [1, 2])
        #expect(listed.first?["purpose"] as? String == "check-in")
        #expect(try casekit.ok("checkin", "move", "1", "fri") == "case 1: check-in moved from 2026-11-23 to 2026-11-27 (now #3)\n")
        #expect(try casekit.ok("checkin", "skip", "1", "--checkin", "2") == "case 1: check-in #2 skipped\n")
        let show = try casekit.ok("show", "1")
        #expect(show.contains("  3  2026-11-27  pending  check-in  phone    Did the workaround help?\n"))
        #expect(try casekit.ok("checkin", "list", "--overdue") == "No pending check-ins. Schedule one with: casekit checkin add ID WHEN\n")
    }
}

@Suite struct ExtraInningsBadInputTests {
    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Open case")
        try casekit.ok("open", "Resolved case")
        try casekit.ok("resolve", "2", "--no-checkin")
        try casekit.ok("open", "Closed case")
        try casekit.ok("resolve", "3", "--no-checkin")
        try casekit.ok("close", "3")
        try casekit.ok("open", "Other case")
        try casekit.ok("checkin", "add", "4", "fri")
    }

    func expectRefused(_ arguments: String..., code: Int32, mentioning words: String...,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        try casekit.expectRefused(arguments, code: code, mentioning: words, sourceLocation: sourceLocation)
    }

    @Test func escalatingResolvedOrClosedCases() throws {
        try expectRefused("escalate", "2", "--to", "Billing", code: 1, mentioning: "is resolved", "casekit reopen 2")
        try expectRefused("escalate", "3", "--to", "Billing", code: 1, mentioning: "is closed")
    }

    @Test func deescalatingACaseThatIsNotEscalated() throws {
        try expectRefused("deescalate", "1", code: 1, mentioning: "is open", "casekit escalate 1 --to TEAM")
    }

    @Test func skipOrMoveWithoutAPendingCheckIn() throws {
        try expectRefused("checkin", "skip", "1", code: 1, mentioning: "no pending check-in", "checkin add 1")
        try expectRefused("checkin", "move", "1", "fri", code: 1, mentioning: "no pending check-in")
    }

    @Test func pickingAnotherCasesCheckIn() throws {
        try expectRefused("checkin", "done", "1", "--checkin", "1", code: 1, mentioning: "no check-in #1")
        try expectRefused("checkin", "skip", "1", "--checkin", "1", code: 1)
    }

    @Test func badCadences() throws {
        try expectRefused("escalate", "1", "--to", "Billing", "--update-every", "0d", code: 64, mentioning: "above zero")
        try expectRefused("escalate", "1", "--to", "Billing", "--update-every=-1d", code: 64, mentioning: "-1d")
        try expectRefused("escalate", "1", "--to", "Billing", "--update-every", "-1d", code: 64)
        try expectRefused("checkin", "list", "--within", "soon", code: 64, mentioning: "soon")
    }

    @Test func checkInOptionsThatContradict() throws {
        try expectRefused("resolve", "1", "--checkin", "fri", "--no-checkin", code: 64, mentioning: "--no-checkin")
        try expectRefused("checkin", "add", "3", "fri", code: 1, mentioning: "is closed")
    }

    @Test func aCheckInInThePastIsWarnedButKept() throws {
        let result = try casekit.run("checkin", "add", "1", "yesterday", "--note", "Call back as promised")
        #expect(result.code == 0)
        #expect(result.stdout == "case 1: check-in #2 scheduled for 2026-11-21 (1d overdue)\n")
        #expect(result.stderr == "casekit: warning: check-in #2 is scheduled in the past (2026-11-21)\n")
        #expect(try casekit.query("SELECT id, note, state FROM check_ins WHERE case_id = 1") {
            [String($0.int(0)), $0.string(1), $0.string(2)]
        } == [["2", "Call back as promised", "pending"]])
    }
}
