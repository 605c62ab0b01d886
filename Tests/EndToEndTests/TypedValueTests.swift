import CaseKit
import Foundation
import Testing

/// Values as an agent types them: an option value that begins with `-`,
/// contexts that must stay typeable, customers with stray spaces.
@Suite struct TypedValueTests {
    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Double charge on invoice", "--customer", "Acme Corp")
    }

    /// `--on -x` reads `-x` as an option of one letter; the refusal says how
    /// to give such a value, and `=` then works.
    @Test func anOptionValueBeginningWithADashGetsTheEqualsHint() throws {
        let lines: [(arguments: [String], option: String)] = [
            (["wait", "1", "--on", "-x"], "--on"), (["edit", "1", "--title", "-x"], "--title"),
            (["edit", "1", "--title", "-x", "--customer", "Y"], "--title"),
            (["open", "T", "--customer", "-x"], "--customer"), (["next", "1", "Call them", "--context", "-x"], "--context"),
            (["escalate", "1", "--to", "-x", "--reason", "r"], "--to"), (["note", "1", "x", "--mood", "-x"], "--mood"),
        ]
        for line in lines {
            try casekit.expectRefused(line.arguments, code: 64,
                                      mentioning: ["begins with '-'", "\(line.option)=-x"])
        }
        let short = try casekit.run("export", "-o", "-x")
        #expect(short.isRefusal(64, mentioning: "'-x' begins with '-'", "long name"), "\(short.stderr)")
        #expect(try casekit.ok("wait", "1", "--on=-x").contains("waiting on -x"))
        // Other missing values keep ArgumentParser's message.
        #expect(try casekit.run("wait", "1", "--on").isRefusal(64, mentioning: "Missing value for '--on <who>'"))
    }

    /// A typed context is one plain word: controls and bidi marks are refused
    /// on every command that takes one, before anything is written.
    @Test func aContextWithAControlCharacterIsRefused() throws {
        let hostile = ["@ph\u{1B}[31mone", "@ph\u{07}", "@\u{9B}2J", "@ph\u{202E}one", "@\u{2066}x", "phone\u{7F}",
                       "@x\u{200F}", "@x\u{08}"]
        for context in hostile {
            for line in [["next", "1", "Call them", "--context", context],
                         ["open", "T", "--next", "Call them", "--context", context],
                         ["done", "1", "--next", "Call them", "--context", context]] {
                try casekit.expectRefused(line, code: 64, mentioning: ["holds a control character", "@phone"])
            }
            for line in [["today", "--context", context], ["list", "--context", context], ["checkin", "list", "--context", context]] {
                #expect(try casekit.run(line).isRefusal(64, mentioning: "holds a control character"), "\(line)")
            }
        }
        try casekit.ok("next", "1", "Call them", "--context", "@phöne")
        #expect(try casekit.query("SELECT context FROM next_actions WHERE state = 'pending'") { $0.string(0) } == ["@phöne"])
    }

    /// The customer is trimmed wherever it is typed, so `--customer Acme`
    /// finds it; a blank one is refused, except `edit --customer ""`, which
    /// clears it.
    @Test func theCustomerIsTrimmedAndNeverBlank() throws {
        try casekit.ok("open", "Spaces", "--customer", "  Globex \t")
        try casekit.ok("open", "No customer")
        try casekit.ok("edit", "3", "--customer", " Initech  ")
        let customers = try casekit.query("SELECT customer FROM cases ORDER BY id") { $0.string(0) }
        #expect(customers == ["Acme Corp", "Globex", "Initech"])
        #expect(try casekit.ok("list", "--customer", "Globex").contains("Spaces"))
        #expect(try casekit.ok("list", "--customer", " globex ").contains("Spaces"))
        #expect(try casekit.ok("today", "--customer", "Globex ").contains("Spaces"))
        for blank in ["", "   ", "\t"] {
            try casekit.expectRefused(["open", "T", "--customer", blank], code: 64, mentioning: ["--customer was given an empty name"])
        }
        try casekit.expectRefused(["edit", "2", "--customer", "  "], code: 64, mentioning: ["empty name", "--customer \"\" clears it"])
        #expect(try casekit.ok("edit", "2", "--customer", "") == "case 2: customer: Globex → none\n")
        // The import takes the same rule.
        let file = casekit.folder + "/in.json"
        let document = try casekit.ok("export").replacingOccurrences(of: "\"Acme Corp\"", with: "\"  Acme Corp  \"")
        try Data(document.utf8).write(to: URL(fileURLWithPath: file))
        try casekit.ok("import", file, "--db", casekit.folder + "/other.db")
        #expect(try Database(path: casekit.folder + "/other.db", mode: .readOnly)
            .rows("SELECT customer FROM cases WHERE id = 1", []) { $0.string(0) } == ["Acme Corp"])
    }
}
