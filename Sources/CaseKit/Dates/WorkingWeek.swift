/// The weekdays support works on: Monday to Friday unless the `working-days`
/// setting says otherwise. Weekdays are numbered as `LocalDate.weekday`
/// (0 is Sunday); the week is written Monday first, as agents read it.
public struct WorkingWeek: Hashable, Sendable {
    /// Bit n is weekday n.
    private let bits: UInt8

    public static let mondayToFriday = WorkingWeek(weekdays: 1...5)

    public init(weekdays: some Sequence<Int>) {
        var bits: UInt8 = 0
        for weekday in weekdays { bits |= UInt8(1) << UInt8(weekday % 7) }
        self.bits = bits
    }

    public func contains(weekday: Int) -> Bool {
        let bit: UInt8 = UInt8(1) << UInt8(weekday)
        return bits & bit != 0
    }

    public var isEmpty: Bool { bits == 0 }

    /// Monday first: how the setting stores and shows the week.
    static let mondayFirst = [1, 2, 3, 4, 5, 6, 0]
    /// Three-letter names by weekday number, 0 for Sunday.
    static let shortNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    static let longNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// Where a short name comes in a week that starts on Monday.
    static func mondayFirstRank(_ name: String) -> Int {
        shortNames.firstIndex(of: name).flatMap { mondayFirst.firstIndex(of: $0) } ?? 7
    }

    /// The working weekdays' short names, Monday first: `mon tue wed thu fri`.
    public var names: [String] {
        Self.mondayFirst.filter { contains(weekday: $0) }.map { Self.shortNames[$0] }
    }

    /// The weekdays one value of the setting names, Monday first: a day
    /// (`mon`, `monday`) or a run of days (`mon-fri`; `fri-mon` runs over
    /// the weekend). Anything else is a usage error naming the forms.
    public static func weekdays(in text: String) throws -> [Int] {
        let ends = text.trimmingSpaces.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        let numbers = ends.map { end in
            shortNames.firstIndex(of: String(end)) ?? longNames.firstIndex(of: String(end))
        }
        guard (1...2).contains(numbers.count), let first = numbers.first ?? nil, let last = numbers.last ?? nil else {
            throw CaseKitError.usage("'\(text)' is not a weekday or a run of weekdays",
                                     hint: "use day names (mon, tue, … sun) or a run such as mon-fri, e.g. 'casekit config set working-days mon-fri'")
        }
        let start = mondayFirst.firstIndex(of: first)!, end = mondayFirst.firstIndex(of: last)!
        let length = (end - start + 7) % 7 + 1
        return (0..<length).map { mondayFirst[(start + $0) % 7] }
    }
}
