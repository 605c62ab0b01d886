import Glibc

/// A point in time as a query compares stored deadlines with it. Timed
/// deadlines are instants; whole-day ones are zone-free (see `Due.deadline`),
/// so they are compared with the local wall clock at that point, counted the
/// same way. `due_at <= CASE due_all_day WHEN 1 THEN wallClock ELSE instant END`
/// is "due by then" for both; `lowest`/`highest` bound both kinds at once, so a
/// query can still walk its due-date index over a range.
public struct DeadlineBound: Sendable, Equatable {
    /// What timed deadlines compare with.
    public let instant: Int64
    /// What whole-day deadlines compare with: local date and time at
    /// `instant`, in seconds as if the local zone were UTC.
    public let wallClock: Int64

    /// The bound at `instant`, with the local UTC offset at that instant.
    public init(_ instant: Int64) {
        self.instant = instant
        let (wallClock, overflow) = instant.addingReportingOverflow(Int64(Self.utcOffset(at: instant)))
        // At the ends of Int64 (an unbounded range) the offset is moot.
        self.wallClock = overflow ? instant : wallClock
    }

    /// The end of local day `date`: timed values due before the next day
    /// starts, and whole-day values of `date` or earlier.
    public init(endOf date: LocalDate) {
        instant = Due.day(date).instantDue
        wallClock = Due.day(date).deadline
    }

    private init(instant: Int64, wallClock: Int64) {
        self.instant = instant
        self.wallClock = wallClock
    }

    /// Before every deadline / after every deadline.
    public static let min = DeadlineBound(instant: .min, wallClock: .min)
    public static let max = DeadlineBound(instant: .max, wallClock: .max)

    /// The smaller of the two: where a range scan over both kinds may start.
    public var lowest: Int64 { Swift.min(instant, wallClock) }
    /// The larger of the two: where a range scan over both kinds may stop.
    public var highest: Int64 { Swift.max(instant, wallClock) }

    /// Whether `due` is due by this bound: the queries' comparison, in Swift.
    public func covers(_ due: Due) -> Bool {
        due.deadline <= (due.isAllDay ? wallClock : instant)
    }

    /// The earlier of two bounds, each kind on its own clock.
    public static func earlier(_ a: DeadlineBound, _ b: DeadlineBound) -> DeadlineBound {
        DeadlineBound(instant: Swift.min(a.instant, b.instant), wallClock: Swift.min(a.wallClock, b.wallClock))
    }

    /// The seconds local time is ahead of UTC at `instant`: 0 where libc
    /// cannot tell, far outside any real date (where `LocalTime`'s offset is
    /// whatever libc left in its fields).
    static func utcOffset(at instant: Int64) -> Int {
        var seconds = time_t(instant)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }
}
