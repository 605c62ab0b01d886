import ArgumentParser
import CaseKit

extension Casekit {
    struct Today: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The daily agenda: what is overdue or due today (also plain 'casekit').",
            discussion: """
                Sections, each left out when empty: overdue next actions; check-ins due today or \
                overdue; escalated cases owing the customer an update; waiting cases whose \
                follow-up date has come; next actions due today. Then one line of counts.

                Examples:
                  casekit
                  casekit today --json
                """)

        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let agenda = try session.openStore(for: .read).agenda()
            if output.json {
                print(AgendaJSON.agenda(agenda, now: session.now).rendered())
            } else {
                AgendaText.agenda(agenda, session: session)
            }
        }
    }
}
