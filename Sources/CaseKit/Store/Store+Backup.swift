import CSQLite

extension Store {
    /// Copies the database to `path` with SQLite's online backup API: a
    /// consistent snapshot even while other processes write. An existing file
    /// is refused unless `force`. The copy gets mode 0600, like the original.
    public func backup(to path: String, force: Bool) throws {
        switch FileSystem.kind(of: path) {
        case .missing: break
        case .folder:
            throw CaseKitError.usage("\(path) is a folder", hint: "give the backup a file name, e.g. \(path)/casekit-backup.sqlite3")
        case .file, .other:
            guard force else {
                throw CaseKitError.domain("\(path) already exists", hint: "pick another name, or overwrite it with --force")
            }
            for suffix in ["", "-wal", "-shm"] { FileSystem.remove(path + suffix) }
        }
        try FileSystem.createPrivateFile(path)
        do {
            let target = try Database(path: path, mode: .readWrite)
            guard let backup = sqlite3_backup_init(target.handle, "main", database.handle, "main") else {
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
        } catch let error as DatabaseError {
            FileSystem.remove(path)
            throw CaseKitError(storage: error, path: path)
        }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try database.firstRow("PRAGMA integrity_check") { $0.string(0) } ?? ""
    }
}
