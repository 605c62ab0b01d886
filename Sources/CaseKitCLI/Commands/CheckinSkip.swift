import ArgumentParser
import CaseKit

extension Casekit {
    struct CheckinSkip: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "skip",
            abstract: "Skip the earliest pending check-in (or --checkin N).",
            discussion: """
                Several ids skip each case's earliest pending check-in, all or none: a case \
                with none pending refuses them all.

                Examples:
                  casekit checkin skip 42 --note "Customer asked not to be called this week"
                  casekit checkin skip 13 4 --note "Office closed for the holiday"
                """)

        @Argument(help: "The case ids (one or more).")
        var ids: [CaseID]

        @Option(help: ArgumentHelp("Why it is skipped.", valueName: "why"))
        var note: String?

        @OptionGroup var pick: CheckInPick
        @OptionGroup var store: StoreOptions

        func validate() throws {
            try requireOneCase(ids, picking: pick.number)
        }

        func run() throws {
            let session = try Session(store)
            let ids = CaseID.distinct(ids)
            let store = try session.openStore()
            let skipped = try ids.count == 1
                ? [store.skipCheckIn(ids[0], note: note, pick: pick.number)]
                : store.skipCheckIns(ids, note: note)
            for (id, checkIn) in zip(ids, skipped) {
                print("case \(id): check-in #\(checkIn.id) skipped")
            }
        }
    }
}
