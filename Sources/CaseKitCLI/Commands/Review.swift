import ArgumentParser
import CaseKit

extension Casekit {
    struct Review: ParsableCommand {
        enum Format: String, CaseIterable, ExpressibleByArgument {
            case text, markdown, json
        }

        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "The weekly review: what is stale, vague, overdue or missing a follow-up.",
            discussion: """
                Findings, most urgent first: upset customer without a check-in; extra innings \
                without a customer update; overdue next actions and check-ins; waiting too long; \
                resolved without follow-up; open or escalated without a next action; vague next \
                action; stale. Then the coming 7 days (next actions, check-ins, waiting cases' \
                follow-ups), wins since the last review, and when that was.

                Examples:
                  casekit review
                  casekit review --format markdown > review.md
                  casekit review --walk            # go through the findings case by case
                  casekit review --mark-reviewed   # record that the review is done
                """)

        @Option(name: .customLong("stale-after"),
                help: ArgumentHelp("A case is stale after this long without activity (default: the stale-after setting, 7d); 5bd counts working days.", valueName: "interval"))
        var staleAfter: Interval?

        @Option(help: "text for the terminal, markdown to share in a review session, json for scripts.")
        var format: Format = .text

        @Flag(name: .customLong("mark-reviewed"), help: "Record this review (for 'wins since the last review').")
        var markReviewed = false

        @Flag(help: "Go through the findings one case at a time, answering from standard input.")
        var walk = false

        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if output.json && format != .text && format != .json {
                throw ValidationError("--json and --format \(format.rawValue) contradict each other")
            }
            if walk && (output.json || format != .text) {
                throw ValidationError("--walk is interactive: it takes no --format or --json")
            }
        }

        func run() throws {
            let session = try Session(store)
            let opened = try session.openStore(for: markReviewed || walk ? .update : .read)
            let review = try opened.review(staleAfter: staleAfter)
            if walk {
                var walk = ReviewWalk(store: opened, session: session)
                walk.run(review)
            } else {
                switch output.json ? .json : format {
                case .text: ReviewText.text(review, session: session)
                case .markdown: ReviewText.markdown(review, now: session.now)
                case .json: print(ReviewJSON.review(review, now: session.now).rendered())
                }
            }
            if markReviewed {
                try opened.markReviewed(review)
                Output.note("casekit: review recorded")
            }
            try opened.settings().warnIfInvalid((staleAfter == nil ? [.staleAfter] : []) + [.extraVerbs, .extraVaguePhrases]
                                                + (walk ? [.followUp] : []))
        }
    }
}
