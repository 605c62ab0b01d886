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

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reopen a resolved or closed case.",
            discussion: """
                Its last pending next action, if any, is pending again.

                Example:
                  casekit reopen 42
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            try session.openStore().reopen(id.value)
            print("case \(id.value): open")
        }
    }
}
