import CSQLite

/// One connection to a SQLite file. It owns the `sqlite3` handle, keeps a cache
/// of prepared statements keyed by SQL text, and runs every write inside a
/// `BEGIN IMMEDIATE` transaction so that concurrent writers wait on the busy
/// timeout instead of failing half-way.
public final class Database {
    public enum Mode: Sendable {
        /// Read-only and creating nothing, not even the WAL side files: for
        /// shell completion, which must leave no trace.
        case immutable
        case readOnly
        case readWrite
        case readWriteCreate
    }

    let handle: OpaquePointer
    public let path: String

    /// A private database in memory: another connection to `path` would
    /// open a new, empty one.
    public var isInMemory: Bool { path == Self.inMemory }
    public static let inMemory = ":memory:"
    public let mode: Mode
    private let busyTimeout: Int32
    private var cache: [String: Statement] = [:]

    public init(path: String, mode: Mode, busyTimeout milliseconds: Int32 = 5000) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var name = path
        switch mode {
        case .immutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            name = "file:" + Database.uriEscaped(path) + "?immutable=1"
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(name, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError(handle: handle, code: code, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        self.path = path
        self.mode = mode
        busyTimeout = milliseconds
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, milliseconds)
        casekit_disable_dqs(handle)
        casekit_checkpoint_on_close(handle, 0)
    }

    /// Lets closing the connection checkpoint the WAL into the file and
    /// delete it, as SQLite does by default. Every connection starts without
    /// it, so that opening a file that turns out not to be casekit's changes
    /// nothing; the store turns it on once the file is proven its own.
    public func checkpointOnClose() {
        casekit_checkpoint_on_close(handle, 1)
    }

    /// A path as the path part of a `file:` URI.
    static func uriEscaped(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "%"), 0x80...:
                escaped += "%" + String(byte, radix: 16, uppercase: true)
            default:
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return escaped
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no arguments (schema, pragmas).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw DatabaseError(extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql,
                                systemErrno: sqlite3_system_errno(handle))
        }
    }

    /// Runs one statement with bound arguments, ignoring any rows.
    public func run(_ sql: String, _ arguments: any SQLBindable...) throws {
        try run(sql, arguments)
    }

    /// Runs one statement with an array of bound arguments, ignoring any rows.
    public func run(_ sql: String, _ arguments: [any SQLBindable]) throws {
        try withCachedStatement(sql) { statement in
            try statement.bind(arguments)
            while try statement.step() {}
        }
    }

    /// Calls `body` with each row of one statement.
    public func forEachRow(
        _ sql: String, _ arguments: [any SQLBindable] = [], _ body: (Row) throws -> Void
    ) throws {
        try withCachedStatement(sql) { statement in
            try statement.bind(arguments)
            let row = Row(statement: statement)
            while try statement.step() {
                try body(row)
            }
        }
    }

    /// The rows of one statement, each turned into a value by `transform`.
    public func rows<T>(
        _ sql: String, _ arguments: [any SQLBindable] = [], _ transform: (Row) throws -> T
    ) throws -> [T] {
        var result: [T] = []
        try forEachRow(sql, arguments) { result.append(try transform($0)) }
        return result
    }

    /// The first row of one statement turned into a value, or nil without rows.
    public func firstRow<T>(
        _ sql: String, _ arguments: [any SQLBindable] = [], _ transform: (Row) throws -> T
    ) throws -> T? {
        try withCachedStatement(sql) { statement in
            try statement.bind(arguments)
            return try statement.step() ? transform(Row(statement: statement)) : nil
        }
    }

    /// The integer in the first column of the first row.
    public func int(_ sql: String, _ arguments: any SQLBindable...) throws -> Int64? {
        try firstRow(sql, arguments) { $0.optionalInt(0) } ?? nil
    }

    /// True when this connection cannot write the file (opened read-only or
    /// immutable).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows the last statement inserted, changed or deleted.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction: commits when it returns,
    /// rolls back and rethrows its error when it throws.
    public func write<T>(_ body: () throws -> T) throws -> T {
        try transaction("BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in a deferred transaction, so every query in it sees one
    /// consistent snapshot of the file even while other processes write.
    public func read<T>(_ body: () throws -> T) throws -> T {
        try transaction("BEGIN DEFERRED", body)
    }

    /// Runs `body` holding the write lock, when it can be had at once (the
    /// file is writable and nobody is writing), so that no other connection
    /// can commit meanwhile; nil, without running `body`, when it cannot.
    /// Nothing `body` writes is kept.
    func withWritersHeldOff<T>(_ body: () throws -> T) throws -> T? {
        sqlite3_busy_timeout(handle, 0)
        let locked = (try? execute("BEGIN IMMEDIATE")) != nil
        sqlite3_busy_timeout(handle, busyTimeout)
        guard locked else { return nil }
        defer { try? execute("ROLLBACK") }
        return try body()
    }

    /// Runs `body` with `PRAGMA writable_schema` on, inside the caller's
    /// transaction, so that it may edit the text of table definitions in
    /// `sqlite_schema`; then moves the schema cookie on, so that every
    /// connection, this one included, parses the new text. The pragma is
    /// turned off again whether `body` succeeds or fails. Only for edits that
    /// cannot make a stored row invalid (SQLite's ALTER TABLE page, "making
    /// other kinds of table schema changes").
    func editingSchemaText(_ body: () throws -> Void) throws {
        let cookie = try int("PRAGMA schema_version") ?? 0
        try execute("PRAGMA writable_schema = ON")
        defer { try? execute("PRAGMA writable_schema = OFF") }
        try body()
        try execute("PRAGMA schema_version = \(cookie + 1)")
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file, else what is wrong.
    public func integrityCheck() throws -> String {
        try firstRow("PRAGMA integrity_check") { $0.string(0) } ?? ""
    }

    /// Copies this whole database into `target` with SQLite's online backup
    /// API: one consistent snapshot even while other processes write.
    public func copy(into target: Database) throws {
        guard let backup = sqlite3_backup_init(target.handle, "main", handle, "main") else {
            throw DatabaseError(handle: target.handle, code: sqlite3_errcode(target.handle), sql: nil)
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, -1)
            // Another writer holds a lock: wait a little and go on.
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw DatabaseError(handle: target.handle, code: code == SQLITE_DONE ? finish : code, sql: nil)
        }
    }

    private func transaction<T>(_ begin: String, _ body: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // A failed COMMIT or some errors (SQLITE_FULL, SQLITE_IOERR…) end the
            // transaction already; a second ROLLBACK would hide the first error.
            if sqlite3_get_autocommit(handle) == 0 {
                try? execute("ROLLBACK")
            }
            throw error
        }
    }

    /// Runs `body` with the cached statement for `sql`, prepared on first
    /// use. A statement that failed is dropped from the cache, as GRDB's
    /// StatementCache does: the next use prepares it afresh rather than
    /// trusting one left in an error state (a schema change, an interrupt).
    func withCachedStatement<T>(_ sql: String, _ body: (Statement) throws -> T) throws -> T {
        let statement: Statement
        if let cached = cache[sql] {
            statement = cached
        } else {
            statement = try Statement(connection: handle, sql: sql, persistent: true)
            cache[sql] = statement
        }
        defer { statement.reset() }
        do {
            return try body(statement)
        } catch let error as DatabaseError {
            cache[sql] = nil
            throw error
        }
    }
}
