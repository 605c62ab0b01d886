/// A span of time as the user wrote it: `12h`, `3d`, `2bd`, `2w`, `1m`. Days,
/// working days, weeks and months are calendar units, so "3d" later keeps the
/// wall-clock time across a DST change. Working days (`bd`, business days)
/// are counted on a `WorkingCalendar`, which the caller passes in.
public struct Interval: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable {
        case hours = "h", days = "d", workingDays = "bd", weeks = "w", months = "m"
    }

    public let count: Int
    public let unit: Unit

    public static let acceptedForms =
        "12h, 3d, 2bd, 2w or 1m (a whole number above zero and at most 10000, then h, d, bd for working days, w or m)"

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Parses `12h`, `3d`, `2bd`, `2w`, `1m` (a leading `+` is allowed). Zero
    /// and negative spans are refused: no interval the spec uses can be empty.
    public init(parsing text: String) throws {
        var body = Substring(text.trimmingSpaces.lowercased())
        if body.hasPrefix("+") { body = body.dropFirst() }
        let unit: Unit? = body.hasSuffix("bd") ? .workingDays : body.last.flatMap { Unit(rawValue: String($0)) }
        let digits = body.dropLast(unit?.rawValue.count ?? 0)
        guard let unit, let count = Int(digits), digits.allSatisfy(\.isASCIIDigit)
        else {
            throw CaseKitError.usage("invalid interval '\(text)'", hint: "use \(Interval.acceptedForms)")
        }
        guard count > 0, count <= 10_000 else {
            throw CaseKitError.usage("interval '\(text)' must be above zero and at most 10000",
                                     hint: "use \(Interval.acceptedForms)")
        }
        self.init(count: count, unit: unit)
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// The same count in calendar days when this counts working days (`3bd`
    /// is `3d`): the built-in defaults when `count-working-days` is off.
    public var inCalendarDays: Interval {
        unit == .workingDays ? Interval(count: count, unit: .days) : self
    }

    /// `instant` moved forward by this interval; working days count on
    /// `calendar` (the built-in Monday-Friday week unless given).
    public func after(_ instant: Int64, in calendar: WorkingCalendar = .standard) -> Int64 {
        shift(instant, by: count, in: calendar)
    }

    /// When something is due this interval after `now`: an exact time for
    /// hours, the whole day otherwise ("3d" from Sunday is all of Wednesday,
    /// "1bd" from Friday all of Monday).
    public func due(after now: Int64, in calendar: WorkingCalendar = .standard) -> Due {
        unit == .hours ? .instant(after(now, in: calendar)) : .day(LocalDate(containing: after(now, in: calendar)))
    }

    /// `instant` moved back by this interval.
    public func before(_ instant: Int64, in calendar: WorkingCalendar = .standard) -> Int64 {
        shift(instant, by: -count, in: calendar)
    }

    private func shift(_ instant: Int64, by count: Int, in calendar: WorkingCalendar) -> Int64 {
        let time = LocalTime(instant)
        let date: LocalDate
        switch unit {
        case .hours:
            // Saturating: a stored instant (an escalation's last contact) may
            // hold any Int64 in a hand-edited file. WHEN refuses what leaves 0001-9999.
            let (moved, overflow) = instant.addingReportingOverflow(Int64(count) * 3600)
            return overflow ? (count < 0 ? .min : .max) : moved
        case .days: date = time.date.adding(days: count)
        case .workingDays: date = calendar.adding(workingDays: count, to: time.date)
        case .weeks: date = time.date.adding(days: 7 * count)
        case .months: date = time.date.adding(months: count)
        }
        return date.instant(hour: time.hour, minute: time.minute, second: time.second)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// Nothing but spaces, tabs and newlines (or nothing at all). Printable
    /// ASCII first is decided without Unicode lookups: an import asks this of
    /// every uuid and text.
    public var isBlank: Bool {
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy { $0.isWhitespace || $0.isNewline }
    }

    /// The text without leading and trailing spaces, tabs and newlines.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
