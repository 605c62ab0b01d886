import Testing
@testable import CaseKit

/// What completion reads: the cases each command may act on.
@Suite struct CompletionReaderTests {
    let folder = TempFolder()

    /// Cases 1-5; 3, 1, 5 and 2 resolved an hour apart in that order, 2
    /// then closed; 4 still open.
    func reader() throws -> CompletionReader {
        let opening = try folder.store(now: "2026-11-20T09:00")
        for number in 1...5 { _ = try opening.openCase(try CaseDraft(title: "Case \(number)")) }
        for (hour, id) in [(10, 3), (11, 1), (12, 5), (13, 2)] as [(Int, Int64)] {
            _ = try folder.store(now: "2026-11-20T\(hour):00").resolve(id, note: nil, followUp: nil)
        }
        try folder.store(now: "2026-11-20T14:00").close(2)
        return try CompletionReader(path: folder.path + "/casekit.sqlite3")
    }

    @Test func eachStatusSetGetsItsCasesById() throws {
        let reader = try reader()
        #expect(try reader.caseIDs(in: Policy.activeStatuses) == [4])
        #expect(try reader.caseIDs(in: Transition.close.allowedFrom) == [1, 3, 5])
        #expect(try reader.cases(in: Transition.reopen.allowedFrom).map(\.id) == [1, 2, 3, 5])
        #expect(try reader.cases(in: [.closed]).map(\.title) == ["Case 2"])
    }

    @Test func reopenGetsTheCasesResolvedLastThenById() throws {
        let reader = try reader()
        let statuses = Transition.reopen.allowedFrom
        #expect(try reader.recentlyResolvedCases(in: statuses, typed: "", limit: 2).map(\.id) == [2, 5])
        #expect(try reader.recentlyResolvedCases(in: statuses, typed: "", limit: 10).map(\.id) == [1, 2, 3, 5])
        #expect(try reader.recentlyResolvedCases(in: statuses, typed: "3", limit: 1).map(\.id) == [3])
        #expect(try reader.recentlyResolvedCases(in: statuses, typed: "4", limit: 10).isEmpty)
        // What was typed is compared as text, never as a pattern.
        #expect(try reader.recentlyResolvedCases(in: statuses, typed: "%", limit: 10).isEmpty)
        #expect(try reader.recentlyResolvedCases(in: statuses, typed: "_", limit: 10).isEmpty)
    }
}
