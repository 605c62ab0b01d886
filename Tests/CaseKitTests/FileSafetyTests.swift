import Foundation
import Testing
@testable import CaseKit

/// The library side of opening files casekit does not own and writing files
/// safely: identity checks, the empty stand-in, write targets, temp names.
@Suite struct FileSafetyTests {
    let folder = TempFolder()

    @Test func aReadWithoutAFileReadsAnEmptyQueueAndCreatesNothing() throws {
        let path = folder.path + "/not/yet/casekit.sqlite3"
        let store = try Store.open(path: path, now: local("2026-11-22T09:00"), for: .read)
        #expect(store.isEmptyStandIn)
        #expect(try store.listCases(CaseFilter()).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/not"))
        #expect(try !Store.open(path: path, now: 0, for: .write).isEmptyStandIn)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func anotherProgramsFileIsRefusedUntouched() throws {
        let path = folder.path + "/other.sqlite3"
        try Database(path: path, mode: .readWriteCreate).execute("PRAGMA application_id = 7; CREATE TABLE t (x)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [Store.Access.read, .write] {
            #expect {
                try Store.open(path: path, now: 0, for: access)
            } throws: { error in
                let failure = error as? CaseKitError
                return failure?.exitCode == 74 && failure!.message.contains("another program")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aNewFileIsMarked() throws {
        let store = try Store.open(path: folder.path + "/new.sqlite3", now: 0)
        #expect(try store.database.int("PRAGMA application_id") == Schema.applicationID)
    }

    @Test func writeTargetsResolveToTheirRealPlace() throws {
        let database = folder.path + "/casekit.sqlite3"
        _ = try Store.open(path: database, now: 0)
        mkdir(folder.path + "/exports", 0o700)
        symlink(folder.path + "/exports", folder.path + "/latest")
        let target = try OutputTarget(folder.path + "/latest/queue.json", option: "--output", database: database)
        #expect(target.resolvedPath == FileSystem.resolved(folder.path)! + "/exports/queue.json")
        #expect(!target.exists)
        #expect {
            try OutputTarget(folder.path + "/exports/../casekit.sqlite3-shm", option: "--output", database: database)
        } throws: { error in
            (error as? CaseKitError)?.exitCode == 64
        }
    }

    @Test func temporaryNamesTellTheirProcess() {
        #expect(AtomicFile.owner(ofTemporaryName: ".queue.json.casekit-tmp-4242") == 4242)
        #expect(AtomicFile.owner(ofTemporaryName: ".copy.sqlite3.casekit-tmp-17-journal") == 17)
        #expect(AtomicFile.owner(ofTemporaryName: "queue.json.casekit-tmp-4242") == nil)
        #expect(AtomicFile.owner(ofTemporaryName: ".queue.json.casekit-tmp-") == nil)
        #expect(AtomicFile.owner(ofTemporaryName: ".queue.json.casekit-tmp-12ab") == nil)
        #expect(AtomicFile.owner(ofTemporaryName: ".queue.json.casekit-tmp-99999999999") == nil)
    }
}
