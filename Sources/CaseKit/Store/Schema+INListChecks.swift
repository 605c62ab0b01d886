/// Schema version 6: every `CHECK (column IN (…))` becomes
/// `CHECK (column = … OR column = …)`.
///
/// SQLite builds a temporary index for an IN list of three or more values
/// each time it checks a row, and the import checks millions (measured:
/// 4.5 s of CPU per million rows with a five-value IN list, 1.2 s with the
/// same test written with OR). The two forms accept exactly the same values,
/// NULL included (both give NULL, which a CHECK lets through), so no stored
/// row can become invalid: that is when SQLite's ALTER TABLE page allows
/// editing a table's text in `sqlite_schema` under `PRAGMA writable_schema`
/// instead of rebuilding the table. Rebuilding five tables would also drop
/// and recreate their indexes, triggers and foreign keys, for no change in
/// meaning.
extension Schema {
    static let selectTablesWithINListChecks = """
        SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK (% IN (%'
        """
    static let updateTableText = "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"

    @Sendable static func rewriteINListChecks(_ database: Database) throws {
        let tables = try database.rows(selectTablesWithINListChecks, reading: { columns in
            let name = try columns.index("name"), sql = try columns.index("sql")
            return { row in (name: row.string(name), sql: row.string(sql)) }
        })
        try database.editingSchemaText {
            for (name, sql) in tables {
                try database.run(updateTableText, withoutINListChecks(sql), name)
            }
        }
        // The check SQLite's procedure asks for; quick_check tests every row
        // against the new CHECK text and skips the index comparison, which
        // the edit cannot affect (integrity_check: 3.5 s at 100,000 cases).
        let check = try database.firstRow("PRAGMA quick_check") { $0.string(0) }
        guard check == "ok" else {
            throw CaseKitError.storage("the schema rewrite of version 6 failed its quick check",
                                       hint: "restore the file from a backup made with 'casekit backup'")
        }
    }

    /// `CHECK (x IN ('a', 'b'))` → `CHECK (x = 'a' OR x = 'b')`, for every
    /// such CHECK in a table's text; the rest of the text is kept as it is.
    /// casekit's lists hold only plain literals, so a list ends at its
    /// first closing parenthesis.
    static func withoutINListChecks(_ sql: String) -> String {
        let check = /CHECK \((\w+) IN \(([^)]*)\)\)/
        return sql.replacing(check) { match in
            let column = String(match.output.1)
            let values = match.output.2.split(separator: ",").map { value in
                let start = value.firstIndex { !$0.isWhitespace } ?? value.endIndex
                let end = value.lastIndex { !$0.isWhitespace }.map(value.index(after:)) ?? start
                return value[start..<end]
            }
            return "CHECK (" + values.map { "\(column) = \($0)" }.joined(separator: " OR ") + ")"
        }
    }
}
