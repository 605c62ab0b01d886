import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigGet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Print a setting's value (the default when it is not set).",
            discussion: """
                A list setting prints one value to a line, and nothing when it is empty. A stored \
                value that is not valid (edited in by hand) prints the built-in value, with a \
                warning on stderr.

                Examples:
                  casekit config get stale-after
                  casekit config get extra-verbs
                """)

        @OptionGroup var name: SettingName
        @OptionGroup var store: StoreOptions

        func run() throws {
            let setting = try name.setting()
            let session = try Session(store)
            let settings = try session.openStore(for: .read).settings()
            for value in settings.values(of: setting) {
                Output.say(value)
            }
            settings.warnIfInvalid([setting])
        }
    }
}
