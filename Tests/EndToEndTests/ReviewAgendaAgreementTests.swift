import Foundation
import Testing

/// The review and the agenda tell the same story: an escalated case with no
/// next action of the agent's own is a finding in both, a waiting case's
/// follow-up date is in the coming week as it is in the calendar feed, and
/// the review reminder is read first.
@Suite struct ReviewAgendaAgreementTests {
    let casekit = CasekitBinary()

    init() throws {
        casekit.now = "2026-11-20T09:00"
        try casekit.ok("open", "Portal down", "--customer", "Initech")
        try casekit.ok("escalate", "1", "--to", "Network Ops", "--update-every", "2d")
        try casekit.ok("open", "Refund", "--customer", "Acme Corp", "--next", "Call billing to confirm")
        try casekit.ok("wait", "2", "--on", "Globex IT", "--until", "2026-11-24")
        try casekit.ok("open", "Export broken", "--customer", "Umbrella", "--next", "Send the fixed build")
    }

    func findings(_ kind: String) throws -> [Int] {
        let review = try casekit.json("review", "--json")
        return (review["findings"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == kind }
            .map { $0["case_id"] as? Int ?? 0 }
    }

    func agendaIDs(_ section: String) throws -> [Int] {
        let agenda = try casekit.json("today", "--json")
        let items = (agenda["sections"] as? [[String: Any]] ?? []).first { $0["name"] as? String == section }?["items"]
        return (items as? [[String: Any]] ?? []).map { $0["case_id"] as? Int ?? 0 }
    }

    @Test func anEscalatedCaseWithoutANextActionIsAFindingAsOnTheAgenda() throws {
        #expect(try agendaIDs("no-next-action") == [1])
        #expect(try findings("no-next-action") == [1])
        let review = try casekit.ok("review")
        #expect(review.contains("escalated, but no next action: what is the very next physical step?"), "\(review)")
        try casekit.ok("next", "1", "Chase Network Ops for an ETA")
        #expect(try agendaIDs("no-next-action").isEmpty)
        #expect(try findings("no-next-action").isEmpty)
        // Open cases are found as before; waiting ones are snoozed in both.
        try casekit.ok("open", "New one", "--customer", "Hooli")
        #expect(try agendaIDs("no-next-action") == [4])
        #expect(try findings("no-next-action") == [4])
        #expect(try casekit.ok("review").contains("open, but no next action"))
    }

    /// The follow-up is in the coming week on its day, named as the agenda
    /// names it, and on the same date in the calendar feed; once it has come
    /// it is "waiting too long" instead.
    @Test func aWaitingCasesFollowUpIsInTheComingWeek() throws {
        let review = try casekit.json("review", "--json")
        let days = review["coming"] as? [[String: Any]] ?? []
        let tuesday = days.first { $0["date"] as? String == "2026-11-24" }?["items"] as? [[String: Any]] ?? []
        #expect(tuesday.map { $0["case_id"] as? Int } == [2])
        #expect(tuesday.first?["what"] as? String == "follow up: waiting on Globex IT")
        #expect(try casekit.ok("review").contains("  Tue 2026-11-24\n    #2 Acme Corp — Refund: follow up: waiting on Globex IT\n"))
        let feed = try casekit.ok("export", "--format", "ics")
        #expect(feed.contains("SUMMARY:Follow up: waiting on Globex IT (#2 Refund)"))
        #expect(feed.contains("DUE;VALUE=DATE:20261124"))

        // On the day: on the agenda, and still coming (a whole day is due
        // until its end), as a check-in due that day would be.
        casekit.now = "2026-11-24T08:00"
        #expect(try agendaIDs("follow-ups") == [2])
        #expect(try findings("waiting-too-long").isEmpty)
        func coming() throws -> [[String: Any]] {
            let days = try casekit.json("review", "--json")["coming"] as? [[String: Any]] ?? []
            return days.first?["items"] as? [[String: Any]] ?? []
        }
        #expect(try coming().map { $0["case_id"] as? Int } == [2])
        // A timed follow-up later today comes before the whole day's.
        try casekit.ok("wait", "3", "--on", "customer", "--until", "17:00")
        #expect(try coming().map { $0["what"] as? String } == ["follow up: waiting on customer", "follow up: waiting on Globex IT"])

        // The day after: waiting too long, no longer coming.
        casekit.now = "2026-11-25T08:00"
        #expect(try Set(findings("waiting-too-long")) == [2, 3])
        let week = (try casekit.json("review", "--json")["coming"] as? [[String: Any]] ?? [])
            .flatMap { $0["items"] as? [[String: Any]] ?? [] }
        #expect(week.isEmpty)
    }

    /// The reminder is the line under the title; `--json` is as it was.
    @Test func theReviewReminderIsReadFirst() throws {
        casekit.now = "2026-11-30T09:00"
        let agenda = try casekit.ok("today")
        #expect(agenda.hasPrefix("Today, Mon 2026-11-30\nNo weekly review yet: casekit review\n\n"), "\(agenda)")
        #expect(agenda.components(separatedBy: "No weekly review yet").count == 2)
        #expect(!agenda.hasSuffix("casekit review\n"))
        #expect(try casekit.json("today", "--json")["review_reminder"] as? String == "No weekly review yet: casekit review")
    }
}
