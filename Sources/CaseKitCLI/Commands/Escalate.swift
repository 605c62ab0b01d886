import ArgumentParser
import CaseKit

extension Casekit {
    struct Escalate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "escalate",
            abstract: "Send a case to extra innings: escalate it to another team.",
            discussion: """
                The customer is kept in the loop: a customer-update check-in is scheduled one \
                cadence out (default 2bd: two working days), and every contact moves it a cadence \
                further; an update that would fall on a weekend or holiday is owed the next working day. \
                Escalating an escalated case re-routes it to the new team.

                Examples:
                  casekit escalate 42 --to "Billing" --reason "Refund needs finance approval"
                  casekit escalate 42 --to "Network Ops" --update-every 1bd
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("The team that has it now.", valueName: "team"),
                completion: CompletionValues.values(.team))
        var to: String

        @Option(help: ArgumentHelp("Why it is escalated.", valueName: "text"))
        var reason: String?

        @Option(name: .customLong("update-every"),
                help: ArgumentHelp("How often the customer gets an update: 12h, 2d, 1bd (working days), 1w… (default: the update-every setting, 2bd).", valueName: "interval"))
        var updateEvery: Interval?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let opened = try session.openStore()
            let settings = try opened.settings()
            let update = try opened.escalate(id.value, to: to, reason: reason, every: updateEvery ?? settings.updateEvery)
            Output.say("case \(id.value): escalated to \(to); next customer update \(update.label(at: session.now)) (\(update.iso))")
            if updateEvery == nil { settings.warnIfInvalid([.updateEvery]) }
        }
    }
}
