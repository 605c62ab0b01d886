/// When something is due. A date-only value is a calendar date, the same in
/// every time zone: it is not overdue until that day is over where the agent
/// is. A timed value is an instant.
public enum Due: Hashable, Sendable {
    case day(LocalDate)
    case instant(Int64)

    /// What is stored as `due_at` (with the all-day flag). For an instant, the
    /// instant. For a whole day, the end of that calendar day counted in UTC,
    /// ((days since 1970-01-01) + 1) × 86400: no time zone goes into it, so the
    /// date reads back the same under any `TZ`. Queries compare it with the
    /// local wall clock (see `DeadlineBound`).
    public var deadline: Int64 {
        switch self {
        case .day(let date): return (date.daysSinceEpoch + 1) * Self.secondsPerDay
        case .instant(let instant): return instant
        }
    }

    public var isAllDay: Bool {
        if case .day = self { return true }
        return false
    }

    /// Rebuilds a value from its stored `due_at` and all-day flag. A value
    /// outside the years 0001–9999 (only a hand-edited file holds one) is
    /// clamped into them, so no arithmetic on it can overflow.
    public init(deadline: Int64, allDay: Bool) {
        guard allDay else {
            self = .instant(min(max(deadline, LocalTime.earliestInstant), LocalTime.latestInstant))
            return
        }
        let clamped = min(max(deadline, Self.day(.earliest).deadline), Self.day(.latest).deadline)
        // Floor division: days before 1970 count down from a negative value.
        let days = (clamped - 1 - (clamped <= 0 ? Self.secondsPerDay - 1 : 0)) / Self.secondsPerDay
        self = .day(LocalDate(daysSinceEpoch: days))
    }

    static let secondsPerDay: Int64 = 86_400

    /// The local day it falls on.
    public var date: LocalDate {
        switch self {
        case .day(let date): return date
        case .instant(let instant): return LocalDate(containing: instant)
        }
    }

    /// Past its deadline at `now`. A date-only value is compared by local
    /// day, which is the same test without working out the day's end (mktime).
    public func isOverdue(at now: Int64) -> Bool {
        switch self {
        case .day(let date): return date < LocalDate(containing: now)
        case .instant(let instant): return instant <= now
        }
    }

    /// The instant it falls due here: a whole day ends when the next local day
    /// starts. What due items are ordered by when timed and whole-day ones mix.
    public var instantDue: Int64 {
        switch self {
        case .day(let date): return date.adding(days: 1).start
        case .instant(let instant): return instant
        }
    }

    /// `2026-11-27` or `2026-11-27T14:30`: the form WHEN accepts back.
    public var iso: String {
        switch self {
        case .day(let date): return date.iso
        case .instant(let instant): return LocalTime(instant).isoMinutes
        }
    }

    /// False for a time outside 0001-01-01T00:00:00Z…9999-12-31T23:59:59Z,
    /// which export could not write; a whole day is zone-free and always fits.
    var isInstantInUTCCalendar: Bool {
        guard case .instant(let instant) = self else { return true }
        return (LocalTime.earliestInstant...LocalTime.latestInstant).contains(instant)
    }
}
