import Testing
@testable import CaseKit

@Suite struct CaseLifecycleTests {
    let folder = TempFolder()

    func draft(_ title: String, next: String? = nil, due: Due? = nil) throws -> CaseDraft {
        var draft = try CaseDraft(title: title)
        draft.next = try next.map { try NextActionDraft(text: $0, due: due) }
        return draft
    }

    @Test func openStoresEveryFieldAndTheFirstEvent() throws {
        let store = try folder.store()
        var draft = try draft("Double charge on invoice", next: "Call billing to confirm the overcharge", due: .day(day("2026-11-23")))
        draft.customer = "Acme Corp"
        draft.ref = "ZD-4411"
        draft.priority = .high
        draft.tags = ["vip", "billing"]
        draft.outcome = "Refund confirmed by the customer"
        draft.mood = .frustrated
        draft.next?.context = try FieldRules.context("phone")
        let id = try store.openCase(draft)
        let detail = try store.detail(id)
        #expect(detail.case.title == "Double charge on invoice")
        #expect(detail.case.customer == "Acme Corp")
        #expect(detail.case.priority == .high)
        #expect(detail.case.tags == ["billing", "vip"])
        #expect(detail.case.status == .open)
        #expect(detail.case.createdAt == local("2026-11-22T09:00"))
        #expect(detail.nextAction?.text == "Call billing to confirm the overcharge")
        #expect(detail.nextAction?.context == "@phone")
        #expect(detail.nextAction?.due == .day(day("2026-11-23")))
        #expect(detail.events.map(\.kind) == [.opened, .next])
        #expect(detail.events.first?.mood == .frustrated)
    }

    /// An id names one case for good: a new case gets an id larger than any
    /// before it, even after the latest case was closed, and writes to cases
    /// never renumber them.
    @Test func idsAreStableAndNeverReused() throws {
        let store = try folder.store()
        let first = try store.openCase(draft("One"))
        let second = try store.openCase(draft("Two"))
        #expect(second > first)
        try store.addNote(first, "Called the customer", mood: nil)
        try store.resolve(second, note: nil, followUp: nil)
        try store.close(second)
        let third = try store.openCase(draft("Three"))
        #expect(third > second)
        #expect(try [first, second, third].map { try store.detail($0).case.title } == ["One", "Two", "Three"])
        #expect(try store.detail(second).case.status == .closed)
    }

    @Test func titlesAreStoredVerbatim() throws {
        let store = try folder.store()
        let titles = [
            "Robert'); DROP TABLE cases;--", "He said \"refund\" 🙂👍🏽", "مشكلة في الفاتورة", String(repeating: "x", count: 10_000),
        ]
        for title in titles {
            let id = try store.openCase(draft(title))
            #expect(try store.detail(id).case.title == title)
        }
        #expect(try store.listCases(CaseFilter()).count == 4)
    }

    @Test func emptyTitlesAreRefused() {
        #expect(throws: CaseKitError.self) { try CaseDraft(title: "   \n\t") }
    }

    @Test func aNewNextActionReplacesThePendingOne() throws {
        let store = try folder.store()
        let id = try store.openCase(draft("VPN drops", next: "Ask for the router logs"))
        try store.setNextAction(id, NextActionDraft(text: "Call the customer about the router logs"))
        let states = try store.database.rows("SELECT text, state FROM next_actions WHERE case_id = ? ORDER BY id", [id]) {
            "\($0.string(0))=\($0.string(1))"
        }
        #expect(states == ["Ask for the router logs=replaced", "Call the customer about the router logs=pending"])
    }

    @Test func doneCompletesAndSetsWhatIsNext() throws {
        let store = try folder.store()
        let id = try store.openCase(draft("VPN drops", next: "Ask for the router logs"))
        let result = try store.completeNextAction(id, note: "logs received", then: NextActionDraft(text: "Send logs to network team"))
        #expect(result.done.state == .done)
        #expect(try store.detail(id).nextAction?.text == "Send logs to network team")
        #expect(try store.detail(id).events.map(\.text).contains("Ask for the router logs — logs received"))
        _ = try store.completeNextAction(id, note: nil, then: nil)
        #expect {
            try store.completeNextAction(id, note: nil, then: nil)
        } throws: { error in
            (error as? CaseKitError)?.exitCode == 1
        }
    }

    @Test func lifecycleTransitions() throws {
        let store = try folder.store()
        let id = try store.openCase(draft("Export fails"))
        try store.wait(id, on: "customer", until: .day(day("2026-11-25")))
        #expect(try store.detail(id).case.status == .waiting)
        #expect(try store.detail(id).case.followUp == .day(day("2026-11-25")))
        try store.resume(id, note: "customer replied")
        #expect(try store.detail(id).case.status == .open)
        try store.resolve(id, note: "patched", followUp: nil)
        #expect(try store.detail(id).case.resolvedAt == local("2026-11-22T09:00"))
        try store.close(id)
        try store.reopen(id)
        let detail = try store.detail(id)
        #expect(detail.case.status == .open)
        #expect(detail.case.resolvedAt == nil)
        #expect(detail.events.map(\.kind) == [.opened, .waiting, .resumed, .resolved, .closed, .reopened])
    }

    @Test(arguments: [
        (CaseStatus.open, Transition.close), (.open, .reopen), (.open, .resume), (.open, .deescalate),
        (.resolved, .wait), (.resolved, .resolve), (.closed, .act), (.closed, .close), (.closed, .schedule),
        (.resolved, .escalate), (.open, .deescalate),
    ])
    func illegalTransitionsAreDomainErrorsWithAHint(status: CaseStatus, transition: Transition) {
        #expect {
            try transition.check(status, caseID: 7)
        } throws: { error in
            let failure = error as? CaseKitError
            return failure?.exitCode == 1 && failure!.message.hasPrefix("case #7 is \(status.rawValue)")
                && failure!.hint.contains("7")
        }
    }

    @Test func refusedWritesChangeNothing() throws {
        let store = try folder.store()
        let id = try store.openCase(draft("Export fails"))
        let events = try store.database.int("SELECT count(*) FROM events")
        #expect(throws: CaseKitError.self) { try store.close(id) }
        #expect(throws: CaseKitError.self) { try store.addNote(99, "hello", mood: nil) }
        #expect(try store.database.int("SELECT count(*) FROM events") == events)
        #expect(try store.detail(id).case.status == .open)
    }

    @Test func editChangesFieldsAndTags() throws {
        let store = try folder.store()
        var first = try draft("Export fails")
        first.tags = ["billing"]
        first.customer = "Acme"
        let id = try store.openCase(first)
        var changes = CaseChanges()
        changes.priority = .urgent
        changes.customer = ""
        changes.addTags = ["vip"]
        changes.removeTags = ["billing"]
        let summary = try store.edit(id, changes)
        #expect(summary == "customer: Acme → none; priority: normal → urgent; tag +vip; tag -billing")
        let edited = try store.detail(id).case
        #expect(edited.customer == nil)
        #expect(edited.tags == ["vip"])
        #expect(throws: CaseKitError.self) { try store.edit(id, CaseChanges()) }
    }

    @Test func notesKeepTheMood() throws {
        let store = try folder.store()
        let id = try store.openCase(draft("Export fails"))
        try store.addNote(id, "Third time this week", mood: .angry)
        #expect(try store.detail(id).events.last == Event(uuid: try store.detail(id).events.last!.uuid,
                                                           at: local("2026-11-22T09:00"), kind: .note,
                                                           text: "Third time this week", mood: .angry))
    }
}
