import CaseKit
import Foundation
import Testing

/// What one run of the binary did.
struct Run {
    let stdout: String
    let stderr: String
    let code: Int32
}

/// The built `casekit` binary, run as a user would, against a database in a
/// fresh temp folder, with "now" fixed through CASEKIT_NOW.
final class CasekitBinary {
    static let executable: URL = {
        // The test bundle sits in the products folder next to the executable.
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("casekit")
    }()

    let folder: String
    var now = "2026-11-22T09:00"
    var environment: [String: String] = [:]

    var database: String { folder + "/casekit.sqlite3" }

    init() {
        folder = NSTemporaryDirectory() + "casekit-e2e-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs `casekit arguments…` and waits for it.
    @discardableResult
    func run(_ arguments: String..., input: String? = nil) throws -> Run {
        try run(arguments, input: input)
    }

    func run(_ arguments: [String], input: String? = nil) throws -> Run {
        let process = try start(arguments, input: input)
        let out = process.out.fileHandleForReading.readDataToEndOfFile()
        let err = process.err.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Run(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                   code: process.process.terminationStatus)
    }

    func start(_ arguments: [String], input: String? = nil) throws -> (process: Process, out: Pipe, err: Pipe) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var env = ["CASEKIT_DB": database, "CASEKIT_NOW": now, "TZ": "America/New_York", "HOME": folder,
                   "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        return (process, out, err)
    }

    /// Runs a command that must succeed and returns its stdout.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(result.code == 0, "casekit \(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Runs a command that must be refused as the spec wants: one
    /// `casekit: error:` line with a hint on stderr, nothing on stdout, exit
    /// `code`, and the database byte for byte as it was.
    /// Imports `contents` from a file, which must be refused as bad data
    /// (exit 65) the way `expectRefused` checks.
    func expectImportRefused(_ contents: [UInt8], mentioning words: [String],
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/refused.json"
        _ = FileManager.default.createFile(atPath: path, contents: Data(contents))
        try expectRefused(["import", path], code: 65, mentioning: words, sourceLocation: sourceLocation)
    }

    func expectRefused(_ arguments: [String], code: Int32, mentioning words: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = bytes()
        let result = try run(arguments)
        #expect(result.code == code, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("casekit: error: "), sourceLocation: sourceLocation)
        #expect(result.stderr.contains("(hint: "), sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        for word in words { #expect(result.stderr.contains(word), "\(result.stderr)", sourceLocation: sourceLocation) }
        #expect(bytes() == before, "the database changed", sourceLocation: sourceLocation)
    }

    /// The database, opened directly to check what a command left there.
    func query<T>(_ sql: String, _ transform: (Row) -> T) throws -> [T] {
        try Database(path: database, mode: .readOnly).rows(sql, [], transform)
    }

    func bytes(_ path: String? = nil) -> Data? {
        FileManager.default.contents(atPath: path ?? database)
    }

    /// The JSON a command printed, as Foundation objects.
    func json(_ arguments: String...) throws -> [String: Any] {
        let output = try run(arguments)
        #expect(output.code == 0, "\(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
    }
}

extension Run {
    /// A refusal as the spec wants it: one `casekit: error:` line with a hint,
    /// nothing on stdout, and the documented exit code.
    func isRefusal(_ code: Int32, mentioning words: String...) -> Bool {
        let lines = stderr.split(separator: "\n")
        return self.code == code && lines.count == 1 && stderr.hasPrefix("casekit: error: ")
            && stderr.contains("(hint: ") && stdout.isEmpty && words.allSatisfy { stderr.contains($0) }
    }
}
