extension Store {
    static let exportCSVRows = """
        SELECT c.id, c.uuid, c.status, c.customer, c.ref, c.title, c.priority,
            (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)) AS tags,
            n.text, n.due_at, n.due_all_day,
            (SELECT k.due_at FROM check_ins k WHERE k.case_id = c.id AND k.state = 'pending'
             ORDER BY \(dueOrder("k.due_at", allDay: "k.due_all_day")), k.id LIMIT 1) AS check_in_due_at,
            (SELECT k.due_all_day FROM check_ins k WHERE k.case_id = c.id AND k.state = 'pending'
             ORDER BY \(dueOrder("k.due_at", allDay: "k.due_all_day")), k.id LIMIT 1) AS check_in_due_all_day,
            (SELECT e.team FROM escalations e WHERE e.case_id = c.id AND e.ended_at IS NULL) AS escalated_to,
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
            try database.forEachRow(Self.exportCSVRows, reading: Self.csvFields) { fields in
                chunk += Self.csvLine(fields)
                if chunk.utf8.count > 1 << 16 {
                    try write(chunk)
                    chunk = ""
                }
            }
            try write(chunk)
        }
    }

    /// Reads one row of `exportCSVRows` as the cells of `csvHeader`, by column name.
    static func csvFields(_ columns: Columns) throws -> (Row) -> [String] {
        let id = try columns.index("id"), uuid = try columns.index("uuid"), status = try columns.index("status")
        let customer = try columns.index("customer"), ref = try columns.index("ref"), title = try columns.index("title")
        let priority = try columns.index("priority"), tags = try columns.index("tags"), text = try columns.index("text")
        let dueAt = try columns.index("due_at"), dueAllDay = try columns.index("due_all_day")
        let checkInDueAt = try columns.index("check_in_due_at"), checkInDueAllDay = try columns.index("check_in_due_all_day")
        let escalatedTo = try columns.index("escalated_to"), createdAt = try columns.index("created_at")
        let updatedAt = try columns.index("updated_at"), resolvedAt = try columns.index("resolved_at")
        return { row in
            let due = row.optionalInt(dueAt).map { Due(deadline: $0, allDay: row.bool(dueAllDay)).iso }
            let checkIn = row.optionalInt(checkInDueAt).map { Due(deadline: $0, allDay: row.bool(checkInDueAllDay)).iso }
            return [
                String(row.int(id)), row.string(uuid), row.string(status), row.optionalString(customer) ?? "",
                row.optionalString(ref) ?? "", row.string(title), row.string(priority), row.optionalString(tags) ?? "",
                row.optionalString(text) ?? "", due ?? "", checkIn ?? "", row.optionalString(escalatedTo) ?? "",
                LocalTime(row.int(createdAt)).rfc3339, LocalTime(row.int(updatedAt)).rfc3339,
                row.optionalInt(resolvedAt).map { LocalTime($0).rfc3339 } ?? "",
            ]
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
}
