import ArgumentParser
import CaseKit

extension Casekit {
    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: "Add a note to a case's timeline.",
            discussion: """
                Examples:
                  casekit note 42 "Customer sent the invoice PDF"
                  casekit note 42 "Second outage this week, threatening to cancel" --mood angry
                """)

        @Argument(help: "The case id.")
        var id: CaseID

        @Argument(help: "The note.")
        var text: String

        @Option(help: "How the customer feels.")
        var mood: Mood?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            try session.openStore().addNote(id.value, text, mood: mood)
            print("case \(id.value): note added")
        }
    }
}
