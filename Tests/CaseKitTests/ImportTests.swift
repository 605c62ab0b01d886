import Testing
@testable import CaseKit

@Suite struct ImportTests {
    let folder = TempFolder()

    func string(_ json: String) throws -> String {
        var reader = JSONReader(Array(json.utf8))
        return try reader.string()
    }

    /// Plain strings are taken straight from the bytes; escapes anywhere in
    /// them (start, middle, end) still decode.
    @Test func stringsWithAndWithoutEscapes() throws {
        #expect(try string(#""Double charge""#) == "Double charge")
        #expect(try string(#""""#) == "")
        #expect(try string(#""say \"hi\"""#) == #"say "hi""#)
        #expect(try string(#""\\ends""#) == #"\ends"#)
        #expect(try string(#""line one\nline two\t""#) == "line one\nline two\t")
        #expect(try string(#""DNS \ud83c\udf10 and \u00e9""#) == "DNS 🌐 and é")
        #expect(try string("\"DNS 🌐 as UTF-8\"") == "DNS 🌐 as UTF-8")
    }

    @Test func invalidUTF8AndControlCharactersAreRefusedOnEitherPath() {
        for bytes: [UInt8] in [[0x22, 0x61, 0xFF, 0x22], [0x22, 0x5C, 0x6E, 0xC3, 0x22], [0x22, 0x61, 0x0A, 0x22]] {
            var reader = JSONReader(bytes)
            #expect(throws: JSONReader.Failure.self) { try reader.string() }
        }
        var unterminated = JSONReader(Array(#""no end"#.utf8))
        #expect(throws: JSONReader.Failure.self) { try unterminated.string() }
    }

    func export(events: [(uuid: String, at: String, mood: String)]) -> [UInt8] {
        let records = events.map {
            #"{"uuid": "\#($0.uuid)", "at": "\#($0.at)", "kind": "note", "text": "n", "mood": "\#($0.mood)"}"#
        }
        return Array("""
            {"format": "casekit-export", "version": 1, "cases": [
              {"uuid": "11111111-2222-4333-8444-555555555555", "id": 7, "title": "Imported", "customer": null,
               "ref": null, "priority": "normal", "status": "open", "tags": [], "outcome": null, "waiting_on": null,
               "follow_up": null, "no_checkin": false, "created": "2026-11-20T10:00:00Z",
               "updated": "2026-11-20T10:00:00Z", "resolved": null, "next_actions": [], "check_ins": [],
               "escalations": [], "events": [\(records.joined(separator: ", "))]}]}
            """.utf8)
    }

    /// The case's latest mood (which the review reads) follows the merged
    /// timeline, whatever order the events arrive in.
    @Test func importKeepsTheLatestMood() throws {
        let store = try folder.store()
        func latest() throws -> String? { try store.database.firstRow("SELECT latest_mood FROM cases") { $0.optionalString(0) } ?? nil }
        _ = try store.importDocument(export(events: [("e1", "2026-11-20T10:00:00Z", "angry"), ("e2", "2026-11-20T09:00:00Z", "calm")]))
        #expect(try latest() == "angry")
        _ = try store.importDocument(export(events: [("e3", "2026-11-19T08:00:00Z", "happy")]))
        #expect(try latest() == "angry")
        _ = try store.importDocument(export(events: [("e4", "2026-11-21T11:00:00Z", "calm")]))
        #expect(try latest() == "calm")
    }

    /// The reading thread hands over in order, passes its failure on, and
    /// stops when the writing thread stops early (which then does not hang).
    @Test func caseQueueHandsOverStopsAndFails() throws {
        struct Broken: Error {}
        let all = CaseQueue<Int>(capacity: 2)
        all.start { queue in for number in 0..<100 { _ = queue.put(number) } }
        var taken: [Int] = []
        while let number = try all.take() { taken.append(number) }
        all.stop()
        #expect(taken == Array(0..<100))

        let endless = CaseQueue<Int>(capacity: 2)
        endless.start { queue in
            var number = 0
            while queue.put(number) { number += 1 }
        }
        #expect(try endless.take() == 0)
        endless.stop()

        let failing = CaseQueue<Int>(capacity: 2)
        failing.start { queue in
            _ = queue.put(1)
            throw Broken()
        }
        #expect(try failing.take() == 1)
        #expect(throws: Broken.self) { try failing.take() }
        failing.stop()
    }

    static let oneCase = """
        {"format": "casekit-export", "version": 1, "cases": [
          {"uuid": "11111111-2222-4333-8444-555555555555", "id": 7, "title": "Imported", "customer": null,
           "ref": null, "priority": "normal", "status": "open", "tags": ["billing"], "outcome": null, "waiting_on": null,
           "follow_up": null, "no_checkin": false, "created": "2026-11-20T10:00:00Z",
           "updated": "2026-11-20T10:00:00Z", "resolved": null, "next_actions": [], "check_ins": [],
           "escalations": [], "events": [
             {"uuid": "e1", "at": "2026-11-20T10:00:00Z", "kind": "opened", "text": "", "mood": null}]}]}
        """

    /// The import keeps SQLite's constraints on behind its own checks: a
    /// refusal by the database is bad data (exit 65) naming the record and
    /// the item, and nothing is imported.
    @Test func aDatabaseRefusalNamesTheRecord() throws {
        let store = try folder.store()
        #expect(try store.database.int("PRAGMA ignore_check_constraints") == 0)
        // A rule no check in the importer knows of.
        try store.database.execute("""
            CREATE TEMP TRIGGER no_opened_events BEFORE INSERT ON events WHEN new.kind = 'opened'
            BEGIN SELECT RAISE(ABORT, 'no opened events here'); END
            """)
        #expect {
            try store.importDocument(Array(Self.oneCase.utf8))
        } throws: { error in
            guard let error = error as? CaseKitError else { return false }
            return error.kind == .data && error.message.contains("case 0 (uuid 11111111-2222-4333-8444-555555555555)")
                && error.message.contains("field \"events[0]\"") && error.message.contains("no opened events here")
        }
        #expect(try store.database.int("SELECT count(*) FROM cases") == 0)
        // Nothing on the failure path turned the constraints off either.
        #expect(try store.database.int("PRAGMA ignore_check_constraints") == 0)
        try store.database.execute("DROP TRIGGER no_opened_events")
        #expect(try store.importDocument(Array(Self.oneCase.utf8)).casesAdded == 1)
        #expect(throws: DatabaseError.self) {
            try store.database.run("UPDATE cases SET status = 'lost' WHERE id = 7")
        }
    }

    /// Text is bound by its byte count: what is stored is what was given,
    /// NUL and all (the importer refuses NUL; the binding must not cut it).
    @Test func textIsBoundWhole() throws {
        let store = try folder.store()
        try store.database.run("CREATE TEMP TABLE t (x TEXT)")
        for text in ["a\u{0}b", "", "é\u{0}", String(repeating: "x", count: 100_000)] {
            try store.database.run("DELETE FROM t")
            try store.database.run("INSERT INTO t VALUES (?)", text)
            #expect(try store.database.firstRow("SELECT x, length(CAST(x AS BLOB)), x IS NULL FROM t") {
                [$0.string(0), String($0.int(1)), String($0.bool(2))]
            } == [text, String(text.utf8.count), "false"])
        }
    }
}
