import ArgumentParser
import CaseKit

extension Casekit {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the database safely, even while casekit is in use.",
            discussion: """
                Uses SQLite's online backup API, so the copy is consistent while other shells \
                write. The copy has mode 0600 and opens with casekit (--db FILE).

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
            let opened = try session.openStore()
            try opened.backup(to: file, force: force)
            let check = try Store.open(path: file, now: session.now).integrityCheck()
            guard check == "ok" else {
                throw CaseKitError.storage("the copy at \(file) fails its integrity check: \(check)",
                                           hint: "check the disk, then run the backup again")
            }
            Output.say("backed up to \(file) (integrity check: ok)")
        }
    }
}
