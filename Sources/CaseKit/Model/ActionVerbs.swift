/// Whether a next action is a concrete physical step. A vague one ("Katie's
/// battery", "refund", "Look into the invoice") does not start with an
/// action verb, has fewer than two words, or starts with a vague phrase. The
/// built-in lists are documented in Docs/guide.md; `casekit config` adds to
/// them (`extra-verbs`, `extra-vague-phrases`), and `Settings.actionVerbs`
/// is the check with those added.
public struct ActionVerbs: Sendable {
    /// Verbs a support agent's next action starts with, in American and
    /// British spelling.
    public static let all: Set<String> = [
        "activate", "add", "allowlist", "analyse", "analyze", "apologise", "apologize", "apply", "approve",
        "archive", "arrange", "ask", "assign", "attach", "authorise", "authorize", "block", "book", "buy",
        "calculate", "call", "cancel", "capture", "chase", "check", "clarify", "clean", "clear", "close",
        "collect", "compare", "compile", "configure", "confirm", "contact", "convert", "copy", "correct",
        "create", "credit", "deactivate", "debug", "decide", "delete", "deploy", "describe", "diagnose", "dial",
        "disable", "discuss", "document", "download", "downgrade", "draft", "edit", "email", "enable",
        "escalate", "estimate", "explain", "export", "extend", "file", "fill", "finalise", "finalize", "find",
        "fix", "flag", "follow", "forward", "gather", "generate", "get", "give", "grant", "import", "inform",
        "install", "investigate", "invite", "issue", "join", "list", "lock", "log", "look", "mail", "meet",
        "merge", "message", "migrate", "monitor", "move", "notify", "offer", "open", "order", "organise",
        "organize", "page", "patch", "pay", "phone", "ping", "plan", "post", "prepare", "print", "prioritise",
        "prioritize", "process", "propose", "provide", "publish", "pull", "purge", "push", "raise", "reach",
        "read", "reboot", "record", "refund", "register", "reimburse", "reinstall", "remind", "remove",
        "rename", "renew", "reopen", "repair", "replace", "reply", "report", "reproduce", "request", "re-send",
        "resend", "reset", "restart", "restore", "retry", "return", "revert", "review", "revoke", "ring",
        "rotate", "run", "schedule", "search", "send", "set", "share", "ship", "sign", "sms", "start", "submit",
        "summarise", "summarize", "suspend", "sync", "test", "text", "tell", "thank", "trace", "track", "train",
        "transfer", "translate", "troubleshoot", "try", "unblock", "uninstall", "unlock", "update", "upgrade",
        "upload", "validate", "verify", "visit", "waive", "walk", "write",
    ]

    /// Phrases that start with a verb but name no physical step: "Look into
    /// the invoice" says neither what to look at nor how.
    public static let vaguePhrases: [String] = ["check on", "deal with", "look into"]

    /// The built-in lists alone.
    public static let builtIn = ActionVerbs()

    /// Quotes and punctuation ignored around a word.
    static let wordEdges: Set<Character> = Set("\"'“”‘’.,:;!?()[]")

    let verbs: Set<String>
    /// Each vague phrase as its lowercase words.
    let phrases: [[String]]
    /// The first words of the vague phrases: only an action that starts
    /// with one of these is read past its first word.
    let phraseStarts: Set<String>

    /// The built-in lists with `extraVerbs` and `extraVaguePhrases` added
    /// (lowercase, as `Setting.normalized` keeps them).
    public init(extraVerbs: [String] = [], extraVaguePhrases: [String] = []) {
        verbs = Self.all.union(extraVerbs)
        phrases = (Self.vaguePhrases + extraVaguePhrases).map { $0.split(separator: " ").map(String.init) }
        phraseStarts = Set(phrases.compactMap(\.first))
    }

    /// True for "Call billing to confirm the overcharge"; false for
    /// "Katie's battery" (no verb), "Refund" (one word) and "Look into the
    /// refund" (a vague phrase). Looks at the first word and whether a second
    /// follows, and past it only when the first word starts a vague phrase:
    /// the review runs it on every pending action.
    public func isConcrete(_ action: String) -> Bool {
        var action = action
        return action.withUTF8(isConcrete)
    }

    /// The same check on UTF-8 bytes (straight from a SQLite column).
    public func isConcrete(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }) else { return false }
        let end = utf8[start...].firstIndex(where: isSpace) ?? utf8.endIndex
        guard utf8[end...].contains(where: { !isSpace($0) }) else { return false }
        let first = Self.core(Substring(decoding: utf8[start..<end], as: UTF8.self))
        if phraseStarts.contains(first), vaguePhrase(String(decoding: utf8, as: UTF8.self)) != nil { return false }
        return verbs.contains(first)
    }

    /// Why an action is vague, for the review's reason column and the
    /// warning of `open`.
    public func vagueness(_ action: String) -> String? {
        guard !isConcrete(action) else { return nil }
        let count = action.split(whereSeparator: { $0.isWhitespace }).count
        if count < 2 { return "\"\(action)\" is one word: say the physical step" }
        if let phrase = vaguePhrase(action) {
            return "\"\(action)\" starts with \"\(phrase)\": say the physical step (call, email, send…)"
        }
        return "\"\(action)\" does not start with an action verb (call, email, send…)"
    }

    /// The vague phrase `action` starts with, if any.
    func vaguePhrase(_ action: String) -> String? {
        let words = action.split(whereSeparator: { $0.isWhitespace }).map(Self.core)
        let phrase = phrases.first { phrase in
            words.count >= phrase.count && zip(phrase, words).allSatisfy { $0 == $1 }
        }
        return phrase?.joined(separator: " ")
    }

    /// A word without the quotes and punctuation around it, lowercased.
    static func core(_ word: Substring) -> String {
        let trimmed = word.drop(while: wordEdges.contains)
        let end = trimmed.lastIndex(where: { !wordEdges.contains($0) }).map(trimmed.index(after:)) ?? trimmed.startIndex
        return trimmed[..<end].lowercased()
    }

    /// The built-in check (`builtIn.isConcrete`).
    public static func isConcrete(_ action: String) -> Bool { builtIn.isConcrete(action) }

    /// The built-in check's reason (`builtIn.vagueness`).
    public static func vagueness(_ action: String) -> String? { builtIn.vagueness(action) }
}
