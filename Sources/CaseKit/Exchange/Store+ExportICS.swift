extension Store {
    // A waiting case's follow-up, which stands in for its snoozed next action.
    static let selectFollowUpsForCalendar = """
        SELECT c.id, c.uuid, c.customer, c.title, c.waiting_on, c.follow_up_at, c.follow_up_all_day
        FROM cases c WHERE c.status = 'waiting' AND c.follow_up_at IS NOT NULL
        ORDER BY \(dueOrder("c.follow_up_at", allDay: "c.follow_up_all_day")), c.id
        """

    /// An RFC 5545 calendar: one VTODO per dated next action (of an open or
    /// escalated case: a waiting case's is snoozed), per waiting case's
    /// follow-up and per pending check-in, its UID the item's uuid (the
    /// case's, with `-follow-up`, for a follow-up) so calendar apps update,
    /// not duplicate.
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
            try database.forEachRow(Self.selectFollowUpsForCalendar, reading: { columns in
                let line = try CaseLine.decoder(columns), uuid = try columns.index("uuid")
                let waitingOn = try columns.index("waiting_on")
                let followUpAt = try columns.index("follow_up_at"), allDay = try columns.index("follow_up_all_day")
                return { row in
                    let waiting = line(row), who = row.optionalString(waitingOn) ?? "someone"
                    return ICalendar.todo(uid: row.string(uuid) + "-follow-up", stamp: stamp,
                                          summary: "Follow up: waiting on \(who) (#\(waiting.id) \(waiting.title))",
                                          description: "Case #\(waiting.id) waits on \(who): \(waiting.title)"
                                              + (waiting.customer.map { "\nCustomer: \($0)" } ?? ""),
                                          due: Due(deadline: row.int(followUpAt), allDay: row.bool(allDay)))
                }
            }) { chunk += $0 }
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
