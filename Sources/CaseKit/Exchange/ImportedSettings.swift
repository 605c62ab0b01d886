/// The `settings` object of an export file, checked as `casekit config set`
/// checks each value. A name this casekit does not know (a newer casekit's
/// setting) is set aside and reported, not refused: the cases still import.
struct ImportedSettings: Sendable {
    struct Value: Sendable {
        let setting: Setting
        let values: [String]
        /// When it was set where the file comes from: the newer of two
        /// values wins the merge.
        let setAt: Int64
    }

    var values: [Value] = []
    var ignored: [String] = []

    /// Reads `{"stale-after": {"value": "3d", "set": "2026-…Z"}, …}`.
    init(_ json: JSON, now: Int64) throws {
        guard case .object(let members) = json else {
            throw Self.failure(nil, "\"settings\" must be an object, not \(json.kindName)")
        }
        if let key = json.repeatedKey { throw Self.failure(key, "appears twice") }
        for (name, member) in members {
            guard let setting = Setting(rawValue: name) else {
                ignored.append(name)
                continue
            }
            guard case .object = member else { throw Self.failure(name, "must be an object, not \(member.kindName)") }
            // Two "value"s would leave the one kept to chance, as in a case record.
            if let field = member.repeatedKey { throw Self.failure(name, "field \"\(field)\" appears twice") }
            guard case .string(let setText)? = member["set"], let setAt = LocalTime.instant(rfc3339: setText),
                  setAt <= now + 86_400 else {
                throw Self.failure(name, "field \"set\" must be when it was set, in RFC 3339 (e.g. 2026-11-22T14:00:00Z), no later than a day from now")
            }
            let texts: [String]
            switch (member["value"], setting.isList) {
            case (.string(let text)?, false): texts = [text]
            case (.array(let items)?, true):
                texts = try items.map { item in
                    guard case .string(let text) = item else {
                        throw Self.failure(name, "field \"value\" must hold strings, not \(item.kindName)")
                    }
                    return text
                }
            case (nil, _): throw Self.failure(name, "field \"value\" is missing")
            case (let other?, _):
                throw Self.failure(name, "field \"value\" must be \(setting.isList ? "an array of strings" : "a string"), not \(other.kindName)")
            }
            do {
                let checked = texts.isEmpty && setting.isList ? [] : try setting.checked(texts)
                values.append(Value(setting: setting, values: checked, setAt: setAt))
            } catch let error as CaseKitError {
                throw Self.failure(name, error.message)
            }
        }
    }

    private static func failure(_ name: String?, _ message: String) -> CaseKitError {
        CaseKitError(.data, "settings\(name.map { ": setting \"\($0)\"" } ?? ""): \(message)",
                     hint: "fix the file's \"settings\" (values as 'casekit config set' takes them), or export it again")
    }
}

extension Store {
    /// Takes each of the file's settings that is newer than this
    /// database's (or not set here); keeps the others.
    func merge(_ settings: ImportedSettings, into report: inout ImportReport) throws {
        let stored = try storedSettings()
        for value in settings.values {
            if let here = stored[value.setting], here.setAt >= value.setAt {
                report.settingsKept += 1
            } else {
                try store(value.setting, value.values, at: value.setAt)
                report.settingsTaken += 1
            }
        }
        report.settingsIgnored += settings.ignored
    }
}
