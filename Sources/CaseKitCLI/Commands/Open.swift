import ArgumentParser
import CaseKit

extension Casekit {
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open",
            abstract: "Open a case and print its id.",
            discussion: """
                Give it its next action right away with --next, so the case never sits without one; \
                a vague one ("refund", "Katie's battery") is accepted with a warning. A --ref that \
                an active case already has is refused (that ticket is tracked already) unless \
                --allow-duplicate-ref.

                Examples:
                  casekit open "Double charge on invoice" --customer "Acme Corp" \\
                      --ref ZD-4411 --next "Call billing to confirm the overcharge" \\
                      --due "tomorrow 14:30" --context @phone
                  casekit open "VPN drops every hour" --priority high --tag network \\
                      --mood frustrated
                """)

        @Argument(help: "A short title for the customer's problem.")
        var title: String

        @Option(help: "The customer (person or company).", completion: CompletionValues.values(.customer))
        var customer: String?

        @Option(help: ArgumentHelp("The ticket id in the help desk, e.g. ZD-4411.", valueName: "ref"))
        var ref: String?

        @Flag(help: "Open the case even though an active case already has this --ref.")
        var allowDuplicateRef = false

        @OptionGroup var nextAction: NextActionOptions<Open>

        @Option(help: "How urgent the case is.")
        var priority: Priority = .normal

        @Option(help: ArgumentHelp("A tag (repeat for more).", valueName: "tag"),
                completion: CompletionValues.values(.tag))
        var tag: [String] = []

        @Option(help: ArgumentHelp("What \"done\" looks like for the customer.", valueName: "text"))
        var outcome: String?

        @Option(help: "How the customer feels.")
        var mood: Mood?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            var draft = try CaseDraft(title: title)
            draft.customer = try customer.map { try FieldRules.customer($0) }
            draft.ref = ref
            draft.priority = priority
            draft.tags = tag
            draft.outcome = outcome
            draft.mood = mood
            draft.next = try nextAction.draft(session: session)
            let opened = try session.openStore(for: .write)
            let id = try opened.openCase(draft, allowingDuplicateRef: allowDuplicateRef)
            print(id)
            if let next = draft.next {
                // A warning, not a refusal: the case is open and the agent
                // can sharpen the step with `casekit next`. The agent's extra
                // verbs and phrases (`casekit config`) count, as in the review.
                let settings = try opened.settings()
                settings.warnIfInvalid([.extraVerbs, .extraVaguePhrases])
                if let why = settings.actionVerbs.vagueness(next.text) {
                    Output.note("casekit: warning: case \(id): the next action looks vague: \(why) "
                                + "(hint: casekit next \(id) \"Call …\" replaces it)")
                }
            } else {
                Output.note("casekit: case \(id) has no next action yet: casekit next \(id) \"ACTION\"")
            }
        }
    }
}

extension Casekit.Open: NextActionWording {
    static let next = "The first next action: a concrete physical step."
    static let action = "the next action"
    static let due = "When the next action is due."
    static let context = "Where the next action happens, e.g. @phone."
}
