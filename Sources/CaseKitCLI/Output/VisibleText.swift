/// Text written by strangers (titles, customers, notes, an import file's
/// bytes), made safe for a terminal. Control characters could otherwise move
/// the cursor, recolor or retitle the terminal, hide text or rewrite what a
/// line seems to say; bidi controls reorder what is shown (Trojan Source).
/// Each one is replaced by a visible stand-in, so the agent sees that it is
/// there without the terminal acting on it (Docs/security.md, "Your terminal"):
///
/// - C0 controls and DEL become their Control Pictures: ESC is `␛`, a line
///   break `␊`, a tab `␉`, DEL `␡`. Each takes one column.
/// - C1 controls (U+0080–U+009F, among them CSI U+009B and OSC U+009D), the
///   bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
///   the bidi marks (U+200E, U+200F, U+061C) and the line and paragraph
///   separators (U+2028, U+2029) become `<U+202E>`.
///
/// Every human-readable surface passes stored or typed text through here;
/// JSON, CSV and ICS keep the exact text.
enum VisibleText {
    static func of(_ text: String) -> String {
        guard !isPlain(text) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x20: shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: shown.append("\u{2421}")
            case _ where needsStandIn(scalar): shown.append(contentsOf: codePoint(scalar).unicodeScalars)
            default: shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// Whether `text` is shown as it is, with no stand-ins: text that is not
    /// cannot be offered by shell completion.
    static func isPlain(_ text: String) -> Bool {
        !mayNeedStandIn(text) || !text.unicodeScalars.contains(where: needsStandIn)
    }

    /// A first look at the bytes, for tables that run every cell of tens of
    /// thousands of rows through here: in UTF-8 every scalar that needs a
    /// stand-in is a byte below 0x20, DEL, or starts with 0xC2 (C1), 0xD8
    /// (U+061C) or 0xE2 0x80/0x81 (U+2000–U+207F). Text with none of those
    /// (nearly all, arrows and accents included) needs no scalar walk.
    private static func mayNeedStandIn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case 0..<0x20, 0x7F, 0xC2, 0xD8: return true
                case 0xE2 where index + 1 < bytes.count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81): return true
                default: continue
                }
            }
            return false
        }
    }

    static func needsStandIn(_ scalar: Unicode.Scalar) -> Bool { scalar.isTerminalControl }

    /// `<U+009B>`: the code point, four hex digits at least.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
