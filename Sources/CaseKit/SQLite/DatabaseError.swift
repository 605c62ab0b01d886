import Glibc
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

extension DatabaseError {
    /// The failures of a connection that may not write or create the WAL's
    /// side files: read-only media, a missing permission, a full disk.
    var meansCannotWrite: Bool {
        [SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM, SQLITE_FULL, SQLITE_IOERR].contains(code)
    }

    /// A value the schema refused (a constraint, or text or a blob over
    /// SQLite's length limit): the data's fault, not the file's.
    var isRefusedValue: Bool {
        code == SQLITE_CONSTRAINT || code == SQLITE_TOOBIG
    }
}

extension CaseKitError {
    /// A SQLite failure told as the user's problem, with what to do about it.
    /// The one place where SQLite's result codes become casekit's errors.
    public init(storage error: DatabaseError, path: String) {
        switch error.code {
        case SQLITE_BUSY, SQLITE_LOCKED:
            self = .storage("the database is locked by another process (waited 5 s)",
                            hint: "try again when the other casekit command has finished")
        case SQLITE_NOTADB:
            self = .storage("\(path) is not a casekit database (not a SQLite file)",
                            hint: "pass the right file with --db, or move this one away")
        case SQLITE_READONLY:
            self = .storage("\(path) is read-only",
                            hint: "make it writable (chmod u+w \(path)) or use a read command such as 'list'")
        case SQLITE_CORRUPT:
            self = .storage("\(path) is damaged (\(error.message))",
                            hint: "restore it from a backup made with 'casekit backup'")
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH:
            self = .storage("cannot open \(path): \(error.message)",
                            hint: "check that the path and its folder exist and are accessible")
        case SQLITE_FULL:
            self = .diskFull(path)
        case SQLITE_IOERR where error.systemErrno == ENOSPC || error.systemErrno == EDQUOT:
            self = .diskFull(path)
        default:
            self = .storage("database failure on \(path): \(error.message)",
                            hint: "check the file with: sqlite3 \(path) 'PRAGMA integrity_check'")
        }
    }

    /// Runs `body`, reporting a SQLite failure in it as a storage error on
    /// `path`. Every conversion goes through here.
    static func reportingStorageFailures<T>(at path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw CaseKitError(storage: error, path: path)
        }
    }
}
