@testable import CaseKit
import Testing

/// `today` and `checkin list` filter customers in Swift, `list` in SQL:
/// both must fold case the way SQLite's NOCASE does (A-Z only).
@Suite struct AgendaFilterTests {
    static let pairs: [(String, String)] = [
        ("Acme Corp", "acme corp"), ("ACME CORP", "Acme Corp"), ("Acme", "Acme Corp"), ("", "x"),
        ("Émile", "émile"), ("Straße", "STRASSE"), ("İstanbul", "istanbul"), ("a\u{1B}[31m", "A\u{1B}[31M"),
        ("@", "`"), ("[", "{"), ("Z", "z"), ("\u{0}", "\u{0}"), ("Dana\u{202E}", "dana\u{202E}"), ("ﬃ", "FFI"),
    ]

    @Test func customersMatchAsNOCASEDoes() throws {
        let database = try Database(path: ":memory:", mode: .readWriteCreate)
        for (stored, typed) in Self.pairs {
            let sqlite = try database.int("SELECT ? = ? COLLATE NOCASE", stored, typed) == 1
            #expect(try AgendaFilter(customer: typed, context: nil).matches(customer: stored) == sqlite, "\(stored) / \(typed)")
        }
        #expect(try !AgendaFilter(customer: "Acme", context: nil).matches(customer: nil))
        #expect(AgendaFilter().matches(customer: nil))
        // A blank filter is refused: it would match nothing and read as "nothing to do".
        for blank in ["", " ", "\t"] {
            #expect(throws: CaseKitError.self) { try AgendaFilter(customer: blank, context: nil) }
        }
    }

    @Test func aContextMatchesActionsAndChannels() throws {
        let phone = try AgendaFilter(customer: nil, context: "PHONE")
        #expect(phone.context == "@PHONE")
        #expect(phone.matches(context: "@phone") && !phone.matches(context: "@email") && !phone.matches(context: nil))
        #expect(phone.matches(channel: .phone) && !phone.matches(channel: .email) && !phone.matches(channel: nil))
        #expect(AgendaFilter().matches(channel: nil) && AgendaFilter().matches(context: nil))
        for bad in ["", " ", "@", "two words", "tab\there"] {
            #expect(throws: CaseKitError.self) { try AgendaFilter(customer: nil, context: bad) }
        }
    }
}
