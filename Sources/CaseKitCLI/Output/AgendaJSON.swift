import CaseKit

/// JSON of `today` and `checkin list` (Docs/json.md).
enum AgendaJSON {
    static func item(_ item: AgendaItem, now: Int64) -> JSON {
        .object([
            ("case_id", .int(item.caseID)),
            ("customer", .optional(item.customer)),
            ("title", .string(item.title)),
            ("kind", .string(item.kind.rawValue)),
            ("priority", .string(item.priority.rawValue)),
            ("mood", .optional(item.upsetMood?.rawValue)),
            ("owed", .string(item.owed)),
            ("context", .optional(item.context)),
            ("due", CaseJSON.due(item.due)),
            ("overdue", .bool(item.due?.isOverdue(at: now) ?? false)),
            ("late", .optional(item.due?.lateness(at: now))),
            ("check_in", item.checkInID.map(JSON.int) ?? .null),
        ])
    }

    /// The sections, each with its true total, and the five keys of the first
    /// agenda (`overdue_actions` … `due_today`) with the same meaning as then,
    /// so that scripts keep working; like the sections, those hold only the
    /// items within the cap (`limit`), and `counts` counts everything.
    static func agenda(_ agenda: Agenda, now: Int64) -> JSON {
        let items = { (list: [AgendaItem]) in JSON.array(list.map { item($0, now: now) }) }
        let dated = agenda[.overdue] + agenda[.dueToday]
        return .object([
            ("version", .int(CaseJSON.version)),
            ("date", .string(agenda.date.iso)),
            ("limit", agenda.limit.map { JSON.int(Int64($0)) } ?? .null),
            ("sections", .array(agenda.sections.map { section in
                .object([("name", .string(section.kind.rawValue)), ("total", .int(Int64(section.total))),
                         ("items", items(section.items))])
            })),
            ("overdue_actions", items(agenda[.overdue].filter { $0.kind == .action })),
            ("check_ins", items(dated.filter { $0.kind == .checkIn })),
            ("updates_owed", items(dated.filter { $0.kind == .update })),
            ("follow_ups", items(agenda[.followUps])),
            ("due_today", items(agenda[.dueToday].filter { $0.kind == .action })),
            ("counts", .object([
                ("things", .int(Int64(agenda.things))),
                ("overdue", .int(Int64(agenda.total(.overdue)))),
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
