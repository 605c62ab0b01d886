import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CaseKit

@Suite struct WhenParserTests {
    // 2026-11-22 is a Sunday.
    let parser = WhenParser(now: local("2026-11-22T09:00"))

    func parse(_ text: String) throws -> Due { try parser.parse(text) }

    @Test func namedDays() throws {
        #expect(try parse("today") == .day(day("2026-11-22")))
        #expect(try parse("Tomorrow") == .day(day("2026-11-23")))
        #expect(try parse("yesterday") == .day(day("2026-11-21")))
    }

    @Test func weekdaysAreStrictlyAfterToday() throws {
        #expect(try parse("sunday") == .day(day("2026-11-29")))  // today is Sunday: next week's
        #expect(try parse("sun") == .day(day("2026-11-29")))
        #expect(try parse("monday") == .day(day("2026-11-23")))
        #expect(try parse("sat") == .day(day("2026-11-28")))
        #expect(try parse("FRI") == .day(day("2026-11-27")))
    }

    @Test func weekdayWrapsAcrossMonthAndYear() throws {
        let parser = WhenParser(now: local("2026-12-30T12:00"))  // a Wednesday
        #expect(try parser.parse("mon") == .day(day("2027-01-04")))
        #expect(try parser.parse("wed") == .day(day("2027-01-06")))
        #expect(try parser.parse("thu") == .day(day("2026-12-31")))
    }

    @Test func endOfWeekAndMonth() throws {
        #expect(try parse("eow") == .day(day("2026-11-22")))  // Sunday: this very day
        let wednesday = WhenParser(now: local("2026-11-25T09:00"))
        #expect(try wednesday.parse("eow") == .day(day("2026-11-29")))
        #expect(try parse("eom") == .day(day("2026-11-30")))
        let february = WhenParser(now: local("2028-02-10T09:00"))
        #expect(try february.parse("eom") == .day(day("2028-02-29")))
    }

    @Test func relativeDaysWeeksMonths() throws {
        #expect(try parse("+3d") == .day(day("2026-11-25")))
        #expect(try parse("3d") == .day(day("2026-11-25")))
        #expect(try parse("2w") == .day(day("2026-12-06")))
        #expect(try parse("1m") == .day(day("2026-12-22")))
        #expect(try parse("12h") == .instant(local("2026-11-22T21:00")))
    }

    @Test func monthEndsClampToTheLastDay() throws {
        let january = WhenParser(now: local("2027-01-31T10:00"))
        #expect(try january.parse("1m") == .day(day("2027-02-28")))
        let leap = WhenParser(now: local("2028-01-31T10:00"))
        #expect(try leap.parse("1m") == .day(day("2028-02-29")))
        #expect(try WhenParser(now: local("2028-02-29T10:00")).parse("12m") == .day(day("2029-02-28")))
    }

    @Test func isoDatesAndTimes() throws {
        #expect(try parse("2026-11-27") == .day(day("2026-11-27")))
        #expect(try parse("2026-11-27T14:30") == .instant(local("2026-11-27T14:30")))
        #expect(try parse("2028-02-29") == .day(day("2028-02-29")))
    }

    @Test(arguments: ["next blursday", "", "2026-02-30", "2027-02-29", "2026-13-01", "2026-11-27T25:00", "2026-+1-01",
                      "0d", "-1d", "3x", "d", "2026-11-27T14", "1.5d", "someday",
                      // Years outside 0001-9999, signed or short clock fields, huge spans.
                      "0000-01-01", "0000-12-31T10:00", "10000-01-01", "99999-01-01", "-2026-11-27",
                      "2026-11-27T-1:-1", "2026-11-27T+1:30", "2026-11-27T14:-0", "2026-11-27T14:30:-1",
                      "2026-11-27T24:00", "2026-11-27T9:5", "2026-11-27T09:5", "2026-11-27T 9:05",
                      "+99999999d", "+9223372036854775807d", "9223372036854775808d", "1000000w", "10001m",
                      "-9223372036854775808d"])
    func refusesWithTheAcceptedForms(_ text: String) {
        #expect {
            try parse(text)
        } throws: { error in
            let failure = error as? CaseKitError
            return failure?.kind == .usage && failure!.hint.contains("2026-11-27T14:30")
        }
    }

    /// A relative form may not leave the years 0001-9999 either.
    @Test func relativeFormsStayInsideTheCalendar() throws {
        let lastDay = WhenParser(now: local("9999-12-31T12:00"))
        #expect(try lastDay.parse("today") == .day(LocalDate.latest))
        #expect(try lastDay.parse("eom") == .day(LocalDate.latest))
        #expect(try lastDay.parse("6h") == .instant(local("9999-12-31T18:00")))
        // 23:00 in New York is past the calendar in UTC, as exports write it.
        for text in ["tomorrow", "+1d", "1m", "10000m", "11h", "12h", "fri", "eow", "10000w"] {
            #expect(throws: CaseKitError.self, "\(text)") { try lastDay.parse(text) }
        }
        let firstDay = WhenParser(now: local("0001-01-01T09:00"))
        #expect(try firstDay.parse("today") == .day(LocalDate.earliest))
        #expect(throws: CaseKitError.self) { try firstDay.parse("yesterday") }
        #expect(WhenParser.instant(fromISO: "0000-12-31T23:59") == nil)
        #expect(WhenParser.instant(fromISO: "2026-11-27T-1:-1") == nil)
    }

    /// A whole day is stored as the end of its calendar day counted in UTC,
    /// whatever the zone, and reads back as the same date.
    @Test func wholeDayDeadlineIsZoneFree() {
        for date in [day("2026-11-27"), day("1969-12-31"), day("1970-01-01"), LocalDate.earliest, LocalDate.latest,
                     day("2026-03-08"), day("2028-02-29")] {
            let due = Due.day(date)
            #expect(due.deadline == (date.daysSinceEpoch + 1) * 86_400)
            #expect(Due(deadline: due.deadline, allDay: true) == due, "\(date)")
        }
        #expect(Due.day(day("2026-11-27")).deadline == 1_795_824_000)
        // A hand-edited file's value cannot make later arithmetic overflow.
        #expect(Due(deadline: .max, allDay: true) == .day(LocalDate.latest))
        #expect(Due(deadline: .min, allDay: true) == .day(LocalDate.earliest))
    }

    /// Whole-day deadlines meet the local wall clock: due by the end of the
    /// day, overdue from the next local midnight, in any zone.
    @Test func deadlineBoundsCompareWholeDaysWithTheWallClock() {
        let deadline = Due.day(day("2026-11-27")).deadline
        #expect(deadline > DeadlineBound(local("2026-11-27T23:59")).wallClock)
        #expect(deadline <= DeadlineBound(local("2026-11-28T00:00")).wallClock)
        #expect(DeadlineBound(endOf: day("2026-11-27")).wallClock == deadline)
        #expect(DeadlineBound(endOf: day("2026-11-27")).instant == local("2026-11-28T00:00"))
        #expect(DeadlineBound(.max).highest == .max && DeadlineBound(.min).lowest == .min)
        #expect(DeadlineBound(.max - 1).wallClock == .max - 1)
    }

    /// Day arithmetic is plain civil-calendar arithmetic: checked against
    /// libc's UTC calendar for every day from 1899 to 2101 (leap centuries included).
    @Test func dayArithmeticMatchesTheCalendarDayByDay() {
        let first = LocalDate(year: 1899, month: 12, day: 31)
        var previous = first
        for offset in 1...(202 * 366) {
            let date = first.adding(days: offset)
            var parts = tm()
            var seconds = time_t(Int64(offset) * 86_400 - 2_209_032_000)  // noon UTC, 1899-12-31 + offset
            gmtime_r(&seconds, &parts)
            #expect(date == LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
                                      day: Int(parts.tm_mday)))
            #expect(previous.days(until: date) == 1)
            #expect(date.weekday == Int(parts.tm_wday))
            previous = date
            if date != LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
                                 day: Int(parts.tm_mday)) { break }
        }
        #expect(LocalDate(year: 2000, month: 2, day: 28).adding(days: 1) == LocalDate(year: 2000, month: 2, day: 29))
        #expect(LocalDate(year: 2100, month: 2, day: 28).adding(days: 1) == LocalDate(year: 2100, month: 3, day: 1))
    }

    @Test func aDateOnlyValueIsNotOverdueUntilTheDayEnds() throws {
        let due = try parse("today")
        #expect(!due.isOverdue(at: local("2026-11-22T23:59")))
        #expect(due.isOverdue(at: local("2026-11-23T00:00")))
        #expect(due.lateness(at: local("2026-11-24T08:00")) == "2d overdue")
        #expect(Due(deadline: due.deadline, allDay: true) == due)
    }

    @Test func dstSpringForwardDayIsTwentyThreeHoursLong() throws {
        // New York springs forward on 2026-03-08.
        let parser = WhenParser(now: local("2026-03-07T12:00"))
        let due = try parser.parse("tomorrow")
        #expect(due == .day(day("2026-03-08")))
        #expect(due.instantDue - day("2026-03-08").start == 23 * 3600)
        // 12 real hours from 20:00 EST cross the skipped 02:00-03:00 hour.
        #expect(try WhenParser(now: local("2026-03-07T20:00")).parse("12h") == .instant(local("2026-03-08T09:00")))
        // Days keep the wall-clock time across the change; hours do not.
        #expect(Interval(count: 1, unit: .days).after(local("2026-03-07T12:00")) == local("2026-03-08T12:00"))
        #expect(Interval(count: 24, unit: .hours).after(local("2026-03-07T12:00")) == local("2026-03-08T13:00"))
    }

    @Test func dstFallBackDayIsTwentyFiveHoursLong() throws {
        // New York falls back on 2026-11-01.
        let due = try WhenParser(now: local("2026-10-31T12:00")).parse("tomorrow")
        #expect(due.instantDue - day("2026-11-01").start == 25 * 3600)
        #expect(LocalDate(containing: due.instantDue - 1) == day("2026-11-01"))
    }

    /// RFC 3339 as the import reads it: any offset, optional fraction, and
    /// nothing the calendar lacks.
    @Test func readsRFC3339Instants() {
        #expect(LocalTime.instant(rfc3339: "2026-11-22T14:00:00Z") == 1_795_356_000)
        #expect(LocalTime.instant(rfc3339: "2026-11-22T09:00:00-05:00") == 1_795_356_000)
        #expect(LocalTime.instant(rfc3339: "2026-11-22T15:30:00.250+01:30") == 1_795_356_000)
        #expect(LocalTime.instant(rfc3339: "1969-12-31T23:59:59Z") == -1)
        #expect(LocalTime.instant(rfc3339: "2028-02-29T00:00:00z") == 1_835_395_200)
        #expect(LocalTime.instant(rfc3339: "0001-01-01T00:00:00Z") == -62_135_596_800)
        #expect(LocalTime.instant(rfc3339: "9999-12-31T23:59:59Z") == 253_402_300_799)
        for bad in ["2026-11-22T14:00:00", "2026-11-22 14:00:00Z", "2027-02-29T00:00:00Z", "2026-11-22T24:00:00Z",
                    "2026-11-22T14:00:00+5:00", "2026-1x-22T14:00:00Z", "2026-11-22T14:00:00Zjunk",
                    "0000-01-01T00:00:00Z", "0001-01-01T00:30:00+01:00", "9999-12-31T23:59:59-00:01",
                    "10000-01-01T00:00:00Z", "2026-11-22T-1:00:00Z"] {
            #expect(LocalTime.instant(rfc3339: bad) == nil, "\(bad)")
        }
    }

    @Test func localTimeFormatsWithTheOffsetInForce() {
        #expect(LocalTime(local("2026-07-01T10:00")).rfc3339 == "2026-07-01T10:00:00-04:00")
        #expect(LocalTime(local("2026-12-01T10:00")).rfc3339 == "2026-12-01T10:00:00-05:00")
    }

    @Test func labels() throws {
        let now = local("2026-11-22T09:00")
        #expect(try parse("today").label(at: now) == "today")
        #expect(try parse("tomorrow").label(at: now) == "tomorrow")
        #expect(try parse("fri").label(at: now) == "Fri")
        #expect(try parse("2w").label(at: now) == "2026-12-06")
        #expect(try parse("2026-11-22T08:30").label(at: now) == "30m overdue")
        #expect(try parse("2026-11-22T14:00").label(at: now) == "today 14:00")
    }
}

@Suite struct IntervalTests {
    @Test func parsesEachUnit() throws {
        #expect(try Interval(parsing: "12h") == Interval(count: 12, unit: .hours))
        #expect(try Interval(parsing: "3D") == Interval(count: 3, unit: .days))
        #expect(try Interval(parsing: "+2w") == Interval(count: 2, unit: .weeks))
        #expect(try Interval(parsing: "1m").description == "1m")
    }

    @Test(arguments: ["0d", "-1d", "3", "d", "3y", "", "1.5h", "99999d"])
    func refuses(_ text: String) {
        #expect(throws: CaseKitError.self) { try Interval(parsing: text) }
    }

    @Test func monthsAndWeeksAreCalendarUnits() {
        let start = local("2027-01-31T10:00")
        #expect(Interval(count: 1, unit: .months).after(start) == local("2027-02-28T10:00"))
        #expect(Interval(count: 1, unit: .weeks).before(start) == local("2027-01-24T10:00"))
    }
}
