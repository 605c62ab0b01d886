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

    /// The mood of the latest event with one, as the timeline orders them
    /// (by time, then by insertion: a later element of the array wins a tie):
    /// what a new case's `latest_mood` starts as.
    var latestMood: SQLValue {
        var latest: (at: Int64, mood: SQLValue)?
        for event in events {
            guard event[4] != .null, case .integer(let at) = event[1] else { continue }
            if latest.map({ at >= $0.at }) ?? true { latest = (at, event[4]) }
        }
        return latest?.mood ?? .null
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

    /// `case 3 (uuid 1b2c…)`. Built only for an error: an import reads a
    /// million records and nearly all are fine.
    var record: String { "case \(caseIndex) (uuid \(caseUUID ?? "missing"))" }

    func failure(_ field: String, _ message: String) -> CaseKitError {
        let path = item.map { "\($0.field)[\($0.index)]." } ?? ""
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
        return text
    }

    func optionalString(_ field: String) throws -> String? {
        guard let member = raw(field) else { return nil }
        guard case .string(let text) = member else { throw failure(field, "must be a string or null, not \(member.kindName)") }
        return text
    }

    func text(_ field: String) throws -> String {
        let text = try string(field)
        guard !text.isBlank else { throw failure(field, "is empty") }
        return text
    }

    func bool(_ field: String) throws -> Bool {
        guard let member = raw(field) else { return false }
        guard case .bool(let flag) = member else { throw failure(field, "must be true or false, not \(member.kindName)") }
        return flag
    }

    func optionalInt(_ field: String) throws -> Int64? {
        guard let member = raw(field) else { return nil }
        guard case .int(let number) = member, number > 0 else { throw failure(field, "must be a whole number above zero") }
        return number
    }

    func instant(_ field: String) throws -> Int64 {
        let text = try string(field)
        guard let instant = LocalTime.instant(rfc3339: text) else {
            throw failure(field, "is not a date-time: \"\(text)\" (expected RFC 3339, e.g. 2026-11-22T14:00:00Z)")
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
        if let date = LocalDate(iso: Substring(text)) { return .day(date) }
        guard let instant = LocalTime.instant(rfc3339: text) else {
            throw failure(field, "is not a date: \"\(text)\" (expected 2026-11-27 or 2026-11-27T19:30:00Z)")
        }
        return .instant(instant)
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
            return RecordFields(caseIndex: caseIndex, caseUUID: caseUUID, item: (field, index), value: item)
        }
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
    /// Checks one record of the `cases` array.
    init(index: Int, _ value: JSON) throws {
        let uuidText: String? = { if case .string(let text) = value["uuid"] { return text } else { return nil } }()
        let fields = RecordFields(caseIndex: index, caseUUID: uuidText, item: nil, value: value)
        guard case .object = value else {
            throw CaseKitError(.data, "case \(index): must be an object, not \(value.kindName)",
                               hint: "each element of \"cases\" is one case object, as 'casekit export' writes it")
        }
        uuid = try fields.text("uuid")
        id = try fields.optionalInt("id")
        title = try fields.text("title")
        customer = try fields.optionalString("customer")
        ref = try fields.optionalString("ref")
        outcome = try fields.optionalString("outcome")
        waitingOn = try fields.optionalString("waiting_on")
        priority = try fields.choice("priority", Priority.self)
        status = try fields.choice("status", CaseStatus.self)
        guard case .array(let tagValues)? = fields.raw("tags") ?? .array([]) else {
            throw fields.failure("tags", "must be an array of strings")
        }
        tags = try tagValues.map { tag in
            guard case .string(let text) = tag, (try? Validate.tag(text)) != nil else {
                throw fields.failure("tags", "must hold one-word strings")
            }
            return text
        }
        followUp = try fields.due("follow_up")
        if status == .waiting && followUp == nil { throw fields.failure("follow_up", "is required while waiting") }
        noCheckIn = try fields.bool("no_checkin")
        created = try fields.instant("created")
        updated = try fields.instant("updated")
        resolved = try fields.optionalInstant("resolved")
        nextActions = try fields.records("next_actions").map { action in
            let due = try action.due("due")
            return [.text(try action.text("uuid")), .text(try action.text("text")),
                    try action.optionalString("context").sqlValue, due.map { .integer($0.deadline) } ?? .null,
                    (due?.isAllDay ?? false).sqlValue, .text(try action.choice("state", NextAction.State.self).rawValue),
                    .integer(try action.instant("created")), try action.optionalInstant("finished").sqlValue]
        }
        checkIns = try fields.records("check_ins").map { checkIn in
            guard let due = try checkIn.due("due") else { throw checkIn.failure("due", "is missing") }
            return [.text(try checkIn.text("uuid")), .text(try checkIn.choice("purpose", CheckIn.Purpose.self).rawValue),
                    .integer(due.deadline), due.isAllDay.sqlValue, try checkIn.optionalString("note").sqlValue,
                    (try checkIn.optionalChoice("channel", Channel.self))?.rawValue.sqlValue ?? .null,
                    .text(try checkIn.choice("state", CheckIn.State.self).rawValue),
                    try checkIn.optionalString("outcome").sqlValue, .integer(try checkIn.instant("created")),
                    try checkIn.optionalInstant("finished").sqlValue]
        }
        escalations = try fields.records("escalations").map { escalation in
            let cadence = try escalation.string("update_every")
            guard (try? Interval(parsing: cadence)) != nil else {
                throw escalation.failure("update_every", "is not an interval: \"\(cadence)\" (expected 12h, 2d, 1w, 1m)")
            }
            return [.text(try escalation.text("uuid")), .text(try escalation.text("team")),
                    try escalation.optionalString("reason").sqlValue, .text(cadence),
                    .integer(try escalation.instant("started")), try escalation.optionalInstant("ended").sqlValue]
        }
        events = try fields.records("events").map { event in
            [.text(try event.text("uuid")), .integer(try event.instant("at")),
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
    public func importExport(_ bytes: [UInt8], dryRun: Bool = false) throws -> ImportReport {
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw CaseKitError(.data, "the file is empty", hint: "import a file written by 'casekit export'")
        }
        var report = ImportReport()
        do {
            // One transaction writes a large import's every page, and random
            // uuids land all over the unique indexes: SQLite's 2 MB default
            // cache keeps evicting them (100k cases: 31 s; with this cache,
            // 25 s). 1.5x the file, with the file in memory, stays under 4x.
            let kibibytes = max(2048, bytes.count / 1024 * 3 / 2)
            try database.execute("PRAGMA cache_size = -\(kibibytes)")
            // Every value is checked by ImportedCase against the schema's
            // rules, and SQLite builds a temporary index for each
            // CHECK (x IN (…)) list on every row it inserts: a third of a large
            // import's time.
            try database.execute("PRAGMA ignore_check_constraints = ON")
            defer { try? database.execute("PRAGMA ignore_check_constraints = OFF") }
            // Another thread reads and checks the file while this one writes,
            // handing cases over in batches (a handover wakes a thread).
            let batches = CaseQueue<[ImportedCase]>(capacity: 4)
            batches.start { queue in
                var batch: [ImportedCase] = []
                try Self.readCases(bytes) { item in
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
    private static func readCases(_ bytes: [UInt8], _ body: (ImportedCase) throws -> Void) throws {
        var reader = JSONReader(bytes)
        var caseIndex: Int?
        do {
            try readDocument(&reader, caseIndex: &caseIndex) { index, value in
                try body(try ImportedCase(index: index, value))
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
        if !reader.take(UInt8(ascii: "}")) {
            repeat {
                reader.skipSpace()
                let key = try reader.string()
                try reader.expect(UInt8(ascii: ":"), "':'")
                switch key {
                case "version":
                    guard case .int(let number) = try reader.value() else {
                        throw CaseKitError(.data, "field \"version\" must be a whole number", hint: "export the data again")
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
            follow_up_all_day, resolved_at, no_checkin, created_at, updated_at, latest_mood)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
    static let maxCaseID = "SELECT coalesce(max(id), 0) FROM cases"

    private func merge(_ item: ImportedCase, into report: inout ImportReport) throws {
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
            let wanted = try item.id.flatMap { try database.int(Self.selectIDTaken, $0) == nil ? $0 : nil }
            id = try wanted ?? ((try database.int(Self.maxCaseID) ?? 0) + 1)
            newer = true
            try database.run(Self.insertImportedCase, id, item.uuid, item.title, item.customer, item.ref, item.priority,
                             item.outcome, item.status, item.waitingOn, item.followUp?.deadline,
                             item.followUp?.isAllDay ?? true, item.resolved, item.noCheckIn, item.created, item.updated,
                             item.latestMood)
        }
        if newer {
            for tag in item.tags { try database.run(Self.insertTag, id, tag) }
        }
        // A known case whose copy in the file is newer takes the file's states
        // of the items both have; a new case's inserts already hold them.
        let updating = newer && local != nil
        var added = 0
        for action in item.nextActions {
            var values = action
            // A pending action from an older copy would compete with ours: keep it as replaced.
            if !newer, values[5] == .text("pending") { values[5] = .text("replaced") }
            try database.run(Self.importNextAction, values: values + [.integer(id)])
            added += database.changes
            if updating { try database.run(Self.setNextActionState, values[5], values[7], values[0], id) }
        }
        for checkIn in item.checkIns {
            try database.run(Self.importCheckIn, values: checkIn + [.integer(id)])
            added += database.changes
            if updating {
                try database.run(Self.setCheckInState, checkIn[6], checkIn[7], checkIn[9], checkIn[2], checkIn[3], checkIn[0], id)
            }
        }
        for escalation in item.escalations {
            var values = escalation
            if !newer, values[5] == .null { values[5] = values[4] }
            try database.run(Self.importEscalation, values: values + [.integer(id)])
            added += database.changes
            if updating { try database.run(Self.setEscalationEnd, values[5], values[0], id) }
        }
        var events = 0
        var moodAdded = false
        for event in item.events {
            try database.run(Self.importEvent, values: event + [.integer(id)])
            events += database.changes
            moodAdded = moodAdded || (database.changes > 0 && event[4] != .null)
        }
        // A new case got its latest mood with its row, unless some of its
        // events were already known (under another case); a known case merges
        // timelines.
        if moodAdded && (local != nil || events < item.events.count) { try refreshLatestMood(id) }
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
