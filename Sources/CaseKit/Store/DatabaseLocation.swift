/// Where the database file is: `--db` > `CASEKIT_DB` >
/// `$XDG_DATA_HOME/casekit/casekit.sqlite3` > `~/.local/share/casekit/casekit.sqlite3`.
public enum DatabaseLocation {
    public static func resolve(flag: String?, environment: (String) -> String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let path = environment("CASEKIT_DB"), !path.isEmpty { return path }
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") {
            return data + "/casekit/casekit.sqlite3"
        }
        let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/casekit/casekit.sqlite3"
    }
}
