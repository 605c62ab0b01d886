import CaseKit

/// Human output of `today` and `checkin list`.
enum AgendaText {
    static func agenda(_ agenda: Agenda, session: Session) {
        let terminal = session.terminal
        var output = Output()
        output.line(terminal.paint("Today, \(Due.weekdayNames[agenda.date.weekday]) \(agenda.date.iso)", .bold))
        let sections: [(String, [AgendaItem])] = [
            ("Overdue next actions", agenda.overdueActions),
            ("Check-ins due", agenda.checkIns),
            ("Extra innings: customer update owed", agenda.updatesOwed),
            ("Waiting: follow-up date has come", agenda.followUps),
            ("Next actions due today", agenda.dueToday),
        ]
        for (heading, items) in sections where !items.isEmpty {
            output.line()
            output.line(terminal.paint("\(heading) (\(items.count))", .bold))
            var table = Table([.init(header: "ID", alignRight: true), .init(header: "WHEN"),
                               .init(header: "CUSTOMER", fit: .drops(1), maximumWidth: Table.customerWidth),
                               .init(header: "TITLE → OWED", fit: .wraps)])
            for item in items {
                let when = item.due.label(at: session.now)
                table.append([String(item.caseID), when, item.customer ?? "-", "\(item.title) → \(item.owed)"],
                             styles: [nil, CaseText.dueStyle(item.due, now: session.now)])
            }
            table.render(on: terminal, into: &output, indent: "  ")
        }
        if agenda.isEmpty {
            output.line()
            output.line("Nothing overdue or due today.")
        }
        output.line()
        output.line("\(plural(agenda.activeCases, "active case")), \(agenda.dueThisWeek) due this week")
        if let reminder = agenda.reviewReminder {
            output.line(terminal.paint(reminder, .yellow))
        }
        output.flush()
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
}
