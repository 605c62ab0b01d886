/// A statement stepped by hand, so that several can advance side by side
/// (the export merges the rows of six tables ordered by case).
public final class Cursor {
    private let statement: Statement
    public private(set) var row: Row?

    init(statement: Statement) {
        self.statement = statement
    }

    /// The statement's result columns by name, known before any row.
    public var columns: Columns { Columns(statement) }

    /// Moves to the next row; false (and `row` nil) when there is none.
    @discardableResult
    public func advance() throws -> Bool {
        row = try statement.step() ? Row(statement: statement) : nil
        return row != nil
    }
}

extension Database {
    /// A cursor over one statement, positioned on its first row.
    public func cursor(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Cursor {
        let statement = try Statement(connection: handle, sql: sql, persistent: false)
        try statement.bind(arguments)
        let cursor = Cursor(statement: statement)
        try cursor.advance()
        return cursor
    }
}
