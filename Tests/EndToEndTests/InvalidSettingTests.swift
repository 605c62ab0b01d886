import CaseKit
import Foundation
import Testing

/// A setting written into the settings table by hand with a value `config
/// set` would refuse is not used, and never silently: `config get` and
/// `config list` show it as invalid, and each command that uses it warns in
/// one line on stderr, its exit code unchanged.
@Suite struct InvalidSettingTests {
    let casekit = CasekitBinary()

    init() throws {
        casekit.now = "2026-11-20T09:00"
        try casekit.ok("open", "Refund", "--customer", "Acme Corp", "--next", "Call billing to confirm")
        try casekit.ok("open", "Portal down", "--customer", "Initech", "--next", "Ring the customer back")
        try casekit.ok("config", "set", "follow-up", "1w")
    }

    /// Writes what a hand with `sqlite3` would: values the CHECK allows.
    func plant(_ values: [(String, String)]) throws {
        let database = try Database(path: casekit.database, mode: .readWrite)
        for (key, value) in values {
            try database.run("INSERT OR REPLACE INTO settings (key, value, set_at) VALUES (?, ?, 0)", key, value)
        }
    }

    func warnings(_ result: Run) -> [String] {
        result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("casekit: warning: the stored ") }
    }

    @Test func anInvalidStoredSettingIsSaidNotSilentlyReplaced() throws {
        let hostileLong = "soon" + String(repeating: "x", count: 10_000) + "\u{1B}[31m"
        try plant([("stale-after", "0d"), ("wait", hostileLong), ("update-every", "2 days"), ("follow-up", "12"),
                   ("review-reminder", "12h"), ("extra-verbs", "ring\ntwo words"), ("extra-vague-phrases", "look into\nput 2 bed")])

        let get = try casekit.run("config", "get", "stale-after")
        #expect(get.code == 0 && get.stdout == "7d\n")
        #expect(warnings(get) == ["casekit: warning: the stored stale-after setting is not valid ('0d'); the built-in value (7d) is used "
                                  + "(hint: casekit config set stale-after VALUE, or casekit config unset stale-after)"])
        let list = try casekit.run("config", "list")
        #expect(list.code == 0 && list.stderr.isEmpty)
        #expect(list.stdout.contains("stale-after          invalid, built in  7d (stored '0d' is not valid)"), "\(list.stdout)")
        #expect(list.stdout.contains("extra-verbs          invalid, built in  (none) (stored 'ring', 'two words' is not valid)"))
        #expect(!list.stdout.contains("\u{1B}") && list.stdout.utf8.count < 2_000)
        let json = try casekit.json("config", "list", "--json")["settings"] as! [[String: Any]]
        let wait = json.first { $0["name"] as? String == "wait" }!
        #expect(wait["value"] as? String == "3bd" && wait["invalid"] as? [String] == [hostileLong])
        #expect(json.first { $0["name"] as? String == "stale-after" }!["invalid"] as? [String] == ["0d"])
        #expect(json.first { $0["name"] as? String == "update-every" }!["invalid"] as? [String] == ["2 days"])

        // Each command that uses a setting warns once per invalid setting it
        // uses, does its work with the built-in value, and exits as before.
        // The built-in values are used: wait 3bd, update every 2bd, follow-up 3bd.
        let uses: [(arguments: [String], settings: [String], says: String)] = [
            (["today"], ["review-reminder"], ""), (["review"], ["stale-after", "extra-verbs", "extra-vague-phrases"], ""),
            (["review", "--stale-after", "3d", "--format", "json"], ["extra-verbs", "extra-vague-phrases"], ""),
            (["wait", "1", "--on", "Globex IT"], ["wait"], "follow up Wed (2026-11-25)"),
            (["wait", "1", "--on", "Globex IT", "--until", "fri"], [], ""),
            (["escalate", "2", "--to", "Network Ops"], ["update-every"], "next customer update Tue (2026-11-24)"),
            (["resolve", "1", "--checkin", "+3d"], [], ""), (["resolve", "2"], ["follow-up"], "Wed (2026-11-25)"),
            (["open", "New", "--next", "Ring them"], ["extra-verbs", "extra-vague-phrases"], "3"),
            (["list"], [], ""), (["show", "1"], [], ""),
        ]
        for use in uses {
            let result = try casekit.run(use.arguments)
            #expect(result.code == 0 && (use.says.isEmpty || result.stdout.contains(use.says)), "\(use.arguments): \(result.stdout) \(result.stderr)")
            let named = warnings(result).map { $0.dropFirst("casekit: warning: the stored ".count).prefix { $0 != " " } }
            #expect(named.map(String.init) == use.settings, "\(use.arguments): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}") && result.stderr.utf8.count < 2_000, "\(use.arguments)")
        }
        // A refused command prints its one error line, no warning.
        let refused = try casekit.run("escalate", "99", "--to", "Ops")
        #expect(refused.isRefusal(1, mentioning: "no case #99"), "\(refused.stderr)")
    }
}
