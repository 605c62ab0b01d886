import ArgumentParser
import CaseKit

extension Casekit {
    struct ConfigHolidayList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the holidays, by date.",
            discussion: """
                Examples:
                  casekit config holiday list
                  casekit config holiday list --json
                """)

        @OptionGroup var output: JSONOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try Session(store)
            let holidays = try session.openStore(for: .read).holidays()
            if output.json {
                print(SettingsJSON.holidays(holidays).rendered())
                return
            }
            guard !holidays.isEmpty else {
                Output.say("No holidays (hint: casekit config holiday add 2026-12-25 --name \"Christmas Day\", or holiday import FILE.ics)")
                return
            }
            var table = Table([.init(header: "DATE"), .init(header: "DAY"), .init(header: "NAME", fit: .wraps)])
            for holiday in holidays {
                table.append([holiday.date.iso, holiday.date.weekdayName, holiday.name ?? ""])
            }
            var out = Output()
            table.render(on: session.terminal, into: &out)
            out.flush()
        }
    }
}
