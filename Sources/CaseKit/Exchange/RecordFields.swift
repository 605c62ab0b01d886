/// Reads the fields of one record, naming the record and the field in every
/// error: `case 3 (uuid 1b2c…): field "status": unknown value "lost"`.
struct RecordFields {
    /// Which case: its index in the file and its uuid, when it has one.
    let caseIndex: Int
    let caseUUID: String?
    /// Where inside the case, e.g. `events[3]`: nil for the case's own fields.
    let item: (field: String, index: Int)?
    let value: JSON
    /// The injected clock: no time the commands record lies after it.
    let now: Int64

    /// `case 3 (uuid 1b2c…)`. Built only for an error: an import reads a
    /// million records and nearly all are fine.
    var record: String { "case \(caseIndex) (uuid \(caseUUID ?? "missing"))" }

    /// `events[3]`, or nil for the case's own fields.
    var path: String? { item.map { "\($0.field)[\($0.index)]" } }

    func failure(_ field: String, _ message: String) -> CaseKitError {
        let path = path.map { $0 + "." } ?? ""
        return CaseKitError(.data, "\(record): field \"\(path)\(field)\" \(message)",
                            hint: "fix that record, or export the data again with 'casekit export'")
    }

    func raw(_ field: String) -> JSON? {
        guard let member = value[field], case .null = member else { return value[field] }
        return nil
    }

    func string(_ field: String) throws -> String {
        guard let member = value[field] else { throw failure(field, "is missing") }
        guard case .string(let text) = member else { throw failure(field, "must be a string, not \(member.kindName)") }
        try refuseNUL(field, text)
        return text
    }

    /// SQLite keeps a NUL, but every C string (and so most tools reading the
    /// file) ends at it: no command can type one, and none is imported.
    func refuseNUL(_ field: String, _ text: String) throws {
        var text = text
        guard !text.withUTF8({ $0.contains(0) }) else { throw failure(field, "contains a NUL character (\\u0000)") }
    }

    func optionalString(_ field: String) throws -> String? {
        guard let member = raw(field) else { return nil }
        guard case .string(let text) = member else { throw failure(field, "must be a string or null, not \(member.kindName)") }
        try refuseNUL(field, text)
        return text
    }

    /// Text that may not be blank, taken as the commands take it.
    func text(_ field: String) throws -> String {
        let text = try string(field)
        guard let taken = try? FieldRules.text(text, what: field, hint: "") else { throw failure(field, "is empty") }
        return taken
    }

    func bool(_ field: String) throws -> Bool {
        guard let member = raw(field) else { return false }
        guard case .bool(let flag) = member else { throw failure(field, "must be true or false, not \(member.kindName)") }
        return flag
    }

    func optionalInt(_ field: String) throws -> Int64? {
        guard let member = raw(field) else { return nil }
        guard case .int(let number) = member, number > 0 else {
            throw failure(field, "must be a whole number from 1 to \(Int64.max)")
        }
        return number
    }

    /// A time something happened: RFC 3339, and no later than a day after
    /// now (a clock a few hours off is forgiven; a date years ahead is not).
    func instant(_ field: String) throws -> Int64 {
        let text = try string(field)
        guard let instant = LocalTime.instant(rfc3339: text) else {
            throw failure(field, "is not a date-time: \"\(text)\" (expected RFC 3339, e.g. 2026-11-22T14:00:00Z)")
        }
        try checkCalendar(field, text)
        guard instant <= now + 86_400 else {
            throw failure(field, "is more than a day in the future: \"\(text)\" (now is \(LocalTime.utc(now)))")
        }
        return instant
    }

    func optionalInstant(_ field: String) throws -> Int64? {
        guard raw(field) != nil else { return nil }
        return try instant(field)
    }

    func due(_ field: String) throws -> Due? {
        guard raw(field) != nil else { return nil }
        let text = try string(field)
        let due: Due
        if let date = LocalDate(iso: Substring(text)) {
            due = .day(date)
        } else if let instant = LocalTime.instant(rfc3339: text) {
            due = .instant(instant)
        } else {
            throw failure(field, "is not a date: \"\(text)\" (expected 2026-11-27 or 2026-11-27T19:30:00Z)")
        }
        try checkCalendar(field, text)
        return due
    }

    /// What the parsers let through but no clock writes: year 0000 (casekit
    /// takes 0001–9999) and UTC offsets beyond ±18:00 (RFC 3339's limit is
    /// 23:59; no zone has ever been past ±14:00). `text` is a valid date or
    /// RFC 3339 time.
    private func checkCalendar(_ field: String, _ text: String) throws {
        var text = text
        let problem: String? = text.withUTF8 { bytes in
            if bytes.prefix(4).elementsEqual("0000".utf8) { return "has the year 0000" }
            let offset = bytes.suffix(6)
            guard bytes.count > 10, let sign = offset.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  let hours = LocalDate.digits(bytes, bytes.count - 5..<bytes.count - 3),
                  let minutes = LocalDate.digits(bytes, bytes.count - 2..<bytes.count) else { return nil }
            return minutes < 60 && hours * 60 + minutes <= 18 * 60 ? nil : "has a UTC offset beyond ±18:00"
        }
        if let problem {
            throw failure(field, "\(problem): \"\(text)\" (years run from 0001 to 9999, offsets to ±18:00)")
        }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ field: String, _: T.Type) throws -> T where T.RawValue == String {
        let text = try string(field)
        guard let value = T(rawValue: text) else {
            throw failure(field, "has unknown value \"\(text)\" (one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return value
    }

    func optionalChoice<T: RawRepresentable & CaseIterable>(_ field: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        raw(field) == nil ? nil : try choice(field, type)
    }

    /// The records of an array field, each read with its own path.
    func records(_ field: String) throws -> [RecordFields] {
        guard let member = raw(field) else { return [] }
        guard case .array(let items) = member else { throw failure(field, "must be an array, not \(member.kindName)") }
        return try items.enumerated().map { index, item in
            guard case .object = item else { throw failure("\(field)[\(index)]", "must be an object, not \(item.kindName)") }
            let record = RecordFields(caseIndex: caseIndex, caseUUID: caseUUID, item: (field, index), value: item, now: now)
            try record.refuseRepeatedKeys()
            return record
        }
    }

    /// Two values for one key: other tools take the last, this reader would
    /// take the first, so the file would mean different things to each.
    func refuseRepeatedKeys() throws {
        guard let key = value.repeatedKey else { return }
        throw failure(key, "appears twice in the record")
    }

    /// Refuses an item with the uuid of the case or of an earlier item of the
    /// case, of any kind: a uuid is one thing's identity. `seen` maps each
    /// uuid met so far to where it was met.
    func refuseRepeatedUUID(_ uuid: String, among seen: inout [String: String]) throws {
        guard let item else { return }
        if let first = seen.updateValue("\(item.field)[\(item.index)]", forKey: uuid) {
            throw failure("uuid", "repeats that of \(first)")
        }
    }

    /// `finished`: none while the item is pending, required once it is not,
    /// as every command that finishes an item records when.
    func finished(_ pending: Bool) throws -> Int64? {
        let finished = try optionalInstant("finished")
        if pending && finished != nil { throw failure("finished", "is set, but the state is pending") }
        if !pending && finished == nil { throw failure("finished", "is required once the state is not pending") }
        return finished
    }
}
