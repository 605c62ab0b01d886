/// What an import did (or, with a dry run, would do).
public struct ImportReport: Sendable, Equatable {
    public var casesAdded = 0
    public var casesUpdated = 0
    public var casesUnchanged = 0
    public var eventsAdded = 0
    public var itemsAdded = 0
    /// Settings of the file taken over, and kept here because this
    /// database's were set later (or at the same time).
    public var settingsTaken = 0
    public var settingsKept = 0
    /// Names in the file's settings that this casekit does not know.
    public var settingsIgnored: [String] = []
    /// The file's holidays, merged by date.
    public var holidays = HolidayChanges()

    public init() {}
}

extension Store {
    /// Imports an export file: all or nothing, merging by uuid. A case known
    /// here gets the events and follow-ups it lacks and, when the file's copy
    /// was updated later, its field values; a new case keeps its id when that
    /// id is free here, else gets the next one. With `dryRun` nothing is kept.
    public func importDocument(_ bytes: [UInt8], dryRun: Bool = false) throws -> ImportReport {
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw CaseKitError(.data, "the file is empty", hint: "import a file written by 'casekit export'")
        }
        // RFC 8259 forbids a byte-order mark; editors on Windows add one (or
        // save as UTF-16, which starts with one too).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw CaseKitError(.data, "the file starts with a byte-order mark; save it as UTF-8 without BOM",
                               hint: "re-save it as plain UTF-8 in your editor, or export it again with 'casekit export'")
        }
        var report = ImportReport()
        do {
            // One transaction writes a large import's every page, and random
            // uuids land all over the unique indexes: SQLite's 2 MB default
            // cache keeps evicting them (100k cases, medians of 3: 26.4 s with
            // it, 14.5 s with this one). 1.5x the file, with the file in
            // memory, stays under 4x.
            let kibibytes = max(2048, bytes.count / 1024 * 3 / 2)
            try database.execute("PRAGMA cache_size = -\(kibibytes)")
            // ImportedCase checks every value against the schema's rules, and
            // the schema's CHECK constraints stay on behind it: whatever a
            // check here misses, the database still refuses (exit 65).
            // Another thread reads and checks the file while this one writes,
            // handing cases over in batches (a handover wakes a thread). It
            // pays for itself: 100k cases, medians of 3, 21.1 s on one thread,
            // 14.5 s on two.
            let batches = CaseQueue<ImportPiece>(capacity: 4)
            let now = now
            batches.start { queue in
                var batch: [ImportedCase] = []
                try Self.readCases(bytes, now: now, settings: { settings in
                    guard queue.put(.settings(settings)) else { throw Stopped() }
                }, holidays: { holidays in
                    guard queue.put(.holidays(holidays)) else { throw Stopped() }
                }) { item in
                    batch.append(item)
                    guard batch.count == 256 else { return }
                    guard queue.put(.cases(batch)) else { throw Stopped() }
                    batch.removeAll(keepingCapacity: true)
                }
                guard batch.isEmpty || queue.put(.cases(batch)) else { throw Stopped() }
            }
            defer { batches.stop() }
            try write {
                while let piece = try batches.take() {
                    switch piece {
                    case .cases(let batch): for item in batch { try merge(item, into: &report) }
                    case .settings(let settings): try merge(settings, into: &report)
                    case .holidays(let holidays): report.holidays = try mergeHolidays(holidays.holidays)
                    }
                }
                // The file's working week and holidays together may leave no
                // working day for a year: the file is refused as bad data.
                do {
                    _ = try workingCalendar()
                } catch let error as CaseKitError where error.kind != .storage {
                    throw CaseKitError(.data, "the file's working calendar: \(error.message)", hint: error.hint)
                }
                if dryRun { throw DryRun() }
            }
        } catch is DryRun {
            return report
        }
        return report
    }

    /// What the reading thread hands the writing one.
    private enum ImportPiece: Sendable {
        case cases([ImportedCase])
        case settings(ImportedSettings)
        case holidays(ImportedHolidays)
    }

    /// Reads and checks every case of an export file, in order, and its
    /// settings where they come.
    private static func readCases(
        _ bytes: [UInt8], now: Int64, settings: (ImportedSettings) throws -> Void,
        holidays: (ImportedHolidays) throws -> Void, _ body: (ImportedCase) throws -> Void
    ) throws {
        var reader = JSONReader(bytes)
        var caseIndex: Int?
        // Two records of one case would merge into one, the later one's
        // fields winning: the file is refused instead.
        var indexByUUID: [String: Int] = [:]
        do {
            try readDocument(&reader, caseIndex: &caseIndex, settings: { try settings(ImportedSettings($0, now: now)) },
                             holidays: { try holidays(ImportedHolidays($0)) }) { index, value in
                let item = try ImportedCase(index: index, value, now: now)
                if let first = indexByUUID.updateValue(index, forKey: item.uuid) {
                    throw item.failure("uuid", "is the uuid of case \(first) too (each case appears once in a file)")
                }
                try body(item)
            }
        } catch let failure as JSONReader.Failure {
            let place = caseIndex.map { "in case \($0), " } ?? ""
            throw CaseKitError(.data, "malformed JSON \(place)at line \(reader.line(at: failure.offset)), byte \(failure.offset): \(failure.message)",
                               hint: "the file is damaged or not a casekit export; export it again")
        }
    }

    /// The writer stopped (it failed): the reader stops too.
    private struct Stopped: Error {}

    private struct DryRun: Error {}

    /// Walks the top-level object; each element of `cases` goes to `body` as
    /// soon as it is read, the `settings` object to `settings`, the
    /// `holidays` array to `holidays`.
    private static func readDocument(
        _ reader: inout JSONReader, caseIndex: inout Int?, settings: (JSON) throws -> Void,
        holidays: (JSON) throws -> Void, _ body: (Int, JSON) throws -> Void
    ) throws {
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else {
            throw CaseKitError(.data, "the file is not a casekit export: it must be one JSON object",
                               hint: "import a file written by 'casekit export'")
        }
        var version: Int64?
        var sawCases = false
        var keys = Set<String>()
        if !reader.take(UInt8(ascii: "}")) {
            repeat {
                reader.skipSpace()
                let key = try reader.string()
                guard keys.insert(key).inserted else {
                    throw CaseKitError(.data, "the key \"\(key)\" appears twice in the file's top-level object",
                                       hint: "import a file written by 'casekit export'")
                }
                try reader.expect(UInt8(ascii: ":"), "':'")
                switch key {
                case "version":
                    guard case .int(let number) = try reader.value(), number >= 1 else {
                        throw CaseKitError(.data, "field \"version\" must be a whole number from 1", hint: "export the data again")
                    }
                    guard number <= ExportFormat.version else {
                        throw CaseKitError(.data, "the file is export format version \(number); this casekit reads up to \(ExportFormat.version)",
                                           hint: "upgrade casekit to import it")
                    }
                    version = number
                case "cases":
                    guard version != nil else {
                        throw CaseKitError(.data, "field \"version\" is missing (it must come before \"cases\")",
                                           hint: "import a file written by 'casekit export'")
                    }
                    sawCases = true
                    try reader.expect(UInt8(ascii: "["), "'[' to start the cases")
                    if !reader.take(UInt8(ascii: "]")) {
                        var index = 0
                        repeat {
                            caseIndex = index
                            try body(index, try reader.value())
                            index += 1
                        } while reader.take(UInt8(ascii: ","))
                        caseIndex = nil
                        try reader.expect(UInt8(ascii: "]"), "',' or ']'")
                    }
                case "settings":
                    try settings(try reader.value())
                case "holidays":
                    try holidays(try reader.value())
                case "format":
                    guard case .string(ExportFormat.name) = try reader.value() else {
                        throw CaseKitError(.data, "field \"format\" must be \"\(ExportFormat.name)\"",
                                           hint: "import a file written by 'casekit export'")
                    }
                default:
                    _ = try reader.value()
                }
            } while reader.take(UInt8(ascii: ","))
            try reader.expect(UInt8(ascii: "}"), "',' or '}'")
        }
        reader.skipSpace()
        guard reader.atEnd else { throw reader.failure("expected the end of the file") }
        guard sawCases else {
            throw CaseKitError(.data, "field \"cases\" is missing", hint: "import a file written by 'casekit export'")
        }
    }
}
