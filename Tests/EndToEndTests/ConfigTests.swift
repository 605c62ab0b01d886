import Foundation
import Testing

/// `casekit config` as a user runs it, and the settings changing what the
/// other commands do.
@Suite struct ConfigTests {
    let casekit = CasekitBinary()

    @Test func listShowsEveryDefaultAndCreatesNothing() throws {
        let text = try casekit.run("config", "list")
        #expect(text.code == 0)
        #expect(text.stdout == """
            SETTING              FROM     VALUE
            stale-after          default  7d
            update-every         default  2bd
            follow-up            default  3bd
            wait                 default  3bd
            review-reminder      default  7d
            extra-verbs          default  (none)
            extra-vague-phrases  default  (none)
            working-days         default  mon, tue, wed, thu, fri
            count-working-days   default  yes

            """)
        #expect(casekit.bytes() == nil, "a read command created the database")
        let json = try casekit.json("config", "list", "--json")
        let settings = try #require(json["settings"] as? [[String: Any]])
        #expect(settings.map { $0["name"] as? String } == [
            "stale-after", "update-every", "follow-up", "wait", "review-reminder", "extra-verbs", "extra-vague-phrases",
            "working-days", "count-working-days",
        ])
        #expect(settings.allSatisfy { $0["default"] as? Bool == true && $0["set"] is NSNull })
        #expect(settings[5]["value"] as? [String] == [])
    }

    @Test func setGetAndUnsetAnInterval() throws {
        #expect(try casekit.ok("config", "set", "stale-after", "+5D") == "stale-after = 5d\n")
        #expect(try casekit.ok("config", "get", "stale-after") == "5d\n")
        #expect(try casekit.ok("config", "get", "wait") == "3bd\n")
        #expect(try casekit.ok("config", "list").contains("stale-after          set 2026-11-22  5d\n"))
        let json = try casekit.json("config", "list", "--json")
        let first = try #require((json["settings"] as? [[String: Any]])?.first)
        #expect(first["value"] as? String == "5d" && first["default"] as? Bool == false && first["built_in"] as? String == "7d")
        #expect(first["set"] as? String == "2026-11-22T09:00:00-05:00")
        #expect(try casekit.ok("config", "unset", "stale-after") == "stale-after = 7d (default)\n")
        #expect(try casekit.ok("config", "get", "stale-after") == "7d\n")
        #expect(try casekit.query("SELECT count(*) FROM settings") { $0.int(0) } == [0])
        let mode = try FileManager.default.attributesOfItem(atPath: casekit.database)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func listSettingsSetAddAndTakeOff() throws {
        #expect(try casekit.ok("config", "set", "extra-verbs", "ring, Fax", "ponder") == "extra-verbs = ring, fax, ponder\n")
        #expect(try casekit.ok("config", "set", "--add", "extra-verbs", "chase", "fax") == "extra-verbs = ring, fax, ponder, chase\n")
        #expect(try casekit.ok("config", "get", "extra-verbs") == "ring\nfax\nponder\nchase\n")
        #expect(try casekit.ok("config", "unset", "extra-verbs", "fax", "ring") == "extra-verbs = ponder, chase\n")
        #expect(try casekit.ok("config", "set", "extra-verbs", "fax") == "extra-verbs = fax\n")
        #expect(try casekit.ok("config", "unset", "extra-verbs") == "extra-verbs = (none) (default)\n")
        #expect(try casekit.ok("config", "get", "extra-verbs") == "")
        #expect(try casekit.ok("config", "set", "extra-vague-phrases", "Touch  Base, circle back")
            == "extra-vague-phrases = touch base, circle back\n")
    }

    /// Each refusal is one line with a hint, exit 64 (1 for a value the list
    /// does not hold), and leaves the database byte for byte as it was, or
    /// not there at all.
    @Test func badSettingsAndValuesAreRefused() throws {
        let refusals: [([String], Int32, [String])] = [
            (["config", "set", "stale-after", "0d"], 64, ["stale-after", "0d"]),
            (["config", "set", "stale-after", "soon"], 64, ["stale-after", "12h, 3d"]),
            (["config", "set", "update-every", "10001d"], 64, ["update-every"]),
            (["config", "set", "review-reminder", "12h"], 64, ["review-reminder", "7d"]),
            (["config", "set", "wait", "2d", "3d"], 64, ["wait", "one value"]),
            (["config", "set", "--add", "follow-up", "2d"], 64, ["follow-up", "--add"]),
            (["config", "set", "follow-up"], 64, ["no value"]),
            (["config", "set", "stale_after", "3d"], 64, ["stale_after", "stale-after, update-every"]),
            (["config", "get", "colour"], 64, ["colour", "extra-verbs"]),
            (["config", "unset", "nope"], 64, ["nope"]),
            (["config", "unset", "wait", "3d"], 64, ["wait"]),
            (["config", "set", "extra-verbs", "reach out"], 64, ["one word"]),
            (["config", "set", "extra-verbs", "ring\u{1B}]0;pwned\u{7}"], 64, ["ring␛]0;pwned␇"]),
            (["config", "set", "extra-verbs", "ring\u{202E}"], 64, ["ring<U+202E>"]),
            (["config", "set", "extra-verbs", "$(reboot)"], 64, ["$(reboot)"]),
            (["config", "set", "extra-vague-phrases", "a b c d e f g"], 64, ["phrase"]),
            (["config", "set", "extra-vague-phrases", "touch\u{7}base"], 64, ["phrase"]),
        ]
        for (arguments, code, words) in refusals {
            try casekit.expectRefused(arguments, code: code, mentioning: words)
        }
        #expect(casekit.bytes() == nil, "a refused setting created the database")
        try casekit.ok("config", "set", "extra-verbs", "ring")
        for (arguments, code, words) in refusals {
            try casekit.expectRefused(arguments, code: code, mentioning: words)
        }
        try casekit.expectRefused(["config", "unset", "extra-verbs", "fax"], code: 1, mentioning: ["fax", "config get extra-verbs"])
    }

    /// The review's stale rule reads the setting: a case idle for 4 days is
    /// not stale by default, is once stale-after is 3d, and a flag still wins.
    @Test func staleAfterChangesTheReview() throws {
        casekit.now = "2026-11-18T09:00"
        try casekit.ok("open", "Quiet case", "--customer", "Umbrella", "--next", "Email the invoice copy", "--due", "2026-12-10")
        casekit.now = "2026-11-22T09:00"
        #expect(!(try casekit.ok("review")).contains("Stale"))
        try casekit.ok("config", "set", "stale-after", "3d")
        let review = try casekit.ok("review")
        #expect(review.contains("Stale (1)") && review.contains("no activity for 4 days"))
        let json = try casekit.json("review", "--json")
        #expect(json["stale_after"] as? String == "3d")
        #expect(!(try casekit.ok("review", "--stale-after", "1w")).contains("Stale"))
        try casekit.ok("config", "unset", "stale-after")
        #expect(!(try casekit.ok("review")).contains("Stale"))
    }

    /// wait, resolve and escalate take their defaults from the settings.
    @Test func commandDefaultsFollowTheSettings() throws {
        try casekit.ok("config", "set", "wait", "5d")
        try casekit.ok("config", "set", "follow-up", "1w")
        try casekit.ok("config", "set", "update-every", "12h")
        try casekit.ok("open", "Waits", "--next", "Call the vendor")
        #expect(try casekit.ok("wait", "1", "--on", "vendor").contains("(2026-11-27)"))
        #expect(try casekit.ok("wait", "1", "--on", "vendor", "--until", "tomorrow").contains("(2026-11-23)"))
        try casekit.ok("open", "Resolves")
        // A week from Sunday is a Sunday: the follow-up casekit picks moves
        // to Monday, since the defaults count working days.
        #expect(try casekit.ok("resolve", "2").contains("(2026-11-30)"))
        try casekit.ok("open", "Escalates")
        #expect(try casekit.ok("escalate", "3", "--to", "Billing").contains("(2026-11-22T21:00)"))
        #expect(try casekit.query("SELECT cadence FROM escalations WHERE case_id = 3") { $0.string(0) } == ["12h"])
        try casekit.ok("open", "Escalates with a flag")
        try casekit.ok("escalate", "4", "--to", "Billing", "--update-every", "3d")
        #expect(try casekit.query("SELECT cadence FROM escalations WHERE case_id = 4") { $0.string(0) } == ["3d"])
    }

    /// Extra verbs make an action concrete, extra phrases make one vague,
    /// and the built-in list knows British spellings and the vague phrases.
    @Test func extraWordsChangeTheVagueCheck() throws {
        try casekit.ok("open", "Fax", "--next", "Fax the signed form to Dana")
        try casekit.ok("open", "Around", "--next", "Call around the office")
        try casekit.ok("open", "British", "--next", "Apologise to Dana for the delay")
        try casekit.ok("open", "Into", "--next", "Look into the billing issue")
        func vague() throws -> [Int] {
            let json = try casekit.json("review", "--json")
            return (json["findings"] as? [[String: Any]] ?? [])
                .filter { $0["kind"] as? String == "vague-next-action" }.compactMap { $0["case_id"] as? Int }
        }
        #expect(try vague() == [1, 4])
        try casekit.ok("config", "set", "extra-verbs", "fax")
        try casekit.ok("config", "set", "extra-vague-phrases", "call around")
        #expect(try vague() == [2, 4])
        #expect(try casekit.ok("review").contains("\"Call around the office\" starts with \"call around\""))
    }

    @Test func todayRemindsOfTheReviewAfterTheSetting() throws {
        casekit.now = "2026-11-10T09:00"
        try casekit.ok("open", "Old case", "--next", "Call the customer")
        casekit.now = "2026-11-22T09:00"
        #expect(try casekit.ok("today").contains("No weekly review yet"))
        try casekit.ok("config", "set", "review-reminder", "2w")
        #expect(!(try casekit.ok("today")).contains("No weekly review yet"))
        casekit.now = "2026-11-25T09:00"
        #expect(try casekit.ok("today").contains("No weekly review yet"))
    }

    /// Export writes the settings set here; import takes the ones the file
    /// set later, refuses a bad one naming it (exit 65, nothing imported),
    /// and names a setting it does not know without refusing the file.
    @Test func exportAndImportCarryTheSettings() throws {
        let file = casekit.folder + "/export.json", fresh = casekit.folder + "/fresh.sqlite3"
        try casekit.ok("open", "A case", "--next", "Call the customer")
        try casekit.ok("config", "set", "stale-after", "4d")
        try casekit.ok("config", "set", "extra-verbs", "fax, ring")
        try casekit.ok("export", "--output", file)
        let exported = try JSONSerialization.jsonObject(with: try #require(casekit.bytes(file))) as? [String: Any]
        #expect(exported?["version"] as? Int == 1)
        let settings = exported?["settings"] as? [String: [String: Any]]
        #expect(settings?.keys.sorted() == ["extra-verbs", "stale-after"])
        #expect(settings?["stale-after"]?["value"] as? String == "4d")
        #expect(settings?["extra-verbs"]?["value"] as? [String] == ["fax", "ring"])
        #expect(settings?["stale-after"]?["set"] as? String == "2026-11-22T14:00:00Z")

        #expect(try casekit.ok("import", file, "--db", fresh) == """
            added 1 case, updated 0, 0 unchanged; 2 events and 1 follow-up items added
            settings: 2 taken from the file, 0 kept (not newer in the file)

            """)
        #expect(try casekit.ok("config", "get", "stale-after", "--db", fresh) == "4d\n")
        #expect(try casekit.ok("config", "get", "extra-verbs", "--db", fresh) == "fax\nring\n")
        try casekit.ok("export", "--db", fresh, "--output", casekit.folder + "/again.json")
        #expect(casekit.bytes(file) == casekit.bytes(casekit.folder + "/again.json"))

        // Set later here: kept. Set earlier here: the file's wins.
        casekit.now = "2026-11-23T09:00"
        try casekit.ok("config", "set", "stale-after", "9d", "--db", fresh)
        casekit.now = "2026-11-21T09:00"
        try casekit.ok("config", "set", "extra-verbs", "ponder", "--db", fresh)
        casekit.now = "2026-11-23T09:00"
        #expect(try casekit.ok("import", file, "--db", fresh).hasSuffix("settings: 1 taken from the file, 1 kept (not newer in the file)\n"))
        #expect(try casekit.ok("config", "get", "stale-after", "--db", fresh) == "9d\n")
        #expect(try casekit.ok("config", "get", "extra-verbs", "--db", fresh) == "fax\nring\n")

        let text = String(decoding: try #require(casekit.bytes(file)), as: UTF8.self)
        let bad: [(String, [String])] = [
            (text.replacingOccurrences(of: "\"4d\"", with: "\"0d\""), ["stale-after", "0d"]),
            (text.replacingOccurrences(of: "\"4d\"", with: "[\"4d\"]"), ["stale-after", "a string"]),
            (text.replacingOccurrences(of: "\"fax\",", with: "\"reach out\","), ["extra-verbs", "one word"]),
            (text.replacingOccurrences(of: "\"fax\",", with: "\"f\\u001b[2Jax\","), ["extra-verbs"]),
            (text.replacingOccurrences(of: "\"fax\",", with: "7,"), ["extra-verbs", "strings"]),
            (text.replacingOccurrences(of: "\"set\": \"2026-11-22T14:00:00Z\"", with: "\"set\": \"yesterday\""), ["set"]),
            (text.replacingOccurrences(of: "\"set\": \"2026-11-22T14:00:00Z\"", with: "\"set\": \"2030-01-01T00:00:00Z\""), ["set"]),
            (text.replacingOccurrences(of: "\"settings\": {", with: "\"settings\": [], \"x\": {"), ["settings", "an object"]),
            (text.replacingOccurrences(of: "\"stale-after\": {", with: "\"stale-after\": 3, \"y\": {"), ["stale-after", "an object"]),
            (text.replacingOccurrences(of: "\"stale-after\": {", with: "\"wait\": {\"value\": \"1d\", \"set\": \"2026-11-20T00:00:00Z\"}, \"wait\": {"), ["wait", "twice"]),
            (text.replacingOccurrences(of: "\"stale-after\": {", with: "\"stale-after\": {\"value\": \"3d\", "), ["stale-after", "\"value\" appears twice"]),
        ]
        for (document, words) in bad {
            try casekit.expectImportRefused(Array(document.utf8), mentioning: words)
        }

        let future = text.replacingOccurrences(of: "\"stale-after\": {", with: "\"working-hours\": {\"value\": \"9-17\"}, \"stale-after\": {")
        _ = FileManager.default.createFile(atPath: casekit.folder + "/future.json", contents: Data(future.utf8))
        let result = try casekit.run("import", casekit.folder + "/future.json")
        #expect(result.code == 0)
        #expect(result.stderr == "casekit: ignored the setting \"working-hours\", which this casekit does not know (hint: a newer casekit wrote the file; upgrade to keep it)\n")
    }

    /// An export with no settings set writes an empty object, which an
    /// import reads as nothing to take.
    @Test func noSettingsExportsAnEmptyObject() throws {
        try casekit.ok("open", "A case")
        let file = casekit.folder + "/export.json"
        try casekit.ok("export", "--output", file)
        let exported = try JSONSerialization.jsonObject(with: try #require(casekit.bytes(file))) as? [String: Any]
        #expect((exported?["settings"] as? [String: Any])?.isEmpty == true)
        #expect(try casekit.ok("import", file) == "added 0 cases, updated 0, 1 unchanged; 0 events and 0 follow-up items added\n")
    }

    @Test func backupCarriesTheSettings() throws {
        try casekit.ok("config", "set", "follow-up", "2w")
        let copy = casekit.folder + "/backup.sqlite3"
        try casekit.ok("backup", copy)
        #expect(try casekit.ok("config", "get", "follow-up", "--db", copy) == "2w\n")
    }
}
