/// A failure the user can act on: what went wrong, how to fix it, and which
/// kind of failure it is (the kind decides the exit code).
public struct CaseKitError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Unknown case, illegal transition: exit 1.
        case domain
        /// A bad flag or value: exit 64.
        case usage
        /// Bad import data: exit 65.
        case data
        /// Cannot open, locked, corrupt, newer schema: exit 74.
        case storage
    }

    public let kind: Kind
    public let message: String
    public let hint: String

    public init(_ kind: Kind, _ message: String, hint: String) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    public static func domain(_ message: String, hint: String) -> CaseKitError {
        CaseKitError(.domain, message, hint: hint)
    }

    public static func usage(_ message: String, hint: String) -> CaseKitError {
        CaseKitError(.usage, message, hint: hint)
    }

    public static func storage(_ message: String, hint: String) -> CaseKitError {
        CaseKitError(.storage, message, hint: hint)
    }

    /// A write that found no space left: said plainly, because the
    /// file is sound and freeing space is the whole fix.
    public static func diskFull(_ path: String) -> CaseKitError {
        .storage("disk is full: cannot write \(path)", hint: "free some space on that disk, then run the command again")
    }

    public static func unknownCase(_ id: Int64) -> CaseKitError {
        .domain("no case #\(id)", hint: "'casekit list --all' shows every case id")
    }

    /// A command that changes the queue, run where there is none yet.
    public static func noDatabase(at path: String) -> CaseKitError {
        .domain("no database at \(path) yet", hint: "'casekit open TITLE' creates it")
    }

    public var exitCode: Int32 {
        switch kind {
        case .domain: return 1
        case .usage: return 64
        case .data: return 65
        case .storage: return 74
        }
    }

    public var description: String { "\(message) (hint: \(hint))" }
}
