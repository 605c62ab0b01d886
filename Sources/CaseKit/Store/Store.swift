/// The casekit database: every read and write of cases goes through here, and
/// all of its SQL lives beside the function that runs it.
public final class Store {
    let database: Database
    /// "Now" for every rule and timestamp: the injected clock.
    public let now: Int64
    /// The local day of `now`.
    public let today: LocalDate

    /// True for the empty in-memory queue that a read command sees when no
    /// database file exists yet.
    public let isEmptyStandIn: Bool
    /// Cases the current write changed (`appendEvent` marks them), whose
    /// agenda columns it refreshes before it commits (see `AgendaColumns`).
    var casesToRefresh: Set<Int64> = []

    init(database: Database, now: Int64, isEmptyStandIn: Bool = false) {
        self.database = database
        self.now = now
        self.isEmptyStandIn = isEmptyStandIn
        today = LocalDate(containing: now)
    }

    /// What a command means to do with the database.
    public enum Access: Sendable {
        /// Never creates a file or folder: without a database the command
        /// reads an empty queue, and a file casekit cannot write (read-only
        /// media, a full disk) is read as it is.
        case read
        /// Creates the database with its folder on first use: the commands
        /// that start a queue (`open`, `import`, `config set`).
        case write
        /// Changes the queue already there. Without a database (no file, or
        /// an empty one) it is refused and nothing is created: `note 5 x`
        /// against a mistyped `--db` must not leave a new file behind.
        case update
    }

    /// Opens the database at `path` and brings its schema up to date. A file
    /// that is not casekit's, or from a newer casekit, is refused before
    /// anything could write to it. A file whose owner-write bit is off is
    /// opened read-only.
    public static func open(path: String, now: Int64, for access: Access = .write) throws -> Store {
        try CaseKitError.reportingStorageFailures(at: path) {
            try openOrThrowDatabaseError(path: path, now: now, access: access)
        }
    }

    private static func openOrThrowDatabaseError(path: String, now: Int64, access: Access) throws -> Store {
        switch FileSystem.kind(of: path) {
        case .folder:
            throw CaseKitError.storage("\(path) is a folder, not a database file",
                                       hint: "pass a file path, e.g. --db \(path)/casekit.sqlite3")
        case .other:
            throw CaseKitError.storage("\(path) is not a regular file",
                                       hint: "pass the path of a casekit database file with --db")
        case .missing:
            if access == .read { return try emptyStandIn(now: now) }
            if access == .update { throw CaseKitError.noDatabase(at: path) }
            try FileSystem.createParentFolders(of: path)
            try FileSystem.createPrivateFile(path)
        case .file:
            // An empty file (made by `touch`) holds no queue yet: a read
            // command reads it as it reads a missing one, and writes nothing.
            if access != .write && FileSystem.isEmpty(path) {
                if access == .update { throw CaseKitError.noDatabase(at: path) }
                return try emptyStandIn(now: now)
            }
        }
        let database = try connection(path: path, access: access)
        let migrator = Migrator.casekit
        let version = try Migrator.version(of: database)
        guard version <= migrator.latestVersion else {
            throw CaseKitError.storage(
                "\(path) was written by a newer casekit (schema \(version); this build knows \(migrator.latestVersion))",
                hint: "upgrade casekit; the file was left untouched")
        }
        database.checkpointOnClose()
        try database.execute("PRAGMA foreign_keys = ON")
        try database.execute(Self.memoryMap)
        if !database.isReadOnly {
            // Schema first: a new file is casekit's from its first commit, so
            // a crash before it leaves an empty file, never an unmarked one.
            try migrator.migrate(database)
            // WAL persists in the file: set it once, when the file is new.
            let mode = try database.firstRow("PRAGMA journal_mode") { $0.string(0) }
            if mode != "wal" { try database.execute("PRAGMA journal_mode = WAL") }
            try database.execute("PRAGMA synchronous = NORMAL")
        } else if version < migrator.latestVersion {
            // A file of an older casekit that cannot be written (a backup on
            // read-only media) is read through an upgraded copy in memory;
            // the file itself is never changed.
            let upgraded = try Database(path: Database.inMemory, mode: .readWriteCreate)
            try database.copy(into: upgraded)
            try migrator.migrate(upgraded)
            return Store(database: upgraded, now: now)
        }
        return Store(database: database, now: now)
    }

    /// A connection to a file proven to be casekit's. The proof only reads,
    /// and it also shows the file is a SQLite database, before anything
    /// (journal mode, migrations) could write to it.
    private static func connection(path: String, access: Access) throws -> Database {
        do {
            let database = try Database(path: path, mode: FileSystem.isWriteProtected(path) ? .readOnly : .readWrite)
            try checkIdentity(of: database, path: path)
            return database
        } catch let error as DatabaseError where error.meansCannotWrite {
            FileSystem.removeUnusedWALSideFiles(of: path)
            guard access == .read else {
                guard FileSystem.canCreateFiles(beside: path) else {
                    throw CaseKitError.storage("the folder of \(path) is read-only",
                                               hint: "read commands such as 'list' still work; to change the queue, copy the file to a writable folder and pass it with --db")
                }
                throw error
            }
            return try readOnlyConnection(path: path)
        }
    }

    /// A file this process cannot write to, or cannot create the WAL's side
    /// files beside (read-only media, a full disk): read-only when SQLite can
    /// do that, else immutable, which needs no side files at all. Nobody can
    /// be writing a file whose side files cannot be made.
    private static func readOnlyConnection(path: String) throws -> Database {
        do {
            let database = try Database(path: path, mode: .readOnly)
            try checkIdentity(of: database, path: path)
            return database
        } catch let error as DatabaseError where error.meansCannotWrite {
            FileSystem.removeUnusedWALSideFiles(of: path)
            let database = try Database(path: path, mode: .immutable)
            try checkIdentity(of: database, path: path)
            return database
        }
    }

    /// The empty queue, in memory, with casekit's schema: what a read
    /// command shows when there is no database yet, through the same queries.
    private static func emptyStandIn(now: Int64) throws -> Store {
        let database = try Database(path: Database.inMemory, mode: .readWriteCreate)
        try Migrator.casekit.migrate(database)
        return Store(database: database, now: now, isEmptyStandIn: true)
    }

    /// Reading through a memory map saves a read() per page on large queues.
    static let memoryMap = "PRAGMA mmap_size = 268435456"

    /// Runs `body` in one write transaction, reporting SQLite failures as
    /// storage errors. A write inside another joins it, so a batch (`close 3
    /// 8 9`) runs each case's own write and still commits all or nothing.
    func write<T>(_ body: () throws -> T) throws -> T {
        if database.isInTransaction { return try body() }
        defer { casesToRefresh.removeAll() }
        return try CaseKitError.reportingStorageFailures(at: database.path) {
            try database.write {
                let result = try body()
                for id in casesToRefresh { try refreshAgendaColumns(of: id) }
                return result
            }
        }
    }

    /// Runs `body` on one consistent snapshot.
    func read<T>(_ body: () throws -> T) throws -> T {
        try CaseKitError.reportingStorageFailures(at: database.path) { try database.read(body) }
    }
}
