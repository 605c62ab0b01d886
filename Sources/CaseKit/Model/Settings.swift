/// One thing `casekit config` can change: its name as the user types it
/// (the name of the option it stands in for, where there is one), what its
/// values may be, and what it means.
public enum Setting: String, CaseIterable, Sendable {
    case staleAfter = "stale-after"
    case updateEvery = "update-every"
    case followUp = "follow-up"
    case wait
    case reviewReminder = "review-reminder"
    case extraVerbs = "extra-verbs"
    case extraVaguePhrases = "extra-vague-phrases"
    case workingDays = "working-days"
    case countWorkingDays = "count-working-days"

    /// A list setting holds any number of values; the others hold one.
    public var isList: Bool { self == .extraVerbs || self == .extraVaguePhrases || self == .workingDays }

    /// Whether it is part of the working calendar, which must still have
    /// a working day in every year once it changes.
    public var shapesCalendar: Bool { self == .workingDays || self == .countWorkingDays }

    /// What it is for, in `config list` and the docs.
    public var summary: String {
        switch self {
        case .staleAfter: "the review calls an active case stale after this long without activity (review --stale-after)"
        case .updateEvery: "how often an escalated case's customer gets an update (escalate --update-every)"
        case .followUp: "when resolve schedules the follow-up check-in (resolve --checkin)"
        case .wait: "how long wait waits before the case comes back (wait --until)"
        case .reviewReminder: "today reminds of the weekly review once the last one is this old"
        case .extraVerbs: "action verbs the vague check accepts besides the built-in ones"
        case .extraVaguePhrases: "phrases the vague check flags besides look into, check on, deal with"
        case .workingDays: "the days worked; 2bd, nwd and the defaults count these, less the holidays (config holiday)"
        case .countWorkingDays: "yes: follow-up, wait and update-every default to working days, and dates casekit picks skip days off"
        }
    }

    /// The setting named `name`, or a usage error that lists them all.
    public init(named name: String) throws {
        guard let setting = Setting(rawValue: name.trimmingSpaces.lowercased()) else {
            throw CaseKitError.usage("unknown setting '\(name)'",
                                     hint: "settings are \(Setting.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = setting
    }

    /// `text` as it is stored, checked as the matching option would check
    /// it: an interval through `Interval`, a verb as one word, a phrase as
    /// words, a weekday by its short name, yes or no. A value that is none
    /// of these is a usage error naming it. A run of weekdays (`mon-fri`)
    /// is several values: see `expanded`.
    public func normalized(_ text: String) throws -> String {
        switch self {
        case .workingDays:
            let days = try WorkingWeek.weekdays(in: text)
            guard days.count == 1 else {
                throw CaseKitError.usage("'\(text)' is several days", hint: "give one day at a time here")
            }
            return WorkingWeek.shortNames[days[0]]
        case .countWorkingDays:
            switch text.trimmingSpaces.lowercased() {
            case "yes", "on", "true": return "yes"
            case "no", "off", "false": return "no"
            default:
                throw CaseKitError.usage("invalid value '\(text)' for \(rawValue)", hint: "use yes or no")
            }
        case .staleAfter, .updateEvery, .followUp, .wait:
            return try interval(text).description
        case .reviewReminder:
            let interval = try interval(text)
            guard interval.unit != .hours, interval.unit != .workingDays else {
                throw CaseKitError.usage("review-reminder counts calendar days, not hours or working days: '\(text)'",
                                         hint: "use days, weeks or months, e.g. 7d, 2w or 1m")
            }
            return interval.description
        case .extraVerbs:
            let verb = text.trimmingSpaces.lowercased()
            guard !verb.contains(where: { $0.isWhitespace }) else {
                throw CaseKitError.usage("an action verb is one word: '\(text)'",
                                         hint: "add the first word of a phrase (reach for 'reach out'), or flag a phrase with extra-vague-phrases")
            }
            guard Self.isWord(verb) else { throw Self.notWords(text, "a verb") }
            return verb
        case .extraVaguePhrases:
            let words = text.lowercased().split(whereSeparator: { $0.isWhitespace })
            guard !words.isEmpty, words.count <= 6, words.allSatisfy(Self.isWord) else {
                throw Self.notWords(text, "a phrase of one to six words")
            }
            return words.joined(separator: " ")
        }
    }

    /// The values for `config set` (or `--add`, `adding`), each checked and
    /// normalised, each once: a one-value setting takes exactly one.
    public func checked(_ values: [String], adding: Bool = false) throws -> [String] {
        guard !adding || isList else {
            throw CaseKitError.usage("\(rawValue) holds one value; --add is for list settings",
                                     hint: "casekit config set \(rawValue) VALUE")
        }
        guard !values.isEmpty else {
            throw CaseKitError.usage("no value for \(rawValue)",
                                     hint: "casekit config set \(rawValue) VALUE, or 'casekit config unset \(rawValue)' for the default")
        }
        guard isList || values.count == 1 else {
            throw CaseKitError.usage("\(rawValue) holds one value, not \(values.count)",
                                     hint: "casekit config set \(rawValue) VALUE")
        }
        var seen = Set<String>()
        let unique = try values.flatMap(expanded).filter { seen.insert($0).inserted }
        return self == .workingDays ? Self.inWeekOrder(unique) : unique
    }

    /// One typed value as the values it stands for: a run of weekdays
    /// (`mon-fri`) is each of its days; any other value is itself, normalised.
    func expanded(_ text: String) throws -> [String] {
        guard self == .workingDays else { return [try normalized(text)] }
        return try WorkingWeek.weekdays(in: text).map { WorkingWeek.shortNames[$0] }
    }

    /// Weekday names Monday first, as the week is shown.
    static func inWeekOrder(_ names: [String]) -> [String] {
        names.sorted { WorkingWeek.mondayFirstRank($0) < WorkingWeek.mondayFirstRank($1) }
    }

    /// The values for `config unset`: none (the whole setting), or values
    /// of a list setting, checked and normalised.
    public func checkedForRemoval(_ values: [String]) throws -> [String] {
        guard !values.isEmpty else { return [] }
        guard isList else {
            throw CaseKitError.usage("\(rawValue) holds one value: unset it without a value",
                                     hint: "casekit config unset \(rawValue)")
        }
        return try values.flatMap(expanded)
    }

    private func interval(_ text: String) throws -> Interval {
        do {
            return try Interval(parsing: text)
        } catch let error as CaseKitError {
            throw CaseKitError.usage("invalid value '\(text)' for \(rawValue)", hint: error.hint)
        }
    }

    /// Letters, with the hyphens and apostrophes of "re-send" and "don't":
    /// what the vague check compares, and nothing a terminal could act on.
    /// At least one letter: a lone `-` would read as an empty value.
    static func isWord(_ word: some StringProtocol) -> Bool {
        (1...40).contains(word.count) && word.allSatisfy { $0.isLetter || "-'’".contains($0) }
            && word.contains(where: \.isLetter)
    }

    private static func notWords(_ text: String, _ what: String) -> CaseKitError {
        CaseKitError.usage("'\(text)' is not \(what) (letters, - and ' only, at most 40 to a word)",
                           hint: "several values go as separate arguments or separated by commas")
    }
}

/// The settings in force: the built-in defaults (`Policy`'s, kept there
/// once) with whatever `casekit config` set here. The commands and the rules
/// read their defaults from this one value, which `Store.settings()` reads.
public struct Settings: Sendable, Equatable {
    public var staleAfter = Policy.staleAfter
    public var updateEvery = Policy.updateCadence
    public var followUp = Policy.followUp
    public var wait = Policy.wait
    public var reviewReminder = Interval(count: Policy.reviewReminderDays, unit: .days)
    public var extraVerbs: [String] = []
    public var extraVaguePhrases: [String] = []
    /// Settings whose stored values `config set` would refuse (a settings
    /// table edited by hand), as stored: each is left at its built-in value,
    /// and said so (`config get`, `config list`, a warning from the commands
    /// that use it) rather than silently.
    public var invalid: [Setting: [String]] = [:]
    public var workingWeek = WorkingWeek.mondayToFriday
    public var countsWorkingDays = true

    /// Nothing set: every value built in.
    public static let builtIn = Settings()

    public init() {}

    /// The built-in values, with the defaults that count working days
    /// (`3bd`) in calendar days (`3d`) when `countingWorkingDays` is false.
    public init(countingWorkingDays: Bool) {
        countsWorkingDays = countingWorkingDays
        guard !countingWorkingDays else { return }
        updateEvery = updateEvery.inCalendarDays
        followUp = followUp.inCalendarDays
        wait = wait.inCalendarDays
    }

    /// The vague check with the extra verbs and phrases.
    public var actionVerbs: ActionVerbs {
        extraVerbs.isEmpty && extraVaguePhrases.isEmpty
            ? .builtIn : ActionVerbs(extraVerbs: extraVerbs, extraVaguePhrases: extraVaguePhrases)
    }

    /// A setting's value as text: one value, or a list's values in order.
    public func values(of setting: Setting) -> [String] {
        switch setting {
        case .staleAfter: [staleAfter.description]
        case .updateEvery: [updateEvery.description]
        case .followUp: [followUp.description]
        case .wait: [wait.description]
        case .reviewReminder: [reviewReminder.description]
        case .extraVerbs: extraVerbs
        case .extraVaguePhrases: extraVaguePhrases
        case .workingDays: workingWeek.names
        case .countWorkingDays: [countsWorkingDays ? "yes" : "no"]
        }
    }

    /// Takes a stored value, checked as `config set` checks it. One it
    /// would refuse (a file edited by hand) leaves the built-in value in
    /// force and is kept in `invalid`.
    mutating func take(_ setting: Setting, _ values: [String]) {
        guard let values = try? setting.checked(values) else {
            invalid[setting] = values
            return
        }
        let interval = setting.isList ? nil : try? Interval(parsing: values[0])
        switch setting {
        case .staleAfter: staleAfter = interval ?? staleAfter
        case .updateEvery: updateEvery = interval ?? updateEvery
        case .followUp: followUp = interval ?? followUp
        case .wait: wait = interval ?? wait
        case .reviewReminder: reviewReminder = interval ?? reviewReminder
        case .extraVerbs: extraVerbs = values
        case .extraVaguePhrases: extraVaguePhrases = values
        case .workingDays:
            let days = values.compactMap { try? WorkingWeek.weekdays(in: $0) }.joined()
            workingWeek = days.isEmpty ? workingWeek : WorkingWeek(weekdays: days)
        case .countWorkingDays: countsWorkingDays = values.first != "no"
        }
    }

    /// What to say about `setting` when its stored value is invalid: what is
    /// stored and the built-in value used instead; nil when it is fine.
    public func invalidity(of setting: Setting) -> String? {
        guard let stored = invalid[setting] else { return nil }
        let storedText = stored.isEmpty ? "nothing" : stored.map { "'\($0)'" }.joined(separator: ", ")
        let builtIn = Settings.builtIn.values(of: setting)
        let used = builtIn.isEmpty ? "none" : builtIn.joined(separator: ", ")
        return "the stored \(setting.rawValue) setting is not valid (\(storedText)); the built-in value (\(used)) is used"
    }

    /// Whether the weekly review is due again on `today`, the last one (or
    /// the first case) having been on `last`: once more than the
    /// review-reminder interval has passed ("7d": on the eighth day).
    public func isReviewDue(since last: LocalDate, today: LocalDate) -> Bool {
        let count = reviewReminder.count
        let due = switch reviewReminder.unit {
        case .hours: last.adding(days: (count + 23) / 24)
        case .days: last.adding(days: count)
        case .weeks: last.adding(days: 7 * count)
        case .months: last.adding(months: count)
        // Refused by `normalized`; a file edited by hand counts them as days.
        case .workingDays: last.adding(days: count)
        }
        return due.days(until: today) > 0
    }
}
