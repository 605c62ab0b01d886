import Foundation
import Testing

// The examples in README.md, Docs/guide.md and Docs/commands.md run as
// printed, in order, each file against a fresh database in a temp HOME with
// a fixed clock. The convention (also in Docs/architecture.md, "Docs that run"):
//
// - A fenced block whose info string is `sh` runs; any other block (```text
//   for output, a bare ``` for a diagram) does not.
// - Each command of a block runs on its own with `bash -c`, from the temp
//   HOME, with `casekit` on PATH resolving to the built binary and
//   CASEKIT_DB, CASEKIT_NOW and TZ set. A line ending in `\` continues on the
//   next; blank lines and lines that are only a `#` comment are skipped. No
//   shell state (variables, `cd`) carries from one command to the next.
// - A command must exit 0, unless its trailing comment starts with
//   `# exit N` (an example of a refusal), when it must exit N.
// - An HTML comment on the line just before the opening fence steers the
//   block: `<!-- not run: WHY -->` skips it (a command that builds casekit or
//   needs root); `<!-- run: fresh database -->` starts it on an empty
//   database; `<!-- run: now 2026-11-26T09:00 -->` moves the clock from this
//   block on. Both may be given, separated by a comma.
//
// A failure names the file, the line and the command, so that whoever adds an
// example can find it.
@Suite struct DocExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    static let documents = ["README.md", "Docs/guide.md", "Docs/commands.md"]

    /// The clock each document starts with: a Friday, the day the guide's
    /// first worked example begins.
    static let start = "2026-11-20T09:00"

    /// One command of a runnable block.
    struct Example {
        let line: Int
        let command: String
        let expectedCode: Int32
        /// From a `<!-- run: … -->` marker, on the block's first command.
        var freshDatabase = false
        var now: String?
    }

    /// The commands `markdown` asks to run, in order.
    static func examples(in markdown: String) -> [Example] {
        let lines = markdown.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            let fence = lines[index].trimmingCharacters(in: .whitespaces)
            guard fence.hasPrefix("```") else { index += 1; continue }
            let info = fence.dropFirst(3).trimmingCharacters(in: .whitespaces)
            let marker = index > 0 ? lines[index - 1].trimmingCharacters(in: .whitespaces) : ""
            var end = index + 1
            while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("```") { end += 1 }
            defer { index = end + 1 }
            guard info == "sh", !marker.hasPrefix("<!-- not run") else { continue }
            var block = commands(lines, from: index + 1, to: end)
            if marker.hasPrefix("<!-- run:"), !block.isEmpty {
                let settings = marker.dropFirst("<!-- run:".count).replacingOccurrences(of: "-->", with: "")
                    .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                for setting in settings {
                    if setting == "fresh database" { block[0].freshDatabase = true }
                    if setting.hasPrefix("now ") { block[0].now = String(setting.dropFirst(4)) }
                }
            }
            examples += block
        }
        return examples
    }

    /// The commands of the block between `start` and `end` (line indexes).
    static func commands(_ lines: [String], from start: Int, to end: Int) -> [Example] {
        var examples: [Example] = []
        var line = start
        while line < end {
            let first = line
            var command = lines[line]
            while command.hasSuffix("\\"), line + 1 < end {
                line += 1
                command += "\n" + lines[line]
            }
            line += 1
            let trimmed = command.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            examples.append(Example(line: first + 1, command: command, expectedCode: expectedCode(command)))
        }
        return examples
    }

    /// 0, or N when the command's trailing comment starts with `# exit N`.
    static func expectedCode(_ command: String) -> Int32 {
        guard let range = command.range(of: #"(^|\s)#\s*exit\s+[0-9]+"#, options: .regularExpression) else { return 0 }
        return Int32(command[range].filter(\.isNumber)) ?? 0
    }

    @Test(arguments: documents) func examplesRunAsPrinted(_ document: String) throws {
        let markdown = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
        let casekit = CasekitBinary()
        casekit.now = Self.start
        var database = 0
        for example in Self.examples(in: markdown) {
            if example.freshDatabase { database += 1 }
            if let now = example.now { casekit.now = now }
            let result = try bash(example.command, casekit: casekit,
                                  database: casekit.folder + "/casekit-\(database).sqlite3")
            #expect(result.code == example.expectedCode, """
                \(document):\(example.line): `\(example.command)` exited \(result.code), \
                expected \(example.expectedCode): \(result.stderr)
                """)
        }
    }

    /// Every document still has examples that run: a change of convention
    /// must not silently run nothing.
    @Test func theDocumentsHaveExamplesToRun() throws {
        let counts = try Self.documents.map { document in
            Self.examples(in: try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)).count
        }
        #expect(counts[0] >= 15 && counts[1] >= 30, "\(counts)")
    }

    @Test func theConventionReadsBlocksAndMarkers() {
        let markdown = """
            ```sh
            casekit open "A" \\
                --customer B   # prints 1
            # a comment

            casekit close 1   # exit 1: resolve it first
            ```
            ```text
            casekit not run
            ```
            <!-- not run: needs root -->
            ```sh
            sudo make install
            ```
            <!-- run: fresh database, now 2026-11-26T09:00 -->
            ```sh
            casekit list
            ```
            """
        let examples = Self.examples(in: markdown)
        #expect(examples.map(\.line) == [2, 6, 17])
        #expect(examples.map(\.expectedCode) == [0, 1, 0])
        #expect(examples[0].command == "casekit open \"A\" \\\n    --customer B   # prints 1")
        #expect(examples[2].freshDatabase && examples[2].now == "2026-11-26T09:00")
        #expect(!examples[0].freshDatabase && examples[0].now == nil)
    }

    /// Runs `command` in bash as the convention says.
    func bash(_ command: String, casekit: CasekitBinary, database: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: casekit.folder)
        process.environment = [
            "CASEKIT_DB": database, "CASEKIT_NOW": casekit.now, "TZ": "America/New_York", "HOME": casekit.folder,
            "PATH": CasekitBinary.executable.deletingLastPathComponent().path + ":/usr/bin:/bin", "NO_COLOR": "1",
        ]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                   code: process.terminationStatus)
    }
}
