import ArgumentParser
import CaseKit

extension Casekit {
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a resolved case for good.",
            discussion: """
                Example:
                  casekit close 42
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            try session.openStore().close(id.value)
            print("case \(id.value): closed")
        }
    }
}
