import CaseKit

/// Human output of `today` and `checkin list`.
enum AgendaText {
    static func agenda(_ agenda: Agenda, filter: AgendaFilter, session: Session) {
        let terminal = session.terminal
        var output = Output()
        let narrowed = [filter.customer.map { "customer \(VisibleText.of($0))" }, filter.context.map(VisibleText.of)]
            .compactMap { $0 }
        output.line(terminal.paint("Today, \(Due.weekdayNames[agenda.date.weekday]) \(agenda.date.iso)"
            + (narrowed.isEmpty ? "" : " (\(narrowed.joined(separator: ", ")))"), .bold))
        // Under the title, where the eye lands first; after a long agenda
        // and its count line it scrolled away unread.
        if let reminder = agenda.reviewReminder {
            output.line(terminal.paint(reminder, .yellow))
        }
        for section in agenda.sections where !section.items.isEmpty {
            output.line()
            output.line(terminal.paint("\(heading(section.kind)) (\(grouped(section.total)))", .bold))
            var table = Table([.init(header: "ID", alignRight: true), .init(header: "WHEN"),
                               .init(header: "CUSTOMER", fit: .drops(1), maximumWidth: Table.customerWidth),
                               .init(header: "TITLE → OWED", fit: .wraps)])
            for item in section.items {
                // The upset section says the mood in words; elsewhere it marks the customer.
                let mood = section.kind == .upset ? nil : item.upsetMood.map { "(\($0.rawValue))" }
                let customer = [item.customer, mood].compactMap { $0 }.joined(separator: " ")
                table.append([String(item.caseID), item.due?.label(at: session.now) ?? "-",
                              customer.isEmpty ? "-" : customer, "\(item.title) → \(item.owed)"],
                             styles: [nil, CaseText.dueStyle(item.due, now: session.now)])
            }
            table.render(on: terminal, into: &output, indent: "  ")
            if section.hidden > 0 {
                output.line("  … and \(grouped(section.hidden)) more \(noun(section.kind)): "
                    + (filter.isEmpty ? "casekit today --all" : "add --all to see them"))
            }
        }
        output.line()
        output.line(countLine(agenda))
        output.flush()
    }

    static func heading(_ kind: AgendaSection.Kind) -> String {
        switch kind {
        case .overdue: "Overdue"
        case .dueToday: "Due today"
        case .noDueDate: "Urgent and high priority, no due date"
        case .noNextAction: "No next action: decide the next step"
        case .upset: "Upset customers, not contacted in the last day"
        case .followUps: "Waiting: follow-up date has come"
        }
    }

    /// What the "… and 9,431 more" line calls a section's items.
    static func noun(_ kind: AgendaSection.Kind) -> String {
        switch kind {
        case .overdue: "overdue"
        case .dueToday: "due today"
        case .noDueDate: "with no due date"
        case .noNextAction: "with no next action"
        case .upset: "upset customers"
        case .followUps: "follow-ups"
        }
    }

    /// `9,441 things today, 9,000 overdue · 30,049 active cases`: every item
    /// of every section is a thing, shown or not, and the overdue ones are
    /// those of the first section.
    static func countLine(_ agenda: Agenda) -> String {
        let overdue = agenda.total(.overdue)
        let today = agenda.isEmpty ? "Nothing to do today"
            : groupedPlural(agenda.things, "thing") + " today" + (overdue > 0 ? ", \(grouped(overdue)) overdue" : "")
        return today + " · " + groupedPlural(agenda.activeCases, "active case")
    }

    static func checkIns(_ listings: [CheckInListing], session: Session) {
        var output = Output()
        guard !listings.isEmpty else {
            output.line("No pending check-ins. Schedule one with: casekit checkin add ID WHEN")
            output.flush()
            return
        }
        var table = Table([.init(header: "#", alignRight: true), .init(header: "CASE", alignRight: true),
                           .init(header: "DUE"), .init(header: "CHANNEL", fit: .drops(1)),
                           .init(header: "CUSTOMER", fit: .drops(2), maximumWidth: Table.customerWidth),
                           .init(header: "TITLE → CHECK-IN", fit: .wraps)])
        for listing in listings {
            let checkIn = listing.checkIn
            table.append([String(checkIn.id), String(checkIn.caseID), checkIn.due.label(at: session.now),
                          checkIn.channel?.rawValue ?? "-", listing.customer ?? "-",
                          "\(listing.title) → \(Store.describe(checkIn, withChannel: false))"],
                         styles: [nil, nil, CaseText.dueStyle(checkIn.due, now: session.now)])
        }
        table.render(on: session.terminal, into: &output)
        output.line(plural(listings.count, "check-in"))
        output.flush()
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// `plural` with the count grouped in thousands (`9,441 things`).
    static func groupedPlural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(grouped(count)) \(noun)s"
    }

    /// `9441` as `9,441`, the same in every locale: the rest of the output is English.
    static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (count < 0 ? "-" : "") + text
    }
}
