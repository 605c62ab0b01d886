import Testing
@testable import CaseKit

@Suite struct CaseListTests {
    let folder = TempFolder()
    let store: Store

    init() throws {
        store = try folder.store(now: "2026-11-22T09:00")
        try add("Alpha", customer: "Acme", priority: .low, tags: ["billing"], next: "Call Acme", due: "2026-11-21")
        try add("Bravo", customer: "acme", priority: .urgent, tags: ["billing", "vip"], next: "Email Bravo", due: "2026-11-25")
        try add("Charlie", customer: "Globex", priority: .high, tags: [], next: nil, due: nil)
        let delta = try add("Delta", customer: "Globex", priority: .normal, tags: ["vip"], next: "Fix Delta", due: "2026-11-23")
        try store.resolve(delta, note: nil, followUp: nil)
        let echo = try add("Echo", customer: nil, priority: .normal, tags: [], next: nil, due: nil)
        try store.wait(echo, on: "vendor", until: .day(day("2026-11-20")))
    }

    @discardableResult
    func add(_ title: String, customer: String?, priority: Priority, tags: [String], next: String?, due: String?) throws -> Int64 {
        var draft = try CaseDraft(title: title)
        draft.customer = customer
        draft.priority = priority
        draft.tags = tags
        draft.next = try next.map { try NextActionDraft(text: $0, due: due.map { .day(day($0)) }) }
        return try store.openCase(draft)
    }

    func titles(_ configure: (inout CaseFilter) -> Void = { _ in }) throws -> [String] {
        var filter = CaseFilter()
        configure(&filter)
        return try store.listCases(filter).map(\.case.title)
    }

    /// Echo waits, so it sorts by its follow-up date (Friday, before Alpha's
    /// Saturday), not by an action.
    @Test func activeByDueDateByDefault() throws {
        #expect(try titles() == ["Echo", "Alpha", "Bravo", "Charlie"])
    }

    @Test func allStatuses() throws {
        #expect(try titles { $0.statuses = [] }.count == 5)
        #expect(try titles { $0.statuses = [.resolved] } == ["Delta"])
    }

    @Test func customerIgnoresCase() throws {
        #expect(try titles { $0.customer = "ACME" } == ["Alpha", "Bravo"])
    }

    @Test func everyTagMustMatch() throws {
        #expect(try titles { $0.tags = ["billing"] } == ["Alpha", "Bravo"])
        #expect(try titles { $0.tags = ["billing", "vip"] } == ["Bravo"])
    }

    @Test func overdueMeansAnOverdueActionOrFollowUp() throws {
        #expect(try titles { $0.overdueOnly = true } == ["Echo", "Alpha"])
    }

    @Test func sorts() throws {
        #expect(try titles { $0.sort = .priority } == ["Bravo", "Charlie", "Echo", "Alpha"])
        #expect(try titles { $0.sort = .id } == ["Alpha", "Bravo", "Charlie", "Echo"])
        #expect(try titles { $0.sort = .updated } == ["Echo", "Charlie", "Bravo", "Alpha"])
        #expect(try titles { $0.limit = 2 } == ["Echo", "Alpha"])
    }

    @Test func rowsCarryThePendingNextAction() throws {
        let rows = try store.listCases(CaseFilter())
        #expect(rows[1].nextAction?.text == "Call Acme")
        #expect(rows[1].nextAction?.due?.isOverdue(at: store.now) == true)
        #expect(rows[3].nextAction == nil)
    }
}
