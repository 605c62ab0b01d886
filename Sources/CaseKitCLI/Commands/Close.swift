import ArgumentParser
import CaseKit

extension Casekit {
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a resolved case for good.",
            discussion: """
                Refused while a follow-up check-in is pending: complete or skip it first, or \
                use --force (which skips it).

                Examples:
                  casekit close 42
                  casekit close 42 --force
                """)

        @Argument(help: "The case id.", completion: CompletionValues.caseIDs(Transition.close.allowedFrom))
        var id: CaseID

        @Flag(help: "Close even though a follow-up check-in is pending (it is skipped).")
        var force = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            try session.openStore().close(id.value, force: force)
            print("case \(id.value): closed")
        }
    }
}
