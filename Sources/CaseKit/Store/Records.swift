/// How the model types are read from query rows: each names the columns it
/// selects and finds them by name (see `FetchableRecord`), so a query may
/// select them beside others, in any order. A column added to `cases` is
/// added here, in the schema and in the exchange format, nowhere else.
extension Case: FetchableRecord {
    /// What a query selects from `cases` (aliased `c`) for a case to be read
    /// from its rows, tags included.
    static let selection = """
        c.id, c.uuid, c.title, c.customer, c.ref, c.priority, c.outcome, c.status, c.waiting_on,
        c.follow_up_at, c.follow_up_all_day, c.created_at, c.updated_at, c.resolved_at,
        (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)) AS tags
        """

    public static func decoder(_ columns: Columns) throws -> (Row) -> Case {
        let id = try columns.index("id"), uuid = try columns.index("uuid"), title = try columns.index("title")
        let customer = try columns.index("customer"), ref = try columns.index("ref")
        let priority = try columns.index("priority"), outcome = try columns.index("outcome")
        let status = try columns.index("status"), waitingOn = try columns.index("waiting_on")
        let followUpAt = try columns.index("follow_up_at"), followUpAllDay = try columns.index("follow_up_all_day")
        let createdAt = try columns.index("created_at"), updatedAt = try columns.index("updated_at")
        let resolvedAt = try columns.index("resolved_at"), tags = try columns.index("tags")
        return { row in
            Case(
                id: row.int(id), uuid: row.string(uuid), title: row.string(title),
                customer: row.optionalString(customer), ref: row.optionalString(ref),
                priority: Priority(rawValue: row.string(priority)) ?? .normal,
                tags: row.optionalString(tags).map { $0.split(separator: "\u{1F}").map(String.init) } ?? [],
                outcome: row.optionalString(outcome), status: CaseStatus(rawValue: row.string(status)) ?? .open,
                waitingOn: row.optionalString(waitingOn),
                followUp: row.optionalInt(followUpAt).map { Due(deadline: $0, allDay: row.bool(followUpAllDay)) },
                createdAt: row.int(createdAt), updatedAt: row.int(updatedAt), resolvedAt: row.optionalInt(resolvedAt))
        }
    }
}

/// What a line of the agenda or the review shows of its case, read from the
/// `id`, `customer` and `title` its query selects beside what the line needs.
struct CaseLine: FetchableRecord {
    var id: Int64
    var customer: String?
    var title: String

    static func decoder(_ columns: Columns) throws -> (Row) -> CaseLine {
        let id = try columns.index("id"), customer = try columns.index("customer"), title = try columns.index("title")
        return { row in CaseLine(id: row.int(id), customer: row.optionalString(customer), title: row.string(title)) }
    }
}

extension Escalation: FetchableRecord {
    public static func decoder(_ columns: Columns) throws -> (Row) -> Escalation {
        let team = try columns.index("team"), reason = try columns.index("reason"), cadence = try columns.index("cadence")
        let startedAt = try columns.index("started_at"), endedAt = try columns.index("ended_at")
        return { row in
            Escalation(team: row.string(team), reason: row.optionalString(reason),
                       cadence: (try? Interval(parsing: row.string(cadence))) ?? Policy.updateCadence,
                       startedAt: row.int(startedAt), endedAt: row.optionalInt(endedAt))
        }
    }
}

extension NextAction: FetchableRecord {
    /// What a query selects from `next_actions` (aliased `n`), named apart
    /// from the case columns it is read beside.
    static let selection = """
        n.id AS next_id, n.text AS next_text, n.context AS next_context, n.due_at AS next_due_at,
        n.due_all_day AS next_due_all_day, n.state AS next_state, n.created_at AS next_created_at,
        n.finished_at AS next_finished_at
        """

    public static func decoder(_ columns: Columns) throws -> (Row) -> NextAction {
        let id = try columns.index("next_id"), text = try columns.index("next_text")
        let context = try columns.index("next_context"), dueAt = try columns.index("next_due_at")
        let dueAllDay = try columns.index("next_due_all_day"), state = try columns.index("next_state")
        let createdAt = try columns.index("next_created_at"), finishedAt = try columns.index("next_finished_at")
        return { row in
            NextAction(
                id: row.int(id), text: row.string(text), context: row.optionalString(context),
                due: row.optionalInt(dueAt).map { Due(deadline: $0, allDay: row.bool(dueAllDay)) },
                state: State(rawValue: row.string(state)) ?? .pending,
                createdAt: row.int(createdAt), finishedAt: row.optionalInt(finishedAt))
        }
    }

    /// Reads the next action, or nil where an outer join found none.
    static func optionalDecoder(_ columns: Columns) throws -> (Row) -> NextAction? {
        let id = try columns.index("next_id"), read = try decoder(columns)
        return { row in row.isNull(id) ? nil : read(row) }
    }
}

extension CheckIn: FetchableRecord {
    /// What a query selects from `check_ins` (aliased `k`).
    static let selection = "k.id, k.case_id, k.purpose, k.due_at, k.due_all_day, k.note, k.channel, k.state, k.outcome"

    public static func decoder(_ columns: Columns) throws -> (Row) -> CheckIn {
        let id = try columns.index("id"), caseID = try columns.index("case_id")
        let purpose = try columns.index("purpose"), dueAt = try columns.index("due_at")
        let dueAllDay = try columns.index("due_all_day"), note = try columns.index("note")
        let channel = try columns.index("channel"), state = try columns.index("state")
        let outcome = try columns.index("outcome")
        return { row in
            CheckIn(id: row.int(id), caseID: row.int(caseID), purpose: Purpose(rawValue: row.string(purpose)) ?? .checkIn,
                    due: Due(deadline: row.int(dueAt), allDay: row.bool(dueAllDay)),
                    note: row.optionalString(note), channel: row.optionalString(channel).flatMap(Channel.init),
                    state: State(rawValue: row.string(state)) ?? .pending, outcome: row.optionalString(outcome))
        }
    }
}

extension Event: FetchableRecord {
    /// What a query selects from `events` for a timeline entry.
    static let selection = "uuid, at, kind, text, mood"

    public static func decoder(_ columns: Columns) throws -> (Row) -> Event {
        let uuid = try columns.index("uuid"), at = try columns.index("at"), kind = try columns.index("kind")
        let text = try columns.index("text"), mood = try columns.index("mood")
        return { row in
            Event(uuid: row.string(uuid), at: row.int(at), kind: Kind(rawValue: row.string(kind)) ?? .note,
                  text: row.string(text), mood: row.optionalString(mood).flatMap(Mood.init))
        }
    }
}

/// How the model types are written: each binds its columns by parameter name
/// (see `PersistableRecord`), so an INSERT or UPDATE beside the store
/// function that runs it names the columns it sets and the record fills
/// them. What a model type does not hold (a new row's uuid, the case a child
/// row belongs to) the store function binds beside it.
extension Case: PersistableRecord {
    public func encode(to bindings: inout Bindings) {
        bindings.set(":uuid", uuid)
        bindings.set(":title", title)
        bindings.set(":customer", customer)
        bindings.set(":ref", ref)
        bindings.set(":priority", priority)
        bindings.set(":outcome", outcome)
        bindings.set(":status", status)
        bindings.set(":waiting_on", waitingOn)
        bindings.set(":follow_up_at", followUp?.deadline)
        bindings.set(":follow_up_all_day", followUp?.isAllDay ?? true)
        bindings.set(":resolved_at", resolvedAt)
        bindings.set(":created_at", createdAt)
        bindings.set(":updated_at", updatedAt)
    }
}

extension NextAction: PersistableRecord {
    public func encode(to bindings: inout Bindings) {
        bindings.set(":text", text)
        bindings.set(":context", context)
        bindings.set(":due_at", due?.deadline)
        bindings.set(":due_all_day", due?.isAllDay ?? false)
        bindings.set(":state", state)
        bindings.set(":created_at", createdAt)
        bindings.set(":finished_at", finishedAt)
    }
}

extension CheckIn: PersistableRecord {
    public func encode(to bindings: inout Bindings) {
        bindings.set(":purpose", purpose)
        bindings.set(":due_at", due.deadline)
        bindings.set(":due_all_day", due.isAllDay)
        bindings.set(":note", note)
        bindings.set(":channel", channel)
        bindings.set(":state", state)
        bindings.set(":outcome", outcome)
    }
}

extension Escalation: PersistableRecord {
    public func encode(to bindings: inout Bindings) {
        bindings.set(":team", team)
        bindings.set(":reason", reason)
        bindings.set(":cadence", cadence.description)
        bindings.set(":started_at", startedAt)
        bindings.set(":ended_at", endedAt)
    }
}

extension Event: PersistableRecord {
    public func encode(to bindings: inout Bindings) {
        bindings.set(":uuid", uuid)
        bindings.set(":at", at)
        bindings.set(":kind", kind)
        bindings.set(":text", text)
        bindings.set(":mood", mood)
    }
}

extension PersistableRecord {
    /// The bindings of a new item of case `caseID` (an action, check-in or
    /// escalation): the record's own, a fresh uuid, and the case.
    func bindings(asNewItemOf caseID: Int64) -> Bindings {
        var bindings = self.bindings
        bindings.set(":uuid", Identifier.uuid())
        bindings.set(":case_id", caseID)
        return bindings
    }
}
