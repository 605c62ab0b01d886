/// The days support works: the working week, less the holidays, and whether
/// the built-in defaults count working days (`count-working-days`). Read once
/// per command from the store (`Store.workingCalendar()`) and passed to what
/// counts working days: `bd` intervals, `nwd`, the next customer update, the
/// defaults of `resolve` and `wait`.
///
/// A calendar always has a working day within `longestBreak` days of any
/// day: `init` refuses one that does not (an empty week, holidays covering a
/// year), so every walk to the next working day ends.
public struct WorkingCalendar: Sendable, Equatable {
    public let week: WorkingWeek
    public let holidays: Set<LocalDate>
    /// Whether the built-in defaults are working days (`3bd`) and dates
    /// casekit picks itself move off days nobody works.
    public let countsWorkingDays: Bool

    /// The most days in a row that may have no working day: every 365
    /// days in a row hold one.
    public static let longestBreak = 364

    /// Monday to Friday, no holidays, defaults in working days: a database
    /// with nothing configured.
    public static let standard = WorkingCalendar(checked: .mondayToFriday, holidays: [], countsWorkingDays: true)

    /// Refuses an empty week (a usage error) and holidays that leave a
    /// stretch of more than `longestBreak` days without a working day (a
    /// domain error naming where it starts).
    public init(week: WorkingWeek, holidays: Set<LocalDate>, countsWorkingDays: Bool) throws {
        guard !week.isEmpty else {
            throw CaseKitError.usage("a working week needs at least one working day",
                                     hint: "name the days worked, e.g. 'casekit config set working-days mon-fri'")
        }
        self.init(checked: week, holidays: holidays, countsWorkingDays: countsWorkingDays)
        if let start = firstLongBreak() {
            throw CaseKitError.domain(
                "the holidays leave no working day for more than a year from \(start.iso): the next working day would never come",
                hint: "take some off with 'casekit config holiday remove DATE' ('casekit config holiday list' shows them), or add a working day with 'casekit config set --add working-days DAY'")
        }
    }

    private init(checked week: WorkingWeek, holidays: Set<LocalDate>, countsWorkingDays: Bool) {
        self.week = week
        self.holidays = holidays
        self.countsWorkingDays = countsWorkingDays
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        week.contains(weekday: date.weekday) && !holidays.contains(date)
    }

    /// The first working day after `date` (Friday's is Monday).
    public func nextWorkingDay(after date: LocalDate) -> LocalDate {
        var day = date.adding(days: 1)
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The last working day before `date`.
    public func previousWorkingDay(before date: LocalDate) -> LocalDate {
        var day = date.adding(days: -1)
        while !isWorkingDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// `date` moved by `workingDays` working days, forward or (negative)
    /// back: Friday + 1 is Monday, Saturday + 1 is Monday too.
    public func adding(workingDays: Int, to date: LocalDate) -> LocalDate {
        var day = date
        for _ in 0..<abs(workingDays) {
            day = workingDays > 0 ? nextWorkingDay(after: day) : previousWorkingDay(before: day)
        }
        return day
    }

    /// A date casekit picks itself (a follow-up, a wait's end, the next
    /// customer update), moved to the next working day when it falls on a
    /// day nobody works and the defaults count working days. A timed value
    /// (an hourly cadence) is kept: hours are meant exactly.
    public func movedToWorkingDay(_ due: Due) -> Due {
        guard countsWorkingDays, case .day(let date) = due, !isWorkingDay(date) else { return due }
        return .day(nextWorkingDay(after: date))
    }

    /// `span` from `date` counted in calendar days: `2bd` from a Friday is
    /// `4d`. Other units are returned as they are.
    public func calendarDays(_ span: Interval, from date: LocalDate) -> Interval {
        guard span.unit == .workingDays else { return span }
        return Interval(count: date.days(until: adding(workingDays: span.count, to: date)), unit: .days)
    }

    /// The first day of a stretch of more than `longestBreak` days with no
    /// working day, if there is one. Such a stretch is all holidays but for
    /// the days the week leaves out, so it starts at most six days before a
    /// holiday: each holiday not inside the last stretch measured starts one
    /// walk, and no walk is longer than `longestBreak` + 1 days.
    private func firstLongBreak() -> LocalDate? {
        var measuredUntil: LocalDate?
        for holiday in holidays.sorted() {
            if let measuredUntil, holiday <= measuredUntil { continue }
            var start = holiday
            while !isWorkingDay(start.adding(days: -1)) && start.days(until: holiday) < 7 {
                start = start.adding(days: -1)
            }
            var end = holiday
            while !isWorkingDay(end.adding(days: 1)) {
                end = end.adding(days: 1)
                if start.days(until: end) >= Self.longestBreak { return start }
            }
            measuredUntil = end
        }
        return nil
    }
}
