import Dispatch

/// Reading on two cores: the weekly review's rules are independent queries,
/// and the machines it runs on have at least two.
extension Store {
    /// Runs `here` on this connection and, at the same time, `there` on a
    /// second read-only connection on another thread; returns both results.
    ///
    /// Both must see the same state of the file, and SQLite (as built here)
    /// offers no shared snapshots: so this connection holds the write lock
    /// while both run, and nothing can commit in between. Writers wait on
    /// their busy timeout meanwhile. When the lock cannot be had at once (a
    /// write-protected file, or another process writing), both run here, one
    /// after the other, on one read snapshot.
    func readOnTwoConnections<Here, There: Sendable>(
        _ here: () throws -> Here, _ there: @escaping @Sendable (Store) throws -> There
    ) throws -> (Here, There) {
        let both = try CaseKitError.reportingStorageFailures(at: database.path) {
            try database.withWritersHeldOff { () -> (Here, There) in
                // Opened only once the lock is held. A database in memory (no
                // file yet, or an older read-only file upgraded in memory) has
                // no second connection: both run here.
                guard !database.isInMemory, let second = try? Store.secondReader(of: self) else {
                    return (try here(), try there(self))
                }
                let worker = Handoff<There>(store: second)
                let done = DispatchSemaphore(value: 0)
                DispatchQueue.global().async {
                    worker.result = Result { try worker.store.read { try there(worker.store) } }
                    done.signal()
                }
                let mine = Result { try here() }
                done.wait()
                return (try mine.get(), try worker.result!.get())
            }
        }
        return try both ?? read { (try here(), try there(self)) }
    }

    /// A read-only connection to the same file, set up for reading like this one.
    private static func secondReader(of store: Store) throws -> Store {
        // An immutable file (read-only media, a full disk) is read the same way twice.
        let mode: Database.Mode = store.database.mode == .immutable ? .immutable : .readOnly
        let database = try Database(path: store.database.path, mode: mode)
        try database.execute(memoryMap)
        return Store(database: database, now: store.now)
    }
}

/// What passes to the second thread and back: the second connection, used
/// only there until `result` is set, and the result, read only after the
/// thread signalled.
private final class Handoff<There>: @unchecked Sendable {
    let store: Store
    var result: Result<There, any Error>?

    init(store: Store) {
        self.store = store
    }
}
