import Glibc

/// A calendar day in the local time zone (`TZ` is honoured through libc).
/// Day arithmetic runs on UTC so that DST changes never shift a date.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The local day that contains `instant` (seconds since 1970).
    public init(containing instant: Int64) {
        var seconds = time_t(instant)
        var parts = tm()
        localtime_r(&seconds, &parts)
        self.init(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// The years casekit reads and writes: four digits, and no year 0 (the
    /// proleptic Gregorian calendar has none; ISO 8601 needs an agreement).
    public static let years = 1...9999
    public static let earliest = LocalDate(year: 1, month: 1, day: 1)
    public static let latest = LocalDate(year: 9999, month: 12, day: 31)

    /// Within `years`: a date every input may produce.
    public var isSupported: Bool { Self.years.contains(year) }

    /// Parses `YYYY-MM-DD`, refusing days a month does not have and year 0000.
    public init?(iso text: Substring) {
        var text = text
        guard let date = text.withUTF8({ LocalDate(isoBytes: $0) }) else { return nil }
        self = date
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits only, year 0001–9999) from the
    /// start of `bytes` to their end. Byte-level: an import parses a million of these.
    init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.digits(bytes, 0..<4), let month = Self.digits(bytes, 5..<7),
              let day = Self.digits(bytes, 8..<10), year >= 1,
              (1...12).contains(month), day >= 1, day <= LocalDate.days(inMonth: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The number the ASCII digits in `range` spell; nil for any other byte.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.upperBound <= bytes.count else { return nil }
        var value = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String { iso }

    public var iso: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// 0 for Sunday through 6 for Saturday.
    public var weekday: Int {
        let days = daysSinceEpoch
        return Int(((days % 7) + 11) % 7)  // 1970-01-01 was a Thursday (4)
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + Int64(days))
    }

    /// Adds calendar months; a day the target month lacks becomes its last day
    /// (Jan 31 + 1 month = Feb 28 or 29).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        return LocalDate(year: newYear, month: newMonth,
                         day: min(day, LocalDate.days(inMonth: newMonth, year: newYear)))
    }

    public var lastDayOfMonth: LocalDate {
        LocalDate(year: year, month: month, day: LocalDate.days(inMonth: month, year: year))
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: LocalDate) -> Int {
        Int(other.daysSinceEpoch - daysSinceEpoch)
    }

    /// The instant local time reaches `hour:minute:second` on this day. A
    /// wall-clock time skipped by a DST change resolves the way mktime does
    /// (moved forward by the gap).
    public func instant(hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64 {
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        parts.tm_isdst = -1
        return Int64(mktime(&parts))
    }

    /// The first instant of this local day.
    public var start: Int64 { instant() }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Civil-calendar arithmetic (Howard Hinnant's days_from_civil and
    // civil_from_days): exact for every proleptic Gregorian date, and cheap
    // enough for the review, which does this for every finding.
    var daysSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(daysSinceEpoch days: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month: Int(month),
                  day: Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Wall-clock parts of an instant in the local time zone.
public struct LocalTime: Sendable {
    public let date: LocalDate
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Offset from UTC in seconds at that instant (DST included).
    public let utcOffset: Int

    public init(_ instant: Int64) {
        var seconds = time_t(instant)
        var parts = tm()
        localtime_r(&seconds, &parts)
        date = LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        hour = Int(parts.tm_hour)
        minute = Int(parts.tm_min)
        second = Int(parts.tm_sec)
        utcOffset = Int(parts.tm_gmtoff)
    }

    /// `14:30`
    public var hourMinute: String {
        "\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))"
    }

    /// `2026-11-27T14:30`
    public var isoMinutes: String {
        "\(date.iso)T\(hourMinute)"
    }
}
