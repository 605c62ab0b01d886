import ArgumentParser
import CaseKit

extension Casekit {
    struct CheckinSkip: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "skip",
            abstract: "Skip the earliest pending check-in (or --checkin N).",
            discussion: """
                Example:
                  casekit checkin skip 42 --note "Customer asked not to be called this week"
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("Why it is skipped.", valueName: "why"))
        var note: String?

        @OptionGroup var pick: CheckInPick
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let checkIn = try session.openStore().skipCheckIn(id.value, note: note, pick: pick.number)
            print("case \(id.value): check-in #\(checkIn.id) skipped")
        }
    }
}
