import ArgumentParser
import CaseKit

extension Casekit {
    struct CheckinMove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Reschedule the earliest pending check-in (or --checkin N).",
            discussion: """
                Example:
                  casekit checkin move 42 mon
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Argument(help: "The new date.")
        var when: WhenText

        @OptionGroup var pick: CheckInPick
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let due = try session.due(when)
            let moved = try session.openStore().moveCheckIn(id.value, to: due, pick: pick.number)
            print("case \(id.value): check-in moved from \(moved.from.due.iso) to \(due.iso) (now #\(moved.to.id))")
        }
    }
}
