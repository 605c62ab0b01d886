/// A strict JSON reader over bytes. It reads one value at a time, so an import
/// can take the cases of a large file one by one instead of building the
/// whole document in memory.
///
/// It follows RFC 8259 exactly: its number grammar (no `+5`, `007`, `.5`,
/// `5.`, `1e`), its four white-space bytes, no control character inside a
/// string, exactly four hex digits in a `\u` escape. Where the RFC leaves a
/// choice it decides: text must be valid UTF-8; a lone surrogate escape is
/// refused (no UTF-8 text can hold it); objects keep every member, repeated
/// keys included, for the importer to refuse (Docs/json.md); nesting stops
/// at `maximumDepth`.
struct JSONReader {
    struct Failure: Error {
        let message: String
        let offset: Int
    }

    let bytes: [UInt8]
    private(set) var offset = 0
    /// Deep nesting is refused rather than overflowing the stack.
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// 1-based line of `offset`, for error messages.
    func line(at offset: Int) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    var atEnd: Bool { offset >= bytes.count }

    /// Consumes `byte` (after white space) or fails.
    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == byte else { throw failure("expected \(what)") }
        offset += 1
    }

    /// Consumes `byte` (after white space) when it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    func failure(_ message: String) -> Failure {
        Failure(message: "\(message), found \(found)", offset: offset)
    }

    /// The byte at `offset`, in words safe for a terminal: the file may hold
    /// control bytes and invalid UTF-8.
    private var found: String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        guard !(0x21...0x7E).contains(byte) else { return "'\(Unicode.Scalar(byte))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }

    /// Objects and arrays nest at most this deep: an export needs four
    /// levels, and a hostile file must not exhaust the stack.
    static let maximumDepth = 64

    mutating func value() throws -> JSON {
        skipSpace()
        guard offset < bytes.count else { throw failure("expected a value") }
        switch bytes[offset] {
        case UInt8(ascii: "{"):
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
            offset += 1
            var members: [(String, JSON)] = []
            if take(UInt8(ascii: "}")) { return .object(members) }
            repeat {
                skipSpace()
                let key = try string()
                try expect(UInt8(ascii: ":"), "':'")
                members.append((key, try value()))
            } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"), "',' or '}'")
            return .object(members)
        case UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
            offset += 1
            var items: [JSON] = []
            if take(UInt8(ascii: "]")) { return .array(items) }
            repeat { items.append(try value()) } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"), "',' or ']'")
            return .array(items)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try number()
        default:
            throw failure("expected a value")
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSON) throws -> JSON {
        let utf8 = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count - offset >= utf8.count, bytes[offset..<offset + utf8.count].elementsEqual(utf8) else {
            throw failure("expected a value")
        }
        offset += utf8.count
        return value
    }

    private var nextIsDigit: Bool {
        offset < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset])
    }

    private mutating func skipDigits(after what: String) throws {
        guard nextIsDigit else { throw failure("expected a digit after \(what)") }
        while nextIsDigit { offset += 1 }
    }

    /// RFC 8259's grammar exactly: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    private mutating func number() throws -> JSON {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            guard !nextIsDigit else { throw failure("a number with a leading zero") }
        } else {
            try skipDigits(after: "'-'")
        }
        var integral = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            try skipDigits(after: "'.'")
            integral = false
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            try skipDigits(after: "the exponent")
            integral = false
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if integral, let int = Int64(text) { return .int(int) }
        return .number(text)
    }

    /// A string token, with escapes decoded and its UTF-8 validated.
    mutating func string() throws -> String {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw failure("expected a string") }
        offset += 1
        // Most strings have no escape: made straight from the file's bytes.
        var end = offset
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = bytes.withUnsafeBufferPointer { all in
                let slice = UnsafeBufferPointer(rebasing: all[offset..<end])
                // ASCII needs no validation, and String(validating:) takes a
                // slow generic path in this toolchain: keep it for the rest.
                return slice.reduce(0, |) < 0x80
                    ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self)
            }
            guard let text else { throw Failure(message: "invalid UTF-8 in a string", offset: end) }
            offset = end + 1
            return text
        }
        var buffer = Array(bytes[offset..<end])
        offset = end
        while true {
            guard offset < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw Failure(message: "invalid UTF-8 in a string", offset: offset - 1)
                }
                return text
            case UInt8(ascii: "\\"):
                guard offset < bytes.count else { throw failure("unterminated string") }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "u"):
                    UTF8.encode(try escapedScalar()) { buffer.append($0) }
                default:
                    offset -= 1
                    throw failure("invalid escape")
                }
            case 0..<0x20:
                offset -= 1
                throw failure("control character in a string")
            default:
                buffer.append(byte)
            }
        }
    }

    /// The character of a `\u` escape (its `\u` already read): a pair of
    /// escapes for a character beyond U+FFFF. A lone surrogate is refused:
    /// it is no character, and no UTF-8 text can hold it.
    private mutating func escapedScalar() throws -> Unicode.Scalar {
        let unit = try hex4()
        switch unit {
        case 0xD800...0xDBFF:
            guard bytes.count - offset >= 2, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw failure("a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) (a high surrogate needs a low one after it)")
            }
            offset += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw failure("a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) (a high surrogate needs a low one after it)")
            }
            return try scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00...0xDFFF:
            throw failure("a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) (a low surrogate with no high one before it)")
        default:
            return try scalar(unit)
        }
    }

    private func scalar(_ value: UInt32) throws -> Unicode.Scalar {
        guard let scalar = Unicode.Scalar(value) else { throw failure("invalid \\u escape") }
        return scalar
    }

    /// Exactly four hex digits: no sign, no space.
    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count else { throw failure("expected four hex digits after \\u") }
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("expected four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
