import ArgumentParser
import CaseKit

extension Casekit {
    struct CheckinAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Schedule a check-in with the customer.",
            discussion: """
                A date in the past is allowed (say, to record what you owe), with a warning.

                Examples:
                  casekit checkin add 42 fri --note "Did the refund arrive?" --channel email
                  casekit checkin add 42 "fri 10:00" \\
                      --note "Walk through the DNS workaround" --channel phone
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Argument(help: "When (see 'casekit --help' for the forms).")
        var when: WhenText

        @Option(help: ArgumentHelp("The purpose of the check-in.", valueName: "purpose"))
        var note: String?

        @Option(help: "How you will reach the customer.")
        var channel: Channel?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let due = try session.due(when)
            let checkIn = try session.openStore().addCheckIn(id.value, CheckInDraft(due: due, note: note, channel: channel))
            if let lateness = due.lateness(at: session.now) {
                print("case \(id.value): check-in #\(checkIn.id) scheduled for \(due.iso) (\(lateness))")
                Output.note("casekit: warning: check-in #\(checkIn.id) is scheduled in the past (\(due.iso))")
            } else {
                print("case \(id.value): check-in #\(checkIn.id) scheduled \(due.label(at: session.now)) (\(due.iso))")
            }
        }
    }
}
