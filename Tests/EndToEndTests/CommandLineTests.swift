import CaseKit
import Foundation
import Testing

/// Issue 12, item 5: the command line never answers a mistake with exit 0
/// and nothing done.
@Suite struct CommandLineTests {
    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Printer jams", "--customer", "Acme", "--next", "Call Dana about the jam")
    }

    func timeline() throws -> [String] {
        try casekit.query("SELECT text FROM events WHERE case_id = 1 ORDER BY id") { $0.string(0) }
    }

    /// Text that begins with `-`, as a positional argument: refused (exit 64,
    /// the way to give it in the hint, database untouched), never help text
    /// on stdout with exit 0.
    @Test(arguments: [
        "-ish: fine", "-h flag", "-h ", "-help", "-5", "-hv", "-ho", "--weird title", "--h elp",
        "-\u{1B}[31mred", "-\u{202E}evil", "-💥", "--=x y",
    ])
    func dashTextIsRefusedWithTheWayToGiveIt(_ text: String) throws {
        try casekit.expectRefused(["note", "1", text], code: 64, mentioning: ["begins with '-'", "--"])
        let opened = try casekit.run("open", text)
        #expect(opened.isRefusal(64, mentioning: "--"), "\(opened)")
        #expect(!opened.stdout.contains("OVERVIEW"))
        #expect(!opened.stderr.contains("\u{1B}") && !opened.stderr.contains("\u{202E}"))
    }

    /// A one-letter word is left to ArgumentParser as a short option: an
    /// unknown one is still refused.
    /// `--db ""` (an unset variable in a script) is refused, never read as
    /// "the default database", which is the agent's real queue.
    @Test(arguments: ["", " ", "\t"])
    func anEmptyDatabasePathIsRefused(_ path: String) throws {
        try casekit.expectRefused(["--db", path, "close", "1"], code: 64, mentioning: ["--db", "empty path"])
        try casekit.expectRefused(["note", "1", "hello", "--db", path], code: 64, mentioning: ["--db", "empty path"])
        try casekit.expectRefused(["--db=\(path)", "list"], code: 64, mentioning: ["--db"])
    }

    /// `--customer ""` (an unset variable) is refused rather than matching
    /// nothing and reading as "nothing to do"; a filter that matches
    /// nothing says so instead of suggesting a first case.
    @Test func anEmptyCustomerFilterIsRefused() throws {
        for command in [["today"], ["list"], ["checkin", "list"]] {
            try casekit.expectRefused(command + ["--customer", ""], code: 64, mentioning: ["--customer", "empty name"])
            try casekit.expectRefused(command + ["--customer", "  "], code: 64, mentioning: ["--customer", "empty name"])
        }
        #expect(try casekit.ok("list", "--customer", "Nobody") == "No cases match these filters.\n")
    }

    @Test func anUnknownShortOptionIsRefused() throws {
        try casekit.expectRefused(["note", "1", "-x"], code: 64, mentioning: [])
        try casekit.expectRefused(["note", "1", "-o", "x"], code: 64, mentioning: ["-o"])
        let exported = try casekit.run("export", "-o", casekit.folder + "/out.json")
        #expect(exported.code == 0, "\(exported.stderr)")
    }

    @Test func dashTextAfterDoubleDashOrAttachedWithEqualsIsRecorded() throws {
        try casekit.ok("note", "1", "--mood", "calm", "--", "-ish: fine")
        try casekit.ok("note", "1", "--", "-h flag")
        try casekit.ok("done", "1", "--note=-5 on the survey")
        #expect(try timeline().suffix(3) == ["-ish: fine", "-h flag", "Call Dana about the jam — -5 on the survey"])
        let id = try casekit.ok("open", "--", "-h flag")
        #expect(id == "2\n")
    }

    @Test func anOptionValueThatBeginsWithADashGetsTheEqualsHint() throws {
        try casekit.expectRefused(["done", "1", "--note", "-5 on the survey"], code: 64,
                                  mentioning: ["--note=\"-5 on the survey\""])
        try casekit.expectRefused(["note", "1", "-ish"], code: 64, mentioning: ["casekit note 1 -- -ish"])
    }

    @Test func editStillRemovesATagWithADash() throws {
        try casekit.ok("edit", "1", "--tag", "vip")
        try casekit.ok("edit", "1", "--tag", "-vip")
        #expect(try casekit.query("SELECT count(*) FROM case_tags") { $0.int(0) } == [0])
    }

    @Test func helpStillAnswersAPlainDashH() throws {
        let help = try casekit.run("note", "-h")
        #expect(help.code == 0 && help.stdout.contains("OVERVIEW"))
    }

    @Test func dbBeforeTheSubcommand() throws {
        let other = casekit.folder + "/q.db"
        #expect(try casekit.ok("--db", other, "open", "Elsewhere") == "1\n")
        #expect(try casekit.ok("--db", other, "list", "--all").contains("Elsewhere"))
        #expect(try casekit.ok("--db=" + other, "checkin", "done", "1").contains("contact recorded"))
        #expect(try casekit.ok("--db", other).contains("Today"))
        #expect(try casekit.ok("--db", other, "--no-color", "show", "1").contains("Elsewhere"))
        #expect(!(try casekit.ok("list", "--all")).contains("Elsewhere"))
        let mode = try FileManager.default.attributesOfItem(atPath: other)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test(arguments: [
        (["shwo", "1"], "did you mean 'show'?"), (["lsit"], "did you mean 'list'?"),
        (["chekin", "list"], "did you mean 'checkin'?"), (["checkin", "dnoe", "1"], "did you mean 'done'?"),
        (["reveiw"], "did you mean 'review'?"), (["opne", "A title"], "did you mean 'open'?"),
        (["comp"], "did you mean 'completions'?"), (["xyzzy"], "the commands are today, open"),
        (["1"], "the commands are"), (["checkin", "1"], "see 'casekit checkin --help'"),
        (["\u{1B}]0;pwned\u{7}"], "the commands are"),
    ])
    func aMistypedCommandIsRefusedWithASuggestion(_ arguments: [String], _ hint: String) throws {
        try casekit.expectRefused(arguments, code: 64, mentioning: ["is not a casekit", hint])
        #expect(!(try casekit.run(arguments)).stderr.contains("\u{1B}"))
    }

    @Test func plainCasekitIsStillToday() throws {
        #expect(try casekit.ok().contains("Today"))
        #expect(try casekit.ok("--no-color").contains("Today"))
    }

    @Test func anInvalidMoodListsTheMoods() throws {
        for arguments in [["note", "1", "x", "--mood", "grumpy"], ["open", "T", "--mood", "sleepy"],
                          ["checkin", "done", "1", "--mood", "meh"]] {
            try casekit.expectRefused(arguments, code: 64,
                                      mentioning: ["calm, confused, anxious, frustrated, angry, happy"])
        }
        try casekit.expectRefused(["open", "T", "--priority", "asap"], code: 64, mentioning: ["'urgent'"])
    }

    /// Every command's help, as ArgumentParser prints it: at 80 columns the
    /// examples are whole lines (a wrapped one would not paste), and no
    /// option says its default twice.
    @Test func helpExamplesPasteAt80ColumnsAndDefaultsAreSaidOnce() throws {
        casekit.environment["COLUMNS"] = "80"
        var commands: [[String]] = []
        for parent in [[String](), ["checkin"]] {
            let help = try help(parent)
            commands += subcommands(in: help).filter { $0 != "checkin" || !parent.isEmpty }.map { parent + [$0] }
        }
        #expect(commands.count > 20, "\(commands)")
        for command in commands {
            let help = try self.help(command)
            var inExamples = false, continues = false, examples = 0
            for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "Examples:" || line == "Example:" { inExamples = true; continue }
                guard inExamples else { continue }
                if line.isEmpty { inExamples = false; continue }
                let shape = continues ? line.hasPrefix("      ") : line.hasPrefix("  ") && line.dropFirst(2).first != " "
                #expect(shape, "casekit \(command.joined(separator: " ")) --help at 80 columns: '\(line)'")
                #expect(line.count < 80)
                continues = line.hasSuffix(" \\")
                examples += 1
            }
            #expect(examples > 0 || ["today", "list", "show", "review", "import", "backup"].contains(command.last!),
                    "casekit \(command.joined(separator: " ")) has no examples")
            casekit.environment["COLUMNS"] = "300"
            for line in try self.help(command).split(separator: "\n") {
                #expect(line.components(separatedBy: "default").count <= 2,
                        "casekit \(command.joined(separator: " ")): \(line)")
                // ArgumentParser lists an enum's values itself: the help
                // must not list them first.
                let parts = line.components(separatedBy: "(values: ")
                if parts.count == 2 {
                    let firstTwo = parts[1].split(separator: ",").prefix(2).map { $0.trimmingCharacters(in: .whitespaces) }
                    #expect(!parts[0].contains(firstTwo.joined(separator: ", ")),
                            "casekit \(command.joined(separator: " ")): \(line)")
                }
            }
            casekit.environment["COLUMNS"] = "80"
        }
    }

    func help(_ command: [String]) throws -> String {
        let run = try casekit.run(command + ["--help"])
        #expect(run.code == 0, "\(command): \(run.stderr)")
        return run.stdout
    }

    /// The names in the SUBCOMMANDS sections of a help text.
    func subcommands(in help: String) -> [String] {
        var names: [String] = [], inSection = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix("SUBCOMMANDS:") { inSection = true; continue }
            if line.isEmpty { inSection = false; continue }
            guard inSection, line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            names.append(String(line.dropFirst(2).prefix { $0 != " " }))
        }
        return names
    }
}
