import CSQLite

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
