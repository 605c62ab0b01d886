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

    /// Active case ids with their titles, by id.
    public func activeCases() throws -> [(id: Int64, title: String)] {
        try database.rows(Self.selectActiveCases, reading: { columns in
            let id = try columns.index("id"), title = try columns.index("title")
            return { row in (id: row.int(id), title: row.string(title)) }
        })
    }

    /// Active case ids alone, for shells that show no descriptions (bash).
    public func activeCaseIDs() throws -> [Int64] {
        try database.rows(Self.selectActiveIDs) { $0.int(0) }
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
