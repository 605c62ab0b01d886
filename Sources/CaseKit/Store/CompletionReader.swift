/// Read-only access for shell completion: never creates a file, never
/// migrates, never writes.
public struct CompletionReader {
    public enum Field: Sendable {
        case customer, tag, context, team
    }

    let database: Database

    public init(path: String) throws {
        guard FileSystem.kind(of: path) == .file else {
            throw CaseKitError.storage("no database at \(path)", hint: "open a case first")
        }
        database = try Database(path: path, mode: .immutable, busyTimeout: 200)
    }

    // INDEXED BY: without statistics the planner prefers the status index and
    // then fetches every title from the table.
    static let selectActiveCases = """
        SELECT id, title FROM cases INDEXED BY cases_active_titles
        WHERE status IN \(Policy.activeStatusesSQL) ORDER BY id
        """

    static let selectActiveIDs = """
        SELECT id FROM cases INDEXED BY cases_active_titles
        WHERE status IN \(Policy.activeStatusesSQL) ORDER BY id
        """

    // The statuses go in as one bound JSON array: a case in any status may
    // be asked for (`close` offers resolved cases, `reopen` resolved and closed).
    static let selectCases = """
        SELECT id, title FROM cases
        WHERE status IN (SELECT value FROM json_each(?)) ORDER BY id
        """

    static let selectIDs = """
        SELECT id FROM cases
        WHERE status IN (SELECT value FROM json_each(?)) ORDER BY id
        """

    /// The ids and titles of the cases in `statuses`, by id.
    public func cases(in statuses: [CaseStatus]) throws -> [(id: Int64, title: String)] {
        let active = statuses == Policy.activeStatuses
        return try database.rows(active ? Self.selectActiveCases : Self.selectCases,
                                 active ? [] : [Self.jsonList(statuses)], reading: { columns in
            let id = try columns.index("id"), title = try columns.index("title")
            return { row in (id: row.int(id), title: row.string(title)) }
        })
    }

    /// The ids alone, for shells that show no descriptions (bash).
    public func caseIDs(in statuses: [CaseStatus]) throws -> [Int64] {
        let active = statuses == Policy.activeStatuses
        return try database.rows(active ? Self.selectActiveIDs : Self.selectIDs,
                                 active ? [] : [Self.jsonList(statuses)]) { $0.int(0) }
    }

    // The resolved_at index yields the latest first and stops at the limit;
    // `+status` keeps the planner off the status index, which would visit
    // every closed case. Every resolved or closed case has resolved_at.
    static let selectRecentlyResolved = """
        SELECT id, title FROM cases
        WHERE resolved_at IS NOT NULL AND +status IN (SELECT value FROM json_each(?1))
          AND substr(CAST(id AS TEXT), 1, length(?2)) = ?2
        ORDER BY resolved_at DESC, id DESC LIMIT ?3
        """

    /// The `limit` cases in `statuses` (resolved or closed ones) resolved
    /// last among those whose id starts with `typed`, by id. Closed cases
    /// pile up for ever: completion offers the ones an agent may still mean.
    public func recentlyResolvedCases(in statuses: [CaseStatus], typed: String, limit: Int)
        throws -> [(id: Int64, title: String)] {
        try database.rows(Self.selectRecentlyResolved, [Self.jsonList(statuses), typed, Int64(limit)], reading: { columns in
            let id = try columns.index("id"), title = try columns.index("title")
            return { row in (id: row.int(id), title: row.string(title)) }
        }).sorted { $0.id < $1.id }
    }

    private static func jsonList(_ statuses: [CaseStatus]) -> String {
        "[" + statuses.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
    }

    static let selectPendingCheckIns = """
        SELECT \(CheckIn.selection) FROM check_ins k
        WHERE k.case_id = ? AND k.state = 'pending' ORDER BY k.id
        """

    /// The case's pending check-ins, by number: what `--checkin N` may pick.
    public func pendingCheckIns(of caseID: Int64) throws -> [CheckIn] {
        try database.records(CheckIn.self, Self.selectPendingCheckIns, [caseID])
    }

    static let selectCustomers = "SELECT DISTINCT customer FROM cases WHERE customer IS NOT NULL ORDER BY 1"
    static let selectTags = "SELECT DISTINCT tag FROM case_tags ORDER BY 1"
    static let selectContexts = "SELECT DISTINCT context FROM next_actions WHERE context IS NOT NULL ORDER BY 1"
    static let selectTeams = "SELECT DISTINCT team FROM escalations ORDER BY 1"

    /// The distinct values already used for `field`.
    public func values(of field: Field) throws -> [String] {
        let sql: String
        switch field {
        case .customer: sql = Self.selectCustomers
        case .tag: sql = Self.selectTags
        case .context: sql = Self.selectContexts
        case .team: sql = Self.selectTeams
        }
        return try database.rows(sql) { $0.string(0) }
    }
}

extension CompletionReader {
    /// The holidays, by date, with their names: what `config holiday remove`
    /// offers. A file from before schema 11 has none (the query fails, and
    /// completion offers nothing).
    public func holidays() throws -> [(date: String, name: String?)] {
        try database.rows(Store.selectHolidays) { ($0.string(0), $0.optionalString(1)) }
    }
}
