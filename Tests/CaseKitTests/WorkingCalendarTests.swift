import Testing
@testable import CaseKit

/// Working-day arithmetic: `WorkingCalendar`, `bd` intervals and `nwd`.
@Suite struct WorkingCalendarTests {
    func make(_ holidays: [String] = [], week: WorkingWeek = .mondayToFriday, counting: Bool = true) throws -> WorkingCalendar {
        try WorkingCalendar(week: week, holidays: Set(holidays.map(day)), countsWorkingDays: counting)
    }

    @Test func fridayPlusOneWorkingDayIsMonday() throws {
        let calendar = WorkingCalendar.standard
        #expect(calendar.adding(workingDays: 1, to: day("2026-11-20")) == day("2026-11-23"))
        #expect(calendar.adding(workingDays: 1, to: day("2026-11-21")) == day("2026-11-23"))  // Saturday
        #expect(calendar.adding(workingDays: 5, to: day("2026-11-20")) == day("2026-11-27"))
        #expect(calendar.adding(workingDays: -1, to: day("2026-11-23")) == day("2026-11-20"))
        #expect(calendar.nextWorkingDay(after: day("2026-11-20")) == day("2026-11-23"))
    }

    @Test func crossingAHolidayAndAWeekend() throws {
        // Thursday 2026-12-24 + 2bd over Christmas (Friday) and the weekend:
        // Monday 28th, then Tuesday 29th.
        let calendar = try make(["2026-12-25"])
        #expect(calendar.adding(workingDays: 2, to: day("2026-12-24")) == day("2026-12-29"))
        #expect(!calendar.isWorkingDay(day("2026-12-25")))
        #expect(calendar.previousWorkingDay(before: day("2026-12-28")) == day("2026-12-24"))
    }

    @Test func aHolidayListCoveringAWholeWorkingWeek() throws {
        let calendar = try make(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01"])
        #expect(calendar.nextWorkingDay(after: day("2026-12-25")) == day("2027-01-04"))
        #expect(calendar.adding(workingDays: 2, to: day("2026-12-24")) == day("2027-01-04"))
    }

    @Test func yearBoundaries() throws {
        let calendar = try make(["2027-01-01"])
        // Thursday 2026-12-31 + 1bd: New Year's Day, then the weekend.
        #expect(calendar.adding(workingDays: 1, to: day("2026-12-31")) == day("2027-01-04"))
        #expect(calendar.adding(workingDays: -1, to: day("2027-01-04")) == day("2026-12-31"))
    }

    @Test func leapDays() throws {
        // 2028-02-29 is a Tuesday.
        let calendar = try make(["2028-02-29"])
        #expect(calendar.adding(workingDays: 1, to: day("2028-02-28")) == day("2028-03-01"))
        #expect(WorkingCalendar.standard.adding(workingDays: 1, to: day("2028-02-28")) == day("2028-02-29"))
        #expect(WorkingCalendar.standard.adding(workingDays: 262, to: day("2028-02-29")) == day("2029-03-01"))
    }

    @Test func anotherWorkingWeek() throws {
        let week = WorkingWeek(weekdays: try WorkingWeek.weekdays(in: "sun-thu"))
        #expect(week.names == ["mon", "tue", "wed", "thu", "sun"])
        let calendar = try make(week: week)
        #expect(calendar.nextWorkingDay(after: day("2026-11-19")) == day("2026-11-22"))  // Thursday → Sunday
        #expect(try WorkingWeek.weekdays(in: "fri-mon") == [5, 6, 0, 1])
        #expect(throws: CaseKitError.self) { try WorkingWeek.weekdays(in: "mon-") }
        #expect(throws: CaseKitError.self) { try WorkingWeek.weekdays(in: "funday") }
    }

    @Test func refusesACalendarThatNeverWorks() throws {
        #expect(throws: CaseKitError.self) { try make(week: WorkingWeek(weekdays: [])) }
        // Every weekday of 2027: from New Year's Day to Sunday 2028-01-02.
        var weekdays2027: [String] = []
        var date = day("2027-01-01")
        while date.year == 2027 {
            if WorkingWeek.mondayToFriday.contains(weekday: date.weekday) { weekdays2027.append(date.iso) }
            date = date.adding(days: 1)
        }
        #expect(throws: CaseKitError.self) { try make(weekdays2027) }
        // One working day left in it is enough.
        let leftOne = weekdays2027.filter { $0 != "2027-07-01" }
        let calendar = try make(leftOne)
        #expect(calendar.nextWorkingDay(after: day("2026-12-31")) == day("2027-07-01"))
        #expect(calendar.nextWorkingDay(after: day("2027-07-01")) == day("2028-01-03"))
    }

    @Test func workingDayIntervals() throws {
        #expect(try Interval(parsing: "2bd") == Interval(count: 2, unit: .workingDays))
        #expect(try Interval(parsing: "+1BD").description == "1bd")
        for bad in ["0bd", "-1bd", "2bdx", "bd", "2b", "2 bd", "2dd", "10001bd"] {
            #expect(throws: CaseKitError.self, "\(bad)") { try Interval(parsing: bad) }
        }
        let calendar = try make(["2026-11-26"])  // Thanksgiving, a Thursday
        let wednesday = local("2026-11-25T15:00")
        #expect(Interval(count: 1, unit: .workingDays).due(after: wednesday, in: calendar) == .day(day("2026-11-27")))
        #expect(Interval(count: 1, unit: .workingDays).after(wednesday, in: calendar) == local("2026-11-27T15:00"))
        #expect(Interval(count: 3, unit: .workingDays).before(local("2026-11-30T09:00"), in: calendar) == local("2026-11-24T09:00"))
        #expect(calendar.calendarDays(Interval(count: 2, unit: .workingDays), from: day("2026-11-25")) == Interval(count: 5, unit: .days))
    }

    @Test func whenFormsCountWorkingDays() throws {
        let calendar = try make(["2026-11-23"])
        let parser = WhenParser(now: local("2026-11-20T16:00"), calendar: calendar)  // a Friday
        #expect(try parser.parse("nwd") == .day(day("2026-11-24")))
        #expect(try parser.parse("+2bd") == .day(day("2026-11-25")))
        #expect(try parser.parse("2bd") == .day(day("2026-11-25")))
        #expect(try parser.parse("nwd 10:00") == .instant(local("2026-11-24T10:00")))
        #expect(try parser.parse("tomorrow") == .day(day("2026-11-21")))  // unchanged
        #expect(try parser.parse("mon") == .day(day("2026-11-23")))
        #expect(WhenText("nwd")!.needsCalendar && WhenText("3bd")!.needsCalendar && !WhenText("3d")!.needsCalendar)
    }

    @Test func picksWorkingDaysWhenDefaultsCountThem() throws {
        let friday = local("2026-11-20T16:00")
        let counting = WhenParser(now: friday, calendar: try make())
        #expect(try counting.picked(Interval(count: 1, unit: .days)) == .day(day("2026-11-23")))  // Saturday → Monday
        #expect(try counting.picked(Interval(count: 3, unit: .workingDays)) == .day(day("2026-11-25")))
        #expect(try counting.picked(Interval(count: 12, unit: .hours)) == .instant(local("2026-11-21T04:00")))
        let notCounting = WhenParser(now: friday, calendar: try make(counting: false))
        #expect(try notCounting.picked(Interval(count: 1, unit: .days)) == .day(day("2026-11-21")))
    }

    @Test func defaultsFollowTheSetting() {
        #expect(Settings(countingWorkingDays: true).followUp == Interval(count: 3, unit: .workingDays))
        #expect(Settings(countingWorkingDays: false).followUp == Interval(count: 3, unit: .days))
        #expect(Settings(countingWorkingDays: false).updateEvery == Interval(count: 2, unit: .days))
        #expect(Settings(countingWorkingDays: false).staleAfter == Interval(count: 7, unit: .days))
    }

    @Test func storedCalendarRefusesAYearOff() throws {
        let folder = TempFolder()
        let store = try Store.open(path: folder.path + "/c.sqlite3", now: local("2026-11-20T09:00"))
        try store.addHolidays([Holiday(date: day("2026-12-25"), name: "Christmas Day")])
        #expect(try store.workingCalendar().holidays == [day("2026-12-25")])
        let changes = try store.addHolidays([Holiday(date: day("2026-12-25"), name: nil), Holiday(date: day("2026-12-26"), name: "Boxing Day")])
        #expect(changes.added == 1 && changes.unchanged == 1)
        #expect(try store.holidays().map(\.name) == ["Christmas Day", "Boxing Day"])
        var year: [Holiday] = []
        var date = day("2027-01-01")
        while date.year == 2027 { year.append(Holiday(date: date, name: nil)); date = date.adding(days: 1) }
        #expect(throws: CaseKitError.self) { try store.addHolidays(year) }
        #expect(try store.holidays().count == 2)
        #expect(throws: CaseKitError.self) { try store.unset(.workingDays, values: ["mon", "tue", "wed", "thu", "fri"]) }
        try store.set(.workingDays, to: ["mon-thu", "sat"])
        #expect(try store.workingCalendar().week.names == ["mon", "tue", "wed", "thu", "sat"])
        #expect(throws: CaseKitError.self) { try store.removeHolidays([day("2026-12-24")]) }
    }

    /// Schema 11 rebuilds the settings table for the calendar's keys and
    /// keeps what a schema-9 file had set.
    @Test func aSchema9FileKeepsItsSettings() throws {
        let folder = TempFolder()
        try writeOldDatabase(at: folder.path + "/v9.sqlite3", version: 9, """
            INSERT INTO settings (key, value, set_at) VALUES ('stale-after', '5d', 1), ('extra-verbs', 'ring\nfax', 2);
            """)
        let store = try Store.open(path: folder.path + "/v9.sqlite3", now: local("2026-11-20T09:00"))
        #expect(try Migrator.version(of: store.database) == Migrator.casekit.latestVersion)
        #expect(try store.settings().staleAfter == Interval(count: 5, unit: .days))
        #expect(try store.settings().extraVerbs == ["ring", "fax"])
        try store.set(.countWorkingDays, to: ["off"])
        #expect(try store.settings().followUp == Interval(count: 3, unit: .days))
        #expect(try store.holidays().isEmpty)
    }
}
