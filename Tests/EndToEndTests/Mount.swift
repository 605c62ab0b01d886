import Foundation

/// A file system mounted for one test and unmounted when the test ends: a
/// small tmpfs (a disk that fills up) or a read-only bind of a folder
/// (read-only media). Mounting needs root; tests that need it are enabled by
/// `Mount.isPossible`.
final class Mount {
    struct Failure: Error, CustomStringConvertible {
        let command: [String]
        var description: String { "failed: \(command.joined(separator: " "))" }
    }

    let path: String

    /// True when this process may mount (root, and the sandbox allows it).
    static let isPossible: Bool = {
        guard getuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "casekit-mount-probe-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: probe) }
        return (try? Mount(tmpfsAt: probe, size: "64k")) != nil
    }()

    /// A tmpfs of `size` (as mount takes it: 1m, 512k) at `path`.
    init(tmpfsAt path: String, size: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.run("mount", "-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", path)
    }

    /// `source` again at `path`, read-only.
    init(readOnlyBindOf source: String, at path: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.run("mount", "--bind", source, path)
        do {
            try Self.run("mount", "-o", "remount,ro,bind", path)
        } catch {
            try? Self.run("umount", path)
            throw error
        }
    }

    deinit {
        try? Self.run("umount", path)
    }

    /// Fills the file system to the last byte with a file named `filler`.
    func fill() {
        let descriptor = open(path + "/filler", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let chunk = [UInt8](repeating: 0, count: 4096)
        var size = chunk.count
        while size > 0 {
            if write(descriptor, chunk, size) < 0 { size /= 2 }
        }
        close(descriptor)
    }

    /// The names in the mounted folder, sorted.
    var listing: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    private static func run(_ command: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(command: command) }
    }
}
