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
    /// Ids of the cases in `statuses` (active ones unless told) that start
    /// with what was typed; zsh and fish also show each title. With
    /// `mostRecent`, only that many, the ones resolved last (for `reopen`:
    /// closed cases pile up for ever).
    static func caseIDs(_ statuses: [CaseStatus] = Policy.activeStatuses, mostRecent: Int? = nil) -> CompletionKind {
        kind { words, prefix in caseIDs(words: words, prefix: prefix, statuses: statuses, mostRecent: mostRecent) }
    }

    /// How many resolved and closed cases `reopen` offers.
    static let reopenable = 100

    static func caseIDs(words: [String], prefix: String, statuses: [CaseStatus], mostRecent: Int? = nil) -> [String] {
        guard let reader = reader(words) else { return [] }
        let typed = prefix.hasPrefix("#") ? String(prefix.dropFirst()) : prefix
        // Read once: ArgumentParser takes a lock for it.
        let shell = CompletionShell.requesting
        let recent = mostRecent.map { limit in
            // Zeros typed in bash pick among padded ids (`numbers`): all of them.
            try? reader.recentlyResolvedCases(in: statuses, typed: typed.allSatisfy { $0 == "0" } ? "" : typed, limit: limit)
        }
        switch shell {
        case .zsh?, .fish?:
            guard let cases = recent ?? (try? reader.cases(in: statuses)) else { return [] }
            return cases.filter { String($0.id).hasPrefix(typed) }.compactMap { id, title in
                offer(String(id), described: title, for: shell)
            }
        default:
            guard let ids = recent.map({ $0?.map(\.id) }) ?? (try? reader.caseIDs(in: statuses)) else { return [] }
            return numbers(ids, typed: typed).compactMap { offer($0, for: shell) }
        }
    }

    /// The pending check-ins of the case the line names, for `--checkin N`;
    /// zsh and fish show each one's date and note.
    static let pendingCheckIns = kind { words, prefix in
        guard let reader = reader(words), let id = caseID(in: words) else { return [] }
        let shell = CompletionShell.requesting
        let pending = (try? reader.pendingCheckIns(of: id)) ?? []
        switch shell {
        case .zsh?, .fish?:
            return pending.filter { String($0.id).hasPrefix(prefix) }.compactMap { checkIn in
                offer(String(checkIn.id), described: ([checkIn.due.iso, checkIn.purpose.rawValue] + [checkIn.note].compactMap { $0 })
                    .joined(separator: " "), for: shell)
            }
        default:
            return numbers(pending.map(\.id), typed: prefix).compactMap { offer($0, for: shell) }
        }
    }

    /// The holidays' dates, for `config holiday remove`; zsh and fish show
    /// each one's name.
    static let holidays = kind { words, prefix in
        guard let reader = reader(words), let holidays = try? reader.holidays() else { return [] }
        let shell = CompletionShell.requesting
        return holidays.filter { $0.date.hasPrefix(prefix) }.compactMap { holiday in
            switch shell {
            case .zsh?, .fish?: offer(holiday.date, described: holiday.name ?? "", for: shell)
            default: offer(holiday.date, for: shell)
            }
        }
    }

    /// The values `config set` takes for the setting already on the line:
    /// the working week's days and runs, yes or no, the common intervals.
    static let settingValues = kind { words, _ in
        let shell = CompletionShell.requesting
        let values: [String] = switch words.lazy.compactMap({ Setting(rawValue: $0) }).first {
        case .workingDays?: ["mon-fri", "mon-sat", "sun-thu"] + WorkingWeek.mondayToFriday.names + ["sat", "sun"]
        case .countWorkingDays?: ["yes", "no"]
        case .staleAfter?, .updateEvery?, .followUp?, .wait?: ["1bd", "2bd", "3bd", "5bd", "1d", "2d", "3d", "7d", "12h", "1w"]
        case .reviewReminder?: ["7d", "14d", "1w", "2w", "1m"]
        default: []
        }
        return values.compactMap { offer($0, for: shell) }
    }

    /// The WHEN words and common spans, from the parser's own list.
    static let when = CompletionKind.list(WhenText.suggestions)

    /// Numbers starting with `typed`, as bash should list them. bash sorts
    /// its choices as text, and the generated script cannot ask it not to
    /// (`compopt -o nosort` in the called-back process does not reach the
    /// shell), so "10" would come before "9". Before anything but zeros is
    /// typed, every number is written to one width with leading zeros, which
    /// casekit reads as the same number: the list then reads in numeric
    /// order. Once a digit is typed, each answer must start with it.
    static func numbers(_ values: [Int64], typed: String) -> [String] {
        guard typed.allSatisfy({ $0 == "0" }), let largest = values.max() else {
            return values.map(String.init).filter { $0.hasPrefix(typed) }
        }
        let width = String(largest).count
        return values.map { value in
            let digits = String(value)
            return String(repeating: "0", count: width - digits.count) + digits
        }.filter { $0.hasPrefix(typed) }
    }

    /// The case a command line addresses: its first positional argument
    /// (`casekit checkin skip 42 --checkin …`), stepping over options and
    /// the values they take. The only flag of the check-in commands is
    /// `--no-color`; every other option takes a value.
    static func caseID(in words: [String]) -> Int64? {
        var index = 1
        while index < words.count - 1 {
            let word = words[index]
            if word == "--" { return words.dropFirst(index + 1).lazy.compactMap { CaseID(argument: $0)?.value }.first }
            if word.hasPrefix("-") {
                index += word.contains("=") || word == "--no-color" ? 1 : 2
                continue
            }
            if let id = CaseID(argument: word) { return id.value }
            index += 1
        }
        return nil
    }

    /// A completion that gets the words of the line and what was typed.
    ///
    /// For fish it is the one-argument form: the three-argument form's fish
    /// script asks `commandline -C` for the cursor, which fish 3 refuses
    /// outside an interactive session with an error printed on the terminal
    /// (`fish -c 'complete -C "casekit show "'`). The one-argument form's
    /// call passes the line alone, the word being completed last. The form
    /// is chosen while the script is written (`requesting`) and again when
    /// the script calls back, as fish says with `SAP_SHELL`.
    static func kind(_ complete: @escaping @Sendable (_ words: [String], _ prefix: String) -> [String]) -> CompletionKind {
        guard CompletionShell.requesting == .fish || Session.environment("SAP_SHELL") == "fish" else {
            return .custom { words, _, prefix in complete(words, prefix) }
        }
        return (FishCompletion.self as any LineCompletion.Type).kind(complete)
    }

    static func values(_ field: CompletionReader.Field) -> CompletionKind {
        kind { words, _ in
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
        // Digits alone (case and check-in numbers, 30,000 at 100,000 cases)
        // need no check and no escape: only bash's quotes.
        if description == nil, !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            return shell == .bash ? "'" + value + "'" : value
        }
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

/// ArgumentParser's one-argument custom completion, which it keeps for old
/// scripts and marks deprecated; casekit uses it for fish only (see
/// `CompletionValues.kind`). Reached through a protocol so that the one
/// deliberate use does not warn on every build.
private protocol LineCompletion {
    static func kind(_ complete: @escaping @Sendable (_ words: [String], _ prefix: String) -> [String]) -> CompletionKind
}

private enum FishCompletion: LineCompletion {
    @available(*, deprecated, message: "fish 3 only: see CompletionValues.kind")
    static func kind(_ complete: @escaping @Sendable (_ words: [String], _ prefix: String) -> [String]) -> CompletionKind {
        // fish passes the whole line; the word being completed is taken to
        // be the last one. Where the cursor starts a word, the script adds
        // it as `\'\'`, which fish reads as two quote characters: that is
        // the empty word (a typed `''` arrives unquoted, as nothing).
        .custom { words in
            let last = words.last ?? ""
            return complete(words, last == "''" ? "" : last)
        }
    }
}
