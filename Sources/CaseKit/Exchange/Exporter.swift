/// Exports the whole store. Every format streams: rows are read with cursors
/// ordered by case and each piece is handed to `write` as soon as it is made,
/// so memory does not grow with the number of cases.
public enum ExportFormat {
    public static let name = "casekit-export"
    /// Bumped only when a reader of the previous version would misread a file.
    public static let version: Int64 = 1
}

extension Store {
    static let exportCases = "SELECT \(Case.selection), c.no_checkin FROM cases c ORDER BY c.id"
    static let exportNextActions = """
        SELECT case_id, uuid, text, context, due_at, due_all_day, state, created_at, finished_at
        FROM next_actions ORDER BY case_id, created_at, id
        """
    static let exportCheckIns = """
        SELECT case_id, uuid, purpose, due_at, due_all_day, note, channel, state, outcome, created_at, finished_at
        FROM check_ins ORDER BY case_id, id
        """
    static let exportEscalations = """
        SELECT case_id, uuid, team, reason, cadence, started_at, ended_at FROM escalations ORDER BY case_id, started_at, id
        """
    static let exportEvents = "SELECT case_id, uuid, at, kind, text, mood FROM events ORDER BY case_id, at, id"

    /// Writes the JSON export (Docs/json.md, "export"); returns the number of cases.
    @discardableResult
    public func exportJSON(to write: (String) throws -> Void) throws -> Int {
        // One sequential pass: a memory map would only keep the whole file resident.
        try database.execute("PRAGMA mmap_size = 0")
        return try read {
            var settings = ""
            let stored = try storedSettings()
            JSON.object(Setting.allCases.compactMap { setting in stored[setting].map { stored in
                (setting.rawValue, JSON.object([
                    ("value", setting.isList ? .array(stored.values.map(JSON.string)) : .string(stored.values.first ?? "")),
                    ("set", .string(LocalTime.utc(stored.setAt))),
                ]))
            } }).write(into: &settings, indent: "  ")
            var holidays = ""
            JSON.array(try self.holidays().map { holiday in
                JSON.object([("date", .string(holiday.date.iso)), ("name", .optional(holiday.name))])
            }).write(into: &holidays, indent: "  ")
            try write("{\n  \"format\": \"\(ExportFormat.name)\",\n  \"version\": \(ExportFormat.version),\n"
                      + "  \"exported\": \"\(LocalTime.utc(now))\",\n  \"settings\": \(settings),\n"
                      + "  \"holidays\": \(holidays),\n  \"cases\": [")
            let actions = try ChildRows(try database.cursor(Self.exportNextActions), Self.nextActionJSON)
            let checkIns = try ChildRows(try database.cursor(Self.exportCheckIns), Self.checkInJSON)
            let escalations = try ChildRows(try database.cursor(Self.exportEscalations), Self.escalationJSON)
            let events = try ChildRows(try database.cursor(Self.exportEvents), Self.eventJSON)
            let cases = try database.cursor(Self.exportCases)
            var count = 0
            var chunk = ""
            let readCase = try Case.decoder(cases.columns), noCheckIn = try cases.columns.index("no_checkin")
            while let row = cases.row {
                let item = readCase(row)
                let fields: [(String, JSON)] = [
                    ("uuid", .string(item.uuid)), ("id", .int(item.id)), ("title", .string(item.title)),
                    ("customer", .optional(item.customer)), ("ref", .optional(item.ref)),
                    ("priority", .string(item.priority.rawValue)), ("status", .string(item.status.rawValue)),
                    ("tags", .array(item.tags.map(JSON.string))), ("outcome", .optional(item.outcome)),
                    ("waiting_on", .optional(item.waitingOn)), ("follow_up", Self.exportDue(item.followUp)),
                    ("no_checkin", .bool(row.bool(noCheckIn))),
                    ("created", .string(LocalTime.utc(item.createdAt))), ("updated", .string(LocalTime.utc(item.updatedAt))),
                    ("resolved", item.resolvedAt.map { .string(LocalTime.utc($0)) } ?? .null),
                    ("next_actions", .array(try actions.rows(of: item.id))),
                    ("check_ins", .array(try checkIns.rows(of: item.id))),
                    ("escalations", .array(try escalations.rows(of: item.id))),
                    ("events", .array(try events.rows(of: item.id))),
                ]
                chunk += count == 0 ? "\n    " : ",\n    "
                JSON.object(fields).write(into: &chunk, indent: "    ")
                count += 1
                if chunk.utf8.count > 1 << 16 {
                    try write(chunk)
                    chunk = ""
                }
                try cases.advance()
            }
            try write(chunk + (count == 0 ? "]\n}\n" : "\n  ]\n}\n"))
            return count
        }
    }

    /// One of the export's child tables, stepped beside the cases: its rows
    /// are ordered by `case_id`, which is found by name once, as are the
    /// columns its JSON is made of.
    struct ChildRows {
        let cursor: Cursor
        let caseID: Int32
        let json: (Row) -> JSON

        init(_ cursor: Cursor, _ reader: (Columns) throws -> (Row) -> JSON) throws {
            self.cursor = cursor
            caseID = try cursor.columns.index("case_id")
            json = try reader(cursor.columns)
        }

        /// The rows that belong to case `id`, which must be at or after the
        /// cursor's position (both are ordered by case id).
        func rows(of id: Int64) throws -> [JSON] {
            var items: [JSON] = []
            while let row = cursor.row, row.int(caseID) <= id {
                if row.int(caseID) == id { items.append(json(row)) }
                try cursor.advance()
            }
            return items
        }
    }

    static func nextActionJSON(_ columns: Columns) throws -> (Row) -> JSON {
        let uuid = try columns.index("uuid"), text = try columns.index("text"), context = try columns.index("context")
        let dueAt = try columns.index("due_at"), dueAllDay = try columns.index("due_all_day")
        let state = try columns.index("state"), createdAt = try columns.index("created_at")
        let finishedAt = try columns.index("finished_at")
        return { row in .object([
            ("uuid", .string(row.string(uuid))), ("text", .string(row.string(text))),
            ("context", .optional(row.optionalString(context))),
            ("due", exportDue(row.optionalInt(dueAt).map { Due(deadline: $0, allDay: row.bool(dueAllDay)) })),
            ("state", .string(row.string(state))), ("created", .string(LocalTime.utc(row.int(createdAt)))),
            ("finished", row.optionalInt(finishedAt).map { .string(LocalTime.utc($0)) } ?? .null),
        ]) }
    }

    static func checkInJSON(_ columns: Columns) throws -> (Row) -> JSON {
        let uuid = try columns.index("uuid"), purpose = try columns.index("purpose")
        let dueAt = try columns.index("due_at"), dueAllDay = try columns.index("due_all_day")
        let note = try columns.index("note"), channel = try columns.index("channel"), state = try columns.index("state")
        let outcome = try columns.index("outcome"), createdAt = try columns.index("created_at")
        let finishedAt = try columns.index("finished_at")
        return { row in .object([
            ("uuid", .string(row.string(uuid))), ("purpose", .string(row.string(purpose))),
            ("due", exportDue(Due(deadline: row.int(dueAt), allDay: row.bool(dueAllDay)))),
            ("note", .optional(row.optionalString(note))), ("channel", .optional(row.optionalString(channel))),
            ("state", .string(row.string(state))), ("outcome", .optional(row.optionalString(outcome))),
            ("created", .string(LocalTime.utc(row.int(createdAt)))),
            ("finished", row.optionalInt(finishedAt).map { .string(LocalTime.utc($0)) } ?? .null),
        ]) }
    }

    static func escalationJSON(_ columns: Columns) throws -> (Row) -> JSON {
        let uuid = try columns.index("uuid"), team = try columns.index("team"), reason = try columns.index("reason")
        let cadence = try columns.index("cadence"), startedAt = try columns.index("started_at")
        let endedAt = try columns.index("ended_at")
        return { row in .object([
            ("uuid", .string(row.string(uuid))), ("team", .string(row.string(team))),
            ("reason", .optional(row.optionalString(reason))), ("update_every", .string(row.string(cadence))),
            ("started", .string(LocalTime.utc(row.int(startedAt)))),
            ("ended", row.optionalInt(endedAt).map { .string(LocalTime.utc($0)) } ?? .null),
        ]) }
    }

    static func eventJSON(_ columns: Columns) throws -> (Row) -> JSON {
        let uuid = try columns.index("uuid"), at = try columns.index("at"), kind = try columns.index("kind")
        let text = try columns.index("text"), mood = try columns.index("mood")
        return { row in .object([
            ("uuid", .string(row.string(uuid))), ("at", .string(LocalTime.utc(row.int(at)))),
            ("kind", .string(row.string(kind))), ("text", .string(row.string(text))),
            ("mood", .optional(row.optionalString(mood))),
        ]) }
    }

    /// A due value in exports: `2026-11-27` for a day, UTC RFC 3339 for an instant.
    static func exportDue(_ due: Due?) -> JSON {
        switch due {
        case .day(let date): return .string(date.iso)
        case .instant(let instant): return .string(LocalTime.utc(instant))
        case nil: return .null
        }
    }
}

extension String {
    /// The text with every `target` replaced by `replacement`.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
