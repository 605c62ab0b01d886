/// One thing the agent owes today, on one case.
public struct AgendaItem: Sendable, Equatable {
    /// Why the case is on the agenda.
    public enum Kind: String, Sendable, CaseIterable {
        /// A dated next action.
        case action
        /// A scheduled check-in (a follow-up after resolution included).
        case checkIn = "check-in"
        /// An escalated case's customer update.
        case update
        /// An urgent or high-priority case whose next step has no date.
        case noDueDate = "no-due-date"
        /// A case with no next action at all.
        case noNextAction = "no-next-action"
        /// An upset customer nobody has contacted in the last day.
        case upset
        /// A waiting case whose follow-up date has come.
        case followUp = "follow-up"
    }

    public var kind: Kind
    public var caseID: Int64
    public var customer: String?
    public var title: String
    public var priority: Priority
    /// The customer's latest mood when it is an upset one (`Policy.upsetMoods`):
    /// shown on every line of the case, so that whatever the agent does on it
    /// today, they know.
    public var upsetMood: Mood?
    /// What is owed, in words: the next action, the check-in's purpose, …
    public var owed: String
    /// When it falls due; nil for the undated sections.
    public var due: Due?
    /// The next action's context (`@phone`), for a line about a next action.
    public var context: String?
    /// The check-in behind the item, when there is one.
    public var checkInID: Int64?

    public init(kind: Kind, caseID: Int64, customer: String?, title: String, priority: Priority, upsetMood: Mood?,
                owed: String, due: Due?, context: String? = nil, checkInID: Int64? = nil) {
        self.kind = kind
        self.caseID = caseID
        self.customer = customer
        self.title = title
        self.priority = priority
        self.upsetMood = upsetMood
        self.owed = owed
        self.due = due
        self.context = context
        self.checkInID = checkInID
    }
}

/// One section of the agenda.
public struct AgendaSection: Sendable {
    /// The sections, most urgent first: the order `today` prints them in.
    public enum Kind: String, Sendable, CaseIterable {
        /// Next actions, check-ins and customer updates past their date.
        case overdue
        /// The same, due later today.
        case dueToday = "due-today"
        /// Urgent and high-priority cases with no dated next action.
        case noDueDate = "no-due-date"
        /// Open and escalated cases with no next action.
        case noNextAction = "no-next-action"
        /// Upset customers not contacted in the last day, not on the agenda otherwise.
        case upset
        /// Waiting cases whose follow-up date has come.
        case followUps = "follow-ups"
    }

    public var kind: Kind
    /// The section's first items, most urgent first: every one, or as many
    /// as the agenda's cap allows.
    public var items: [AgendaItem]
    /// How many items the section holds in all, shown or not.
    public var total: Int

    /// The items left out by the cap.
    public var hidden: Int { total - items.count }
}

/// The daily agenda (`casekit today`): everything the agent owes today, in
/// sections, most urgent first. Within a section: lateness (the soonest due
/// first), then priority (urgent first), then case id.
///
/// A case is listed once per reason: a case with an overdue check-in and no
/// next action has two lines. An upset customer's case that is already on the
/// agenda for another reason is not listed again under `upset`; its lines
/// carry the mood instead (`upsetMood`), because the agent is on that case
/// today anyway and the upset section is for customers who would otherwise
/// not be on the list at all.
public struct Agenda: Sendable {
    public var date: LocalDate
    /// Every section, in order, empty ones included.
    public var sections: [AgendaSection] = AgendaSection.Kind.allCases.map { AgendaSection(kind: $0, items: [], total: 0) }
    /// The most items each section shows; nil for all of them.
    public var limit: Int?
    /// Open, waiting and escalated cases (within the filter, when there is one).
    public var activeCases = 0
    /// Next actions and check-ins due from now to the end of the coming Sunday.
    public var dueThisWeek = 0
    /// Set when the weekly review is due.
    public var reviewReminder: String?

    public init(date: LocalDate, limit: Int? = nil) {
        self.date = date
        self.limit = limit
    }

    /// The items a section shows.
    public subscript(kind: AgendaSection.Kind) -> [AgendaItem] {
        sections[kind.index].items
    }

    /// Fills a section: its first items (capped to `limit` here) and how
    /// many it holds in all.
    public mutating func fill(_ kind: AgendaSection.Kind, _ items: [AgendaItem], total: Int? = nil) {
        sections[kind.index] = AgendaSection(kind: kind, items: Array(items.prefix(limit ?? .max)),
                                             total: total ?? items.count)
    }

    /// How many items a section holds in all, shown or not.
    public func total(_ kind: AgendaSection.Kind) -> Int {
        sections[kind.index].total
    }

    /// Every line of the agenda, shown or not: the "things today" of the count line.
    public var things: Int { sections.reduce(0) { $0 + $1.total } }

    public var isEmpty: Bool { things == 0 }
}

extension AgendaSection.Kind {
    var index: Int { Self.allCases.firstIndex(of: self)! }
}

/// What `today` and `checkin list` are narrowed to: one customer and/or one
/// context. Customers match as `list --customer` does, exactly but ignoring
/// ASCII case (SQLite's NOCASE); a context is written as a next action's
/// (`@phone`, the `@` added when left out) and also matches a check-in made
/// on the channel of the same name (`@phone` → phone), so that the agent can
/// make every call, then write every email.
public struct AgendaFilter: Sendable, Equatable {
    public var customer: String?
    public var context: String?

    /// No narrowing: everything.
    public init() {}

    /// Refuses a context that is not one word (`FieldRules.context`).
    public init(customer: String?, context: String?) throws {
        self.customer = try customer.map(FieldRules.customerFilter)
        self.context = try context.map(FieldRules.context)
    }

    public var isEmpty: Bool { customer == nil && context == nil }

    func matches(customer value: String?) -> Bool {
        guard let customer else { return true }
        return value.map { Self.sameIgnoringASCIICase($0, customer) } ?? false
    }

    func matches(context value: String?) -> Bool {
        guard let context else { return true }
        return value.map { Self.sameIgnoringASCIICase($0, context) } ?? false
    }

    func matches(channel: Channel?) -> Bool {
        guard context != nil else { return true }
        return matches(context: channel.map { "@" + $0.rawValue })
    }

    /// SQLite's NOCASE: only A-Z fold, so Swift and SQL filters agree.
    static func sameIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        let (a, b) = (a.utf8, b.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
        }
    }
}

/// A pending check-in with the case it belongs to (`checkin list`).
public struct CheckInListing: Sendable, Equatable {
    public var checkIn: CheckIn
    public var customer: String?
    public var title: String
}
