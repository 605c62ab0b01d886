/// Extra innings: escalating a case to another team while keeping the
/// customer updated on a cadence, and coming back when the answer arrives.
extension Store {
    static let insertEscalation = """
        INSERT INTO escalations (uuid, case_id, team, reason, cadence, started_at) VALUES (:uuid, :case_id, :team, :reason, :cadence, :started_at)
        """
    static let setEscalated = """
        UPDATE cases SET status = 'escalated', waiting_on = NULL, follow_up_at = NULL WHERE id = ?
        """

    /// Escalates a case to `team`, or re-routes it when it is escalated already
    /// (the old escalation ends and stays in history). Returns when the next
    /// customer update is owed.
    @discardableResult
    public func escalate(_ id: Int64, to team: String, reason: String?, every cadence: Interval) throws -> Due {
        let team = try FieldRules.text(team, what: "team", hint: "name the team, e.g. --to \"Tier 2\"")
        return try write {
            let status = try status(of: id)
            try Transition.escalate.check(status, caseID: id)
            let previous = try currentEscalation(id)
            try database.run(Self.endEscalation, now, id)
            let escalation = Escalation(team: team, reason: FieldRules.optional(reason), cadence: cadence, startedAt: now)
            try database.run(Self.insertEscalation, escalation.bindings(asNewItemOf: id))
            try database.run(Self.setEscalated, id)
            let reasonText = FieldRules.optional(reason).map { " (\($0))" } ?? ""
            if let previous {
                try appendEvent(id, .escalated, "re-routed from \(previous.team) to \(team)\(reasonText), customer update every \(cadence)")
            } else {
                try appendEvent(id, .escalated, "to \(team)\(reasonText), customer update every \(cadence)")
            }
            return try scheduleNextUpdate(id, cadence: cadence)
        }
    }

    /// Back from extra innings: the answer came. Pending update check-ins are
    /// no longer owed. Returns whether the case still has a pending next action.
    public func deescalate(_ id: Int64, note: String?) throws -> Bool {
        try write {
            try Transition.deescalate.check(try status(of: id), caseID: id)
            let team = try currentEscalation(id)?.team ?? "the team"
            try database.run(Self.endEscalation, now, id)
            try skipPendingUpdates(id, because: "escalation ended")
            try database.run(Self.setStatus, CaseStatus.open, id)
            try appendEvent(id, .deescalated, FieldRules.optional(note).map { "answer from \(team): \($0)" } ?? "back from \(team)")
            return try pendingNextAction(id) != nil
        }
    }

    static let selectEscalation = """
        SELECT team, reason, cadence, started_at, ended_at FROM escalations WHERE case_id = ? AND ended_at IS NULL
        """

    /// The case's escalation in force, if any.
    func currentEscalation(_ id: Int64) throws -> Escalation? {
        try database.firstRecord(Escalation.self, Self.selectEscalation, [id])
    }

    static let selectPendingUpdate = """
        SELECT id FROM check_ins WHERE case_id = ? AND purpose = 'update' AND state = 'pending'
        ORDER BY \(dueOrder("due_at", allDay: "due_all_day")), id LIMIT 1
        """
    static let moveCheckInDue = "UPDATE check_ins SET due_at = ?, due_all_day = ? WHERE id = ?"
    static let skipUpdates = """
        UPDATE check_ins SET state = 'skipped', outcome = ?, finished_at = ?
        WHERE case_id = ? AND purpose = 'update' AND state = 'pending'
        """

    /// Keeps the invariant of extra innings: one pending customer update, a
    /// cadence after the last contact (now), on the working calendar in
    /// force. Returns its due date.
    @discardableResult
    func scheduleNextUpdate(_ id: Int64, cadence: Interval) throws -> Due {
        try scheduleNextUpdate(id, due: Escalation.update(every: cadence, after: now, on: workingCalendar()))
    }

    /// Makes `due` the case's one pending customer update.
    @discardableResult
    func scheduleNextUpdate(_ id: Int64, due: Due) throws -> Due {
        if let pending = try database.int(Self.selectPendingUpdate, id) {
            try database.run(Self.moveCheckInDue, due.deadline, due.isAllDay, pending)
        } else {
            try insertCheckIn(id, purpose: .update, CheckInDraft(due: due, note: nil, channel: nil))
        }
        return due
    }

    func skipPendingUpdates(_ id: Int64, because reason: String) throws {
        try database.run(Self.skipUpdates, reason, now, id)
    }
}

extension Escalation {
    /// When a customer update is owed: `cadence` after `instant`, counting
    /// working days on `calendar` for a `bd` cadence, and moved off a day
    /// nobody works when the calendar's defaults count working days (an
    /// update due Saturday is owed Monday).
    public static func update(every cadence: Interval, after instant: Int64, on calendar: WorkingCalendar) -> Due {
        calendar.movedToWorkingDay(cadence.due(after: instant, in: calendar))
    }

    /// When the next customer update is owed after skipping the one due
    /// `skipped`: a cadence after that one, so the rhythm the customer was
    /// promised holds (skipping early does not owe the same day again). When
    /// that is overdue already (a long-late update skipped), a cadence from
    /// now: a skip never leaves an update owed in the past.
    public func updateAfterSkipping(_ skipped: Due, now: Int64, calendar: WorkingCalendar) -> Due {
        let anchor = switch skipped {
        case .day(let date): date.start
        case .instant(let instant): instant
        }
        let next = Self.update(every: cadence, after: anchor, on: calendar)
        return next.isOverdue(at: now) ? Self.update(every: cadence, after: now, on: calendar) : next
    }
}
