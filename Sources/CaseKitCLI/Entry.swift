import Glibc
import ArgumentParser
import CaseKit

extension Casekit {
    /// Parses and runs one command line. Errors print as one
    /// `casekit: error: … (hint: …)` line on stderr with the spec's exit code;
    /// help, version and completion output go through ArgumentParser as usual.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
        let isCompletion = arguments.first == "---completion"
        var line = arguments
        do {
            if !isCompletion { line = try CommandWords(arguments).arguments }
            var command = try parseAsRoot(line)
            try command.run()
            Glibc.exit(0)
        } catch where isCompletion && !exitCode(for: error).isSuccess {
            // A completion call offers nothing rather than an error in the prompt.
            Glibc.exit(0)
        } catch let error as CaseKitError {
            report(error.message, hint: error.hint)
            Glibc.exit(error.exitCode)
        } catch let error as DatabaseError {
            let failure = CaseKitError(storage: error, path: "the database")
            report(failure.message, hint: failure.hint)
            Glibc.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code.isSuccess || error is ExitCode { Self.exit(withError: error) }
            let lines = Self.message(for: error).split(separator: "\n").map(String.init)
            let message = lines.first ?? "invalid usage"
            if let refusal = CommandWords.dashValue(missingIn: message, line: line) {
                report(refusal.message, hint: refusal.hint)
            } else if let choices = choices(after: message, in: lines) {
                report(String(message.dropLast(choicesHeading.count)), hint: "use one of \(choices)")
            } else {
                report(message, hint: usageHint(for: message, in: fullMessage(for: error, columns: 200)))
            }
            Glibc.exit(code.rawValue)
        }
    }

    /// The one way an error reaches the user; a huge value it quotes is cut
    /// short (`ErrorText`).
    static func report(_ message: String, hint: String) {
        Output.note("casekit: error: \(ErrorText.shortened(message)) (hint: \(ErrorText.shortened(hint)))")
    }

    /// ArgumentParser lists six or more allowed values (the moods) on lines of
    /// their own after this heading; the one-line error carries them in its hint.
    static let choicesHeading = ". Please provide one of the following:"

    /// The allowed values ArgumentParser listed under `message`, joined.
    static func choices(after message: String, in lines: [String]) -> String? {
        guard message.hasSuffix(choicesHeading) else { return nil }
        let values = lines.dropFirst().compactMap { line -> String? in
            let item = line.drop { $0 == " " }
            return item.hasPrefix("- ") ? String(item.dropFirst(2)) : nil
        }
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// A refused WHEN or INTERVAL value (ArgumentParser names it `<when>` or
    /// `<interval>`) is answered with the forms it accepts, as the spec asks;
    /// any other usage error with the command's help.
    static func usageHint(for message: String, in fullMessage: String) -> String {
        if message.hasSuffix("<when>'") { return "use \(WhenParser.acceptedForms)" }
        if message.hasSuffix("<interval>'") { return "use \(Interval.acceptedForms)" }
        // `--due fri 10:00` unquoted: the shell made the time a word of its own.
        if message.hasPrefix("Unexpected argument '"), message.hasSuffix("'"),
           ClockTime(String(message.dropFirst("Unexpected argument '".count).dropLast())) != nil {
            return "quote a day and its time together: \"fri 10:00\""
        }
        return helpHint(in: fullMessage)
    }

    /// ArgumentParser's full message ends with "See 'casekit open --help' …":
    /// that is the hint a usage error needs.
    static func helpHint(in fullMessage: String) -> String {
        let marker = Array("See '")
        let characters = Array(fullMessage)
        guard characters.count > marker.count,
              let start = (0...(characters.count - marker.count)).first(where: {
                  Array(characters[$0..<$0 + marker.count]) == marker
              }),
              let end = characters[(start + marker.count)...].firstIndex(of: "'")
        else { return "see 'casekit --help'" }
        return "see '\(String(characters[(start + marker.count)..<end]))'"
    }
}
