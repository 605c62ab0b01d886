/// Whether a next action is a concrete physical step. A vague one ("Katie's
/// battery", "refund") does not start with an action verb or has fewer than
/// two words. The verb list is built in and documented in Docs/guide.md.
public enum ActionVerbs {
    /// Verbs a support agent's next action starts with.
    public static let all: Set<String> = [
        "add", "analyze", "apologize", "apply", "approve", "archive", "ask", "assign", "attach", "book",
        "buy", "call", "cancel", "chase", "check", "clarify", "clean", "clear", "close", "collect",
        "compare", "compile", "configure", "confirm", "contact", "copy", "create", "credit", "debug",
        "decide", "delete", "deploy", "describe", "diagnose", "dial", "discuss", "document", "download",
        "draft", "email", "enable", "disable", "escalate", "estimate", "explain", "export", "file", "fill",
        "find", "fix", "flag", "follow", "forward", "gather", "get", "give", "import", "inform", "install",
        "investigate", "invite", "issue", "join", "list", "log", "look", "mail", "meet", "merge", "message",
        "migrate", "monitor", "move", "notify", "open", "order", "page", "patch", "pay", "phone", "ping",
        "plan", "prepare", "print", "process", "propose", "provide", "publish", "pull", "push", "read",
        "reboot", "record", "refund", "register", "reimburse", "reinstall", "remind", "remove", "renew",
        "reopen", "repair", "replace", "reply", "report", "reproduce", "request", "re-send", "resend",
        "reset", "restart", "restore", "retry", "return", "review", "run", "schedule", "search", "send",
        "set", "share", "ship", "sign", "sms", "start", "submit", "summarize", "test", "text", "tell",
        "thank", "trace", "track", "train", "transfer", "translate", "troubleshoot", "try", "unlock",
        "update", "upgrade", "upload", "validate", "verify", "visit", "walk", "write",
    ]

    /// Quotes and punctuation ignored around the first word.
    static let wordEdges: Set<Character> = Set("\"'“”‘’.,:;!?()[]")

    /// True for "Call billing to confirm the overcharge"; false for
    /// "Katie's battery" (no verb) and "Refund" (one word). Looks at the first
    /// word and whether a second follows, nothing more: the review runs it on
    /// every pending action.
    public static func isConcrete(_ action: String) -> Bool {
        var action = action
        return action.withUTF8(isConcrete)
    }

    /// The same check on UTF-8 bytes (straight from a SQLite column).
    public static func isConcrete(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }) else { return false }
        let end = utf8[start...].firstIndex(where: isSpace) ?? utf8.endIndex
        guard utf8[end...].contains(where: { !isSpace($0) }) else { return false }
        let word = String(decoding: utf8[start..<end], as: UTF8.self)
        let trimmed = word.drop(while: wordEdges.contains)
        let core = trimmed.prefix(upTo: trimmed.lastIndex(where: { !wordEdges.contains($0) })
            .map(trimmed.index(after:)) ?? trimmed.startIndex)
        return all.contains(core.lowercased())
    }

    /// Why an action is vague, for the review's reason column.
    public static func vagueness(_ action: String) -> String? {
        guard !isConcrete(action) else { return nil }
        let count = action.split(whereSeparator: { $0.isWhitespace }).count
        return count < 2
            ? "\"\(action)\" is one word: say the physical step"
            : "\"\(action)\" does not start with an action verb (call, email, send…)"
    }
}
