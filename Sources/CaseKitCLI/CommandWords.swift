import ArgumentParser
import CaseKit

/// A command line as typed, read before ArgumentParser sees it, for the three
/// things ArgumentParser gets wrong for casekit's users:
///
/// - `--db PATH` before the subcommand (`casekit --db q.db list`) is moved
///   after it, where every command declares it.
/// - A word in the subcommand's place that names no subcommand is refused
///   ("did you mean 'show'?") instead of falling through to the default
///   `today`, which would run and exit 0.
/// - Text that begins with `-` (`casekit note 1 "-ish: fine"`) would be read
///   as a cluster of short flags that contains `-h`: help printed, exit 0,
///   nothing recorded. casekit's short options are single letters (`-h`,
///   `export -o`), so any longer word that begins with one `-` (or a long
///   "option" with a space in it) is text, and is refused with the way to
///   give it: after `--`, or attached to its option with `=`.
struct CommandWords {
    /// The line ArgumentParser should parse.
    let arguments: [String]

    init(_ typed: [String], root: any ParsableCommand.Type = Casekit.self) throws {
        var words = typed[...]
        var storeOptions: [String] = []
        while let first = words.first {
            if first == "--db", words.count >= 2 {
                storeOptions += words.prefix(2)
                words = words.dropFirst(2)
            } else if first.hasPrefix("--db=") || first == "--no-color" {
                storeOptions.append(first)
                words = words.dropFirst()
            } else {
                break
            }
        }
        var path: [String] = []
        var command = root
        while let word = words.first, !word.hasPrefix("-") {
            let children = command.configuration.subcommands
            guard !children.isEmpty else { break }
            path.append(word)
            words = words.dropFirst()
            // ArgumentParser's own `help` (`casekit help note`) is in no
            // configuration; what follows it names a command, not text.
            if word == "help" { break }
            guard let child = children.first(where: { Self.names(of: $0).contains(word) }) else {
                throw Self.unknownCommand(word, path: path.dropLast(), among: children)
            }
            command = child
        }
        try Self.refuseDashText(in: Array(words), path: path)
        // `casekit --db q.db` is `today` there: the root declares `--db` too
        // (for completion), and would take it from the default subcommand.
        if path.isEmpty, !storeOptions.isEmpty, let today = root.configuration.defaultSubcommand {
            path = [today._commandName]
        }
        arguments = path + storeOptions + words
    }

    private static func names(of command: any ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }

    private static func unknownCommand(_ word: String, path: ArraySlice<String>, among children: [any ParsableCommand.Type]) -> CaseKitError {
        let parent = (["casekit"] + path).joined(separator: " ")
        let names = children.map { $0._commandName }
        let message = "'\(VisibleText.of(word))' is not a \(parent) command"
        if let suggestion = Self.closest(to: word.lowercased(), among: names) {
            return .usage(message, hint: "did you mean '\(suggestion)'?")
        }
        return .usage(message, hint: "the commands are \(names.joined(separator: ", ")); see '\(parent) --help'")
    }

    /// The name a typo most likely meant: fewest edits (a swap of two
    /// neighbours counts as one), at most two and fewer than half the word;
    /// or the only name the word begins.
    static func closest(to word: String, among names: [String]) -> String? {
        let typed = Array(word)
        let scored = names.map { (name: $0, distance: editDistance(typed, Array($0))) }
        if let best = scored.min(by: { $0.distance < $1.distance }),
           best.distance <= 2, best.distance * 2 < typed.count {
            return best.name
        }
        let extended = names.filter { $0.hasPrefix(word) }
        return !word.isEmpty && extended.count == 1 ? extended[0] : nil
    }

    /// Optimal string alignment distance: insertions, deletions,
    /// substitutions and swaps of adjacent characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// Options declared with unconditional parsing, whose value may begin
    /// with `-`: `edit --tag -billing` removes a tag.
    static let optionsTakingDashValues: Set<String> = ["--tag"]

    /// Words up to `--` that begin with `-` yet cannot be an option.
    private static func refuseDashText(in words: [String], path: [String]) throws {
        let command = (["casekit"] + path).joined(separator: " ")
        for (index, word) in words.enumerated() {
            if word == "--" { return }
            let previous = index > 0 ? words[index - 1] : ""
            guard isText(word), !optionsTakingDashValues.contains(previous) else { continue }
            let shown = VisibleText.of(word)
            if previous.hasPrefix("--"), !previous.contains("="), !isText(previous) {
                throw CaseKitError.usage(
                    "'\(shown)' begins with '-' and would be read as an option",
                    hint: "attach text that begins with '-' to its option with '=': \(previous)=\(shellQuoted(word))")
            }
            // Last on the line, it can simply move behind `--`; elsewhere
            // the options that follow it must come before the `--`.
            let example = index == words.count - 1
                ? ([command] + words.dropLast().map(shellQuoted) + ["--", shellQuoted(word)]).joined(separator: " ")
                : "\(command) … -- \(shellQuoted(word))"
            throw CaseKitError.usage(
                "'\(shown)' begins with '-' and would be read as an option",
                hint: "put text that begins with '-' after '--', options first: \(example)")
        }
    }

    /// A value such as `--on -x` looks like an option of one letter, so
    /// ArgumentParser says "Missing value for '--on <who>'"; the refusal
    /// names the value and how to give it. Nil when `message` is another
    /// error or no option on `line` is followed by such a word.
    static func dashValue(missingIn message: String, line: [String]) -> CaseKitError? {
        let prefix = "Missing value for '"
        guard message.hasPrefix(prefix) else { return nil }
        // "--on <who>'", "-o, --output <path>'": the names come before the value's.
        let names = message.dropFirst(prefix.count).prefix { $0 != "<" && $0 != "'" }
            .split(separator: ",").map(\.trimmingSpaces)
        guard let index = line.indices.last(where: { names.contains(line[$0]) }),
              index + 1 < line.count, line[index + 1].hasPrefix("-"), line[index + 1] != "--" else { return nil }
        let value = line[index + 1], option = line[index]
        let message = "'\(VisibleText.of(value))' begins with '-' and would be read as an option, so \(option) has no value"
        // `-o=-x` would be read as the value "=-x": only a long name takes `=`.
        guard let long = names.last(where: { $0.hasPrefix("--") }) else {
            return .usage(message, hint: "attach the value to \(option)'s long name (see --help) with '=': --NAME=\(shellQuoted(value))")
        }
        return .usage(message, hint: "attach a value that begins with '-' to its option with '=': \(long)=\(shellQuoted(value))")
    }

    /// `word` as a shell reads it back, shown safely. A long one is quoted
    /// even when plain, so that the error line shortens it as a value.
    private static func shellQuoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.utf8.count <= ErrorText.valueLimit && word.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || "@%+=:,./_-#".contains($0))
        }
        if plain { return word }
        var quoted = ""
        for character in word {
            if "\"\\$`".contains(character) { quoted.append("\\") }
            quoted.append(character)
        }
        return "\"\(VisibleText.of(quoted))\""
    }

    /// A short option is one letter (`-h`, `export -o`); anything longer
    /// after one `-` is text, since casekit never clusters short flags. A
    /// `--name` with anything but letters, digits and `-` before its `=` is
    /// not an option either.
    private static func isText(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word != "-", word != "--" else { return false }
        if word.hasPrefix("--") {
            let name = word.dropFirst(2).prefix { $0 != "=" }
            return name.isEmpty || !name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        let letter = word.dropFirst()
        return !(letter.count == 1 && letter.allSatisfy { $0.isASCII && $0.isLetter })
    }
}
