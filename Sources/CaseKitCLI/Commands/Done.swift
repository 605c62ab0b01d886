import ArgumentParser
import CaseKit

extension Casekit {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
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

        @Option(name: .customLong("next"), help: ArgumentHelp("The following next action.", valueName: "action"))
        var nextAction: String?

        @Option(help: ArgumentHelp("When the following action is due.", valueName: "when"))
        var due: String?

        @Option(help: ArgumentHelp("Where the following action happens.", valueName: "context"),
                completion: CompletionValues.values(.context))
        var context: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if nextAction == nil, due != nil || context != nil {
                throw ValidationError("--due and --context describe the following action: add --next \"ACTION\"")
            }
        }

        func run() throws {
            let session = try Session(store)
            let following = try nextAction.map {
                try NextActionDraft(text: $0, due: session.due(due), context: context)
            }
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
