import ArgumentParser
import CaseKit

extension Casekit {
    struct Wait: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wait",
            abstract: "Put a case on hold, waiting on the customer or a third party.",
            discussion: """
                The follow-up date defaults to 3 working days from today (the wait setting), never a \
                weekend or holiday; on that day the case shows up again. 'casekit resume' ends the wait early.

                Examples:
                  casekit wait 42 --on customer
                  casekit wait 42 --on "Acme IT" --until mon
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("Who the case waits on.", valueName: "who"))
        var on: String

        @Option(help: ArgumentHelp("When to follow up (default: the wait setting, 3bd).", valueName: "when"))
        var until: WhenText?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let opened = try session.openStore()
            let settings = try opened.settings()
            let when = try session.when(opened)
            let followUp = try until.map(when.due) ?? when.picked(settings.wait)
            try opened.wait(id.value, on: on, until: followUp)
            Output.say("case \(id.value): waiting on \(on), follow up \(followUp.label(at: session.now)) (\(followUp.iso))")
            if until == nil { settings.warnIfInvalid([.wait]) }
        }
    }
}
