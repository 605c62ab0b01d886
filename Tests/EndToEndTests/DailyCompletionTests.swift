import CaseKit
import Foundation
import Testing

/// Completion for the daily loop (issue 12): each command offers the cases it
/// can act on, bash lists numbers in numeric order, WHEN options offer the
/// WHEN words, `--checkin` the case's pending check-ins, and fish run from a
/// script completes without error text.
extension CompletionTests {
    /// The lines bash would list for `words`, in the order it shows them:
    /// bash sorts its choices as text (its `sort` in the C locale).
    func bashListed(_ words: [String]) throws -> [String] {
        try bash(words).split(separator: "\n").map(String.init).sorted()
    }

    func request(_ command: [String], _ key: String, _ words: [String], shell: String? = nil) throws -> String {
        if let shell { casekit.environment["SAP_SHELL"] = shell }
        defer { casekit.environment["SAP_SHELL"] = nil }
        let index = String(words.count - 1), cursor = String(words.last!.count)
        let line = ["---completion"] + command + ["--", key] + (shell == "fish" ? [] : [index, cursor]) + words
        return try casekit.run(line).stdout
    }

    @Test func closeOffersResolvedCasesAndReopenResolvedAndClosedOnes() throws {
        try casekit.ok("open", "Closed already")
        try casekit.ok("resolve", "4", "--no-checkin")
        try casekit.ok("close", "4")
        #expect(try request(["close"], "positional@0", ["casekit", "close", ""]) == "3\n")
        #expect(try request(["reopen"], "positional@0", ["casekit", "reopen", ""]) == "3\n4\n")
        #expect(try request(["show"], "positional@0", ["casekit", "show", ""]) == "1\n2\n")
        #expect(try request(["reopen"], "positional@0", ["casekit", "reopen", ""], shell: "zsh")
            == "3:Already resolved\n4:Closed already\n \n")
        if Self.installed("fish") {
            #expect(try fish("casekit close ") == "3\tAlready resolved\n")
            #expect(try fish("casekit reopen ") == "3\tAlready resolved\n4\tClosed already\n")
        }
    }

    @Test(.enabled(if: installed("bash") && FileManager.default.fileExists(atPath: "/usr/share/bash-completion/bash_completion")))
    func bashListsIdsInNumericOrder() throws {
        for id in 4...12 { try casekit.ok("open", "Case \(id)") }
        let active = [1, 2] + Array(4...12)
        // Nothing typed: one width, so that bash's text order is the numeric one.
        #expect(try bashListed(["casekit", "show", ""]) == active.map { String(format: "%02d", $0) })
        #expect(try bashListed(["casekit", "show", "0"]) == [1, 2, 4, 5, 6, 7, 8, 9].map { String(format: "%02d", $0) })
        // A digit typed: every answer starts with it.
        #expect(try bashListed(["casekit", "show", "1"]) == ["1", "10", "11", "12"])
        // A padded id is the same case.
        #expect(try casekit.ok("show", "07").hasPrefix("#7 "))
        try casekit.ok("close", "03")
        #expect(try casekit.query("SELECT status FROM cases WHERE id = 3") { $0.string(0) } == ["closed"])
        // Check-in numbers too.
        // Check-in numbers too (case 2's escalation holds #1, its update).
        for _ in 2...10 { try casekit.ok("checkin", "add", "1", "fri") }
        #expect(try bashListed(["casekit", "checkin", "skip", "1", "--checkin", ""]) == (2...10).map { String(format: "%02d", $0) })
    }

    @Test func everyWhenOptionOffersTheWhenWords() throws {
        let words = WhenText.suggestions
        #expect(words.contains("tomorrow") && words.contains("fri") && words.contains("eow") && words.contains("+2d"))
        // Each word is one the parser takes: the list is the parser's own.
        for word in words { #expect(WhenText(word) != nil, "\(word)") }
        guard Self.installed("bash") else { return }
        let lines: [[String]] = [
            ["casekit", "next", "1", "Call", "--due", ""], ["casekit", "open", "x", "--next", "Call", "--due", ""],
            ["casekit", "done", "1", "--next", "Call", "--due", ""], ["casekit", "wait", "1", "--on", "IT", "--until", ""],
            ["casekit", "resolve", "1", "--checkin", ""], ["casekit", "checkin", "add", "1", ""],
            ["casekit", "checkin", "move", "1", ""],
        ]
        for line in lines {
            #expect(try bash(line) == words.joined(separator: "\n") + "\n", "\(line)")
        }
        #expect(try bash(["casekit", "next", "1", "Call", "--due", "t"]) == "today\ntomorrow\ntuesday\ntue\nthursday\nthu\n")
        // And each one, used, works.
        for word in words { try casekit.ok("next", "1", "Call billing", "--due", word) }
    }

    @Test func checkinOffersThePendingCheckInsOfTheCaseOnTheLine() throws {
        try casekit.ok("checkin", "add", "1", "fri", "--note", "Confirm the refund")
        try casekit.ok("checkin", "add", "2", "mon", "--note", "bidi\u{202E}gnp.exe\nnext line\tand tab")
        try casekit.ok("checkin", "add", "1", "tomorrow")
        try casekit.ok("checkin", "skip", "1")
        // Case 2 holds #1 (its escalation's update) and #3; case 1 holds #2,
        // and #4, skipped.
        let skip = ["casekit", "checkin", "skip", "1", "--checkin", ""]
        #expect(try request(["checkin", "skip"], "--checkin", skip) == "2\n")
        #expect(try request(["checkin", "skip"], "--checkin", skip, shell: "zsh") == "2:2026-11-27 check-in Confirm the refund\n \n")
        // Options before the id, with their values, are stepped over.
        let noted = ["casekit", "checkin", "done", "--note", "5", "--db", casekit.database, "2", "--checkin", ""]
        #expect(try request(["checkin", "done"], "--checkin", noted) == "1\n3\n")
        #expect(try request(["checkin", "move"], "--checkin", ["casekit", "checkin", "move", "--", "2", "--checkin", ""]) == "1\n3\n")
        // No case on the line, an unknown case, a case with none pending: nothing.
        for words in [["casekit", "checkin", "skip", "--checkin", ""], ["casekit", "checkin", "skip", "99", "--checkin", ""],
                      ["casekit", "checkin", "skip", "3", "--checkin", ""], ["casekit", "checkin", "skip", "x';", "--checkin", ""]] {
            #expect(try request(["checkin", "skip"], "--checkin", words).isEmpty, "\(words)")
        }
        if Self.installed("fish") {
            // A stored note is shown through VisibleText: no raw control or bidi character reaches the shell.
            let offered = try fish("casekit checkin done 2 --checkin ")
            let lines = offered.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 3 && lines[0].hasPrefix("1\t2026-11-24 update") && lines[1].hasPrefix("3\t2026-11-23 check-in bidi"))
            #expect(!offered.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{1B}" })
            #expect(lines.allSatisfy { $0.filter { $0 == "\t" }.count <= 1 })
        }
    }

    /// `fish -c` is not interactive: fish 3 refuses `commandline -C` there
    /// with an error on the terminal, which the three-argument completion
    /// form's script asks for.
    @Test(.enabled(if: installed("fish"))) func fishFromAScriptCompletesWithoutErrorText() throws {
        for (line, expected) in [("casekit show ", "1\tDouble charge on invoice\n2\tDNS outage: portal down\n"),
                                 ("casekit show 2", "2\tDNS outage: portal down\n"),
                                 ("casekit show 1", "1\tDouble charge on invoice\n"),
                                 ("casekit reopen ", "3\tAlready resolved\n")] {
            let result = try shell("fish", ["--no-config", "-c", "source \(Self.completions)/casekit.fish; complete -C '\(line)'"])
            #expect(result.stdout == expected, "\(line)")
            #expect(result.stderr.isEmpty, "\(line): \(result.stderr)")
        }
    }
}
