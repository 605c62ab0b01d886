import ArgumentParser
import CaseKit

extension Casekit {
    struct CheckinDone: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Record a check-in: completes the earliest pending one, or logs an unscheduled contact.",
            discussion: """
                Every contact resets the extra-innings clock: while the case is escalated, the \
                next customer update is owed a cadence from now. Several ids record the same \
                contact on each case, all or none: one unknown or closed case refuses them all.

                Examples:
                  casekit checkin done 42 --note "Refund arrived, customer happy" --mood happy
                  casekit checkin done 42 --checkin 7 --note "Left a voicemail" --channel phone
                  casekit checkin done 13 4 14 --note "Sent the outage update" --channel email
                """)

        @Argument(help: "The case ids (one or more).")
        var ids: [CaseID]

        @Option(help: ArgumentHelp("What came of it.", valueName: "outcome"))
        var note: String?

        @Option(help: "How the customer sounded.")
        var mood: Mood?

        @Option(help: "How you reached them.")
        var channel: Channel?

        @OptionGroup var pick: CheckInPick
        @OptionGroup var store: StoreOptions

        func validate() throws {
            try requireOneCase(ids, picking: pick.number)
        }

        func run() throws {
            let session = try Session(store)
            let ids = CaseID.distinct(ids)
            let store = try session.openStore()
            let contacts = try ids.count == 1
                ? [store.completeCheckIn(ids[0], note: note, pick: pick.number, mood: mood, channel: channel)]
                : store.completeCheckIns(ids, note: note, mood: mood, channel: channel)
            for (id, contact) in zip(ids, contacts) {
                if let checkIn = contact.checkIn {
                    print("case \(id): check-in #\(checkIn.id) done")
                } else {
                    print("case \(id): contact recorded (no check-in was pending)")
                }
                if let update = contact.nextUpdate {
                    print("case \(id): next customer update \(update.label(at: session.now)) (\(update.iso))")
                }
            }
        }
    }
}
