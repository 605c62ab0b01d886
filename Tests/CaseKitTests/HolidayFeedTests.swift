import Testing
@testable import CaseKit

/// Reading holidays from iCalendar text (`HolidayFeed`): which events are
/// holidays, how their days are counted, and what makes a file no calendar.
@Suite struct HolidayFeedTests {
    let today = day("2026-11-22")

    func feed(_ events: [[String]], prefix: [UInt8] = []) throws -> HolidayFeed {
        let lines = ["BEGIN:VCALENDAR"] + events.flatMap { ["BEGIN:VEVENT"] + $0 + ["END:VEVENT"] } + ["END:VCALENDAR"]
        return try HolidayFeed(ics: prefix + Array(lines.joined(separator: "\r\n").utf8), today: today)
    }

    func dates(_ feed: HolidayFeed) -> [String] { feed.holidays.map(\.date.iso) }

    @Test func daysOfAnEvent() throws {
        let read = try feed([
            ["DTSTART;VALUE=DATE:20261224", "DURATION:P2D", "SUMMARY:Christmas"],
            ["DTSTART:20261231", "SUMMARY:New Year's Eve"],  // eight digits alone: a date
            ["DTSTART;VALUE=DATE:20270301", "DURATION:P1W", "SUMMARY:Spring week"],
        ], prefix: [0xEF, 0xBB, 0xBF])
        #expect(dates(read) == ["2026-12-24", "2026-12-25", "2026-12-31",
                                "2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05", "2027-03-06", "2027-03-07"])
        #expect(read.skipped == 0)
    }

    @Test func skipsWhatIsNoPlainHoliday() throws {
        let read = try feed([
            ["DTSTART;TZID=Europe/Berlin:20261224T090000", "SUMMARY:Timed"],
            ["DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261224", "SUMMARY:Ends as it starts"],
            ["DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20270201", "SUMMARY:Over a year"],
            ["DTSTART;VALUE=DATE:20261224", "STATUS:CANCELLED"],
            ["DTSTART;VALUE=DATE:20261224", "RDATE;VALUE=DATE:20271224"],
            ["DTSTART;VALUE=DATE:20261224", "RRULE:FREQ=YEARLY;INTERVAL=2"],
            ["DTSTART;VALUE=DATE:20261224", "RRULE:FREQ=MONTHLY"],
            ["DTSTART;VALUE=DATE:20261224", "DURATION:PT8H"],
            ["SUMMARY:No start"],
        ])
        #expect(read.holidays.isEmpty)
        #expect(read.skipped == 9)
    }

    @Test func yearlyRules() throws {
        let read = try feed([
            ["DTSTART;VALUE=DATE:20000101", "RRULE:FREQ=YEARLY", "SUMMARY:New Year"],
            ["DTSTART;VALUE=DATE:20270501", "RRULE:FREQ=YEARLY;COUNT=2", "SUMMARY:May Day"],
            ["DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY", "SUMMARY:Leap"],
            ["DTSTART;VALUE=DATE:20260704", "RRULE:FREQ=YEARLY;UNTIL=20280704T000000Z", "SUMMARY:Fourth"],
        ])
        // Last year (2025) to five years ahead (2031).
        #expect(read.holidays.filter { $0.name == "New Year" }.map(\.date.iso)
            == ["2025-01-01", "2026-01-01", "2027-01-01", "2028-01-01", "2029-01-01", "2030-01-01", "2031-01-01"])
        #expect(read.holidays.filter { $0.name == "May Day" }.map(\.date.iso) == ["2027-05-01", "2028-05-01"])
        #expect(read.holidays.filter { $0.name == "Leap" }.map(\.date.iso) == ["2028-02-29"])
        #expect(read.holidays.filter { $0.name == "Fourth" }.map(\.date.iso) == ["2026-07-04", "2027-07-04", "2028-07-04"])
    }

    @Test func textValues() throws {
        let lines = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261225",
                     "SUMMARY;ALTREP=\"cid:x:y\":Tag der\\, \\;Arbeit\\\\", "\t mit Faltung", "END:VEVENT", "END:VCALENDAR"]
        let read = try HolidayFeed(ics: Array(lines.joined(separator: "\n").utf8), today: today)
        #expect(read.holidays.first?.name == "Tag der, ;Arbeit\\ mit Faltung")
        let blank = try feed([["DTSTART;VALUE=DATE:20261225", "SUMMARY:   "]])
        #expect(blank.holidays.first?.name == nil)
        // The first name given for a day is kept.
        let twice = try feed([["DTSTART;VALUE=DATE:20261225", "SUMMARY:A"], ["DTSTART;VALUE=DATE:20261225", "SUMMARY:B"]])
        #expect(twice.holidays.map(\.name) == ["A"])
    }

    @Test func refusesWhatIsNoCalendar() {
        let refused: [[UInt8]] = [
            [], Array("\r\n\r\n".utf8), Array("BEGIN:VCARD\r\nEND:VCARD".utf8),
            Array("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT".utf8),
            Array("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR".utf8),
            Array("BEGIN:VCALENDAR\r\n:no name\r\nEND:VCALENDAR".utf8),
            Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nX:1".utf8),
            [0x42, 0x45, 0xC0, 0x80],
        ]
        for bytes in refused {
            #expect(throws: CaseKitError.self, "\(bytes.count) bytes") { try HolidayFeed(ics: bytes, today: today) }
        }
        let many = (0..<(HolidayFeed.mostHolidays + 1)).map { index in
            ["DTSTART;VALUE=DATE:" + day("2026-01-01").adding(days: index).iso.replacingOccurrences(of: "-", with: "")]
        }
        #expect(throws: CaseKitError.self) { try feed(many) }
    }
}
