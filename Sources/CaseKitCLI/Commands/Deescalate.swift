import ArgumentParser
import CaseKit

extension Casekit {
    struct Deescalate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deescalate",
            abstract: "Bring a case back from extra innings: the answer came.",
            discussion: """
                The case is open again and pending customer-update check-ins are dropped.

                Example:
                  casekit deescalate 42 --note "Finance approved the refund"
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("The answer from the team.", valueName: "text"))
        var note: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let hasNextAction = try session.openStore().deescalate(id.value, note: note)
            print("case \(id.value): back from extra innings, open")
            if !hasNextAction {
                print("What's next? casekit next \(id.value) \"ACTION\" (e.g. \"Call the customer with the answer\")")
            }
        }
    }
}
