import Foundation
@testable import CaseKit

/// Every library test runs in New York time, which has DST changes to test
/// against; setting one zone for the whole process keeps parallel tests safe.
enum Zone {
    static let newYork: Void = {
        setenv("TZ", "America/New_York", 1)
        tzset()
    }()
}

/// An instant from a local ISO date-time, in the test zone.
func local(_ text: String) -> Int64 {
    _ = Zone.newYork
    return WhenParser.instant(fromISO: text)!
}

/// Writes a database file of an older schema: casekit's migrations up to
/// `version`, as that version of casekit left it, then `rows`.
func writeOldDatabase(at path: String, version: Int64, _ rows: String) throws {
    let database = try Database(path: path, mode: .readWriteCreate)
    for migration in Migrator.casekit.migrations where migration.version <= version {
        try migration.run(database)
        try database.execute("PRAGMA user_version = \(migration.version)")
    }
    try database.execute(rows)
}

func day(_ text: String) -> LocalDate {
    LocalDate(iso: Substring(text))!
}

/// A fresh folder under the system temp folder, removed when released.
final class TempFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "casekit-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A store on a new database file in this folder, with "now" fixed.
    func store(now: String = "2026-11-22T09:00", file: String = "casekit.sqlite3") throws -> Store {
        try Store.open(path: path + "/" + file, now: local(now))
    }
}
