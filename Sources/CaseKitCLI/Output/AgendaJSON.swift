import CaseKit

/// JSON of `today` and `checkin list` (Docs/json.md).
enum AgendaJSON {
    static func item(_ item: AgendaItem, now: Int64) -> JSON {
        .object([
            ("case_id", .int(item.caseID)),
            ("customer", .optional(item.customer)),
            ("title", .string(item.title)),
            ("owed", .string(item.owed)),
            ("due", CaseJSON.due(item.due)),
            ("overdue", .bool(item.due.isOverdue(at: now))),
            ("late", .optional(item.due.lateness(at: now))),
            ("check_in", item.checkInID.map(JSON.int) ?? .null),
        ])
    }

    static func agenda(_ agenda: Agenda, now: Int64) -> JSON {
        let items = { (list: [AgendaItem]) in JSON.array(list.map { item($0, now: now) }) }
        return .object([
            ("version", .int(CaseJSON.version)),
            ("date", .string(agenda.date.iso)),
            ("overdue_actions", items(agenda.overdueActions)),
            ("check_ins", items(agenda.checkIns)),
            ("updates_owed", items(agenda.updatesOwed)),
            ("follow_ups", items(agenda.followUps)),
            ("due_today", items(agenda.dueToday)),
            ("counts", .object([
                ("active_cases", .int(Int64(agenda.activeCases))),
                ("due_this_week", .int(Int64(agenda.dueThisWeek))),
            ])),
            ("review_reminder", .optional(agenda.reviewReminder)),
        ])
    }

    static func checkIns(_ listings: [CheckInListing], now: Int64) -> JSON {
        .object([
            ("version", .int(CaseJSON.version)),
            ("check_ins", .array(listings.map { listing in
                .object([("case_id", .int(listing.checkIn.caseID)), ("customer", .optional(listing.customer)),
                         ("title", .string(listing.title))] + CaseJSON.checkInFields(listing.checkIn, now: now))
            })),
        ])
    }
}
