import ArgumentParser
import CaseKit

extension Casekit {
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Set a case's next action (replaces the pending one).",
            discussion: """
                A next action is a concrete physical step: "Call billing to confirm the overcharge", \
                not "billing". The one it replaces stays in the timeline.

                Examples:
                  casekit next 42 "Email the customer the refund confirmation" \\
                      --due fri --context @email
                  casekit next 42 "Call Dana about the DNS workaround" --due 14:30
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Argument(help: "The action: a concrete physical step.")
        var action: String

        @OptionGroup var placing: DueOptions<Next>

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let draft = try placing.draft(action, session: session)
            try session.openStore().setNextAction(id.value, draft)
            Output.say("case \(id.value): next action: \(draft.text)\(CaseText.dueSuffix(draft.due, now: session.now))")
        }
    }
}

extension Casekit.Next: DueWording {
    static let due = "When it is due."
    static let context = "Where it happens, e.g. @phone."
}
