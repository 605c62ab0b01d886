import CaseKit

/// JSON of `review --format json` (Docs/json.md).
enum ReviewJSON {
    static func review(_ review: Review, now: Int64) -> JSON {
        .object([
            ("version", .int(CaseJSON.version)),
            ("date", .string(review.date.iso)),
            ("stale_after", .string(review.staleAfter.description)),
            ("last_review", CaseJSON.optionalInstant(review.lastReviewAt)),
            ("counts", .object([
                ("active_cases", .int(Int64(review.activeCases))),
                ("findings", .int(Int64(review.findings.count))),
                ("cases_with_findings", .int(Int64(review.casesWithFindings))),
            ] + ReviewFinding.Kind.allCases.map { ($0.rawValue, JSON.int(Int64(review.findings($0).count))) })),
            ("findings", .array(review.findings.map { finding in
                .object([
                    ("kind", .string(finding.kind.rawValue)),
                    ("case_id", .int(finding.caseID)),
                    ("customer", .optional(finding.customer)),
                    ("title", .string(finding.title)),
                    ("reason", .string(finding.reason)),
                    ("days", finding.days.map { JSON.int(Int64($0)) } ?? .null),
                ])
            })),
            ("coming", .array(review.coming.map { day in
                .object([
                    ("date", .string(day.date.iso)),
                    ("items", .array(day.items.map { item in
                        .object([
                            ("case_id", .int(item.caseID)),
                            ("customer", .optional(item.customer)),
                            ("title", .string(item.title)),
                            ("what", .string(item.what)),
                            ("due", CaseJSON.due(item.due)),
                        ])
                    })),
                ])
            })),
            ("wins", .array(review.wins.map { win in
                .object([
                    ("case_id", .int(win.caseID)),
                    ("customer", .optional(win.customer)),
                    ("title", .string(win.title)),
                    ("resolved", CaseJSON.instant(win.resolvedAt)),
                ])
            })),
        ])
    }
}
