import Testing
@testable import CaseKitCLI

@Suite struct CommandWordsTests {
    @Test func dbBeforeTheSubcommandMovesAfterIt() throws {
        #expect(try CommandWords(["--db", "q.db", "list", "--all"]).arguments == ["list", "--db", "q.db", "--all"])
        #expect(try CommandWords(["--db=q.db", "--no-color", "checkin", "done", "4"]).arguments
            == ["checkin", "done", "--db=q.db", "--no-color", "4"])
        // The root declares --db too (for completion): alone it goes to `today` by name.
        #expect(try CommandWords(["--db", "q.db"]).arguments == ["today", "--db", "q.db"])
        #expect(try CommandWords(["--no-color", "--json"]).arguments == ["today", "--no-color", "--json"])
        #expect(try Casekit.parseAsRoot(CommandWords(["--db", "q.db"]).arguments) is Casekit.Today)
        #expect(try CommandWords(["note", "1", "--", "-x y"]).arguments == ["note", "1", "--", "-x y"])
        #expect(try CommandWords(["help", "note"]).arguments == ["help", "note"])
    }

    @Test func typosFindTheirCommand() {
        let names = ["today", "open", "list", "show", "note", "next", "done", "close", "checkin", "completions"]
        #expect(CommandWords.closest(to: "shwo", among: names) == "show")
        #expect(CommandWords.closest(to: "nxet", among: names) == "next")
        #expect(CommandWords.closest(to: "chekcin", among: names) == "checkin")
        #expect(CommandWords.closest(to: "comp", among: names) == "completions")
        #expect(CommandWords.closest(to: "x", among: names) == nil)
        #expect(CommandWords.closest(to: "banana", among: names) == nil)
        #expect(CommandWords.editDistance(Array("ab"), Array("ba")) == 1)
        #expect(CommandWords.editDistance(Array(""), Array("abc")) == 3)
    }
}
