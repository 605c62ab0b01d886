import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigHoliday: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "holiday",
            abstract: "The days off of the working calendar: add, list, remove, import.",
            discussion: """
                Holidays are whole calendar days. Working days (2bd, nwd) skip them, and so do the \
                dates casekit picks itself (a follow-up, a wait's end, the next customer update) \
                while count-working-days is yes. Backup, export and import carry them.

                Examples:
                  casekit config holiday add 2026-12-25 --name "Christmas Day"
                  casekit config holiday import public-holidays.ics
                  casekit config holiday list
                  casekit config holiday remove 2026-12-25
                """,
            subcommands: [ConfigHolidayAdd.self, ConfigHolidayList.self, ConfigHolidayRemove.self, ConfigHolidayImport.self])
    }
}

extension Holiday {
    /// `2026-12-25 (Fri) Christmas Day`, as the holiday commands confirm one.
    var line: String {
        "\(date.iso) (\(date.weekdayName))\(name.map { " \($0)" } ?? "")"
    }
}

extension LocalDate {
    /// `Mon` … `Sun`.
    var weekdayName: String { ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][weekday] }
}
