import Foundation
import Testing

/// At 80 and 60 columns (COLUMNS, as in a pipe to a test or a pager) the
/// next action and the review's reason are never cut: less useful columns
/// drop first, then the text wraps onto lines indented to its column. A pipe
/// without COLUMNS keeps whole lines.
@Suite struct NarrowTerminalTests {
    let casekit = CasekitBinary()

    static let longAction = "Call billing to confirm the overcharge and ask them to refund the second charge before Friday"
    static let longTitle = "Invoice shows a double charge for November after the plan change"

    /// Columns a line takes on a terminal, for the characters these tests use.
    static func width(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x300...0x36F, 0x200D, 0xFE0F, 0x1F3FB...0x1F3FF: return total
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xFF00...0xFF60, 0x1F000...0x1FAFF: return total + 2
            default: return total + 1
            }
        }
    }

    /// Every line fits `columns`.
    static func fits(_ output: String, _ columns: Int) -> Bool {
        output.split(separator: "\n").allSatisfy { width($0) <= columns }
    }

    /// The text with every run of white space as one space: wrapped text reads as it was typed.
    static func flowing(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text without white space: a word broken across lines is whole again.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// What a section's table shows under `header`: each line from that
    /// header's column on, up to the next header's (the lines are ASCII), to
    /// the section's end.
    static func column(_ header: String, until next: String? = nil, of section: String, in output: String) -> String {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(section) }) else { return "" }
        let headers = lines[start + 1]
        func offset(_ name: String) -> Int? {
            headers.range(of: name).map { headers.distance(from: headers.startIndex, to: $0.lowerBound) }
        }
        guard let from = offset(header) else { return "" }
        let to = next.flatMap(offset) ?? Int.max
        return lines[(start + 2)...].prefix { !$0.isEmpty }
            .map { String($0.dropFirst(from).prefix(to == Int.max ? Int.max : to - from)) }.joined(separator: " ")
    }

    func run(_ arguments: String..., columns: Int?) throws -> String {
        let previous = casekit.environment
        defer { casekit.environment = previous }
        if let columns { casekit.environment["COLUMNS"] = String(columns) }
        let result = try casekit.run(arguments)
        #expect(result.code == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    func openQueue() throws {
        try casekit.ok("open", Self.longTitle, "--customer", "Globex Corporation International Holdings",
                       "--next", Self.longAction, "--due", "yesterday", "--priority", "urgent")
        try casekit.ok("open", "VPN drops every hour", "--customer", "Acme", "--next",
                       "Email the customer the new client config with the split tunnel settings", "--due", "today")
        try casekit.ok("open", "Printer offline", "--customer", "Initech", "--next", "refund")
    }

    @Test func listWrapsTheNextActionAndDropsColumnsAt80And60() throws {
        try openQueue()
        let at80 = try run("list", columns: 80)
        #expect(Self.fits(at80, 80), "\(at80)")
        #expect(at80.hasPrefix("ID  STATUS  DUE         CUSTOMER                  TITLE / NEXT ACTION\n"), "\(at80)")
        #expect(at80.contains("Globex Corporation Inte… "))
        #expect(Self.flowing(at80).contains(Self.longAction))
        #expect(Self.flowing(at80).contains(Self.longTitle))
        // Continuation lines start under the column.
        #expect(at80.split(separator: "\n")[2].hasPrefix(String(repeating: " ", count: 50)), "\(at80)")

        let at60 = try run("list", columns: 60)
        #expect(Self.fits(at60, 60), "\(at60)")
        #expect(at60.hasPrefix("ID  DUE         TITLE / NEXT ACTION\n"), "\(at60)")
        #expect(Self.flowing(at60).contains(Self.longAction))
        #expect(Self.flowing(at60).contains("Email the customer the new client config with the split tunnel settings"))

        // Three days on, the labels change and the rows still fit.
        casekit.now = "2026-11-25T09:00"
        let later = try run("list", columns: 60)
        #expect(Self.fits(later, 60), "\(later)")
        #expect(later.contains("4d overdue") && later.contains("3d overdue"), "\(later)")
        #expect(Self.flowing(later).contains(Self.longAction))
    }

    @Test func aPipeWithoutColumnsGetsWholeLines() throws {
        try openQueue()
        for columns in [nil, 0, -5] as [Int?] {
            let whole = try run("list", columns: columns)
            let lines = whole.split(separator: "\n")
            #expect(lines.count == 5, "\(whole)")
            #expect(lines[0] == "ID  STATUS  PRIORITY  DUE         CUSTOMER                                   CONTEXT  WAITS FOR  TITLE / NEXT ACTION")
            #expect(lines[1].hasSuffix("\(Self.longTitle) → \(Self.longAction)"))
        }
        casekit.environment["COLUMNS"] = "wide"
        #expect(try casekit.ok("list").split(separator: "\n").count == 5)
    }

    @Test func reviewTodayAndCheckInsKeepTheReasonAndTheActionWhole() throws {
        try openQueue()
        try casekit.ok("checkin", "add", "1", "today", "--note",
                       "Confirm the refund arrived and the customer is happy with the outcome", "--channel", "phone")
        try casekit.ok("escalate", "2", "--to", "Network Ops", "--reason", "Needs a firewall change on the core routers")
        for columns in [80, 60] {
            let review = try run("review", columns: columns)
            #expect(Self.fits(review, columns), "\(review)")
            #expect(Self.flowing(Self.column("WHY", of: "Overdue (1)", in: review))
                == "next action 1d overdue: \(Self.longAction)", "\(review)")
            #expect(Self.flowing(Self.column("TITLE", until: "WHY", of: "Overdue (1)", in: review)) == Self.longTitle,
                    "\(review)")
            #expect(Self.flowing(review).contains("\"refund\" is one word: say the physical step"), "\(review)")

            let today = try run("today", columns: columns)
            #expect(Self.fits(today, columns), "\(today)")
            #expect(Self.flowing(today).contains(Self.longAction), "\(today)")
            #expect(Self.flowing(today).contains("Confirm the refund arrived and the customer is happy with the outcome"))

            let checkIns = try run("checkin", "list", columns: columns)
            #expect(Self.fits(checkIns, columns), "\(checkIns)")
            #expect(Self.flowing(checkIns).contains("Confirm the refund arrived and the customer is happy with the outcome"))

            let show = try run("show", "2", columns: columns)
            #expect(Self.fits(show, columns), "\(show)")
            #expect(Self.flowing(show).contains("reason: Needs a firewall change on the core routers"))
            #expect(Self.flowing(show).contains("Email the customer the new client config with the split tunnel settings"))
        }
        // At 60 the review keeps ID, title and reason; the customer gives way.
        let review = try run("review", columns: 60)
        #expect(review.contains("  ID  TITLE                       WHY\n"), "\(review)")
    }

    @Test func aNarrowWidthPutsTheNextActionUnderItsRow() throws {
        try openQueue()
        let narrow = try run("list", columns: 30)
        #expect(Self.fits(narrow, 30), "\(narrow)")
        #expect(narrow.hasPrefix("ID  DUE\n    TITLE / NEXT ACTION\n 1  1d overdue\n    Invoice shows a double\n"), "\(narrow)")
        #expect(Self.flowing(narrow).contains(Self.longAction))
    }

    /// Wide characters, emoji sequences, combining marks, terminal escapes and
    /// bidi controls (shown as stand-ins), a word longer than any line, and a
    /// customer longer than the screen: wrapped by the width they show at,
    /// nothing lost, nothing a terminal acts on.
    @Test func hostileTextWrapsByWhatItShows() throws {
        let actions = [
            "Ring 請求書が二重になっています about the 請求書 twice before the end of the month please",
            "Send 👩‍👩‍👧‍👦 family plan details 👍🏽 to the customer and wait for a reply from them",
            "Confirm the cafe\u{301} order e\u{301}e\u{301}e\u{301} with the re\u{301}sume\u{301} attached to the ticket",
            "Call \u{1B}[31mbilling\u{1B}]0;pwned\u{07} about the \u{202E}exe.gnp refund\u{2066}now and log the answer",
            "Check " + String(repeating: "overlongword", count: 25) + " then reply",
        ]
        let shown = [
            actions[0], actions[1], actions[2],
            "Call ␛[31mbilling␛]0;pwned␇ about the <U+202E>exe.gnp refund<U+2066>now and log the answer",
            actions[4],
        ]
        let customer = String(repeating: "Mega Corp ", count: 50) + "\u{1B}[2J"
        for action in actions {
            try casekit.ok("open", "Case about " + action.prefix(10), "--customer", customer, "--next", action, "--due", "today")
        }
        for columns in [80, 60, 40] {
            let list = try run("list", columns: columns)
            #expect(Self.fits(list, columns), "\(columns): \(list)")
            #expect(TerminalSafetyTests.acted(on: list).isEmpty)
            for text in shown {
                #expect(Self.squeezed(list).contains(Self.squeezed(text)), "\(columns): \(text)")
            }
            #expect(!list.contains("Mega Corp Mega Corp Mega Corp Mega Corp"), "a customer is cut to 24 columns")

            let review = try run("review", columns: columns)
            #expect(Self.fits(review, columns), "\(columns): \(review)")
            #expect(TerminalSafetyTests.acted(on: review).isEmpty)
            for text in shown {
                #expect(Self.squeezed(review).contains(Self.squeezed(text)), "\(columns): \(text)")
            }
            let today = try run("today", columns: columns)
            #expect(Self.fits(today, columns), "\(columns): \(today)")
            let show = try run("show", "1", columns: columns)
            #expect(Self.fits(show, columns), "\(columns): \(show)")
            #expect(Self.squeezed(show).contains(Self.squeezed(customer.replacingOccurrences(of: "\u{1B}", with: "␛"))))
        }
    }
}
