import CaseKit
import Foundation
import Testing

/// Completion never executes stored data: customers, tags, teams, contexts
/// and titles written by strangers, completed in real bash, zsh and fish.
/// Each value either arrives literally or is not offered, and nothing runs.
extension CompletionTests {
    /// A file that a value's hidden command would create.
    var planted: String { casekit.folder + "/planted" }

    /// Free text (customer, team, context) that a shell would expand, split or
    /// parse: command substitution, backquotes, a parameter, command
    /// separators, quotes, a backslash, tilde, a glob, braces, zsh's `:`.
    var hostile: [String] {
        ["$(touch \(planted))", "`touch \(planted)`", "$HOME", "a; touch \(planted)", "a && touch \(planted)",
         "it's \"quoted\"", "back\\slash", "~", "*", "{a,b}", "z:colon", "z\\:esc"]
    }

    /// Values that cannot arrive literally in any shell: never offered.
    var unshowable: [String] {
        ["x\n$(touch \(planted))", "tab\there", "esc\u{1B}[31mred", "osc\u{1B}]0;title\u{07}", "bidi\u{202E}gnp.exe",
         "csi\u{9B}31m"]
    }

    /// Tags and contexts are one word, without spaces or commas: the same
    /// attacks in that form.
    func word(_ value: String) -> String {
        value.replacingOccurrences(of: " ", with: "${IFS}").replacingOccurrences(of: ",", with: "")
    }

    /// Plants every value as a customer, team and title, and as a tag and
    /// context where it can be one word.
    func plant() throws {
        for value in hostile + unshowable {
            var open = ["open", "Title \(value)", "--customer", value]
            let oneWord = !word(value).contains(where: \.isWhitespace)
            if oneWord { open += ["--tag", word(value), "--next", "Call them"] }
            let opened = try casekit.run(open)
            #expect(opened.code == 0, "\(opened.stderr)")
            let id = opened.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try casekit.ok("escalate", id, "--to", value)
            // `--context` refuses controls; an older casekit's export,
            // imported, could still hold them.
            let context = word(value).hasPrefix("@") ? word(value) : "@" + word(value)
            if oneWord, (try? casekit.run("next", id, "Call them", "--context", context).code) != 0 {
                try Database(path: casekit.database, mode: .readWrite)
                    .run("UPDATE next_actions SET context = ? WHERE case_id = ? AND state = 'pending'", context, Int64(id)!)
            }
        }
    }

    /// The words each field's completion must offer in `shell`: what the
    /// database holds, less what cannot arrive literally there.
    func expected(_ sql: String, in shell: String) throws -> Set<String> {
        let stored = try casekit.query(sql) { $0.string(0) }
        return Set(stored.filter { value in
            !value.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
                && (shell != "bash" || (!value.contains("$") && !value.contains("`") && !value.hasPrefix("~")))
        })
    }

    static let fields: [(line: String, sql: String)] = [
        ("casekit list --customer ", "SELECT DISTINCT customer FROM cases WHERE customer IS NOT NULL"),
        ("casekit list --tag ", "SELECT DISTINCT tag FROM case_tags"),
        ("casekit next 1 Call --context ", "SELECT DISTINCT context FROM next_actions WHERE context IS NOT NULL"),
        ("casekit escalate 1 --to ", "SELECT DISTINCT team FROM escalations"),
    ]

    /// Types `keys` into an interactive `shell` on a terminal, with the
    /// completion script loaded, menu completion on (each TAB inserts the
    /// next match), and `probe` printing its last argument between RS and US;
    /// returns what the terminal showed.
    func terminal(_ shell: String, typing keys: String) throws -> String {
        let setup: String, command: String
        if shell == "bash" {
            command = "bash --norc --noprofile -i"
            setup = "source /usr/share/bash-completion/bash_completion; source \(Self.completions)/casekit.bash; "
                + "bind 'TAB: menu-complete'; probe() { printf '\\036%s\\037' \"${@: -1}\"; }"
        } else {
            command = "zsh -f -i"
            setup = "autoload -U compinit; compinit -u; source \(Self.completions)/_casekit; compdef _casekit casekit; "
                + "setopt menu_complete; probe() { print -rn -- $'\\036'\"${@[-1]}\"$'\\037' }"
        }
        let input = setup + "\n" + keys + "exit\n"
        return try self.shell("timeout", ["60", "script", "-qec", "env TERM=xterm \(command)", "/dev/null"], input: input).stdout
    }

    /// Types `line`, presses TAB 1, 2, … `count` times, then runs the line as
    /// the shell inserted it and returns the last word as the command
    /// received it.
    func inserted(_ shell: String, _ line: String, count: Int) throws -> [String] {
        // Ctrl-A goes to the start of the line, where `probe` takes the place
        // of the command: the line then runs as the shell would run it.
        let keys = (1...count).map { line + String(repeating: "\t", count: $0) + "\u{01}probe \n" }.joined()
        // The word comes between RS and US, which the typed text (`\036`) and
        // the terminal's own escapes never contain.
        return try terminal(shell, typing: keys).split(separator: "\u{1E}").dropFirst().compactMap { part in
            part.firstIndex(of: "\u{1F}").map { String(part[..<$0]) }
        }
    }

    @Test(.enabled(if: installed("bash") && installed("script")
                   && FileManager.default.fileExists(atPath: "/usr/share/bash-completion/bash_completion")))
    func bashInsertsStoredValuesLiterallyAndRunsNothing() throws {
        try plant()
        for (line, sql) in Self.fields {
            let words = line.split(separator: " ").map(String.init) + [""]
            let expected = try expected(sql, in: "bash")
            let offered = try bash(words).split(separator: "\n").map(String.init)
            #expect(Set(offered) == expected, "\(line)")
            #expect(!FileManager.default.fileExists(atPath: planted), "\(line)")
            let typed = try inserted("bash", line, count: expected.count)
            #expect(typed.count == expected.count && Set(typed) == expected, "\(line): \(typed)")
            #expect(!FileManager.default.fileExists(atPath: planted), "\(line)")
        }
        #expect(try inserted("bash", "casekit list --customer Acme", count: 1) == ["Acme Corp"])
    }

    @Test(.enabled(if: installed("zsh") && installed("script")))
    func zshInsertsStoredValuesLiterallyAndRunsNothing() throws {
        try plant()
        for (line, sql) in Self.fields {
            let expected = try expected(sql, in: "zsh")
            #expect(expected.contains { $0.contains("$(touch") }, "\(line)")
            let typed = try inserted("zsh", line, count: expected.count)
            #expect(typed.count == expected.count && Set(typed) == expected, "\(line): \(typed)")
            #expect(!FileManager.default.fileExists(atPath: planted), "\(line)")
        }
        #expect(try inserted("zsh", "casekit list --customer Acme", count: 1) == ["Acme Corp"])
        // Titles listed beside ids: shown, never acted on. Ctrl-A Ctrl-K drops the line.
        let listing = try terminal("zsh", typing: "casekit show \t\u{01}\u{0B}")
        #expect(listing.contains("Title esc␛[31mred"))
        #expect(listing.contains("Title osc␛]0;title␇"))
        #expect(!listing.contains("\u{1B}]0;title") && !listing.contains("\u{1B}[31mred"))
        // (zsh rings the bell itself: BEL is no evidence here.)
        #expect(!listing.unicodeScalars.contains { $0 == "\u{9B}" || $0 == "\u{202E}" })
    }

    @Test(.enabled(if: installed("fish"))) func fishOffersStoredValuesLiterallyAndRunsNothing() throws {
        try plant()
        for (line, sql) in Self.fields {
            let offered = try fish(line).split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
            let expected = try expected(sql, in: "fish")
            #expect(offered.count == expected.count && Set(offered) == expected, "\(line)")
            #expect(!FileManager.default.fileExists(atPath: planted), "\(line)")
        }
        let titles = try fish("casekit show ")
        #expect(titles.contains("\tTitle $(touch /"))
        #expect(titles.contains("\tTitle esc␛[31mred\n"))
        #expect(!titles.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{07}" })
        #expect(titles.split(separator: "\n").allSatisfy { $0.split(separator: "\t").count == 2 })
    }

    /// The answer itself, as each generated script reads it.
    @Test func eachShellGetsValuesWrittenForIt() throws {
        try casekit.ok("open", "Quotes", "--customer", "it's $HOME", "--next", "Call", "--context", "z\\:a:b")
        try casekit.ok("open", "Bad\u{1B}]0;x\u{07}title\tand\u{202E}more", "--customer", "esc\u{1B}[31m")
        // Read as an option when the completed line runs: never offered.
        try casekit.ok("open", "Dashes", "--customer=--help", "--tag=-x")
        let customers = ["---completion", "list", "--", "--customer", "2", "0", "casekit", "list", "--customer", ""]
        let contexts = ["---completion", "next", "--", "--context", "4", "0", "casekit", "next", "1", "Call", "--context", ""]
        let ids = ["---completion", "show", "--", "positional@0", "2", "0", "casekit", "show", ""]

        casekit.environment["SAP_SHELL"] = "bash"
        #expect(try casekit.run(customers).stdout == "'Acme Corp'\n'Globex'\n'Initech'\n")
        #expect(try casekit.run(contexts).stdout == "'@phone'\n'@z\\:a:b'\n")
        casekit.environment["SAP_SHELL"] = "zsh"
        #expect(try casekit.run(customers).stdout == "Acme Corp\nGlobex\nInitech\nit's $HOME\n \n")
        #expect(try casekit.run(contexts).stdout == "@phone\n@z\\\\\\:a\\:b\n \n")
        #expect(try casekit.run(ids).stdout.hasSuffix("\n5:Bad␛]0;x␇title␉and<U+202E>more\n6:Dashes\n \n"))
        casekit.environment["SAP_SHELL"] = "fish"
        #expect(try casekit.run(customers).stdout == "Acme Corp\nGlobex\nInitech\nit's $HOME\n")
        #expect(try casekit.run(ids).stdout.hasSuffix("\n5\tBad␛]0;x␇title␉and<U+202E>more\n6\tDashes\n"))
    }
}
