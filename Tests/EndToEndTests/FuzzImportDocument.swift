import Foundation

/// A JSON document as the fuzz test mutates it: keys keep their order and may
/// repeat, numbers keep their text, and `raw` holds bytes written exactly as
/// they are, so a mutation can plant what no JSON encoder writes (`+5`, a lone
/// `\uD800`, invalid UTF-8, a missing bracket). A `planted` token is written
/// the same way, and casekit must refuse the file while it is in it.
indirect enum FuzzJSON {
    case object([(key: String, value: FuzzJSON)])
    case array([FuzzJSON])
    case string(String)
    case raw([UInt8])
    case planted([UInt8], Refusal)

    /// Why a planted token makes the whole import fail.
    enum Refusal: String {
        /// Not RFC 8259 JSON, wherever it stands.
        case notJSON = "the file is not RFC 8259 JSON"
        /// A NUL escape in a field casekit reads: text is never cut short at NUL.
        case nul = "a field holds a NUL escape"
    }

    static func raw(_ text: String) -> FuzzJSON { .raw(Array(text.utf8)) }
    static func planted(_ text: String, _ refusal: Refusal) -> FuzzJSON { .planted(Array(text.utf8), refusal) }

    /// Parses the JSON casekit exports (well-formed, so this reader is small).
    static func parse(_ data: Data) -> FuzzJSON? {
        var reader = Reader(bytes: Array(data))
        return reader.value()
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                FuzzJSON.string(member.key).write(to: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .string(let text):
            out.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
                case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        case .raw(let bytes), .planted(let bytes, _):
            out += bytes
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func value() -> FuzzJSON? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [(key: String, value: FuzzJSON)] = []
                skipSpace()
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                while true {
                    skipSpace()
                    guard case .string(let key)? = value() else { return nil }
                    skipSpace(); index += 1 // the colon
                    guard let item = value() else { return nil }
                    members.append((key, item))
                    skipSpace()
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "}") { return .object(members) }
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [FuzzJSON] = []
                skipSpace()
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    guard let item = value() else { return nil }
                    items.append(item)
                    skipSpace()
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "]") { return .array(items) }
                }
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                while bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
                index += 1
                let literal = bytes[start..<index]
                if !literal.contains(UInt8(ascii: "\\")) { return .string(String(decoding: literal.dropFirst().dropLast(), as: UTF8.self)) }
                return (try? JSONDecoder().decode(String.self, from: Data(literal))).map(FuzzJSON.string)
            default:
                let start = index
                while index < bytes.count, !",]} \n\r\t".utf8.contains(bytes[index]) { index += 1 }
                return .raw(Array(bytes[start..<index]))
            }
        }

        mutating func skipSpace() {
            while index < bytes.count, " \n\r\t".utf8.contains(bytes[index]) { index += 1 }
        }
    }
}

/// Turns a valid `casekit export` into a hostile import document, the way a
/// careless colleague or an attacker would: fields dropped, duplicated or
/// retyped, uuids swapped, records moved between cases, huge or non-RFC
/// numbers, NUL and lone-surrogate escapes, deep nesting, a BOM, invalid
/// UTF-8, truncation, or nothing but random bytes.
struct ImportMutator {
    var random: FuzzRandom

    /// A hostile document: its bytes, a short account of what was done to
    /// it, and, when casekit must refuse it (exit 65) wherever the damage
    /// landed, why.
    struct Outcome {
        var document: Data
        var mutations: [String]
        var mustRefuse: String?
    }

    mutating func mutate(_ export: Data) -> Outcome {
        if random.chance(0.04) {
            let noise = (0..<random.below(4096)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            return Outcome(document: Data(noise), mutations: ["random bytes"], mustRefuse: "random bytes")
        }
        if random.chance(0.04) {
            let whole = random.pick(Self.wholeDocuments)
            return Outcome(document: Data(whole.text.utf8), mutations: [whole.name], mustRefuse: whole.refused ? whole.name : nil)
        }
        guard let original = FuzzJSON.parse(export) else {
            return Outcome(document: export, mutations: ["export did not parse"], mustRefuse: nil)
        }
        var document = original
        var mutations: [String] = []
        for _ in 0..<random.within(1...3) {
            mutations.append(mutateStructure(&document))
        }
        var refusals = Set<FuzzJSON.Refusal>(), read = Set<FuzzJSON.Refusal>()
        document.collectPlanted(into: &refusals)
        // A NUL under a key casekit does not read (the export time, an added
        // or repeated key) may be ignored; bad JSON anywhere may not.
        if case .object(let members) = document {
            for member in members where member.key != "exported" { member.value.collectPlanted(into: &read) }
        }
        let unknownKeys = mutations.contains { $0.hasPrefix("duplicated $") || $0.hasPrefix("added a key") }
        var mustRefuse = refusals.contains(.notJSON) ? FuzzJSON.Refusal.notJSON.rawValue
            : read.contains(.nul) && !unknownKeys ? FuzzJSON.Refusal.nul.rawValue
            : !unknownKeys ? Self.foreignRecord(in: document, comparedWith: original) : nil
        var bytes = document.bytes
        if random.chance(0.25) {
            let (name, refused) = mutateBytes(&bytes)
            mutations.append(name)
            if refused { mustRefuse = name }
        }
        return Outcome(document: Data(bytes), mutations: mutations, mustRefuse: mustRefuse)
    }

    /// Why the document must be refused when one of its events, next actions or
    /// check-ins belongs to another case: in the database (the export the
    /// document was made from) or elsewhere in the document.
    static func foreignRecord(in document: FuzzJSON, comparedWith original: FuzzJSON) -> String? {
        let known = Dictionary(original.recordOwners(), uniquingKeysWith: { first, _ in first })
        var seen: [String: String] = [:]
        for (record, owner) in document.recordOwners() {
            if let other = known[record] ?? seen[record], other != owner {
                return "\(record.prefix { $0 != ":" }) \(record.drop { $0 != ":" }.dropFirst().prefix(8)) belongs to another case"
            }
            seen[record] = owner
        }
        return nil
    }

    /// A mutation's kind, from its description, for the summary a run prints.
    static func kind(of mutation: String) -> String {
        let kinds = [
            "random bytes", "replaced", "dropped", "duplicated $", "added a key", "reordered", "removed", "copied $",
            "copied one of", "repeated", "swapped uuids", "moved", "cloned case", "cloned a case", "truncated", "BOM",
            "invalid UTF-8", "byte", "UTF-16", "trailing bytes", "raw control byte", "no ", "fewer than",
        ]
        if mutation.hasSuffix("belongs to another case") { return "a record that belongs to another case" }
        if mutation.hasPrefix("no ") || mutation.hasPrefix("fewer than") { return "(nothing to mutate)" }
        return kinds.first { mutation.hasPrefix($0) }.map { $0.replacingOccurrences(of: " $", with: "") }
            ?? "whole document: " + mutation
    }

    static let wholeDocuments: [(text: String, name: String, refused: Bool)] = [
        ("", "empty file", true), ("null", "null", true), ("[]", "an array", true), ("{}", "an empty object", true),
        ("{\"format\":\"casekit-export\",\"version\":1}", "no cases key", true),
        ("{\"format\":\"casekit-export\",\"version\":1,\"cases\":[]}", "no cases", false),
        ("{\"format\":\"casekit-export\",\"version\":2,\"cases\":[]}", "a newer version", true),
        ("{\"format\":\"casekit-export\",\"version\":1,\"cases\":" + String(repeating: "[", count: 100_000), "deep nesting, unclosed", true),
        ("{\"format\":\"casekit-export\",\"version\":1,\"cases\":[" + String(repeating: "{\"a\":", count: 50_000) + "1"
            + String(repeating: "}", count: 50_000) + "]}", "deep nesting, closed", true),
        ("\u{FEFF}{\"format\":\"casekit-export\",\"version\":1,\"cases\":[]}", "BOM", true),
        ("{\"format\":\"casekit-export\",\"version\":1,\"cases\":[]}{}", "trailing value", true),
        ("{\"format\":\"casekit-export\",\"version\":+1,\"cases\":[]}", "version +1", true),
        ("{\"format\":\"casekit-export\",\"version\":01,\"cases\":[]}", "version 01", true),
        ("{\"format\":\"casekit-export\",\"version\":1.0,\"cases\":[]}", "version 1.0", false),
        ("{\"format\":\"casekit-export\",\"version\":1e0,\"cases\":[]}", "version 1e0", false),
        ("{\"format\":\"casekit-export\",\"format\":\"x\",\"version\":1,\"cases\":[]}", "duplicate key", false),
        ("{\"format\":\"casekit\\u0000-export\",\"version\":1,\"cases\":[]}", "NUL in format", true),
    ]

    /// Numbers RFC 8259 allows, however large or odd.
    static let numbers = [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "99999999999999999999999999999", "1e308", "1e400", "-1e400", "-0", "0", "-1",
        "1E+2", "4.0", "2.5",
    ]
    /// Numbers RFC 8259 forbids.
    static let badNumbers = ["+5", "007", ".5", "5.", "1e", "-", "0x10", "NaN", "Infinity", "-Infinity", "1_000"]

    /// String literals (with their quotes) that are JSON but hold what casekit
    /// cannot keep as it is: lone surrogates, controls, a bidi override.
    static let oddStrings = [
        "\"\\uD800\"", "\"\\uDFFF\"", "\"x\\uD800\\u0041\"", "\"\\uDBFF\\uDFFF\"", "\"\\u202Egnp.exe\"",
        "\"\\u001b[31mred\"", "\"\\u0085\\u009b\"",
    ]
    static let nulStrings = ["\"a\\u0000b\"", "\"\\u0000\"", "\"\\u0000\\u0000x\""]
    /// String literals RFC 8259 forbids: bad escapes, raw controls, no end.
    static let badStrings = [
        "\"\\u 041\"", "\"\\u00\"", "\"\\u00G1\"", "\"\\x41\"", "\"\\'\"", "\"a\tb\"", "\"a\nb\"", "\"\\", "\"",
    ]

    static let dates = [
        "0000-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "2026-11-22T14:00:00+99:00", "2026-11-22T14:00:00+18:00", "2026-11-22T14:00:00-18:01",
        "2026-11-22T14:00:00+14:00", "2099-01-01T00:00:00Z", "2026-11-23T13:00:00Z", "2026-02-30", "2026-02-29",
        "2024-02-29", "2026-13-01", "2026-11-22T24:00:00Z", "2026-11-22T-1:-1:00Z", "2026-11-22", "2026-11-22T14:00:00",
        "2026-11-22T14:00:00.123456789Z", "2026-11-22t14:00:00z", "2026-11-22T14:00:60Z", "", " 2026-11-22T14:00:00Z",
        "2026-W47", "1700000000", "2026-11-22T14:00Z",
    ]

    static let words = [
        "open", "waiting", "escalated", "resolved", "closed", "pending", "done", "skipped", "moved", "replaced",
        "cancelled", "low", "normal", "high", "urgent", "URGENT", "angry", "calm", "happy", "email", "phone", "chat",
        "other", "note", "opened", "next", "update", "follow-up", "check-in", "2d", "0d", "-1d", "12h", "1m",
        "99999999999999d", "9223372036854775807d", "casekit-export", "", " ", "  padded  ", "a,b", "two words",
    ]

    private mutating func mutateStructure(_ document: inout FuzzJSON) -> String {
        switch random.below(12) {
        case 0: return swapUUIDs(&document)
        case 1: return moveRecord(&document, copying: false)
        case 2: return moveRecord(&document, copying: true)
        case 3: return cloneCase(&document, uuidSuffix: nil)
        case 4: return cloneCase(&document, uuidSuffix: random.pick(["\\u0000copy", "\\u0000", "\\u0000\\u0000"]))
        case 5: return copyRecordWithinCase(&document)
        default:
            var count = 0
            FuzzJSON.count(document, into: &count)
            var target = random.below(count)
            var description = ""
            mutateNode(&document, target: &target, path: "$", description: &description)
            return description
        }
    }

    /// Visits nodes in order and mutates the `target`th one.
    private mutating func mutateNode(_ node: inout FuzzJSON, target: inout Int, path: String, description: inout String) {
        if target == 0 {
            description = mutateHere(&node, path: path)
            target = -1
            return
        }
        target -= 1
        switch node {
        case .object(var members):
            for index in members.indices where target >= 0 {
                mutateNode(&members[index].value, target: &target, path: path + "." + members[index].key, description: &description)
            }
            node = .object(members)
        case .array(var items):
            for index in items.indices where target >= 0 {
                mutateNode(&items[index], target: &target, path: path + "[\(index)]", description: &description)
            }
            node = .array(items)
        case .string, .raw, .planted: break
        }
    }

    private mutating func mutateHere(_ node: inout FuzzJSON, path: String) -> String {
        switch node {
        case .object(var members) where !members.isEmpty && random.chance(0.5):
            let index = random.below(members.count)
            let key = members[index].key
            switch random.below(4) {
            case 0:
                members.remove(at: index)
                node = .object(members)
                return "dropped \(path).\(key)"
            case 1:
                members.append((key, randomValue()))
                node = .object(members)
                return "duplicated \(path).\(key)"
            case 2:
                members.append((random.pick(["extra", "uuid", "id", "__proto__", ""]), randomValue()))
                node = .object(members)
                return "added a key to \(path)"
            default:
                for position in members.indices.reversed() { members.swapAt(position, random.below(position + 1)) }
                node = .object(members)
                return "reordered \(path)"
            }
        case .array(var items) where !items.isEmpty && random.chance(0.6):
            let index = random.below(items.count)
            switch random.below(4) {
            case 0:
                items.remove(at: index)
                node = .array(items)
                return "removed \(path)[\(index)]"
            case 1:
                // A copy with fresh uuids: two pending actions, two current escalations.
                var copy = items[index]
                freshUUIDs(&copy)
                items.append(copy)
                node = .array(items)
                return "copied \(path)[\(index)] with fresh uuids"
            case 2:
                items.append(items[index])
                node = .array(items)
                return "duplicated \(path)[\(index)]"
            default:
                let copies = random.within(100...2000)
                node = .array(items + Array(repeating: items[index], count: copies))
                return "repeated \(path)[\(index)] \(copies) times"
            }
        default:
            node = randomValue()
            return "replaced \(path) with \(String(decoding: node.bytes.prefix(60), as: UTF8.self))"
        }
    }

    private mutating func randomValue() -> FuzzJSON {
        switch random.below(12) {
        case 0: return random.chance(0.5) ? .raw(random.pick(Self.numbers)) : .planted(random.pick(Self.badNumbers), .notJSON)
        case 1:
            switch random.below(3) {
            case 0: return .raw(random.pick(Self.oddStrings))
            case 1: return .planted(random.pick(Self.nulStrings), .nul)
            default: return .planted(random.pick(Self.badStrings), .notJSON)
            }
        case 2: return .string(random.pick(Self.dates))
        case 3: return .string(random.pick(Self.words))
        case 4: return .string(random.uuid())
        case 5: return .string(String(decoding: HostileText.text(&random), as: UTF8.self))
        case 6:
            // Invalid UTF-8 inside a string.
            return .planted([UInt8(ascii: "\"")] + random.pick(HostileText.invalidUTF8) + [UInt8(ascii: "\"")], .notJSON)
        case 7: return .raw(random.pick(["null", "true", "false", "[]", "{}", "[null]", "{\"\":null}"]))
        case 8:
            let depth = random.pick([10, 1000, 100_000])
            return .raw(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        case 9: return .string(String(repeating: "x", count: random.pick([1000, 100_000])))
        case 10: return .raw(String(Int64(bitPattern: random.next())))
        default: return .string("")
        }
    }

    /// Damages the bytes; true when the result can no longer be a valid export.
    private mutating func mutateBytes(_ bytes: inout [UInt8]) -> (String, Bool) {
        switch random.below(7) {
        case 0:
            let cut = random.below(bytes.count)
            bytes = Array(bytes[..<cut])
            return ("truncated at byte \(cut)", true)
        case 1:
            bytes = [0xEF, 0xBB, 0xBF] + bytes
            return ("BOM", true)
        case 2:
            let at = random.below(bytes.count)
            bytes.insert(contentsOf: random.pick(HostileText.invalidUTF8), at: at)
            return ("invalid UTF-8 at byte \(at)", true)
        case 3:
            let at = random.below(bytes.count)
            bytes[at] = UInt8(truncatingIfNeeded: random.next())
            return ("byte \(at) changed", false)
        case 4:
            let text = String(decoding: bytes, as: UTF8.self)
            bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            return ("UTF-16", true)
        case 5:
            bytes += random.pick([Array("{}".utf8), [0], Array(" x".utf8), Array(",".utf8)])
            return ("trailing bytes", true)
        default:
            // DEL may stand raw inside a JSON string; the others may not, anywhere.
            let at = random.below(bytes.count)
            let byte = random.pick([0, 0x01, 0x1B, 0x7F] as [UInt8])
            bytes.insert(byte, at: at)
            return ("raw control byte \(byte) at byte \(at)", byte != 0x7F)
        }
    }

    /// Swaps the uuids of two cases (or of a case and one of its records).
    private mutating func swapUUIDs(_ document: inout FuzzJSON) -> String {
        var uuids: [String] = []
        FuzzJSON.collectUUIDs(document, into: &uuids)
        guard uuids.count >= 2 else { return "no uuids to swap" }
        let first = random.pick(uuids), second = random.pick(uuids)
        document = document.replacingUUIDs { $0 == first ? second : $0 == second ? first : $0 }
        return "swapped uuids \(first.prefix(8)) and \(second.prefix(8))"
    }

    /// Moves (or copies) an event, action, check-in or escalation into another case.
    private mutating func moveRecord(_ document: inout FuzzJSON, copying: Bool) -> String {
        guard case .object(var top) = document,
              let casesIndex = top.firstIndex(where: { $0.key == "cases" }),
              case .array(var cases) = top[casesIndex].value, cases.count >= 2
        else { return "fewer than two cases to move between" }
        let field = random.pick(["events", "next_actions", "check_ins", "escalations"])
        let from = random.below(cases.count), to = random.below(cases.count)
        guard case .object(var source) = cases[from], let sourceIndex = source.firstIndex(where: { $0.key == field }),
              case .array(var records) = source[sourceIndex].value, !records.isEmpty
        else { return "no \(field) to move" }
        let record = records.remove(at: random.below(records.count))
        if !copying {
            source[sourceIndex].value = .array(records)
            cases[from] = .object(source)
        }
        guard case .object(var target) = cases[to], let targetIndex = target.firstIndex(where: { $0.key == field }),
              case .array(var targetRecords) = target[targetIndex].value
        else { return "no \(field) in the target case" }
        targetRecords.append(record)
        target[targetIndex].value = .array(targetRecords)
        cases[to] = .object(target)
        top[casesIndex].value = .array(cases)
        document = .object(top)
        return "\(copying ? "copied" : "moved") one of case \(from)'s \(field) to case \(to)"
    }

    /// Copies an action, check-in, escalation or event within its case with a
    /// fresh uuid, mostly a pending next action or a current escalation, so the
    /// case has two. Half the time the case is first cloned as a new case,
    /// which takes another path through the import than a merge.
    private mutating func copyRecordWithinCase(_ document: inout FuzzJSON) -> String {
        guard case .object(var top) = document,
              let casesIndex = top.firstIndex(where: { $0.key == "cases" }),
              case .array(var cases) = top[casesIndex].value, !cases.isEmpty
        else { return "no case to copy a record in" }
        let live = cases.indices.filter { index in ["next_actions", "escalations"].contains { cases[index].liveRecord(in: $0) != nil } }
        let targeted = !live.isEmpty && random.chance(0.7)
        var which = targeted ? random.pick(live) : random.below(cases.count)
        let field = targeted ? (cases[which].liveRecord(in: "next_actions") != nil ? "next_actions" : "escalations")
            : random.pick(["next_actions", "check_ins", "escalations", "events"])
        var cloned = ""
        if random.chance(0.5) {
            var clone = cases[which]
            freshUUIDs(&clone)
            cases.append(clone)
            cloned = "cloned case \(which) with fresh uuids, then "
            which = cases.count - 1
        }
        guard case .object(var chosen) = cases[which], let index = chosen.firstIndex(where: { $0.key == field }),
              case .array(var records) = chosen[index].value, !records.isEmpty
        else { return "no \(field) to copy" }
        var copy = records[(targeted ? cases[which].liveRecord(in: field) : nil) ?? random.below(records.count)]
        freshUUIDs(&copy)
        records.append(copy)
        chosen[index].value = .array(records)
        cases[which] = .object(chosen)
        top[casesIndex].value = .array(cases)
        document = .object(top)
        return cloned + "copied one of case \(which)'s \(field) within it, with a fresh uuid"
    }

    /// Adds a new case: a copy of one with fresh uuids and a hostile short id;
    /// with `uuidSuffix` (a raw escape such as `\u0000copy`) the copy keeps
    /// the original's uuid followed by it, which a reader that stops at NUL
    /// would merge into the original.
    private mutating func cloneCase(_ document: inout FuzzJSON, uuidSuffix: String?) -> String {
        guard case .object(var top) = document,
              let casesIndex = top.firstIndex(where: { $0.key == "cases" }),
              case .array(var cases) = top[casesIndex].value, !cases.isEmpty,
              case .object(var copy) = cases[random.below(cases.count)]
        else { return "no case to clone" }
        let id = random.pick(["9223372036854775807", "9223372036854775806", "0", "-1", "1", "4294967296", "2147483648"])
        if let idIndex = copy.firstIndex(where: { $0.key == "id" }) { copy[idIndex].value = .raw(id) }
        let original = copy.first { $0.key == "uuid" }?.value
        var clone = FuzzJSON.object(copy)
        freshUUIDs(&clone)
        if let uuidSuffix, case .string(let uuid)? = original, case .object(var members) = clone,
           let uuidIndex = members.firstIndex(where: { $0.key == "uuid" }) {
            members[uuidIndex].value = .planted("\"\(uuid)\(uuidSuffix)\"", .nul)
            clone = .object(members)
            cases.append(clone)
            top[casesIndex].value = .array(cases)
            document = .object(top)
            return "cloned case \(uuid.prefix(8)) as \(uuid.prefix(8))…\(uuidSuffix) with id \(id)"
        }
        cases.append(clone)
        top[casesIndex].value = .array(cases)
        document = .object(top)
        return "cloned a case with fresh uuids and id \(id)"
    }

    private mutating func freshUUIDs(_ node: inout FuzzJSON) {
        var uuids: [String] = []
        FuzzJSON.collectUUIDs(node, into: &uuids)
        var fresh: [String: String] = [:]
        for uuid in uuids { fresh[uuid] = random.uuid() }
        node = node.replacingUUIDs { fresh[$0] ?? $0 }
    }
}

extension FuzzJSON {
    /// In a case, the index of the first record in `field` that is live: a
    /// pending next action or an escalation that has not ended.
    func liveRecord(in field: String) -> Int? {
        guard case .object(let fields) = self, case .array(let records)? = fields.first(where: { $0.key == field })?.value else { return nil }
        return records.firstIndex { record in
            guard case .object(let recordFields) = record else { return false }
            let state = recordFields.first { $0.key == "state" }?.value, ended = recordFields.first { $0.key == "ended" }?.value
            if case .string("pending")? = state { return true }
            if case .raw(let bytes)? = ended, bytes == Array("null".utf8) { return true }
            return false
        }
    }

    /// Each event, next action and check-in of an export as `kind:uuid`, with
    /// the uuid of the case it is in; records and cases without a string
    /// uuid are left out.
    func recordOwners() -> [(record: String, owner: String)] {
        guard case .object(let top) = self, case .array(let cases)? = top.first(where: { $0.key == "cases" })?.value else { return [] }
        var owners: [(record: String, owner: String)] = []
        for item in cases {
            guard case .object(let fields) = item, case .string(let owner)? = fields.first(where: { $0.key == "uuid" })?.value else { continue }
            for field in fields where ["events", "next_actions", "check_ins"].contains(field.key) {
                guard case .array(let records) = field.value else { continue }
                for record in records {
                    if case .object(let recordFields) = record, case .string(let uuid)? = recordFields.first(where: { $0.key == "uuid" })?.value {
                        owners.append((field.key + ":" + uuid, owner))
                    }
                }
            }
        }
        return owners
    }

    func collectPlanted(into refusals: inout Set<Refusal>) {
        switch self {
        case .object(let members): members.forEach { $0.value.collectPlanted(into: &refusals) }
        case .array(let items): items.forEach { $0.collectPlanted(into: &refusals) }
        case .planted(_, let refusal): refusals.insert(refusal)
        case .string, .raw: break
        }
    }

    static func count(_ node: FuzzJSON, into count: inout Int) {
        count += 1
        switch node {
        case .object(let members): members.forEach { Self.count($0.value, into: &count) }
        case .array(let items): items.forEach { Self.count($0, into: &count) }
        case .string, .raw, .planted: break
        }
    }

    static func collectUUIDs(_ node: FuzzJSON, into uuids: inout [String]) {
        switch node {
        case .object(let members):
            for member in members {
                if member.key == "uuid", case .string(let uuid) = member.value { uuids.append(uuid) }
                collectUUIDs(member.value, into: &uuids)
            }
        case .array(let items): items.forEach { collectUUIDs($0, into: &uuids) }
        case .string, .raw, .planted: break
        }
    }

    func replacingUUIDs(_ replace: (String) -> String) -> FuzzJSON {
        switch self {
        case .object(let members):
            return .object(members.map { member in
                if member.key == "uuid", case .string(let uuid) = member.value { return (member.key, .string(replace(uuid))) }
                return (member.key, member.value.replacingUUIDs(replace))
            })
        case .array(let items): return .array(items.map { $0.replacingUUIDs(replace) })
        case .string, .raw, .planted: return self
        }
    }
}
