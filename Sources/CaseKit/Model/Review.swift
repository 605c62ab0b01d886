/// One thing the weekly review found on one case, with the figures behind it.
public struct ReviewFinding: Sendable, Equatable {
    /// The kinds, in the order the review shows them: most urgent first.
    public enum Kind: String, CaseIterable, Sendable {
        case upsetWithoutCheckIn = "upset-no-checkin"
        case updateOwed = "update-owed"
        case overdue
        case waitingTooLong = "waiting-too-long"
        case resolvedWithoutFollowUp = "resolved-no-follow-up"
        case noNextAction = "no-next-action"
        case vagueNextAction = "vague-next-action"
        case stale

        public var title: String {
            switch self {
            case .upsetWithoutCheckIn: return "Upset customer, no check-in"
            case .updateOwed: return "Extra innings, customer not updated"
            case .overdue: return "Overdue"
            case .waitingTooLong: return "Waiting too long"
            case .resolvedWithoutFollowUp: return "Resolved without follow-up"
            case .noNextAction: return "No next action"
            case .vagueNextAction: return "Vague next action"
            case .stale: return "Stale"
            }
        }
    }

    public var kind: Kind
    public var caseID: Int64
    public var customer: String?
    public var title: String
    /// Why, in words: "no activity for 12 days", "update owed since 2d".
    public var reason: String
    /// The number of days behind the reason (idle, late, owed), when there is one.
    public var days: Int?
}

/// An item of the coming week: a next action or check-in due on a given day.
public struct ComingItem: Sendable, Equatable {
    public var caseID: Int64
    public var customer: String?
    public var title: String
    /// `next action: …` or `check-in: …`.
    public var what: String
    public var due: Due
}

/// A case resolved since the last review.
public struct Win: Sendable, Equatable {
    public var caseID: Int64
    public var customer: String?
    public var title: String
    public var resolvedAt: Int64
}

/// The weekly review: findings, the coming 7 days, wins, and when the last
/// review was.
public struct Review: Sendable {
    public var date: LocalDate
    public var staleAfter: Interval
    /// Every finding, grouped by kind in the order of `ReviewFinding.Kind.allCases`.
    public let findings: [ReviewFinding]
    /// Where each kind's findings are in `findings`.
    private let ranges: [ReviewFinding.Kind: Range<Int>]
    /// Today and the six days after it, each with what is due that day.
    public var coming: [(date: LocalDate, items: [ComingItem])]
    public var wins: [Win]
    /// When the last recorded review was, if ever.
    public var lastReviewAt: Int64?
    public var activeCases: Int

    public init(date: LocalDate, staleAfter: Interval, findings byKind: [ReviewFinding.Kind: [ReviewFinding]],
                coming: [(date: LocalDate, items: [ComingItem])], wins: [Win], lastReviewAt: Int64?,
                activeCases: Int) {
        var findings: [ReviewFinding] = []
        var ranges: [ReviewFinding.Kind: Range<Int>] = [:]
        for kind in ReviewFinding.Kind.allCases {
            let start = findings.count
            findings += byKind[kind] ?? []
            ranges[kind] = start..<findings.count
        }
        self.date = date
        self.staleAfter = staleAfter
        self.findings = findings
        self.ranges = ranges
        self.coming = coming
        self.wins = wins
        self.lastReviewAt = lastReviewAt
        self.activeCases = activeCases
    }

    public var casesWithFindings: Int { Set(findings.map(\.caseID)).count }

    /// Findings of one kind, in the review's order.
    public func findings(_ kind: ReviewFinding.Kind) -> ArraySlice<ReviewFinding> {
        findings[ranges[kind] ?? 0..<0]
    }
}
