import Testing
@testable import CaseKitCLI

@Suite struct CommandWordsTests {
    @Test func dbBeforeTheSubcommandMovesAfterIt() throws {
        #expect(try CommandWords(["--db", "q.db", "list", "--all"]).arguments == ["list", "--db", "q.db", "--all"])
        #expect(try CommandWords(["--db=q.db", "--no-color", "checkin", "done", "4"]).arguments
            == ["checkin", "done", "--db=q.db", "--no-color", "4"])
        #expect(try CommandWords(["--db", "q.db"]).arguments == ["--db", "q.db"])
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
