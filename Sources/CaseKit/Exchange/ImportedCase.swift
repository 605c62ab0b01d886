/// One case of an export file, checked field by field.
struct ImportedCase: Sendable {
    /// Its place in the file's `cases` array.
    var index: Int
    /// The id the file gives, which the merge keeps where it is free here.
    var id: Int64?
    /// The case's fields, as the store writes them (its `id` is not used).
    var record: Case
    var noCheckIn: Bool
    var nextActions: [NextActionRecord]
    var checkIns: [CheckInRecord]
    var escalations: [EscalationRecord]
    var events: [Event]

    var uuid: String { record.uuid }

    /// The case's bindings and those only an import has: whether it was
    /// resolved without a check-in, and the id the merge chose (nil: SQLite's pick).
    func bindings(id: Int64?) -> Bindings {
        var bindings = record.bindings
        bindings.set(":no_checkin", noCheckIn)
        bindings.set(":id", id)
        return bindings
    }

    /// A refusal naming this case and `field` (e.g. `events[3].uuid`).
    func failure(_ field: String, _ message: String) -> CaseKitError {
        RecordFields(caseIndex: index, caseUUID: uuid, item: nil, value: .null, now: 0).failure(field, message)
    }
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
        let uuid = try fields.text("uuid")
        id = try fields.optionalInt("id")
        let title = try fields.text("title")
        // Blank optional text is "none", as the commands store it.
        // Trimmed as `open` takes it; blank is no customer, as in the export.
        let customer = try fields.optionalString("customer").flatMap { try? FieldRules.customer($0) }
        let ref = FieldRules.optional(try fields.optionalString("ref"))
        let outcome = FieldRules.optional(try fields.optionalString("outcome"))
        let waitingOn = FieldRules.optional(try fields.optionalString("waiting_on"))
        let priority = try fields.choice("priority", Priority.self)
        let status = try fields.choice("status", CaseStatus.self)
        guard case .array(let tagValues)? = fields.raw("tags") ?? .array([]) else {
            throw fields.failure("tags", "must be an array of strings")
        }
        let tags = try tagValues.enumerated().map { position, tag in
            guard case .string(let text) = tag else { throw fields.failure("tags[\(position)]", "must be a string") }
            try fields.refuseNUL("tags[\(position)]", text)
            // Trimmed and checked as `open --tag` and `edit --tag` do.
            guard let tag = try? FieldRules.tag(text) else {
                throw fields.failure("tags[\(position)]", "must be one word without spaces or commas: \"\(text)\"")
            }
            return tag
        }
        let followUp = try fields.due("follow_up")
        if status == .waiting && followUp == nil { throw fields.failure("follow_up", "is required while waiting") }
        if status == .waiting && waitingOn == nil { throw fields.failure("waiting_on", "is required while waiting (who the case waits on)") }
        // Only a waiting case waits: every other status change clears both.
        if status != .waiting && waitingOn != nil { throw fields.failure("waiting_on", "is set, but the case is \(status.rawValue), not waiting") }
        if status != .waiting && followUp != nil { throw fields.failure("follow_up", "is set, but the case is \(status.rawValue), not waiting") }
        noCheckIn = try fields.bool("no_checkin")
        let created = try fields.instant("created")
        let updated = try fields.instant("updated")
        let resolved = try fields.optionalInstant("resolved")
        if !status.isActive && resolved == nil { throw fields.failure("resolved", "is required when the status is \(status.rawValue)") }
        if status.isActive && resolved != nil {
            throw fields.failure("resolved", "is set, but the case is \(status.rawValue) (reopening a case clears it)")
        }
        record = Case(id: 0, uuid: uuid, title: title, customer: customer, ref: ref, priority: priority, tags: tags,
                      outcome: outcome, status: status, waitingOn: waitingOn, followUp: followUp,
                      createdAt: created, updatedAt: updated, resolvedAt: resolved)
        let caseStatus = status
        var uuids = [uuid: "the case"]
        var pending: Int?
        nextActions = try fields.records("next_actions").map { action in
            let uuid = try action.text("uuid")
            try action.refuseRepeatedUUID(uuid, among: &uuids)
            let due = try action.due("due")
            let context = try action.optionalString("context").map { text in
                // Written `@phone`, as `--context` stores it.
                guard let context = try? FieldRules.contextWord(text) else {
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
            return NextActionRecord(uuid: uuid, action: NextAction(
                id: 0, text: try action.text("text"), context: context, due: due, state: state,
                createdAt: try action.instant("created"), finishedAt: try action.finished(state == .pending)))
        }
        checkIns = try fields.records("check_ins").map { checkIn in
            let uuid = try checkIn.text("uuid")
            try checkIn.refuseRepeatedUUID(uuid, among: &uuids)
            guard let due = try checkIn.due("due") else { throw checkIn.failure("due", "is missing") }
            let state = try checkIn.choice("state", CheckIn.State.self)
            if state == .pending && caseStatus == .closed {
                throw checkIn.failure("state", "is pending, but the case is closed (closing skips pending check-ins)")
            }
            return CheckInRecord(
                uuid: uuid,
                checkIn: CheckIn(id: 0, caseID: 0, purpose: try checkIn.choice("purpose", CheckIn.Purpose.self), due: due,
                                 note: try checkIn.optionalString("note"),
                                 channel: try checkIn.optionalChoice("channel", Channel.self),
                                 state: state, outcome: try checkIn.optionalString("outcome")),
                created: try checkIn.instant("created"), finished: try checkIn.finished(state == .pending))
        }
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
            return EscalationRecord(uuid: uuid, team: try escalation.text("team"), reason: try escalation.optionalString("reason"),
                                    cadence: cadence, started: try escalation.instant("started"), ended: ended)
        }
        if status == .escalated && current == nil {
            throw fields.failure("escalations", "has no current escalation (one with \"ended\": null), but the case is escalated")
        }
        events = try fields.records("events").map { event in
            let uuid = try event.text("uuid")
            try event.refuseRepeatedUUID(uuid, among: &uuids)
            return Event(uuid: uuid, at: try event.instant("at"), kind: try event.choice("kind", Event.Kind.self),
                               text: try event.string("text"), mood: try event.optionalChoice("mood", Mood.self))
        }
    }
}

/// How an imported case's items are written: each names the columns it binds
/// (see `PersistableRecord`), and the merge's SQL names the same parameters.
/// The case they belong to is the merge's to choose, so the merge binds it.
extension ImportedCase {
    /// A next action of the file with its uuid, which the model type does
    /// not hold: the uuid is what finds it again in a later import.
    struct NextActionRecord: PersistableRecord, Sendable {
        var uuid: String
        var action: NextAction

        func encode(to bindings: inout Bindings) {
            bindings.set(":uuid", uuid)
            action.encode(to: &bindings)
        }
    }

    /// A check-in of the file with what the model type does not hold: its
    /// uuid and when it was made and finished.
    struct CheckInRecord: PersistableRecord, Sendable {
        var uuid: String
        var checkIn: CheckIn
        var created: Int64
        var finished: Int64?

        func encode(to bindings: inout Bindings) {
            bindings.set(":uuid", uuid)
            checkIn.encode(to: &bindings)
            bindings.set(":created_at", created)
            bindings.set(":finished_at", finished)
        }
    }

    struct EscalationRecord: PersistableRecord, Sendable {
        var uuid, team: String
        var reason: String?
        var cadence: String
        var started: Int64
        var ended: Int64?

        func encode(to bindings: inout Bindings) {
            bindings.set(":uuid", uuid)
            bindings.set(":team", team)
            bindings.set(":reason", reason)
            bindings.set(":cadence", cadence)
            bindings.set(":started_at", started)
            bindings.set(":ended_at", ended)
        }
    }
}
