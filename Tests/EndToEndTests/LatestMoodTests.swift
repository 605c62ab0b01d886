import CaseKit
import Foundation
import Testing

/// A case's latest mood is its own timeline's, whoever wrote the timeline.
@Suite struct LatestMoodTests {
    let casekit = CasekitBinary()

    /// A file written before schema 8 where case 1's mood events all belong
    /// to case 2 (moved by hand) but case 1 still says "angry": casekit
    /// repairs it on open, so the review no longer calls that customer upset.
    @Test func aMoodWithoutEventsIsRepairedOnOpen() throws {
        casekit.now = "2026-11-20T09:00"
        try casekit.ok("open", "Refund", "--customer", "Acme", "--next", "Call Dana about the refund", "--mood", "angry")
        casekit.now = "2026-11-21T09:00"
        try casekit.ok("open", "Printer", "--customer", "Globex", "--next", "Call Sam about the printer", "--mood", "calm")
        do {
            let database = try Database(path: casekit.database, mode: .readWrite)
            try database.execute("""
                UPDATE events SET case_id = 2 WHERE case_id = 1;
                PRAGMA user_version = 7;
                """)
            #expect(try database.firstRow("SELECT latest_mood FROM cases WHERE id = 1") { $0.optionalString(0) } == "angry")
        }
        casekit.now = "2026-11-22T09:00"
        let review = try casekit.ok("review", "--format", "json")
        let json = try JSONSerialization.jsonObject(with: Data(review.utf8)) as? [String: Any]
        #expect((json?["counts"] as? [String: Int])?["upset-no-checkin"] == 0)
        let database = try Database(path: casekit.database, mode: .readOnly)
        #expect(try database.rows("SELECT latest_mood FROM cases ORDER BY id") { $0.optionalString(0) } == [nil, "calm"])
    }

    /// Every way a mood reaches the timeline keeps the case's latest mood:
    /// open, note, an import of a new case and an import merging into a
    /// known one (with an event dated before the others).
    @Test func everyWriterAgreesWithTheTimeline() throws {
        try casekit.ok("open", "Refund", "--customer", "Acme", "--next", "Call Dana about the refund", "--mood", "calm")
        try casekit.ok("note", "1", "Shouted on the phone", "--mood", "angry")
        let export = casekit.folder + "/export.json"
        try casekit.ok("export", "--output", export)
        let other = CasekitBinary()
        try other.ok("import", export)
        casekit.now = "2026-11-22T10:00"
        try casekit.ok("note", "1", "Thanked us", "--mood", "happy")
        try casekit.ok("export", "--output", export)
        try other.ok("import", export)
        for binary in [casekit, other] {
            let database = try Database(path: binary.database, mode: .readOnly)
            #expect(try database.rows("SELECT latest_mood FROM cases") { $0.optionalString(0) } == ["happy"])
        }
        let review = try other.ok("review", "--format", "json")
        let json = try JSONSerialization.jsonObject(with: Data(review.utf8)) as? [String: Any]
        #expect((json?["counts"] as? [String: Int])?["upset-no-checkin"] == 0)
    }
}
