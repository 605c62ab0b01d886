import Glibc

/// Where `export --output` and `backup` may write: a regular file, or a name
/// not taken yet, in an existing folder, and never the database itself or its
/// side files. A symbolic link to a file is followed, so the file it names is
/// replaced and the link stays. Every refusal is a bad value (exit 64) whose
/// hint names the option that takes the path.
public struct OutputTarget: Sendable {
    /// The path as the user gave it, for messages.
    public let path: String
    /// The folder the file goes into, with every symbolic link resolved.
    let folder: String
    /// The file's name in `folder`.
    let name: String
    /// True when a regular file is there already.
    public let exists: Bool

    /// Where the file really goes.
    var resolvedPath: String { FileSystem.join(folder, name) }

    /// - Parameters:
    ///   - option: how the user gave the path (`--output`, `the backup FILE`), for hints.
    ///   - database: the database path, which must not be overwritten.
    public init(_ path: String, option: String, database: String) throws {
        self.path = path
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw CaseKitError.usage("'\(path)' is not a file name", hint: "give \(option) a file name, e.g. casekit-copy")
        }
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = FileSystem.resolved(path) else {
                throw CaseKitError.usage("\(path) is a symbolic link to nothing",
                                         hint: "give \(option) the path of a real file or a new name")
            }
            target = resolved
        }
        let split = FileSystem.split(target)
        switch FileSystem.kind(of: split.folder) {
        case .folder: break
        case .missing:
            throw CaseKitError.usage("the folder \(split.folder) does not exist",
                                     hint: "create it (mkdir -p \(split.folder)) or give \(option) a path in an existing folder")
        case .file, .other:
            throw CaseKitError.usage("\(split.folder) is not a folder", hint: "give \(option) a path in an existing folder")
        }
        guard let folder = FileSystem.resolved(split.folder) else {
            throw CaseKitError.usage("cannot resolve the folder \(split.folder)", hint: "give \(option) a path in an existing folder")
        }
        self.folder = folder
        name = split.name
        exists = try Self.checkKind(of: FileSystem.join(folder, name), shownAs: path, option: option)
        try refuseDatabase(database, option: option)
    }

    /// True for a regular file, false for a free name; throws for anything else.
    private static func checkKind(of resolved: String, shownAs path: String, option: String) throws -> Bool {
        var info = stat()
        guard stat(resolved, &info) == 0 else { return false }
        let what: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFDIR:
            throw CaseKitError.usage("\(path) is a folder", hint: "give \(option) a file name, e.g. \(path)/casekit-copy")
        case S_IFCHR, S_IFBLK: what = "a device"
        case S_IFIFO: what = "a named pipe (FIFO)"
        case S_IFSOCK: what = "a socket"
        default: what = "not a regular file"
        }
        throw CaseKitError.usage("\(path) is \(what), not a regular file",
                                 hint: "give \(option) the path of a regular file; casekit writes only those")
    }

    /// The database, its write-ahead log, shared-memory index and rollback
    /// journal: compared by resolved path, and by device and inode for
    /// another name of the same file (a hard link).
    private func refuseDatabase(_ database: String, option: String) throws {
        let split = FileSystem.split(FileSystem.resolved(database) ?? database)
        let databaseFolder = FileSystem.resolved(split.folder) ?? split.folder
        let databasePath = FileSystem.join(databaseFolder, split.name)
        let mine = FileSystem.identity(of: resolvedPath)
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let same = resolvedPath == databasePath + suffix
                || (mine != nil && mine == FileSystem.identity(of: databasePath + suffix))
            guard same else { continue }
            throw CaseKitError.usage(
                suffix.isEmpty ? "\(path) is the casekit database itself" : "\(path) is a side file (\(suffix)) of the casekit database",
                hint: "give \(option) another file name; writing there would destroy the queue")
        }
    }
}
