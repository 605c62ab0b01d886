import Glibc

/// A file written in full or not at all: the content goes to a private temp
/// file in the target's folder (mode 0600, it holds customer data), which is
/// renamed over the target only once everything is written and synced. A
/// process killed half-way leaves its temp file, never a half file at the
/// target's name; the next casekit writing into that folder removes it.
public final class AtomicFile {
    public let target: OutputTarget
    /// `.NAME.casekit-tmp-PID`: hidden, recognisably casekit's, and telling
    /// which process it belongs to.
    let temporaryPath: String
    private var descriptor: Int32
    private var committed = false

    static let temporaryMarker = ".casekit-tmp-"

    public init(target: OutputTarget) throws {
        self.target = target
        Self.removeStaleTemporaryFiles(in: target.folder)
        temporaryPath = FileSystem.join(target.folder, "." + target.name + Self.temporaryMarker + String(getpid()))
        // A file of that name is an earlier process's that had this pid.
        unlink(temporaryPath)
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw FileSystem.writeFailure(target.path, errno: errno, hint: "check the folder's permissions")
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporaryPath) }
    }

    public func write(_ text: String) throws {
        guard FileSystem.write(text, to: descriptor) else {
            throw FileSystem.writeFailure(target.path, errno: errno, hint: "check the folder's permissions")
        }
    }

    /// Syncs and moves the finished file into place, then syncs the folder
    /// so that the new name survives a power cut too.
    public func commit() throws {
        let synced = fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        descriptor = -1
        guard synced else {
            throw FileSystem.writeFailure(target.path, errno: code, hint: "check the disk")
        }
        guard rename(temporaryPath, target.resolvedPath) == 0 else {
            throw FileSystem.writeFailure(target.path, errno: errno, hint: "check the folder's permissions")
        }
        committed = true
        let folder = open(target.folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Removes the temp files (and any SQLite side files of them) that
    /// casekit processes no longer running left in `folder`. A live
    /// process's temp file is still being written and stays.
    static func removeStaleTemporaryFiles(in folder: String) {
        guard let listing = opendir(folder) else { return }
        defer { closedir(listing) }
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard let pid = owner(ofTemporaryName: name), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = FileSystem.join(folder, name)
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { unlink(path) }
        }
    }

    /// The pid in a name like `.NAME.casekit-tmp-PID` (or with `-journal`,
    /// `-wal`, `-shm` after it); nil for any other name.
    static func owner(ofTemporaryName name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.ranges(of: temporaryMarker).last else { return nil }
        var rest = name[marker.upperBound...]
        for suffix in ["-journal", "-wal", "-shm"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
        }
        guard !rest.isEmpty, rest.count <= 10, rest.allSatisfy({ $0.isASCII && $0.isNumber }),
              let pid = pid_t(rest), pid > 0 else { return nil }
        return pid
    }
}
