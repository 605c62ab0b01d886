import ArgumentParser
import CaseKit

extension Casekit {
    struct Checkin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkin",
            abstract: "Schedule and record customer check-ins.",
            discussion: """
                A check-in is a planned touch with the customer, before or after resolution. \
                done, skip and move act on the case's earliest pending check-in unless \
                --checkin N picks another (N is the number 'casekit show' prints).
                """,
            subcommands: [CheckinAdd.self, CheckinDone.self, CheckinSkip.self, CheckinMove.self, CheckinList.self])
    }
}

/// `--checkin N`: which pending check-in of the case to act on.
struct CheckInPick: ParsableArguments {
    @Option(name: .customLong("checkin"),
            help: ArgumentHelp("Act on check-in N instead of the earliest pending one.", valueName: "n"),
            completion: CompletionValues.pendingCheckIns)
    var number: Int64?
}
