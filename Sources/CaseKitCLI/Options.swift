import ArgumentParser
import CaseKit

/// Options every command that touches the database takes.
public struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).",
        valueName: "path"), completion: .file())
    public var db: String?

    @Flag(name: .customLong("no-color"), help: "Never color the output (also: NO_COLOR=1).")
    public var noColor = false

    public init() {}
}

/// `--json` on the commands that print something to read.
public struct JSONOption: ParsableArguments {
    @Flag(help: "Print JSON (its shape is documented in Docs/json.md).")
    public var json = false

    public init() {}
}

/// A case id as typed: `42` or `#42`.
public struct CaseID: ExpressibleByArgument, Sendable {
    public let value: Int64

    public init?(argument: String) {
        let digits = argument.hasPrefix("#") ? argument.dropFirst() : Substring(argument)
        guard let value = Int64(digits), value > 0 else { return nil }
        self.value = value
    }

    public static var defaultCompletionKind: CompletionKind {
        .custom { words, _, prefix in CompletionValues.caseIDs(words: words, prefix: prefix) }
    }
}

extension Priority: ExpressibleByArgument {}
extension Mood: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}
extension Channel: ExpressibleByArgument {}
extension CaseFilter.Sort: ExpressibleByArgument {}
