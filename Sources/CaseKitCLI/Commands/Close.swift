import ArgumentParser
import CaseKit

extension Casekit {
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close resolved cases for good.",
            discussion: """
                Refused while a follow-up check-in is pending: complete or skip it first, or \
                use --force (which skips it). Several ids close together or not at all: one \
                that cannot be closed refuses them all, and nothing changes.

                Examples:
                  casekit close 42
                  casekit close 3 8 9
                  casekit close 42 --force
                """)

        @Argument(help: "The case ids (one or more).", completion: CompletionValues.caseIDs(Transition.close.allowedFrom))
        var ids: [CaseID]

        @Flag(help: "Close even though a follow-up check-in is pending (it is skipped).")
        var force = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let ids = CaseID.distinct(ids)
            try session.openStore().close(ids, force: force)
            for id in ids { print("case \(id): closed") }
        }
    }
}
