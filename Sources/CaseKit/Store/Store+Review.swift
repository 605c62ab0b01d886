/// The weekly review: eight rules, each a small query over the store that
/// returns typed findings, plus the coming week, wins and review records.
/// Every query is served by an index; none scans the events table.
extension Store {
    /// Days from the local day of `instant` to today.
    func daysSince(_ instant: Int64) -> Int {
        LocalDate(containing: instant).days(until: today)
    }

    /// Days from the last local day `due` was on time (its deadline's eve) to today.
    func daysLate(_ due: Due) -> Int {
        switch due {
        case .day(let date): return date.days(until: today)
        case .instant(let instant): return daysSince(instant - 1)
        }
    }

    // MARK: 1. Stale

    // INDEXED BY: the active cases' covering index (see Schema.version2)
    // answers without reading a row; the planner would pick the status index.
    static let selectStale = """
        SELECT c.id, c.customer, c.title, c.updated_at FROM cases c INDEXED BY cases_active_titles
        WHERE c.status IN \(Policy.activeStatusesSQL) AND c.updated_at < ?
        ORDER BY c.updated_at, c.id
        """

    /// Active cases with no event for longer than `interval`.
    public func staleCases(after interval: Interval) throws -> [ReviewFinding] {
        try database.rows(Self.selectStale, [interval.before(now, in: workingCalendar())]) { columns in
            let subject = try CaseLine.decoder(columns), updatedAt = try columns.index("updated_at")
            return { row in
                let days = self.daysSince(row.int(updatedAt))
                return subject(row).finding(.stale, "no activity for \(days) day\(days == 1 ? "" : "s")", days: days)
            }
        }
    }

    // MARK: 2. No next action

    // The agenda's "decide the next step" rule: an escalated case still
    // needs the agent's own next step (chase the team, update the customer).
    static let selectWithoutNextAction = """
        SELECT c.id, c.customer, c.title, c.status FROM cases c
        WHERE c.status IN \(Policy.actingStatusesSQL)
          AND NOT EXISTS (SELECT 1 FROM next_actions n WHERE n.case_id = c.id AND n.state = 'pending')
        ORDER BY c.id
        """

    /// Open and escalated cases (`Policy.actingStatuses`) without a pending
    /// next action.
    public func casesWithoutNextAction() throws -> [ReviewFinding] {
        try database.rows(Self.selectWithoutNextAction) { columns in
            let subject = try CaseLine.decoder(columns), status = try columns.index("status")
            return { row in
                subject(row).finding(.noNextAction, "\(row.string(status)), but no next action: what is the very next physical step?",
                                     days: nil)
            }
        }
    }

    // MARK: 3. Vague next action

    // Two covering indexes: the active cases and the pending actions' texts.
    static let selectPendingActions = """
        SELECT c.id, c.customer, c.title, n.text
        FROM cases c INDEXED BY cases_active_titles
        JOIN next_actions n INDEXED BY next_actions_pending_text ON n.case_id = c.id AND n.state = 'pending'
        WHERE c.status IN \(Policy.activeStatusesSQL)
        ORDER BY c.id
        """

    /// Pending next actions that are not a concrete step (see `ActionVerbs`,
    /// with the extra verbs and phrases of the settings). Every pending
    /// action is checked, so the check reads the text's bytes and builds
    /// strings only for a vague one.
    public func vagueNextActions() throws -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let verbs = try settings().actionVerbs
        try database.forEachRow(Self.selectPendingActions, reading: { columns in
            let subject = try CaseLine.decoder(columns), text = try columns.index("text")
            return { row -> ReviewFinding? in
                guard !row.withText(text, verbs.isConcrete) else { return nil }
                return subject(row).finding(.vagueNextAction, verbs.vagueness(row.string(text)) ?? "", days: nil)
            }
        }) { (finding: ReviewFinding?) in
            if let finding { findings.append(finding) }
        }
        return findings
    }

    // MARK: 4. Overdue

    /// Next actions and check-ins past their date. An escalated case's
    /// customer update is rule 5's ("update owed"), not counted twice.
    public func overdueItems() throws -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        try forEachDueAction(through: DeadlineBound(now)) { action in
            findings.append(ReviewFinding(
                kind: .overdue, caseID: action.caseID, customer: action.customer, title: action.title,
                reason: "next action \(action.due.lateness(at: now) ?? "overdue"): \(action.text)",
                days: daysLate(action.due)))
        }
        try forEachDueCheckIn(through: DeadlineBound(now)) { due in
            guard !due.isOwedUpdate else { return }
            let checkIn = due.checkIn
            findings.append(ReviewFinding(
                kind: .overdue, caseID: checkIn.caseID, customer: due.customer, title: due.title,
                reason: "\(checkIn.purpose.rawValue) \(checkIn.due.lateness(at: now) ?? "overdue")"
                    + (checkIn.note.map { ": \($0)" } ?? ""),
                days: daysLate(checkIn.due)))
        }
        return findings
    }

    // MARK: 5. Extra innings, customer not updated

    // What the finding tells of the escalation in force: its cadence, its
    // start and the last contact since (one seek in events_case_contact).
    static let selectEscalationContact = """
        SELECT e.cadence, e.started_at,
            (SELECT max(v.at) FROM events v
             WHERE v.case_id = e.case_id AND v.kind IN ('contact', 'checkin-done') AND v.at >= e.started_at)
            AS last_contact
        FROM escalations e WHERE e.case_id = ? AND e.ended_at IS NULL
        """

    /// Escalated cases whose customer update is overdue. The rule is the
    /// agenda's (`DueCheckIn.isOwedUpdate`): the update owed is the case's
    /// pending update check-in, which escalating and every contact keep a
    /// cadence after the last contact (`scheduleNextUpdate`).
    public func updatesOwed() throws -> [ReviewFinding] {
        var owed: [Int64: DueCheckIn] = [:]
        try forEachDueCheckIn(through: DeadlineBound(now)) { due in
            // Soonest first: a case's earliest update is the one owed.
            if due.isOwedUpdate, owed[due.checkIn.caseID] == nil { owed[due.checkIn.caseID] = due }
        }
        return try owed.sorted { $0.key < $1.key }.compactMap { id, due -> ReviewFinding? in
            guard let lateness = due.checkIn.due.lateness(at: now),
                  let escalation = try database.rows(Self.selectEscalationContact, [id], reading: { columns in
                      let cadence = try columns.index("cadence"), startedAt = try columns.index("started_at")
                      let lastContact = try columns.index("last_contact")
                      return { row in
                          (cadence: (try? Interval(parsing: row.string(cadence))) ?? Policy.updateCadence,
                           startedAt: row.int(startedAt), lastContact: row.optionalInt(lastContact))
                      }
                  }).first else { return nil }
            let since = escalation.lastContact == nil ? "escalated" : "last contact"
            let sinceDate = LocalDate(containing: escalation.lastContact ?? escalation.startedAt).iso
            return ReviewFinding(
                kind: .updateOwed, caseID: id, customer: due.customer, title: due.title,
                reason: "customer update owed, \(lateness) (with \(due.team ?? "another team"); \(since) \(sinceDate), every \(escalation.cadence))",
                days: daysLate(due.checkIn.due))
        }
    }

    // MARK: 6. Waiting too long

    /// Waiting cases past their follow-up date.
    public func waitingTooLong() throws -> [ReviewFinding] {
        // The agenda's query: a follow-up is "too long" once it is due by now.
        try database.rows(Self.selectDueFollowUps, Self.dueWithinArguments(after: .min, through: DeadlineBound(now))) { columns in
            let subject = try CaseLine.decoder(columns), waitingOn = try columns.index("waiting_on")
            let followUpAt = try columns.index("follow_up_at"), followUpAllDay = try columns.index("follow_up_all_day")
            return { row in
                let followUp = Due(deadline: row.int(followUpAt), allDay: row.bool(followUpAllDay))
                return subject(row).finding(
                    .waitingTooLong,
                    "waiting on \(row.optionalString(waitingOn) ?? "someone"), follow-up \(followUp.lateness(at: self.now) ?? "due")",
                    days: self.daysLate(followUp))
            }
        }
    }

    // MARK: 7. Resolved without follow-up

    static let selectResolvedWithoutFollowUp = """
        SELECT c.id, c.customer, c.title, c.resolved_at FROM cases c
        WHERE c.status = 'resolved' AND c.no_checkin = 0
          AND NOT EXISTS (SELECT 1 FROM check_ins k WHERE k.case_id = c.id
                          AND (k.state = 'pending' OR (k.state = 'done' AND k.finished_at >= c.resolved_at)))
        ORDER BY c.resolved_at, c.id
        """

    /// Resolved cases with no pending or completed check-in since resolution
    /// (skipped ones do not count), unless resolved with `--no-checkin`.
    public func resolvedWithoutFollowUp() throws -> [ReviewFinding] {
        try database.rows(Self.selectResolvedWithoutFollowUp) { columns in
            let subject = try CaseLine.decoder(columns), resolvedAt = try columns.index("resolved_at")
            return { row in
                let days = self.daysSince(row.int(resolvedAt))
                return subject(row).finding(.resolvedWithoutFollowUp,
                                            "resolved \(days)d ago, no follow-up check-in: did the fix hold?", days: days)
            }
        }
    }

    // MARK: 8. Upset customer, no check-in

    // INDEXED BY: without statistics the planner walks the status index and
    // reads every active case's row. The active cases' covering index holds
    // the latest mood, so only upset customers' check-ins are looked up.
    static let selectUpsetWithoutCheckIn = """
        SELECT c.id, c.customer, c.title, c.latest_mood
        FROM cases c INDEXED BY cases_active_titles
        WHERE c.status IN \(Policy.activeStatusesSQL) AND c.latest_mood IN \(Policy.upsetMoodsSQL)
          AND NOT EXISTS (SELECT 1 FROM check_ins k WHERE k.case_id = c.id AND k.state = 'pending')
        ORDER BY c.id
        """

    /// Active cases whose customer's latest mood is upset, with no pending check-in.
    public func upsetWithoutCheckIn() throws -> [ReviewFinding] {
        try database.rows(Self.selectUpsetWithoutCheckIn) { columns in
            let subject = try CaseLine.decoder(columns), mood = try columns.index("latest_mood")
            return { row in
                subject(row).finding(.upsetWithoutCheckIn, "customer \(row.string(mood)), no check-in scheduled", days: nil)
            }
        }
    }

    // MARK: The review

    // Unary +: keeps the planner off the status index, which would visit
    // every resolved case; the resolved_at index visits only the wins.
    static let selectWins = """
        SELECT id, customer, title, resolved_at FROM cases
        WHERE resolved_at > ? AND +status IN ('resolved', 'closed')
        ORDER BY resolved_at, id
        """
    static let selectLastReview = "SELECT max(at) FROM reviews"

    /// The whole review at `now`: every finding (most urgent kind first), the
    /// coming 7 days, wins since the last review (or the past 7 days). A case
    /// is stale after `staleAfter`, or else the stale-after setting.
    public func review(staleAfter: Interval? = nil) throws -> Review {
        let staleAfter = try staleAfter ?? settings().staleAfter
        // Two halves of about equal cost, one per connection (and core).
        let (here, there) = try readOnTwoConnections({
            let lastReviewAt = try database.int(Self.selectLastReview)
            let findings: [ReviewFinding.Kind: [ReviewFinding]] = [
                .upsetWithoutCheckIn: try upsetWithoutCheckIn(), .waitingTooLong: try waitingTooLong(),
                .resolvedWithoutFollowUp: try resolvedWithoutFollowUp(), .noNextAction: try casesWithoutNextAction(),
                .stale: try staleCases(after: staleAfter),
            ]
            return (findings: findings, coming: try comingWeek(), lastReviewAt: lastReviewAt,
                    wins: try wins(since: lastReviewAt ?? Policy.winsWindow.before(now)),
                    activeCases: Int(try database.int(Self.countActive) ?? 0))
        }, { store in
            [.overdue: try store.overdueItems(), .updateOwed: try store.updatesOwed(),
             .vagueNextAction: try store.vagueNextActions()] as [ReviewFinding.Kind: [ReviewFinding]]
        })
        return Review(date: today, staleAfter: staleAfter, findings: here.findings.merging(there) { $1 },
                      coming: here.coming, wins: here.wins, lastReviewAt: here.lastReviewAt,
                      activeCases: here.activeCases)
    }

    /// Today and the six days after it, each with its pending actions and
    /// check-ins due after now.
    func comingWeek() throws -> [(date: LocalDate, items: [ComingItem])] {
        let endOfWeek = DeadlineBound(endOf: today.adding(days: 6))
        // Actions and check-ins come from two queries: each day's items are
        // sorted together, timed ones in time order and all-day ones (due by
        // the day's end) after them.
        var coming = Array(repeating: [(key: (Int64, Int64), item: ComingItem)](), count: 7)
        func add(_ item: ComingItem) {
            let offset = today.days(until: item.due.date)
            guard coming.indices.contains(offset) else { return }
            let time: Int64 = if case .instant(let instant) = item.due { instant } else { .max }
            coming[offset].append(((time, item.caseID), item))
        }
        try forEachDueAction(after: DeadlineBound(now), through: endOfWeek) { action in
            add(ComingItem(caseID: action.caseID, customer: action.customer, title: action.title,
                           what: "next action: \(action.text)", due: action.due))
        }
        try forEachDueCheckIn(after: DeadlineBound(now), through: endOfWeek) { due in
            add(ComingItem(caseID: due.checkIn.caseID, customer: due.customer, title: due.title,
                           what: Self.describe(due.checkIn), due: due.checkIn.due))
        }
        // Waiting cases come back on their follow-up date, as the agenda and
        // the calendar feed have it: the agenda's query, those not due by now
        // (those are "waiting too long").
        let dueByNow = DeadlineBound(now)
        try database.forEachRow(Self.selectDueFollowUps, Self.dueWithinArguments(after: .min, through: endOfWeek), reading: { columns in
            let subject = try CaseLine.decoder(columns), waitingOn = try columns.index("waiting_on")
            let followUpAt = try columns.index("follow_up_at"), followUpAllDay = try columns.index("follow_up_all_day")
            return { row -> ComingItem? in
                let followUp = Due(deadline: row.int(followUpAt), allDay: row.bool(followUpAllDay))
                guard !dueByNow.covers(followUp) else { return nil }
                let waiting = subject(row)
                return ComingItem(caseID: waiting.id, customer: waiting.customer, title: waiting.title,
                                  what: "follow up: waiting on \(row.optionalString(waitingOn) ?? "someone")", due: followUp)
            }
        }) { item in
            if let item { add(item) }
        }
        return coming.indices.map { offset in
            (today.adding(days: offset), coming[offset].sorted { $0.key < $1.key }.map(\.item))
        }
    }

    /// Cases resolved (and maybe closed since) after `instant`.
    func wins(since instant: Int64) throws -> [Win] {
        try database.rows(Self.selectWins, [instant]) { columns in
            let subject = try CaseLine.decoder(columns), resolvedAt = try columns.index("resolved_at")
            return { row in
                let won = subject(row)
                return Win(caseID: won.id, customer: won.customer, title: won.title, resolvedAt: row.int(resolvedAt))
            }
        }
    }

    static let insertReview = """
        INSERT INTO reviews (at, active_cases, findings, counts) VALUES (:at, :active_cases, :findings, :counts)
        """

    /// Records that the review was done now, with its counts per kind.
    public func markReviewed(_ review: Review) throws {
        let counts = ReviewFinding.Kind.allCases
            .map { "\"\($0.rawValue)\": \(review.findings($0).count)" }
            .joined(separator: ", ")
        try write {
            var bindings = Bindings()
            bindings.set(":at", now)
            bindings.set(":active_cases", review.activeCases)
            bindings.set(":findings", review.findings.count)
            bindings.set(":counts", "{\(counts)}")
            try database.run(Self.insertReview, bindings)
        }
    }

    static let selectFirstCase = "SELECT created_at FROM cases ORDER BY id LIMIT 1"

    /// A nudge for `today` when the weekly review is due: the last one is
    /// older than the review-reminder setting, or there has been none and the
    /// first case is that old.
    func reviewReminder() throws -> String? {
        let settings = try settings()
        if let last = try database.int(Self.selectLastReview) {
            let days = daysSince(last)
            return settings.isReviewDue(since: LocalDate(containing: last), today: today)
                ? "Last weekly review was \(days) days ago: casekit review" : nil
        }
        guard let first = try database.int(Self.selectFirstCase),
              settings.isReviewDue(since: LocalDate(containing: first), today: today) else { return nil }
        return "No weekly review yet: casekit review"
    }
}

extension CaseLine {
    func finding(_ kind: ReviewFinding.Kind, _ reason: String, days: Int?) -> ReviewFinding {
        ReviewFinding(kind: kind, caseID: id, customer: customer, title: title, reason: reason, days: days)
    }
}
