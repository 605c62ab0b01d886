import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CaseKit

/// Each review rule on its own, against a real database.
@Suite struct ReviewRuleTests {
    let folder = TempFolder()

    func at(_ now: String) throws -> Store { try folder.store(now: now) }

    @discardableResult
    func open(_ title: String, at now: String = "2026-11-20T09:00", next: String? = nil, due: String? = nil,
              mood: Mood? = nil) throws -> Int64 {
        var draft = try CaseDraft(title: title)
        draft.customer = "Acme"
        draft.mood = mood
        draft.next = try next.map { try NextActionDraft(text: $0, due: due.map { .day(day($0)) }) }
        return try at(now).openCase(draft)
    }

    var reviewer: Store { get throws { try at("2026-11-22T09:00") } }

    @Test func staleAfterTheInterval() throws {
        let old = try open("Old", at: "2026-11-10T09:00", next: "Call the customer")
        try open("Recent", next: "Call the customer")
        let findings = try reviewer.staleCases(after: Policy.staleAfter)
        #expect(findings.map(\.caseID) == [old])
        #expect(findings.first?.reason == "no activity for 12 days")
        #expect(findings.first?.days == 12)
        #expect(try reviewer.staleCases(after: Interval(count: 2, unit: .weeks)).isEmpty)
    }

    @Test func noNextActionOnlyForOpenCases() throws {
        let bare = try open("Bare")
        let waiting = try open("Waiting")
        try at("2026-11-20T09:00").wait(waiting, on: "vendor", until: .day(day("2026-11-30")))
        try open("Has one", next: "Call the customer")
        #expect(try reviewer.casesWithoutNextAction().map(\.caseID) == [bare])
    }

    @Test func vagueNextActions() throws {
        let vague = try open("Battery", next: "Katie's battery")
        try open("Concrete", next: "Buy battery terminal cleaner")
        let findings = try reviewer.vagueNextActions()
        #expect(findings.map(\.caseID) == [vague])
        #expect(findings.first?.reason.contains("action verb") == true)
    }

    @Test func overdueActionsAndCheckIns() throws {
        let late = try open("Late", next: "Call the customer", due: "2026-11-20")
        let checkIn = try open("Check-in")
        try at("2026-11-20T09:00").addCheckIn(checkIn, CheckInDraft(due: .day(day("2026-11-21")), note: "Did it hold?", channel: nil))
        try open("Today", next: "Call the customer", due: "2026-11-22")
        let findings = try reviewer.overdueItems()
        #expect(findings.map(\.caseID) == [late, checkIn])
        #expect(findings.map(\.reason) == ["next action 2d overdue: Call the customer", "check-in 1d overdue: Did it hold?"])
    }

    @Test func updateOwedCountsFromTheLastContact() throws {
        let id = try open("Escalated", next: "Chase Billing")
        try at("2026-11-18T09:00").escalate(id, to: "Billing", reason: nil, every: Policy.updateCadence)
        var findings = try reviewer.updatesOwed()
        #expect(findings.map(\.caseID) == [id])
        #expect(findings.first?.reason == "customer update owed, 2d overdue (with Billing; escalated 2026-11-18, every 2bd)")
        try at("2026-11-21T09:00").completeCheckIn(id, note: "called", pick: nil)
        findings = try reviewer.updatesOwed()
        #expect(findings.isEmpty)
        // The overdue update check-in is this rule's, not "overdue"'s.
        try at("2026-11-18T09:00").escalate(try open("Other"), to: "Ops", reason: nil, every: Policy.updateCadence)
        #expect(try reviewer.overdueItems().isEmpty)
    }

    @Test func waitingTooLong() throws {
        let id = try open("Waiting", next: "Send logs")
        try at("2026-11-20T09:00").wait(id, on: "customer", until: .day(day("2026-11-21")))
        let other = try open("Not yet", next: "Send logs")
        try at("2026-11-20T09:00").wait(other, on: "customer", until: .day(day("2026-11-22")))
        #expect(try reviewer.waitingTooLong().map(\.reason) == ["waiting on customer, follow-up 1d overdue"])
    }

    @Test func resolvedWithoutFollowUp() throws {
        let skipped = try open("Skipped")
        try at("2026-11-20T09:00").resolve(skipped, note: nil, followUp: .day(day("2026-11-21")))
        try at("2026-11-21T09:00").skipCheckIn(skipped, note: nil)
        let pending = try open("Pending follow-up")
        try at("2026-11-20T09:00").resolve(pending, note: nil, followUp: .day(day("2026-11-25")))
        let done = try open("Done follow-up")
        try at("2026-11-20T09:00").resolve(done, note: nil, followUp: .day(day("2026-11-21")))
        try at("2026-11-21T09:00").completeCheckIn(done, note: "held", pick: nil)
        let declined = try open("Declined")
        try at("2026-11-20T09:00").resolve(declined, note: nil, followUp: nil)
        #expect(try reviewer.resolvedWithoutFollowUp().map(\.caseID) == [skipped])
    }

    @Test func upsetCustomerWithoutCheckIn() throws {
        let angry = try open("Angry", mood: .angry)
        let calmedDown = try open("Calmed down", mood: .frustrated)
        try at("2026-11-21T09:00").addNote(calmedDown, "Thanked us", mood: .happy)
        let covered = try open("Covered", mood: .anxious)
        try at("2026-11-20T09:00").addCheckIn(covered, CheckInDraft(due: .day(day("2026-11-24")), note: nil, channel: .phone))
        let findings = try reviewer.upsetWithoutCheckIn()
        #expect(findings.map(\.caseID) == [angry])
        #expect(findings.first?.reason == "customer angry, no check-in scheduled")
    }

    /// The latest mood is the timeline's, not the last one written: a note
    /// dated earlier (an injected clock, an import) does not replace it.
    @Test func latestMoodFollowsTheTimeline() throws {
        let id = try open("Moody", mood: .calm)
        try at("2026-11-21T09:00").addNote(id, "Shouted on the phone", mood: .angry)
        try at("2026-11-19T09:00").addNote(id, "Backdated: was fine on Thursday", mood: .calm)
        #expect(try reviewer.upsetWithoutCheckIn().map(\.reason) == ["customer angry, no check-in scheduled"])
        try at("2026-11-21T10:00").addNote(id, "Calmer now", mood: .confused)
        #expect(try reviewer.upsetWithoutCheckIn().isEmpty)
        try at("2026-11-21T11:00").addNote(id, "Plain note", mood: nil)
        #expect(try reviewer.database.firstRow("SELECT latest_mood FROM cases") { $0.string(0) } == "confused")
    }

    /// The latest mood has one writer, and both commands that add a mood
    /// (open and note) call it: each mood changes what the review calls
    /// upset, a note without one does not.
    @Test func everyCommandWithAMoodKeepsTheLatestMood() throws {
        let id = try open("Shouting", mood: .angry)
        func mood() throws -> String? {
            try reviewer.database.firstRow("SELECT latest_mood FROM cases WHERE id = ?", [id]) { $0.optionalString(0) } ?? nil
        }
        #expect(try mood() == "angry")
        try at("2026-11-21T10:00").addNote(id, "Still upset", mood: .frustrated)
        #expect(try mood() == "frustrated")
        try at("2026-11-21T11:00").addNote(id, "Plain note", mood: nil)
        #expect(try mood() == "frustrated")
        try at("2026-11-21T12:00").addNote(id, "Thanked us", mood: .happy)
        #expect(try mood() == "happy")
        #expect(try reviewer.upsetWithoutCheckIn().isEmpty)
    }

    /// The review reads on two connections while holding writers off; when
    /// it cannot (another process is writing, or the file is write-protected)
    /// it reads on one, at once and with the same findings.
    @Test func theReviewIsTheSameOnOneConnectionOrTwo() throws {
        try open("Old", at: "2026-11-10T09:00", next: "Call the customer")
        try open("Upset", next: "Call back about the refund", mood: .angry)
        let vague = try open("Vague", next: "Katie's battery")
        _ = try at("2026-11-12T09:00").escalate(vague, to: "Billing", reason: nil, every: Interval(count: 2, unit: .days))
        let both = try reviewer.review()
        #expect(Set(both.findings.map(\.kind)) == [.stale, .vagueNextAction, .upsetWithoutCheckIn, .updateOwed])

        let writer = try Database(path: folder.path + "/casekit.sqlite3", mode: .readWrite)
        try writer.execute("BEGIN IMMEDIATE")
        var started = timespec(), ended = timespec()
        clock_gettime(CLOCK_MONOTONIC, &started)
        let whileWriting = try reviewer.review()
        clock_gettime(CLOCK_MONOTONIC, &ended)
        #expect(ended.tv_sec - started.tv_sec < 2, "waited for the writer")
        try writer.execute("ROLLBACK")
        #expect(whileWriting.findings == both.findings)

        chmod(folder.path + "/casekit.sqlite3", 0o400)
        #expect(try reviewer.review().findings == both.findings)
    }

    @Test func reviewsAreRecordedAndRemindToday() throws {
        try open("Old", at: "2026-11-10T09:00", next: "Call the customer")
        #expect(try reviewer.agenda().reviewReminder == "No weekly review yet: casekit review")
        let store = try reviewer
        try store.markReviewed(try store.review())
        #expect(try store.review().lastReviewAt == local("2026-11-22T09:00"))
        #expect(try at("2026-11-29T09:00").agenda().reviewReminder == nil)
        #expect(try at("2026-11-30T09:00").agenda().reviewReminder == "Last weekly review was 8 days ago: casekit review")
        let counts = try store.database.firstRow("SELECT counts FROM reviews") { $0.string(0) }
        #expect(counts?.contains("\"stale\": 1") == true)
    }

    @Test func winsAreSinceTheLastReview() throws {
        let early = try open("Early")
        try at("2026-11-19T09:00").resolve(early, note: nil, followUp: nil)
        try reviewer.markReviewed(try reviewer.review())
        let late = try open("Late")
        try at("2026-11-23T09:00").resolve(late, note: nil, followUp: nil)
        #expect(try at("2026-11-24T09:00").review().wins.map(\.caseID) == [late])
    }

    @Test func reviewQueriesNeverScanTheEventsTable() throws {
        let store = try reviewer
        let queries = [
            Store.selectStale, Store.selectWithoutNextAction, Store.selectPendingActions, Store.selectDueActions,
            Store.selectDueCheckIns, Store.selectEscalationContact, Store.selectDueFollowUps,
            Store.selectResolvedWithoutFollowUp, Store.selectUpsetWithoutCheckIn, Store.selectWins,
            Store.selectUpsetCases, Store.selectCasesDue, Store.selectCaseLine, Store.selectAgendaFollowUps,
            Store.firstCases(indexedBy: "cases_unplanned", Store.undatedUrgentCases),
            Store.countActiveOfCustomer, Store.selectAgendaActions, Store.selectAgendaCheckIns,
            Store.countAgendaActions, Store.countAgendaCheckIns,
        ]
        for sql in queries {
            // Numbered parameters (?7) may repeat: the highest number is the count.
            let numbered = sql.matches(of: /\?(\d+)/).compactMap { Int($0.1) }
            let placeholders = numbered.max() ?? sql.filter { $0 == "?" }.count
            let plan = try store.database.rows("EXPLAIN QUERY PLAN " + sql, Array(repeating: 0, count: placeholders)) {
                $0.string(3)
            }
            // Events are aliased `v` in the review queries.
            let scans = plan.filter { $0.hasPrefix("SCAN events") || $0.hasPrefix("SCAN v") }
            #expect(scans.isEmpty, "full scan of events in: \(sql)\n\(plan.joined(separator: "\n"))")
            if sql.contains("FROM events v") {
                #expect(plan.contains { $0.hasPrefix("SEARCH v USING") && $0.contains("INDEX events_case") },
                        "events not searched by case index in: \(plan.joined(separator: "\n"))")
            }
        }
    }

    /// The agenda's dated streams walk a due-date index that holds their
    /// order (so LIMIT reads only what it shows), and every count and case
    /// section is read from one index alone, never from the rows.
    @Test func agendaSectionsReadTheirIndexes() throws {
        let store = try reviewer
        func plan(_ sql: String) throws -> [String] {
            let count = sql.matches(of: /\?(\d+)/).compactMap { Int($0.1) }.max() ?? 0
            return try store.database.rows("EXPLAIN QUERY PLAN " + sql, Array(repeating: 0, count: count)) { $0.string(3) }
        }
        for (sql, index) in [(Store.selectAgendaActions, "next_actions_due"), (Store.selectAgendaCheckIns, "check_ins_due"),
                             (Store.selectAgendaFollowUps, "cases_follow_up")] {
            let steps = try plan(sql)
            #expect(steps.contains { $0.contains("USING INDEX \(index)") }, "\(steps)")
            #expect(!steps.contains { $0.contains("TEMP B-TREE") }, "\(steps)")
        }
        let counts = [(Store.countAgendaActions, "next_actions_due"), (Store.countAgendaCheckIns, "check_ins_due"),
                      (Store.countCases(indexedBy: "cases_unplanned", Store.undatedUrgentCases), "cases_unplanned"),
                      (Store.countCases(indexedBy: "cases_unplanned", Store.withoutNextStepCases), "cases_unplanned"),
                      (Store.countCases(indexedBy: "cases_follow_up", Store.followUpDue), "cases_follow_up"),
                      (Store.selectUpsetCases, "cases_upset"), (Store.selectCasesDue, "next_actions_due"),
                      (Store.selectCasesDue, "check_ins_due")]
        for (sql, index) in counts {
            let steps = try plan(sql)
            #expect(steps.contains { $0.contains("USING COVERING INDEX \(index)") }, "\(steps)")
        }
    }
}
