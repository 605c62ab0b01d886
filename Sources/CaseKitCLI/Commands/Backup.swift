import ArgumentParser
import CaseKit

extension Casekit {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database safely, even while casekit is in use.",
            discussion: """
                Uses SQLite's online backup API, so the copy is consistent while other shells \
                write. The copy is made in a temp file beside FILE, checked, and renamed into \
                place: FILE is never a half copy. It has mode 0600 and opens with casekit \
                (--db FILE). FILE must be a regular file or a new name in an existing folder, \
                never the database itself; for a stream, use 'casekit export'.

                Examples:
                  casekit backup ~/backups/casekit-$(date +%F).sqlite3
                  casekit backup /mnt/usb/casekit.sqlite3 --force
                """)

        @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "file"), completion: .file())
        var file: String

        @Flag(help: "Overwrite the file if it exists.")
        var force = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            guard file != "-" else {
                throw CaseKitError.usage("backup writes a database file, not standard output",
                                         hint: "give it a file name, e.g. casekit backup casekit-copy.sqlite3; 'casekit export' prints the queue")
            }
            let target = try OutputTarget(file, option: "casekit backup", database: session.databasePath)
            try session.openStore(for: .read).backup(to: target, force: force)
            Output.say("backed up to \(file) (integrity check: ok)")
        }
    }
}
