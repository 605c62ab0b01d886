/// The case lifecycle: every function is one transaction that changes the
/// case and appends its event.
extension Store {
    static let insertCase = """
        INSERT INTO cases (uuid, title, customer, ref, priority, outcome, created_at, updated_at)
        VALUES (:uuid, :title, :customer, :ref, :priority, :outcome, :created_at, :updated_at)
        """
    static let insertTag = "INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)"
    static let deleteTag = "DELETE FROM case_tags WHERE case_id = ? AND tag = ?"
    static let insertEvent = """
        INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES (:uuid, :case_id, :at, :kind, :text, :mood)
        """
    static let touchCase = "UPDATE cases SET updated_at = ? WHERE id = ?"
    static let selectStatus = "SELECT status FROM cases WHERE id = ?"
    static let setStatus = """
        UPDATE cases SET status = ?, waiting_on = NULL, follow_up_at = NULL WHERE id = ?
        """

    /// The active case that already tracks a help-desk ticket: refs compare
    /// trimmed and without case (`zd-4411` is ZD-4411). No index serves it;
    /// it runs once per `open` (a few milliseconds at 100,000 cases).
    static let selectActiveCaseWithRef = """
        SELECT id, title, ref FROM cases
        WHERE status IN \(Policy.activeStatusesSQL) AND trim(ref) = trim(?) COLLATE NOCASE
        ORDER BY id LIMIT 1
        """

    /// Opens a case and returns its id. A ref an active case already has is
    /// refused (the agent is about to track one ticket twice) unless
    /// `allowingDuplicateRef`.
    public func openCase(_ draft: CaseDraft, allowingDuplicateRef: Bool = false) throws -> Int64 {
        try write {
            if !allowingDuplicateRef, let ref = FieldRules.optional(draft.ref),
               let (id, title, tracked) = try database.firstRow(Self.selectActiveCaseWithRef, [ref], {
                   ($0.int(0), $0.string(1), $0.string(2))
               }) {
                throw CaseKitError.domain(
                    "case #\(id) (\(title)) already tracks \(tracked) and is still active",
                    hint: "work on case #\(id) (casekit show \(id)), or open anyway with --allow-duplicate-ref")
            }
            let opened = Case(id: 0, uuid: Identifier.uuid(), title: draft.title, customer: FieldRules.optional(draft.customer),
                              ref: FieldRules.optional(draft.ref), priority: draft.priority, tags: [],
                              outcome: FieldRules.optional(draft.outcome), status: .open, waitingOn: nil, followUp: nil,
                              createdAt: now, updatedAt: now, resolvedAt: nil)
            try database.run(Self.insertCase, opened)
            let id = database.lastInsertedRowID
            for tag in draft.tags {
                try database.run(Self.insertTag, id, try FieldRules.tag(tag))
            }
            try appendEvent(id, .opened, draft.title, mood: draft.mood)
            if let next = draft.next {
                try insertNextAction(id, next)
            }
            return id
        }
    }

    /// Applies field changes; returns what changed, as the timeline tells it.
    @discardableResult
    public func edit(_ id: Int64, _ changes: CaseChanges) throws -> String {
        guard !changes.isEmpty else {
            throw CaseKitError.usage("nothing to change",
                                     hint: "pass at least one of --title, --customer, --ref, --priority, --tag, --outcome")
        }
        return try write {
            let current = try requireCase(id)
            var told: [String] = []
            func change(_ column: String, _ label: String, from old: String?, to new: String?) throws {
                guard old != new else { return }
                // Column names come from this function's callers, never from input.
                try database.run("UPDATE cases SET \(column) = ? WHERE id = ?", new, id)
                told.append("\(label): \(old ?? "none") → \(new ?? "none")")
            }
            if let title = changes.title {
                try change("title", "title", from: current.title,
                           to: try FieldRules.text(title, what: "title", hint: "give the case a short title"))
            }
            if let customer = changes.customer {
                try change("customer", "customer", from: current.customer, to: FieldRules.optional(customer))
            }
            if let ref = changes.ref {
                try change("ref", "ref", from: current.ref, to: FieldRules.optional(ref))
            }
            if let priority = changes.priority {
                try change("priority", "priority", from: current.priority.rawValue, to: priority.rawValue)
            }
            if let outcome = changes.outcome {
                try change("outcome", "outcome", from: current.outcome, to: FieldRules.optional(outcome))
            }
            for tag in try changes.addTags.map(FieldRules.tag) where !current.tags.contains(tag) {
                try database.run(Self.insertTag, id, tag)
                told.append("tag +\(tag)")
            }
            for tag in try changes.removeTags.map(FieldRules.tag) where current.tags.contains(tag) {
                try database.run(Self.deleteTag, id, tag)
                told.append("tag -\(tag)")
            }
            let summary = told.isEmpty ? "no change" : told.joined(separator: "; ")
            if !told.isEmpty { try appendEvent(id, .edited, summary) }
            return summary
        }
    }

    /// Sets the next action, replacing the pending one (kept as replaced).
    @discardableResult
    public func setNextAction(_ id: Int64, _ draft: NextActionDraft) throws -> NextAction {
        try write {
            try Transition.act.check(try status(of: id), caseID: id)
            return try insertNextAction(id, draft)
        }
    }

    /// Completes the pending next action, optionally setting the following one.
    public func completeNextAction(
        _ id: Int64, note: String?, then next: NextActionDraft?
    ) throws -> (done: NextAction, next: NextAction?) {
        try write {
            try Transition.act.check(try status(of: id), caseID: id)
            guard var action = try pendingNextAction(id) else {
                throw CaseKitError.domain("case #\(id) has no pending next action",
                                          hint: "set one with: casekit next \(id) \"ACTION\"")
            }
            try database.run(Self.finishNextAction, NextAction.State.done, now, action.id)
            action.state = .done
            action.finishedAt = now
            let note = FieldRules.optional(note)
            try appendEvent(id, .done, note.map { "\(action.text) — \($0)" } ?? action.text)
            return (action, try next.map { try insertNextAction(id, $0) })
        }
    }

    /// Appends a note, with the customer's mood when given.
    public func addNote(_ id: Int64, _ text: String, mood: Mood?) throws {
        let text = try FieldRules.text(text, what: "note", hint: "write what happened, e.g. \"Customer sent the invoice PDF\"")
        try write {
            _ = try status(of: id)
            try appendEvent(id, .note, text, mood: mood)
        }
    }

    static let setWaiting = """
        UPDATE cases SET status = 'waiting', waiting_on = ?, follow_up_at = ?, follow_up_all_day = ?
        WHERE id = ?
        """

    /// Puts a case on hold until `until`, waiting on `who`.
    public func wait(_ id: Int64, on who: String, until: Due) throws {
        let who = try FieldRules.text(who, what: "--on value", hint: "say who the case waits on, e.g. --on customer")
        try write {
            try Transition.wait.check(try status(of: id), caseID: id)
            try database.run(Self.setWaiting, who, until.deadline, until.isAllDay, id)
            try appendEvent(id, .waiting, "on \(who) until \(until.iso)")
        }
    }

    /// Ends a wait: the customer or third party answered.
    public func resume(_ id: Int64, note: String?) throws {
        try write {
            try Transition.resume.check(try status(of: id), caseID: id)
            try database.run(Self.setStatus, CaseStatus.open, id)
            try appendEvent(id, .resumed, FieldRules.optional(note) ?? "wait over")
        }
    }

    static let setResolved = """
        UPDATE cases SET status = 'resolved', waiting_on = NULL, follow_up_at = NULL, resolved_at = ?, no_checkin = ?
        WHERE id = ?
        """

    /// Resolves a case: ends any escalation, finishes its pending next action and,
    /// unless told `nil`, schedules the follow-up check-in ("did the fix hold?"). Returns that check-in.
    @discardableResult
    public func resolve(_ id: Int64, note: String?, followUp: Due?) throws -> CheckIn? {
        try write {
            try Transition.resolve.check(try status(of: id), caseID: id)
            try database.run(Self.endEscalation, now, id)
            try skipPendingUpdates(id, because: "case resolved")
            if let finished = try endPendingNextAction(id, as: .done) {
                try appendEvent(id, .done, "\(finished) (finished: case resolved)")
            }
            try database.run(Self.setResolved, now, followUp == nil, id)
            let resolution = FieldRules.optional(note) ?? "resolved"
            try appendEvent(id, .resolved, followUp == nil ? "\(resolution) (no follow-up check-in)" : resolution)
            return try followUp.map {
                try insertCheckIn(id, purpose: .followUp, CheckInDraft(due: $0, note: "Did the fix hold?", channel: nil))
            }
        }
    }

    static let countPendingCheckIns = "SELECT count(*) FROM check_ins WHERE case_id = ? AND state = 'pending'"
    static let skipPendingCheckIns = """
        UPDATE check_ins SET state = 'skipped', outcome = 'case closed', finished_at = ?
        WHERE case_id = ? AND state = 'pending'
        """

    /// Closes a resolved case. A pending follow-up check-in blocks it unless
    /// `force`, which skips the check-ins it leaves behind.
    public func close(_ id: Int64, force: Bool = false) throws {
        try write {
            try Transition.close.check(try status(of: id), caseID: id)
            let pending = try database.int(Self.countPendingCheckIns, id) ?? 0
            if pending > 0 && !force {
                throw CaseKitError.domain(
                    "case #\(id) still has a pending follow-up check-in",
                    hint: "complete it (casekit checkin done \(id)), skip it (casekit checkin skip \(id)), or close anyway with --force")
            }
            try database.run(Self.skipPendingCheckIns, now, id)
            let cancelled = try endPendingNextAction(id, as: .replaced)
            try database.run(Self.setStatus, CaseStatus.closed, id)
            let ended = [pending > 0 ? "\(pending) pending check-in skipped" : nil,
                         cancelled.map { "next action cancelled: \($0)" }].compactMap { $0 }
            try appendEvent(id, .closed, ended.isEmpty ? "closed" : "closed (\(ended.joined(separator: "; ")))")
        }
    }

    /// `close` for several cases: all of them or, when one is refused, none.
    public func close(_ ids: [Int64], force: Bool = false) throws {
        try write { for id in ids { try close(id, force: force) } }
    }

    static let setReopened = "UPDATE cases SET status = 'open', resolved_at = NULL, no_checkin = 0 WHERE id = ?"

    public func reopen(_ id: Int64) throws {
        try write {
            let status = try status(of: id)
            try Transition.reopen.check(status, caseID: id)
            try database.run(Self.setReopened, id)
            try appendEvent(id, .reopened, "reopened from \(status.rawValue)")
        }
    }

    // MARK: - Pieces shared by the writes above

    static let endEscalation = "UPDATE escalations SET ended_at = ? WHERE case_id = ? AND ended_at IS NULL"
    static let finishNextAction = "UPDATE next_actions SET state = ?, finished_at = ? WHERE id = ?"
    static let insertNextActionSQL = """
        INSERT INTO next_actions (uuid, case_id, text, context, due_at, due_all_day, created_at)
        VALUES (:uuid, :case_id, :text, :context, :due_at, :due_all_day, :created_at)
        """

    /// Ends the case's pending next action with the case, so that nothing of
    /// a resolved or closed case is ever due: `resolve` finishes it as done,
    /// `close` cancels it (kept as replaced: it was not done). The caller's
    /// event says which. Returns the action's text, nil when none was pending.
    func endPendingNextAction(_ id: Int64, as state: NextAction.State) throws -> String? {
        guard let pending = try pendingNextAction(id) else { return nil }
        try database.run(Self.finishNextAction, state, now, pending.id)
        return pending.text
    }

    @discardableResult
    func insertNextAction(_ id: Int64, _ draft: NextActionDraft) throws -> NextAction {
        if let replaced = try pendingNextAction(id) {
            try database.run(Self.finishNextAction, NextAction.State.replaced, now, replaced.id)
        }
        var action = NextAction(id: 0, text: draft.text, context: draft.context,
                                due: draft.due, state: .pending, createdAt: now, finishedAt: nil)
        try database.run(Self.insertNextActionSQL, action.bindings(asNewItemOf: id))
        action.id = database.lastInsertedRowID
        try appendEvent(id, .next, draft.summary)
        return action
    }

    /// Appends an event and moves the case's `updated_at` to now. A mood
    /// refreshes `cases.latest_mood` (the clock may be set before the
    /// timeline's latest mood, so it is recomputed, not copied); the write
    /// refreshes the case's agenda columns when it ends.
    func appendEvent(_ id: Int64, _ kind: Event.Kind, _ text: String, mood: Mood? = nil) throws {
        let event = Event(uuid: Identifier.uuid(), at: now, kind: kind, text: text, mood: mood)
        try database.run(Self.insertEvent, event.bindings(adding: ":case_id", id))
        try database.run(Self.touchCase, now, id)
        if mood != nil { try refreshLatestMood(of: id) }
        casesToRefresh.insert(id)
    }

    /// The case's status, or the unknown-case error.
    func status(of id: Int64) throws -> CaseStatus {
        guard let raw = try database.firstRow(Self.selectStatus, [id], { $0.string(0) }) else {
            throw CaseKitError.unknownCase(id)
        }
        return CaseStatus(rawValue: raw) ?? .open
    }
}
