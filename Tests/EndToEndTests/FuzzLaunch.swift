#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A seeded random source (SplitMix64): the same seed gives the same fuzz run
/// on every machine and every Swift version, which the standard library's
/// generators do not promise.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< count.
    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(max(count, 1))) }

    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(UInt64(1) << 53) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A lowercase uuid drawn from this source, so fresh uuids replay too.
    mutating func uuid() -> String {
        let hex = String(format: "%016llx%016llx", next(), next())
        let digits = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }.joined(separator: "-")
    }
}

/// One command-line argument as raw bytes: argv carries bytes, not Unicode, so
/// a fuzz run can hand casekit sequences that are not UTF-8 (NUL alone cannot
/// be in argv).
struct Argument: ExpressibleByStringLiteral, Hashable {
    var bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }
    init(bytes: [UInt8]) { self.bytes = bytes.filter { $0 != 0 } }
    init(stringLiteral text: String) { self.init(text) }

    /// The argument as a bash word that can be pasted to reproduce the step;
    /// very long ones are abbreviated (the seed replays them exactly).
    var shellWord: String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@+,#%".utf8)
        if !bytes.isEmpty && bytes.allSatisfy(safe.contains) && bytes.count <= 200 { return String(decoding: bytes, as: UTF8.self) }
        var word = "$'"
        for byte in bytes.prefix(200) {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\\"): word += "\\" + String(UnicodeScalar(byte))
            case 0x20...0x7E: word += String(UnicodeScalar(byte))
            default: word += String(format: "\\x%02x", byte)
            }
        }
        word += "'"
        if bytes.count > 200 { word += "<…\(bytes.count) bytes in all>" }
        return word
    }
}

/// How one run of the binary ended.
enum Ending: Equatable {
    case exited(Int32)
    case signaled(Int32)
    case hung
}

/// What one run of the binary did, as bytes.
struct RawRun {
    let ending: Ending
    let stdout: Data
    let stderr: Data
}

/// Runs the binary with byte arguments through posix_spawn, in the `scratch`
/// folder, its output going to files there (no pipe can fill up), and kills
/// it when it runs past `timeout`.
struct RawLauncher {
    let executable: String
    let scratch: String

    func run(_ arguments: [Argument], environment: [String: Argument], stdin: String?,
             timeout: TimeInterval = 20) -> RawRun {
        let outPath = scratch + "/stdout", errPath = scratch + "/stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Relative paths in hostile arguments ("-", "") land in the temp folder, not the checkout.
        _ = Self.addChdir(&actions, scratch)
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([Argument(executable)] + arguments).map(Self.cString) + [nil]
        let envp = environment.sorted { $0.key < $1.key }
            .map { Self.cString(Argument(bytes: Array("\($0.key)=".utf8) + $0.value.bytes)) } + [nil]
        defer { (argv + envp).forEach { $0?.deallocate() } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        precondition(spawned == 0, "posix_spawn failed: \(spawned)")

        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var ending: Ending?
        while ending == nil {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                // The wait status layout: low 7 bits the signal, else the exit code above them.
                ending = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
            } else if reaped < 0 && errno != EINTR {
                preconditionFailure("waitpid failed: \(errno)")
            } else if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                ending = .hung
            } else {
                usleep(1000)
            }
        }
        return RawRun(ending: ending!, stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
                      stderr: FileManager.default.contents(atPath: errPath) ?? Data())
    }

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29 and later), which
    /// Swift's Glibc module does not import.
    private static let addChdir: @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32 = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else {
            preconditionFailure("posix_spawn_file_actions_addchdir_np is missing: glibc 2.29 or later is needed")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
    }()

    private static func cString(_ argument: Argument) -> UnsafeMutablePointer<CChar>? {
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: argument.bytes.count + 1)
        for (index, byte) in argument.bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
        pointer[argument.bytes.count] = 0
        return pointer
    }
}
