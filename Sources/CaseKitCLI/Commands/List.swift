import ArgumentParser
import CaseKit

extension Casekit {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List cases: the active ones (open, waiting, escalated) unless told otherwise.",
            discussion: """
                Sorted by next-action due date by default (undated last, then by priority).
                --overdue keeps cases with something overdue, whatever their status: a next
                action (not while the case waits: it is snoozed), a waiting case's follow-up
                date, or a check-in (a resolved case's follow-up too).

                Examples:
                  casekit list
                  casekit list --customer "Acme Corp" --sort updated
                  casekit list --all --tag billing --json
                """)

        @Flag(help: "Every case, resolved and closed included.")
        var all = false

        @Option(help: "Only cases with this status.")
        var status: CaseStatus?

        @Option(help: "Only this customer's cases (ignoring case).", completion: CompletionValues.values(.customer))
        var customer: String?

        @Option(help: ArgumentHelp("Only cases whose next action is done in this context (@phone, @email).",
                                   valueName: "context"),
                completion: CompletionValues.values(.context))
        var context: String?

        @Option(help: ArgumentHelp("Only cases with this tag (repeat: all of them).", valueName: "tag"),
                completion: CompletionValues.values(.tag))
        var tag: [String] = []

        @Flag(help: "Only escalated cases (extra innings).")
        var escalated = false

        @Flag(help: "Only cases with something overdue.")
        var overdue = false

        @Option(help: "The order of the rows.")
        var sort: CaseFilter.Sort = .due

        @Option(help: "Show at most this many cases.")
        var limit: Int?

        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
            if escalated, let status, status != .escalated {
                throw ValidationError("--escalated and --status \(status.rawValue) contradict each other")
            }
        }

        var filter: CaseFilter {
            var filter = CaseFilter()
            // Overdue is overdue whatever the status: a resolved case's
            // follow-up check-in is owed as much as an open case's action.
            if all || overdue { filter.statuses = [] }
            if let status { filter.statuses = [status] }
            if escalated { filter.statuses = [.escalated] }
            // run() refuses a blank customer, and a context that is not one word, first.
            filter.customer = customer.flatMap { try? FieldRules.customerFilter($0) }
            filter.context = context.flatMap { try? FieldRules.context($0) }
            filter.tags = tag
            filter.overdueOnly = overdue
            filter.sort = sort
            filter.limit = limit
            return filter
        }

        func run() throws {
            if let context { _ = try FieldRules.context(context) }
            if let customer { _ = try FieldRules.customerFilter(customer) }
            let session = try Session(store)
            let cases = try session.openStore(for: .read).listCases(filter)
            if output.json {
                print(CaseJSON.list(cases, now: session.now).rendered())
            } else {
                let narrowed = customer != nil || context != nil || !tag.isEmpty || overdue || status != nil || escalated
                CaseText.list(cases, narrowed: narrowed, session: session)
            }
        }
    }
}
