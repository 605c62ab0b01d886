import ArgumentParser
import CaseKit

extension Casekit {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a JSON export, merging by uuid (all or nothing).",
            discussion: """
                Importing the same file twice changes nothing. A case known here gets the events \
                and follow-ups it lacks and, when the file's copy is newer, its field values; a new \
                case keeps its id when that id is free here. The file's settings are taken where \
                they were set later than here, and its holidays are added by date. Bad data is \
                refused with exit 65, naming the record and the field, and nothing is imported.

                Examples:
                  casekit import casekit-export.json --dry-run
                  ssh laptop casekit export | casekit import -
                """)

        @Argument(help: ArgumentHelp("The export file, or - for standard input.", valueName: "file"),
                  completion: .file(extensions: ["json"]))
        var file: String

        @Flag(name: .customLong("dry-run"), help: "Report what would change, and change nothing.")
        var dryRun = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let bytes = try FileSystem.readAll(file)
            let report = try session.openStore(for: dryRun ? .read : .write).importDocument(bytes, dryRun: dryRun)
            let verb = dryRun ? "would add" : "added"
            print("\(dryRun ? "dry run: " : "")\(verb) \(AgendaText.plural(report.casesAdded, "case")), "
                  + "\(dryRun ? "would update" : "updated") \(report.casesUpdated), \(report.casesUnchanged) unchanged; "
                  + "\(AgendaText.plural(report.eventsAdded, "event")) and \(report.itemsAdded) follow-up items \(dryRun ? "to add" : "added")")
            if report.settingsTaken + report.settingsKept > 0 {
                print("settings: \(report.settingsTaken) \(dryRun ? "would be " : "")taken from the file, \(report.settingsKept) kept (not newer in the file)")
            }
            let holidays = report.holidays
            if holidays.added + holidays.renamed + holidays.unchanged > 0 {
                print("holidays: \(holidays.added) \(dryRun ? "to add" : "added"), \(holidays.renamed) \(dryRun ? "to rename" : "renamed"), "
                      + "\(holidays.unchanged) already there")
            }
            for name in report.settingsIgnored {
                Output.note("casekit: ignored the setting \"\(name)\", which this casekit does not know (hint: a newer casekit wrote the file; upgrade to keep it)")
            }
        }
    }
}
