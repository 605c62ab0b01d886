#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written in full or not at all: the text goes to a private temp file
/// beside the target (mode 0600, it holds customer data), which is renamed
/// over the target only once everything is written and synced.
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32

    public init(path: String) throws {
        self.path = path
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        guard FileSystem.kind(of: folder.isEmpty ? "/" : folder) == .folder else {
            throw CaseKitError.usage("the folder of \(path) does not exist", hint: "create it first, or pick another --output")
        }
        guard FileSystem.kind(of: path) != .folder else {
            throw CaseKitError.usage("\(path) is a folder", hint: "give --output a file name")
        }
        var generator = SystemRandomNumberGenerator()
        temporaryPath = "\(path).tmp-\(UInt32.random(in: .min ... .max, using: &generator))"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CaseKitError.storage("cannot write \(path): \(String(cString: strerror(errno)))",
                                       hint: "check the folder's permissions")
        }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    public func write(_ text: String) throws {
        guard FileSystem.write(text, to: descriptor) else {
            throw CaseKitError.storage("cannot write \(path): \(String(cString: strerror(errno)))",
                                       hint: "check the free space and permissions")
        }
    }

    /// Syncs and moves the finished file into place.
    public func commit() throws {
        let synced = fsync(descriptor) == 0
        close(descriptor)
        descriptor = -1
        guard synced, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CaseKitError.storage("cannot write \(path): \(reason)", hint: "check the free space and permissions")
        }
    }
}
