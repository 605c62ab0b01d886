/// How many terminal columns text takes: emoji and East Asian wide characters
/// take two, so that tables stay aligned.
enum TextWidth {
    static func of(_ text: String) -> Int {
        if isASCII(text) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// One pass over the bytes without an early exit, which the compiler
    /// vectorizes: tables measure every cell of tens of thousands of rows.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.reduce(0, |) < 0x80 }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    static func width(of character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one scalar takes: 0 for combining marks, joiners and variation
    /// selectors, 2 for East Asian wide characters and emoji, 1 otherwise.
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x300: return 1
        case 0x300...0x36F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0000...0xE01EF: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Cuts `text` to at most `limit` columns, ending with `…` when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard of(text) > limit else { return text }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        var result = "", used = 0
        for character in text {
            let width = width(of: character)
            if used + width > limit - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}

extension TextWidth {
    /// `text` in lines of at most `limit` columns, each with its width,
    /// broken at spaces (which are dropped where a line breaks). A word
    /// longer than a line is broken where it reaches the end, never before a
    /// combining mark or after a zero-width joiner. Nothing is left out.
    /// The first line may have a limit of its own (`first`), where it
    /// continues a line begun by something else.
    static func wrap(_ text: String, to limit: Int, first: Int? = nil) -> [(text: Substring, width: Int)] {
        var lines: [(text: Substring, width: Int)] = []
        wrap(text, to: limit, first: first, into: &lines)
        return lines
    }

    /// Appends the lines to `lines`, which a table reuses from row to row.
    static func wrap(_ text: String, to limit: Int, first: Int? = nil, into lines: inout [(text: Substring, width: Int)]) {
        // ASCII, nearly every cell, is walked by bytes: a table wraps tens of thousands.
        if isASCII(text) {
            wrap(text, text.utf8, to: limit, first: first, space: UInt8(ascii: " "), joiner: nil, into: &lines) { _ in 1 }
        } else {
            wrap(text, text.unicodeScalars, to: limit, first: first, space: " ", joiner: "\u{200D}", into: &lines,
                 width: width(of:))
        }
    }

    private static func wrap<Units: Collection>(
        _ text: String, _ units: Units, to limit: Int, first: Int?, space: Units.Element, joiner: Units.Element?,
        into lines: inout [(text: Substring, width: Int)], width: (Units.Element) -> Int
    ) where Units.Index == String.Index, Units.Element: Equatable {
        let before = lines.count
        func line(_ range: Range<String.Index>) -> Substring { Substring(text.unicodeScalars[range]) }
        var lineStart: String.Index? = nil, lineEnd = units.startIndex, lineWidth = 0
        var index = units.startIndex
        while index < units.endIndex {
            var gap = 0
            while index < units.endIndex, units[index] == space {
                gap += 1
                index = units.index(after: index)
            }
            guard index < units.endIndex else { break }
            let wordStart = index
            var wordWidth = 0
            while index < units.endIndex, units[index] != space {
                wordWidth += width(units[index])
                index = units.index(after: index)
            }
            if lineStart != nil, lineWidth + gap + wordWidth <= (lines.count == before ? first ?? limit : limit) {
                lineEnd = index
                lineWidth += gap + wordWidth
                continue
            }
            if let start = lineStart { lines.append((line(start..<lineEnd), lineWidth)) }
            var start = wordStart, used = wordWidth
            if wordWidth > (lines.count == before ? first ?? limit : limit) {
                used = 0
                var cursor = wordStart, previous = space
                while cursor < index {
                    let unit = units[cursor], width = width(unit)
                    if width > 0, used + width > (lines.count == before ? first ?? limit : limit), used > 0, previous != joiner {
                        lines.append((line(start..<cursor), used))
                        start = cursor
                        used = 0
                    }
                    used += width
                    previous = unit
                    cursor = units.index(after: cursor)
                }
            }
            lineStart = start
            lineEnd = index
            lineWidth = used
        }
        if let start = lineStart { lines.append((line(start..<lineEnd), lineWidth)) }
    }
}
