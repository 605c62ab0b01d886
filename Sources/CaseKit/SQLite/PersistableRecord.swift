/// Values for a statement's named parameters (`:title`), each under its
/// name: an INSERT lists its columns in any order, and nobody counts
/// question marks to find which value goes where.
public struct Bindings {
    var entries: [(name: StaticString, value: SQLValue)] = []

    /// Room for a record's values in one allocation: an import binds a
    /// million rows, and growing the array one value at a time would
    /// allocate several times per row.
    public init() {
        entries.reserveCapacity(16)
    }

    /// Binds `value` to the parameter `name`, written as in the SQL
    /// (`:title`). Names are literals, never input, and a statement knows
    /// the ones it has seen by their address.
    public mutating func set(_ name: StaticString, _ value: some SQLBindable) {
        entries.append((name, value.sqlValue))
    }
}

/// A value written to the database by named parameters, after GRDB's
/// `PersistableRecord`: the record names each value it binds, and the SQL
/// beside the store function that runs it names the same parameters.
public protocol PersistableRecord {
    func encode(to bindings: inout Bindings)
}

extension PersistableRecord {
    public var bindings: Bindings {
        var bindings = Bindings()
        encode(to: &bindings)
        return bindings
    }

    /// This record's values and one more that is not the record's to know
    /// (the id the store chose, the case a child row belongs to).
    public func bindings(adding name: StaticString, _ value: some SQLBindable) -> Bindings {
        var bindings = Bindings()
        encode(to: &bindings)
        bindings.set(name, value)
        return bindings
    }
}

extension Database {
    /// Runs one statement with values bound by parameter name, ignoring any rows.
    public func run(_ sql: String, _ bindings: Bindings) throws {
        try withCachedStatement(sql) { statement in
            try statement.bind(bindings)
            while try statement.step() {}
        }
    }

    /// Runs one statement with a record's values, ignoring any rows.
    public func run(_ sql: String, _ record: some PersistableRecord) throws {
        try run(sql, record.bindings)
    }
}
