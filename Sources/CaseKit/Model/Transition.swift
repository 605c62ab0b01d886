/// A change of status and the statuses it may start from. The rules of the
/// lifecycle live here so that each refusal carries the same kind of hint.
public enum Transition: String, Sendable {
    case wait, resume, escalate, deescalate, resolve, close, reopen
    /// Not a status change: setting or completing a next action needs an active case.
    case act
    /// Not a status change: check-ins go on any case not closed (follow-ups after resolving).
    case schedule

    public var allowedFrom: [CaseStatus] {
        switch self {
        case .wait: return [.open, .waiting]
        case .resume: return [.waiting]
        case .escalate: return [.open, .waiting, .escalated]
        case .deescalate: return [.escalated]
        case .resolve, .act: return Policy.activeStatuses
        case .close: return [.resolved]
        case .reopen: return [.resolved, .closed]
        case .schedule: return [.open, .waiting, .escalated, .resolved]
        }
    }

    /// Throws a domain error (exit 1) unless a case in `status` may take this step.
    public func check(_ status: CaseStatus, caseID id: Int64) throws {
        guard !allowedFrom.contains(status) else { return }
        let hint: String
        switch (self, status) {
        case (.close, _) where status.isActive:
            hint = "resolve it first: casekit resolve \(id)"
        case (.reopen, _):
            hint = "reopen is for resolved or closed cases; 'casekit show \(id)' shows where it stands"
        case (_, .resolved), (_, .closed):
            hint = "reopen it first: casekit reopen \(id)"
        case (.wait, .escalated):
            hint = "deescalate it first when the answer comes: casekit deescalate \(id)"
        case (.deescalate, _):
            hint = "only an escalated case can be deescalated: casekit escalate \(id) --to TEAM"
        case (.resume, _):
            hint = "only a waiting case can resume: casekit wait \(id) --on WHO"
        default:
            hint = "'casekit show \(id)' shows where it stands"
        }
        let verb = self == .act || self == .schedule ? "this needs" : "'\(rawValue)' needs"
        let allowed = allowedFrom.map(\.rawValue).joined(separator: " or ")
        throw CaseKitError.domain("case #\(id) is \(status.rawValue); \(verb) a case that is \(allowed)", hint: hint)
    }
}
