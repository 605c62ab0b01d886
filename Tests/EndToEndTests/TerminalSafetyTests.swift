import CaseKit
import Foundation
import Testing

/// Hostile text never reaches the terminal raw: one string full of terminal
/// escapes, run through every command as every field, and echoed back in
/// errors. The human output shows visible stand-ins; JSON keeps it exact.
@Suite struct TerminalSafetyTests {
    /// SGR color, an OSC window title and an OSC 8 hyperlink ended by BEL, CSI
    /// and OSC as single C1 characters, a right-to-left override, a bidi
    /// isolate, a line separator, a carriage return and a backspace.
    static let hostile = "Re\u{1B}[31mfund\u{1B}]0;pwned\u{07}\u{1B}]8;;http://evil.example\u{07}link"
        + "\u{9B}2J\u{9D}0;t\u{07}\u{202E}exe.gnp\u{2066}iso\u{2028}ls\rcr\u{08}bs ok"

    /// The same as one word, for tags and contexts (no spaces or commas; CR
    /// and U+2028 count as spaces).
    static let word = "@x\u{1B}[31m\u{1B}]0;pwned\u{07}\u{9B}2J\u{9D}0;t\u{07}\u{202E}gnp\u{2066}iso\u{08}bs"

    let casekit = CasekitBinary()

    /// What a terminal would act on: C0 controls but the line break, DEL, C1,
    /// bidi controls and marks, and the line and paragraph separators.
    static func acted(on text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }

    /// Runs one command and checks that neither stdout nor stderr carries
    /// anything a terminal would act on; returns stdout.
    @discardableResult
    func clean(_ arguments: String..., input: String? = nil, code: Int32 = 0,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let run = try casekit.run(arguments, input: input)
        #expect(run.code == code, "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(Self.acted(on: run.stdout).isEmpty, "stdout of \(arguments[0]): \(run.stdout.debugDescription)",
                sourceLocation: sourceLocation)
        #expect(Self.acted(on: run.stderr).isEmpty, "stderr of \(arguments[0]): \(run.stderr.debugDescription)",
                sourceLocation: sourceLocation)
        return run.stdout
    }

    @Test func everyCommandShowsHostileTextAsStandIns() throws {
        let text = Self.hostile, word = Self.word
        // A typed context must stay typeable: one with controls is refused
        // (cleanly); the hostile one is planted as an older casekit's
        // export, imported, could have stored it.
        try clean("open", text, "--next", text, "--context", word, code: 64)
        try clean("open", text, "--customer", text, "--ref", text, "--outcome", text, "--tag", word,
                  "--next", text, "--context", "@phone")
        try clean("open", text)
        try clean("next", "1", text, "--context", word, code: 64)
        try clean("next", "1", text, "--context", "@phone")
        try clean("done", "1", "--note", text, "--next", text, "--context", word, code: 64)
        try clean("done", "1", "--note", text, "--next", text, "--context", "@phone")
        try Database(path: casekit.database, mode: .readWrite).run("UPDATE next_actions SET context = ?", word)
        try clean("done", "1", "--note", text)
        try clean("note", "1", text)
        try clean("next", "1", text)
        try clean("wait", "1", "--on", text)
        try clean("resume", "1", "--note", text)
        try clean("escalate", "1", "--to", text, "--reason", text)
        try clean("deescalate", "1", "--note", text)
        try clean("checkin", "add", "1", "tomorrow", "--note", text)
        try clean("checkin", "move", "1", "+2d")
        try clean("checkin", "done", "1", "--note", text)
        try clean("checkin", "add", "1", "tomorrow", "--note", text)
        try clean("checkin", "skip", "1", "--note", text)
        try clean("checkin", "add", "1", "yesterday", "--note", text)
        try clean("edit", "1", "--title", text, "--customer", text, "--ref", text, "--outcome", text, "--tag", "+" + word)
        try clean("escalate", "2", "--to", text)

        let page = try clean("show", "1")
        #expect(page.contains("Re␛[31mfund␛]0;pwned␇␛]8;;http://evil.example␇link<U+009B>2J<U+009D>0;t␇<U+202E>exe.gnp"
                              + "<U+2066>iso<U+2028>ls␍cr␈bs ok"))
        try clean("show", "2")
        try clean("list")
        try clean("list", "--customer", text)
        try clean("today")
        try clean("checkin", "list")
        try clean("review")
        try clean("review", "--format", "markdown")
        try clean("review", "--walk", input: "n\n\(text)\n\nq\n")
        try clean("resolve", "1", "--note", text)
        try clean("close", "1", "--force")
        try clean("reopen", "1")
        try clean("list", "--all")
        try clean("show", "1")
        try clean("backup", casekit.folder + "/backup" + text.replacingOccurrences(of: "/", with: "") + ".sqlite3")

        // JSON is data, not terminal output: it keeps the exact text.
        let shown = try casekit.json("show", "1", "--json")["case"] as! [String: Any]
        #expect(shown["title"] as? String == text)
        #expect(shown["customer"] as? String == text)
        #expect((shown["timeline"] as! [[String: Any]]).contains { ($0["text"] as? String)?.contains(text) == true })
    }

    @Test func errorsShowEchoedInputAsStandIns() throws {
        let text = Self.hostile
        try clean("open", "A case")
        try clean("show", text, code: 64)
        try clean("show", "42", code: 1)
        try clean("open", "x", "--priority", text, code: 64)
        try clean("next", "1", "Call back", "--due", text, code: 64)
        try clean("list", "--status", text, code: 64)
        try clean("open", "x", "--tag", text, code: 64)
        try clean("open", "x", "--\(text)", code: 64)
        try clean("review", "--stale-after", text, code: 64)
        try clean("escalate", "1", "--to", "Ops", "--update-every", text, code: 64)

        let file = casekit.folder + "/hostile.json"
        try Data("{\"version\": 1, \"cases\": [{\"title\": \"\(text)\"".utf8).write(to: URL(fileURLWithPath: file))
        let refused = try casekit.run("import", file)
        #expect(refused.code == 65 && Self.acted(on: refused.stderr).isEmpty, "\(refused.stderr.debugDescription)")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let garbage = try casekit.run("import", file)
        #expect(garbage.code == 65 && Self.acted(on: garbage.stderr).isEmpty, "\(garbage.stderr.debugDescription)")
        let missing = try casekit.run("import", casekit.folder + "/\(text).json")
        #expect(missing.code != 0 && Self.acted(on: missing.stderr).isEmpty, "\(missing.stderr.debugDescription)")
    }
}
