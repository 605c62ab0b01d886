import CaseKit
import Foundation
import Testing

/// Issue 12, item 6: times of day, several ids at once, `checkin done --mood
/// --channel`, and `open`'s vague-action warning and duplicate-ref check.
@Suite struct FasterEntryTests {
    let casekit = CasekitBinary()  // Sunday 2026-11-22 09:00, New York

    func nextDue(_ id: Int) throws -> String? {
        let detail = try #require(try casekit.json("show", String(id), "--json")["case"] as? [String: Any])
        return (detail["next_action"] as? [String: Any])?["due"] as? String
    }

    func overdueIDs() throws -> [Int] {
        (try casekit.json("list", "--overdue", "--json")["cases"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
    }

    @Test func aTimeMakesATimedDueDateThatFallsOverdueAtThatMinute() throws {
        try casekit.ok("open", "Printer jams", "--next", "Call Dana about the jam", "--due", "14:30")
        #expect(try nextDue(1) == "2026-11-22T14:30:00-05:00")
        casekit.now = "2026-11-22T14:29"
        #expect(try overdueIDs() == [])
        casekit.now = "2026-11-22T14:31"
        #expect(try overdueIDs() == [1])
        #expect(try casekit.ok("today").contains("Call Dana about the jam"))
    }

    @Test func aTimeAlreadyPastTodayMeansTomorrowUnlessTodayIsSaid() throws {
        casekit.now = "2026-11-22T15:00"
        try casekit.ok("open", "A", "--next", "Call A", "--due", "14:30")
        #expect(try nextDue(1) == "2026-11-23T14:30:00-05:00")
        try casekit.ok("open", "B", "--next", "Call B", "--due", "today 14:30")
        #expect(try nextDue(2) == "2026-11-22T14:30:00-05:00")
        #expect(try overdueIDs() == [2])
    }

    @Test func everyWhenTakesTimes() throws {
        try casekit.ok("open", "A", "--next", "Call A")
        try casekit.ok("next", "1", "Call A back", "--due", "fri 10:00")
        #expect(try nextDue(1) == "2026-11-27T10:00:00-05:00")
        try casekit.ok("done", "1", "--next", "Email A the fix", "--due", "2026-12-05 14:30")
        #expect(try nextDue(1) == "2026-12-05T14:30:00-05:00")
        #expect(try casekit.ok("checkin", "add", "1", "tomorrow 2pm").contains("2026-11-23T14:00"))
        #expect(try casekit.ok("checkin", "move", "1", "tue 2:30pm").contains("2026-11-24T14:30"))
        #expect(try casekit.ok("wait", "1", "--on", "Acme IT", "--until", "mon 9:00").contains("2026-11-23T09:00"))
        try casekit.ok("resume", "1")
        #expect(try casekit.ok("resolve", "1", "--checkin", "fri 16:00").contains("2026-11-27T16:00"))
        let dues = try casekit.query("SELECT due_at, due_all_day FROM check_ins WHERE state = 'pending' ORDER BY id") {
            [$0.int(0), $0.int(1)]
        }
        #expect(dues.allSatisfy { $0[1] == 0 }, "\(dues)")
    }

    @Test(arguments: [
        "25:00", "24:00", "14:60", "13pm", "0am", "14:5", "1430", "9.30", "fri 25:00", "12h 9:00",
        "tomorrow 14:30 sharp", "１４:３０", "14:30:00", "2026-02-30 10:00", "14:30\u{1B}[2J",
    ])
    func aTimeThatIsNoTimeIsRefusedWithTheForms(_ when: String) throws {
        try casekit.ok("open", "A", "--next", "Call A")
        try casekit.expectRefused(["next", "1", "Call A", "--due", when], code: 64, mentioning: ["14:30", "fri 10:00"])
        try casekit.expectRefused(["checkin", "add", "1", when], code: 64, mentioning: ["14:30"])
        #expect(!(try casekit.run("next", "1", "x", "--due", when)).stderr.contains("\u{1B}"))
    }

    @Test func anUnquotedDayAndTimeIsToldToQuote() throws {
        try casekit.ok("open", "A", "--next", "Call A")
        try casekit.expectRefused(["next", "1", "Call A", "--due", "fri", "10:00"], code: 64, mentioning: ["quote", "\"fri 10:00\""])
    }

    // MARK: - Several ids

    func queue() throws {
        for title in ["One", "Two", "Three", "Four"] {
            try casekit.ok("open", title, "--next", "Call \(title)")
        }
        for id in ["1", "2", "3"] { try casekit.ok("checkin", "add", id, "tomorrow") }
    }

    @Test func checkinDoneOnSeveralCases() throws {
        try queue()
        let out = try casekit.ok("checkin", "done", "3", "1", "4", "1", "--note", "Sent the outage update")
        #expect(out == """
            case 3: check-in #3 done
            case 1: check-in #1 done
            case 4: contact recorded (no check-in was pending)

            """)
        #expect(try casekit.query("SELECT id FROM check_ins WHERE state = 'pending'") { $0.int(0) } == [2])
    }

    @Test(arguments: [
        (["checkin", "done", "1", "99", "2"], 1, "#99"), (["checkin", "done", "1", "2", "7"], 1, "#7"),
        (["checkin", "skip", "1", "4"], 1, "#4"), (["checkin", "skip", "1", "2", "abc"], 64, "abc"),
        (["close", "5", "6", "3"], 1, "#3"), (["close", "5", "77"], 1, "#77"), (["close", "5", "0"], 64, "0"),
        (["checkin", "done", "1", "2", "--checkin", "1"], 64, "one case"), (["close"], 64, "<ids>"),
        (["checkin", "done", "1", "-2"], 64, "-2"),
    ])
    func oneBadIDRefusesTheWholeBatch(_ arguments: [String], _ code: Int32, _ named: String) throws {
        try queue()
        for title in ["Five", "Six", "Seven"] {
            try casekit.ok("open", title, "--next", "Call \(title)")
        }
        for id in ["5", "6", "7"] { try casekit.ok("resolve", id, "--no-checkin") }
        try casekit.ok("close", "7")
        try casekit.expectRefused(arguments, code: code, mentioning: [named])
    }

    @Test func closeOnSeveralCases() throws {
        try queue()
        for id in ["1", "2", "4"] { try casekit.ok("resolve", id, "--no-checkin") }
        try casekit.ok("checkin", "skip", "1")
        try casekit.ok("checkin", "skip", "2")
        #expect(try casekit.ok("close", "4", "1", "2", "#4") == "case 4: closed\ncase 1: closed\ncase 2: closed\n")
        #expect(try casekit.query("SELECT id FROM cases WHERE status = 'closed' ORDER BY id") { $0.int(0) } == [1, 2, 4])
    }

    @Test func checkinSkipOnSeveralCases() throws {
        try queue()
        #expect(try casekit.ok("checkin", "skip", "1", "2", "--note", "Holiday").contains("case 2: check-in #2 skipped"))
        #expect(try casekit.query("SELECT id FROM check_ins WHERE state = 'skipped' ORDER BY id") { $0.int(0) } == [1, 2])
    }

    @Test func checkinDoneRecordsMoodAndChannel() throws {
        try queue()
        try casekit.ok("checkin", "done", "1", "--mood", "angry", "--channel", "phone", "--note", "Still down")
        try casekit.ok("checkin", "done", "4", "--mood", "frustrated", "--channel", "email")
        #expect(try casekit.query("SELECT id, latest_mood FROM cases WHERE latest_mood IS NOT NULL ORDER BY id") {
            "\($0.int(0)) \($0.string(1))"
        } == ["1 angry", "4 frustrated"])
        #expect(try casekit.query("SELECT channel FROM check_ins WHERE id = 1") { $0.string(0) } == ["phone"])
        #expect(try casekit.query("SELECT text, mood FROM events WHERE kind IN ('checkin-done', 'contact') ORDER BY id") {
            "\($0.string(0)) [\($0.string(1))]"
        } == ["check-in by phone: Still down [angry]", "contacted the customer by email [frustrated]"])
        let review = try casekit.json("review", "--format", "json")
        #expect("\(review)".contains("frustrated") || "\(review)".contains("upset"))
        try casekit.expectRefused(["checkin", "done", "1", "--channel", "pigeon"], code: 64, mentioning: ["phone"])
    }

    // MARK: - open

    @Test func openWarnsAboutAVagueNextAction() throws {
        let vague = try casekit.run("open", "Battery", "--next", "Katie's battery")
        #expect(vague.code == 0 && vague.stdout == "1\n")
        #expect(vague.stderr.contains("casekit: warning: case 1: the next action looks vague") && vague.stderr.contains("casekit next 1"))
        let word = try casekit.run("open", "Refund", "--next", "refund")
        #expect(word.code == 0 && word.stderr.contains("one word"))
        let hostile = try casekit.run("open", "X", "--next", "\u{1B}]0;owned\u{7}")
        #expect(hostile.code == 0 && !hostile.stderr.contains("\u{1B}") && hostile.stderr.contains("␛"))
        let concrete = try casekit.run("open", "Jam", "--next", "Call Dana about the jam")
        #expect(concrete.code == 0 && concrete.stderr.isEmpty)
    }

    @Test func openRefusesARefAnActiveCaseHas() throws {
        try casekit.ok("open", "Double charge", "--ref", "ZD-4411", "--next", "Call billing")
        for ref in ["ZD-4411", "zd-4411", " ZD-4411 "] {
            try casekit.expectRefused(["open", "Charged twice", "--ref", ref], code: 1,
                                      mentioning: ["ZD-4411", "case #1", "Double charge", "--allow-duplicate-ref"])
        }
        #expect(try casekit.ok("open", "Charged twice", "--ref", "ZD-4411", "--allow-duplicate-ref", "--next", "Call billing")
            == "2\n")
        try casekit.ok("open", "Other", "--ref", "ZD-4412", "--next", "Call billing")
        // A resolved case's ticket may come back as a new case.
        try casekit.ok("resolve", "3", "--no-checkin")
        #expect(try casekit.ok("open", "It came back", "--ref", "ZD-4412", "--next", "Call billing") == "4\n")
    }
}
