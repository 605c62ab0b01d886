import ArgumentParser
import CaseKit

extension Casekit {
    struct Wait: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put a case on hold, waiting on the customer or a third party.",
            discussion: """
                The follow-up date defaults to 3 days from today; on that day the case shows up \
                again. 'casekit resume' ends the wait early.

                Examples:
                  casekit wait 42 --on customer
                  casekit wait 42 --on "Acme IT" --until mon
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("Who the case waits on.", valueName: "who"))
        var on: String

        @Option(help: ArgumentHelp("When to follow up.", valueName: "when"))
        var until = WhenText(Policy.wait)

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let followUp = try session.when.due(until)
            try session.openStore().wait(id.value, on: on, until: followUp)
            Output.say("case \(id.value): waiting on \(on), follow up \(followUp.label(at: session.now)) (\(followUp.iso))")
        }
    }
}
