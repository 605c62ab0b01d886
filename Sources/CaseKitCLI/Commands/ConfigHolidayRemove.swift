import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigHolidayRemove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Take holidays off the calendar (all or nothing).",
            discussion: """
                A day that is not a holiday is refused (exit 1) and nothing is removed.

                Examples:
                  casekit config holiday remove 2026-12-25
                """)

        @Argument(help: ArgumentHelp("The holidays to remove.", valueName: "date"),
                  completion: CompletionValues.holidays)
        var dates: [String]

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let dates = try dates.map { try HolidayDate.parse($0, session: session) }
            for holiday in try session.openStore().removeHolidays(dates) {
                Output.say("holiday removed: \(holiday.line)")
            }
        }
    }
}
