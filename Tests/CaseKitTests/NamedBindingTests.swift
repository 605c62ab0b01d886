import Testing
@testable import CaseKit

/// Records bind their values by parameter name (`:title`), whatever the
/// order of the columns in the SQL.
@Suite struct NamedBindingTests {
    let folder = TempFolder()

    struct Pair: PersistableRecord {
        var name: String
        var size: Int64?

        func encode(to bindings: inout Bindings) {
            bindings.set(":name", name)
            bindings.set(":size", size)
        }
    }

    private func database(_ file: String) throws -> Database {
        let database = try Database(path: folder.path + "/" + file, mode: .readWriteCreate)
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, size INTEGER, name TEXT NOT NULL)")
        return database
    }

    @Test func valuesGoToTheParametersTheyName() throws {
        let database = try database("n.sqlite3")
        // The SQL lists the columns in another order than the record encodes them.
        let insert = "INSERT INTO t (id, size, name) VALUES (:id, :size, :name)"
        try database.run(insert, Pair(name: "a", size: 3).bindings(adding: ":id", Int64(7)))
        try database.run(insert, Pair(name: "b", size: nil).bindings(adding: ":id", Int64(8)))
        let rows = try database.rows("SELECT id, size, name FROM t ORDER BY id") {
            "\($0.int(0)) \($0.optionalInt(1).map(String.init) ?? "NULL") \($0.string(2))"
        }
        #expect(rows == ["7 3 a", "8 NULL b"])
    }

    /// An UPDATE may set fewer columns than the record has: the rest are left out.
    @Test func aValueWithoutItsParameterIsLeftOut() throws {
        let database = try database("u.sqlite3")
        try database.run("INSERT INTO t (id, size, name) VALUES (1, 1, 'a')")
        try database.run("UPDATE t SET name = :name WHERE id = :id", Pair(name: "z", size: 99).bindings(adding: ":id", Int64(1)))
        #expect(try database.rows("SELECT size, name FROM t") { "\($0.int(0)) \($0.string(1))" } == ["1 z"])
    }

    /// A parameter with no value (a misspelt name) is an error, never a NULL.
    @Test func aParameterWithoutAValueIsAnError() throws {
        let database = try database("m.sqlite3")
        #expect {
            try database.run("INSERT INTO t (size, name) VALUES (:size, :title)", Pair(name: "a", size: 1))
        } throws: { error in
            (error as? DatabaseError)?.message == "no value for parameter :title"
        }
        #expect(try database.int("SELECT count(*) FROM t") == 0)
    }

    /// The cached statement keeps the indexes it resolved, and resolves again
    /// when other names come (another record bound to the same SQL).
    @Test func otherNamesOnTheSameStatementResolveAgain() throws {
        let database = try database("r.sqlite3")
        let insert = "INSERT INTO t (size, name) VALUES (:size, :name)"
        try database.run(insert, Pair(name: "a", size: 1))
        var reversed = Bindings()
        reversed.set(":name", "b")
        reversed.set(":size", Int64(2))
        try database.run(insert, reversed)
        try database.run(insert, Pair(name: "c", size: 3))
        #expect(try database.rows("SELECT size, name FROM t ORDER BY id") { "\($0.int(0)) \($0.string(1))" }
                == ["1 a", "2 b", "3 c"])
    }
}
