/// The `holidays` array of an export file: `[{"date": "2026-12-25", "name":
/// "Christmas Day"}, …]`, each checked as `casekit config holiday add`
/// checks it. The import merges them by date (`Store.mergeHolidays`).
struct ImportedHolidays: Sendable {
    var holidays: [Holiday] = []

    init(_ json: JSON) throws {
        guard case .array(let items) = json else {
            throw Self.failure(nil, "\"holidays\" must be an array, not \(json.kindName)")
        }
        var seen = Set<LocalDate>()
        for (index, item) in items.enumerated() {
            guard case .object = item else { throw Self.failure(index, "must be an object, not \(item.kindName)") }
            if let field = item.repeatedKey { throw Self.failure(index, "field \"\(field)\" appears twice") }
            guard case .string(let text)? = item["date"], let date = LocalDate(iso: Substring(text)) else {
                throw Self.failure(index, "field \"date\" must be a date written YYYY-MM-DD")
            }
            guard seen.insert(date).inserted else { throw Self.failure(index, "\(date.iso) is in the file twice") }
            let name: String?
            switch item["name"] {
            case nil, .null?: name = nil
            case .string(let text)?:
                do {
                    name = try Holiday.checkedName(text)
                } catch let error as CaseKitError {
                    throw Self.failure(index, "field \"name\": \(error.message)")
                }
            case let other?: throw Self.failure(index, "field \"name\" must be a string or null, not \(other.kindName)")
            }
            holidays.append(Holiday(date: date, name: name))
        }
        guard holidays.count <= HolidayFeed.mostHolidays else {
            throw Self.failure(nil, "more than \(HolidayFeed.mostHolidays) holidays")
        }
    }

    private static func failure(_ index: Int?, _ message: String) -> CaseKitError {
        CaseKitError(.data, "holidays\(index.map { ": holiday \($0)" } ?? ""): \(message)",
                     hint: "fix the file's \"holidays\" (dates as YYYY-MM-DD, names of at most \(Holiday.longestName) characters), or export it again")
    }
}
