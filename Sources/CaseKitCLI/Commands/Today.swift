import ArgumentParser
import CaseKit

extension Casekit {
    struct Today: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "today",
            abstract: "The daily agenda: everything owed today, most urgent first (also plain 'casekit').",
            discussion: """
                Sections, each left out when empty: overdue (next actions, check-ins, customer \
                updates); due today; urgent and high-priority cases with no due date; cases with no \
                next action; upset customers not contacted in the last day; waiting cases whose \
                follow-up date has come. Within a section: most late first, then priority, then id. \
                An upset customer's case already listed is not listed again: its lines show the mood. \
                Each section shows its 10 most urgent items (--limit, --all), then says how many \
                more it holds. Then one line of counts, of everything shown or not.

                Examples:
                  casekit
                  casekit today --all
                  casekit today --context @phone --limit 3
                  casekit today --customer "Acme Corp" --json
                """)

        @OptionGroup var filter: AgendaFilterOptions

        @Flag(help: "Every item of every section.")
        var all = false

        @Option(help: ArgumentHelp("Show at most this many items per section (default: \(Self.defaultLimit)).",
                                   valueName: "n"))
        var limit: Int?

        /// A screenful: nobody reads 10,000 lines, and the count says what is left.
        static let defaultLimit = 10

        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
            if all, limit != nil { throw ValidationError("--all and --limit contradict each other") }
        }

        func run() throws {
            let session = try Session(store)
            let filter = try filter.filter()
            let opened = try session.openStore(for: .read)
            let agenda = try opened.agenda(filter, limit: all ? nil : limit ?? Self.defaultLimit)
            if output.json {
                print(AgendaJSON.agenda(agenda, now: session.now).rendered())
            } else {
                AgendaText.agenda(agenda, filter: filter, session: session)
            }
            try opened.settings().warnIfInvalid([.reviewReminder])
        }
    }
}
