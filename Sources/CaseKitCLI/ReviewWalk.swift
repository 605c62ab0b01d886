import Glibc
import CaseKit

/// `review --walk`: the findings one case at a time, asking what to do. Answers
/// are read line by line from standard input, so it works from a terminal and
/// from a pipe; end of input ends the walk.
struct ReviewWalk {
    let store: Store
    let session: Session
    /// In a pipe the answers are echoed, so the transcript reads like a session.
    let echo = isatty(STDIN_FILENO) == 0
    private(set) var done: [Outcome: Int] = [:]

    init(store: Store, session: Session) {
        self.store = store
        self.session = session
    }

    mutating func run(_ review: Review) {
        var order: [Int64] = []
        var byCase: [Int64: [ReviewFinding]] = [:]
        for finding in review.findings {
            if byCase[finding.caseID] == nil { order.append(finding.caseID) }
            byCase[finding.caseID, default: []].append(finding)
        }
        guard !order.isEmpty else {
            Output.say("Nothing to walk: every loop is closed.")
            return
        }
        walking: for (index, id) in order.enumerated() {
            let findings = byCase[id]!
            Output.say("")
            Output.say("[\(index + 1)/\(order.count)] #\(id) \(findings[0].customer ?? "-") — \(findings[0].title)")
            for finding in findings { Output.say("  \(finding.kind.title.lowercased()): \(finding.reason)") }
            while true {
                guard let answer = ask("  [n]ext action, [c]heck-in, [r]esolve, [s]kip, [q]uit > ") else { break walking }
                switch answer.lowercased() {
                case "n", "next": if act({ try setNextAction(id) }) { count(.nextAction); continue walking }
                case "c", "check-in", "checkin": if act({ try scheduleCheckIn(id) }) { count(.checkIn); continue walking }
                case "r", "resolve": if act({ try resolve(id) }) { count(.resolved); continue walking }
                case "s", "skip", "": count(.skipped); continue walking
                case "q", "quit": break walking
                default: Output.say("  answer n, c, r, s or q")
                }
            }
        }
        let tally = Outcome.allCases.compactMap { outcome in done[outcome].map { outcome.told($0) } }
        Output.say("")
        Output.say("Walk over: " + (tally.isEmpty ? "nothing changed." : tally.joined(separator: ", ") + "."))
    }

    /// What an answer did to a case, for the closing tally.
    enum Outcome: CaseIterable {
        case nextAction, checkIn, resolved, skipped

        func told(_ count: Int) -> String {
            switch self {
            case .nextAction: return count == 1 ? "1 next action set" : "\(count) next actions set"
            case .checkIn: return count == 1 ? "1 check-in scheduled" : "\(count) check-ins scheduled"
            case .resolved: return count == 1 ? "1 case resolved" : "\(count) cases resolved"
            case .skipped: return "\(count) skipped"
            }
        }
    }

    private mutating func count(_ outcome: Outcome) {
        done[outcome, default: 0] += 1
    }

    /// Runs one answer's change; a refusal is shown and the question asked again.
    private func act(_ change: () throws -> String?) -> Bool {
        do {
            guard let confirmation = try change() else { return false }
            Output.say("  ✓ \(confirmation)")
            return true
        } catch let error as CaseKitError {
            Output.say("  casekit: error: \(error.message) (hint: \(error.hint))")
            return false
        } catch {
            Output.say("  casekit: error: \(error)")
            return false
        }
    }

    private func setNextAction(_ id: Int64) throws -> String? {
        guard let text = ask("  Next action > "), !text.isEmpty else { return nil }
        let due = try ask("  Due (WHEN, empty for none) > ").flatMap { $0.isEmpty ? nil : try session.when(store).parse($0) }
        let action = try store.setNextAction(id, NextActionDraft(text: text, due: due))
        return "next action: \(action.text)\(CaseText.dueSuffix(action.due, now: session.now))"
    }

    private func scheduleCheckIn(_ id: Int64) throws -> String? {
        guard let when = ask("  When > "), !when.isEmpty else { return nil }
        let due = try session.when(store).parse(when)
        let note = ask("  Purpose (empty for none) > ")
        let checkIn = try store.addCheckIn(id, CheckInDraft(due: due, note: note, channel: nil))
        return "check-in #\(checkIn.id) \(due.label(at: session.now)) (\(due.iso))"
    }

    private func resolve(_ id: Int64) throws -> String? {
        let note = ask("  Resolution (empty for none) > ")
        let checkIn = try store.resolve(id, note: note, followUp: session.when(store).picked(store.settings().followUp))
        return "resolved; follow-up check-in \(checkIn.map { $0.due.iso } ?? "none")"
    }

    /// Prints the prompt and reads one line; nil at the end of input.
    private func ask(_ prompt: String) -> String? {
        Output.say(prompt, terminator: "")
        guard let line = readLine() else {
            Output.say("")
            return nil
        }
        if echo { Output.say(line) }
        return line.trimmingSpaces
    }
}
