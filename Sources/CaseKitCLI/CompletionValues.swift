import ArgumentParser
import CaseKit

/// Values offered by shell completion. A completion call never creates or
/// writes a database and says nothing on error: it just offers nothing.
enum CompletionValues {
    /// Active case ids starting with what was typed; zsh and fish also show
    /// each title.
    static func caseIDs(words: [String], prefix: String) -> [String] {
        guard let reader = reader(words) else { return [] }
        let typed = prefix.hasPrefix("#") ? String(prefix.dropFirst()) : prefix
        let matches: (Int64) -> Bool = { typed.isEmpty || String($0).hasPrefix(typed) }
        switch CompletionShell.requesting {
        case .zsh?, .fish?:
            let separator = CompletionShell.requesting == .zsh ? ":" : "\t"
            return (try? reader.activeCases().filter { matches($0.id) }.map { id, title in
                "\(id)\(separator)\(TextWidth.truncate(TextWidth.cell(title), to: 60))"
            }) ?? []
        default:
            return (try? reader.activeCaseIDs().filter(matches).map(String.init)) ?? []
        }
    }

    static func values(_ field: CompletionReader.Field) -> CompletionKind {
        .custom { words, _, _ in
            (try? reader(words)?.values(of: field)) ?? []
        }
    }

    /// Opens the database the command line names (`--db`, else the usual
    /// precedence) read-only; nil when there is none.
    static func reader(_ words: [String]) -> CompletionReader? {
        var flag: String?
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count { flag = words[index + 1] }
            if word.hasPrefix("--db=") { flag = String(word.dropFirst(5)) }
        }
        let path = DatabaseLocation.resolve(flag: flag, environment: Session.environment)
        return try? CompletionReader(path: path)
    }
}
