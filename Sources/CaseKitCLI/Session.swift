import Glibc
import CaseKit

/// What one command invocation runs with: the injected clock, the resolved
/// database path, and how to print.
struct Session {
    let now: Int64
    let databasePath: String
    let terminal: Terminal

    init(_ options: StoreOptions) throws {
        now = try Session.clock()
        databasePath = DatabaseLocation.resolve(flag: options.db, environment: Session.environment)
        terminal = Terminal(noColorFlag: options.noColor)
    }

    /// `CASEKIT_NOW` (ISO local date-time) when set, else the system clock.
    static func clock() throws -> Int64 {
        guard let text = environment("CASEKIT_NOW"), !text.isEmpty else {
            return Int64(time(nil))
        }
        guard let instant = WhenParser.instant(fromISO: text) else {
            throw CaseKitError.usage("CASEKIT_NOW='\(text)' is not a local date-time",
                                     hint: "use the form 2026-11-22T09:00 (years 0001-9999, two-digit hours and minutes), or unset it")
        }
        return instant
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Opens the database for `access`: by default to change the queue
    /// already there, refused when there is none. A read without a database
    /// file says so in one line on stderr (not an error) and reads the empty
    /// queue; only the commands that start a queue ask for `.write`.
    func openStore(for access: Store.Access = .update) throws -> Store {
        let store = try Store.open(path: databasePath, now: now, for: access)
        if store.isEmptyStandIn {
            Output.note("casekit: \(CaseKitError.noDatabase(at: databasePath))")
        }
        return store
    }

    /// WHEN values read on `store`'s working calendar.
    func when(_ store: Store) throws -> WhenParser {
        WhenParser(now: now, calendar: try store.workingCalendar())
    }

    /// The date a WHEN argument names, seen from now. Only a form that
    /// counts working days (`2bd`, `nwd`) reads the working calendar, without
    /// creating a database, so a command still checks its dates before it
    /// opens the database to write.
    func due(_ text: WhenText) throws -> Due {
        let calendar = text.needsCalendar ? try Store.open(path: databasePath, now: now, for: .read).workingCalendar() : .standard
        return try WhenParser(now: now, calendar: calendar).due(text)
    }

    /// The date an optional WHEN argument names, seen from now.
    func due(_ text: WhenText?) throws -> Due? {
        try text.map { try due($0) }
    }
}
