import ArgumentParser
import CaseKit

extension Casekit {
    struct Today: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The daily agenda: everything owed today, most urgent first (also plain 'casekit').",
            discussion: """
                Sections, each left out when empty: overdue (next actions, check-ins, customer \
                updates); due today; urgent and high-priority cases with no due date; cases with no \
                next action; upset customers not contacted in the last day; waiting cases whose \
                follow-up date has come. Within a section: most late first, then priority, then id. \
                An upset customer's case already listed is not listed again: its lines show the mood. \
                Then one line of counts.

                Examples:
                  casekit
                  casekit today --context @phone
                  casekit today --customer "Acme Corp" --json
                """)

        @OptionGroup var filter: AgendaFilterOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let filter = try filter.filter()
            let agenda = try session.openStore(for: .read).agenda(filter)
            if output.json {
                print(AgendaJSON.agenda(agenda, now: session.now).rendered())
            } else {
                AgendaText.agenda(agenda, filter: filter, session: session)
            }
        }
    }
}
