import CSQLite

/// A statement's result columns by name. Built once per run of a statement,
/// so a record finds its columns by name once and then reads every row by
/// index: as fast as counting columns, without anyone counting.
public struct Columns {
    private let indexes: [String: Int32]
    private let sql: String

    init(_ statement: Statement) {
        let count = sqlite3_column_count(statement.handle)
        var indexes: [String: Int32] = [:]
        indexes.reserveCapacity(Int(count))
        for column in 0..<count {
            guard let name = sqlite3_column_name(statement.handle, column) else { continue }
            // Of two columns with one name, the first wins (as in GRDB).
            let key = String(cString: name)
            if indexes[key] == nil { indexes[key] = column }
        }
        self.indexes = indexes
        sql = statement.sql
    }

    /// The index of the column named `name`. A query without it is a bug in
    /// casekit's SQL, reported as SQLite reports a missing column.
    public func index(_ name: String) throws -> Int32 {
        guard let index = indexes[name] else {
            throw DatabaseError(extendedCode: SQLITE_ERROR, message: "no such result column: \(name)", sql: sql)
        }
        return index
    }
}

/// A value read from a query row by column name, after GRDB's
/// `FetchableRecord`: the record names the columns it reads, whatever else
/// the query selects and in whatever order.
public protocol FetchableRecord {
    /// Finds this record's columns among `columns` (once per run of a
    /// statement) and returns how to read one row.
    static func decoder(_ columns: Columns) throws -> (Row) -> Self
}

extension Database {
    /// Calls `body` with each row of one statement, read by the reader
    /// `prepare` makes once from the statement's column names.
    public func forEachRow<T>(
        _ sql: String, _ arguments: [any SQLBindable] = [],
        reading prepare: (Columns) throws -> (Row) -> T, _ body: (T) throws -> Void
    ) throws {
        try withCachedStatement(sql) { statement in
            try statement.bind(arguments)
            let read = try prepare(Columns(statement))
            let row = Row(statement: statement)
            while try statement.step() {
                try body(read(row))
            }
        }
    }

    /// The rows of one statement, read as `forEachRow(_:_:reading:_:)` does.
    public func rows<T>(
        _ sql: String, _ arguments: [any SQLBindable] = [], reading prepare: (Columns) throws -> (Row) -> T
    ) throws -> [T] {
        var result: [T] = []
        try forEachRow(sql, arguments, reading: prepare) { result.append($0) }
        return result
    }

    /// The records of one statement.
    public func records<Record: FetchableRecord>(
        _ type: Record.Type, _ sql: String, _ arguments: [any SQLBindable] = []
    ) throws -> [Record] {
        try rows(sql, arguments, reading: Record.decoder)
    }

    /// The first record of one statement, or nil without rows.
    public func firstRecord<Record: FetchableRecord>(
        _ type: Record.Type, _ sql: String, _ arguments: [any SQLBindable] = []
    ) throws -> Record? {
        try withCachedStatement(sql) { statement in
            try statement.bind(arguments)
            guard try statement.step() else { return nil }
            return try Record.decoder(Columns(statement))(Row(statement: statement))
        }
    }
}
