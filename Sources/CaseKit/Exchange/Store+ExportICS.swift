extension Store {
    /// An RFC 5545 calendar: one VTODO per dated next action and pending
    /// check-in, its UID the item's uuid so calendar apps update, not duplicate.
    public func exportICS(to write: (String) throws -> Void) throws {
        try read {
            var chunk = ICalendar.lines(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//casekit//casekit//EN",
                                         "CALSCALE:GREGORIAN", "X-WR-CALNAME:casekit"])
            let stamp = "DTSTAMP:" + ICalendar.utc(now)
            try forEachDueAction(through: .max) { action in
                chunk += ICalendar.todo(uid: action.uuid, stamp: stamp,
                                        summary: "\(action.text)\(action.context.map { " \($0)" } ?? "") (#\(action.caseID) \(action.title))",
                                        description: "Next action on case #\(action.caseID): \(action.title)"
                                            + (action.customer.map { "\nCustomer: \($0)" } ?? ""),
                                        due: action.due)
            }
            try forEachDueCheckIn(through: .max) { due in
                let checkIn = due.checkIn
                let what = checkIn.note.map { "\(checkIn.purpose.rawValue): \($0)" } ?? checkIn.purpose.rawValue
                let channel = checkIn.channel.map { " by \($0.rawValue)" } ?? ""
                chunk += ICalendar.todo(uid: due.uuid, stamp: stamp,
                                        summary: "Check in\(channel) — \(what) (#\(checkIn.caseID) \(due.title))",
                                        description: "Customer check-in on case #\(checkIn.caseID): \(due.title)"
                                            + (due.customer.map { "\nCustomer: \($0)" } ?? ""),
                                        due: checkIn.due)
                if chunk.utf8.count > 1 << 16 {
                    try write(chunk)
                    chunk = ""
                }
            }
            try write(chunk + ICalendar.lines(["END:VCALENDAR"]))
        }
    }
}

/// RFC 5545 text: escaping, 75-octet folding, CRLF.
public enum ICalendar {
    static func todo(uid: String, stamp: String, summary: String, description: String, due: Due) -> String {
        let dueLine: String
        switch due {
        case .day(let date): dueLine = "DUE;VALUE=DATE:" + date.iso.replacingAll("-", with: "")
        case .instant(let instant): dueLine = "DUE:" + utc(instant)
        }
        return lines(["BEGIN:VTODO", "UID:\(uid)@casekit", stamp, "SUMMARY:" + escape(summary),
                      "DESCRIPTION:" + escape(description), dueLine, "STATUS:NEEDS-ACTION", "END:VTODO"])
    }

    /// `20261127T193000Z`
    static func utc(_ instant: Int64) -> String {
        LocalTime.utc(instant).filter { $0 != "-" && $0 != ":" }
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func lines(_ lines: [String]) -> String {
        lines.map(fold).joined()
    }

    /// Folds a content line into pieces of at most 75 octets (a continuation
    /// starts with one space, which counts), never splitting a character.
    public static func fold(_ line: String) -> String {
        var folded = "", current = 0
        for character in line {
            let size = character.utf8.count
            if current + size > 75 {
                folded += "\r\n "
                current = 1
            }
            folded.append(character)
            current += size
        }
        return folded + "\r\n"
    }
}
