import ArgumentParser
import CaseKit

/// Values offered by shell completion. A completion call never creates or
/// writes a database and says nothing on error: it just offers nothing.
///
/// Stored values are written by strangers, and each shell's generated script
/// reads the answer its own way (bash expands it, zsh parses `:` and `\`,
/// fish splits at a tab), so every value is written for the shell that asks
/// and arrives literally, or is left out (Docs/security.md, "Shell completion").
enum CompletionValues {
    /// Active case ids starting with what was typed; zsh and fish also show
    /// each title.
    static func caseIDs(words: [String], prefix: String) -> [String] {
        guard let reader = reader(words) else { return [] }
        let typed = prefix.hasPrefix("#") ? String(prefix.dropFirst()) : prefix
        let matches: (Int64) -> Bool = { typed.isEmpty || String($0).hasPrefix(typed) }
        // Read once: ArgumentParser takes a lock for it.
        let shell = CompletionShell.requesting
        switch shell {
        case .zsh?, .fish?:
            return (try? reader.activeCases().filter { matches($0.id) }.compactMap { id, title in
                offer(String(id), described: title, for: shell)
            }) ?? []
        default:
            return (try? reader.activeCaseIDs().filter(matches).compactMap { offer(String($0), for: shell) }) ?? []
        }
    }

    static func values(_ field: CompletionReader.Field) -> CompletionKind {
        .custom { words, _, _ in
            let shell = CompletionShell.requesting
            return ((try? reader(words)?.values(of: field)) ?? []).compactMap { offer($0, for: shell) }
        }
    }

    /// One line of the answer, as the requesting shell's script reads it; nil
    /// for a value that cannot arrive literally there. A value with control
    /// or bidi characters is never offered: the shell would show or insert
    /// them raw. A description is shown through `VisibleText`.
    static func offer(_ value: String, described description: String? = nil,
                      for shell: CompletionShell?) -> String? {
        // A value starting with `-` would be read as an option when the line
        // runs (`--customer --help`): it cannot arrive, so it is not offered.
        guard VisibleText.isPlain(value), !value.hasPrefix("-") else { return nil }
        let shown = description.map { TextWidth.truncate(VisibleText.of($0), to: 60) }
        switch shell {
        case .bash?:
            // `compgen -W` expands each word (parameters, command substitution,
            // backquotes, tilde, braces) and removes quotes: inside single
            // quotes nothing expands, and `'\''` is a literal quote. The
            // script's `complete -o filenames` then backslash-quotes the value
            // it inserts, all but `$` and backquotes, which it leaves for
            // expansion when the command runs, and a leading `~`, which it
            // completes as a folder.
            guard !value.contains(where: { $0 == "$" || $0 == "`" }), !value.hasPrefix("~") else { return nil }
            return "'" + escaped(value, Escapes.bashQuote) + "'"
        case .zsh?:
            // `_describe` splits at the first `:` not after a backslash and
            // drops every backslash, in the value and in the description.
            let zshValue = escaped(value, Escapes.zshValue)
            return zshValue + (shown.map { ":" + escaped($0, Escapes.zshDescription) } ?? "")
        case .fish?:
            // fish takes what follows the first tab as the description; the
            // value has none.
            return value + (shown.map { "\t" + $0 } ?? "")
        default:
            return value
        }
    }

    /// What to write for each special ASCII character of a value. Made once:
    /// zsh completes tens of thousands of titles.
    struct Escapes {
        let replacements: [Character: String]
        let special: Set<UInt8>

        init(_ replacements: [Character: String]) {
            self.replacements = replacements
            special = Set(replacements.keys.compactMap(\.asciiValue))
        }

        static let bashQuote = Escapes(["'": "'\\''"])
        static let zshValue = Escapes(["\\": "\\\\", ":": "\\:"])
        static let zshDescription = Escapes(["\\": "\\\\"])
    }

    private static func escaped(_ text: String, _ escapes: Escapes) -> String {
        // Nearly every value has nothing to escape: spare the character walk.
        guard text.utf8.contains(where: escapes.special.contains) else { return text }
        var result = ""
        for character in text {
            if let replacement = escapes.replacements[character] { result += replacement } else { result.append(character) }
        }
        return result
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
