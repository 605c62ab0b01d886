import CaseKit

extension Settings {
    /// One warning line on stderr for each of `used` whose stored value is
    /// invalid (the command goes on with the built-in value; the exit code
    /// is unchanged).
    func warnIfInvalid(_ used: [Setting]) {
        for setting in used {
            guard let invalidity = invalidity(of: setting) else { continue }
            Output.note("casekit: warning: " + ErrorText.shortened(invalidity)
                + " (hint: casekit config set \(setting.rawValue) VALUE, or casekit config unset \(setting.rawValue))")
        }
    }
}
