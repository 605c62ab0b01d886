import ArgumentParser
import CaseKit

extension Casekit {
    struct CheckinList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List pending check-ins across cases, soonest first.",
            discussion: """
                Examples:
                  casekit checkin list --within 7d
                  casekit checkin list --overdue --json
                  casekit checkin list --context @phone --customer Globex
                """)

        @Flag(help: "Only overdue check-ins.")
        var overdue = false

        @Option(help: ArgumentHelp("Only check-ins due within this interval: 12h, 3d, 2bd (working days), 2w, 1m.", valueName: "interval"))
        var within: Interval?

        @OptionGroup var filter: AgendaFilterOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let opened = try session.openStore(for: .read)
            let listings = try opened.pendingCheckIns(overdueOnly: overdue, within: within, filter: try filter.filter())
            if output.json {
                print(AgendaJSON.checkIns(listings, now: session.now).rendered())
            } else {
                AgendaText.checkIns(listings, session: session)
            }
        }
    }
}
