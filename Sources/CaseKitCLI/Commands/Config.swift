import ArgumentParser
import CaseKit

extension Casekit {
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show and change the settings stored in the database.",
            discussion: """
                Settings live in the database, so backup, export and import carry them. A flag \
                given to a command wins over its setting; a setting wins over the built-in \
                default. Settings: \(Setting.allCases.map(\.rawValue).joined(separator: ", ")).

                Examples:
                  casekit config list
                  casekit config set stale-after 5d
                  casekit config set --add extra-verbs ring chase
                  casekit config unset stale-after
                  casekit config set working-days mon-fri
                  casekit config holiday add 2026-12-25 --name "Christmas Day"
                """,
            subcommands: [ConfigList.self, ConfigGet.self, ConfigSet.self, ConfigUnset.self, ConfigHoliday.self])
    }
}

/// The SETTING argument of `config get|set|unset`: completes to the
/// settings' names, and is looked up when the command runs, so that a
/// mistyped name is answered with the list of names.
struct SettingName: ParsableArguments {
    @Argument(help: ArgumentHelp("The setting: \(Setting.allCases.map(\.rawValue).joined(separator: ", ")).",
                                 valueName: "setting"),
              completion: .list(Setting.allCases.map(\.rawValue)))
    var name: String

    func setting() throws -> Setting { try Setting(named: name) }
}

extension Setting {
    /// `stale-after = 3d`, or a list's values after a comma (`(none)` for
    /// an empty one), as the config commands confirm a change.
    func line(_ values: [String], isDefault: Bool = false) -> String {
        let shown = values.isEmpty ? "(none)" : values.joined(separator: ", ")
        return "\(rawValue) = \(shown)\(isDefault ? " (default)" : "")"
    }
}
