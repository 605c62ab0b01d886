import Foundation
import Testing

/// `casekit --db q.db show <TAB>` completes `show`'s case ids from q.db, as
/// `casekit show --db q.db <TAB>` does, in bash and fish: the root command
/// declares `--db`, so the generated scripts read `q.db` as its value.
@Suite struct CompletionWithDbFirstTests {
    let casekit = CasekitBinary()
    let other: String

    init() throws {
        other = casekit.folder + "/q.db"
        try casekit.ok("open", "In the default queue")
        for title in ["Refund", "Portal down", "Export broken"] {
            try casekit.ok("open", title, "--db", other, "--customer", "Acme Corp", "--tag", "billing")
        }
        try casekit.ok("checkin", "add", "2", "tomorrow", "--note", "Did it work?", "--db", other)
        casekit.environment["PATH"] = CasekitBinary.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
    }

    func run(_ shell: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(shell)")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: casekit.folder)
        process.environment = ["CASEKIT_DB": casekit.database, "CASEKIT_NOW": casekit.now, "HOME": casekit.folder,
                               "PATH": casekit.environment["PATH"]!, "TERM": "dumb"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: stdout, as: UTF8.self)
    }

    func bash(_ words: [String]) throws -> String {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        return try run("bash", ["-c", """
            source /usr/share/bash-completion/bash_completion
            source \(CompletionTests.completions)/casekit.bash
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _casekit casekit "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """])
    }

    func fish(_ line: String) throws -> String {
        try run("fish", ["--no-config", "-i", "-c", "source \(CompletionTests.completions)/casekit.fish; complete -C '\(line)'"])
    }

    @Test(.enabled(if: CompletionTests.installed("bash")
        && FileManager.default.fileExists(atPath: "/usr/share/bash-completion/bash_completion")))
    func bashCompletesTheSubcommandsArguments() throws {
        #expect(try bash(["casekit", "--db", "q.db", "show", ""]) == "1\n2\n3\n")
        #expect(try bash(["casekit", "--db", other, "show", ""]) == "1\n2\n3\n")
        #expect(try bash(["casekit", "--db=q.db", "show", ""]) == "1\n2\n3\n")
        #expect(try bash(["casekit", "--db", "q.db", "list", "--tag", ""]) == "billing\n")
        #expect(try bash(["casekit", "--db", "q.db", "--no-color", "checkin", "skip", "2", "--checkin", ""]) == "1\n")
        #expect(try bash(["casekit", "--no-color", "--db", "q.db", "show", "2"]) == "2\n")
        // Without --db the usual database, and command names where they belong.
        #expect(try bash(["casekit", "show", ""]) == "1\n")
        #expect(try bash(["casekit", "--db", "q.db", "sh"]) == "show\n")
    }

    @Test(.enabled(if: CompletionTests.installed("fish")))
    func fishCompletesTheSubcommandsArguments() throws {
        #expect(try fish("casekit --db q.db show ") == "1\tRefund\n2\tPortal down\n3\tExport broken\n")
        #expect(try fish("casekit --db q.db list --customer ").hasPrefix("Acme Corp\t"))
        #expect(try fish("casekit --no-color --db q.db show 3") == "3\tExport broken\n")
        #expect(try fish("casekit show ") == "1\tIn the default queue\n")
        #expect(try fish("casekit --db q.db sho").hasPrefix("show\t"))
    }

    /// What the scripts call: the words as typed, `--db` before the subcommand.
    @Test func theCompletionCallFindsDbBeforeTheSubcommand() throws {
        let request = ["---completion", "show", "--", "positional@0", "4", "0", "casekit", "--db", other, "show", ""]
        #expect(try casekit.run(request).stdout == "1\n2\n3\n")
        // And the commands themselves: `--db` first, alone, is `today` there.
        #expect(try casekit.ok("--db", other, "list").contains("Portal down"))
        #expect(try casekit.ok("--db", other).contains("Today"))
        #expect(try casekit.ok("--db", other, "--json").contains("\"sections\""))
        #expect(!(try casekit.ok("--db", other)).contains("In the default queue"))
    }
}
