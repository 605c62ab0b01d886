import CSQLite

/// A prepared statement. It owns its `sqlite3_stmt` and finalizes it when it
/// goes away, so a statement can never outlive the connection's use of it.
public final class Statement {
    let handle: OpaquePointer
    let sql: String
    private let connection: OpaquePointer

    init(connection: OpaquePointer, sql: String, persistent: Bool) throws {
        var handle: OpaquePointer?
        let flags: UInt32 = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sqlite3_prepare_v3(connection, sql, -1, flags, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(handle: connection, code: code, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    func bind(_ values: [any SQLBindable]) throws {
        try bind(values.lazy.map(\.sqlValue))
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    /// Concrete values skip the existential boxes: an import binds millions.
    func bind<Values: Collection<SQLValue>>(_ values: Values) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == values.count else {
            throw DatabaseError(
                extendedCode: SQLITE_RANGE,
                message: "expected \(expected) arguments, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let int): code = sqlite3_bind_int64(handle, index, int)
            case .real(let double): code = sqlite3_bind_double(handle, index, double)
            case .text(let text): code = bindText(text, at: index)
            }
            guard code == SQLITE_OK else {
                throw DatabaseError(handle: connection, code: code, sql: sql)
            }
        }
    }

    /// Binds text by its UTF-8 byte count, never as a C string: a C string
    /// ends at the first NUL, and SQLite would keep less than it was given.
    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { utf8 in
            // An empty buffer may have no address, and a null pointer binds NULL.
            guard let start = utf8.baseAddress else {
                return sqlite3_bind_text(handle, index, "", 0, casekit_sqlite_transient())
            }
            return start.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                sqlite3_bind_text64(handle, index, $0, UInt64(utf8.count), casekit_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
    }

    /// Advances to the next row; false when the statement is done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            let error = DatabaseError(handle: connection, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    func reset() {
        sqlite3_reset(handle)
    }
}

/// The current row of a statement being stepped. Valid only inside the
/// closure that receives it.
public struct Row {
    let statement: Statement

    public func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement.handle, column) == SQLITE_NULL
    }

    public func int(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement.handle, column)
    }

    public func optionalInt(_ column: Int32) -> Int64? {
        isNull(column) ? nil : int(column)
    }

    public func bool(_ column: Int32) -> Bool {
        int(column) != 0
    }

    public func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(statement.handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement.handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Calls `body` with the column's UTF-8 bytes, without making a String.
    public func withText<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let text = sqlite3_column_text(statement.handle, column)
        let count = Int(sqlite3_column_bytes(statement.handle, column))
        return body(UnsafeBufferPointer(start: text, count: text == nil ? 0 : count))
    }

    public func optionalString(_ column: Int32) -> String? {
        isNull(column) ? nil : string(column)
    }
}

/// A statement stepped by hand, so that several can advance side by side
/// (the export merges the rows of six tables ordered by case).
public final class Cursor {
    private let statement: Statement
    public private(set) var row: Row?

    init(statement: Statement) {
        self.statement = statement
    }

    /// Moves to the next row; false (and `row` nil) when there is none.
    @discardableResult
    public func advance() throws -> Bool {
        row = try statement.step() ? Row(statement: statement) : nil
        return row != nil
    }
}

extension Database {
    /// A cursor over one statement, positioned on its first row.
    public func cursor(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Cursor {
        let statement = try Statement(connection: handle, sql: sql, persistent: false)
        try statement.bind(arguments)
        let cursor = Cursor(statement: statement)
        try cursor.advance()
        return cursor
    }
}
