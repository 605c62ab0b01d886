/// Turns the WHEN forms of the spec into a `Due`, relative to "now".
///
/// Date-only forms (today, weekdays, `3d`, ISO dates…) mean the whole local
/// day; `12h`, `2026-11-27T14:30` and any form with a time of day (`14:30`,
/// `fri 10:00`) mean an instant in the local zone. Working days (`2bd`,
/// `nwd`) count on the working calendar it is given.
public struct WhenParser: Sendable {
    public let now: Int64
    public let calendar: WorkingCalendar

    public static let acceptedForms =
        "today, tomorrow, yesterday, a weekday (monday or mon: the next one after today), "
        + "eow (coming Sunday), eom (end of month), nwd (next working day), +3d/3d, 2bd (working days), 2w, 1m, 12h, "
        + "2026-11-27 or 2026-11-27T14:30; a time 14:30 or 2pm (its next occurrence), "
        + "or a day and a time: \"tomorrow 14:30\", \"fri 10:00\", \"2026-12-05 2:30pm\""

    public init(now: Int64, calendar: WorkingCalendar = .standard) {
        self.now = now
        self.calendar = calendar
    }

    public func parse(_ text: String) throws -> Due {
        guard let when = WhenText(text) else {
            throw CaseKitError.usage("cannot read the date '\(text)'", hint: "use \(Self.acceptedForms)")
        }
        return try due(when)
    }

    /// The date `when` names, seen from now.
    public func due(_ when: WhenText) throws -> Due {
        try supported(due(for: when.form), as: when.description)
    }

    /// A date casekit picks itself: `span` from now (a default of `resolve`,
    /// `wait` or the review walk), moved off a day nobody works when the
    /// calendar's defaults count working days.
    public func picked(_ span: Interval) throws -> Due {
        try supported(calendar.movedToWorkingDay(span.due(after: now, in: calendar)), as: span.description)
    }

    private func supported(_ due: Due, as text: String) throws -> Due {
        // Relative forms can leave the calendar casekit stores (`+10000m`
        // late in year 9999), and a local time can leave it in UTC, as
        // exports write it (23:30 on 9999-12-31 in Pago Pago): refused like
        // any other unreadable date.
        guard due.date.isSupported, due.isInstantInUTCCalendar else {
            throw CaseKitError.usage("the date '\(text)' falls outside the years 0001-9999",
                                     hint: "use \(Self.acceptedForms)")
        }
        return due
    }

    private func due(for form: WhenText.Form) -> Due {
        let today = LocalDate(containing: now)
        switch form {
        case .today: return .day(today)
        case .tomorrow: return .day(today.adding(days: 1))
        case .yesterday: return .day(today.adding(days: -1))
        case .endOfWeek: return .day(today.adding(days: (7 - today.weekday) % 7))
        case .endOfMonth: return .day(today.lastDayOfMonth)
        case .nextWorkingDay: return .day(calendar.nextWorkingDay(after: today))
        case .weekday(let weekday):
            let ahead = (weekday - today.weekday + 7) % 7
            return .day(today.adding(days: ahead == 0 ? 7 : ahead))
        case .span(let span): return span.due(after: now, in: calendar)
        case .fixed(let due): return due
        case .clock(let time):
            // A time with no day is its next occurrence, as on an alarm
            // clock: at 15:00, `9:00` is tomorrow morning, not a deadline
            // six hours overdue. `today 9:00` says "today" on purpose.
            let todayAt = today.instant(hour: time.hour, minute: time.minute)
            return .instant(todayAt >= now ? todayAt : today.adding(days: 1).instant(hour: time.hour, minute: time.minute))
        case .at(let day, let time):
            guard case .day(let date) = due(for: day) else { return due(for: day) }
            return .instant(date.instant(hour: time.hour, minute: time.minute))
        }
    }

    /// `2026-11-27`, `2026-11-27T14:30` or `2026-11-27T14:30:15`, local time:
    /// years 0001-9999, and each clock field exactly two ASCII digits (`Int`
    /// alone would take `-1` or `+1`).
    static func isoDue(_ text: String) -> Due? {
        let halves = text.split(separator: "t", maxSplits: 1, omittingEmptySubsequences: false)
        guard let date = LocalDate(iso: halves[0]) else { return nil }
        guard halves.count == 2 else { return .day(date) }
        let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3,
              clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]),
              hour < 24, minute < 60
        else { return nil }
        let second = clock.count == 3 ? Int(clock[2]) : 0
        guard let second, second < 60 else { return nil }
        return .instant(date.instant(hour: hour, minute: minute, second: second))
    }

    /// Reads `CASEKIT_NOW`: an ISO local date-time (a date alone means midnight).
    public static func instant(fromISO text: String) -> Int64? {
        let instant: Int64
        switch isoDue(text.trimmingSpaces.lowercased()) {
        case .instant(let time): instant = time
        case .day(let date): instant = date.start
        case nil: return nil
        }
        return Due.instant(instant).isInstantInUTCCalendar ? instant : nil
    }
}
