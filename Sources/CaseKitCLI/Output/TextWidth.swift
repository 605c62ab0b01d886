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
