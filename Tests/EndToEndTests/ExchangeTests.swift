import CaseKit
import Foundation
import Testing

/// Export, import, the calendar feed and backup, as a user runs them.
@Suite struct ExchangeTests {
    let casekit = CasekitBinary()

    init() throws {
        try casekit.ok("open", "Double charge, \"urgent\"; on invoice", "--customer", "Acme, Inc.", "--ref", "ZD-4411",
                       "--next", "Call billing; confirm the overcharge, then email", "--due", "tomorrow", "--tag", "billing",
                       "--mood", "frustrated")
        try casekit.ok("escalate", "1", "--to", "Billing", "--reason", "needs approval")
        try casekit.ok("open", "DNS outage 🌐 on the customer portal with a long title that needs folding in calendars",
                       "--next", "Send the hosts-file workaround", "--due", "2026-11-24T14:30")
        try casekit.ok("checkin", "add", "2", "fri", "--note", "Did the workaround help?\nSecond line", "--channel", "phone")
        try casekit.ok("open", "Resolved one")
        try casekit.ok("resolve", "3", "--note", "fixed")
    }

    func file(_ name: String) -> String { casekit.folder + "/" + name }

    @Test func roundTripIsIdentical() throws {
        try casekit.ok("export", "--output", file("first.json"))
        let mode = try FileManager.default.attributesOfItem(atPath: file("first.json"))[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let fresh = file("fresh.sqlite3")
        #expect(try casekit.ok("import", file("first.json"), "--db", fresh)
            == "added 3 cases, updated 0, 0 unchanged; 10 events and 6 follow-up items added\n")
        try casekit.ok("export", "--db", fresh, "--output", file("second.json"))
        #expect(casekit.bytes(file("first.json")) == casekit.bytes(file("second.json")))
        // Twice changes nothing.
        let before = casekit.bytes(fresh)
        #expect(try casekit.ok("import", file("first.json"), "--db", fresh)
            == "added 0 cases, updated 0, 3 unchanged; 0 events and 0 follow-up items added\n")
        #expect(casekit.bytes(fresh) == before)
    }

    /// A pending action that arrives in an older copy of a case is kept as
    /// replaced, finished at the import, as `next` replaces one: the queue
    /// still exports to a file that imports back (found by the fuzz test).
    @Test func anOlderCopysPendingActionIsKeptAsReplaced() throws {
        try casekit.ok("export", "--output", file("old.json"))
        casekit.now = "2026-11-23T09:00"
        try casekit.ok("next", "2", "Call them about the workaround")
        let old = String(decoding: casekit.bytes(file("old.json")) ?? Data(), as: UTF8.self)
        let pending = try casekit.query("SELECT uuid FROM next_actions WHERE case_id = 2 AND state = 'replaced'") { $0.string(0) }[0]
        _ = FileManager.default.createFile(atPath: file("older.json"), contents: Data(
            old.replacingOccurrences(of: pending, with: "77777777-2222-4333-8444-555555555555").utf8))
        try casekit.ok("import", file("older.json"))
        #expect(try casekit.query("""
            SELECT state || ' ' || finished_at FROM next_actions WHERE uuid = '77777777-2222-4333-8444-555555555555'
            """) { $0.string(0) } == ["replaced 1795442400"])
        try casekit.ok("export", "--output", file("now.json"))
        try casekit.ok("import", file("now.json"), "--db", file("fresh.sqlite3"))
    }

    @Test func exportHasEveryFieldAndTheTimeline() throws {
        let json = try casekit.json("export")
        #expect(json["format"] as? String == "casekit-export")
        #expect(json["version"] as? Int == 1)
        let first = try #require((json["cases"] as? [[String: Any]])?.first)
        #expect(first["title"] as? String == "Double charge, \"urgent\"; on invoice")
        #expect(first["created"] as? String == "2026-11-22T14:00:00Z")
        #expect((first["events"] as? [[String: Any]])?.map { $0["kind"] as? String }
            == ["opened", "next", "escalated", "checkin-scheduled"])
        #expect((first["escalations"] as? [[String: Any]])?.first?["team"] as? String == "Billing")
        #expect((first["check_ins"] as? [[String: Any]])?.first?["purpose"] as? String == "update")
    }

    @Test func mergeAddsWhatIsMissingAndTakesNewerFields() throws {
        try casekit.ok("export", "--output", file("base.json"))
        let other = file("other.sqlite3")
        try casekit.ok("import", file("base.json"), "--db", other)
        casekit.now = "2026-11-23T10:00"
        try casekit.ok("note", "1", "Called Dana back", "--db", other)
        try casekit.ok("edit", "1", "--priority", "urgent", "--db", other)
        try casekit.ok("export", "--db", other, "--output", file("other.json"))
        let dry = try casekit.ok("import", file("other.json"), "--dry-run")
        #expect(dry == "dry run: would add 0 cases, would update 1, 2 unchanged; 2 events and 0 follow-up items to add\n")
        #expect(try casekit.query("SELECT priority FROM cases WHERE id = 1") { $0.string(0) } == ["normal"])
        try casekit.ok("import", file("other.json"))
        #expect(try casekit.query("SELECT priority FROM cases WHERE id = 1") { $0.string(0) } == ["urgent"])
        // The other machine's note and priority change joined the timeline, once each.
        let timeline = try casekit.query("SELECT kind, text FROM events WHERE case_id = 1 ORDER BY at, id") {
            [$0.string(0), $0.string(1)]
        }
        #expect(timeline.suffix(2) == [["note", "Called Dana back"], ["edited", "priority: normal → urgent"]], "\(timeline)")
        #expect(timeline.count == 6, "\(timeline)")
    }

    @Test func importReadsStandardInput() throws {
        let export = try casekit.ok("export")
        let result = try casekit.run(["import", "-", "--db", file("stdin.sqlite3")], input: export)
        #expect(result.code == 0 && result.stdout.hasPrefix("added 3 cases"))
    }

    @Test func csvQuotesPerRFC4180() throws {
        let csv = try casekit.ok("export", "--format", "csv")
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,uuid,status,customer,ref,title,priority,tags,next action,next due,next check-in,escalated to,created,updated,resolved")
        #expect(lines[1].hasPrefix("1,"))
        #expect(lines[1].contains(",escalated,\"Acme, Inc.\",ZD-4411,\"Double charge, \"\"urgent\"\"; on invoice\",normal,billing,\"Call billing; confirm the overcharge, then email\",2026-11-23,2026-11-24,Billing,"))
        #expect(lines.count == 5 && lines[4].isEmpty)
    }

    @Test func icsFoldsEscapesAndKeepsStableUIDs() throws {
        let ics = try casekit.ok("export", "--format", "ics")
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Unfold, then read the properties back.
        let logical = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        let summaries = logical.filter { $0.hasPrefix("SUMMARY:") }.map { unescape(String($0.dropFirst(8))) }
        #expect(summaries.contains("Call billing; confirm the overcharge, then email (#1 Double charge, \"urgent\"; on invoice)"))
        #expect(summaries.contains("Send the hosts-file workaround (#2 DNS outage 🌐 on the customer portal with a long title that needs folding in calendars)"))
        #expect(summaries.contains { $0.hasPrefix("Check in by phone — check-in: Did the workaround help?\nSecond line") })
        #expect(logical.contains("DUE;VALUE=DATE:20261123"))
        #expect(logical.contains("DUE:20261124T193000Z"))
        #expect(logical.contains("DTSTAMP:20261122T140000Z"))
        let uids = logical.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count && uids.count == 5)
        // The same items keep the same UIDs in the next export.
        casekit.now = "2026-11-23T09:00"
        let again = try casekit.ok("export", "--format", "ics").replacingOccurrences(of: "\r\n ", with: "")
        #expect(Set(again.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }) == Set(uids))
    }

    func unescape(_ text: String) -> String {
        var result = "", escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    @Test func backupIsAConsistentPrivateCopy() throws {
        let copy = file("backup.sqlite3")
        #expect(try casekit.ok("backup", copy) == "backed up to \(copy) (integrity check: ok)\n")
        let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try casekit.ok("list", "--all", "--db", copy) == (try casekit.ok("list", "--all")))
        let refused = try casekit.run("backup", copy)
        #expect(refused.isRefusal(1, mentioning: "already exists", "--force"))
        try casekit.ok("backup", copy, "--force")
    }

    @Test func backupWhileOthersWrite() throws {
        let writers = try (1...10).map { try casekit.start(["note", "1", "note \($0)"]) }
        let copy = file("busy.sqlite3")
        let backup = try casekit.run("backup", copy)
        for writer in writers {
            _ = writer.out.fileHandleForReading.readDataToEndOfFile()
            writer.process.waitUntilExit()
            #expect(writer.process.terminationStatus == 0)
        }
        #expect(backup.code == 0, "\(backup.stderr)")
        // A consistent copy holds the writes committed before it began, all
        // of each and nothing after: the first events of the finished file.
        let events = "SELECT id, case_id, kind, text FROM events ORDER BY id"
        let row = { (row: Row) in [String(row.int(0)), String(row.int(1)), row.string(2), row.string(3)] }
        let copied = try Database(path: copy, mode: .readOnly).rows(events, [], row)
        let final = try casekit.query(events, row)
        #expect(Array(final.prefix(copied.count)) == copied)
        #expect(final.filter { $0[2] == "note" }.count == 10)
        #expect(try Store.open(path: copy, now: 0).integrityCheck() == "ok")
    }
}

/// Bad import data: exit 65, the record (index and uuid) and the field named,
/// and the database unchanged.
@Suite struct ImportBadInputTests {
    let casekit = CasekitBinary()
    let valid: String

    init() throws {
        try casekit.ok("open", "Existing case", "--next", "Call the customer")
        valid = try casekit.ok("export")
    }

    func refused(_ contents: [UInt8], mentioning words: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        try importRefused(contents, words, sourceLocation)
    }

    func refused(_ text: String, mentioning words: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        try importRefused(Array(text.utf8), words, sourceLocation)
    }

    /// Imports `contents` from a file: refused with exit 65, nothing imported.
    func importRefused(_ contents: [UInt8], _ words: [String], _ sourceLocation: SourceLocation) throws {
        try casekit.expectImportRefused(contents, mentioning: words, sourceLocation: sourceLocation)
        #expect(try casekit.query("SELECT count(*) FROM cases") { $0.int(0) } == [1], sourceLocation: sourceLocation)
    }

    /// The valid export with a second case whose JSON is `record`.
    func withCase(_ record: String) -> String {
        valid.replacingOccurrences(of: "\n  ]\n}", with: ",\n" + record + "\n  ]\n}")
    }

    let goodCase = """
        {"uuid": "11111111-2222-4333-8444-555555555555", "id": 7, "title": "Imported", "customer": null, "ref": null,
         "priority": "normal", "status": "open", "tags": [], "outcome": null, "waiting_on": null, "follow_up": null,
         "no_checkin": false, "created": "2026-11-20T10:00:00Z", "updated": "2026-11-20T10:00:00Z", "resolved": null,
         "next_actions": [], "check_ins": [], "escalations": [], "events": []}
        """

    @Test func aGoodSecondCaseImports() throws {
        let path = casekit.folder + "/good.json"
        FileManager.default.createFile(atPath: path, contents: Data(withCase(goodCase).utf8))
        #expect(try casekit.ok("import", path).hasPrefix("added 1 case,"))
        #expect(try casekit.query("SELECT id FROM cases ORDER BY id") { $0.int(0) } == [1, 7])
    }

    @Test func malformedJSON() throws {
        try refused(withCase(goodCase).replacingOccurrences(of: "\"title\": \"Imported\",", with: "\"title\": \"Imported\""),
                    mentioning: "malformed JSON in case 1", "line")
    }

    @Test func validJSONOfTheWrongShape() throws {
        try refused("[1, 2, 3]", mentioning: "must be one JSON object")
        try refused("{\"version\": 1, \"cases\": [42]}", mentioning: "case 0: must be an object")
        try refused("{\"version\": 1}", mentioning: "\"cases\" is missing")
    }

    @Test func aMissingRequiredField() throws {
        try refused(withCase(goodCase.replacingOccurrences(of: "\"title\": \"Imported\",", with: "")),
                    mentioning: "case 1 (uuid 11111111-2222-4333-8444-555555555555)", "field \"title\" is missing")
    }

    @Test func anUnknownStatus() throws {
        try refused(withCase(goodCase.replacingOccurrences(of: "\"status\": \"open\"", with: "\"status\": \"lost\"")),
                    mentioning: "case 1 (uuid 11111111-2222-4333-8444-555555555555)", "field \"status\"", "\"lost\"")
    }

    @Test func aDateInAWrongFormat() throws {
        try refused(withCase(goodCase.replacingOccurrences(of: "\"created\": \"2026-11-20T10:00:00Z\"", with: "\"created\": \"20/11/2026\"")),
                    mentioning: "case 1 (uuid 11111111", "field \"created\"", "20/11/2026")
        let nested = goodCase.replacingOccurrences(of: "\"events\": []",
            with: "\"events\": [{\"uuid\": \"e1\", \"at\": \"yesterday\", \"kind\": \"note\", \"text\": \"x\", \"mood\": null}]")
        try refused(withCase(nested), mentioning: "field \"events[0].at\"")
    }

    @Test func aNewerFormatVersion() throws {
        try refused(valid.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 2,"),
                    mentioning: "version 2", "upgrade casekit")
    }

    @Test func invalidUTF8() throws {
        var bytes = Array(withCase(goodCase).utf8)
        let title = Array("Imported".utf8)
        let at = (0...(bytes.count - title.count)).first { Array(bytes[$0..<$0 + title.count]) == title }!
        bytes[at] = 0xC3
        bytes[at + 1] = 0x28
        try refused(bytes, mentioning: "invalid UTF-8", "case 1")
    }

    @Test func anEmptyFile() throws {
        try refused([], mentioning: "empty")
        try refused("  \n ", mentioning: "empty")
    }

    @Test func a50MBFile() throws {
        // 50 MB of well-formed cases, the last of which is broken.
        let one = goodCase.replacingOccurrences(of: "\"uuid\": \"11111111-2222-4333-8444-555555555555\"", with: "\"uuid\": \"u-%d\"")
            .replacingOccurrences(of: "\"id\": 7,", with: "")
            .replacingOccurrences(of: "\"events\": []", with: "\"events\": [], \"padding\": \"\(String(repeating: "x", count: 5000))\"")
        var text = "{\"format\": \"casekit-export\", \"version\": 1, \"cases\": ["
        var index = 0
        while text.utf8.count < 50_000_000 {
            text += (index == 0 ? "" : ",") + one.replacingOccurrences(of: "%d", with: String(index))
            index += 1
        }
        text += ",\n" + one.replacingOccurrences(of: "%d", with: "last").replacingOccurrences(of: "\"priority\": \"normal\"", with: "\"priority\": \"whenever\"") + "]}"
        try refused(text, mentioning: "case \(index) (uuid u-last)", "field \"priority\"")
    }
}
