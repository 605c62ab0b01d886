import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List every setting, its value, and whether it is the default.",
            discussion: """
                Examples:
                  casekit config list
                  casekit config list --json
                """)

        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let opened = try session.openStore(for: .read)
            let stored = try opened.storedSettings(), settings = try opened.settings()
            if output.json {
                print(SettingsJSON.list(settings, stored: stored).rendered())
                return
            }
            var table = Table([.init(header: "SETTING"), .init(header: "FROM"), .init(header: "VALUE")])
            for setting in Setting.allCases {
                let values = settings.values(of: setting)
                var from = stored[setting].map { "set \(LocalDate(containing: $0.setAt).iso)" } ?? "default"
                var value = values.isEmpty ? "(none)" : values.joined(separator: ", ")
                // A value edited in by hand that `config set` would refuse: the built-in one is used.
                if let refused = settings.invalid[setting] {
                    from = "invalid, built in"
                    value += " (stored \(ErrorText.shortened(refused.map { "'\($0)'" }.joined(separator: ", "))) is not valid)"
                }
                table.append([setting.rawValue, from, value])
            }
            var out = Output()
            table.render(on: session.terminal, into: &out)
            out.flush()
        }
    }
}
