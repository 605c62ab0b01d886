/// A strict JSON reader over bytes. It reads one value at a time, so an import
/// can take the cases of a large file one by one instead of building the
/// whole document in memory.
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
        let found = offset < bytes.count ? "'\(Unicode.Scalar(bytes[offset]))'" : "the end of the file"
        return Failure(message: "\(message), found \(found)", offset: offset)
    }

    mutating func value() throws -> JSON {
        skipSpace()
        guard offset < bytes.count else { throw failure("expected a value") }
        switch bytes[offset] {
        case UInt8(ascii: "{"):
            depth += 1
            defer { depth -= 1 }
            guard depth < 64 else { throw failure("nesting too deep") }
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
            guard depth < 64 else { throw failure("nesting too deep") }
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
        default:
            return try number()
        }
    }

    private mutating func literal(_ word: String, _ value: JSON) throws -> JSON {
        let utf8 = Array(word.utf8)
        guard bytes.count - offset >= utf8.count, Array(bytes[offset..<offset + utf8.count]) == utf8 else {
            throw failure("expected a value")
        }
        offset += utf8.count
        return value
    }

    private mutating func number() throws -> JSON {
        let start = offset
        var fraction = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                offset += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                fraction = true
                offset += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if !fraction, let int = Int64(text) { return .int(int) }
        guard fraction, text.count > 1, Double(text) != nil else {
            offset = start
            throw failure("expected a value")
        }
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
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard take(UInt8(ascii: "\\")), offset < bytes.count, bytes[offset] == UInt8(ascii: "u") else {
                            throw failure("unpaired surrogate in \\u escape")
                        }
                        offset += 1
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
                    buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
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

    private mutating func hex4() throws -> UInt32 {
        guard bytes.count - offset >= 4,
              let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
        else { throw failure("invalid \\u escape") }
        offset += 4
        return value
    }
}
