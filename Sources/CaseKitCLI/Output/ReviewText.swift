import CaseKit

/// The weekly review as text for the terminal and as Markdown for sharing.
enum ReviewText {
    static func lastReview(_ review: Review, now: Int64) -> String {
        guard let at = review.lastReviewAt else { return "never" }
        let days = LocalDate(containing: at).days(until: review.date)
        let ago = days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
        return "\(LocalDate(containing: at).iso) (\(ago))"
    }

    static func summary(_ review: Review) -> String {
        "\(AgendaText.plural(review.findings.count, "finding")) on \(AgendaText.plural(review.casesWithFindings, "case"))"
            + ", \(AgendaText.plural(review.activeCases, "active case"))"
    }

    static func dayName(_ date: LocalDate) -> String {
        "\(Due.weekdayNames[date.weekday]) \(date.iso)"
    }

    static func text(_ review: Review, session: Session) {
        let terminal = session.terminal
        var output = Output()
        output.line(terminal.paint("Weekly review, \(dayName(review.date))", .bold))
        for kind in ReviewFinding.Kind.allCases {
            let findings = review.findings(kind)
            guard !findings.isEmpty else { continue }
            output.line()
            output.line(terminal.paint("\(kind.title) (\(findings.count))", .bold))
            var table = Table([.init(header: "ID", alignRight: true),
                               .init(header: "CUSTOMER", fit: .drops(1), maximumWidth: Table.customerWidth),
                               .init(header: "TITLE", fit: .wraps), .init(header: "WHY", fit: .wraps)])
            for finding in findings {
                table.append([String(finding.caseID), finding.customer ?? "-", finding.title, finding.reason])
            }
            table.render(on: terminal, into: &output, indent: "  ")
        }
        output.line()
        output.line(review.findings.isEmpty ? "Nothing to fix: every loop is closed." : summary(review))
        output.line()
        output.line(terminal.paint("Coming 7 days", .bold))
        for (date, items) in review.coming {
            output.line("  \(dayName(date))" + (items.isEmpty ? "  -" : ""))
            for item in items {
                let time = item.due.isAllDay ? "" : " at " + LocalTime(item.due.deadline).hourMinute
                output.append("    ")
                output.wrapped("#\(item.caseID) \(VisibleText.of(item.customer ?? "-")) — \(VisibleText.of(item.title)): \(VisibleText.of(item.what))\(time)",
                               from: 4, hanging: 6, width: terminal.width, on: terminal)
            }
        }
        output.line()
        output.line(terminal.paint("Wins since the last review (\(review.wins.count))", .bold))
        for win in review.wins {
            output.append("  ")
            output.wrapped("#\(win.caseID) \(VisibleText.of(win.customer ?? "-")) — \(VisibleText.of(win.title)) (resolved \(LocalDate(containing: win.resolvedAt).iso))",
                           from: 2, hanging: 4, width: terminal.width, on: terminal)
        }
        if review.wins.isEmpty { output.line("  none yet") }
        output.line()
        output.line("Last review: \(lastReview(review, now: session.now))")
        output.flush()
    }

    /// GitHub-flavoured Markdown: headings and tables, for a review session.
    static func markdown(_ review: Review, now: Int64) {
        var output = Output()
        output.line("# Weekly review, \(dayName(review.date))")
        output.line()
        output.line("Last review: \(lastReview(review, now: now)). \(summary(review)).")
        for kind in ReviewFinding.Kind.allCases {
            let findings = review.findings(kind)
            guard !findings.isEmpty else { continue }
            output.line()
            output.line("## \(kind.title) (\(findings.count))")
            output.line()
            output.line("| Case | Customer | Title | Why |")
            output.line("|---:|---|---|---|")
            for finding in findings {
                output.line("| #\(finding.caseID) | \(cell(finding.customer ?? "-")) | \(cell(finding.title)) | \(cell(finding.reason)) |")
            }
        }
        output.line()
        output.line("## Coming 7 days")
        for (date, items) in review.coming {
            output.line()
            output.line("### \(dayName(date))")
            output.line()
            if items.isEmpty { output.line("Nothing due.") }
            for item in items {
                output.line("- #\(item.caseID) \(cell(item.customer ?? "-")) — \(cell(item.title)): \(cell(item.what))")
            }
        }
        output.line()
        output.line("## Wins since the last review (\(review.wins.count))")
        output.line()
        if review.wins.isEmpty { output.line("None yet.") }
        for win in review.wins {
            output.line("- #\(win.caseID) \(cell(win.customer ?? "-")) — \(cell(win.title)) (resolved \(LocalDate(containing: win.resolvedAt).iso))")
        }
        output.flush()
    }

    /// Text safe inside a Markdown table cell or list item.
    static func cell(_ text: String) -> String {
        var escaped = ""
        for character in VisibleText.of(text) {
            switch character {
            case "|", "\\", "*", "_", "`", "<", ">", "[", "]": escaped += "\\\(character)"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
