import CaseKit

/// JSON of `config list --json` (Docs/json.md).
enum SettingsJSON {
    static func list(_ settings: Settings, stored: [Setting: StoredSetting]) -> JSON {
        .object([
            ("version", .int(CaseJSON.version)),
            ("settings", .array(Setting.allCases.map { setting in
                .object([
                    ("name", .string(setting.rawValue)),
                    ("value", value(setting, settings.values(of: setting))),
                    ("default", .bool(stored[setting] == nil)),
                    ("built_in", value(setting, Settings(countingWorkingDays: settings.countsWorkingDays).values(of: setting))),
                    ("set", CaseJSON.optionalInstant(stored[setting]?.setAt)),
                    ("invalid", settings.invalid[setting].map { .array($0.map(JSON.string)) } ?? .null),
                ])
            })),
        ])
    }

    /// A list setting's values as an array, any other's as its one string.
    private static func value(_ setting: Setting, _ values: [String]) -> JSON {
        setting.isList ? .array(values.map(JSON.string)) : .string(values.first ?? "")
    }
}

extension SettingsJSON {
    /// `config holiday list --json`: the holidays by date, as the export
    /// writes them.
    static func holidays(_ holidays: [Holiday]) -> JSON {
        .object([
            ("version", .int(CaseJSON.version)),
            ("holidays", .array(holidays.map { holiday in
                .object([("date", .string(holiday.date.iso)), ("name", .optional(holiday.name))])
            })),
        ])
    }
}
