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
            try write("{\n  \"format\": \"\(ExportFormat.name)\",\n  \"version\": \(ExportFormat.version),\n"
                      + "  \"exported\": \"\(LocalTime.utc(now))\",\n  \"cases\": [")
            let actions = try database.cursor(Self.exportNextActions)
            let checkIns = try database.cursor(Self.exportCheckIns)
            let escalations = try database.cursor(Self.exportEscalations)
            let events = try database.cursor(Self.exportEvents)
            let cases = try database.cursor(Self.exportCases)
            var count = 0
            var chunk = ""
            // Columns by name, found once on the first row.
            let columns = cases.row.map(Columns.init(of:))
            let readCase = try columns.map(Case.decoder), noCheckIn = try columns?.index("no_checkin") ?? 0
            while let row = cases.row, let readCase {
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
                    ("next_actions", .array(try Self.children(of: item.id, actions) { row in .object([
                        ("uuid", .string(row.string(1))), ("text", .string(row.string(2))),
                        ("context", .optional(row.optionalString(3))),
                        ("due", Self.exportDue(row.optionalInt(4).map { Due(deadline: $0, allDay: row.bool(5)) })),
                        ("state", .string(row.string(6))), ("created", .string(LocalTime.utc(row.int(7)))),
                        ("finished", row.optionalInt(8).map { .string(LocalTime.utc($0)) } ?? .null),
                    ]) })),
                    ("check_ins", .array(try Self.children(of: item.id, checkIns) { row in .object([
                        ("uuid", .string(row.string(1))), ("purpose", .string(row.string(2))),
                        ("due", Self.exportDue(Due(deadline: row.int(3), allDay: row.bool(4)))),
                        ("note", .optional(row.optionalString(5))), ("channel", .optional(row.optionalString(6))),
                        ("state", .string(row.string(7))), ("outcome", .optional(row.optionalString(8))),
                        ("created", .string(LocalTime.utc(row.int(9)))),
                        ("finished", row.optionalInt(10).map { .string(LocalTime.utc($0)) } ?? .null),
                    ]) })),
                    ("escalations", .array(try Self.children(of: item.id, escalations) { row in .object([
                        ("uuid", .string(row.string(1))), ("team", .string(row.string(2))),
                        ("reason", .optional(row.optionalString(3))), ("update_every", .string(row.string(4))),
                        ("started", .string(LocalTime.utc(row.int(5)))),
                        ("ended", row.optionalInt(6).map { .string(LocalTime.utc($0)) } ?? .null),
                    ]) })),
                    ("events", .array(try Self.children(of: item.id, events) { row in .object([
                        ("uuid", .string(row.string(1))), ("at", .string(LocalTime.utc(row.int(2)))),
                        ("kind", .string(row.string(3))), ("text", .string(row.string(4))),
                        ("mood", .optional(row.optionalString(5))),
                    ]) })),
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

    /// The rows of `cursor` that belong to case `id`, which must be at or
    /// after the cursor's position (both are ordered by case id).
    static func children(of id: Int64, _ cursor: Cursor, _ transform: (Row) -> JSON) throws -> [JSON] {
        var items: [JSON] = []
        while let row = cursor.row, row.int(0) <= id {
            if row.int(0) == id { items.append(transform(row)) }
            try cursor.advance()
        }
        return items
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
