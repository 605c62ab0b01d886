import ArgumentParser
import CaseKit

extension Casekit {
    struct Export: ParsableCommand {
        enum Format: String, CaseIterable, ExpressibleByArgument {
            case json, csv, ics
        }

        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export every case: JSON (for import), CSV (for a spreadsheet) or ICS (for a calendar).",
            discussion: """
                json: every field, next action, check-in, escalation and event, with uuids (Docs/json.md). \
                csv: one row per case. ics: a calendar of pending check-ins and dated next actions \
                (VTODO, stable UIDs). --output writes the file atomically with mode 0600 (- is standard \
                output); it refuses folders, devices, pipes and the database itself.

                Examples:
                  casekit export --output casekit-export.json
                  casekit export --format csv --output queue.csv
                  casekit export --format ics > ~/calendars/casekit.ics
                """)

        @Option(help: "JSON to import again, CSV for a spreadsheet, ICS for a calendar.")
        var format: Format = .json

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
                completion: .file())
        var output: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            // "-" is standard output, as everywhere.
            let target = try output.flatMap {
                $0 == "-" ? nil : try OutputTarget($0, option: "--output", database: session.databasePath)
            }
            let opened = try session.openStore(for: .read)
            let file = try target.map(AtomicFile.init(target:))
            let write: (String) throws -> Void = { chunk in
                if let file { try file.write(chunk) } else { Output.write(chunk) }
            }
            switch format {
            case .json: try opened.exportJSON(to: write)
            case .csv: try opened.exportCSV(to: write)
            case .ics: try opened.exportICS(to: write)
            }
            try file?.commit()
        }
    }
}
