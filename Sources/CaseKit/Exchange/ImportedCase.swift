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
