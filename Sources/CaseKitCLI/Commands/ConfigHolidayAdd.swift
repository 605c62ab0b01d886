import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigHolidayAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a holiday; adding a day twice changes nothing, --name renames it.",
            discussion: """
                The day is an ISO date or a WHEN that names a whole day (tomorrow, fri, eom); a \
                time is refused. A holiday that would leave no working day for a year is refused.

                Examples:
                  casekit config holiday add 2026-12-25 --name "Christmas Day"
                  casekit config holiday add fri --name "Team offsite"
                """)

        @Argument(help: ArgumentHelp("The day off: 2026-12-25, or a day such as tomorrow or fri.", valueName: "date"))
        var date: String

        @Option(help: ArgumentHelp("What it is called (at most 200 characters).", valueName: "text"))
        var name: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            // Checked before the database is opened: a bad value creates nothing.
            let holiday = Holiday(date: try HolidayDate.parse(date, session: session), name: try Holiday.checkedName(name))
            let opened = try session.openStore(for: .write)
            let changes = try opened.addHolidays([holiday])
            let stored = try opened.holidays().first { $0.date == holiday.date } ?? holiday
            let calendar = try opened.workingCalendar()
            let offWeek = calendar.week.contains(weekday: holiday.date.weekday) ? "" : " (not a working day anyway)"
            switch (changes.added, changes.renamed) {
            case (1, _): Output.say("holiday added: \(stored.line)\(offWeek)")
            case (_, 1): Output.say("holiday renamed: \(stored.line)")
            default: Output.say("already a holiday: \(stored.line)")
            }
        }
    }
}

/// The DATE of `config holiday add|remove`: an ISO date or a WHEN form
/// that names a whole day, read against now (and the working calendar, for
/// `nwd`). A time is refused: a holiday is a whole calendar day.
enum HolidayDate {
    static func parse(_ text: String, session: Session) throws -> LocalDate {
        guard let when = WhenText(text) else {
            throw CaseKitError.usage("'\(text)' is not a date",
                                     hint: "give a day such as 2026-12-25 (YYYY-MM-DD, a day the month has), or tomorrow, fri")
        }
        guard case .day(let date) = try session.due(when) else {
            throw CaseKitError.usage("a holiday is a whole day, not a time: '\(text)'", hint: "give a day such as 2026-12-25")
        }
        return date
    }
}
