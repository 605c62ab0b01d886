/// Customer check-ins: scheduled touchpoints before and after resolution.
/// Completing one (or recording an unscheduled contact) is a contact, which
/// resets the extra-innings update clock.
extension Store {
    static let insertCheckInSQL = """
        INSERT INTO check_ins (uuid, case_id, purpose, due_at, due_all_day, note, channel, created_at)
        VALUES (:uuid, :case_id, :purpose, :due_at, :due_all_day, :note, :channel, :created_at)
        """

    /// Schedules a check-in. Closed cases take none.
    @discardableResult
    public func addCheckIn(_ id: Int64, _ draft: CheckInDraft) throws -> CheckIn {
        try write {
            try Transition.schedule.check(try status(of: id), caseID: id)
            return try insertCheckIn(id, purpose: .checkIn, draft)
        }
    }

    /// What `checkin done` did.
    public struct Contact: Sendable {
        /// The check-in completed; nil for an unscheduled contact.
        public var checkIn: CheckIn?
        /// When the next customer update is owed, while escalated.
        public var nextUpdate: Due?
    }

    /// Completes the earliest pending check-in (or the one picked), or records
    /// an unscheduled contact when none is pending. `mood` is how the customer
    /// sounded (the timeline's and the case's latest mood), `channel` how they
    /// were reached (kept on the check-in and told in the timeline).
    public func completeCheckIn(_ id: Int64, note: String?, pick: Int64? = nil,
                                mood: Mood? = nil, channel: Channel? = nil) throws -> Contact {
        try write {
            let status = try status(of: id)
            try Transition.schedule.check(status, caseID: id)
            let note = FieldRules.optional(note)
            var checkIn = try pendingCheckIn(id, pick: pick, required: pick != nil)
            if var found = checkIn {
                try database.run(Self.finishCheckIn, CheckIn.State.done, note, now, found.id)
                if let channel {
                    try database.run(Self.setCheckInChannel, channel, found.id)
                    found.channel = channel
                }
                found.state = .done
                found.outcome = note
                checkIn = found
                let purpose = (found.note.map { "\(found.purpose.rawValue) (\($0))" } ?? found.purpose.rawValue)
                    + (channel.map { " by \($0.rawValue)" } ?? "")
                try appendEvent(id, .checkinDone, note.map { "\(purpose): \($0)" } ?? purpose, mood: mood)
            } else {
                let contact = channel.map { "contacted the customer by \($0.rawValue)" } ?? "contacted the customer"
                try appendEvent(id, .contact, note.map { channel == nil ? $0 : "\(contact): \($0)" } ?? contact, mood: mood)
            }
            var nextUpdate: Due?
            if status == .escalated, let escalation = try currentEscalation(id) {
                nextUpdate = try scheduleNextUpdate(id, cadence: escalation.cadence)
            }
            return Contact(checkIn: checkIn, nextUpdate: nextUpdate)
        }
    }

    /// `checkin done` for several cases, each as `completeCheckIn` does it:
    /// all of them or, when one is refused, none.
    public func completeCheckIns(_ ids: [Int64], note: String?, mood: Mood? = nil,
                                 channel: Channel? = nil) throws -> [Contact] {
        try write { try ids.map { try completeCheckIn($0, note: note, mood: mood, channel: channel) } }
    }

    /// `checkin skip` for several cases: all of them or none.
    public func skipCheckIns(_ ids: [Int64], note: String?) throws -> [CheckIn] {
        try write { try ids.map { try skipCheckIn($0, note: note) } }
    }

    /// Skips the earliest pending check-in (or the one picked). Skipping a
    /// customer update while escalated owes the next one a cadence after the
    /// skipped one was due (`Escalation.updateAfterSkipping`).
    @discardableResult
    public func skipCheckIn(_ id: Int64, note: String?, pick: Int64? = nil) throws -> CheckIn {
        try write {
            let status = try status(of: id)
            guard var checkIn = try pendingCheckIn(id, pick: pick, required: true) else { throw Self.noPendingCheckIn(id) }
            let note = FieldRules.optional(note)
            try database.run(Self.finishCheckIn, CheckIn.State.skipped, note, now, checkIn.id)
            checkIn.state = .skipped
            checkIn.outcome = note
            try appendEvent(id, .checkinSkipped, "\(checkIn.purpose.rawValue) of \(checkIn.due.iso)" + (note.map { ": \($0)" } ?? ""))
            if status == .escalated, checkIn.purpose == .update, let escalation = try currentEscalation(id) {
                try scheduleNextUpdate(id, due: escalation.updateAfterSkipping(checkIn.due, now: now, calendar: workingCalendar()))
            }
            return checkIn
        }
    }

    /// Reschedules the earliest pending check-in (or the one picked): the old
    /// one is kept as moved, a new pending one takes its place.
    public func moveCheckIn(_ id: Int64, to due: Due, pick: Int64? = nil) throws -> (from: CheckIn, to: CheckIn) {
        try write {
            _ = try status(of: id)
            guard var old = try pendingCheckIn(id, pick: pick, required: true) else { throw Self.noPendingCheckIn(id) }
            try database.run(Self.finishCheckIn, CheckIn.State.moved, nil as String?, now, old.id)
            old.state = .moved
            let new = try insertCheckIn(id, purpose: old.purpose, CheckInDraft(due: due, note: old.note, channel: old.channel),
                                        event: false)
            try appendEvent(id, .checkinMoved, "\(old.purpose.rawValue) from \(old.due.iso) to \(due.iso)")
            return (old, new)
        }
    }

    // MARK: - Pieces

    static let finishCheckIn = "UPDATE check_ins SET state = ?, outcome = ?, finished_at = ? WHERE id = ?"
    static let setCheckInChannel = "UPDATE check_ins SET channel = ? WHERE id = ?"
    static let selectEarliestPendingCheckIn = """
        SELECT \(CheckIn.selection) FROM check_ins k WHERE k.case_id = ? AND k.state = 'pending'
        ORDER BY \(dueOrder("k.due_at", allDay: "k.due_all_day")), k.id LIMIT 1
        """
    static let selectCheckIn = "SELECT \(CheckIn.selection) FROM check_ins k WHERE k.id = ?"

    /// The picked check-in (which must be this case's and pending), or the
    /// case's earliest pending one.
    func pendingCheckIn(_ id: Int64, pick: Int64?, required: Bool) throws -> CheckIn? {
        guard let pick else {
            let found = try database.firstRecord(CheckIn.self, Self.selectEarliestPendingCheckIn, [id])
            if found == nil, required { throw Self.noPendingCheckIn(id) }
            return found
        }
        guard let checkIn = try database.firstRecord(CheckIn.self, Self.selectCheckIn, [pick]),
              checkIn.caseID == id else {
            throw CaseKitError.domain("case #\(id) has no check-in #\(pick)",
                                      hint: "'casekit show \(id)' lists its check-ins with their numbers")
        }
        guard checkIn.state == .pending else {
            throw CaseKitError.domain("check-in #\(pick) of case #\(id) is \(checkIn.state.rawValue), not pending",
                                      hint: "'casekit show \(id)' lists its pending check-ins")
        }
        return checkIn
    }

    static func noPendingCheckIn(_ id: Int64) -> CaseKitError {
        .domain("case #\(id) has no pending check-in", hint: "schedule one with: casekit checkin add \(id) WHEN")
    }

    @discardableResult
    func insertCheckIn(_ id: Int64, purpose: CheckIn.Purpose, _ draft: CheckInDraft, event: Bool = true) throws -> CheckIn {
        var checkIn = CheckIn(id: 0, caseID: id, purpose: purpose, due: draft.due,
                              note: draft.note, channel: draft.channel, state: .pending, outcome: nil)
        var bindings = checkIn.bindings(asNewItemOf: id)
        bindings.set(":created_at", now)
        try database.run(Self.insertCheckInSQL, bindings)
        checkIn.id = database.lastInsertedRowID
        if event {
            let details = [draft.note, draft.channel?.rawValue].compactMap { $0 }.joined(separator: ", ")
            try appendEvent(id, .checkinScheduled, "\(purpose.rawValue) on \(draft.due.iso)" + (details.isEmpty ? "" : " (\(details))"))
        }
        return checkIn
    }
}

/// A check-in as the user asked for it.
public struct CheckInDraft: Sendable {
    public var due: Due
    public var note: String?
    public var channel: Channel?

    public init(due: Due, note: String?, channel: Channel?) {
        self.due = due
        self.note = FieldRules.optional(note)
        self.channel = channel
    }
}
