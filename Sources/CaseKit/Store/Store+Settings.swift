/// A setting as stored here: its values and when it was last changed.
public struct StoredSetting: Sendable, Equatable {
    public let values: [String]
    public let setAt: Int64
}

/// `casekit config`: the settings table (schema 9). Each function that
/// changes a setting checks every value with `Setting.normalized` and writes
/// in one transaction.
extension Store {
    static let selectSettings = "SELECT key, value, set_at FROM settings"

    /// The settings set here, by setting. A row whose key this build does
    /// not know cannot exist (the schema's CHECK).
    public func storedSettings() throws -> [Setting: StoredSetting] {
        var stored: [Setting: StoredSetting] = [:]
        try database.forEachRow(Self.selectSettings) { row in
            guard let setting = Setting(rawValue: row.string(0)) else { return }
            stored[setting] = StoredSetting(values: row.string(1).split(separator: "\n").map(String.init),
                                            setAt: row.int(2))
        }
        return stored
    }

    /// The settings in force: built in, with each one set here taken over.
    /// Every command and rule that has a default asks this.
    public func settings() throws -> Settings {
        let stored = try storedSettings()
        var settings = Settings(countingWorkingDays: stored[.countWorkingDays]?.values.first != "no")
        for (setting, stored) in stored { settings.take(setting, stored.values) }
        return settings
    }

    static let upsertSetting = """
        INSERT INTO settings (key, value, set_at) VALUES (:key, :value, :set_at)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, set_at = excluded.set_at
        """
    static let deleteSetting = "DELETE FROM settings WHERE key = ?"

    /// Sets `setting` to `values` (a list setting to all of them, in order,
    /// each once); returns them as stored.
    @discardableResult
    public func set(_ setting: Setting, to values: [String]) throws -> [String] {
        let values = try setting.checked(values)
        try write {
            try store(setting, values, at: now)
            try checkCalendar(after: setting)
        }
        return values
    }

    /// Adds `values` to a list setting (one already there stays where it
    /// is); returns the whole list.
    @discardableResult
    public func add(_ values: [String], to setting: Setting) throws -> [String] {
        let added = try setting.checked(values, adding: true)
        return try write {
            let list = try settings().values(of: setting)
            let all = setting == .workingDays ? Setting.inWeekOrder(Self.unique(list + added)) : Self.unique(list + added)
            try store(setting, all, at: now)
            try checkCalendar(after: setting)
            return all
        }
    }

    /// Unsets `setting` (back to its built-in value), or takes `values` off
    /// a list setting; returns what is left set (empty: the built-in value).
    /// Taking off a value the list does not hold is a domain error: it is
    /// most likely mistyped.
    @discardableResult
    public func unset(_ setting: Setting, values: [String] = []) throws -> [String] {
        let removed = try setting.checkedForRemoval(values)
        guard !removed.isEmpty else {
            try write {
                try database.run(Self.deleteSetting, setting.rawValue)
                try checkCalendar(after: setting)
            }
            return []
        }
        return try write {
            let list = try settings().values(of: setting)
            if let missing = removed.first(where: { !list.contains($0) }) {
                throw CaseKitError.domain("\(setting.rawValue) has no '\(missing)'",
                                          hint: "casekit config get \(setting.rawValue) shows its values")
            }
            let left = list.filter { !removed.contains($0) }
            if left.isEmpty && setting == .workingDays {
                throw CaseKitError.usage("a working week needs at least one working day",
                                         hint: "'casekit config unset working-days' goes back to mon-fri")
            }
            if left.isEmpty {
                try database.run(Self.deleteSetting, setting.rawValue)
            } else {
                try store(setting, left, at: now)
            }
            return left
        }
    }

    /// Refuses, inside the write, a change of the working week that leaves
    /// the holidays covering a whole year (`WorkingCalendar.init`).
    private func checkCalendar(after setting: Setting) throws {
        if setting.shapesCalendar { _ = try workingCalendar() }
    }

    /// Writes one setting's row; an empty list removes it.
    func store(_ setting: Setting, _ values: [String], at instant: Int64) throws {
        guard !values.isEmpty else { return try database.run(Self.deleteSetting, setting.rawValue) }
        var bindings = Bindings()
        bindings.set(":key", setting.rawValue)
        bindings.set(":value", values.joined(separator: "\n"))
        bindings.set(":set_at", instant)
        try database.run(Self.upsertSetting, bindings)
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
