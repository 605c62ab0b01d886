import CaseKit
import Foundation
import Testing

/// Issue 12, items 1 and 3, as an agent lives them with a moving clock: a
/// skipped customer update keeps the cadence, a waiting case's next action
/// is snoozed until its follow-up date, and nothing of a finished case is
/// ever overdue. Each question is asked of the agenda, `list --overdue` and
/// the review, which must agree.
@Suite struct DailyRulesTests {
    let casekit = CasekitBinary()

    /// Case ids the agenda shows as overdue, as owing an update, and as due
    /// today.
    func agenda() throws -> (overdue: Set<Int>, updatesOwed: Set<Int>, dueToday: Set<Int>) {
        let json = try casekit.json("today", "--json")
        var overdue = Set<Int>(), owed = Set<Int>(), today = Set<Int>()
        for section in ["overdue_actions", "check_ins", "updates_owed", "follow_ups", "due_today"] {
            for item in json[section] as? [[String: Any]] ?? [] {
                let id = item["case_id"] as! Int
                if item["overdue"] as? Bool == true {
                    overdue.insert(id)
                    if section == "updates_owed" { owed.insert(id) }
                } else {
                    today.insert(id)
                }
            }
        }
        return (overdue, owed, today)
    }

    func review() throws -> (overdue: Set<Int>, updatesOwed: Set<Int>) {
        let findings = try casekit.json("review", "--format", "json")["findings"] as? [[String: Any]] ?? []
        func cases(_ kinds: Set<String>) -> Set<Int> {
            Set(findings.filter { kinds.contains($0["kind"] as! String) }.map { $0["case_id"] as! Int })
        }
        return (cases(["overdue", "update-owed", "waiting-too-long"]), cases(["update-owed"]))
    }

    func listedOverdue() throws -> Set<Int> {
        let cases = try casekit.json("list", "--overdue", "--json")["cases"] as? [[String: Any]] ?? []
        return Set(cases.map { $0["id"] as! Int })
    }

    /// Asks all three at `now` and expects them to agree on `overdue` and
    /// `owed`.
    func expectAgreement(at now: String, overdue: Set<Int>, owed: Set<Int> = [],
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        casekit.now = now
        let (agendaOverdue, agendaOwed, _) = try agenda()
        let (reviewOverdue, reviewOwed) = try review()
        #expect(agendaOverdue == overdue, "agenda at \(now)", sourceLocation: sourceLocation)
        #expect(reviewOverdue == overdue, "review at \(now)", sourceLocation: sourceLocation)
        #expect(try listedOverdue() == overdue, "list --overdue at \(now)", sourceLocation: sourceLocation)
        #expect(agendaOwed == owed, "agenda's updates owed at \(now)", sourceLocation: sourceLocation)
        #expect(reviewOwed == owed, "review's updates owed at \(now)", sourceLocation: sourceLocation)
    }

    func pendingUpdates() throws -> [String] {
        try casekit.query("SELECT date(due_at - 1, 'unixepoch') FROM check_ins WHERE purpose = 'update' AND state = 'pending'") {
            $0.string(0)
        }
    }

    @Test func skippedUpdateWithTwoDayCadence() throws {
        try casekit.ok("open", "VPN drops every hour", "--customer", "Globex", "--next", "Chase Network Ops for the log review", "--due", "2026-12-04")
        try casekit.ok("escalate", "1", "--to", "Network Ops", "--update-every", "2d")
        #expect(try pendingUpdates() == ["2026-11-24"])
        // Sunday: the agent skips Tuesday's update (they spoke to the customer
        // on another channel); the next one is owed Thursday, not Tuesday again.
        #expect(try casekit.ok("checkin", "skip", "1", "--note", "Called them on Sunday") == "case 1: check-in #1 skipped\n")
        #expect(try pendingUpdates() == ["2026-11-26"])
        // Two days later both the agenda and the review stay quiet…
        try expectAgreement(at: "2026-11-24T09:00", overdue: [])
        // …and on Friday both say the update is owed.
        try expectAgreement(at: "2026-11-27T09:00", overdue: [1], owed: [1])
        let line = try casekit.ok("today")
        #expect(line.contains("1d overdue  Globex    VPN drops every hour → update the customer (escalated to Network Ops)"))
    }

    @Test func skippedUpdateWithOneDayCadenceIsNotOwedTheSameDay() throws {
        try casekit.ok("open", "Invoices missing VAT", "--customer", "Acme", "--next", "Ask billing for corrected invoices")
        try casekit.ok("escalate", "1", "--to", "Billing", "--update-every", "1d")
        #expect(try pendingUpdates() == ["2026-11-23"])
        // Skipping Monday's update on Sunday: Tuesday's is next (the old
        // rule owed it on Monday again).
        try casekit.ok("checkin", "skip", "1")
        #expect(try pendingUpdates() == ["2026-11-24"])
        // Skipping Tuesday's on Tuesday: Wednesday's.
        casekit.now = "2026-11-24T16:00"
        try casekit.ok("checkin", "skip", "1")
        #expect(try pendingUpdates() == ["2026-11-25"])
        try expectAgreement(at: "2026-11-25T09:00", overdue: [])
        try expectAgreement(at: "2026-11-26T09:00", overdue: [1], owed: [1])
        // A long-late update skipped: a cadence after it is past already, so
        // the next is owed a cadence from now, never in the past.
        casekit.now = "2026-11-29T10:00"
        try casekit.ok("checkin", "skip", "1")
        #expect(try pendingUpdates() == ["2026-11-30"])
        try expectAgreement(at: "2026-11-29T11:00", overdue: [])
    }

    @Test func timedCadenceSkipKeepsTheClock() throws {
        try casekit.ok("open", "SSO login loop", "--customer", "Initech")
        casekit.now = "2026-11-22T09:30"
        try casekit.ok("escalate", "1", "--to", "Identity", "--update-every", "12h")
        let due = { try self.casekit.query("SELECT due_at FROM check_ins WHERE state = 'pending'") { $0.int(0) } }
        let first = try due()
        casekit.now = "2026-11-22T10:00"
        try casekit.ok("checkin", "skip", "1")
        #expect(try due() == first.map { $0 + 12 * 3600 })
        try expectAgreement(at: "2026-11-23T09:29", overdue: [])
        try expectAgreement(at: "2026-11-23T09:30", overdue: [1], owed: [1])
    }

    /// `list` sorts a waiting case by the follow-up date it shows, not by
    /// its snoozed action's date, with or without a limit.
    @Test func listSortsAWaitingCaseByItsFollowUp() throws {
        casekit.now = "2026-11-20T09:00"
        try casekit.ok("open", "A", "--next", "Call a", "--due", "yesterday")
        try casekit.ok("open", "B", "--next", "Call b", "--due", "today")
        try casekit.ok("open", "C", "--next", "Call c", "--due", "tomorrow")
        try casekit.ok("wait", "1", "--on", "Globex IT", "--until", "+5d")
        try casekit.ok("open", "D", "--next", "Call d")
        func ids(_ arguments: String...) throws -> [Int] {
            let output = try casekit.run(["list", "--json"] + arguments)
            let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
            return (json?["cases"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
        }
        #expect(try ids() == [2, 3, 1, 4])
        #expect(try ids("--limit", "1") == [2])
        #expect(try ids("--status", "waiting") == [1])
        casekit.now = "2026-11-26T09:00"
        #expect(try ids("--overdue") == [2, 3, 1])
    }

    /// One long "waiting on …" is shortened on a terminal-wide table rather
    /// than pushing CONTEXT and WAITS FOR off every row.
    @Test func aLongWaitDoesNotHideTheColumns() throws {
        try casekit.ok("open", "Printer offline", "--customer", "Initech", "--next", "Call Bob about the printer",
                       "--due", "today", "--context", "@phone")
        try casekit.ok("open", "VPN drops every hour", "--customer", "Globex", "--next", "Send logs to the network team",
                       "--context", "@email")
        try casekit.ok("wait", "2", "--on", "Globex IT, second-level network team (their ticket 4411)")
        casekit.environment["COLUMNS"] = "140"
        let lines = try casekit.ok("list").split(separator: "\n")
        #expect(lines[0].contains("CONTEXT") && lines[0].contains("WAITS FOR"), "\(lines)")
        let waiting = try #require(lines.first { $0.contains("VPN drops") })
        #expect(waiting.contains("waiting on Globex IT, second-level") && waiting.contains("…"), "\(waiting)")
        #expect(waiting.contains("Send logs to the network team") && waiting.count <= 140, "\(waiting)")
        casekit.environment["COLUMNS"] = nil
        #expect(try casekit.ok("list").contains("(their ticket 4411)"))
    }

    @Test func waitingSnoozesTheNextAction() throws {
        try casekit.ok("open", "Wi-Fi drops in the east wing", "--customer", "Globex", "--next", "Call Globex IT about the AP logs",
                       "--due", "today", "--context", "@phone")
        try casekit.ok("open", "Dashboard slow", "--customer", "Acme", "--next", "Email Acme the cache workaround", "--due", "mon")
        casekit.now = "2026-11-22T11:00"
        try casekit.ok("wait", "1", "--on", "Globex IT", "--until", "thu")

        // Sunday: waiting, so its action due today is not on the agenda.
        casekit.now = "2026-11-22T12:00"
        var day = try agenda()
        #expect(day.dueToday.isEmpty)
        #expect(try casekit.ok("today").contains("Nothing to do today"))
        // Tuesday: both actions are past their dates; only Acme's counts.
        try expectAgreement(at: "2026-11-24T09:00", overdue: [2])
        let list = try casekit.ok("list")
        let row = try #require(list.split(separator: "\n").first { $0.hasPrefix(" 1 ") })
        #expect(row.contains("Thu") && row.contains("@phone") && row.contains("waiting on Globex IT until Thu"))
        #expect(!row.contains("overdue"))
        let json = try casekit.json("list", "--json")["cases"] as! [[String: Any]]
        let waiting = try #require(json.first { $0["id"] as? Int == 1 })
        #expect(waiting["waits_for"] as? String == "waiting on Globex IT until Thu")
        let next = try #require(waiting["next_action"] as? [String: Any])
        #expect(next["overdue"] as? Bool == false)
        #expect(next["snoozed"] as? Bool == true)
        // The calendar carries the follow-up in place of the snoozed action.
        let calendar = try casekit.ok("export", "--format", "ics")
        #expect(!calendar.contains("Call Globex IT"))
        #expect(calendar.contains("Email Acme"))
        let uuid = try casekit.query("SELECT uuid FROM cases WHERE id = 1") { $0.string(0) }[0]
        let followUp = try #require(calendar.components(separatedBy: "BEGIN:VTODO").first { $0.contains(uuid) })
        #expect(followUp.contains("UID:\(uuid)-follow-up@casekit\r\n"))
        #expect(followUp.contains("SUMMARY:Follow up: waiting on Globex IT"))
        #expect(followUp.contains("DUE;VALUE=DATE:20261126\r\n"))

        // Thursday: the case comes back with its follow-up, not its action.
        casekit.now = "2026-11-26T09:00"
        day = try agenda()
        let today = try casekit.json("today", "--json")
        #expect((today["follow_ups"] as? [[String: Any]])?.map { $0["case_id"] as! Int } == [1])
        #expect((today["overdue_actions"] as? [[String: Any]])?.map { $0["case_id"] as! Int } == [2])
        // Friday: the follow-up is late; all three say so.
        try expectAgreement(at: "2026-11-27T09:00", overdue: [1, 2])
        // The answer came: resume, and the action counts again (overdue).
        try casekit.ok("resume", "1", "--note", "Globex IT sent the logs")
        try expectAgreement(at: "2026-11-27T09:05", overdue: [1, 2])
        #expect(try casekit.ok("today").contains("Wi-Fi drops in the east wing → Call Globex IT about the AP logs @phone"))
    }

    @Test func escalatedCaseSaysWhenTheUpdateIsDue() throws {
        try casekit.ok("open", "Packet loss on the MPLS link", "--customer", "Initech", "--next", "Send the traceroutes to Network Ops",
                       "--context", "@email")
        try casekit.ok("escalate", "1", "--to", "Network Ops", "--update-every", "1d")
        let list = try casekit.ok("list")
        #expect(list.contains("@email") && list.contains("update due tomorrow (Network Ops)"))
        let row = try #require((try casekit.json("list", "--json")["cases"] as! [[String: Any]]).first)
        let update = try #require(row["update"] as? [String: Any])
        #expect(update["team"] as? String == "Network Ops")
        #expect(update["due"] as? String == "2026-11-23")
        #expect(row["waits_for"] as? String == "update due tomorrow (Network Ops)")
        casekit.now = "2026-11-24T09:00"
        #expect(try casekit.ok("list").contains("update 1d overdue (Network Ops)"))
    }

    @Test func finishedCasesAreNeverOverdue() throws {
        try casekit.ok("open", "Refund for the duplicate charge", "--customer", "Acme", "--next", "Call billing about the refund", "--due", "today")
        try casekit.ok("open", "Export fails on large reports", "--next", "Send the export to engineering", "--due", "today")
        try expectAgreement(at: "2026-11-25T09:00", overdue: [1, 2])
        try casekit.ok("resolve", "1", "--no-checkin")
        try casekit.ok("resolve", "2", "--checkin", "2026-11-26")
        try expectAgreement(at: "2026-11-25T10:00", overdue: [])
        // The follow-up check-in of a resolved case is owed like any other,
        // and `list --overdue` shows it without --all.
        try expectAgreement(at: "2026-11-27T09:00", overdue: [2])
        try casekit.ok("close", "1")
        try casekit.ok("close", "2", "--force")
        try expectAgreement(at: "2026-11-27T10:00", overdue: [])
        #expect((try casekit.json("list", "--overdue", "--all", "--json")["cases"] as? [[String: Any]])?.isEmpty == true)
        let closed = try casekit.query("SELECT text FROM events WHERE kind = 'closed' ORDER BY id") { $0.string(0) }
        #expect(closed == ["closed", "closed (1 pending check-in skipped)"])
        let finished = try casekit.query("SELECT text FROM events WHERE kind = 'done' ORDER BY id") { $0.string(0) }
        #expect(finished == ["Call billing about the refund (finished: case resolved)",
                             "Send the export to engineering (finished: case resolved)"])
    }
}

extension DailyRulesTests {
    /// The new columns show stored text: who a case waits on, the team, the
    /// context. On the terminal each control and bidi mark is a visible
    /// stand-in; JSON keeps the text exactly.
    @Test func waitsForAndContextShowHostileTextAsStandIns() throws {
        let hostile = "IT\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}tac"
        try casekit.ok("open", "Laptop", "--next", "Call the helpdesk", "--context", "@x")
        try casekit.ok("open", "Mail", "--next", "Email the team")
        // `--context` refuses controls; an older casekit's export could bring one.
        try Database(path: casekit.database, mode: .readWrite).run("UPDATE next_actions SET context = ? WHERE case_id = 1", "@x\u{1B}[31m")
        try casekit.ok("wait", "1", "--on", hostile, "--until", "fri")
        try casekit.ok("escalate", "2", "--to", "Ops\u{9B}31m\u{2066}")
        let list = try casekit.ok("list")
        #expect(!list.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{2066}" })
        #expect(list.contains("waiting on IT␛[2J␛]0;pwned␇<U+202E>tac until Fri"))
        #expect(list.contains("@x␛[31m"))
        #expect(list.contains("update due Tue (Ops<U+009B>31m<U+2066>)"))
        let cases = try casekit.json("list", "--json")["cases"] as! [[String: Any]]
        #expect(cases.first { $0["id"] as? Int == 1 }?["waits_for"] as? String == "waiting on \(hostile) until Fri")
        #expect((cases.first { $0["id"] as? Int == 2 }?["update"] as? [String: Any])?["team"] as? String == "Ops\u{9B}31m\u{2066}")
    }
}
