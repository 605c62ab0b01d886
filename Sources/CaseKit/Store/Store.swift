import CSQLite

/// The casekit database: every read and write of cases goes through here, and
/// all of its SQL lives beside the function that runs it.
public final class Store {
    public let database: Database
    /// "Now" for every rule and timestamp: the injected clock.
    public let now: Int64
    /// The local day of `now`.
    public let today: LocalDate

    init(database: Database, now: Int64) {
        self.database = database
        self.now = now
        today = LocalDate(containing: now)
    }

    /// Opens (creating on first use, with its folder) the database at `path`
    /// and brings its schema up to date. A file whose owner-write bit is off
    /// is opened read-only; a file from a newer casekit is refused untouched.
    public static func open(path: String, now: Int64) throws -> Store {
        do {
            return try openOrThrowDatabaseError(path: path, now: now)
        } catch let error as DatabaseError {
            throw CaseKitError(storage: error, path: path)
        }
    }

    private static func openOrThrowDatabaseError(path: String, now: Int64) throws -> Store {
        switch FileSystem.kind(of: path) {
        case .folder:
            throw CaseKitError.storage("\(path) is a folder, not a database file",
                                       hint: "pass a file path, e.g. --db \(path)/casekit.sqlite3")
        case .other:
            throw CaseKitError.storage("\(path) is not a regular file",
                                       hint: "pass the path of a casekit database file with --db")
        case .missing:
            try FileSystem.createParentFolders(of: path)
            try FileSystem.createPrivateFile(path)
        case .file:
            break
        }
        let readOnly = FileSystem.isWriteProtected(path)
        let database = try Database(path: path, mode: readOnly ? .readOnly : .readWrite)
        let migrator = Migrator.casekit
        // Reading the version first also proves the file is a SQLite database,
        // before anything (journal mode, migrations) could write to it.
        let version = try Migrator.version(of: database)
        guard version <= migrator.latestVersion else {
            throw CaseKitError.storage(
                "\(path) was written by a newer casekit (schema \(version); this build knows \(migrator.latestVersion))",
                hint: "upgrade casekit; the file was left untouched")
        }
        try database.execute("PRAGMA foreign_keys = ON")
        try database.execute(Self.memoryMap)
        if !readOnly {
            // WAL persists in the file: set it once, when the file is new.
            let mode = try database.firstRow("PRAGMA journal_mode") { $0.string(0) }
            if mode != "wal" { try database.execute("PRAGMA journal_mode = WAL") }
            try database.execute("PRAGMA synchronous = NORMAL")
            try migrator.migrate(database)
        } else if version < migrator.latestVersion {
            throw CaseKitError.storage("\(path) is read-only and needs a schema upgrade",
                                       hint: "make it writable (chmod u+w \(path)) and run casekit again")
        }
        return Store(database: database, now: now)
    }

    /// Reading through a memory map saves a read() per page on large queues.
    static let memoryMap = "PRAGMA mmap_size = 268435456"

    /// Runs `body` in one write transaction, reporting SQLite failures as
    /// storage errors.
    func write<T>(_ body: () throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw CaseKitError(storage: error, path: database.path)
        }
    }

    /// Runs `body` on one consistent snapshot.
    func read<T>(_ body: () throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw CaseKitError(storage: error, path: database.path)
        }
    }
}

extension CaseKitError {
    /// A SQLite failure told as the user's problem, with what to do about it.
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
            self = .storage("the disk is full while writing \(path)", hint: "free some space and try again")
        default:
            self = .storage("database failure on \(path): \(error.message)",
                            hint: "check the file with: sqlite3 \(path) 'PRAGMA integrity_check'")
        }
    }
}
