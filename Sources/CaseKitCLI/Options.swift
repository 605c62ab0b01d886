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

    /// An empty path (`--db "$DB"` with DB unset in a script) must not
    /// quietly mean the default database, which is the agent's real queue.
    public func validate() throws {
        if let db, db.allSatisfy(\.isWhitespace) {
            throw ValidationError("--db was given an empty path (an unset variable?); give the database file's path")
        }
    }
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

    public static var defaultCompletionKind: CompletionKind { CompletionValues.caseIDs() }

    /// The ids of a batch (`close 3 8 9`), each once, in the order typed.
    static func distinct(_ ids: [CaseID]) -> [Int64] {
        var seen = Set<Int64>()
        return ids.map(\.value).filter { seen.insert($0).inserted }
    }
}

/// `--checkin N` names a check-in of one case: with several ids it is refused.
func requireOneCase(_ ids: [CaseID], picking number: Int64?) throws {
    if number != nil, CaseID.distinct(ids).count > 1 {
        throw ValidationError("--checkin picks a check-in of one case: give one case id with it")
    }
}

/// A WHEN argument is read for its form here, so a typo is a usage error
/// before anything runs; its date comes later from the session's clock
/// (`Session.due`), which may itself be refused (CASEKIT_NOW).
extension WhenText: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    public static var defaultCompletionKind: CompletionKind { CompletionValues.when }
}

extension Interval: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(parsing: argument) }
}

extension Priority: ExpressibleByArgument {}
extension Mood: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}
extension Channel: ExpressibleByArgument {}
extension CaseFilter.Sort: ExpressibleByArgument {}

/// How a command words the help of `--due` and `--context`: the options are
/// shared, the action they describe differs (the one on `next`, the first one
/// on `open`, the following one on `done`).
protocol DueWording {
    static var due: String { get }
    static var context: String { get }
}

/// The wording of `--next` and of its refusal, beside `--due` and `--context`.
protocol NextActionWording: DueWording {
    static var next: String { get }
    /// What `--due` and `--context` describe, as the refusal names it.
    static var action: String { get }
}

/// `--due` and `--context`: when and where a next action happens.
struct DueOptions<Wording: DueWording>: ParsableArguments {
    @Option(help: ArgumentHelp(Wording.due, valueName: "when"))
    var due: WhenText?

    @Option(help: ArgumentHelp(Wording.context, valueName: "context"),
            completion: CompletionValues.values(.context))
    var context: String?

    /// The next action `text`, due and placed as these options say.
    func draft(_ text: String, session: Session) throws -> NextActionDraft {
        try NextActionDraft(text: text, due: session.due(due), context: context)
    }
}

/// `--next ACTION [--due WHEN] [--context CTX]`: a next action set beside
/// another change. `--due` and `--context` mean nothing without `--next`.
struct NextActionOptions<Wording: NextActionWording>: ParsableArguments {
    @Option(name: .customLong("next"), help: ArgumentHelp(Wording.next, valueName: "action"))
    var action: String?

    @OptionGroup var placing: DueOptions<Wording>

    func validate() throws {
        if action == nil, placing.due != nil || placing.context != nil {
            throw ValidationError("--due and --context describe \(Wording.action): add --next \"ACTION\"")
        }
    }

    /// The next action to set, if `--next` was given.
    func draft(session: Session) throws -> NextActionDraft? {
        try action.map { try placing.draft($0, session: session) }
    }
}

/// `--customer` and `--context` on `today` and `checkin list`: one
/// customer's items, or only what is done in one context (see `AgendaFilter`).
struct AgendaFilterOptions: ParsableArguments {
    @Option(help: "Only this customer's items (ignoring case).", completion: CompletionValues.values(.customer))
    var customer: String?

    @Option(help: ArgumentHelp("Only what is done in this context: next actions with it, check-ins on the channel of that name (@phone, @email).",
                               valueName: "context"),
            completion: CompletionValues.values(.context))
    var context: String?

    func filter() throws -> AgendaFilter {
        try AgendaFilter(customer: customer, context: context)
    }
}
