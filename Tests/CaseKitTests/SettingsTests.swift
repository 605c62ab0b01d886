import Testing
@testable import CaseKit

/// The settings table (schema 9) and the checks every value passes, against
/// a real database.
@Suite struct SettingsTests {
    let folder = TempFolder()

    @Test func nothingSetMeansTheBuiltInDefaults() throws {
        let store = try folder.store()
        #expect(try store.settings() == Settings.builtIn)
        #expect(Settings.builtIn.staleAfter == Policy.staleAfter && Settings.builtIn.updateEvery == Policy.updateCadence)
        #expect(Settings.builtIn.followUp == Policy.followUp && Settings.builtIn.wait == Policy.wait)
        #expect(Settings.builtIn.values(of: .reviewReminder) == ["\(Policy.reviewReminderDays)d"])
        #expect(try store.storedSettings().isEmpty)
    }

    @Test func setAddAndUnsetKeepOneRowPerSetting() throws {
        let store = try folder.store()
        #expect(try store.set(.staleAfter, to: [" +3D "]) == ["3d"])
        #expect(try store.set(.extraVerbs, to: ["Ring", "ponder", "ring"]) == ["ring", "ponder"])
        #expect(try store.add(["fax", "ponder"], to: .extraVerbs) == ["ring", "ponder", "fax"])
        #expect(try store.unset(.extraVerbs, values: ["ring"]) == ["ponder", "fax"])
        #expect(try store.set(.extraVaguePhrases, to: ["Touch   Base"]) == ["touch base"])
        let settings = try store.settings()
        #expect(settings.staleAfter == Interval(count: 3, unit: .days))
        #expect(settings.extraVerbs == ["ponder", "fax"] && settings.extraVaguePhrases == ["touch base"])
        #expect(try store.storedSettings()[.staleAfter] == StoredSetting(values: ["3d"], setAt: store.now))
        #expect(try store.unset(.extraVerbs, values: ["ponder", "fax"]).isEmpty)
        try store.unset(.staleAfter)
        #expect(try store.storedSettings().keys.sorted { $0.rawValue < $1.rawValue } == [.extraVaguePhrases])
        #expect(throws: CaseKitError.self) { try store.unset(.extraVaguePhrases, values: ["circle back"]) }
    }

    /// Hostile and mistaken values, each refused as a usage error before
    /// anything is written.
    @Test(arguments: [
        (Setting.staleAfter, "0d"), (.staleAfter, "-3d"), (.staleAfter, "3"), (.staleAfter, "3 days"), (.staleAfter, ""),
        (.updateEvery, "10001d"), (.followUp, "tomorrow"), (.wait, "3d;"), (.wait, "3x"), (.reviewReminder, "12h"),
        (.extraVerbs, "reach out"), (.extraVerbs, "call;rm -rf"), (.extraVerbs, "ring\u{1B}[31m"), (.extraVerbs, "ring\u{202E}"),
        (.extraVerbs, "ring\u{0}"), (.extraVerbs, "ring\nchase"), (.extraVerbs, String(repeating: "a", count: 41)),
        (.extraVerbs, "☎️"), (.extraVerbs, "$(reboot)"), (.extraVerbs, "`id`"), (.extraVerbs, ""),
        (.extraVerbs, "-"), (.extraVerbs, "'"), (.extraVaguePhrases, "- -"),
        (.extraVaguePhrases, "one two three four five six seven"), (.extraVaguePhrases, "touch\u{7}base"),
        (.extraVaguePhrases, "touch, base"), (.extraVaguePhrases, "   "), (.extraVaguePhrases, "touch base\u{200F}"),
    ])
    func badValuesAreUsageErrors(_ setting: Setting, _ value: String) throws {
        let store = try folder.store()
        #expect { try store.set(setting, to: [value]) } throws: { ($0 as? CaseKitError)?.kind == .usage }
        #expect(try store.storedSettings().isEmpty)
    }

    @Test func oneValueSettingsTakeOneValue() throws {
        let store = try folder.store()
        #expect { try store.set(.wait, to: ["2d", "3d"]) } throws: { ($0 as? CaseKitError)?.kind == .usage }
        #expect { try store.add(["2d"], to: .wait) } throws: { ($0 as? CaseKitError)?.kind == .usage }
        #expect { try store.unset(.wait, values: ["2d"]) } throws: { ($0 as? CaseKitError)?.kind == .usage }
        #expect { try store.set(.extraVerbs, to: []) } throws: { ($0 as? CaseKitError)?.kind == .usage }
        #expect { try Setting(named: "stale_after") } throws: { ($0 as? CaseKitError)?.kind == .usage }
        #expect(try Setting(named: " Stale-After ") == .staleAfter)
    }

    /// The schema refuses a key no build knows and an empty value, even
    /// from `sqlite3` by hand; a value that no longer parses leaves the
    /// built-in one in force.
    @Test func theSchemaChecksKeysAndAHandEditedValueFallsBack() throws {
        let store = try folder.store()
        #expect(throws: DatabaseError.self) {
            try store.database.execute("INSERT INTO settings VALUES ('color', 'blue', 0)")
        }
        #expect(throws: DatabaseError.self) {
            try store.database.execute("INSERT INTO settings VALUES ('wait', '', 0)")
        }
        try store.database.execute("INSERT INTO settings VALUES ('wait', 'soon', 0)")
        #expect(try store.settings().wait == Policy.wait)
        // …and is kept as invalid, to be said rather than silently replaced.
        #expect(try store.settings().invalid == [.wait: ["soon"]])
        #expect(try store.settings().invalidity(of: .wait)
            == "the stored wait setting is not valid ('soon'); the built-in value (3bd) is used")
        #expect(try store.settings().invalidity(of: .staleAfter) == nil)
    }

    /// A schema-8 file gains the table on first open, settings unset.
    @Test func aSchema8FileGainsTheSettingsTable() throws {
        try writeOldDatabase(at: folder.path + "/old.sqlite3", version: 8, "")
        let store = try folder.store(file: "old.sqlite3")
        #expect(try Migrator.version(of: store.database) == Migrator.casekit.latestVersion)
        #expect(try store.settings() == Settings.builtIn)
        try store.set(.followUp, to: ["1w"])
        #expect(try store.settings().followUp == Interval(count: 1, unit: .weeks))
    }

    @Test func theReviewReminderCountsWholeDays() {
        var settings = Settings()
        #expect(!settings.isReviewDue(since: day("2026-11-15"), today: day("2026-11-22")))
        #expect(settings.isReviewDue(since: day("2026-11-14"), today: day("2026-11-22")))
        settings.reviewReminder = Interval(count: 1, unit: .months)
        #expect(!settings.isReviewDue(since: day("2026-10-22"), today: day("2026-11-22")))
        #expect(settings.isReviewDue(since: day("2026-10-21"), today: day("2026-11-22")))
    }
}
