/// An error line quotes what was typed or read (a title, a setting's
/// value, a word of the line), and that can be megabytes: the line would
/// bury the terminal and the hint with it. Each quoted value is shown up to
/// `valueLimit` characters, then `…`; an unquoted word (a hint's example
/// line) up to `wordLimit`, long enough for any real path.
enum ErrorText {
    static let valueLimit = 60
    static let wordLimit = 240

    static func shortened(_ text: String) -> String {
        guard text.utf8.count > valueLimit else { return text }
        var shown = ""
        var unclosed: Set<Character> = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if opensQuote(at: index, in: text), !unclosed.contains(character) {
                // No closing quote after this one means none after any later one either.
                guard let close = closingQuote(after: index, in: text) else {
                    unclosed.insert(character)
                    continue
                }
                shown.append(character)
                shown += cut(text[text.index(after: index)..<close], at: valueLimit)
                shown.append(character)
                index = text.index(after: close)
            } else if character.isWhitespace {
                shown.append(character)
                index = text.index(after: index)
            } else {
                var end = text.index(after: index)
                while end < text.endIndex, !text[end].isWhitespace, !opensQuote(at: end, in: text) {
                    end = text.index(after: end)
                }
                shown += cut(text[index..<end], at: wordLimit)
                index = end
            }
        }
        return shown
    }

    /// A quote mark that begins a quotation: at the start, or after a space,
    /// `(`, `=` or `:` (never the apostrophe inside "casekit's").
    private static func opensQuote(at index: String.Index, in text: String) -> Bool {
        guard text[index] == "'" || text[index] == "\"" else { return false }
        guard index > text.startIndex else { return true }
        let before = text[text.index(before: index)]
        return before.isWhitespace || "(=:".contains(before)
    }

    /// The same quote mark where the quotation ends: followed by the end, a
    /// space or punctuation.
    private static func closingQuote(after opening: String.Index, in text: String) -> String.Index? {
        let mark = text[opening]
        var index = text.index(after: opening)
        while let found = text[index...].firstIndex(of: mark) {
            let next = text.index(after: found)
            if next == text.endIndex || text[next].isWhitespace || "),.;:!?]".contains(text[next]) { return found }
            index = next
        }
        return nil
    }

    private static func cut(_ text: Substring, at limit: Int) -> Substring {
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex
        else { return text }
        return text[..<end] + "…"
    }
}
