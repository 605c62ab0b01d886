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
    @Test func cutsTheLastColumnToTheTerminalOnly() {
        var table = Table([.init(header: "ID", alignRight: true), .init(header: "TITLE")])
        table.append(["7", "A title that is far too long for a narrow terminal window"])
        var narrow = Output()
        table.render(on: Terminal(isTTY: true, useColor: false, width: 20), into: &narrow)
        #expect(narrow.text == "ID  TITLE\n 7  A title that is…\n")
        var pipe = Output()
        table.render(on: Terminal(isTTY: false, useColor: false, width: nil), into: &pipe)
        #expect(pipe.text.contains("narrow terminal window"))
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
