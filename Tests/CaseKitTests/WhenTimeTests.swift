import Testing
@testable import CaseKit

/// Times of day in WHEN (issue 12, item 6): a time makes an instant in the
/// local zone; a time with no day is its next occurrence.
@Suite struct WhenTimeTests {
    // 2026-11-22 is a Sunday; the tests run under America/New_York.
    let morning = WhenParser(now: local("2026-11-22T09:00"))
    let afternoon = WhenParser(now: local("2026-11-22T15:00"))

    @Test func aTimeAloneIsItsNextOccurrence() throws {
        #expect(try morning.parse("14:30") == .instant(local("2026-11-22T14:30")))
        #expect(try afternoon.parse("14:30") == .instant(local("2026-11-23T14:30")))
        #expect(try afternoon.parse("15:00") == .instant(local("2026-11-22T15:00")))  // now is not past
        #expect(try afternoon.parse("9:05") == .instant(local("2026-11-23T09:05")))
    }

    @Test func aDayAndATime() throws {
        #expect(try afternoon.parse("today 9:00") == .instant(local("2026-11-22T09:00")))  // today, overdue
        #expect(try morning.parse("tomorrow 14:30") == .instant(local("2026-11-23T14:30")))
        #expect(try morning.parse("fri 10:00") == .instant(local("2026-11-27T10:00")))
        #expect(try morning.parse("Friday   10:00") == .instant(local("2026-11-27T10:00")))
        #expect(try morning.parse("2026-12-05 14:30") == .instant(local("2026-12-05T14:30")))
        #expect(try morning.parse("3d 9am") == .instant(local("2026-11-25T09:00")))
        #expect(try morning.parse("eom 17:00") == .instant(local("2026-11-30T17:00")))
    }

    @Test func twelveHourClock() throws {
        #expect(try morning.parse("2pm") == .instant(local("2026-11-22T14:00")))
        #expect(try morning.parse("2:30PM") == .instant(local("2026-11-22T14:30")))
        #expect(try morning.parse("tomorrow 12am") == .instant(local("2026-11-23T00:00")))
        #expect(try morning.parse("tomorrow 12pm") == .instant(local("2026-11-23T12:00")))
        #expect(try morning.parse("tomorrow 11:59pm") == .instant(local("2026-11-23T23:59")))
    }

    @Test func aTimeSkippedByDaylightSavingMovesOnAsMktimeDoes() throws {
        // 2027-03-14 02:30 does not exist in New York.
        let parser = WhenParser(now: local("2027-03-13T12:00"))
        #expect(try parser.parse("tomorrow 2:30") == .instant(local("2027-03-14T03:30")))
    }

    @Test(arguments: [
        "25:00", "24:00", "14:60", "14:5", "1430", "14:30:00", "-1:00", "+1:00", "13pm", "0am", "0:30pm",
        "14 :30", "9.30", "１４:３０", "14:30 fri", "12h 9:00", "fri 10:00 extra", "fri 25:00", "pm", ":30",
        "2026-12-05 24:00", "2026-02-30 10:00", "9999-12-31 23:00 x", "14:30\u{0}",
    ])
    func refused(_ text: String) {
        #expect(throws: CaseKitError.self) { try morning.parse(text) }
    }

    @Test func theRefusalListsTheTimeForms() {
        #expect(WhenParser.acceptedForms.contains("14:30") && WhenParser.acceptedForms.contains("fri 10:00"))
    }
}
