import Foundation
import Testing

/// Completion as the shells drive it: the committed scripts, sourced in real
/// bash, fish and zsh, calling the built binary back on a fixture database.
@Suite struct CompletionTests {
    static let completions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../completions").standardized.path

    static func installed(_ shell: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)")
    }

    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Double charge on invoice", "--customer", "Acme Corp", "--tag", "billing",
                       "--next", "Call billing", "--context", "@phone")
        try casekit.ok("open", "DNS outage: portal down", "--customer", "Globex", "--tag", "dns")
        try casekit.ok("escalate", "2", "--to", "Network Ops")
        try casekit.ok("open", "Already resolved", "--customer", "Initech")
        try casekit.ok("resolve", "3", "--no-checkin")
        // The shells find `casekit` on PATH, as an installed one would be.
        casekit.environment["PATH"] = CasekitBinary.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
    }

    /// Runs `script` in `shell` with the test's environment.
    func shell(_ shell: String, _ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(shell)")
        process.arguments = arguments
        process.environment = ["CASEKIT_DB": casekit.database, "CASEKIT_NOW": casekit.now, "HOME": casekit.folder,
                               "PATH": casekit.environment["PATH"]!, "TERM": "dumb"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                   code: process.terminationStatus)
    }

    func fish(_ line: String) throws -> String {
        // -i: the generated script reads the command line, which fish allows interactively only.
        try shell("fish", ["--no-config", "-i", "-c", "source \(Self.completions)/casekit.fish; complete -C '\(line)'"]).stdout
    }

    func bash(_ words: [String]) throws -> String {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            source /usr/share/bash-completion/bash_completion
            source \(Self.completions)/casekit.bash
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _casekit casekit "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        return try shell("bash", ["-c", script]).stdout
    }

    @Test(.enabled(if: installed("fish"))) func fishOffersActiveIdsWithTitles() throws {
        #expect(try fish("casekit show ") == "1\tDouble charge on invoice\n2\tDNS outage: portal down\n")
        #expect(try fish("casekit sh") == "show\tShow a case: its fields, next action, check-ins and full timeline.\n")
        #expect(try fish("casekit list --customer ").split(separator: "\n").map { $0.prefix { $0 != "\t" } }
            == ["Acme Corp", "Globex", "Initech"])
        #expect(try fish("casekit escalate 1 --to ").hasPrefix("Network Ops\t"))
    }

    @Test(.enabled(if: installed("bash") && FileManager.default.fileExists(atPath: "/usr/share/bash-completion/bash_completion")))
    func bashOffersActiveIdsAndValues() throws {
        #expect(try bash(["casekit", "show", ""]) == "1\n2\n")
        #expect(try bash(["casekit", "list", "--tag", ""]) == "billing\ndns\n")
        #expect(try bash(["casekit", "next", "1", "Call", "--context", ""]) == "@phone\n")
        #expect(try bash(["casekit", "open", "x", "--priority", ""]) == "low\nnormal\nhigh\nurgent\n")
        #expect(try bash(["casekit", "list", "--status", "w"]) == "waiting\n")
    }

    @Test(.enabled(if: installed("zsh"))) func zshLoadsTheScript() throws {
        let result = try shell("zsh", ["-c", "autoload -U compinit; compinit -u; source \(Self.completions)/_casekit && echo loaded"])
        #expect(result.stdout == "loaded\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func zshAndFishGetTitlesBashGetsIds() throws {
        let request = ["---completion", "show", "--", "positional@0", "2", "0", "casekit", "show", ""]
        #expect(try casekit.run(request).stdout == "1\n2\n")
        casekit.environment["SAP_SHELL"] = "zsh"
        // ArgumentParser's zsh protocol ends with one extra line that its script drops.
        #expect(try casekit.run(request).stdout == "1:Double charge on invoice\n2:DNS outage: portal down\n \n")
    }

    @Test func aCompletionCallNeverCreatesOrWrites() throws {
        let missing = casekit.folder + "/none/casekit.sqlite3"
        let request = ["---completion", "show", "--", "positional@0", "2", "0", "casekit", "show", ""]
        let nothing = try casekit.run(request + ["--db", missing])
        #expect(nothing.stdout.isEmpty && nothing.stderr.isEmpty && nothing.code == 0)
        #expect(!FileManager.default.fileExists(atPath: casekit.folder + "/none"))

        let before = casekit.bytes()
        #expect(try casekit.run(request).stdout == "1\n2\n")
        #expect(casekit.bytes() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: casekit.folder).filter { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }
        #expect(leftovers.isEmpty)

        let garbage = try casekit.run(["---completion", "show", "--", "positional@0"])
        #expect(garbage.stdout.isEmpty && garbage.stderr.isEmpty)
    }

    @Test func idsAreFilteredByWhatWasTyped() throws {
        for id in 4...12 { try casekit.ok("open", "Case \(id)") }
        let request = ["---completion", "show", "--", "positional@0", "2", "1", "casekit", "show", "1"]
        #expect(try casekit.run(request).stdout == "1\n10\n11\n12\n")
        #expect(try bash(["casekit", "show", "1"]) == "1\n10\n11\n12\n")
    }

    @Test func fishCallsWithTheLineAlone() throws {
        // The one-argument form: fish passes no index, and an empty current
        // word as the two characters `''`.
        casekit.environment["SAP_SHELL"] = "fish"
        let result = try casekit.run(["---completion", "show", "--", "positional@0", "casekit", "show", "''"])
        #expect(result.stdout == "1\tDouble charge on invoice\n2\tDNS outage: portal down\n")
        #expect(try casekit.run(["---completion", "show", "--", "positional@0", "casekit", "show", "2"]).stdout
            == "2\tDNS outage: portal down\n")
    }
}
