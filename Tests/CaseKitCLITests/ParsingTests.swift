import ArgumentParser
import CaseKit
import Testing
@testable import CaseKitCLI

@Suite struct ParsingTests {
    func parse<T: ParsableCommand>(_ arguments: [String], as _: T.Type) throws -> T {
        let command = try Casekit.parseAsRoot(arguments)
        return try #require(command as? T)
    }

    func exitCode(_ arguments: [String]) -> Int32 {
        do {
            _ = try Casekit.parseAsRoot(arguments)
            return 0
        } catch {
            return Casekit.exitCode(for: error).rawValue
        }
    }

    @Test func caseIDsTakeAnOptionalHash() throws {
        #expect(try parse(["show", "42"], as: Casekit.Show.self).id.value == 42)
        #expect(try parse(["show", "#42"], as: Casekit.Show.self).id.value == 42)
    }

    @Test(arguments: [
        ["show", "abc"], ["show", "0"], ["show"], ["open"], ["open", "x", "--priority", "whenever"],
        ["open", "x", "--mood", "sleepy"], ["list", "--status", "lost"], ["list", "--limit", "0"],
        ["list", "--escalated", "--status", "open"], ["open", "x", "--due", "tomorrow"],
        ["done", "1", "--due", "fri"], ["wait", "1"], ["list", "--sort", "mood"], ["completions", "tcsh"],
        ["next", "1", "x", "--due", "someday"], ["checkin", "add", "1", "soonish"], ["checkin", "move", "1", "2026-02-30"],
        ["wait", "1", "--on", "x", "--until", "+0d"], ["resolve", "1", "--checkin", "10001d"],
        ["escalate", "1", "--to", "T", "--update-every", "0d"], ["review", "--stale-after", "3x"],
        ["checkin", "list", "--within", "tomorrow"], ["done", "1", "--context", "@phone"],
    ])
    func badUsageIsExit64(_ arguments: [String]) {
        #expect(exitCode(arguments) == 64)
    }

    @Test func openCollectsEveryOption() throws {
        let open = try parse(["open", "Double charge", "--customer", "Acme", "--ref", "ZD-4411", "--next", "Call billing",
                              "--due", "tomorrow", "--context", "@phone", "--priority", "high", "--tag", "a", "--tag", "b",
                              "--outcome", "Refunded", "--mood", "angry", "--db", "/tmp/x.sqlite3"], as: Casekit.Open.self)
        #expect(open.title == "Double charge")
        #expect(open.nextAction.action == "Call billing")
        #expect(open.priority == .high)
        #expect(open.tag == ["a", "b"])
        #expect(open.mood == .angry)
        #expect(open.store.db == "/tmp/x.sqlite3")
    }

    @Test func nextActionOptionsAreSharedAndReadTheirForm() throws {
        let done = try parse(["done", "1", "--next", "Email the ETA", "--due", "fri", "--context", "email"], as: Casekit.Done.self)
        #expect(done.nextAction.action == "Email the ETA")
        #expect(done.nextAction.placing.due?.description == "fri")
        #expect(done.nextAction.placing.context == "email")
        let next = try parse(["next", "1", "Call back", "--due", " 2026-11-27T14:30 "], as: Casekit.Next.self)
        #expect(next.placing.due?.description == " 2026-11-27T14:30 ")
        #expect(try parse(["open", "x"], as: Casekit.Open.self).nextAction.action == nil)
    }

    @Test func whenAndIntervalDefaultsAndValues() throws {
        #expect(try parse(["wait", "1", "--on", "vendor"], as: Casekit.Wait.self).until == nil)
        #expect(try parse(["resolve", "1", "--checkin", "+2w"], as: Casekit.Resolve.self).checkin?.description == "+2w")
        #expect(try parse(["escalate", "1", "--to", "T", "--update-every", "12H"], as: Casekit.Escalate.self).updateEvery
            == Interval(count: 12, unit: .hours))
        #expect(try parse(["review", "--stale-after", "10000d"], as: Casekit.Review.self).staleAfter
            == Interval(count: 10_000, unit: .days))
    }

    @Test func workingDayFormsAndHolidayCommands() throws {
        #expect(try parse(["escalate", "1", "--to", "T", "--update-every", "1BD"], as: Casekit.Escalate.self).updateEvery
            == Interval(count: 1, unit: .workingDays))
        #expect(try parse(["checkin", "list", "--within", "+2bd"], as: Casekit.CheckinList.self).within
            == Interval(count: 2, unit: .workingDays))
        #expect(try parse(["next", "1", "Call back", "--due", "nwd"], as: Casekit.Next.self).placing.due?.needsCalendar == true)
        let add = try parse(["config", "holiday", "add", "2026-12-25", "--name", "Christmas Day"], as: Casekit.ConfigHolidayAdd.self)
        #expect(add.date == "2026-12-25" && add.name == "Christmas Day")
        #expect(try parse(["config", "holiday", "remove", "2026-12-25", "2026-12-26"], as: Casekit.ConfigHolidayRemove.self).dates.count == 2)
        #expect(try parse(["config", "holiday", "list", "--json"], as: Casekit.ConfigHolidayList.self).output.json)
        #expect(try parse(["config", "holiday", "import", "-"], as: Casekit.ConfigHolidayImport.self).file == "-")
        for bad in [["escalate", "1", "--to", "T", "--update-every", "0bd"], ["checkin", "list", "--within", "2bdx"],
                    ["next", "1", "Call", "--due", "bd"], ["config", "holiday", "remove"]] {
            #expect(throws: (any Error).self, "\(bad)") { try Casekit.parseAsRoot(bad) }
        }
    }

    @Test func editTagsAddAndRemove() throws {
        let edit = try parse(["edit", "3", "--tag", "+vip", "--tag", "-billing", "--tag", "network"], as: Casekit.Edit.self)
        #expect(edit.changes.addTags == ["vip", "network"])
        #expect(edit.changes.removeTags == ["billing"])
    }

    @Test func listFilterFollowsTheFlags() throws {
        #expect(try parse(["list"], as: Casekit.List.self).filter.statuses == [.open, .waiting, .escalated])
        #expect(try parse(["list", "--all"], as: Casekit.List.self).filter.statuses == [])
        #expect(try parse(["list", "--escalated"], as: Casekit.List.self).filter.statuses == [.escalated])
        let sorted = try parse(["list", "--sort", "priority", "--limit", "5", "--overdue"], as: Casekit.List.self).filter
        #expect(sorted.sort == .priority && sorted.limit == 5 && sorted.overdueOnly)
    }

    @Test func usageHintNamesTheSubcommandHelp() {
        #expect(Casekit.helpHint(in: "Error: x\nUsage: casekit open <title>\n  See 'casekit open --help' for more details.")
            == "see 'casekit open --help'")
        #expect(Casekit.helpHint(in: "no marker") == "see 'casekit --help'")
    }

    @Test func refusedWhenOrIntervalIsAnsweredWithTheForms() {
        let help = "See 'casekit next --help' for more details."
        #expect(Casekit.usageHint(for: "The value 'x' is invalid for '--due <when>'", in: help)
            == "use \(WhenParser.acceptedForms)")
        #expect(Casekit.usageHint(for: "The value 'x' is invalid for '<when>'", in: help) == "use \(WhenParser.acceptedForms)")
        #expect(Casekit.usageHint(for: "The value 'x' is invalid for '--within <interval>'", in: help)
            == "use \(Interval.acceptedForms)")
        #expect(Casekit.usageHint(for: "The value 'x' is invalid for '--priority <priority>'", in: help)
            == "see 'casekit next --help'")
    }
}

@Suite struct TableTests {
    @Test func wrapsTheLastColumnToTheWidthOnly() {
        var table = Table([.init(header: "ID", alignRight: true), .init(header: "TITLE", fit: .wraps)])
        table.append(["7", "A title that is far too long for a narrow terminal window"])
        var narrow = Output()
        table.render(on: Terminal(isTTY: true, useColor: false, width: 24), into: &narrow)
        #expect(narrow.text == "ID  TITLE\n 7  A title that is far\n    too long for a\n    narrow terminal\n    window\n")
        var pipe = Output()
        table.render(on: Terminal(isTTY: false, useColor: false, width: nil), into: &pipe)
        #expect(pipe.text == "ID  TITLE\n 7  A title that is far too long for a narrow terminal window\n")
    }

    @Test func dropsColumnsInTheirOrder() {
        var table = Table([.init(header: "ID", alignRight: true), .init(header: "PRIORITY", fit: .drops(1)),
                           .init(header: "CUSTOMER", fit: .drops(2), maximumWidth: 10),
                           .init(header: "NEXT", fit: .wraps)])
        table.append(["1", "urgent", "Globex Corporation", "Call billing to confirm the overcharge today"])
        var output = Output()
        table.render(on: Terminal(isTTY: true, useColor: false, width: 50), into: &output)
        #expect(output.text == """
            ID  CUSTOMER    NEXT
             1  Globex Co…  Call billing to confirm the
                            overcharge today

            """)
        var wide = Output()
        table.render(on: Terminal(isTTY: true, useColor: false, width: 100), into: &wide)
        #expect(wide.text.hasPrefix("ID  PRIORITY  CUSTOMER    NEXT\n 1  urgent    Globex Co…  Call billing"))
    }

    @Test func putsWrappedTextUnderItsRowWhenTheColumnStartsTooFarRight() {
        var table = Table([.init(header: "ID", alignRight: true), .init(header: "DUE"),
                           .init(header: "NEXT", fit: .wraps), .init(header: "STATE")])
        table.append(["12", "2026-11-27", "Send the customer the new config", "open"])
        var output = Output()
        table.render(on: Terminal(isTTY: true, useColor: false, width: 30), into: &output)
        #expect(output.text == """
            ID  DUE         STATE
                NEXT
            12  2026-11-27  open
                Send the customer the new
                config

            """)
    }

    @Test func wrapsAtSpacesByDisplayWidthAndBreaksOverlongWords() {
        func lines(_ text: String, _ width: Int) -> [String] { TextWidth.wrap(text, to: width).map { String($0.text) } }
        #expect(lines("Call   billing now", 8) == ["Call", "billing", "now"])
        #expect(lines("Call   billing now", 30) == ["Call   billing now"])
        #expect(lines("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(lines("請求書が二重", 5) == ["請求", "書が", "二重"])
        #expect(lines("ab 請求書", 5) == ["ab", "請求", "書"])
        // A combining accent stays with its letter, an emoji family whole.
        #expect(lines("cafe\u{301}s", 4) == ["cafe\u{301}", "s"])
        #expect(lines("x👩\u{200D}👧", 2) == ["x", "👩\u{200D}👧"])
        // Stand-ins are measured as shown, and a width below a wide character still makes progress.
        #expect(lines("a<U+202E>b", 4) == ["a<U+", "202E", ">b"])
        #expect(lines("請求", 1) == ["請", "求"])
        #expect(lines("   ", 5).isEmpty)
        #expect(TextWidth.wrap("ab 請求書", to: 5).map(\.width) == [2, 4, 2])
    }

    @Test func alignsWideCharactersAndShowsLineBreaks() {
        var table = Table([.init(header: "CUSTOMER"), .init(header: "TITLE")])
        table.append(["🙂🙂", "line one\nline two"])
        table.append(["abc", "x"])
        var output = Output()
        table.render(on: Terminal(isTTY: false, useColor: false, width: nil), into: &output)
        #expect(output.text == "CUSTOMER  TITLE\n🙂🙂      line one␊line two\nabc       x\n")
    }

    @Test func alignsCellsAsShownWithStandIns() {
        var table = Table([.init(header: "CUSTOMER"), .init(header: "TITLE")])
        table.append(["a\u{1B}[1m\u{202E}z", "t\u{9B}"])
        table.append(["abc", "x"])
        var output = Output()
        table.render(on: Terminal(isTTY: true, useColor: false, width: 40), into: &output)
        #expect(output.text == "CUSTOMER        TITLE\na␛[1m<U+202E>z  t<U+009B>\nabc             x\n")
    }

    @Test func colorOnlyWhenAllowed() {
        #expect(Terminal(isTTY: true, useColor: true, width: 80).paint("late", .red) == "\u{1B}[31mlate\u{1B}[0m")
        #expect(Terminal(isTTY: true, useColor: false, width: 80).paint("late", .red) == "late")
    }
}
