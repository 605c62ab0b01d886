import ArgumentParser
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
