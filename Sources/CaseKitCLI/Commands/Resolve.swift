import ArgumentParser
import CaseKit

extension Casekit {
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a case resolved.",
            discussion: """
                Example:
                  casekit resolve 42 --note "Refund of the duplicate charge issued"
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("The resolution.", valueName: "text"))
        var note: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            try session.openStore().resolve(id.value, note: note)
            print("case \(id.value): resolved")
        }
    }
}
