import ArgumentParser
import CaseKit

/// The root command: `casekit <subcommand>`.
///
/// Every command names itself (`commandName`): without one, ArgumentParser
/// derives the name from `String(describing:)` of the type, which scans the
/// runtime's protocol conformances for each command at every start (about
/// 1 ms of a 10 ms `casekit --version`, measured with perf).
public struct Casekit: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "casekit",
        abstract: "Keep your support cases moving: one next action per case, check-ins, and a weekly review.",
        discussion: """
            Every open case carries one concrete next action. Data lives in one local SQLite file \
            (see --db). Dates (WHEN) accept: \(WhenParser.acceptedForms).

            The guide, the command reference and the JSON shapes are Docs/guide.md, \
            Docs/commands.md and Docs/json.md, in the source and, once installed, in \
            share/doc/casekit (e.g. /usr/local/share/doc/casekit/Docs/json.md).
            """,
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "Daily", subcommands: [Today.self]),
            CommandGroup(name: "Cases", subcommands: [Open.self, List.self, Show.self, Edit.self, Note.self]),
            CommandGroup(name: "Next actions", subcommands: [Next.self, Done.self]),
            CommandGroup(name: "Status", subcommands: [
                Wait.self, Resume.self, Escalate.self, Deescalate.self, Resolve.self, Close.self, Reopen.self,
            ]),
            CommandGroup(name: "Follow-ups", subcommands: [Checkin.self]),
            CommandGroup(name: "Review", subcommands: [Review.self]),
            CommandGroup(name: "Data", subcommands: [Export.self, Import.self, Backup.self, Config.self]),
            CommandGroup(name: "Shell", subcommands: [Completions.self]),
        ],
        defaultSubcommand: Today.self
    )

    /// `casekit --db q.db show 4`: declared here so that the generated
    /// completion scripts read `q.db` as the option's value and complete
    /// `show`'s arguments, not command names. Never parsed here:
    /// `CommandWords` moves these options after the subcommand.
    @OptionGroup var store: StoreOptions

    public init() {}
}
