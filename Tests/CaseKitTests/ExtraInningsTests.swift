import Testing
@testable import CaseKit

@Suite struct ExtraInningsTests {
    let folder = TempFolder()

    func store(at now: String) throws -> Store { try folder.store(now: now) }

    func open(_ title: String, at now: String = "2026-11-20T09:00") throws -> Int64 {
        try store(at: now).openCase(CaseDraft(title: title))
    }

    func pending(_ id: Int64, at now: String) throws -> [CheckIn] {
        try store(at: now).detail(id).checkIns.filter { $0.state == .pending }
    }

    @Test func escalatingSchedulesTheFirstUpdateOneCadenceOut() throws {
        let id = try open("Double charge")
        let due = try store(at: "2026-11-20T09:00").escalate(id, to: "Billing", reason: "needs approval",
                                                              every: Policy.updateCadence)
        // Two working days from a Friday (the default cadence counts them).
        #expect(due == .day(day("2026-11-24")))
        let detail = try store(at: "2026-11-20T09:00").detail(id)
        #expect(detail.case.status == .escalated)
        #expect(detail.escalation?.team == "Billing")
        #expect(detail.escalation?.cadence == Interval(count: 2, unit: .workingDays))
        #expect(detail.checkIns.map(\.purpose) == [.update])
    }

    @Test func hourlyCadenceOwesAnExactTime() throws {
        let id = try open("Outage")
        let due = try store(at: "2026-11-20T09:00").escalate(id, to: "Ops", reason: nil, every: Interval(count: 12, unit: .hours))
        #expect(due == .instant(local("2026-11-20T21:00")))
    }

    @Test func escalatingAgainReRoutesAndKeepsHistory() throws {
        let id = try open("Double charge")
        try store(at: "2026-11-20T09:00").escalate(id, to: "Tier 2", reason: nil, every: Policy.updateCadence)
        try store(at: "2026-11-21T09:00").escalate(id, to: "Billing", reason: nil, every: Policy.updateCadence)
        let store = try store(at: "2026-11-21T09:00")
        #expect(try store.detail(id).escalation?.team == "Billing")
        #expect(try store.database.int("SELECT count(*) FROM escalations WHERE case_id = ? AND ended_at IS NOT NULL", id) == 1)
        #expect(try pending(id, at: "2026-11-21T09:00").count == 1)
        #expect(try store.detail(id).events.last?.text.hasPrefix("re-routed from Tier 2 to Billing") == true)
    }

    @Test func aContactResetsTheUpdateClock() throws {
        let id = try open("Double charge")
        try store(at: "2026-11-20T09:00").escalate(id, to: "Billing", reason: nil, every: Policy.updateCadence)
        let contact = try store(at: "2026-11-21T15:00").completeCheckIn(id, note: "called", pick: nil)
        #expect(contact.checkIn?.purpose == .update)
        #expect(contact.nextUpdate == .day(day("2026-11-24")))
        #expect(try pending(id, at: "2026-11-21T15:00").map(\.due) == [.day(day("2026-11-24"))])
        // An unscheduled contact (nothing due yet is completed first) also moves it.
        _ = try store(at: "2026-11-23T10:00").completeCheckIn(id, note: "emailed", pick: nil)
        #expect(try pending(id, at: "2026-11-23T10:00").map(\.due) == [.day(day("2026-11-25"))])
    }

    @Test func skippingAnUpdateOwesTheNextOne() throws {
        let id = try open("Double charge")
        try store(at: "2026-11-20T09:00").escalate(id, to: "Billing", reason: nil, every: Policy.updateCadence)
        try store(at: "2026-11-22T09:00").skipCheckIn(id, note: "customer on holiday")
        #expect(try pending(id, at: "2026-11-22T09:00").map(\.due) == [.day(day("2026-11-26"))])
    }

    @Test func deescalatingDropsOwedUpdates() throws {
        let id = try open("Double charge")
        try store(at: "2026-11-20T09:00").escalate(id, to: "Billing", reason: nil, every: Policy.updateCadence)
        let hasNext = try store(at: "2026-11-21T09:00").deescalate(id, note: "approved")
        #expect(!hasNext)
        let detail = try store(at: "2026-11-21T09:00").detail(id)
        #expect(detail.case.status == .open)
        #expect(detail.escalation == nil)
        #expect(detail.checkIns.map(\.state) == [.skipped])
        #expect(detail.events.last?.text == "answer from Billing: approved")
    }

    @Test(arguments: [CaseStatus.resolved, .closed])
    func resolvedAndClosedCasesCannotBeEscalated(_ status: CaseStatus) throws {
        let id = try open("Double charge")
        let store = try store(at: "2026-11-20T09:00")
        try store.resolve(id, note: nil, followUp: nil)
        if status == .closed { try store.close(id) }
        #expect { try store.escalate(id, to: "Billing", reason: nil, every: Policy.updateCadence) } throws: {
            ($0 as? CaseKitError)?.exitCode == 1
        }
    }

    @Test func checkInsAreDoneSkippedAndMovedEarliestFirst() throws {
        let id = try open("Printer")
        let store = try store(at: "2026-11-20T09:00")
        let later = try store.addCheckIn(id, CheckInDraft(due: .day(day("2026-11-27")), note: "later", channel: .email))
        let sooner = try store.addCheckIn(id, CheckInDraft(due: .day(day("2026-11-23")), note: "sooner", channel: .phone))
        let moved = try store.moveCheckIn(id, to: .day(day("2026-11-30")))
        #expect(moved.from.id == sooner.id)
        #expect(moved.to.note == "sooner" && moved.to.channel == .phone)
        #expect(try store.completeCheckIn(id, note: "all good", pick: nil).checkIn?.id == later.id)
        #expect(try store.skipCheckIn(id, note: nil).id == moved.to.id)
        #expect(Set(try store.detail(id).checkIns.map(\.state)) == [.done, .skipped, .moved])
        #expect { try store.skipCheckIn(id, note: nil) } throws: {
            ($0 as? CaseKitError)?.message == "case #\(id) has no pending check-in"
        }
        #expect { try store.moveCheckIn(id, to: .day(day("2026-12-01"))) } throws: { ($0 as? CaseKitError)?.exitCode == 1 }
        // With nothing pending, done records an unscheduled contact.
        #expect(try store.completeCheckIn(id, note: "customer called in", pick: nil).checkIn == nil)
        #expect(try store.detail(id).events.last?.kind == .contact)
    }

    @Test func pickingACheckInOfAnotherCaseIsRefused() throws {
        let first = try open("First"), second = try open("Second")
        let store = try store(at: "2026-11-20T09:00")
        let theirs = try store.addCheckIn(second, CheckInDraft(due: .day(day("2026-11-23")), note: nil, channel: nil))
        #expect { try store.completeCheckIn(first, note: nil, pick: theirs.id) } throws: {
            ($0 as? CaseKitError)?.message == "case #\(first) has no check-in #\(theirs.id)"
        }
        #expect(try store.detail(second).checkIns.first?.state == .pending)
    }

    @Test func resolveSchedulesTheFollowUpAndCloseWaitsForIt() throws {
        let id = try open("Refund")
        let store = try store(at: "2026-11-20T09:00")
        let followUp = try store.resolve(id, note: "refunded", followUp: Policy.followUp.due(after: store.now))
        #expect(followUp?.purpose == .followUp)
        #expect(followUp?.due == .day(day("2026-11-25")))  // three working days from a Friday
        #expect { try store.close(id) } throws: { ($0 as? CaseKitError)?.hint.contains("--force") == true }
        try store.completeCheckIn(id, note: "the refund arrived", pick: nil)
        try store.close(id)
        #expect(try store.detail(id).case.status == .closed)
    }

    @Test func closeForceSkipsThePendingFollowUp() throws {
        let id = try open("Refund")
        let store = try store(at: "2026-11-20T09:00")
        try store.resolve(id, note: nil, followUp: .day(day("2026-11-23")))
        try store.close(id, force: true)
        #expect(try store.detail(id).checkIns.map(\.state) == [.skipped])
    }

    @Test func resolveWithoutCheckInIsRecorded() throws {
        let id = try open("Duplicate")
        let store = try store(at: "2026-11-20T09:00")
        #expect(try store.resolve(id, note: "duplicate of #1", followUp: nil) == nil)
        #expect(try store.database.int("SELECT no_checkin FROM cases WHERE id = ?", id) == 1)
        try store.close(id)
    }
}

@Suite struct AgendaTests {
    let folder = TempFolder()

    @Test func sectionsHoldWhatIsOwedToday() throws {
        let setup = try folder.store(now: "2026-11-18T09:00")
        func open(_ title: String, next: String? = nil, due: Due? = nil) throws -> Int64 {
            var draft = try CaseDraft(title: title)
            draft.next = try next.map { try NextActionDraft(text: $0, due: due) }
            return try setup.openCase(draft)
        }
        let late = try open("Late", next: "Call back", due: .day(day("2026-11-20")))
        let today = try open("Today", next: "Email summary", due: .instant(local("2026-11-22T15:00")))
        _ = try open("Later", next: "Send survey", due: .day(day("2026-11-24")))
        let escalated = try open("Escalated")
        try setup.escalate(escalated, to: "Tier 2", reason: nil, every: Policy.updateCadence)
        let waiting = try open("Waiting")
        try setup.wait(waiting, on: "vendor", until: .day(day("2026-11-22")))
        let checkIn = try open("Check-in")
        try setup.addCheckIn(checkIn, CheckInDraft(due: .day(day("2026-11-22")), note: "Did it hold?", channel: .phone))
        let closed = try open("Closed")
        try setup.addCheckIn(closed, CheckInDraft(due: .day(day("2026-11-21")), note: nil, channel: nil))
        try setup.resolve(closed, note: nil, followUp: nil)
        try setup.close(closed, force: true)

        let agenda = try folder.store(now: "2026-11-22T09:00").agenda()
        #expect(agenda.date == day("2026-11-22"))
        let now = local("2026-11-22T09:00")
        let dated = agenda[.overdue] + agenda[.dueToday]
        #expect(agenda[.overdue].filter { $0.kind == .action }.map(\.caseID) == [late])
        #expect(agenda[.overdue].first { $0.kind == .action }?.due?.lateness(at: now) == "2d overdue")
        #expect(agenda[.dueToday].filter { $0.kind == .action }.map(\.caseID) == [today])
        #expect(dated.filter { $0.kind == .update }.map(\.caseID) == [escalated])
        #expect(dated.first { $0.kind == .update }?.owed == "update the customer (escalated to Tier 2)")
        #expect(agenda[.followUps].map(\.caseID) == [waiting])
        #expect(dated.filter { $0.kind == .checkIn }.map(\.caseID) == [checkIn])
        #expect(dated.first { $0.kind == .checkIn }?.owed == "check-in: Did it hold? (phone)")
        // The waiting case is snoozed; the other two have no next step.
        #expect(agenda[.noNextAction].map(\.caseID) == [escalated, checkIn])
        #expect(agenda.activeCases == 6)
        // Sunday: the week ends today; today's 15:00 action and all-day check-in are still ahead.
        #expect(agenda.dueThisWeek == 2)
    }

    @Test func anEmptyQueueHasAnEmptyAgenda() throws {
        let agenda = try folder.store().agenda()
        #expect(agenda.isEmpty && agenda.activeCases == 0)
    }

    @Test func checkInListFilters() throws {
        let store = try folder.store(now: "2026-11-22T09:00")
        let id = try store.openCase(CaseDraft(title: "Printer"))
        for date in ["2026-11-21", "2026-11-22", "2026-11-25", "2026-12-10"] {
            try store.addCheckIn(id, CheckInDraft(due: .day(day(date)), note: date, channel: nil))
        }
        #expect(try store.pendingCheckIns().map(\.checkIn.note) == ["2026-11-21", "2026-11-22", "2026-11-25", "2026-12-10"])
        #expect(try store.pendingCheckIns(overdueOnly: true).map(\.checkIn.note) == ["2026-11-21"])
        #expect(try store.pendingCheckIns(within: Interval(count: 3, unit: .days)).map(\.checkIn.note)
            == ["2026-11-21", "2026-11-22", "2026-11-25"])
    }
}
