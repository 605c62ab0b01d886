extension Due {
    public static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// How late it is at `now`, e.g. "2d overdue" or "3h overdue"; nil when
    /// not overdue. A date-only value counts whole days past its date.
    public func lateness(at now: Int64) -> String? {
        switch self {
        case .day(let date):
            let today = LocalDate(containing: now)
            guard date < today else { return nil }
            return "\(date.days(until: today))d overdue"
        case .instant(let instant):
            guard instant <= now else { return nil }
            // Saturating: an instant from a hand-edited file may be any Int64.
            let (difference, overflow) = now.subtractingReportingOverflow(instant)
            let late = overflow ? Int64.max : difference
            if late < 3600 { return "\(max(1, late / 60))m overdue" }
            if late < 86_400 { return "\(late / 3600)h overdue" }
            return "\(late / 86_400)d overdue"
        }
    }

    /// A short label for tables: the lateness when overdue, else "today",
    /// "tomorrow", a weekday within the week, or the ISO date; a time of day
    /// follows when it has one.
    public func label(at now: Int64) -> String {
        if let lateness = lateness(at: now) { return lateness }
        let today = LocalDate(containing: now)
        let date = self.date
        let ahead = today.days(until: date)
        var text: String
        switch ahead {
        case 0: text = "today"
        case 1: text = "tomorrow"
        case 2..<7: text = Self.weekdayNames[date.weekday]
        default: text = date.iso
        }
        if case .instant(let instant) = self {
            text += " " + LocalTime(instant).hourMinute
        }
        return text
    }

    /// Due today (not yet overdue) at `now`.
    public func isDueToday(at now: Int64) -> Bool {
        !isOverdue(at: now) && date == LocalDate(containing: now)
    }
}
