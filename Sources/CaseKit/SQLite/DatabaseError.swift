import CSQLite

/// A failure reported by SQLite: the extended result code, SQLite's message at
/// the moment of failure, and the SQL that was running. Bound values are never
/// part of it: they are customer data.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE`, …).
    public let extendedCode: Int32
    public let message: String
    public let sql: String?
    /// The operating system's errno behind an I/O failure (ENOSPC: the disk
    /// is full), 0 when there is none.
    public let systemErrno: Int32

    /// The primary result code (`SQLITE_CONSTRAINT`, `SQLITE_BUSY`, …).
    public var code: Int32 { extendedCode & 0xff }

    public init(extendedCode: Int32, message: String, sql: String? = nil, systemErrno: Int32 = 0) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
        self.systemErrno = systemErrno
    }

    init(handle: OpaquePointer?, code: Int32, sql: String?) {
        let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        self.init(extendedCode: extended, message: message, sql: sql,
                  systemErrno: handle.map { sqlite3_system_errno($0) } ?? 0)
    }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}
