import Foundation
import Testing

/// The working calendar (issue 13, items 1 and 2) as a user meets it: the
/// working week and holidays in `casekit config`, `2bd` and `nwd`, and the
/// dates casekit picks itself kept off weekends and holidays, told through a
/// moving CASEKIT_NOW over a weekend and Thanksgiving.
@Suite struct WorkingDayTests {
    let casekit = CasekitBinary()

    func write(_ name: String, _ text: String) -> String {
        let path = casekit.folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func escalatedResolvedAndWaitingCasesOverAWeekendAndAHoliday() throws {
        // Friday afternoon, the week before Thanksgiving (Thursday 26th),
        // with the day after it off too.
        casekit.now = "2026-11-20T16:00"
        #expect(try casekit.ok("config", "holiday", "add", "2026-11-26", "--name", "Thanksgiving")
            == "holiday added: 2026-11-26 (Thu) Thanksgiving\n")
        try casekit.ok("config", "holiday", "add", "2026-11-27", "--name", "Day after Thanksgiving")
        try casekit.ok("open", "Outage", "--customer", "Acme", "--next", "Chase Ops for the fix")
        #expect(try casekit.ok("escalate", "1", "--to", "Ops", "--update-every", "1bd")
            == "case 1: escalated to Ops; next customer update Mon (2026-11-23)\n")

        // The weekend: nothing is owed.
        casekit.now = "2026-11-22T10:00"
        #expect((try casekit.json("today", "--json")["updates_owed"] as? [Any])?.isEmpty == true)

        // Monday: the update is owed today, and given; the next one is a
        // working day later.
        casekit.now = "2026-11-23T09:30"
        let monday = try casekit.json("today", "--json")
        #expect((monday["updates_owed"] as? [[String: Any]])?.first?["due"] as? String == "2026-11-23")
        #expect(try casekit.ok("checkin", "done", "1", "--note", "Told them Ops is on it").contains("next customer update tomorrow (2026-11-24)"))

        // Wednesday: a contact before the holidays owes the next update on
        // Monday, not on Thanksgiving or the weekend.
        casekit.now = "2026-11-24T15:00"
        try casekit.ok("checkin", "done", "1", "--note", "Fix is being tested")
        casekit.now = "2026-11-25T11:00"
        #expect(try casekit.ok("checkin", "done", "1", "--note", "Fix ships Monday").contains("(2026-11-30)"))
        // Thanksgiving and the Friday after: nothing is owed.
        for day in ["2026-11-26T10:00", "2026-11-27T10:00", "2026-11-29T10:00"] {
            casekit.now = day
            let agenda = try casekit.json("today", "--json")
            #expect((agenda["updates_owed"] as? [Any])?.isEmpty == true, "\(day)")
        }

        // A waiting case and a resolved one, on Wednesday: their defaults
        // (3bd) skip the holidays and the weekend.
        casekit.now = "2026-11-25T11:30"
        try casekit.ok("open", "Refund", "--customer", "Bolt")
        #expect(try casekit.ok("wait", "2", "--on", "customer").hasSuffix("(2026-12-02)\n"))
        try casekit.ok("resume", "2")
        #expect(try casekit.ok("resolve", "2", "--note", "Refunded").hasSuffix("(2026-12-02)\n"))
        // nwd and 2bd count the same calendar.
        try casekit.ok("open", "Login", "--customer", "Cara")
        #expect(try casekit.ok("checkin", "add", "3", "nwd").hasSuffix("(2026-11-30)\n"))
        #expect(try casekit.ok("checkin", "add", "3", "+2bd").hasSuffix("(2026-12-01)\n"))
        #expect(try casekit.ok("checkin", "add", "3", "tomorrow").hasSuffix("(2026-11-26)\n"))  // typed: kept
        // --within counts working days: the next two reach Tuesday.
        let within = try casekit.json("checkin", "list", "--within", "2bd", "--json")
        #expect((within["check_ins"] as? [[String: Any]])?.compactMap { $0["due"] as? String }.sorted()
            == ["2026-11-26", "2026-11-30", "2026-11-30", "2026-12-01"])

        // The cadence is shown and exported as written.
        #expect(try casekit.ok("show", "1").contains("1bd"))
        let export = try casekit.json("export")
        let escalations = ((export["cases"] as? [[String: Any]])?.first?["escalations"] as? [[String: Any]]) ?? []
        #expect(escalations.first?["update_every"] as? String == "1bd")
        #expect(export["holidays"] as? [[String: String]] == [
            ["date": "2026-11-26", "name": "Thanksgiving"], ["date": "2026-11-27", "name": "Day after Thanksgiving"],
        ])

        // An agent who works weekends turns the working-day defaults off:
        // 3d from Wednesday is Saturday, and stays there.
        try casekit.ok("config", "set", "count-working-days", "no")
        try casekit.ok("open", "Weekend worker")
        #expect(try casekit.ok("resolve", "4").hasSuffix("(2026-11-28)\n"))
    }

    @Test func holidaysAddListRemoveAndCarry() throws {
        #expect(try casekit.ok("config", "holiday", "list") .hasPrefix("No holidays"))
        #expect(casekit.bytes() == nil, "a read command created the database")
        try casekit.ok("config", "holiday", "add", "2026-12-25", "--name", "Christmas Day")
        // Adding twice changes nothing; --name renames.
        #expect(try casekit.ok("config", "holiday", "add", "2026-12-25") == "already a holiday: 2026-12-25 (Fri) Christmas Day\n")
        #expect(try casekit.ok("config", "holiday", "add", "2026-12-25", "--name", "Christmas")
            == "holiday renamed: 2026-12-25 (Fri) Christmas\n")
        #expect(try casekit.ok("config", "holiday", "add", "sat") == "holiday added: 2026-11-28 (Sat) (not a working day anyway)\n")
        #expect(try casekit.ok("config", "holiday", "list")
            == "DATE        DAY  NAME\n" + "2026-11-28  Sat  \n" + "2026-12-25  Fri  Christmas\n")
        let json = try casekit.json("config", "holiday", "list", "--json")
        let listed = (json["holidays"] as? [[String: Any]]) ?? []
        #expect(listed.map { "\($0["date"] as? String ?? "?") \($0["name"] as? String ?? "-")" } == ["2026-11-28 -", "2026-12-25 Christmas"])
        // Completion offers the holidays' dates to remove.
        let offered = try casekit.run(["---completion", "config", "holiday", "remove", "--", "positional@0", "4", "0",
                                       "casekit", "config", "holiday", "remove", ""]).stdout
        #expect(offered == "2026-11-28\n2026-12-25\n")
        let values = try casekit.run(["---completion", "config", "set", "--", "positional@1", "4", "0",
                                      "casekit", "config", "set", "working-days", ""]).stdout
        #expect(values.hasPrefix("mon-fri\n"))

        // Export and import carry them, merging by date.
        let exported = try casekit.ok("export")
        #expect(try casekit.ok("config", "holiday", "remove", "2026-11-28", "2026-12-25")
            == "holiday removed: 2026-11-28 (Sat)\nholiday removed: 2026-12-25 (Fri) Christmas\n")
        try casekit.ok("config", "holiday", "add", "2026-12-25", "--name", "Xmas")
        #expect(try casekit.ok("import", write("export.json", exported)).hasSuffix("holidays: 1 added, 1 renamed, 0 already there\n"))
        #expect(try casekit.query("SELECT date, name FROM holidays ORDER BY date") { "\($0.string(0)) \($0.optionalString(1) ?? "-")" }
            == ["2026-11-28 -", "2026-12-25 Christmas"])

        // The working week.
        #expect(try casekit.ok("config", "set", "working-days", "mon-thu, sat") == "working-days = mon, tue, wed, thu, sat\n")
        #expect(try casekit.ok("config", "set", "--add", "working-days", "sunday") == "working-days = mon, tue, wed, thu, sat, sun\n")
        #expect(try casekit.ok("config", "unset", "working-days", "sat", "sun") == "working-days = mon, tue, wed, thu\n")
        try casekit.ok("open", "Four-day week")
        casekit.now = "2026-11-26T09:00"  // Thursday: the next working day is Monday
        #expect(try casekit.ok("checkin", "add", "1", "nwd").hasSuffix("(2026-11-30)\n"))
        #expect(try casekit.ok("config", "unset", "working-days") == "working-days = mon, tue, wed, thu, fri (default)\n")
    }

    @Test func importsAPublicHolidayCalendar() throws {
        let calendar = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//casekit tests//EN",
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261226",
            "SUMMARY;LANGUAGE=en:Christmas ", " Day", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20281225", "END:VEVENT",
            "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20261228", "DTEND;VALUE=DATE:20261231",
            "SUMMARY:Winter break\\, part 1", "BEGIN:VALARM", "ACTION:DISPLAY", "SUMMARY:not the name", "END:VALARM", "END:VEVENT",
            "BEGIN:VEVENT", "UID:3", "DTSTART;VALUE=DATE:20261126", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
            "SUMMARY:Thanksgiving", "END:VEVENT",
            "BEGIN:VEVENT", "UID:4", "DTSTART:20261201T090000Z", "DTEND:20261201T100000Z", "SUMMARY:Meeting", "END:VEVENT",
            "BEGIN:VEVENT", "UID:5", "DTSTART;VALUE=DATE:20280229", "SUMMARY:Leap day", "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let path = write("holidays.ics", calendar)
        #expect(try casekit.ok("config", "holiday", "import", path)
            == "holidays: 9 added, 0 renamed, 0 already there; skipped 2 events (timed, cancelled or repeating other than yearly)\n")
        let dates = try casekit.query("SELECT date, name FROM holidays ORDER BY date") { "\($0.string(0)) \($0.optionalString(1) ?? "-")" }
        #expect(dates == [
            "2026-12-25 Christmas Day", "2026-12-28 Winter break, part 1", "2026-12-29 Winter break, part 1",
            "2026-12-30 Winter break, part 1", "2027-12-25 Christmas Day", "2028-02-29 Leap day",
            "2029-12-25 Christmas Day", "2030-12-25 Christmas Day", "2031-12-25 Christmas Day",
        ])
        // The same file again, with LF line ends: nothing new.
        let again = write("again.ics", calendar.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(try casekit.ok("config", "holiday", "import", again).hasPrefix("holidays: 0 added, 0 renamed, 9 already there;"))
    }

    /// A SUMMARY with control characters is kept exactly (JSON shows it)
    /// and shown with visible stand-ins; one of 1 MB is refused.
    @Test func hostileHolidayNames() throws {
        let evil = "Evil\u{1B}[2J\u{07}\u{202E}Day"
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:\(evil)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try casekit.ok("config", "holiday", "import", write("evil.ics", ics))
        let list = try casekit.ok("config", "holiday", "list")
        #expect(!list.contains("\u{1B}") && !list.contains("\u{07}") && !list.contains("\u{202E}"))
        #expect(list.contains("Evil"))
        let json = try casekit.json("config", "holiday", "list", "--json")
        #expect((json["holidays"] as? [[String: Any]])?.first?["name"] as? String == evil)
        let typed = try casekit.run("config", "holiday", "add", "2026-12-24", "--name", "Eve\u{1B}]0;owned\u{07}")
        #expect(typed.code == 0 && !typed.stdout.contains("\u{1B}"))

        let huge = String(repeating: "A", count: 1 << 20)
        let refused = write("huge.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261231\r\nSUMMARY:\(huge)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        try casekit.expectRefused(["config", "holiday", "import", refused], code: 65, mentioning: ["SUMMARY", "at most 200"])
        try casekit.expectRefused(["config", "holiday", "add", "2026-12-31", "--name", String(repeating: "x", count: 201)],
                                  code: 64, mentioning: ["at most 200"])
    }

    /// Every refusal: one error line with a hint, its exit code, and the
    /// database byte for byte as it was.
    @Test func badWorkingDaysAndHolidaysAreRefused() throws {
        try casekit.ok("open", "A case", "--next", "Call them")
        try casekit.ok("escalate", "1", "--to", "Ops")
        try casekit.ok("config", "holiday", "add", "2026-12-25")
        let usage: [([String], [String])] = [
            // Working-day intervals and WHENs.
            (["next", "1", "Call them", "--due", "0bd"], ["'0bd'", "--due <when>"]),
            (["next", "1", "Call them", "--due=-1bd"], ["'-1bd'"]),
            (["next", "1", "Call them", "--due", "2bdx"], ["'2bdx'"]),
            (["checkin", "add", "1", "nwdx"], ["'nwdx'"]),
            (["escalate", "1", "--to", "Ops", "--update-every", "0bd"], ["'0bd'", "--update-every <interval>", "2bd"]),
            (["escalate", "1", "--to", "Ops", "--update-every", "2bdx"], ["'2bdx'"]),
            (["checkin", "list", "--within", "0bd"], ["'0bd'", "--within <interval>"]),
            (["review", "--stale-after", "bd"], ["'bd'"]),
            (["config", "set", "follow-up", "0bd"], ["follow-up"]),
            (["config", "set", "wait", "2bdx"], ["wait"]),
            (["config", "set", "review-reminder", "5bd"], ["review-reminder", "working days"]),
            // Holidays that are not whole days.
            (["config", "holiday", "add", "2026-02-30"], ["'2026-02-30' is not a date"]),
            (["config", "holiday", "add", "2026-13-01"], ["not a date"]),
            (["config", "holiday", "add", "christmas"], ["not a date"]),
            (["config", "holiday", "add", ""], ["not a date"]),
            (["config", "holiday", "add", "tomorrow 14:30"], ["whole day"]),
            (["config", "holiday", "add", "12h"], ["whole day"]),
            (["config", "holiday", "remove", "2026-02-30"], ["not a date"]),
            // The working week.
            (["config", "set", "working-days", "funday"], ["'funday'", "mon-fri"]),
            (["config", "set", "working-days", "mon-"], ["'mon-'"]),
            (["config", "set", "working-days", ""], ["no value"]),
            (["config", "set", "working-days", ",,"], ["no value"]),
            (["config", "unset", "working-days", "mon", "tue", "wed", "thu", "fri"], ["at least one working day"]),
            (["config", "set", "count-working-days", "maybe"], ["yes or no"]),
        ]
        for (arguments, words) in usage {
            try casekit.expectRefused(arguments, code: 64, mentioning: words)
        }
        // Domain refusals: a day that is no holiday; holidays covering a
        // whole year, by hand or from a file.
        try casekit.expectRefused(["config", "holiday", "remove", "2026-12-24"], code: 1, mentioning: ["not a holiday"])
        let year = write("year.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20280101\r\nSUMMARY:Sabbatical\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        try casekit.expectRefused(["config", "holiday", "import", year], code: 1, mentioning: ["no working day for more than a year", "holiday remove"])
        // Files that are not calendars: exit 65, nothing added.
        let notCalendars: [(String, [UInt8])] = [
            ("export.json", Array("{\"format\": \"casekit-export\"}".utf8)),
            ("empty.ics", []),
            ("open.ics", Array("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261231\r\n".utf8)),
            ("card.vcf", Array("BEGIN:VCARD\r\nFN:Dana\r\nEND:VCARD\r\n".utf8)),
            ("binary.ics", [0xFF, 0xFE, 0x00, 0x42, 0x80]),
            ("crossed.ics", Array("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n".utf8)),
            ("trailing.ics", Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\n".utf8)),
            ("noline.ics", Array("BEGIN:VCALENDAR\r\njust words\r\nEND:VCALENDAR\r\n".utf8)),
        ]
        for (name, bytes) in notCalendars {
            let path = casekit.folder + "/" + name
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            try casekit.expectRefused(["config", "holiday", "import", path], code: 65, mentioning: ["not a holiday calendar"])
        }
        try casekit.expectRefused(["config", "holiday", "import", casekit.folder + "/missing.ics"], code: 64, mentioning: ["cannot read"])
        // An export whose holidays are bad is refused as a whole.
        let export = try casekit.ok("export")
        let bad = [
            export.replacingOccurrences(of: "\"date\": \"2026-12-25\"", with: "\"date\": \"2026-02-30\""),
            export.replacingOccurrences(of: "\"date\": \"2026-12-25\"", with: "\"date\": 20261225"),
            export.replacingOccurrences(of: "\"holidays\": [", with: "\"holidays\": [{\"date\": \"2026-12-25\", \"name\": null}, "),
            export.replacingOccurrences(of: "\"name\": null", with: "\"name\": \"\(String(repeating: "x", count: 201))\""),
            export.replacingOccurrences(of: "\"holidays\": [", with: "\"holidays\": 7, \"later\": ["),
        ]
        #expect(Set(bad).count == bad.count && !bad.contains(export))
        for document in bad {
            try casekit.expectImportRefused(Array(document.utf8), mentioning: ["holidays"])
        }
    }
}
