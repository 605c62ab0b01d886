import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigSet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a setting; --add adds to a list setting.",
            discussion: """
                Intervals are checked as the matching option checks them (12h, 3d, 2bd, 2w, 1m). A \
                list setting (extra-verbs, extra-vague-phrases, working-days) takes several values, \
                as separate arguments or separated by commas: set replaces the list, --add adds to \
                it. working-days takes day names and runs (mon-fri, or mon,tue,wed,thu,sat); \
                count-working-days takes yes or no.

                Examples:
                  casekit config set stale-after 5d
                  casekit config set extra-verbs ring chase
                  casekit config set --add extra-vague-phrases "touch base"
                  casekit config set working-days mon,tue,wed,thu,sat
                  casekit config set count-working-days no
                """)

        @Flag(help: "Add the values to a list setting instead of replacing it.")
        var add = false

        @OptionGroup var name: SettingName

        @Argument(help: ArgumentHelp("The value, or a list setting's values.", valueName: "value"),
                  completion: CompletionValues.settingValues)
        var values: [String] = []

        @OptionGroup var store: StoreOptions

        func run() throws {
            let setting = try name.setting()
            // Checked before the database is opened: a bad value creates nothing.
            let values = try setting.checked(ConfigValues.split(values), adding: add)
            let session = try Session(store)
            let opened = try session.openStore(for: .write)
            let stored = add ? try opened.add(values, to: setting) : try opened.set(setting, to: values)
            Output.say(setting.line(stored))
        }
    }
}

/// The values typed after a setting's name: `ring, chase` is two values,
/// as is `ring chase` given as two arguments.
enum ConfigValues {
    static func split(_ arguments: [String]) -> [String] {
        arguments.flatMap { $0.split(separator: ",") }.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }
}
