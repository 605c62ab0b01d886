import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigUnset: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unset",
            abstract: "Return a setting to its default, or take values off a list setting.",
            discussion: """
                Examples:
                  casekit config unset stale-after
                  casekit config unset extra-verbs ring
                """)

        @OptionGroup var name: SettingName

        @Argument(help: ArgumentHelp("Values to take off a list setting (default: all of them).", valueName: "value"))
        var values: [String] = []

        @OptionGroup var store: StoreOptions

        func run() throws {
            let setting = try name.setting()
            let values = try setting.checkedForRemoval(ConfigValues.split(values))
            let session = try Session(store)
            let opened = try session.openStore()
            let left = try opened.unset(setting, values: values)
            Output.say(setting.line(left.isEmpty ? try opened.settings().values(of: setting) : left, isDefault: left.isEmpty))
        }
    }
}
