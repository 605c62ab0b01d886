import CaseKit
import Foundation
import Testing

/// Random command sequences and hostile import documents against one real
/// database, checking after every step what casekit promises whatever it is
/// given. `CASEKIT_FUZZ_SEED` and `CASEKIT_FUZZ_STEPS` replay a run; without
/// them a fixed seed runs for at most `FuzzSettings.defaultBudget` seconds, so
/// CI stays fast and deterministic (`make fuzz` runs a long one with a random
/// seed). Docs/security.md lists what it tries and checks.
@Suite struct FuzzTests {
    @Test func hostileInputNeverHurtsTheQueue() throws {
        let settings = FuzzSettings(environment: ProcessInfo.processInfo.environment)
        print("casekit fuzz: seed \(settings.seed), up to \(settings.steps) steps"
              + (settings.budget.map { " or \(Int($0)) s" } ?? ""))
        var fuzzer = Fuzzer(seed: settings.seed)
        let steps = try fuzzer.run(steps: settings.steps, budget: settings.budget)
        print("casekit fuzz: seed \(settings.seed), \(steps) steps; inputs tried:")
        for (kind, count) in fuzzer.tally.sorted(by: { $0.key < $1.key }) { print("  \(count)× \(kind)") }
        print("casekit fuzz: failures by kind:")
        for (kind, count) in fuzzer.kinds.sorted(by: { $0.key < $1.key }) { print("  \(count)× \(kind)") }
        for failure in fuzzer.failures { Issue.record(Comment(rawValue: failure)) }
    }
}

/// The seed and length of a fuzz run, from the environment.
struct FuzzSettings {
    static let defaultSeed: UInt64 = 20_261_122
    static let defaultSteps = 3000
    /// The default run's wall-clock bound: the fuzz test's share of `swift test`.
    static let defaultBudget: TimeInterval = 45

    let seed: UInt64
    let steps: Int
    let budget: TimeInterval?

    init(environment: [String: String]) {
        seed = environment["CASEKIT_FUZZ_SEED"].flatMap { UInt64($0.trimmingCharacters(in: .whitespaces)) } ?? Self.defaultSeed
        if let steps = environment["CASEKIT_FUZZ_STEPS"].flatMap({ Int($0) }) {
            self.steps = steps
            budget = nil
        } else {
            steps = Self.defaultSteps
            budget = Self.defaultBudget
        }
    }
}

/// One fuzz run: a database in a temp folder, a seeded random source, and the
/// failures found so far, each with what it takes to reproduce it.
struct Fuzzer {
    static let baseNow = Date(timeIntervalSince1970: 1_795_338_000) // 2026-11-22T09:00 as a naive local time
    static let zones = ["America/New_York", "UTC", "Asia/Tokyo", "Europe/Berlin"]
    /// Bad or odd clocks. None lies ahead of the run's own clock: events
    /// written in the far future would make later imports of casekit's own
    /// export refuse them as "more than a day in the future", which is right.
    static let hostileNows = [
        "garbage", "0000-01-01T00:00", "10000-01-01T00:00", "2026-11-22T25:00", "2026-11-22T-1:-1", "2026-03-08T02:30",
        "2026-11-01T01:30", "2026-11-22T09:00:00Z", "2026-11-22", "2026-11-22T9:00", " 2026-11-22T09:00",
    ]
    /// Failures of one kind recorded in full; the rest are only counted.
    static let examplesPerKind = 2

    let seed: UInt64
    var random: FuzzRandom
    let casekit: CasekitBinary
    let launcher: RawLauncher
    /// The database's case ids, for command lines that name a case that exists.
    var caseIDs: [Int64] = []
    var minutes = 0
    var failures: [String] = []
    /// How often each kind of failure (command and problems) was seen.
    var kinds: [String: Int] = [:]
    /// How many inputs of each kind the run tried.
    var tally: [String: Int] = [:]

    var folder: String { casekit.folder }
    var database: String { casekit.database }

    init(seed: UInt64) {
        self.seed = seed
        random = FuzzRandom(seed: seed)
        casekit = CasekitBinary()
        launcher = RawLauncher(executable: CasekitBinary.executable.path, scratch: casekit.folder)
    }

    /// Runs up to `steps` steps (fewer when `budget` seconds run out) and
    /// returns how many ran.
    mutating func run(steps: Int, budget: TimeInterval?) throws -> Int {
        let started = Date()
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: folder + "/existing.txt"))
        try casekit.ok("open", "Double charge on invoice", "--customer", "Acme Corp", "--ref", "ZD-4411",
                       "--next", "Call billing to confirm the overcharge", "--due", "tomorrow", "--tag", "billing")
        try casekit.ok("open", "VPN drops every hour", "--customer", "Globex", "--mood", "frustrated")
        try casekit.ok("escalate", "2", "--to", "Network Ops")
        try casekit.ok("open", "Export drops accents", "--customer", "Initech")
        try casekit.ok("resolve", "3")
        caseIDs = [1, 2, 3]
        var step = 0
        while step < steps {
            if let budget, Date().timeIntervalSince(started) > budget { break }
            step += 1
            if random.chance(0.3) { minutes += random.pick([1, 30, 60, 600, 1440, 4320]) }
            switch random.below(100) {
            case 0..<12:
                guard let export = exportForImport(step: step) else { continue }
                execute(importStep(export: export), step: step)
            case 12..<15:
                tally["round trip: export, then import in another zone", default: 0] += 1
                roundTrip(step: step)
            default:
                var command = commandStep()
                tally["command: " + Self.name(of: command), default: 0] += 1
                if random.chance(0.1) { command.environment["TZ"] = Argument(random.pick(Self.zones)) }
                if random.chance(0.03) {
                    tally["CASEKIT_NOW: invalid or odd", default: 0] += 1
                    command.environment["CASEKIT_NOW"] = random.chance(0.8) ? Argument(random.pick(Self.hostileNows)) : text()
                }
                execute(command, step: step)
            }
        }
        return step
    }

    var now: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: Self.baseNow.addingTimeInterval(TimeInterval(minutes * 60)))
    }

    func environment(_ overrides: [String: Argument]) -> [String: Argument] {
        var environment: [String: Argument] = [
            "CASEKIT_DB": Argument(database), "CASEKIT_NOW": Argument(now), "TZ": "America/New_York",
            "HOME": Argument(folder), "PATH": Argument(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"),
        ]
        environment.merge(overrides) { _, new in new }
        return environment
    }

    func scratchFile(_ name: String, _ contents: Data) -> String {
        let path = folder + "/" + name
        try? contents.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A fresh export of the database to mutate; the export itself must work.
    mutating func exportForImport(step: Int) -> Data? {
        let export = FuzzStep(arguments: ["export"], machineOutput: true, note: "the export an import step starts from")
        let result = launcher.run(export.arguments, environment: environment([:]), stdin: nil)
        guard result.ending == .exited(0) else {
            fail(step: step, export, result, ["export of the database failed: \(result.ending)"], before: nil)
            return nil
        }
        return result.stdout
    }

    /// What casekit exports, casekit imports, changing nothing, in any time zone.
    mutating func roundTrip(step: Int) {
        let path = folder + "/roundtrip.json"
        var export = FuzzStep(arguments: ["export", "--output", Argument(path)], note: "round trip: the export")
        export.environment["TZ"] = Argument(random.pick(Self.zones))
        let exported = launcher.run(export.arguments, environment: environment(export.environment), stdin: nil)
        guard exported.ending == .exited(0) else {
            fail(step: step, export, exported, ["export of the database failed: \(exported.ending)"], before: nil)
            return
        }
        var reimport = FuzzStep(arguments: ["import", Argument(path)],
                                document: FileManager.default.contents(atPath: path), note: "round trip: import of the export just made")
        reimport.environment["TZ"] = Argument(random.pick(Self.zones))
        let before = casekit.bytes()
        let imported = launcher.run(reimport.arguments, environment: environment(reimport.environment), stdin: nil)
        var problems: [String] = []
        if imported.ending != .exited(0) { problems.append("importing casekit's own export failed: \(imported.ending)") }
        if casekit.bytes() != before { problems.append("importing casekit's own export changed the database") }
        problems += inspectDatabase()
        if !problems.isEmpty { fail(step: step, reimport, imported, problems, before: before) }
    }

    /// Runs one step and checks every promise that holds whatever the input.
    mutating func execute(_ step: FuzzStep, step index: Int) {
        let before = casekit.bytes()
        let result = launcher.run(step.arguments, environment: environment(step.environment), stdin: step.stdin)
        var problems: [String] = []
        switch result.ending {
        case .hung:
            problems.append("still running after 20 s (killed)")
        case .signaled(let signal):
            problems.append("killed by signal \(signal)")
        case .exited(let code):
            // 65 is only for import data, and 74 only where a file other than a
            // healthy, unlocked database is involved.
            var allowed: Set<Int32> = [0, 1, 64]
            if step.arguments.first == "import" { allowed.insert(65) }
            if step.touchesFiles { allowed.insert(74) }
            if !allowed.contains(code) { problems.append("exit code \(code)") }
            if let reason = step.mustRefuse, code != 65 { problems.append("exit \(code), not 65, on a document to refuse: \(reason)") }
            if code != 0 {
                let lines = String(decoding: result.stderr, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.isEmpty }
                if lines.count != 1 || !lines[0].hasPrefix("casekit: error: ") || !lines[0].contains("(hint: ") {
                    problems.append("a refusal is not one 'casekit: error: … (hint: …)' line on stderr")
                }
                if casekit.bytes() != before { problems.append("refused (exit \(code)) but the database file changed") }
            }
            let helpOrVersion = step.arguments.contains { ["--help", "-h", "--version"].contains($0) }
            if code == 0, !helpOrVersion, let target = step.backupTarget, target != "-" {
                // casekit ran in the temp folder: a relative name is there.
                problems += inspectDatabase(target.hasPrefix("/") ? target : folder + "/" + target, name: "the backup")
            }
        }
        if let control = Self.terminalControl(in: result.stderr) { problems.append("stderr holds \(control)") }
        // A completion value must arrive as stored or not at all: it is
        // stripped of controls, but a bidi mark may be part of a name.
        let completion = step.arguments.first == "---completion"
        if !step.machineOutput, let control = Self.terminalControl(in: result.stdout, bidi: !completion) {
            problems.append("stdout holds \(control)")
        }
        if FileManager.default.fileExists(atPath: HostileText.marker) {
            problems.append("a command planted in data ran (\(HostileText.marker) exists)")
            try? FileManager.default.removeItem(atPath: HostileText.marker)
        }
        problems += inspectDatabase()
        if !problems.isEmpty { fail(step: index, step, result, problems, before: before) }
    }

    /// `PRAGMA integrity_check` and `foreign_key_check` on a read-only
    /// connection (it reads the WAL if one was left; the main file is never
    /// written); remembers the case ids for the next steps.
    mutating func inspectDatabase(_ path: String? = nil, name: String = "the database") -> [String] {
        do {
            let database = try Database(path: path ?? self.database, mode: .readOnly)
            let integrity = try database.rows("PRAGMA integrity_check") { $0.string(0) }
            var problems: [String] = []
            if integrity != ["ok"] { problems.append("integrity_check of \(name): \(integrity.prefix(3).joined(separator: "; "))") }
            let orphans = try database.rows("PRAGMA foreign_key_check") { $0.string(0) }
            if !orphans.isEmpty { problems.append("foreign_key_check of \(name): \(orphans.count) rows in \(Set(orphans).sorted())") }
            if path == nil { caseIDs = try database.rows("SELECT id FROM cases ORDER BY id LIMIT 1000") { $0.int(0) } }
            return problems
        } catch {
            return ["cannot read \(name): \(error)"]
        }
    }

    /// The first byte sequence a terminal would act on: ESC, another C0
    /// control than newline and tab, DEL, a C1 control (CSI, OSC…), and with
    /// `bidi` a bidi embedding, override or isolate, or a line or paragraph
    /// separator.
    static func terminalControl(in output: Data, bidi: Bool = true) -> String? {
        let bytes = Array(output)
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F {
                return String(format: "the control byte 0x%02X", byte)
            }
            guard index + 1 < bytes.count else { continue }
            let next = bytes[index + 1]
            if byte == 0xC2 && (0x80...0x9F).contains(next) { return String(format: "the C1 control U+%04X", Int(next)) }
            guard bidi, index + 2 < bytes.count, byte == 0xE2 else { continue }
            let scalar = 0x2000 + (Int(next & 0x3F) << 6) + Int(bytes[index + 2] & 0x3F)
            if next == 0x80 || next == 0x81,
               (0x202A...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) || scalar == 0x2028 || scalar == 0x2029 {
                return String(format: "U+%04X", scalar)
            }
        }
        return nil
    }

    /// Records a failure with everything needed to replay it, then puts the
    /// database back as it was so the run goes on finding other failures.
    mutating func fail(step index: Int, _ step: FuzzStep, _ result: RawRun, _ problems: [String], before: Data?) {
        defer {
            if let before {
                try? before.write(to: URL(fileURLWithPath: database))
                for side in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + side) }
            }
        }
        let kind = Self.kind(of: step, problems)
        kinds[kind, default: 0] += 1
        guard kinds[kind]! <= Self.examplesPerKind else { return }
        var lines = ["casekit fuzz failure at step \(index) (seed \(seed)): " + problems.joined(separator: "; ")]
        lines.append("  replay: CASEKIT_FUZZ_SEED=\(seed) CASEKIT_FUZZ_STEPS=\(index) swift test --filter EndToEndTests.FuzzTests")
        let variables = environment(step.environment).filter { ["CASEKIT_NOW", "TZ", "SAP_SHELL"].contains($0.key) }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.shellWord)" }
        let stdin = step.stdin.map { " < \($0)" } ?? ""
        lines.append("  command: " + (variables + ["casekit"] + step.arguments.map(\.shellWord)).joined(separator: " ") + stdin)
        if !step.note.isEmpty { lines.append("  note: \(step.note)") }
        if let document = step.document {
            let kept = NSTemporaryDirectory() + "casekit-fuzz-\(seed)-step\(index).json"
            try? document.write(to: URL(fileURLWithPath: kept))
            lines.append("  import document (\(document.count) bytes) kept at \(kept)")
        }
        lines.append("  ending: \(result.ending); stderr: " + String(decoding: result.stderr.prefix(400), as: UTF8.self)
            .debugDescription)
        failures.append(lines.joined(separator: "\n"))
        print(failures.last!)
    }

    /// A failure's kind: the command and what went wrong, without the
    /// details (which byte, which exit code's message) that vary.
    static func kind(of step: FuzzStep, _ problems: [String]) -> String {
        let summaries = problems.map { problem in
            if let holds = problem.range(of: " holds") { return String(problem[..<holds.upperBound]) }
            return String(problem.prefix { $0 != ":" })
        }
        return name(of: step) + ": " + Set(summaries).sorted().joined(separator: "; ")
    }

    /// The subcommand a step runs (`checkin done`, `---completion`), past any flag put before it.
    static func name(of step: FuzzStep) -> String {
        let words = step.arguments.map { String(decoding: $0.bytes, as: UTF8.self) }
        guard let first = words.firstIndex(where: { !$0.hasPrefix("-") || $0 == "---completion" }) else { return "today" }
        return words[first] == "checkin" && first + 1 < words.count ? "checkin " + words[first + 1] : words[first]
    }
}
