/// What an import did (or, with a dry run, would do).
public struct ImportReport: Sendable, Equatable {
    public var casesAdded = 0
    public var casesUpdated = 0
    public var casesUnchanged = 0
    public var eventsAdded = 0
    public var itemsAdded = 0

    public init() {}
}

/// One case of an export file, checked field by field.
struct ImportedCase: Sendable {
    /// Its place in the file's `cases` array.
    var index: Int
    var uuid: String
    var id: Int64?
    var title: String
    var customer, ref, outcome, waitingOn: String?
    var priority: Priority
    var status: CaseStatus
    var tags: [String]
    var followUp: Due?
    var noCheckIn: Bool
    var created, updated: Int64
    var resolved: Int64?
    var nextActions: [[SQLValue]]
    var checkIns: [[SQLValue]]
    var escalations: [[SQLValue]]
    var events: [[SQLValue]]

    /// A refusal naming this case and `field` (e.g. `events[3].uuid`).
    func failure(_ field: String, _ message: String) -> CaseKitError {
        RecordFields(caseIndex: index, caseUUID: uuid, item: nil, value: .null, now: 0).failure(field, message)
    }
}

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

    /// Refuses a second item with the uuid of an earlier one in the same array.
    func refuseRepeatedUUID(_ uuid: String, among seen: inout [String: Int]) throws {
        guard let item, let first = seen.updateValue(item.index, forKey: uuid) else { return }
        throw failure("uuid", "repeats that of \(item.field)[\(first)]")
    }
}

extension CheckIn.Purpose: CaseIterable {
    public static let allCases: [CheckIn.Purpose] = [.checkIn, .update, .followUp]
}
extension CheckIn.State: CaseIterable {
    public static let allCases: [CheckIn.State] = [.pending, .done, .skipped, .moved]
}
extension NextAction.State: CaseIterable {
    public static let allCases: [NextAction.State] = [.pending, .done, .replaced]
}

extension ImportedCase {
    /// Checks one record of the `cases` array: each field, then the states
    /// the commands never produce together.
    init(index: Int, _ value: JSON, now: Int64) throws {
        let uuidText: String? = { if case .string(let text) = value["uuid"] { return text } else { return nil } }()
        let fields = RecordFields(caseIndex: index, caseUUID: uuidText, item: nil, value: value, now: now)
        guard case .object = value else {
            throw CaseKitError(.data, "case \(index): must be an object, not \(value.kindName)",
                               hint: "each element of \"cases\" is one case object, as 'casekit export' writes it")
        }
        try fields.refuseRepeatedKeys()
        self.index = index
        uuid = try fields.text("uuid")
        id = try fields.optionalInt("id")
        title = try fields.text("title")
        // Blank optional text is "none", as the commands store it.
        customer = FieldRules.optional(try fields.optionalString("customer"))
        ref = FieldRules.optional(try fields.optionalString("ref"))
        outcome = FieldRules.optional(try fields.optionalString("outcome"))
        waitingOn = FieldRules.optional(try fields.optionalString("waiting_on"))
        priority = try fields.choice("priority", Priority.self)
        status = try fields.choice("status", CaseStatus.self)
        guard case .array(let tagValues)? = fields.raw("tags") ?? .array([]) else {
            throw fields.failure("tags", "must be an array of strings")
        }
        tags = try tagValues.enumerated().map { position, tag in
            guard case .string(let text) = tag else { throw fields.failure("tags[\(position)]", "must be a string") }
            try fields.refuseNUL("tags[\(position)]", text)
            // Trimmed and checked as `open --tag` and `edit --tag` do.
            guard let tag = try? FieldRules.tag(text) else {
                throw fields.failure("tags[\(position)]", "must be one word without spaces or commas: \"\(text)\"")
            }
            return tag
        }
        followUp = try fields.due("follow_up")
        if status == .waiting && followUp == nil { throw fields.failure("follow_up", "is required while waiting") }
        if status == .waiting && waitingOn == nil { throw fields.failure("waiting_on", "is required while waiting (who the case waits on)") }
        noCheckIn = try fields.bool("no_checkin")
        created = try fields.instant("created")
        updated = try fields.instant("updated")
        resolved = try fields.optionalInstant("resolved")
        if status == .resolved && resolved == nil { throw fields.failure("resolved", "is required when the status is resolved") }
        let caseStatus = status
        var uuids: [String: Int] = [:]
        var pending: Int?
        nextActions = try fields.records("next_actions").map { action in
            let uuid = try action.text("uuid")
            try action.refuseRepeatedUUID(uuid, among: &uuids)
            let due = try action.due("due")
            let context = try action.optionalString("context").map { text in
                // Written `@phone`, as `--context` stores it.
                guard let context = try? FieldRules.context(text) else {
                    throw action.failure("context", "must be one word such as @phone: \"\(text)\"")
                }
                return context
            }
            let state = try action.choice("state", NextAction.State.self)
            if state == .pending {
                if !caseStatus.isActive {
                    throw action.failure("state", "is pending, but the case is \(caseStatus.rawValue) (resolving or closing a case finishes its next action)")
                }
                if let first = pending {
                    throw action.failure("state", "is pending, and so is next_actions[\(first)] (a case has at most one pending next action)")
                }
                pending = action.item?.index
            }
            return [.text(uuid), .text(try action.text("text")), context.sqlValue,
                    due.map { .integer($0.deadline) } ?? .null, (due?.isAllDay ?? false).sqlValue, .text(state.rawValue),
                    .integer(try action.instant("created")), try action.optionalInstant("finished").sqlValue]
        }
        uuids = [:]
        checkIns = try fields.records("check_ins").map { checkIn in
            let uuid = try checkIn.text("uuid")
            try checkIn.refuseRepeatedUUID(uuid, among: &uuids)
            guard let due = try checkIn.due("due") else { throw checkIn.failure("due", "is missing") }
            return [.text(uuid), .text(try checkIn.choice("purpose", CheckIn.Purpose.self).rawValue),
                    .integer(due.deadline), due.isAllDay.sqlValue, try checkIn.optionalString("note").sqlValue,
                    (try checkIn.optionalChoice("channel", Channel.self))?.rawValue.sqlValue ?? .null,
                    .text(try checkIn.choice("state", CheckIn.State.self).rawValue),
                    try checkIn.optionalString("outcome").sqlValue, .integer(try checkIn.instant("created")),
                    try checkIn.optionalInstant("finished").sqlValue]
        }
        uuids = [:]
        var current: Int?
        escalations = try fields.records("escalations").map { escalation in
            let uuid = try escalation.text("uuid")
            try escalation.refuseRepeatedUUID(uuid, among: &uuids)
            let cadence = try escalation.string("update_every")
            guard (try? Interval(parsing: cadence)) != nil else {
                throw escalation.failure("update_every", "is not an interval: \"\(cadence)\" (expected 12h, 2d, 1w, 1m)")
            }
            let ended = try escalation.optionalInstant("ended")
            if ended == nil {
                guard caseStatus == .escalated else {
                    throw escalation.failure("ended", "is null (the escalation is current), but the case is \(caseStatus.rawValue), not escalated")
                }
                if let first = current {
                    throw escalation.failure("ended", "is null, and so is escalations[\(first)].ended (a case has at most one current escalation)")
                }
                current = escalation.item?.index
            }
            return [.text(uuid), .text(try escalation.text("team")),
                    try escalation.optionalString("reason").sqlValue, .text(cadence),
                    .integer(try escalation.instant("started")), ended.sqlValue]
        }
        if status == .escalated && current == nil {
            throw fields.failure("escalations", "has no current escalation (one with \"ended\": null), but the case is escalated")
        }
        uuids = [:]
        events = try fields.records("events").map { event in
            let uuid = try event.text("uuid")
            try event.refuseRepeatedUUID(uuid, among: &uuids)
            return [.text(uuid), .integer(try event.instant("at")),
                    .text(try event.choice("kind", Event.Kind.self).rawValue), .text(try event.string("text")),
                    (try event.optionalChoice("mood", Mood.self))?.rawValue.sqlValue ?? .null]
        }
    }
}

extension Store {
    /// Imports an export file: all or nothing, merging by uuid. A case known
    /// here gets the events and follow-ups it lacks and, when the file's copy
    /// was updated later, its field values; a new case keeps its id when that
    /// id is free here, else gets the next one. With `dryRun` nothing is kept.
    public func importDocument(_ bytes: [UInt8], dryRun: Bool = false) throws -> ImportReport {
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw CaseKitError(.data, "the file is empty", hint: "import a file written by 'casekit export'")
        }
        // RFC 8259 forbids a byte-order mark; editors on Windows add one (or
        // save as UTF-16, which starts with one too).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw CaseKitError(.data, "the file starts with a byte-order mark; save it as UTF-8 without BOM",
                               hint: "re-save it as plain UTF-8 in your editor, or export it again with 'casekit export'")
        }
        var report = ImportReport()
        do {
            // One transaction writes a large import's every page, and random
            // uuids land all over the unique indexes: SQLite's 2 MB default
            // cache keeps evicting them (100k cases: 31 s; with this cache,
            // 25 s). 1.5x the file, with the file in memory, stays under 4x.
            let kibibytes = max(2048, bytes.count / 1024 * 3 / 2)
            try database.execute("PRAGMA cache_size = -\(kibibytes)")
            // ImportedCase checks every value against the schema's rules, and
            // the schema's CHECK constraints stay on behind it: whatever a
            // check here misses, the database still refuses (exit 65).
            // Another thread reads and checks the file while this one writes,
            // handing cases over in batches (a handover wakes a thread).
            let batches = CaseQueue<[ImportedCase]>(capacity: 4)
            let now = now
            batches.start { queue in
                var batch: [ImportedCase] = []
                try Self.readCases(bytes, now: now) { item in
                    batch.append(item)
                    guard batch.count == 256 else { return }
                    guard queue.put(batch) else { throw Stopped() }
                    batch.removeAll(keepingCapacity: true)
                }
                guard batch.isEmpty || queue.put(batch) else { throw Stopped() }
            }
            defer { batches.stop() }
            try write {
                while let batch = try batches.take() {
                    for item in batch { try merge(item, into: &report) }
                }
                if dryRun { throw DryRun() }
            }
        } catch is DryRun {
            return report
        }
        return report
    }

    /// Reads and checks every case of an export file, in order.
    private static func readCases(_ bytes: [UInt8], now: Int64, _ body: (ImportedCase) throws -> Void) throws {
        var reader = JSONReader(bytes)
        var caseIndex: Int?
        // Two records of one case would merge into one, the later one's
        // fields winning: the file is refused instead.
        var indexByUUID: [String: Int] = [:]
        do {
            try readDocument(&reader, caseIndex: &caseIndex) { index, value in
                let item = try ImportedCase(index: index, value, now: now)
                if let first = indexByUUID.updateValue(index, forKey: item.uuid) {
                    throw item.failure("uuid", "is the uuid of case \(first) too (each case appears once in a file)")
                }
                try body(item)
            }
        } catch let failure as JSONReader.Failure {
            let place = caseIndex.map { "in case \($0), " } ?? ""
            throw CaseKitError(.data, "malformed JSON \(place)at line \(reader.line(at: failure.offset)), byte \(failure.offset): \(failure.message)",
                               hint: "the file is damaged or not a casekit export; export it again")
        }
    }

    /// The writer stopped (it failed): the reader stops too.
    private struct Stopped: Error {}

    private struct DryRun: Error {}

    /// Walks the top-level object; each element of `cases` goes to `body` as
    /// soon as it is read.
    private static func readDocument(
        _ reader: inout JSONReader, caseIndex: inout Int?, _ body: (Int, JSON) throws -> Void
    ) throws {
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else {
            throw CaseKitError(.data, "the file is not a casekit export: it must be one JSON object",
                               hint: "import a file written by 'casekit export'")
        }
        var version: Int64?
        var sawCases = false
        var keys = Set<String>()
        if !reader.take(UInt8(ascii: "}")) {
            repeat {
                reader.skipSpace()
                let key = try reader.string()
                guard keys.insert(key).inserted else {
                    throw CaseKitError(.data, "the key \"\(key)\" appears twice in the file's top-level object",
                                       hint: "import a file written by 'casekit export'")
                }
                try reader.expect(UInt8(ascii: ":"), "':'")
                switch key {
                case "version":
                    guard case .int(let number) = try reader.value(), number >= 1 else {
                        throw CaseKitError(.data, "field \"version\" must be a whole number from 1", hint: "export the data again")
                    }
                    guard number <= ExportFormat.version else {
                        throw CaseKitError(.data, "the file is export format version \(number); this casekit reads up to \(ExportFormat.version)",
                                           hint: "upgrade casekit to import it")
                    }
                    version = number
                case "cases":
                    guard version != nil else {
                        throw CaseKitError(.data, "field \"version\" is missing (it must come before \"cases\")",
                                           hint: "import a file written by 'casekit export'")
                    }
                    sawCases = true
                    try reader.expect(UInt8(ascii: "["), "'[' to start the cases")
                    if !reader.take(UInt8(ascii: "]")) {
                        var index = 0
                        repeat {
                            caseIndex = index
                            try body(index, try reader.value())
                            index += 1
                        } while reader.take(UInt8(ascii: ","))
                        caseIndex = nil
                        try reader.expect(UInt8(ascii: "]"), "',' or ']'")
                    }
                case "format":
                    guard case .string(ExportFormat.name) = try reader.value() else {
                        throw CaseKitError(.data, "field \"format\" must be \"\(ExportFormat.name)\"",
                                           hint: "import a file written by 'casekit export'")
                    }
                default:
                    _ = try reader.value()
                }
            } while reader.take(UInt8(ascii: ","))
            try reader.expect(UInt8(ascii: "}"), "',' or '}'")
        }
        reader.skipSpace()
        guard reader.atEnd else { throw reader.failure("expected the end of the file") }
        guard sawCases else {
            throw CaseKitError(.data, "field \"cases\" is missing", hint: "import a file written by 'casekit export'")
        }
    }

    static let selectCaseByUUID = "SELECT id, updated_at FROM cases WHERE uuid = ?"
    static let selectIDTaken = "SELECT 1 FROM cases WHERE id = ?"
    static let insertImportedCase = """
        INSERT INTO cases (id, uuid, title, customer, ref, priority, outcome, status, waiting_on, follow_up_at,
            follow_up_all_day, resolved_at, no_checkin, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let updateImportedCase = """
        UPDATE cases SET title = ?, customer = ?, ref = ?, priority = ?, outcome = ?, status = ?, waiting_on = ?,
            follow_up_at = ?, follow_up_all_day = ?, resolved_at = ?, no_checkin = ?, updated_at = ?
        WHERE id = ?
        """
    static let deleteTags = "DELETE FROM case_tags WHERE case_id = ?"
    static let importNextAction = """
        INSERT INTO next_actions (uuid, case_id, text, context, due_at, due_all_day, state, created_at, finished_at)
        VALUES (?1, ?9, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (uuid) DO NOTHING
        """
    static let retirePendingActions = "UPDATE next_actions SET state = 'replaced', finished_at = ? WHERE case_id = ? AND state = 'pending'"
    static let importCheckIn = """
        INSERT INTO check_ins (uuid, case_id, purpose, due_at, due_all_day, note, channel, state, outcome, created_at, finished_at)
        VALUES (?1, ?11, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (uuid) DO NOTHING
        """
    static let importEscalation = """
        INSERT INTO escalations (uuid, case_id, team, reason, cadence, started_at, ended_at)
        VALUES (?1, ?7, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (uuid) DO NOTHING
        """
    static let endCurrentEscalations = "UPDATE escalations SET ended_at = ? WHERE case_id = ? AND ended_at IS NULL"
    static let importEvent = """
        INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES (?1, ?6, ?2, ?3, ?4, ?5)
        ON CONFLICT (uuid) DO NOTHING
        """
    static let nextActionOwner = "SELECT case_id FROM next_actions WHERE uuid = ?"
    static let checkInOwner = "SELECT case_id FROM check_ins WHERE uuid = ?"
    static let escalationOwner = "SELECT case_id FROM escalations WHERE uuid = ?"
    static let eventOwner = "SELECT case_id FROM events WHERE uuid = ?"

    /// Merges one case, reporting a constraint the database enforces as bad
    /// data in that record: the checks in ImportedCase come first, and this
    /// is what stands behind them.
    private func merge(_ item: ImportedCase, into report: inout ImportReport) throws {
        var place: (field: StaticString, index: Int)?
        do {
            try merge(item, into: &report, place: &place)
        } catch let error as DatabaseError where error.isRefusedValue {
            let field = place.map { "field \"\($0.field)[\($0.index)]\"" } ?? "its fields"
            throw CaseKitError(.data, "case \(item.index) (uuid \(item.uuid)): the database refused \(field): \(error.message)",
                               hint: "fix that record, or export the data again with 'casekit export'")
        }
    }

    /// Refuses an item whose uuid is already another case's (here, or in
    /// an earlier record of the file): each item belongs to one case.
    private func checkOwner(_ sql: String, _ values: [SQLValue], of item: ImportedCase, id: Int64,
                            _ field: String, _ index: Int) throws {
        guard let owner = try database.int(sql, values[0]), owner != id else { return }
        throw item.failure("\(field)[\(index)].uuid", "belongs to another case (#\(owner) here)")
    }

    private func merge(_ item: ImportedCase, into report: inout ImportReport,
                       place: inout (field: StaticString, index: Int)?) throws {
        let local = try database.firstRow(Self.selectCaseByUUID, [item.uuid]) { ($0.int(0), $0.int(1)) }
        let id: Int64
        let newer: Bool
        if let local {
            id = local.0
            newer = item.updated > local.1
            if newer {
                try database.run(Self.updateImportedCase, item.title, item.customer, item.ref, item.priority, item.outcome,
                                 item.status, item.waitingOn, item.followUp?.deadline, item.followUp?.isAllDay ?? true,
                                 item.resolved, item.noCheckIn, item.updated, id)
                try database.run(Self.deleteTags, id)
                // The file's state is newer: its pending action and escalation win.
                try database.run(Self.retirePendingActions, item.updated, id)
                try database.run(Self.endCurrentEscalations, item.updated, id)
            }
        } else {
            // A NULL id lets SQLite pick the next one, as `open` does: past
            // the largest possible id it finds a free one instead of
            // overflowing.
            let wanted = try item.id.flatMap { try database.int(Self.selectIDTaken, $0) == nil ? $0 : nil }
            newer = true
            try database.run(Self.insertImportedCase, wanted, item.uuid, item.title, item.customer, item.ref, item.priority,
                             item.outcome, item.status, item.waitingOn, item.followUp?.deadline,
                             item.followUp?.isAllDay ?? true, item.resolved, item.noCheckIn, item.created, item.updated)
            id = database.lastInsertedRowID
        }
        if newer {
            for (index, tag) in item.tags.enumerated() {
                place = ("tags", index)
                try database.run(Self.insertTag, id, tag)
            }
        }
        // A known case whose copy in the file is newer takes the file's states
        // of the items both have; a new case's inserts already hold them.
        let updating = newer && local != nil
        var added = 0
        for (index, action) in item.nextActions.enumerated() {
            place = ("next_actions", index)
            var values = action
            // A pending action from an older copy would compete with ours: keep it as replaced.
            if !newer, values[5] == .text("pending") { values[5] = .text("replaced") }
            try database.run(Self.importNextAction, values: values + [.integer(id)])
            guard database.changes > 0 else {
                try checkOwner(Self.nextActionOwner, values, of: item, id: id, "next_actions", index)
                if updating { try database.run(Self.setNextActionState, values[5], values[7], values[0], id) }
                continue
            }
            added += 1
        }
        for (index, checkIn) in item.checkIns.enumerated() {
            place = ("check_ins", index)
            try database.run(Self.importCheckIn, values: checkIn + [.integer(id)])
            guard database.changes > 0 else {
                try checkOwner(Self.checkInOwner, checkIn, of: item, id: id, "check_ins", index)
                if updating {
                    try database.run(Self.setCheckInState, checkIn[6], checkIn[7], checkIn[9], checkIn[2], checkIn[3], checkIn[0], id)
                }
                continue
            }
            added += 1
        }
        for (index, escalation) in item.escalations.enumerated() {
            place = ("escalations", index)
            var values = escalation
            if !newer, values[5] == .null { values[5] = values[4] }
            try database.run(Self.importEscalation, values: values + [.integer(id)])
            guard database.changes > 0 else {
                try checkOwner(Self.escalationOwner, values, of: item, id: id, "escalations", index)
                if updating { try database.run(Self.setEscalationEnd, values[5], values[0], id) }
                continue
            }
            added += 1
        }
        var events = 0
        for (index, event) in item.events.enumerated() {
            place = ("events", index)
            try database.run(Self.importEvent, values: event + [.integer(id)])
            guard database.changes > 0 else {
                try checkOwner(Self.eventOwner, event, of: item, id: id, "events", index)
                continue
            }
            events += 1
        }
        place = nil
        report.eventsAdded += events
        report.itemsAdded += added
        if local == nil {
            report.casesAdded += 1
        } else if newer || events > 0 || added > 0 {
            report.casesUpdated += 1
        } else {
            report.casesUnchanged += 1
        }
    }

    static let setNextActionState = "UPDATE next_actions SET state = ?, finished_at = ? WHERE uuid = ? AND case_id = ?"
    static let setCheckInState = """
        UPDATE check_ins SET state = ?, outcome = ?, finished_at = ?, due_at = ?, due_all_day = ? WHERE uuid = ? AND case_id = ?
        """
    static let setEscalationEnd = "UPDATE escalations SET ended_at = ? WHERE uuid = ? AND case_id = ?"
}
