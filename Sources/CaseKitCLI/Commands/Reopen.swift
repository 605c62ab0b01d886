import ArgumentParser
import CaseKit

extension Casekit {
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen",
            abstract: "Reopen a resolved or closed case.",
            discussion: """
                Its last pending next action, if any, is pending again.

                Example:
                  casekit reopen 42
                """)

        @Argument(help: "The case id.",
                  completion: CompletionValues.caseIDs(Transition.reopen.allowedFrom, mostRecent: CompletionValues.reopenable))
        var id: CaseID

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            try session.openStore().reopen(id.value)
            print("case \(id.value): open")
        }
    }
}
