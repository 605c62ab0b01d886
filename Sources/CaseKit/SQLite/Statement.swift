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
    private func bind<Values: Collection<SQLValue>>(_ values: Values) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == values.count else {
            throw DatabaseError(
                extendedCode: SQLITE_RANGE,
                message: "expected \(expected) arguments, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Resets the statement and binds each value to the parameter its name
    /// names. A value the statement has no parameter for is left out (an
    /// UPDATE sets fewer columns than the record has); a parameter left
    /// without a value is an error, as a misspelt name would be.
    func bind(_ bindings: Bindings) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let indexes = try parameterIndexes(bindings)
        for (index, entry) in zip(indexes, bindings.entries) where index > 0 {
            try bind(entry.value, at: index)
        }
    }

    /// The parameter indexes of the names last bound, and those names.
    private var namedIndexes: (names: [StaticString], indexes: [Int32])?

    /// The index of each name bound (0 for none), resolved once: a cached
    /// statement is bound with the same names in the same order each time
    /// (a record encodes itself so), and the same literals at the same
    /// addresses, so checking that they are the ones resolved last compares
    /// pointers, where asking SQLite again would compare every parameter's
    /// name per value.
    private func parameterIndexes(_ bindings: Bindings) throws -> [Int32] {
        if let resolved = namedIndexes,
           resolved.names.elementsEqual(bindings.entries.lazy.map(\.name), by: { $0.utf8Start == $1.utf8Start }) {
            return resolved.indexes
        }
        let names = bindings.entries.map(\.name)
        let indexes = names.map { name in
            name.withUTF8Buffer { sqlite3_bind_parameter_index(handle, String(decoding: $0, as: UTF8.self)) }
        }
        let bound = Set(indexes.filter { $0 > 0 })
        if let missing = (1..<sqlite3_bind_parameter_count(handle) + 1).first(where: { !bound.contains($0) }) {
            let name = sqlite3_bind_parameter_name(handle, missing).map { String(cString: $0) } ?? "?\(missing)"
            throw DatabaseError(extendedCode: SQLITE_RANGE, message: "no value for parameter \(name)", sql: sql)
        }
        namedIndexes = (names, indexes)
        return indexes
    }

    private func bind(_ value: SQLValue, at index: Int32) throws {
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
