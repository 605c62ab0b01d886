import CaseKit
import Foundation
import Testing

/// A full disk: reads still work, writes say "disk is full" in one line and
/// change nothing, and nothing stray is left behind.
@Suite struct DiskFullTests {
    let casekit = CasekitBinary()

    @Test(.enabled(if: Mount.isPossible)) func aFullDiskRefusesWritesPlainlyAndStillReads() throws {
        // The whole test folder is a 1 MiB disk: the database, the export and the backup targets.
        let disk = try Mount(tmpfsAt: casekit.folder, size: "1m")
        try casekit.ok("open", "Printer on fire", "--customer", "Dana", "--next", "Call Dana back", "--due", "today")
        try casekit.ok("checkin", "add", "1", "tomorrow", "--note", "Is it still burning?")
        let reads: [[String]] = [[], ["list"], ["show", "1"], ["review"], ["checkin", "list"], ["export"], ["export", "--format", "csv"]]
        let expected = try reads.map { try casekit.run($0).stdout }
        disk.fill()
        let before = disk.listing

        for (arguments, stdout) in zip(reads, expected) {
            let result = try casekit.run(arguments)
            #expect(result.code == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            #expect(result.stdout == stdout, "\(arguments)")
        }
        let writes: [[String]] = [
            ["open", "Another case"], ["note", "1", "still burning"], ["next", "1", "Email Dana the fix"],
            ["checkin", "done", "1"], ["review", "--mark-reviewed"],
            ["export", "--output", casekit.folder + "/queue.json"], ["export", "--format", "ics", "-o", casekit.folder + "/queue.ics"],
            ["backup", casekit.folder + "/copy.sqlite3"],
        ]
        for arguments in writes {
            try casekit.expectRefused(arguments, code: 74, mentioning: ["disk is full", "free some space"])
            #expect(!(try casekit.run(arguments).stderr.contains("integrity")), "\(arguments)")
        }
        #expect(disk.listing == before)

        // Space again: writing works again, and the queue is as it was.
        try FileManager.default.removeItem(atPath: casekit.folder + "/filler")
        try casekit.ok("note", "1", "space again")
        try casekit.ok("backup", casekit.folder + "/copy.sqlite3")
        #expect(try casekit.ok("list").contains("Printer on fire"))
    }

    /// An export that does not fit: the half-written temp file is removed
    /// and no file appears under the target's name.
    @Test(.enabled(if: Mount.isPossible)) func anExportLargerThanTheFreeSpaceLeavesNothing() throws {
        for index in 1...40 {
            try casekit.ok("open", "Case \(index) with a title long enough to take some room", "--next", "Call the customer back")
        }
        let disk = try Mount(tmpfsAt: casekit.folder + "/small", size: "16k")
        try casekit.expectRefused(["export", "--output", disk.path + "/queue.json"], code: 74, mentioning: ["disk is full"])
        try casekit.expectRefused(["backup", disk.path + "/copy.sqlite3"], code: 74, mentioning: ["disk is full"])
        #expect(disk.listing.isEmpty, "\(disk.listing)")
    }
}
