import ArgumentParser
import CaseKit

extension Casekit {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a case's fields.",
            discussion: """
                --tag +T adds a tag, --tag -T removes one (a bare T adds). An empty value \
                clears --customer, --ref or --outcome.

                Examples:
                  casekit edit 42 --priority urgent --tag +vip --tag -billing
                  casekit edit 42 --title "Double charge on November invoice" --ref ""
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Option(help: "A new title.")
        var title: String?

        @Option(help: "The customer (empty clears it).", completion: CompletionValues.values(.customer))
        var customer: String?

        @Option(help: ArgumentHelp("The help-desk ticket id (empty clears it).", valueName: "ref"))
        var ref: String?

        @Option(help: "How urgent the case is.")
        var priority: Priority?

        @Option(name: .long, parsing: .unconditionalSingleValue,
                help: ArgumentHelp("+T adds a tag, -T removes it (repeatable).", valueName: "+tag|-tag"),
                completion: CompletionValues.values(.tag))
        var tag: [String] = []

        @Option(help: ArgumentHelp("What \"done\" looks like (empty clears it).", valueName: "text"))
        var outcome: String?

        @OptionGroup var store: StoreOptions

        var changes: CaseChanges {
            var changes = CaseChanges()
            changes.title = title
            changes.customer = customer
            changes.ref = ref
            changes.priority = priority
            changes.outcome = outcome
            for tag in tag {
                if tag.hasPrefix("-") {
                    changes.removeTags.append(String(tag.dropFirst()))
                } else {
                    changes.addTags.append(tag.hasPrefix("+") ? String(tag.dropFirst()) : tag)
                }
            }
            return changes
        }

        func run() throws {
            var changes = changes
            changes.customer = try customer.map(FieldRules.editedCustomer)
            let session = try Session(store)
            let summary = try session.openStore().edit(id.value, changes)
            Output.say("case \(id.value): \(summary)")
        }
    }
}
