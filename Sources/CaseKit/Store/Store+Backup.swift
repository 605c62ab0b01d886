extension Store {
    /// Copies the database to `target` with SQLite's online backup API: a
    /// consistent snapshot even while other processes write. The copy is made
    /// in a temp file beside the target and checked with
    /// `PRAGMA integrity_check` before it is renamed into place, so the
    /// target's name only ever holds a whole, sound copy. An existing file is
    /// refused unless `force`. The copy gets mode 0600, like the original.
    public func backup(to target: OutputTarget, force: Bool) throws {
        if target.exists && !force {
            throw CaseKitError.domain("\(target.path) already exists", hint: "pick another name, or overwrite it with --force")
        }
        let file = try AtomicFile(target: target)
        try CaseKitError.reportingStorageFailures(at: target.path) {
            try copy(to: file.temporaryPath)
            let check = try Database(path: file.temporaryPath, mode: .immutable).integrityCheck()
            guard check == "ok" else {
                throw CaseKitError.storage("the copy for \(target.path) fails its integrity check: \(check)",
                                           hint: "check the disk, then run the backup again")
            }
        }
        // A log left beside an older file of that name would be replayed
        // into the new copy on its first open.
        for suffix in ["-wal", "-shm"] { FileSystem.remove(target.resolvedPath + suffix) }
        try file.commit()
    }

    /// The online backup into the (empty) file at `path`; the connection to
    /// it is closed on return.
    private func copy(to path: String) throws {
        let target = try Database(path: path, mode: .readWrite)
        // No rollback journal: a failed copy is thrown away whole.
        try target.execute("PRAGMA journal_mode = OFF")
        try database.copy(into: target)
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try database.integrityCheck()
    }
}
