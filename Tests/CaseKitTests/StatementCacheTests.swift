import CSQLite
import Foundation
import Testing
@testable import CaseKit

/// The connection's cache of prepared statements, keyed by SQL text.
@Suite struct StatementCacheTests {
    let folder = TempFolder()

    /// The statements SQLite holds open on the connection.
    private func openStatements(_ database: Database) -> Int {
        var count = 0
        var statement = sqlite3_next_stmt(database.handle, nil)
        while let current = statement {
            count += 1
            statement = sqlite3_next_stmt(database.handle, current)
        }
        return count
    }

    @Test func aStatementIsPreparedOnceAndReused() throws {
        let database = try Database(path: folder.path + "/c.sqlite3", mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (x TEXT UNIQUE)")
        for value in ["a", "b", "c"] { try database.run("INSERT INTO t VALUES (?)", value) }
        #expect(openStatements(database) == 1)
        #expect(try database.int("SELECT count(*) FROM t") == 3)
        #expect(openStatements(database) == 2)
    }

    /// A statement whose step failed is dropped (finalized), and the same SQL
    /// then runs on a fresh one: a failure never poisons later writes.
    @Test func aStatementWhoseStepFailedIsEvicted() throws {
        let database = try Database(path: folder.path + "/e.sqlite3", mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (x TEXT UNIQUE)")
        let insert = "INSERT INTO t VALUES (?)"
        try database.run(insert, "a")
        #expect(openStatements(database) == 1)
        #expect {
            try database.run(insert, "a")
        } throws: { error in
            (error as? DatabaseError)?.extendedCode == 2067 // SQLITE_CONSTRAINT_UNIQUE
        }
        #expect(openStatements(database) == 0)
        try database.run(insert, "b")
        #expect(openStatements(database) == 1)
        let values = try database.rows("SELECT x FROM t ORDER BY x") { $0.string(0) }
        #expect(values == ["a", "b"])
    }

    /// A failure in the caller's own code (not SQLite's) keeps the statement.
    @Test func aFailureOutsideSQLiteKeepsTheStatement() throws {
        struct Refused: Error {}
        let database = try Database(path: folder.path + "/k.sqlite3", mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (x TEXT)")
        try database.run("INSERT INTO t VALUES (?)", "a")
        #expect(throws: Refused.self) {
            try database.forEachRow("SELECT x FROM t") { _ in throw Refused() }
        }
        #expect(openStatements(database) == 2)
        #expect(try database.rows("SELECT x FROM t") { $0.string(0) } == ["a"])
    }
}
