/// A JSON value whose object keys keep the order they were written in, so
/// the documented shapes print the same way every time.
public enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    /// A number that is no 64-bit integer (a fraction, an exponent, or too
    /// large), kept as written.
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func optional(_ text: String?) -> JSON { text.map(JSON.string) ?? .null }

    /// Pretty-printed with two-space indentation.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: "")
        return out
    }

    func write(into out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .number(let text): out += text
        case .string(let value): JSON.quote(value, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += inner
                JSON.quote(key, into: &out)
                out += ": "
                value.write(into: &out, indent: inner)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        // Most text needs no escape: append it whole.
        let needsEscape: (UInt8) -> Bool = { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: needsEscape) })
                ?? text.utf8.contains(where: needsEscape) else {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSON {
    /// The member `key` of an object (nil for absent keys and non-objects).
    public subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The first key an object holds twice; nil when none (or not an object).
    var repeatedKey: String? {
        guard case .object(let members) = self, members.count > 1 else { return nil }
        // A record has a dozen keys: comparing them beats hashing, but a
        // hostile object with thousands must not take quadratic time.
        if members.count <= 32 {
            for later in 1..<members.count where members[..<later].contains(where: { $0.0 == members[later].0 }) {
                return members[later].0
            }
            return nil
        }
        var seen = Set<String>()
        return members.first { !seen.insert($0.0).inserted }?.0
    }

    /// What a value is, in words, for error messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
