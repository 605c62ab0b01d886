import CaseKit
import Foundation
import Testing

/// A whole-day date is a calendar date: entered in New York, it reads the same
/// on every surface under any `TZ`, survives export → import across zones, and
/// is overdue only once that day is over where the agent is.
@Suite struct WholeDayDateTests {
    let casekit = CasekitBinary()

    /// One instant, 2026-11-22 14:00 UTC, as each zone's wall clock: the
    /// CASEKIT_NOW that makes the same "exported" stamp everywhere.
    static let zones = [
        (zone: "America/New_York", now: "2026-11-22T09:00"), (zone: "UTC", now: "2026-11-22T14:00"),
        (zone: "Asia/Tokyo", now: "2026-11-22T23:00"), (zone: "Pacific/Kiritimati", now: "2026-11-23T04:00"),
        (zone: "Pacific/Pago_Pago", now: "2026-11-22T03:00"),
    ]

    init() throws {
        // The helper runs under America/New_York.
        try casekit.ok("open", "Refund charged twice", "--customer", "Acme", "--next", "Call billing about the refund",
                       "--due", "2026-11-27")
        try casekit.ok("checkin", "add", "1", "2026-11-27", "--note", "Did the refund arrive?")
        try casekit.ok("open", "Portal down", "--customer", "Globex")
        try casekit.ok("wait", "2", "--on", "vendor", "--until", "2026-11-27")
    }

    func under(_ zone: String, now: String) {
        casekit.environment["TZ"] = zone
        casekit.now = now
    }

    func file(_ name: String) -> String { casekit.folder + "/" + name }

    func items(_ json: [String: Any], _ key: String) -> [[String: Any]] {
        json[key] as? [[String: Any]] ?? []
    }

    @Test func everySurfaceShowsTheDateAsEntered() throws {
        for (zone, now) in Self.zones {
            under(zone, now: now)
            let show = try casekit.ok("show", "1")
            #expect(show.contains("2026-11-27") && !show.contains("2026-11-28") && !show.contains("2026-11-26"),
                    "\(zone): \(show)")
            let detail = try #require(try casekit.json("show", "1", "--json")["case"] as? [String: Any])
            #expect((detail["next_action"] as? [String: Any])?["due"] as? String == "2026-11-27", "\(zone): \(detail)")
            #expect(items(detail, "check_ins").map { $0["due"] as? String } == ["2026-11-27"], "\(zone)")

            let list = items(try casekit.json("list", "--json"), "cases")
            #expect((list.first { $0["id"] as? Int == 1 }?["next_action"] as? [String: Any])?["due"] as? String
                == "2026-11-27", "\(zone): \(list)")
            #expect((list.first { $0["id"] as? Int == 2 }?["waiting"] as? [String: Any])?["until"] as? String
                == "2026-11-27", "\(zone): \(list)")
            #expect(items(try casekit.json("checkin", "list", "--json"), "check_ins").map { $0["due"] as? String }
                == ["2026-11-27"], "\(zone)")

            let coming = items(try casekit.json("review", "--format", "json"), "coming")
            let day = try #require(coming.first { $0["date"] as? String == "2026-11-27" }, "\(zone): \(coming)")
            // Case 2's follow-up too, as the calendar feed has it.
            #expect(items(day, "items").map { $0["what"] as? String }
                == ["next action: Call billing about the refund", "check-in: Did the refund arrive?",
                    "follow up: waiting on vendor"], "\(zone): \(coming)")

            let json = try casekit.ok("export")
            #expect(json.components(separatedBy: "\"2026-11-27\"").count - 1 == 3, "\(zone): \(json)")
            #expect(!json.contains("2026-11-28") && !json.contains("2026-11-26"), "\(zone)")
            let csv = try casekit.ok("export", "--format", "csv")
            #expect(csv.contains(",Call billing about the refund,2026-11-27,2026-11-27,"), "\(zone): \(csv)")
            let ics = try casekit.ok("export", "--format", "ics")
            // The action, the check-in and case 2's follow-up (issue 12: a waiting case's follow-up is a to-do).
            #expect(ics.components(separatedBy: "DUE;VALUE=DATE:20261127\r\n").count - 1 == 3, "\(zone): \(ics)")
            #expect(!ics.contains("20261128") && !ics.contains("20261126"), "\(zone)")

            // On the day itself, in that zone, it is due today.
            under(zone, now: "2026-11-27T09:00")
            let today = try casekit.json("today", "--json")
            #expect(items(today, "due_today").map { $0["due"] as? String } == ["2026-11-27"], "\(zone): \(today)")
            #expect(items(today, "check_ins").map { $0["due"] as? String } == ["2026-11-27"], "\(zone)")
            #expect(items(today, "follow_ups").map { $0["due"] as? String } == ["2026-11-27"], "\(zone)")
            #expect(items(today, "overdue_actions").isEmpty, "\(zone): \(today)")
        }
    }

    @Test func exportImportAcrossZonesIsByteIdentical() throws {
        let (zone, now) = Self.zones[0]
        under(zone, now: now)
        try casekit.ok("export", "--output", file("new-york.json"))
        var previous = file("new-york.json")
        // Each hop imports the last hop's export in one zone and exports it
        // again in another (the old storage moved the date at every hop).
        let hops = [(2, 1), (1, 4), (4, 3), (3, 0), (0, 2)]
        for (index, (importZone, exportZone)) in hops.enumerated() {
            let database = file("hop\(index).sqlite3"), export = file("hop\(index).json")
            under(Self.zones[importZone].zone, now: Self.zones[importZone].now)
            try casekit.ok("import", previous, "--db", database)
            under(Self.zones[exportZone].zone, now: Self.zones[exportZone].now)
            try casekit.ok("export", "--db", database, "--output", export)
            #expect(casekit.bytes(export) == casekit.bytes(file("new-york.json")), "hop \(index)")
            let show = try casekit.ok("show", "1", "--db", database)
            #expect(show.contains("2026-11-27") && !show.contains("2026-11-28"), "hop \(index): \(show)")
            // Importing the same file again, in the other zone, finds nothing changed.
            #expect(try casekit.ok("import", previous, "--db", database).contains("2 unchanged"), "hop \(index)")
            previous = export
        }
    }

    @Test func overdueOnlyOnceTheDayIsOverThere() throws {
        for (zone, _) in Self.zones {
            under(zone, now: "2026-11-27T23:59")
            let lastMinute = try casekit.json("today", "--json")
            #expect(items(lastMinute, "overdue_actions").isEmpty, "\(zone): \(lastMinute)")
            #expect(items(lastMinute, "due_today").map { $0["overdue"] as? Bool } == [false], "\(zone)")
            #expect(items(lastMinute, "follow_ups").map { $0["overdue"] as? Bool } == [false], "\(zone)")
            #expect(items(try casekit.json("list", "--overdue", "--json"), "cases").isEmpty, "\(zone)")
            #expect(items(try casekit.json("checkin", "list", "--overdue", "--json"), "check_ins").isEmpty, "\(zone)")
            let calm = try casekit.json("review", "--format", "json")
            #expect((calm["counts"] as? [String: Any])?["overdue"] as? Int == 0, "\(zone): \(calm)")

            under(zone, now: "2026-11-28T00:00")
            let nextDay = try casekit.json("today", "--json")
            #expect(items(nextDay, "overdue_actions").map { $0["late"] as? String } == ["1d overdue"], "\(zone): \(nextDay)")
            #expect(items(nextDay, "check_ins").map { $0["overdue"] as? Bool } == [true], "\(zone)")
            #expect(items(nextDay, "follow_ups").map { $0["overdue"] as? Bool } == [true], "\(zone)")
            #expect(items(try casekit.json("list", "--overdue", "--json"), "cases").map { $0["id"] as? Int } == [1, 2],
                    "\(zone)")
            #expect(items(try casekit.json("checkin", "list", "--overdue", "--json"), "check_ins")
                .map { [$0["case_id"] as? Int, $0["due"] as? String] as [AnyHashable?] } == [[1, "2026-11-27"]], "\(zone)")
            let late = try casekit.json("review", "--format", "json")
            #expect((late["counts"] as? [String: Any])?["overdue"] as? Int == 2, "\(zone): \(late)")
            #expect((late["counts"] as? [String: Any])?["waiting-too-long"] as? Int == 1, "\(zone): \(late)")
        }
    }

    @Test func timedAndWholeDayItemsListInTheOrderTheyFallDue() throws {
        // In Tokyo, the 27th ends before 08:00 on the 28th and after 20:00 on the 27th.
        under("Asia/Tokyo", now: "2026-11-22T23:00")
        try casekit.ok("open", "Early on the 28th", "--next", "Call the vendor back", "--due", "2026-11-28T08:00")
        try casekit.ok("open", "Late on the 27th", "--next", "Email the customer", "--due", "2026-11-27T20:00")
        for arguments in [["list", "--json"], ["list", "--json", "--limit", "3"], ["list", "--json", "--sort", "priority"]] {
            let ids = items(try casekit.json(arguments), "cases").map { $0["id"] as? Int }
            // Case 2 waits until the 27th: it sorts by that follow-up date.
            #expect(Array(ids.prefix(3)) == [4, 1, 2], "\(arguments): \(ids)")
        }
    }
}

/// A file from before schema 4 stored a whole day as the instant its local
/// day ended; opening it converts every such value, once, to the calendar date
/// it meant where it was written.
@Suite struct WholeDayMigrationTests {
    let casekit = CasekitBinary()

    @Test func versionTwoFileKeepsItsDatesInEveryZone() throws {
        try casekit.ok("open", "Refund charged twice", "--next", "Call billing about the refund", "--due", "2026-11-27")
        try casekit.ok("checkin", "add", "1", "2026-11-27")
        try casekit.ok("checkin", "add", "1", "2027-03-14")  // New York springs forward that day
        try casekit.ok("open", "Portal down", "--next", "Send the workaround", "--due", "2026-11-27T14:30")
        try casekit.ok("wait", "2", "--on", "vendor", "--until", "2026-11-27")
        // Back to what a version-2 casekit wrote in New York: the end of each
        // local day as an instant (2026-11-28 05:00 UTC, 2027-03-15 04:00 UTC).
        let database = try Database(path: casekit.database, mode: .readWrite)
        let endOfLocalDay = "CASE %@ WHEN 1795824000 THEN 1795842000 WHEN 1805068800 THEN 1805083200 ELSE -1 END"
        try database.execute("""
            UPDATE next_actions SET due_at = \(String(format: endOfLocalDay, "due_at")) WHERE due_all_day = 1;
            UPDATE check_ins SET due_at = \(String(format: endOfLocalDay, "due_at")) WHERE due_all_day = 1;
            UPDATE cases SET follow_up_at = \(String(format: endOfLocalDay, "follow_up_at"))
            WHERE follow_up_all_day = 1 AND follow_up_at IS NOT NULL;
            PRAGMA user_version = 2;
            """)
        let timed = try casekit.query("SELECT due_at FROM next_actions WHERE due_all_day = 0") { $0.int(0) }

        for zone in ["America/New_York", "Asia/Tokyo", "UTC"] {
            casekit.environment["TZ"] = zone
            let detail = try #require(try casekit.json("show", "1", "--json")["case"] as? [String: Any])
            #expect((detail["next_action"] as? [String: Any])?["due"] as? String == "2026-11-27", "\(zone)")
            #expect((detail["check_ins"] as? [[String: Any]])?.map { $0["due"] as? String } == ["2026-11-27", "2027-03-14"],
                    "\(zone): \(detail)")
            let waiting = try #require(try casekit.json("show", "2", "--json")["case"] as? [String: Any])
            #expect((waiting["waiting"] as? [String: Any])?["until"] as? String == "2026-11-27", "\(zone)")
        }
        #expect(try casekit.query("PRAGMA user_version") { $0.int(0) }.first ?? 0 >= 4)
        #expect(try casekit.query("SELECT due_at FROM check_ins ORDER BY id") { $0.int(0) } == [1_795_824_000, 1_805_068_800])
        #expect(try casekit.query("SELECT follow_up_at FROM cases WHERE id = 2") { $0.int(0) } == [1_795_824_000])
        // Timed values are instants already: untouched.
        #expect(try casekit.query("SELECT due_at FROM next_actions WHERE due_all_day = 0") { $0.int(0) } == timed)
    }
}

/// Years outside 0001-9999, signed or short clock fields and spans that would
/// overflow are refused at every WHEN and in CASEKIT_NOW: exit 64 with the
/// accepted forms, the database untouched, never a crash.
@Suite struct DateInputTests {
    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Existing case", "--next", "Call the customer back")
    }

    static let badWhens = [
        "0000-01-01", "0000-12-31T23:59", "10000-01-01", "99999-12-31", "-001-01-01", "2026-11-27T-1:-1",
        "2026-11-27T+1:30", "2026-11-27T24:00", "2026-11-27T9:5", "2026-11-27T14:3", "2026-11-27T14:30:-1",
        "+99999999d", "+9223372036854775807d", "9223372036854775808d", "1000000w", "99999999999999999999m", "-5d",
    ]

    @Test(arguments: badWhens)
    func everyWhenRefuses(_ text: String) throws {
        // `=` and `--` keep a leading minus from reading as an option.
        for arguments in [["next", "1", "Call back", "--due=\(text)"], ["checkin", "add", "1", "--", text],
                          ["wait", "1", "--on", "customer", "--until=\(text)"], ["resolve", "1", "--checkin=\(text)"]] {
            try casekit.expectRefused(arguments, code: 64, mentioning: [text, "2026-11-27T14:30"])
        }
    }

    @Test func relativeDatesPastYear9999Refuse() throws {
        casekit.now = "9999-12-31T12:00"
        try casekit.ok("next", "1", "Call the customer today", "--due", "today")
        for text in ["tomorrow", "+1d", "12h", "1m", "10000m", "10000w", "fri"] {
            try casekit.expectRefused(["next", "1", "Call back", "--due", text], code: 64,
                                      mentioning: [text, "0001-9999", "2026-11-27T14:30"])
        }
        // Every reading command still works on the last day of the calendar.
        for command in [["today"], ["list"], ["review"], ["checkin", "list"], ["export", "--format", "ics"]] {
            try casekit.ok(command)
        }
        casekit.now = "0001-01-01T00:00"
        try casekit.expectRefused(["next", "1", "Call back", "--due", "yesterday"], code: 64, mentioning: ["yesterday"])
        for command in [["today"], ["list"], ["review"], ["show", "1"]] {
            try casekit.ok(command)
        }
    }

    /// A local time whose UTC instant leaves the calendar (exports write UTC)
    /// is refused, not moved to the calendar's edge.
    @Test func localTimesPastTheCalendarInUTCRefuse() throws {
        casekit.environment["TZ"] = "Pacific/Pago_Pago"
        try casekit.expectRefused(["next", "1", "Call back", "--due", "9999-12-31T23:30"], code: 64,
                                  mentioning: ["9999-12-31T23:30", "0001-9999"])
        casekit.now = "9999-12-31T23:30"
        try casekit.expectRefused(["list"], code: 64, mentioning: ["CASEKIT_NOW"])
        casekit.now = "2026-11-22T09:00"
        casekit.environment["TZ"] = "Asia/Tokyo"
        try casekit.expectRefused(["next", "1", "Call back", "--due", "0001-01-01T00:30"], code: 64,
                                  mentioning: ["0001-01-01T00:30", "0001-9999"])
        try casekit.ok("next", "1", "Call back", "--due", "9999-12-31T23:30")
    }

    /// A hand-edited file may hold any integer as a date: every reading
    /// command still answers, never trapping on the arithmetic.
    @Test func extremeStoredDatesNeverCrash() throws {
        try casekit.ok("checkin", "add", "1", "tomorrow")
        try casekit.ok("open", "Escalated one", "--next", "Call the vendor")
        try casekit.ok("escalate", "2", "--to", "Billing", "--update-every", "12h")
        try casekit.ok("open", "Waiting one")
        try casekit.ok("wait", "3", "--on", "vendor", "--until", "2026-11-23T10:00")
        for (timed, allDay) in [(Int64.min, Int64.max), (Int64.max, Int64.min), (-1, 0)] {
            let database = try Database(path: casekit.database, mode: .readWrite)
            try database.execute("""
                UPDATE next_actions SET due_at = \(timed), due_all_day = 0 WHERE case_id = 1;
                UPDATE next_actions SET due_at = \(allDay), due_all_day = 1 WHERE case_id = 2;
                UPDATE check_ins SET due_at = \(allDay), due_all_day = 1;
                UPDATE cases SET follow_up_at = \(timed) WHERE id = 3;
                UPDATE escalations SET started_at = \(timed);
                """)
            for command in [["today"], ["list"], ["list", "--overdue"], ["review"], ["checkin", "list"], ["show", "1"],
                            ["show", "2"], ["show", "3"], ["export"], ["export", "--format", "csv"],
                            ["export", "--format", "ics"], ["today", "--json"], ["review", "--format", "json"]] {
                try casekit.ok(command)
            }
        }
    }

    @Test(arguments: ["0000-01-01", "0000-01-01T00:00", "10000-01-01T00:00", "2026-11-27T-1:-1", "2026-11-27T24:00",
                      "2026-11-27T9:5", "2026-11-27T09:00:-1", "+99999999d", "2026-11-27T+9:00"])
    func badCasekitNowRefuses(_ text: String) throws {
        casekit.now = text
        try casekit.expectRefused(["list"], code: 64, mentioning: ["CASEKIT_NOW", "2026-11-22T09:00"])
        try casekit.expectRefused(["next", "1", "Call back", "--due", "today"], code: 64, mentioning: ["CASEKIT_NOW"])
    }
}

private extension CasekitBinary {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try run(arguments)
        #expect(output.code == 0, "\(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
    }

    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(result.code == 0, "casekit \(arguments.joined(separator: " ")): \(result.stderr)",
                sourceLocation: sourceLocation)
        return result.stdout
    }
}
