import Glibc

/// The few file-system facts the store needs, through libc.
public enum FileSystem {
    enum Kind { case missing, file, folder, other }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// True for a file of 0 bytes with no WAL beside it holding its pages.
    static func isEmpty(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_size == 0 else { return false }
        return stat(path + "-wal", &info) != 0 || info.st_size == 0
    }

    /// True when the owner's write bit is off. Checked instead of `access()`
    /// because root may write anywhere, yet a user who made the file
    /// read-only means it.
    static func isWriteProtected(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IWUSR == 0
    }

    /// False when the folder holding `path` takes no new files (read-only
    /// media, or no permission): SQLite cannot make its WAL files there.
    static func canCreateFiles(beside path: String) -> Bool {
        access(split(path).folder, W_OK) == 0
    }

    /// Creates the folders leading to `path`, each new one with mode 0700.
    static func createParentFolders(of path: String) throws {
        var folder = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, part) in parts.enumerated() {
            folder += index == 0 ? String(part) : "/" + part
            guard !folder.isEmpty, !part.isEmpty, kind(of: folder) == .missing else { continue }
            if mkdir(folder, 0o700) != 0 && errno != EEXIST {
                throw CaseKitError.storage(
                    "cannot create the folder \(folder): \(String(cString: strerror(errno)))",
                    hint: "check the permissions of its parent, or pass another path with --db")
            }
        }
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    /// The path with every symbolic link, `.` and `..` resolved; nil when
    /// something on the way is missing.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// A path's folder ("." for a bare name) and its last component.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// `name` in `folder`: the inverse of `split`.
    static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    /// What makes a file the same file under any name: its device and inode.
    struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Removes the `-shm` and an empty `-wal` that a connection which could
    /// not start (a full disk) left beside the database at `path`, when no
    /// connection uses them. The test is SQLite's own protocol for the unix
    /// VFS: every reader holds a read lock on the database's shared-lock
    /// bytes and on the `-shm`'s "DMS" byte (offset 128), so write locks on
    /// both prove nobody is reading or about to.
    static func removeUnusedWALSideFiles(of path: String) {
        let shm = path + "-shm", wal = path + "-wal"
        let database = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        guard database >= 0 else { return }
        defer { close(database) }
        let index = open(shm, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        guard index >= 0 else { return }
        defer { close(index) }
        guard writeLock(database, start: 0x4000_0002, length: 510), writeLock(index, start: 128, length: 1) else { return }
        var info = stat()
        if stat(wal, &info) == 0 {
            guard info.st_size == 0 else { return }
            unlink(wal)
        }
        unlink(shm)
    }

    /// Takes a POSIX write lock on a byte range without waiting; released
    /// when the descriptor closes.
    private static func writeLock(_ descriptor: Int32, start: Int, length: Int) -> Bool {
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(start)
        lock.l_len = off_t(length)
        return fcntl(descriptor, F_SETLK, &lock) == 0
    }

    /// A failed write of `path` told plainly: a full disk, or the system's reason.
    static func writeFailure(_ path: String, errno code: Int32, hint: String) -> CaseKitError {
        if code == ENOSPC || code == EDQUOT { return .diskFull(path) }
        return .storage("cannot write \(path): \(String(cString: strerror(code)))", hint: hint)
    }

    /// Creates an empty file with mode 0600 unless one exists already.
    static func createPrivateFile(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw CaseKitError.storage(
                "cannot create \(path): \(String(cString: strerror(errno)))",
                hint: "check the folder's permissions, or pass another path with --db")
        }
    }

    /// Writes all of `text` to a file descriptor; false on failure (errno says why).
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// Every byte of a file, or of standard input for "-".
    public static func readAll(_ path: String) throws -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CaseKitError.usage("cannot read \(path): \(String(cString: strerror(errno)))",
                                     hint: "check the path, or pass - to read standard input")
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        guard kind(of: path) != .folder else {
            throw CaseKitError.usage("\(path) is a folder", hint: "pass the export file to import")
        }
        // A regular file is read straight into a buffer of its size (no
        // regrowth: an import's peak memory stays near the file's size); a
        // pipe grows the buffer as it goes.
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(size + 1, 1 << 16))
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw CaseKitError.usage("cannot read \(path): \(String(cString: strerror(errno)))", hint: "check the file")
            }
            if count == 0 {
                bytes.removeLast(bytes.count - filled)
                return bytes
            }
            filled += count
        }
    }
}
