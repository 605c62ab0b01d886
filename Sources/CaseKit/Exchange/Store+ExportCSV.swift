extension Store {
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
}
