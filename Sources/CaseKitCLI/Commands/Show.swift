import ArgumentParser
import CaseKit

extension Casekit {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a case: its fields, next action, check-ins and full timeline.",
            discussion: """
                Examples:
                  casekit show 42
                  casekit show 42 --json | jq '.case.timeline'
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let detail = try session.openStore(for: .read).detail(id.value)
            if output.json {
                print(CaseJSON.detail(detail, now: session.now).rendered())
            } else {
                CaseText.detail(detail, session: session)
            }
        }
    }
}
