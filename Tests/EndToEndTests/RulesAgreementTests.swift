import Foundation
import Testing

/// The property behind "one home per rule": whatever an agent does to a small
/// queue, and whenever they look, the agenda (`today --json`), `list
/// --overdue --json` and the review (`review --format json`) name the same
/// cases as having something overdue, and the same ones as owing the customer
/// an update. A fixed seed makes every run the same random walk; set
/// CASEKIT_RULES_SEED to try another.
@Suite struct RulesAgreementTests {
    let casekit = CasekitBinary()

    /// What one reader says of the queue: cases with something overdue, and
    /// cases owing the customer an update.
    struct Verdict: Equatable, CustomStringConvertible {
        var overdue: Set<Int> = []
        var updatesOwed: Set<Int>?
        var description: String { "overdue \(overdue.sorted()), updates owed \(updatesOwed.map { "\($0.sorted())" } ?? "-")" }
    }

    /// The one comparison: how each reader's JSON says "overdue" and
    /// "update owed". The agenda is read by its section keys; a section it
    /// gains later is read the same way (every item carries `overdue`).
    static func verdicts(agenda: [String: Any], list: [String: Any], review: [String: Any])
        -> (agenda: Verdict, list: Verdict, review: Verdict) {
        var fromAgenda = Verdict(updatesOwed: [])
        for (section, value) in agenda {
            for item in value as? [[String: Any]] ?? [] where item["overdue"] as? Bool == true {
                let id = item["case_id"] as! Int
                fromAgenda.overdue.insert(id)
                if section == "updates_owed" { fromAgenda.updatesOwed?.insert(id) }
            }
        }
        let findings = review["findings"] as? [[String: Any]] ?? []
        let overdueKinds: Set<String> = ["overdue", "update-owed", "waiting-too-long"]
        let fromReview = Verdict(
            overdue: Set(findings.filter { overdueKinds.contains($0["kind"] as! String) }.map { $0["case_id"] as! Int }),
            updatesOwed: Set(findings.filter { $0["kind"] as? String == "update-owed" }.map { $0["case_id"] as! Int }))
        let fromList = Verdict(overdue: Set((list["cases"] as? [[String: Any]] ?? []).map { $0["id"] as! Int }))
        return (fromAgenda, fromList, fromReview)
    }

    /// A WHEN a user might type, from last week to next month.
    static func when(_ random: inout FuzzRandom) -> String {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return "today"
        case 1: return "tomorrow"
        case 2: return "yesterday"
        case 3: return "\(Int.random(in: 1...9, using: &random))d"
        case 4: return "\(Int.random(in: 1...40, using: &random))h"
        case 5: return ["mon", "wed", "fri", "sun"].randomElement(using: &random)!
        case 6: return "2026-11-\(Int.random(in: 15...30, using: &random))"
        default: return "2026-12-0\(Int.random(in: 1...9, using: &random))T\(Int.random(in: 10...17, using: &random)):30"
        }
    }

    /// Rows whose copied agenda columns differ from what they copy.
    static let agendaColumnsDrift = """
        SELECT 'action ' || n.id FROM next_actions n JOIN cases c ON c.id = n.case_id WHERE n.state = 'pending'
          AND (n.snoozed <> (c.status NOT IN ('open', 'escalated'))
               OR n.priority_rank <> CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)
        UNION ALL
        SELECT 'check-in ' || k.id FROM check_ins k JOIN cases c ON c.id = k.case_id WHERE k.state = 'pending'
          AND (c.status = 'closed'
               OR k.priority_rank <> CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)
        UNION ALL
        SELECT 'case ' || c.id FROM cases c
        WHERE c.next_step <> coalesce((SELECT CASE WHEN n.due_at IS NULL THEN 'undated' ELSE 'dated' END FROM next_actions n
                                       WHERE n.case_id = c.id AND n.state = 'pending'), 'none')
           OR c.last_contact_at IS NOT (SELECT max(v.at) FROM events v WHERE v.case_id = c.id AND v.kind IN ('contact', 'checkin-done'))
        """

    @Test func agendaListAndReviewAgreeOnRandomQueues() throws {
        let seed = ProcessInfo.processInfo.environment["CASEKIT_RULES_SEED"].flatMap(UInt64.init) ?? 12
        var random = FuzzRandom(seed: seed)
        // Minutes since 2026-11-16 00:00, written as local time (no DST change
        // in the walk's two months).
        var minutes = 9 * 60
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd'T'HH:mm"
        let start = format.date(from: "2026-11-16T00:00")!
        func stamp() -> String { format.string(from: start.addingTimeInterval(Double(minutes) * 60)) }
        var cases = 0, checks = 0
        let contexts = ["@phone", "@email", "@chat"]
        for step in 0..<240 {
            casekit.now = stamp()
            let id = String(Int.random(in: 1...max(cases, 1), using: &random))
            var arguments: [String]
            switch Int.random(in: 0..<21, using: &random) {
            case 0 where cases < 6, 1 where cases < 2:
                arguments = ["open", "Case \(cases + 1)", "--customer", ["Acme", "Globex"].randomElement(using: &random)!]
                if Bool.random(using: &random) {
                    arguments += ["--next", "Call the customer back", "--due", Self.when(&random),
                                  "--context", contexts.randomElement(using: &random)!]
                }
            case 0, 1, 2: arguments = ["next", id, "Email the workaround", "--due", Self.when(&random)]
            case 3: arguments = ["done", id] + (Bool.random(using: &random) ? ["--next", "Ring the customer", "--due", Self.when(&random)] : [])
            case 4: arguments = ["wait", id, "--on", "Globex IT"] + (Bool.random(using: &random) ? ["--until", Self.when(&random)] : [])
            case 5: arguments = ["resume", id]
            case 6: arguments = ["escalate", id, "--to", "Network Ops", "--update-every", ["12h", "1d", "2d"].randomElement(using: &random)!]
            case 7: arguments = ["deescalate", id]
            case 8: arguments = ["checkin", "add", id, Self.when(&random)]
            case 9: arguments = ["checkin", "done", id]
            case 10: arguments = ["checkin", "skip", id]
            case 11: arguments = ["checkin", "move", id, Self.when(&random)]
            case 12: arguments = ["resolve", id] + [[], ["--no-checkin"], ["--checkin", Self.when(&random)]].randomElement(using: &random)!
            case 13: arguments = ["close", id] + (Bool.random(using: &random) ? ["--force"] : [])
            case 14: arguments = ["reopen", id]
            case 15: arguments = ["edit", id, "--priority", ["urgent", "high", "normal", "low"].randomElement(using: &random)!]
            case 16: arguments = ["checkin", "done", id, "--mood", ["angry", "calm"].randomElement(using: &random)!]
            default:
                // Time passes: a few hours, or a few days.
                minutes += Bool.random(using: &random) ? Int.random(in: 1...20, using: &random) * 60
                                                       : Int.random(in: 1...3, using: &random) * 1440
                casekit.now = stamp()
                let agenda = try casekit.json("today", "--all", "--json")
                let list = try casekit.json("list", "--overdue", "--json")
                let review = try casekit.json("review", "--format", "json")
                let seen = Self.verdicts(agenda: agenda, list: list, review: review)
                let context = "seed \(seed), step \(step), \(casekit.now)"
                #expect(seen.agenda.overdue == seen.list.overdue, "agenda \(seen.agenda) / list \(seen.list) — \(context)")
                #expect(seen.agenda == seen.review, "agenda \(seen.agenda) / review \(seen.review) — \(context)")
                // The agenda's copied columns (AgendaColumns) say what their rows say.
                let drifted = cases == 0 ? [] : try casekit.query(Self.agendaColumnsDrift) { $0.string(0) }
                #expect(drifted.isEmpty, "copied columns drifted: \(drifted) — \(context)")
                checks += 1
                continue
            }
            let run = try casekit.run(arguments)
            // Refusals (an illegal transition, nothing pending) are part of
            // the walk; anything else is a failure.
            #expect(run.code == 0 || run.code == 1, "casekit \(arguments.joined(separator: " ")): \(run.stderr)")
            if arguments[0] == "open", run.code == 0 { cases += 1 }
        }
        #expect(checks >= 30, "the walk looked at the queue too rarely")
    }
}
