import ArgumentParser
import CaseKit

extension Casekit {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Complete a case's pending next action, and say what's next.",
            discussion: """
                Examples:
                  casekit done 42 --note "Billing confirmed the double charge"
                  casekit done 42 --next "Email the customer the refund ETA" --due tomorrow
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: ArgumentHelp("What came of it.", valueName: "text"))
        var note: String?

        @OptionGroup var nextAction: NextActionOptions<Done>

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let following = try nextAction.draft(session: session)
            let result = try session.openStore().completeNextAction(id.value, note: note, then: following)
            Output.say("case \(id.value): done: \(result.done.text)")
            if let next = result.next {
                Output.say("case \(id.value): next action: \(next.text)\(CaseText.dueSuffix(next.due, now: session.now))")
            } else {
                Output.say("What's next? casekit next \(id.value) \"ACTION\" (or casekit resolve \(id.value))")
            }
        }
    }
}

extension Casekit.Done: NextActionWording {
    static let next = "The following next action."
    static let action = "the following action"
    static let due = "When the following action is due."
    static let context = "Where the following action happens."
}
