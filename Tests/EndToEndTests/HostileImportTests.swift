import CaseKit
import Foundation
import Testing

/// Hostile and careless export files: each is refused with exit 65, one
/// error line naming the record (index and uuid) and the field, and the
/// database byte for byte as it was.
@Suite struct HostileImportTests {
    let casekit = CasekitBinary()
    let valid: String

    init() throws {
        try casekit.ok("open", "Existing case", "--next", "Call the customer")
        valid = try casekit.ok("export")
    }

    static let uuid = "11111111-2222-4333-8444-555555555555"

    /// A second case for the valid export: `fields` replace or add keys of a
    /// plain open case (JSON text, e.g. `"status": "waiting"`).
    static func record(uuid: String = uuid, _ fields: [String: String] = [:]) -> String {
        var keys: [(String, String)] = [
            ("uuid", "\"\(uuid)\""), ("id", "7"), ("title", "\"Imported\""), ("customer", "null"), ("ref", "null"),
            ("priority", "\"normal\""), ("status", "\"open\""), ("tags", "[]"), ("outcome", "null"),
            ("waiting_on", "null"), ("follow_up", "null"), ("no_checkin", "false"),
            ("created", "\"2026-11-20T10:00:00Z\""), ("updated", "\"2026-11-20T10:00:00Z\""), ("resolved", "null"),
            ("next_actions", "[]"), ("check_ins", "[]"), ("escalations", "[]"), ("events", "[]"),
        ]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            if let at = keys.firstIndex(where: { $0.0 == key }) { keys[at].1 = value } else { keys.append((key, value)) }
        }
        return "{" + keys.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func action(_ uuid: String = "a1", state: String = "pending", text: String = "\"Call back\"") -> String {
        #"{"uuid": "\#(uuid)", "text": \#(text), "context": null, "due": null, "state": "\#(state)", "created": "2026-11-20T10:00:00Z", "finished": null}"#
    }

    static func escalation(_ uuid: String = "x1", ended: String = "null", team: String = "\"Billing\"") -> String {
        #"{"uuid": "\#(uuid)", "team": \#(team), "reason": null, "update_every": "2d", "started": "2026-11-20T10:00:00Z", "ended": \#(ended)}"#
    }

    static func event(_ uuid: String = "e1", at: String = "2026-11-20T10:00:00Z", text: String = "\"opened\"") -> String {
        #"{"uuid": "\#(uuid)", "at": "\#(at)", "kind": "opened", "text": \#(text), "mood": null}"#
    }

    static func checkIn(_ uuid: String = "k1") -> String {
        #"{"uuid": "\#(uuid)", "purpose": "check-in", "due": "2026-11-25", "note": null, "channel": null, "state": "pending", "outcome": null, "created": "2026-11-20T10:00:00Z", "finished": null}"#
    }

    /// The valid export with more cases after its own.
    func with(_ records: String...) -> [UInt8] {
        Array(valid.replacingOccurrences(of: "\n  ]\n}", with: ",\n" + records.joined(separator: ",\n") + "\n  ]\n}").utf8)
    }

    func refused(_ contents: [UInt8], mentioning words: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        try casekit.expectImportRefused(contents, mentioning: words, sourceLocation: sourceLocation)
    }

    func imports(_ contents: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let path = casekit.folder + "/good.json"
        _ = FileManager.default.createFile(atPath: path, contents: Data(contents))
        let result = try casekit.run("import", path)
        #expect(result.code == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    let first = "case 1 (uuid \(uuid))"

    /// `"a\u0000b"` was stored as `a`: two uuids merged into one case, and
    /// the file then failed integrity_check, so every backup exited 74.
    @Test func nulIsRefusedInEveryString() throws {
        try refused(with(Self.record(["title": #""a\u0000b""#])), mentioning: first, "field \"title\"", "NUL")
        try refused(with(Self.record(uuid: "a\\u0000b")), mentioning: "case 1 (uuid a", "field \"uuid\"", "NUL")
        try refused(with(Self.record(["customer": #""Acme\u0000 Corp""#])), mentioning: first, "field \"customer\"", "NUL")
        try refused(with(Self.record(["tags": #"["ok", "bil\u0000ling"]"#])), mentioning: first, "field \"tags[1]\"", "NUL")
        try refused(with(Self.record(["next_actions": "[\(Self.action(text: #""Call\u0000""#))]"])),
                    mentioning: first, "field \"next_actions[0].text\"", "NUL")
        try refused(with(Self.record(["events": "[\(Self.event(text: #""\u0000""#))]"])),
                    mentioning: first, "field \"events[0].text\"", "NUL")
        // The two uuids that used to merge.
        try refused(with(Self.record(uuid: "x\\u0000one"), Self.record(uuid: "x\\u0000two")), mentioning: "NUL")
        #expect(try casekit.ok("backup", casekit.folder + "/after.sqlite3").contains("integrity check: ok"))
    }

    /// Two pending next actions or two current escalations in one case
    /// broke a unique index: exit 74 and SQLite's words.
    @Test func oneCaseHoldsOnePendingActionAndOneCurrentEscalation() throws {
        try refused(with(Self.record(["next_actions": "[\(Self.action("a1")), \(Self.action("a2"))]"])),
                    mentioning: first, "field \"next_actions[1].state\"", "next_actions[0]")
        try refused(with(Self.record(["status": "\"escalated\"",
                                      "escalations": "[\(Self.escalation("x1")), \(Self.escalation("x2"))]"])),
                    mentioning: first, "field \"escalations[1].ended\"", "escalations[0]")
    }

    @Test func statesTheCommandsNeverProduce() throws {
        for status in ["resolved", "closed"] {
            try refused(with(Self.record(["status": "\"\(status)\"", "resolved": "\"2026-11-21T10:00:00Z\"",
                                          "next_actions": "[\(Self.action())]"])),
                        mentioning: first, "field \"next_actions[0].state\"", "is \(status)")
        }
        try refused(with(Self.record(["status": "\"resolved\""])), mentioning: first, "field \"resolved\"", "required")
        try refused(with(Self.record(["status": "\"escalated\""])), mentioning: first, "field \"escalations\"", "no current escalation")
        try refused(with(Self.record(["status": "\"escalated\"",
                                      "escalations": "[\(Self.escalation(ended: "\"2026-11-21T10:00:00Z\""))]"])),
                    mentioning: first, "field \"escalations\"", "no current escalation")
        try refused(with(Self.record(["escalations": "[\(Self.escalation())]"])),
                    mentioning: first, "field \"escalations[0].ended\"", "not escalated")
        try refused(with(Self.record(["status": "\"waiting\"", "follow_up": "\"2026-11-25\""])),
                    mentioning: first, "field \"waiting_on\"", "required while waiting")
        try refused(with(Self.record(["status": "\"waiting\"", "follow_up": "\"2026-11-25\"", "waiting_on": "\"  \""])),
                    mentioning: first, "field \"waiting_on\"")
        try refused(with(Self.record(["status": "\"escalated\"", "escalations": "[\(Self.escalation(team: "\" \""))]"])),
                    mentioning: first, "field \"escalations[0].team\"", "empty")
        // Found by trying the importer as an attacker: what reopen, resume,
        // close and every finishing command never leave behind.
        try refused(with(Self.record(["status": "\"closed\""])), mentioning: first, "field \"resolved\"", "required")
        try refused(with(Self.record(["resolved": "\"2026-11-21T10:00:00Z\""])),
                    mentioning: first, "field \"resolved\"", "is open")
        try refused(with(Self.record(["waiting_on": "\"Globex IT\""])), mentioning: first, "field \"waiting_on\"", "not waiting")
        try refused(with(Self.record(["follow_up": "\"2026-11-25\""])), mentioning: first, "field \"follow_up\"", "not waiting")
        try refused(with(Self.record(["status": "\"closed\"", "resolved": "\"2026-11-21T10:00:00Z\"",
                                      "check_ins": "[\(Self.checkIn())]"])),
                    mentioning: first, "field \"check_ins[0].state\"", "closed")
        try refused(with(Self.record(["next_actions": "[\(Self.action(state: "done"))]"])),
                    mentioning: first, "field \"next_actions[0].finished\"", "required")
        let finishedPending = Self.action().replacingOccurrences(of: #""finished": null"#, with: #""finished": "2026-11-21T10:00:00Z""#)
        try refused(with(Self.record(["next_actions": "[\(finishedPending)]"])),
                    mentioning: first, "field \"next_actions[0].finished\"", "pending")
        let skipped = Self.checkIn().replacingOccurrences(of: #""state": "pending""#, with: #""state": "skipped""#)
        try refused(with(Self.record(["check_ins": "[\(skipped)]"])),
                    mentioning: first, "field \"check_ins[0].finished\"", "required")
    }

    /// An item belongs to one case: its uuid may not be another case's, in
    /// the database or earlier in the file.
    @Test func itemUUIDsBelongToOneCase() throws {
        let existing = try casekit.query("SELECT uuid FROM events WHERE case_id = 1 LIMIT 1") { $0.string(0) }[0]
        let action = try casekit.query("SELECT uuid FROM next_actions WHERE case_id = 1") { $0.string(0) }[0]
        try refused(with(Self.record(["events": "[\(Self.event(existing))]"])),
                    mentioning: first, "field \"events[0].uuid\"", "another case (#1 here)")
        try refused(with(Self.record(["next_actions": "[\(Self.action(action))]"])),
                    mentioning: first, "field \"next_actions[0].uuid\"", "another case")
        let second = "22222222-2222-4333-8444-555555555555"
        try refused(with(Self.record(["check_ins": "[\(Self.checkIn("k1"))]"]),
                         Self.record(uuid: second, ["id": "8", "check_ins": "[\(Self.checkIn("k1"))]"])),
                    mentioning: "case 2 (uuid \(second))", "field \"check_ins[0].uuid\"", "another case")
        try refused(with(Self.record(["status": "\"escalated\"", "escalations": "[\(Self.escalation("x1"))]"]),
                         Self.record(uuid: second, ["id": "8", "escalations": "[\(Self.escalation("x1", ended: "\"2026-11-21T10:00:00Z\""))]"])),
                    mentioning: "case 2 (uuid \(second))", "field \"escalations[0].uuid\"", "another case")
        // One uuid for two things of one case, of any kind.
        try refused(with(Self.record(["events": "[\(Self.event("u1"))]", "check_ins": "[\(Self.checkIn("u1"))]"])),
                    mentioning: first, "field \"events[0].uuid\"", "check_ins[0]")
        try refused(with(Self.record(["events": "[\(Self.event(Self.uuid))]"])),
                    mentioning: first, "field \"events[0].uuid\"", "the case")
        // Twice in one case, or one case twice in the file.
        try refused(with(Self.record(["events": "[\(Self.event("e1")), \(Self.event("e1"))]"])),
                    mentioning: first, "field \"events[1].uuid\"", "events[0]")
        try refused(with(Self.record(), Self.record(["id": "8"])), mentioning: "case 2 (uuid \(Self.uuid))", "case 1 too")
    }

    /// Merging into a known case: an event whose uuid is that case's
    /// check-in here would make its next export unimportable (the fuzz test's
    /// round trip found it), so it is refused too.
    @Test func aMergedItemCannotTakeTheUUIDOfAnotherKindHere() throws {
        // A check-in added after the export: the file does not have it.
        try casekit.ok("checkin", "add", "1", "tomorrow")
        let checkIn = try casekit.query("SELECT uuid FROM check_ins WHERE case_id = 1") { $0.string(0) }[0]
        #expect(valid.components(separatedBy: "\"events\": [").count == 2)
        let look = #"{"uuid": "\#(checkIn)", "at": "2026-11-20T10:00:00Z", "kind": "note", "text": "look-alike", "mood": null}, "#
        let bytes = Array(valid.replacingOccurrences(of: "\"events\": [", with: "\"events\": [" + look).utf8)
        try refused(bytes, mentioning: "field \"events[0].uuid\"", "check_ins here")
    }

    @Test func timesAClockCouldNotHaveWritten() throws {
        try refused(with(Self.record(["created": "\"2026-11-20T10:00:00+19:00\""])), mentioning: first, "field \"created\"", "±18:00")
        try refused(with(Self.record(["updated": "\"2026-11-20T10:00:00-18:01\""])), mentioning: first, "field \"updated\"", "±18:00")
        try refused(with(Self.record(["created": "\"2026-11-20T10:00:00+05:60\""])), mentioning: first, "field \"created\"")
        try refused(with(Self.record(["created": "\"0000-01-01T00:00:00Z\""])), mentioning: first, "field \"created\"", "0000")
        try refused(with(Self.record(["follow_up": "\"0000-12-31\""])), mentioning: first, "field \"follow_up\"", "0000")
        // More than a day after now (2026-11-22T14:00Z).
        try refused(with(Self.record(["updated": "\"2026-11-23T14:00:01Z\""])), mentioning: first, "field \"updated\"", "future")
        try refused(with(Self.record(["events": "[\(Self.event(at: "9999-12-31T23:59:59Z"))]"])),
                    mentioning: first, "field \"events[0].at\"", "future")
        // Within a day is a clock a little off; a due date far ahead is fine.
        #expect(try imports(with(Self.record(["created": "\"2026-11-20T10:00:00+18:00\"", "updated": "\"2026-11-23T13:59:59Z\"",
                                              "follow_up": "\"9999-12-31\"", "status": "\"waiting\"",
                                              "waiting_on": "\"customer\""]))).hasPrefix("added 1 case"))
    }

    @Test func repeatedKeysAndByteOrderMarks() throws {
        try refused(with(Self.record(["title": "\"Shown\", \"title\": \"Imported\""])),
                    mentioning: first, "field \"title\"", "twice")
        try refused(with(Self.record(["events": #"[{"uuid": "e1", "uuid": "e2", "at": "2026-11-20T10:00:00Z", "kind": "note", "text": ""}]"#])),
                    mentioning: first, "field \"events[0].uuid\"", "twice")
        try refused(Array(#"{"format": "casekit-export", "version": 1, "cases": [], "cases": []}"#.utf8),
                    mentioning: "\"cases\" appears twice")
        try refused([0xEF, 0xBB, 0xBF] + Array(valid.utf8), mentioning: "the file starts with a byte-order mark; save it as UTF-8 without BOM")
        try refused([0xFF, 0xFE] + Array("{}".utf8), mentioning: "byte-order mark")
    }

    /// RFC 8259 to the letter, in a real import (the conformance suite's n_
    /// shapes, in the places an export has them).
    @Test func jsonThatIsNotQuiteJSON() throws {
        let numbers = ["+7", "007", ".5", "7.", "7e", "-", "0x7", "Infinity", "NaN", "7e+"]
        for number in numbers {
            try refused(with(Self.record(["id": number])), mentioning: "malformed JSON in case 1")
        }
        for escape in [#""\u 041""#, #""\u+041""#, #""\u04 1""#, #""\uD800""#, #""\uDC00x""#, #""\uD83D \uDE39""#, #""\x41""#, #""\'""#] {
            try refused(with(Self.record(["title": escape])), mentioning: "malformed JSON in case 1")
        }
        try refused(Array((valid + "x").utf8), mentioning: "malformed JSON", "end of the file")
        try refused(Array(("x" + valid).utf8), mentioning: "must be one JSON object")
        try refused(Array(valid.replacingOccurrences(of: "\n", with: "\u{0C}").utf8), mentioning: "malformed JSON")
        try refused(Array(valid.replacingOccurrences(of: "Existing case", with: "Existing\tcase").utf8), mentioning: "malformed JSON", "byte 0x09")
        // Invalid UTF-8: an overlong '/', an encoded surrogate, a stray continuation byte.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x80]] {
            var bytes = with(Self.record(["title": "\"XY\""]))
            let at = bytes.firstIndex(of: UInt8(ascii: "X"))!
            bytes.replaceSubrange(at...at, with: bad)
            try refused(bytes, mentioning: "invalid UTF-8", "case 1")
        }
        // Nesting a hundred thousand deep is refused, not a stack overflow.
        try refused(with(Self.record(["padding": String(repeating: "[", count: 100_000)])),
                    mentioning: "malformed JSON in case 1", "nesting deeper than 64")
        try refused(Array(("{\"format\": " + String(repeating: "{\"a\":", count: 100_000)).utf8), mentioning: "nesting")
        try refused(Array(#"{"version": -1, "cases": []}"#.utf8), mentioning: "\"version\" must be a whole number from 1")
    }

    /// Tags, teams and customers are taken as the commands take them: tags
    /// trimmed, blank optional text stored as none.
    @Test func textIsTrimmedAsTheCommandsDo() throws {
        _ = try imports(with(Self.record(["tags": #"[" billing ", "vip\t"]"#, "customer": "\"  \"", "ref": "\"\"",
                                          "next_actions": "[\(Self.action().replacingOccurrences(of: "\"context\": null", with: "\"context\": \" phone \""))]"])))
        #expect(try casekit.query("SELECT tag FROM case_tags WHERE case_id = 7 ORDER BY tag") { $0.string(0) } == ["billing", "vip"])
        #expect(try casekit.query("SELECT customer IS NULL AND ref IS NULL FROM cases WHERE id = 7") { $0.bool(0) } == [true])
        #expect(try casekit.query("SELECT context FROM next_actions WHERE uuid = 'a1'") { $0.string(0) } == ["@phone"])
        try refused(with(Self.record(uuid: "33333333-2222-4333-8444-555555555555", ["id": "9", "tags": #"["two words"]"#])),
                    mentioning: "field \"tags[0]\"", "one word")
    }

    /// The largest id SQLite allows made the next import's `max(id) + 1`
    /// overflow: SIGILL. Now the next import (and `open`) find a free id.
    @Test func theLargestIDDoesNotCrashLaterImports() throws {
        #expect(try imports(with(Self.record(["id": "9223372036854775807"]))).hasPrefix("added 1 case"))
        #expect(try casekit.query("SELECT id FROM cases ORDER BY id") { $0.int(0) } == [1, Int64.max])
        let next = "44444444-2222-4333-8444-555555555555"
        #expect(try imports(with(Self.record(uuid: next, ["id": "1"]))).hasPrefix("added 1 case"))
        #expect(try imports(with(Self.record(uuid: "55555555-2222-4333-8444-555555555555", ["id": "null"]))).hasPrefix("added 1 case"))
        try casekit.ok("open", "After the largest id")
        #expect(try casekit.query("SELECT count(DISTINCT id) FROM cases") { $0.int(0) } == [5])
        // Importing it all again changes nothing.
        let export = try casekit.ok("export")
        #expect(try imports(Array(export.utf8)).hasPrefix("added 0 cases, updated 0, 5 unchanged"))
        try refused(with(Self.record(["id": "9223372036854775808"])), mentioning: first, "field \"id\"")
        try refused(with(Self.record(["id": "0"])), mentioning: first, "field \"id\"")
    }
}
