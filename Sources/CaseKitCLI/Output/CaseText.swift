import CaseKit

/// Human output of cases: the `list` table and the `show` page.
enum CaseText {
    /// `narrowed`: a filter other than the default statuses is in force, so
    /// an empty table says so rather than suggesting a first case.
    static func list(_ summaries: [CaseSummary], narrowed: Bool, session: Session) {
        var output = Output()
        guard !summaries.isEmpty else {
            output.line(narrowed ? "No cases match these filters."
                        : "No cases match. Open one with: casekit open \"TITLE\" --next \"ACTION\"")
            output.flush()
            return
        }
        var table = Table([
            .init(header: "ID", alignRight: true), .init(header: "STATUS", fit: .drops(4)),
            .init(header: "PRIORITY", fit: .drops(3)), .init(header: "DUE"),
            .init(header: "CUSTOMER", fit: .drops(5), maximumWidth: Table.customerWidth),
            .init(header: "CONTEXT", fit: .drops(1)), .init(header: "WAITS FOR", fit: .drops(2), maximumWidth: Table.waitsForWidth),
            .init(header: "TITLE / NEXT ACTION", fit: .wraps),
        ])
        let now = session.now
        for summary in summaries {
            let item = summary.case
            // A waiting case is due back on its follow-up date; its action is snoozed till then.
            let due = summary.shownDue
            let next = summary.nextAction.map { " → \($0.text)" } ?? (item.status.isActive ? " → (no next action)" : "")
            table.append(
                [String(item.id), item.status.rawValue, item.priority.rawValue, due?.label(at: now) ?? "-",
                 item.customer ?? "-", summary.nextAction?.context ?? "-", waitsFor(summary, now: now) ?? "-",
                 item.title + next],
                styles: [nil, statusStyle(item.status), priorityStyle(item.priority), dueStyle(due, now: now)])
        }
        table.render(on: session.terminal, into: &output)
        output.line(summaries.count == 1 ? "1 case" : "\(summaries.count) cases")
        output.flush()
    }

    static func detail(_ detail: CaseDetail, session: Session) {
        let item = detail.case, now = session.now, terminal = session.terminal
        var output = Output()
        output.wrapped("#\(item.id)  \(VisibleText.of(item.title))", from: 0, hanging: 4, width: terminal.width,
                       style: .bold, on: terminal)
        var fields: [(String, String)] = [
            ("status", item.status.rawValue), ("priority", item.priority.rawValue),
            ("customer", item.customer ?? "-"), ("ref", item.ref ?? "-"),
            ("tags", item.tags.isEmpty ? "-" : item.tags.joined(separator: ", ")),
            ("outcome", item.outcome ?? "-"),
        ]
        if item.status == .waiting, let followUp = item.followUp {
            fields.append(("waiting", "on \(item.waitingOn ?? "?"), follow up \(followUp.label(at: now)) (\(followUp.iso))"))
        }
        fields += [("created", timestamp(item.createdAt)), ("updated", timestamp(item.updatedAt))]
        if let resolved = item.resolvedAt { fields.append(("resolved", timestamp(resolved))) }
        fields.append(("uuid", item.uuid))
        for (label, value) in fields {
            output.append("  " + terminal.paint(label.padding(9), .dim) + " ")
            output.wrapped(VisibleText.of(value), from: 12, hanging: 12, width: terminal.width, on: terminal)
        }

        output.line()
        output.line(terminal.paint("Next action", .bold))
        if let next = detail.nextAction {
            // While the case waits its action is snoozed: its date is not yet the point.
            let snoozed = item.status == .waiting ? "snoozed while waiting" : nil
            let details = [next.due.map { $0.label(at: now) }, next.context, snoozed].compactMap { $0 }
            let suffix = details.isEmpty ? "" : "  (" + details.joined(separator: ", ") + ")"
            let style: Terminal.Style? = item.status.isActing && next.due?.isOverdue(at: now) == true ? .red : nil
            output.append("  ")
            output.wrapped(VisibleText.of(next.text + suffix), from: 2, hanging: 4, width: terminal.width,
                           style: style, on: terminal)
        } else if item.status.isActive {
            output.line("  none — set one: casekit next \(item.id) \"ACTION\"")
        } else {
            output.line("  none")
        }

        if let escalation = detail.escalation {
            output.line()
            output.line(terminal.paint("Extra innings", .bold))
            output.append("  ")
            output.wrapped("with \(VisibleText.of(escalation.team)) since \(timestamp(escalation.startedAt)), customer update every \(escalation.cadence)",
                           from: 2, hanging: 4, width: terminal.width, on: terminal)
            if let reason = escalation.reason {
                output.append("  ")
                output.wrapped("reason: " + VisibleText.of(reason), from: 2, hanging: 10, width: terminal.width, on: terminal)
            }
        }

        if !detail.checkIns.isEmpty {
            output.line()
            output.line(terminal.paint("Check-ins", .bold))
            var table = Table([.init(header: "#", alignRight: true), .init(header: "DUE"), .init(header: "STATE"),
                               .init(header: "PURPOSE", fit: .drops(2)), .init(header: "CHANNEL", fit: .drops(1)),
                               .init(header: "NOTE", fit: .wraps)])
            for checkIn in detail.checkIns {
                let note = [checkIn.note, checkIn.outcome.map { "→ \($0)" }].compactMap { $0 }.joined(separator: " ")
                table.append([String(checkIn.id), checkIn.due.iso, checkIn.state.rawValue, checkIn.purpose.rawValue,
                              checkIn.channel?.rawValue ?? "-", note],
                             styles: [nil, checkIn.state == .pending ? dueStyle(checkIn.due, now: now) : nil])
            }
            table.render(on: terminal, into: &output, indent: "  ")
        }

        output.line()
        output.line(terminal.paint("Timeline", .bold))
        for event in detail.events {
            let mood = event.mood.map { "  [\($0.rawValue)]" } ?? ""
            output.append("  " + terminal.paint(timestamp(event.at), .dim) + "  " + event.kind.rawValue.padding(17) + " ")
            // Continuation lines start under the text, after the time and the kind.
            output.wrapped(VisibleText.of(event.text) + mood, from: 38, hanging: 38, width: terminal.width, on: terminal)
        }
        output.flush()
    }

    /// What a case waits for, in the list's words: "waiting on Globex IT
    /// until Thu", "update due tomorrow (Network Ops)"; nil unless it waits
    /// or is escalated. Day words come from the one clock (`now`).
    static func waitsFor(_ summary: CaseSummary, now: Int64) -> String? {
        let item = summary.case
        switch item.status {
        case .waiting:
            let who = item.waitingOn ?? "someone"
            guard let followUp = item.followUp else { return "waiting on \(who)" }
            if let lateness = followUp.lateness(at: now) { return "waiting on \(who), follow-up \(lateness)" }
            return "waiting on \(who) until \(followUp.label(at: now))"
        case .escalated:
            guard let update = summary.update else { return nil }
            guard let due = update.due else { return "with \(update.team)" }
            if let lateness = due.lateness(at: now) { return "update \(lateness) (\(update.team))" }
            return "update due \(due.label(at: now)) (\(update.team))"
        case .open, .resolved, .closed:
            return nil
        }
    }

    /// ` (due tomorrow)` after a confirmation, or nothing without a due date.
    static func dueSuffix(_ due: Due?, now: Int64) -> String {
        guard let due else { return "" }
        if let lateness = due.lateness(at: now) { return " (due \(due.iso), \(lateness))" }
        return " (due \(due.label(at: now)))"
    }

    /// `2026-11-22 09:00`, local time.
    static func timestamp(_ instant: Int64) -> String {
        let time = LocalTime(instant)
        return "\(time.date.iso) \(time.hourMinute)"
    }

    static func statusStyle(_ status: CaseStatus) -> Terminal.Style? {
        switch status {
        case .escalated: return .yellow
        case .waiting: return .cyan
        case .resolved, .closed: return .dim
        case .open: return nil
        }
    }

    static func priorityStyle(_ priority: Priority) -> Terminal.Style? {
        switch priority {
        case .urgent: return .red
        case .high: return .yellow
        case .normal: return nil
        case .low: return .dim
        }
    }

    static func dueStyle(_ due: Due?, now: Int64) -> Terminal.Style? {
        guard let due else { return nil }
        if due.isOverdue(at: now) { return .red }
        return due.isDueToday(at: now) ? .yellow : nil
    }
}

extension String {
    /// The text followed by spaces up to `width` columns.
    func padding(_ width: Int) -> String {
        let used = TextWidth.of(self)
        return used >= width ? self : self + String(repeating: " ", count: width - used)
    }
}
