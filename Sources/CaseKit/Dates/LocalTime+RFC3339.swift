import Glibc

/// RFC 3339, the instants of the exchange formats: exports write UTC,
/// imports read any offset.
extension LocalTime {
    /// RFC 3339 in UTC: `2026-11-27T19:30:00Z`, as exports write instants.
    public static func utc(_ instant: Int64) -> String {
        var seconds = time_t(instant)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Exports write one per event: digits go straight into a byte buffer.
        var bytes: [UInt8] = Array("0000-00-00T00:00:00Z".utf8)
        func put(_ value: Int32, at end: Int, width: Int) {
            var value = value
            for index in stride(from: end, to: end - width, by: -1) {
                bytes[index] = UInt8(48 + value % 10)
                value /= 10
            }
        }
        put(parts.tm_year + 1900, at: 3, width: 4)
        put(parts.tm_mon + 1, at: 6, width: 2)
        put(parts.tm_mday, at: 9, width: 2)
        put(parts.tm_hour, at: 12, width: 2)
        put(parts.tm_min, at: 15, width: 2)
        put(parts.tm_sec, at: 18, width: 2)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses RFC 3339 (`2026-11-27T19:30:00Z`, `2026-11-27T14:30:00-05:00`).
    /// The instant must fall in the years 0001–9999 in UTC too, as exports write it.
    public static func instant(rfc3339 text: String) -> Int64? {
        var text = text
        return text.withUTF8(instant(rfc3339Bytes:))
    }

    private static func instant(rfc3339Bytes bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let date = LocalDate(isoBytes: UnsafeBufferPointer(rebasing: bytes[0..<10])),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = LocalDate.digits(bytes, 11..<13), let minute = LocalDate.digits(bytes, 14..<16),
              let second = LocalDate.digits(bytes, 17..<19),
              hour < 24, minute < 60, second < 61 else { return nil }
        var rest = 19
        if rest < bytes.count, bytes[rest] == UInt8(ascii: ".") {
            rest += 1
            while rest < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[rest]) { rest += 1 }
        }
        var offset = 0
        if rest == bytes.count - 1, bytes[rest] == UInt8(ascii: "Z") || bytes[rest] == UInt8(ascii: "z") {
            offset = 0
        } else if rest == bytes.count - 6, bytes[rest] == UInt8(ascii: "+") || bytes[rest] == UInt8(ascii: "-"),
                  bytes[rest + 3] == UInt8(ascii: ":"), let hours = LocalDate.digits(bytes, rest + 1..<rest + 3),
                  let minutes = LocalDate.digits(bytes, rest + 4..<rest + 6) {
            offset = (hours * 60 + minutes) * 60 * (bytes[rest] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        // UTC calendar arithmetic: what timegm does, without the libc call.
        let instant = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
        guard instant >= earliestInstant, instant <= latestInstant else { return nil }
        return instant
    }

    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
    static let earliestInstant = LocalDate.earliest.daysSinceEpoch * 86_400
    static let latestInstant = (LocalDate.latest.daysSinceEpoch + 1) * 86_400 - 1

    /// RFC 3339 with the local offset: `2026-11-27T14:30:00-05:00`.
    public var rfc3339: String {
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset) / 60
        return "\(isoMinutes):\(LocalDate.pad(second, 2))\(sign)\(LocalDate.pad(offset / 60, 2)):\(LocalDate.pad(offset % 60, 2))"
    }
}
