import Foundation
import Testing

/// An error quotes at most 60 characters of a value, then `…`: a refused
/// megabyte title or setting does not bury the terminal.
@Suite struct LongValueErrorTests {
    let casekit = CasekitBinary()

    /// The one `casekit: error:` line, short, with the value cut.
    func expectShort(_ result: Run, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.code != 0 && result.stderr.hasPrefix("casekit: error: "), "\(what): \(result.stderr.prefix(300))",
                sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(what)", sourceLocation: sourceLocation)
        #expect(result.stderr.utf8.count < 500, "\(what): \(result.stderr.utf8.count) bytes", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(String(repeating: "a", count: 50) + "…"), "\(what): \(result.stderr.prefix(300))",
                sourceLocation: sourceLocation)
        #expect(!result.stderr.contains(String(repeating: "a", count: 61)), "\(what)", sourceLocation: sourceLocation)
    }

    @Test func typedValuesAreCutInErrors() throws {
        try casekit.ok("open", "A case")
        // One argument can hold 128 KiB on Linux.
        let big = String(repeating: "a", count: 120_000)
        let lines: [[String]] = [
            ["config", "set", "extra-verbs", "x\(big) y"], ["config", "set", "extra-verbs", "x\(big)"],
            ["config", "set", "stale-after", big], ["open", "-\(big)"], ["note", "1", "-\(big)"],
            ["wait", "1", "--on", "-\(big)"], ["show", "x'\(big)"], ["list", "--status", "it's \(big)"],
            ["open", "T", "--priority", big], ["next", "1", "Call them", "--due", big],
            ["next", "1", "Call them", "--context", "@\(big) x"], ["open", "T", "--tag", "\(big) x"],
            ["config", "get", big], ["open", "T", "--\(big)"], ["today", "--customer", "x", "--context", "\u{1B}\(big)"],
        ]
        for (index, line) in lines.enumerated() {
            let before = casekit.bytes()
            expectShort(try casekit.run(line), "line \(index): \(line[0])")
            #expect(casekit.bytes() == before)
        }
    }

    /// A file's values too: a 5 MB setting or title in an import.
    @Test func importedValuesAreCutInErrors() throws {
        let big = String(repeating: "a", count: 5_000_000)
        let file = casekit.folder + "/big.json"
        let documents = [
            #"{"format": "casekit-export", "version": 1, "settings": {"extra-verbs": {"value": ["x\#(big) y"], "set": "2026-11-20T14:00:00Z"}}, "cases": []}"#,
            #"{"format": "casekit-export", "version": 1, "settings": {"stale-after": {"value": "\#(big)", "set": "2026-11-20T14:00:00Z"}}, "cases": []}"#,
        ]
        for document in documents {
            try Data(document.utf8).write(to: URL(fileURLWithPath: file))
            expectShort(try casekit.run("import", file), String(document.prefix(80)))
        }
    }
}
