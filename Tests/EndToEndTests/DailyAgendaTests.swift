import Foundation
import Testing

/// The agenda of issue 12: what the two simulated weeks found missing
/// (an urgent case with no due date, an angry customer, a case with no next
/// action), the order within a section, the count line, and the
/// `--customer` / `--context` filters of `today`, `list` and `checkin list`.
@Suite struct DailyAgendaTests {
    let casekit = CasekitBinary()

    func sections(_ json: [String: Any]) -> [String: [[String: Any]]] {
        var found: [String: [[String: Any]]] = [:]
        for section in json["sections"] as? [[String: Any]] ?? [] {
            found[section["name"] as? String ?? "?"] = section["items"] as? [[String: Any]] ?? []
        }
        return found
    }

    func ids(_ json: [String: Any], _ section: String) -> [Int] {
        sections(json)[section, default: []].map { $0["case_id"] as? Int ?? 0 }
    }

    @discardableResult
    func open(_ arguments: String...) throws -> String {
        let result = try casekit.run(["open"] + arguments)
        #expect(result.code == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func whatTheTwoWeeksMissedIsOnTheAgenda() throws {
        casekit.now = "2026-11-20T09:00"
        try open("Payroll export fails", "--customer", "Initech", "--priority", "urgent",
                 "--next", "Call the payroll vendor", "--context", "@phone")
        try open("Refund never arrived", "--customer", "Acme Corp", "--mood", "angry",
                 "--next", "Email the refund status", "--due", "2026-11-27")
        try open("Login loop on the portal", "--customer", "Globex")
        let text = try casekit.ok("today")
        #expect(text == """
            Today, Fri 2026-11-20

            Urgent and high priority, no due date (1)
              ID  WHEN  CUSTOMER  TITLE → OWED
               1  -     Initech   Payroll export fails → urgent, no due date: Call the payroll vendor @phone

            No next action: decide the next step (1)
              ID  WHEN  CUSTOMER  TITLE → OWED
               3  -     Globex    Login loop on the portal → decide the next step

            Upset customers, not contacted in the last day (1)
              ID  WHEN  CUSTOMER   TITLE → OWED
               2  -     Acme Corp  Refund never arrived → customer angry, not contacted yet

            3 things today · 3 active cases

            """)
        var json = try casekit.json("today", "--json")
        #expect((json["sections"] as? [[String: Any]])?.map { $0["name"] as? String }
            == ["overdue", "due-today", "no-due-date", "no-next-action", "upset", "follow-ups"])
        let upset = try #require(sections(json)["upset"]?.first)
        #expect(upset["kind"] as? String == "upset" && upset["mood"] as? String == "angry")
        #expect(upset["due"] is NSNull && upset["overdue"] as? Bool == false)
        #expect(sections(json)["no-due-date"]?.first?["priority"] as? String == "urgent")
        #expect(sections(json)["no-due-date"]?.first?["context"] as? String == "@phone")

        // The agent acts on each: dates the urgent call, calls Acme, decides Globex's next step.
        casekit.now = "2026-11-20T10:00"
        try casekit.ok("next", "1", "Call the payroll vendor", "--due", "today", "--context", "@phone")
        try casekit.ok("checkin", "done", "2", "--note", "Told Dana the refund is on its way")
        try casekit.ok("next", "3", "Send the cache-clearing steps", "--due", "mon")
        json = try casekit.json("today", "--json")
        #expect(ids(json, "due-today") == [1])
        for section in ["no-due-date", "no-next-action", "upset"] { #expect(ids(json, section).isEmpty, "\(section)") }

        // A day and an hour after the call, the angry customer is back; the
        // undone call is overdue.
        casekit.now = "2026-11-21T11:00"
        json = try casekit.json("today", "--json")
        #expect(ids(json, "overdue") == [1])
        #expect(ids(json, "upset") == [2])
        #expect(sections(json)["upset"]?.first?["owed"] as? String == "customer angry, last contact 2026-11-20")
        // Less than a day after the call it was not.
        casekit.now = "2026-11-21T09:30"
        #expect(ids(try casekit.json("today", "--json"), "upset").isEmpty)
    }

    @Test func withinASectionLatenessThenPriorityThenID() throws {
        casekit.now = "2026-11-18T09:00"
        try open("Low, two days late", "--priority", "low", "--next", "Call A", "--due", "2026-11-20")
        try open("Normal, two days late", "--next", "Call B", "--due", "2026-11-20")
        try open("Urgent, two days late", "--priority", "urgent", "--next", "Call C", "--due", "2026-11-20")
        try open("Normal, one day late", "--next", "Call D", "--due", "2026-11-21")
        try open("Normal, three days late", "--next", "Call E", "--due", "2026-11-19")
        try open("Also urgent, two days late", "--priority", "urgent", "--next", "Call F", "--due", "2026-11-20")
        try open("High, undated", "--priority", "high", "--next", "Call G")
        try open("Urgent, undated", "--priority", "urgent", "--next", "Call H")
        try open("Urgent, no action either", "--priority", "urgent")
        casekit.now = "2026-11-22T09:00"
        let json = try casekit.json("today", "--json")
        #expect(ids(json, "overdue") == [5, 3, 6, 2, 1, 4])
        #expect(ids(json, "no-due-date") == [8, 9, 7])
        #expect(sections(json)["no-due-date"]?.map { $0["owed"] as? String } == [
            "urgent, no due date: Call H", "urgent, no next action: decide the next step", "high, no due date: Call G"])
    }

    @Test func anUpsetCustomerOnTheAgendaAlreadyIsListedOnceWithTheMood() throws {
        casekit.now = "2026-11-20T09:00"
        try open("Double charge", "--customer", "Acme Corp", "--mood", "frustrated",
                 "--next", "Call billing", "--due", "today")
        try open("Outage", "--customer", "Globex", "--mood", "anxious")
        try open("Calm one", "--customer", "Hooli", "--mood", "calm")
        try open("Slow sync", "--customer", "Initech", "--mood", "angry", "--next", "Send the log steps", "--due", "fri")
        casekit.now = "2026-11-21T09:00"
        let text = try casekit.ok("today")
        // Case 1 is overdue and case 2 has no next action: their lines carry
        // the mood, and they are not listed again as upset. Case 4 is on the
        // agenda for its customer's anger only.
        #expect(text.contains("   1  1d overdue  Acme Corp (frustrated)  Double charge → Call billing\n"))
        #expect(text.contains("   2  -     Globex (anxious)  Outage → decide the next step\n"))
        #expect(text.contains("   4  -     Initech   Slow sync → customer angry, not contacted yet\n"))
        let json = try casekit.json("today", "--json")
        #expect(ids(json, "upset") == [4])
        #expect(ids(json, "no-next-action") == [2, 3])
        #expect(sections(json)["no-next-action"]?.map { $0["mood"] as? String } == ["anxious", nil])
        #expect(sections(json)["overdue"]?.first?["mood"] as? String == "frustrated")
        #expect(sections(json)["upset"]?.first?["mood"] as? String == "angry")
    }

    @Test func theCountLineCountsEveryLine() throws {
        casekit.now = "2026-11-18T09:00"
        try open("A", "--next", "Call A", "--due", "2026-11-20")
        try open("B", "--next", "Call B", "--due", "2026-11-22")
        try open("C", "--mood", "angry")
        try open("D", "--next", "Call D", "--due", "2026-11-24")
        try casekit.ok("checkin", "add", "4", "2026-11-21")
        try open("E", "--next", "Call E", "--due", "2026-11-30")
        try casekit.ok("wait", "5", "--on", "Vendor", "--until", "2026-11-22")
        try open("F", "--next", "Call F")
        try casekit.ok("resolve", "6", "--checkin", "2026-11-22")
        casekit.now = "2026-11-22T09:00"
        // Overdue: A, D's check-in. Due today: B, F's follow-up. C: no next
        // action (its anger shown on that line). E: its follow-up date.
        #expect(try casekit.ok("today").hasSuffix("\n6 things today, 2 overdue · 5 active cases\n"))
        let json = try casekit.json("today", "--json")
        let counts = try #require(json["counts"] as? [String: Int])
        let lines = (json["sections"] as? [[String: Any]] ?? []).reduce(0) { $0 + (($1["items"] as? [Any])?.count ?? 0) }
        #expect(counts["things"] == lines && lines == 6)
        #expect(counts["overdue"] == 2 && counts["active_cases"] == 5)
        // The keys of the first agenda keep their meaning.
        #expect((json["overdue_actions"] as? [[String: Any]])?.map { $0["case_id"] as? Int } == [1])
        #expect((json["check_ins"] as? [[String: Any]])?.map { $0["case_id"] as? Int } == [4, 6])
        #expect((json["due_today"] as? [[String: Any]])?.map { $0["case_id"] as? Int } == [2])
        #expect((json["follow_ups"] as? [[String: Any]])?.map { $0["case_id"] as? Int } == [5])
        #expect((json["updates_owed"] as? [Any])?.isEmpty == true)
    }

    @Test func contextAndCustomerFilterTodayListAndCheckinList() throws {
        casekit.now = "2026-11-20T09:00"
        try open("Call one", "--customer", "Acme Corp", "--next", "Call Dana", "--due", "today", "--context", "@phone")
        try open("Mail one", "--customer", "acme corp", "--next", "Email Dana", "--due", "today", "--context", "@email")
        try open("Globex call", "--customer", "Globex", "--next", "Call Sam", "--due", "today", "--context", "@Phone")
        try open("No action", "--customer", "ACME CORP", "--mood", "angry")
        try casekit.ok("checkin", "add", "4", "today", "--channel", "phone", "--note", "How is it going?")
        try casekit.ok("checkin", "add", "2", "today", "--channel", "email")

        var json = try casekit.json("today", "--context", "phone", "--json")
        #expect(ids(json, "due-today") == [1, 3, 4])
        #expect(sections(json)["due-today"]?.map { $0["kind"] as? String } == ["action", "action", "check-in"])
        // Undated lines have no context: they are left out.
        #expect(ids(json, "no-next-action").isEmpty && ids(json, "upset").isEmpty)
        #expect(try casekit.ok("today", "--context", "@phone").hasPrefix("Today, Fri 2026-11-20 (@phone)\n"))

        json = try casekit.json("today", "--customer", "ACME corp", "--json")
        #expect(ids(json, "due-today") == [1, 2, 2, 4])
        #expect(ids(json, "no-next-action") == [4])
        #expect((json["counts"] as? [String: Int])?["active_cases"] == 3)
        json = try casekit.json("today", "--customer", "Acme Corp", "--context", "@email", "--json")
        #expect(sections(json)["due-today"]?.map { $0["kind"] as? String } == ["action", "check-in"])
        #expect(ids(json, "due-today") == [2, 2])
        #expect(ids(try casekit.json("today", "--customer", "Acme", "--json"), "due-today").isEmpty)

        let list = try casekit.json("list", "--context", "phone", "--json")
        #expect((list["cases"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1, 3])
        let both = try casekit.json("list", "--context", "@PHONE", "--customer", "acme corp", "--json")
        #expect((both["cases"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])

        let checkIns = try casekit.json("checkin", "list", "--context", "@phone", "--json")
        #expect((checkIns["check_ins"] as? [[String: Any]])?.map { $0["case_id"] as? Int } == [4])
        let acme = try casekit.json("checkin", "list", "--customer", "Acme corp", "--json")
        #expect((acme["check_ins"] as? [[String: Any]])?.map { $0["case_id"] as? Int } == [4, 2])
        #expect(try casekit.ok("checkin", "list", "--customer", "Globex")
            == "No pending check-ins. Schedule one with: casekit checkin add ID WHEN\n")
    }

    @Test func badFiltersAreRefusedAndHostileOnesShownAsStandIns() throws {
        try open("Printer on fire", "--customer", "Dana\u{1B}[31m", "--next", "Call Dana", "--due", "today")
        for command in [["today"], ["list"], ["checkin", "list"]] {
            for bad in ["two words", "@", "", " "] {
                try casekit.expectRefused(command + ["--context", bad], code: 64, mentioning: ["context"])
            }
            try casekit.expectRefused(command + ["--context"], code: 64, mentioning: ["--context"])
            try casekit.expectRefused(command + ["--customer"], code: 64, mentioning: ["--customer"])
        }
        let hostile = ["Dana\u{1B}[31m", "\u{202E}evil", "bell\u{7}", "Robert'); DROP TABLE cases;--", "%s%n", "Dana\r\n"]
        for customer in hostile {
            let result = try casekit.run("today", "--customer", customer)
            #expect(result.code == 0, "\(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{7}" || $0 == "\r" },
                    "\(result.stdout)")
            #expect(try casekit.query("SELECT count(*) FROM cases") { $0.int(0) } == [1])
        }
        // The exact text matches, and JSON keeps it exact.
        let json = try casekit.json("today", "--customer", "dana\u{1B}[31m", "--json")
        #expect(sections(json)["due-today"]?.first?["customer"] as? String == "Dana\u{1B}[31m")
        #expect(try casekit.ok("today", "--customer", "Dana\u{1B}[31m").contains("   1  today  Dana"))
    }
}

/// The cap of issue 12's speed target: each section shows its most urgent
/// items (10, `--limit N`, `--all`), says how many more it holds, and the
/// count line and the JSON totals count everything.
extension DailyAgendaTests {
    /// 14 overdue items at 2026-11-22: cases 1…10 due 2026-11-19 back to
    /// 11-10 (whole days), 11 and 12 (urgent) due 11-08, 13 due 11-08 at
    /// 10:00, and a check-in on case 1 due 11-08. In agenda order: 13 (its
    /// instant is earliest), 12 (urgent), then case 1's check-in and 11 (by
    /// id, same day, same priority), then 10, 9, … 1.
    func fourteenOverdue() throws {
        casekit.now = "2026-11-01T09:00"
        for number in 1...10 {
            try open("Case \(number)", "--customer", "Acme", "--next", "Call back", "--due", "2026-11-\(20 - number)")
        }
        try open("Case 11", "--customer", "Acme", "--next", "Call back", "--due", "2026-11-08")
        try open("Case 12", "--customer", "Initech", "--priority", "urgent", "--next", "Call back", "--due", "2026-11-08")
        try open("Case 13", "--customer", "Acme", "--next", "Call back", "--due", "2026-11-08 10:00")
        _ = try casekit.ok("checkin", "add", "1", "2026-11-08")
        casekit.now = "2026-11-22T09:00"
    }

    static let agendaOrder = [13, 12, 1, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]

    /// The case ids of the agenda's lines, in order (one line per item here).
    func shownIDs(_ text: String) -> [Int] {
        text.split(separator: "\n").filter { $0.contains("→") }.compactMap { Int($0.split(separator: " ")[0]) }
    }

    @Test func eachSectionShowsTenThenSaysHowManyMore() throws {
        try fourteenOverdue()
        let text = try casekit.ok("today")
        #expect(shownIDs(text) == Array(Self.agendaOrder.prefix(10)))
        #expect(text.contains("Overdue (14)\n"))
        #expect(text.contains("\n  … and 4 more overdue: casekit today --all\n"))
        // The count line counts what is not shown too.
        #expect(text.contains("\n14 things today, 14 overdue · 13 active cases\n"))
    }

    @Test func limitAndAllSetTheCap() throws {
        try fourteenOverdue()
        let three = try casekit.ok("today", "--limit", "3")
        #expect(shownIDs(three) == [13, 12, 1])
        #expect(three.contains("\n  … and 11 more overdue: casekit today --all\n"))
        #expect(three.contains("\n14 things today, 14 overdue · 13 active cases\n"))
        let all = try casekit.ok("today", "--all")
        #expect(shownIDs(all) == Self.agendaOrder)
        #expect(!all.contains("more overdue"))
        // A limit the items fit in says nothing more.
        #expect(!(try casekit.ok("today", "--limit", "14")).contains("… and"))
        // Filtered, the hint does not drop the filter: it says to add --all.
        let acme = try casekit.ok("today", "--customer", "acme", "--limit", "2")
        #expect(acme.contains("Overdue (13)\n"))
        #expect(acme.contains("\n  … and 11 more overdue: add --all to see them\n"))
        #expect(acme.contains("\n13 things today, 13 overdue · 12 active cases\n"))
    }

    @Test func badLimitsAreRefused() throws {
        try fourteenOverdue()
        for arguments in [["--limit", "0"], ["--limit", "-1"], ["--limit", "-100"], ["--limit", "ten"],
                          ["--limit", ""], ["--limit", "99999999999999999999"], ["--all", "--limit", "3"]] {
            let result = try casekit.run(["today"] + arguments)
            #expect(result.code == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty && result.stderr.hasPrefix("casekit: error: "), "\(arguments)")
        }
        #expect(try casekit.run("today", "--limit", "0").stderr.contains("--limit must be 1 or more"))
        #expect(try casekit.run("today", "--all", "--limit", "3").stderr.contains("--all and --limit"))
    }

    @Test func jsonCarriesTheCappedSectionsAndTheirTotals() throws {
        try fourteenOverdue()
        var json = try casekit.json("today", "--json")
        #expect(json["limit"] as? Int == 10)
        let overdue = try #require((json["sections"] as? [[String: Any]])?.first)
        #expect(overdue["name"] as? String == "overdue" && overdue["total"] as? Int == 14)
        #expect(ids(json, "overdue") == Array(Self.agendaOrder.prefix(10)))
        #expect((json["sections"] as? [[String: Any]])?.dropFirst().allSatisfy { $0["total"] as? Int == 0 } == true)
        let counts = try #require(json["counts"] as? [String: Any])
        #expect(counts["things"] as? Int == 14 && counts["overdue"] as? Int == 14 && counts["active_cases"] as? Int == 13)
        // The old keys hold the shown items, as the sections do.
        #expect((json["overdue_actions"] as? [[String: Any]])?.count == 9)
        #expect((json["check_ins"] as? [[String: Any]])?.count == 1)
        json = try casekit.json("today", "--limit", "2", "--json")
        #expect(ids(json, "overdue") == [13, 12] && json["limit"] as? Int == 2)
        #expect((json["check_ins"] as? [[String: Any]])?.isEmpty == true)
        json = try casekit.json("today", "--all", "--json")
        #expect(json["limit"] is NSNull)
        #expect(ids(json, "overdue") == Self.agendaOrder)
        #expect((json["sections"] as? [[String: Any]])?.first?["total"] as? Int == 14)
        #expect((json["counts"] as? [String: Any])?["things"] as? Int == 14)
    }

    @Test func undatedSectionsAreCappedAndCountedToo() throws {
        casekit.now = "2026-11-22T09:00"
        for number in 1...12 { try open("No step \(number)", "--customer", "Acme") }
        try open("Angry one", "--customer", "Globex", "--mood", "angry", "--next", "Call", "--due", "2026-12-01")
        let text = try casekit.ok("today", "--limit", "5")
        #expect(text.contains("No next action: decide the next step (12)\n"))
        #expect(text.contains("\n  … and 7 more with no next action: casekit today --all\n"))
        #expect(text.contains("Upset customers, not contacted in the last day (1)\n"))
        #expect(text.contains("\n13 things today · 13 active cases\n"))
        let json = try casekit.json("today", "--limit", "5", "--json")
        #expect(ids(json, "no-next-action") == [1, 2, 3, 4, 5])
        #expect((json["sections"] as? [[String: Any]])?.first { $0["name"] as? String == "no-next-action" }?["total"]
            as? Int == 12)
    }

    /// An upset customer's case already on the agenda is not listed again,
    /// shown or not: a case due today that the cap hides is still on it.
    @Test func upsetCasesBeyondTheCapAreStillListedOnce() throws {
        try fourteenOverdue()
        _ = try casekit.ok("note", "2", "--mood", "angry", "Furious about the delay")
        let json = try casekit.json("today", "--limit", "1", "--json")
        #expect(ids(json, "upset").isEmpty)
        #expect((json["counts"] as? [String: Any])?["things"] as? Int == 14)
        let all = try casekit.json("today", "--all", "--json")
        #expect(sections(all)["overdue"]?.first { $0["case_id"] as? Int == 2 }?["mood"] as? String == "angry")
    }

    /// The week's count runs to the end of Sunday, counted apart from
    /// today's on a weekday and the same as today's on a Sunday.
    @Test func theWeeksCountOnAWeekdayAndOnSunday() throws {
        casekit.now = "2026-11-16T09:00"
        try open("Today", "--next", "Call back", "--due", "2026-11-18 16:00")
        try open("This week", "--next", "Call back", "--due", "2026-11-20")
        try open("Sunday", "--next", "Call back", "--due", "2026-11-22")
        try open("Next week", "--next", "Call back", "--due", "2026-11-25")
        casekit.now = "2026-11-18T09:00"
        var json = try casekit.json("today", "--limit", "1", "--json")
        #expect((json["counts"] as? [String: Any])?["due_this_week"] as? Int == 3)
        #expect(ids(json, "due-today") == [1])
        casekit.now = "2026-11-22T09:00"
        json = try casekit.json("today", "--limit", "1", "--json")
        #expect((json["counts"] as? [String: Any])?["due_this_week"] as? Int == 1)
        #expect(ids(json, "due-today") == [3] && ids(json, "overdue") == [1])
        #expect((json["sections"] as? [[String: Any]])?.first?["total"] as? Int == 2)
    }
}
