import ArgumentParser
import CaseKit

extension Casekit {
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resume",
            abstract: "End a wait: the case is open again.",
            discussion: """
                Example:
                  casekit resume 42 --note "Customer sent the logs"
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("What ended the wait.", valueName: "text"))
        var note: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            try session.openStore().resume(id.value, note: note)
            print("case \(id.value): open")
        }
    }
}
