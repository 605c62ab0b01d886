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

    // MARK: CSV

    static let exportCSVRows = """
        SELECT c.id, c.uuid, c.status, c.customer, c.ref, c.title, c.priority,
            (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)),
            n.text, n.due_at, n.due_all_day,
            (SELECT k.due_at FROM check_ins k WHERE k.case_id = c.id AND k.state = 'pending'
             ORDER BY \(dueOrder("k.due_at", allDay: "k.due_all_day")), k.id LIMIT 1),
            (SELECT k.due_all_day FROM check_ins k WHERE k.case_id = c.id AND k.state = 'pending'
             ORDER BY \(dueOrder("k.due_at", allDay: "k.due_all_day")), k.id LIMIT 1),
            (SELECT e.team FROM escalations e WHERE e.case_id = c.id AND e.ended_at IS NULL),
            c.created_at, c.updated_at, c.resolved_at
        FROM cases c LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'
        ORDER BY c.id
        """
    static let csvHeader = ["id", "uuid", "status", "customer", "ref", "title", "priority", "tags", "next action",
                            "next due", "next check-in", "escalated to", "created", "updated", "resolved"]

    /// One row per case, RFC 4180: CRLF line ends, quoted where needed, header
    /// first, formulas neutralised.
    public func exportCSV(to write: (String) throws -> Void) throws {
        try read {
            var chunk = Self.csvLine(Self.csvHeader)
            try database.forEachRow(Self.exportCSVRows) { row in
                let due = row.optionalInt(9).map { Due(deadline: $0, allDay: row.bool(10)).iso }
                let checkIn = row.optionalInt(11).map { Due(deadline: $0, allDay: row.bool(12)).iso }
                chunk += Self.csvLine([
                    String(row.int(0)), row.string(1), row.string(2), row.optionalString(3) ?? "",
                    row.optionalString(4) ?? "", row.string(5), row.string(6), row.optionalString(7) ?? "",
                    row.optionalString(8) ?? "", due ?? "", checkIn ?? "", row.optionalString(13) ?? "",
                    LocalTime(row.int(14)).rfc3339, LocalTime(row.int(15)).rfc3339,
                    row.optionalInt(16).map { LocalTime($0).rfc3339 } ?? "",
                ])
                if chunk.utf8.count > 1 << 16 {
                    try write(chunk)
                    chunk = ""
                }
            }
            try write(chunk)
        }
    }

    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            let field = spreadsheetSafe(field)
            return field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
                ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }

    /// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab
    /// or CR first) gets a `'` in front, as OWASP advises, so that a title
    /// like `=HYPERLINK(…)` shows as text. casekit writes no cell that starts
    /// so itself (no negative numbers; dates start with the year): only
    /// stored text is changed, and the JSON export keeps it exact.
    static func spreadsheetSafe(_ field: String) -> String {
        switch field.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + field
        default: return field
        }
    }

    // MARK: iCalendar

    /// An RFC 5545 calendar: one VTODO per dated next action and pending
    /// check-in, its UID the item's uuid so calendar apps update, not duplicate.
    public func exportICS(to write: (String) throws -> Void) throws {
        try read {
            var chunk = ICalendar.lines(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//casekit//casekit//EN",
                                         "CALSCALE:GREGORIAN", "X-WR-CALNAME:casekit"])
            let stamp = "DTSTAMP:" + ICalendar.utc(now)
            try forEachDueAction(through: .max) { action in
                chunk += ICalendar.todo(uid: action.uuid, stamp: stamp,
                                        summary: "\(action.text)\(action.context.map { " \($0)" } ?? "") (#\(action.caseID) \(action.title))",
                                        description: "Next action on case #\(action.caseID): \(action.title)"
                                            + (action.customer.map { "\nCustomer: \($0)" } ?? ""),
                                        due: action.due)
            }
            try forEachDueCheckIn(through: .max) { due in
                let checkIn = due.checkIn
                let what = checkIn.note.map { "\(checkIn.purpose.rawValue): \($0)" } ?? checkIn.purpose.rawValue
                let channel = checkIn.channel.map { " by \($0.rawValue)" } ?? ""
                chunk += ICalendar.todo(uid: due.uuid, stamp: stamp,
                                        summary: "Check in\(channel) — \(what) (#\(checkIn.caseID) \(due.title))",
                                        description: "Customer check-in on case #\(checkIn.caseID): \(due.title)"
                                            + (due.customer.map { "\nCustomer: \($0)" } ?? ""),
                                        due: checkIn.due)
                if chunk.utf8.count > 1 << 16 {
                    try write(chunk)
                    chunk = ""
                }
            }
            try write(chunk + ICalendar.lines(["END:VCALENDAR"]))
        }
    }
}

/// RFC 5545 text: escaping, 75-octet folding, CRLF.
public enum ICalendar {
    static func todo(uid: String, stamp: String, summary: String, description: String, due: Due) -> String {
        let dueLine: String
        switch due {
        case .day(let date): dueLine = "DUE;VALUE=DATE:" + date.iso.replacingAll("-", with: "")
        case .instant(let instant): dueLine = "DUE:" + utc(instant)
        }
        return lines(["BEGIN:VTODO", "UID:\(uid)@casekit", stamp, "SUMMARY:" + escape(summary),
                      "DESCRIPTION:" + escape(description), dueLine, "STATUS:NEEDS-ACTION", "END:VTODO"])
    }

    /// `20261127T193000Z`
    static func utc(_ instant: Int64) -> String {
        LocalTime.utc(instant).filter { $0 != "-" && $0 != ":" }
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func lines(_ lines: [String]) -> String {
        lines.map(fold).joined()
    }

    /// Folds a content line into pieces of at most 75 octets (a continuation
    /// starts with one space, which counts), never splitting a character.
    public static func fold(_ line: String) -> String {
        var folded = "", current = 0
        for character in line {
            let size = character.utf8.count
            if current + size > 75 {
                folded += "\r\n "
                current = 1
            }
            folded.append(character)
            current += size
        }
        return folded + "\r\n"
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
