import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigHolidayImport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add the all-day events of an iCalendar (.ics) file as holidays.",
            discussion: """
                For a public holiday calendar: each all-day event (DTSTART;VALUE=DATE) is a holiday \
                named by its SUMMARY, every day up to its DTEND (exclusive). A plain yearly rule \
                (FREQ=YEARLY, with COUNT or UNTIL at most) repeats it from last year to five years \
                ahead. Timed events, cancelled ones and other rules are skipped and counted. Days \
                already holidays take the file's name. A file that is not a calendar is refused \
                (exit 65) and nothing is added.

                Examples:
                  casekit config holiday import public-holidays.ics
                  curl -s https://example.org/holidays.ics | casekit config holiday import -
                """)

        @Argument(help: ArgumentHelp("The .ics file, or - for standard input.", valueName: "file"),
                  completion: .file(extensions: ["ics"]))
        var file: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let feed = try HolidayFeed(ics: try FileSystem.readAll(file), today: LocalDate(containing: session.now))
            let changes = try session.openStore(for: .write).addHolidays(feed.holidays)
            Output.say("holidays: \(changes.added) added, \(changes.renamed) renamed, \(changes.unchanged) already there"
                       + (feed.skipped > 0 ? "; skipped \(AgendaText.plural(feed.skipped, "event")) (timed, cancelled or repeating other than yearly)" : ""))
        }
    }
}
