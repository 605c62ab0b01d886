import Foundation

/// Text as strangers write it: customer names and email subjects with shell
/// metacharacters, terminal escape sequences, bidi controls, very long runs
/// and bytes that are not UTF-8, mixed with ordinary words.
enum HostileText {
    /// Where a `$(touch …)` planted in data would leave its mark if anything
    /// ever ran it; the fuzz test checks that it never appears.
    static let marker = NSTemporaryDirectory() + "casekit-fuzz-ran-\(getpid())"

    static var pieces: [String] {
        [
            "$(touch \(marker))", "`touch \(marker)`", "; touch \(marker)", "| touch \(marker)", "&& touch \(marker)",
            "$HOME", "${PATH}", "'", "\"", "\\", "*", "~root", "!!", "-", "--", "-1", "--db", "%s%n%x", "{{7*7}}",
            "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "+1", "@SUM(1+1)", "\u{1B}[31mred\u{1B}[0m",
            "\u{1B}]0;owned\u{07}", "\u{1B}[2J\u{1B}[H", "\u{1B}]8;;http://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\",
            "\u{9B}31m", "\u{1B}P+q\u{1B}\\", "\u{07}", "\u{08}\u{08}", "\r", "\n", "\t", "\u{0B}\u{0C}", "\u{7F}",
            "\u{85}", "\u{01}", "\u{202E}gnp.exe", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{202A}",
            "\u{202B}", "\u{202C}", "\u{202D}", "\u{200F}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{2029}", "é",
            "e\u{301}", "🌐", "👩‍👩‍👧", "日本語", "مرحبا", "\u{FFFD}", "\u{10FFFF}", "\u{E000}", " ", "  padded  ", ",",
            "#1", "@phone", "+vip", "-vip", "a,b",
        ]
    }

    /// Byte sequences that are not UTF-8: a lone continuation byte, a cut
    /// sequence, an overlong slash, an encoded surrogate, beyond U+10FFFF.
    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFE, 0xFF], [0xE2, 0x80],
    ]

    /// What makes a text hostile, for the summary a run prints.
    static func kinds(of bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var kinds: [String] = []
        if bytes.count >= 5_000 { kinds.append("text: 5 KB to 100 KB") }
        if String(validating: bytes, as: UTF8.self) == nil { kinds.append("text: not UTF-8") }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            kinds.append("text: control characters or escape sequences")
        }
        if text.unicodeScalars.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            || [0x200B, 0x200F, 0x2028, 0x2029, 0xFEFF].contains($0.value) }) {
            kinds.append("text: bidi controls or invisible separators")
        }
        if text.contains(where: { "$`;|&'\"\\*~!<>{}".contains($0) }) { kinds.append("text: shell or template metacharacters") }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { kinds.append("text: empty or blank") }
        return kinds.isEmpty ? ["text: ordinary words and Unicode"] : kinds
    }

    static let words = [
        "Call", "Email", "Send", "Ask", "billing", "refund", "the", "customer", "about", "invoice", "logs", "router",
        "Acme", "Globex", "Initech", "VPN", "drops", "hourly", "Dana", "confirm", "overcharge",
    ]

    static func text(_ random: inout FuzzRandom) -> [UInt8] {
        if random.chance(0.03) { return Array(random.pick(["", " ", "   ", "\t", "\n"]).utf8) }
        if random.chance(0.02) {
            // Long, but under the kernel's 128 KiB limit for one argument.
            let piece = Array((random.chance(0.5) ? random.pick(pieces) : "word ").utf8)
            let length = random.pick([5_000, 30_000, 100_000])
            return Array(Array(repeating: piece, count: length / max(piece.count, 1) + 1).joined().prefix(length))
        }
        var bytes: [UInt8] = []
        for index in 0..<random.within(1...5) {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            if random.chance(0.55) {
                bytes += Array(random.pick(words).utf8)
            } else if random.chance(0.9) {
                bytes += Array(random.pick(pieces).utf8)
            } else {
                bytes += random.pick(invalidUTF8)
            }
        }
        return bytes
    }
}

/// One step of a fuzz run: a command line and what the checks may expect of it.
struct FuzzStep {
    var arguments: [Argument]
    /// A file for standard input (answers for `review --walk`, a document for `import -`).
    var stdin: String? = nil
    /// Variables set for this step only (a hostile CASEKIT_NOW, another TZ).
    var environment: [String: Argument] = [:]
    /// Reads or writes a file besides the database, so a storage error (74)
    /// can be legitimate; on a healthy database it never is otherwise.
    var touchesFiles = false
    /// Prints JSON, CSV or ICS on stdout, which keep the exact text.
    var machineOutput = false
    /// The import document, kept to reproduce a failure.
    var document: Data? = nil
    /// The file a `backup` step names, checked when the backup succeeds.
    var backupTarget: String? = nil
    /// Why casekit must refuse this import as bad data (exit 65), if it must.
    var mustRefuse: String? = nil
    var note = ""
}

extension Fuzzer {
    static let whenForms = [
        "today", "tomorrow", "yesterday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "Friday", "eow",
        "eom", "+3d", "3d", "2w", "1m", "12h", "+1h", "2026-11-27", "2026-11-27T14:30", "14:30", "tomorrow 14:30",
        "fri 10:00", "2026-12-05 14:30", "+2bd", "2bd", "nwd",
    ]
    static let edgeWhens = [
        "0d", "+0d", "-1d", "-3d", "0h", "99999d", "999999999999d", "9223372036854775807d", "9223372036854775807h",
        "2026-02-29", "2028-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01", "0001-01-01",
        "9999-12-31", "10000-01-01", "-2026-11-27", "2026-11-27T24:00", "2026-11-27T23:59", "2026-11-27T-1:-1",
        "2026-11-27T+1:+1", "2026-03-08T02:30", "2026-11-01T01:30", "2027-01-31", "1.5d", " 3d", "3d ", "3D",
        "+-3d", "3dd", "d", "+d", "١٢d", "１d", "2026-11-27T14:30:00", "2026-11-27T14:30Z", "2026-11-27 ", "25:00",
        "12:60", "tomorrow tomorrow", "fri 25:00", "eowx", "2026-1-5", "26-11-27",
    ]
    static let intervals = ["12h", "3d", "2w", "1m", "1d", "1h", "+2d", "1bd", "+3bd"]
    static let edgeIntervals = [
        "0bd", "-1bd", "2bdx", "bd", "10001bd", "2 bd",
        "0d", "0h", "-1d", "-2w", "1y", "99999999999999999999d", "9223372036854775807h", "9223372036854775807d",
        "2147483648d", "", "d", "3", "3 d", "1.5d", "0w", "000001d",
    ]
    static let ids = [
        "0", "-1", "#0", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "18446744073709551616", "99999999999999999999999", "1e3", "0x1", "+1", " 1", "1 ", "01", "١", "", "abc",
        "1.0", "#", "##1", "1,2", "--",
    ]

    mutating func when() -> Argument {
        if random.chance(0.6) { return tried("WHEN: valid", Argument(random.pick(Self.whenForms))) }
        if random.chance(0.7) { return tried("WHEN: edge or invalid", Argument(random.pick(Self.edgeWhens))) }
        return tried("WHEN: hostile text", text())
    }

    mutating func interval() -> Argument {
        if random.chance(0.6) { return tried("INTERVAL: valid", Argument(random.pick(Self.intervals))) }
        if random.chance(0.7) { return tried("INTERVAL: edge or invalid", Argument(random.pick(Self.edgeIntervals))) }
        return tried("INTERVAL: hostile text", text())
    }

    mutating func caseID() -> Argument {
        if random.chance(0.8) {
            // A case that exists, or the next id, which does not yet.
            let unused = caseIDs.last.map { $0 == .max ? $0 : $0 + 1 } ?? 1
            let id = random.chance(0.9) && !caseIDs.isEmpty ? random.pick(caseIDs) : unused
            return tried("case id: existing or next", Argument(random.chance(0.1) ? "#\(id)" : "\(id)"))
        }
        if random.chance(0.8) { return tried("case id: 0, -1, huge, malformed", Argument(random.pick(Self.ids))) }
        return tried("case id: hostile text", text())
    }

    mutating func text() -> Argument {
        let text = Argument(bytes: HostileText.text(&random))
        for kind in HostileText.kinds(of: text.bytes) { tally[kind, default: 0] += 1 }
        return text
    }

    /// Counts one input of a kind, for the summary a run prints.
    mutating func tried(_ kind: String, _ argument: Argument) -> Argument {
        tally[kind, default: 0] += 1
        return argument
    }

    mutating func choice(_ valid: [String]) -> Argument {
        random.chance(0.85) ? Argument(random.pick(valid)) : text()
    }

    mutating func number() -> Argument {
        random.chance(0.7) ? Argument("\(random.within(1...12))") : Argument(random.pick(Self.ids))
    }

    /// Appends `flag value` with the given probability.
    mutating func option(_ arguments: inout [Argument], _ flag: Argument, _ probability: Double, _ value: (inout Self) -> Argument) {
        if random.chance(probability) { arguments += [flag, value(&self)] }
    }

    mutating func flag(_ arguments: inout [Argument], _ flag: Argument, _ probability: Double) {
        if random.chance(probability) { arguments.append(flag) }
    }

    static let priorities = ["low", "normal", "high", "urgent"]
    static let moods = ["calm", "confused", "anxious", "frustrated", "angry", "happy"]
    static let statuses = ["open", "waiting", "escalated", "resolved", "closed"]
    static let channels = ["email", "phone", "chat", "other"]
    static let contexts = ["@phone", "@email", "@chat", "@desk"]

    /// A random command line over every command of the spec.
    mutating func commandStep() -> FuzzStep {
        var a: [Argument] = []
        var step = FuzzStep(arguments: [])
        switch random.below(100) {
        case 0..<12:
            a = ["open", text()]
            option(&a, "--customer", 0.6) { $0.text() }
            option(&a, "--ref", 0.3) { $0.text() }
            if random.chance(0.6) {
                a += ["--next", text()]
                option(&a, "--due", 0.6) { $0.when() }
                option(&a, "--context", 0.4) { $0.choice(Self.contexts) }
            } else {
                option(&a, "--due", 0.05) { $0.when() }
            }
            option(&a, "--priority", 0.4) { $0.choice(Self.priorities) }
            for _ in 0..<random.below(3) { a += ["--tag", random.chance(0.6) ? Argument(random.pick(["vip", "dns", "billing"])) : text()] }
            option(&a, "--outcome", 0.3) { $0.text() }
            option(&a, "--mood", 0.4) { $0.choice(Self.moods) }
        case 12..<18:
            a = ["list"]
            flag(&a, "--all", 0.3)
            option(&a, "--status", 0.2) { $0.choice(Self.statuses) }
            option(&a, "--customer", 0.2) { $0.text() }
            option(&a, "--tag", 0.2) { $0.text() }
            flag(&a, "--escalated", 0.2)
            flag(&a, "--overdue", 0.2)
            option(&a, "--sort", 0.3) { $0.choice(["due", "updated", "priority", "id"]) }
            option(&a, "--limit", 0.2) { $0.number() }
        case 18..<23:
            a = ["show", caseID()]
        case 23..<28:
            a = ["edit", caseID()]
            option(&a, "--title", 0.3) { $0.text() }
            option(&a, "--customer", 0.3) { $0.text() }
            option(&a, "--ref", 0.2) { $0.text() }
            option(&a, "--priority", 0.3) { $0.choice(Self.priorities) }
            for _ in 0..<random.below(3) {
                a += ["--tag", random.chance(0.7) ? Argument(random.pick(["+vip", "-vip", "dns", "-dns", "+"])) : text()]
            }
            option(&a, "--outcome", 0.2) { $0.text() }
        case 28..<33:
            a = ["next", caseID(), text()]
            option(&a, "--due", 0.6) { $0.when() }
            option(&a, "--context", 0.3) { $0.choice(Self.contexts) }
        case 33..<37:
            a = ["done", caseID()]
            option(&a, "--note", 0.4) { $0.text() }
            if random.chance(0.5) {
                a += ["--next", text()]
                option(&a, "--due", 0.5) { $0.when() }
                option(&a, "--context", 0.2) { $0.choice(Self.contexts) }
            }
        case 37..<41:
            a = ["note", caseID(), text()]
            option(&a, "--mood", 0.4) { $0.choice(Self.moods) }
        case 41..<45:
            a = ["wait", caseID()]
            option(&a, "--on", 0.9) { $0.text() }
            option(&a, "--until", 0.6) { $0.when() }
        case 45..<47:
            a = ["resume", caseID()]
            option(&a, "--note", 0.4) { $0.text() }
        case 47..<51:
            a = ["escalate", caseID()]
            option(&a, "--to", 0.9) { $0.random.chance(0.5) ? Argument($0.random.pick(["Billing", "Network Ops"])) : $0.text() }
            option(&a, "--reason", 0.4) { $0.text() }
            option(&a, "--update-every", 0.5) { $0.interval() }
        case 51..<53:
            a = ["deescalate", caseID()]
            option(&a, "--note", 0.5) { $0.text() }
        case 53..<57:
            a = ["checkin", "add", caseID(), when()]
            option(&a, "--note", 0.5) { $0.text() }
            option(&a, "--channel", 0.4) { $0.choice(Self.channels) }
        case 57..<61:
            a = ["checkin", random.pick(["done", "skip"]), caseID()]
            option(&a, "--note", 0.5) { $0.text() }
            option(&a, "--checkin", 0.3) { $0.number() }
        case 61..<63:
            a = ["checkin", "move", caseID(), when()]
            option(&a, "--checkin", 0.3) { $0.number() }
        case 63..<65:
            a = ["checkin", "list"]
            flag(&a, "--overdue", 0.3)
            option(&a, "--within", 0.4) { $0.interval() }
        case 65..<69:
            a = ["resolve", caseID()]
            option(&a, "--note", 0.5) { $0.text() }
            option(&a, "--checkin", 0.3) { $0.when() }
            flag(&a, "--no-checkin", 0.3)
        case 69..<72:
            a = ["close", caseID()]
            flag(&a, "--force", 0.4)
        case 72..<74:
            a = ["reopen", caseID()]
        case 74..<77:
            a = random.chance(0.3) ? [] : ["today"]
        case 77..<81:
            a = ["review"]
            option(&a, "--stale-after", 0.3) { $0.interval() }
            if random.chance(0.15) {
                a.append("--walk")
                step.stdin = scratchFile("answers", Data((0..<random.within(1...12)).map { _ in
                    random.pick(["n", "c", "r", "s", "q", "x", "", "\u{1B}[A"])
                }.joined(separator: "\n").utf8))
            } else {
                option(&a, "--format", 0.5) { $0.choice(["text", "markdown", "json"]) }
            }
            flag(&a, "--mark-reviewed", 0.3)
        case 81..<86:
            a = ["export"]
            option(&a, "--format", 0.6) { $0.choice(["json", "csv", "ics"]) }
            if random.chance(0.4) {
                a += ["--output", outputTarget()]
                step.touchesFiles = true
            }
            step.machineOutput = true
        case 86..<89:
            let target = outputTarget()
            step.backupTarget = String(decoding: target.bytes, as: UTF8.self)
            a = ["backup", target]
            flag(&a, "--force", 0.3)
            step.touchesFiles = true
            // "-" may put the database itself on stdout.
            step.machineOutput = true
        case 89..<91:
            a = ["completions", choice(["bash", "zsh", "fish"])]
            step.machineOutput = true
        default:
            // What the shells' completion scripts ask; the values come from stored data.
            let (command, argument) = random.pick([
                ("list", "--customer"), ("list", "--tag"), ("open", "--context"), ("escalate", "--to"), ("show", "positional@0"),
            ])
            a = ["---completion", Argument(command), "--", Argument(argument), "2", "0", "casekit", Argument(command), text()]
            if random.chance(0.5) { step.environment["SAP_SHELL"] = Argument(random.pick(["bash", "zsh", "fish"])) }
        }
        if a.first != "---completion" { addNoise(&a) }
        if a.contains("--json") || a.contains("json") { step.machineOutput = true }
        step.arguments = a
        return step
    }

    /// Occasional options every command takes, unknown flags, stray words.
    mutating func addNoise(_ a: inout [Argument]) {
        if random.chance(0.6) && a.first != "completions" { flag(&a, "--json", 0.15) }
        if a.first != "completions" {
            flag(&a, "--no-color", 0.1)
            if random.chance(0.05) { a += ["--db", Argument(database)] }
        }
        if random.chance(0.04) {
            tally["unknown or misplaced flag", default: 0] += 1
            a.insert(Argument(random.pick(["--frobnicate", "-z", "--db", "--help", "-h", "--version", "--priority=high", "---", "-"])),
                     at: random.within(0...a.count))
        }
        if random.chance(0.03) { a.append(text()) }
        if random.chance(0.02) { a.append(Argument(random.pick(["--", "--due", "--tag", "--limit"]))) }
    }

    /// A file name for `export --output` or `backup`: mostly fresh, sometimes
    /// one casekit must refuse (the database or its side files, a folder, a
    /// missing folder, a file that exists).
    mutating func outputTarget() -> Argument {
        if random.chance(0.7) { return Argument(folder + "/out-\(random.below(1_000_000)).\(random.pick(["json", "csv", "ics", "db"]))") }
        tally["output file to refuse (the database, a folder, …)", default: 0] += 1
        return Argument(random.pick([
            database, database + "-wal", database + "-shm", folder, folder + "/", folder + "/missing/x.json",
            folder + "/existing.txt", "-", "", folder + "/.", folder + "/new\nline.json",
        ]))
    }

    /// An import step: a hostile document made from a fresh export, or an
    /// odd file, from a path or standard input.
    mutating func importStep(export: Data) -> FuzzStep {
        var step = FuzzStep(arguments: ["import"])
        if random.chance(0.05) {
            tally["import: not a file to read (a folder, missing, the database)", default: 0] += 1
            step.touchesFiles = true
            step.arguments.append(Argument(random.pick([
                folder, folder + "/missing.json", database, folder + "/existing.txt", "", "--",
            ])))
            return step
        }
        var mutator = ImportMutator(random: FuzzRandom(seed: random.next()))
        let outcome = mutator.mutate(export)
        step.document = outcome.document
        step.note = outcome.mutations.joined(separator: "; ")
        step.mustRefuse = outcome.mustRefuse
        for mutation in outcome.mutations { tally["import: " + ImportMutator.kind(of: mutation), default: 0] += 1 }
        if let reason = outcome.mustRefuse {
            let kind = FuzzJSON.Refusal(rawValue: reason) == nil ? ImportMutator.kind(of: reason) : reason
            tally["import: to refuse, " + kind, default: 0] += 1
        }
        let path = scratchFile("import.json", outcome.document)
        if random.chance(0.15) {
            step.arguments.append("-")
            step.stdin = path
        } else {
            step.arguments.append(Argument(path))
        }
        flag(&step.arguments, "--dry-run", 0.2)
        return step
    }
}
