import ArgumentParser
import CaseKit

extension Casekit {
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resolve",
            abstract: "Mark a case resolved, and schedule the follow-up check-in.",
            discussion: """
                By default a follow-up check-in ("did the fix hold?") is scheduled 3 working days out \
                (the follow-up setting; never on a weekend or holiday); \
                --checkin WHEN picks the day, --no-checkin records that none is wanted. \
                Resolving ends any escalation.

                Examples:
                  casekit resolve 42 --note "Refund of the duplicate charge issued"
                  casekit resolve 42 --checkin mon
                  casekit resolve 42 --no-checkin --note "Duplicate of #41"
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("The resolution.", valueName: "text"))
        var note: String?

        @Option(help: ArgumentHelp("When to check back with the customer (default: the follow-up setting, 3bd).", valueName: "when"))
        var checkin: WhenText?

        @Flag(name: .customLong("no-checkin"), help: "Schedule no follow-up check-in.")
        var noCheckin = false

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if noCheckin && checkin != nil {
                throw ValidationError("--checkin and --no-checkin contradict each other: pick one")
            }
        }

        func run() throws {
            let session = try Session(store)
            let opened = try session.openStore()
            let settings = try opened.settings()
            let when = try session.when(opened)
            let followUp = noCheckin ? nil : try checkin.map(when.due) ?? when.picked(settings.followUp)
            let checkIn = try opened.resolve(id.value, note: note, followUp: followUp)
            if let checkIn {
                print("case \(id.value): resolved; follow-up check-in #\(checkIn.id) \(checkIn.due.label(at: session.now)) (\(checkIn.due.iso))")
            } else {
                print("case \(id.value): resolved, no follow-up check-in")
            }
            if !noCheckin && checkin == nil { settings.warnIfInvalid([.followUp]) }
        }
    }
}
