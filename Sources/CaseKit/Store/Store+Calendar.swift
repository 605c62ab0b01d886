/// The working calendar (schema 11): the holidays table, and the calendar in
/// force built from it and the `working-days` / `count-working-days`
/// settings. Every change of the holidays is one transaction that refuses a
/// calendar with no working day for a year (`WorkingCalendar.init`).
extension Store {
    static let selectHolidays = "SELECT date, name FROM holidays ORDER BY date"

    /// Every holiday, by date. A row no casekit writes (a date the schema's
    /// check let through, such as year 0000) is left out.
    public func holidays() throws -> [Holiday] {
        var holidays: [Holiday] = []
        try database.forEachRow(Self.selectHolidays) { row in
            guard let date = LocalDate(iso: Substring(row.string(0))) else { return }
            holidays.append(Holiday(date: date, name: row.optionalString(1)))
        }
        return holidays
    }

    /// The calendar in force: the working week and whether defaults count
    /// working days from the settings, the holidays from their table.
    public func workingCalendar() throws -> WorkingCalendar {
        let settings = try settings()
        return try WorkingCalendar(week: settings.workingWeek, holidays: Set(holidays().map(\.date)),
                                   countsWorkingDays: settings.countsWorkingDays)
    }

    static let selectHolidayName = "SELECT name FROM holidays WHERE date = ?"
    static let insertHoliday = "INSERT INTO holidays (date, name) VALUES (?, ?)"
    static let renameHoliday = "UPDATE holidays SET name = ? WHERE date = ?"
    static let deleteHoliday = "DELETE FROM holidays WHERE date = ?"

    /// Adds holidays, merging by date: a new date is added; a date that is
    /// a holiday already takes the new name when one is given, else stays as
    /// it is (adding twice is harmless). All or nothing.
    @discardableResult
    public func addHolidays(_ holidays: [Holiday]) throws -> HolidayChanges {
        try write {
            let changes = try mergeHolidays(holidays)
            _ = try workingCalendar()
            return changes
        }
    }

    /// Inside a write: the merge of `addHolidays` and of an import.
    func mergeHolidays(_ holidays: [Holiday]) throws -> HolidayChanges {
        var changes = HolidayChanges()
        for holiday in holidays {
            let date = holiday.date.iso
            guard let here = try database.firstRow(Self.selectHolidayName, [date], { $0.optionalString(0) }) else {
                try database.run(Self.insertHoliday, date, holiday.name)
                changes.added += 1
                continue
            }
            if let name = holiday.name, name != here {
                try database.run(Self.renameHoliday, name, date)
                changes.renamed += 1
            } else {
                changes.unchanged += 1
            }
        }
        return changes
    }

    /// Takes holidays off the calendar, all or nothing; returns them as they
    /// were. A date that is no holiday is a domain error: most likely a typo.
    @discardableResult
    public func removeHolidays(_ dates: [LocalDate]) throws -> [Holiday] {
        try write {
            try dates.map { date in
                guard let name = try database.firstRow(Self.selectHolidayName, [date.iso], { $0.optionalString(0) }) else {
                    throw CaseKitError.domain("\(date.iso) is not a holiday",
                                              hint: "'casekit config holiday list' shows the holidays")
                }
                try database.run(Self.deleteHoliday, date.iso)
                return Holiday(date: date, name: name)
            }
        }
    }
}
