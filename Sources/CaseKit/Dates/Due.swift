/// When something is due. A date-only value means the whole of that local day:
/// it is not overdue until the day is over.
public enum Due: Hashable, Sendable {
    case day(LocalDate)
    case instant(Int64)

    /// The instant it becomes overdue: the end of the day for a date-only value.
    /// Stored as `due_at`, so "overdue" is one comparison in SQL.
    public var deadline: Int64 {
        switch self {
        case .day(let date): return date.adding(days: 1).start
        case .instant(let instant): return instant
        }
    }

    public var isAllDay: Bool {
        if case .day = self { return true }
        return false
    }

    /// Rebuilds a value from its stored `due_at` and all-day flag.
    public init(deadline: Int64, allDay: Bool) {
        self = allDay ? .day(LocalDate(containing: deadline - 1)) : .instant(deadline)
    }

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

    /// `2026-11-27` or `2026-11-27T14:30`: the form WHEN accepts back.
    public var iso: String {
        switch self {
        case .day(let date): return date.iso
        case .instant(let instant): return LocalTime(instant).isoMinutes
        }
    }
}
