import ArgumentParser
import CaseKit

extension Casekit {
    struct CheckinDone: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Record a check-in: completes the earliest pending one, or logs an unscheduled contact.",
            discussion: """
                Every contact resets the extra-innings clock: while the case is escalated, the \
                next customer update is owed a cadence from now.

                Examples:
                  casekit checkin done 42 --note "Refund arrived, customer happy"
                  casekit checkin done 42 --checkin 7 --note "Left a voicemail"
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("What came of it.", valueName: "outcome"))
        var note: String?

        @OptionGroup var pick: CheckInPick
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let contact = try session.openStore().completeCheckIn(id.value, note: note, pick: pick.number)
            if let checkIn = contact.checkIn {
                print("case \(id.value): check-in #\(checkIn.id) done")
            } else {
                print("case \(id.value): contact recorded (no check-in was pending)")
            }
            if let update = contact.nextUpdate {
                print("case \(id.value): next customer update \(update.label(at: session.now)) (\(update.iso))")
            }
        }
    }
}
