import CaseKit

/// The documented JSON shapes (Docs/json.md). Changing a key is a breaking
/// change: add keys, never rename them.
enum CaseJSON {
    static let version: Int64 = 1

    static func instant(_ instant: Int64) -> JSON { .string(LocalTime(instant).rfc3339) }

    static func optionalInstant(_ instant: Int64?) -> JSON { instant.map(Self.instant) ?? .null }

    /// `"2026-11-27"` for a whole day, RFC 3339 with offset for an instant.
    static func due(_ due: Due?) -> JSON {
        switch due {
        case .day(let date): return .string(date.iso)
        case .instant(let instant): return Self.instant(instant)
        case nil: return .null
        }
    }

    /// `snoozed`: the case waits, so the action is not due (nor overdue)
    /// until the case comes back (`Policy.actingStatuses`).
    static func nextAction(_ action: NextAction?, status: CaseStatus, now: Int64) -> JSON {
        guard let action else { return .null }
        let snoozed = !status.isActing && status.isActive
        return .object([
            ("text", .string(action.text)),
            ("context", .optional(action.context)),
            ("due", due(action.due)),
            ("overdue", .bool(status.isActing && action.due?.isOverdue(at: now) == true)),
            ("snoozed", .bool(snoozed)),
            ("created", instant(action.createdAt)),
        ])
    }

    static func fields(_ item: Case, next: NextAction?, now: Int64) -> [(String, JSON)] {
        [
            ("id", .int(item.id)),
            ("uuid", .string(item.uuid)),
            ("title", .string(item.title)),
            ("customer", .optional(item.customer)),
            ("ref", .optional(item.ref)),
            ("priority", .string(item.priority.rawValue)),
            ("status", .string(item.status.rawValue)),
            ("tags", .array(item.tags.map(JSON.string))),
            ("outcome", .optional(item.outcome)),
            ("waiting", item.status == .waiting
                ? .object([("on", .optional(item.waitingOn)), ("until", due(item.followUp)),
                           ("overdue", .bool(item.followUp?.isOverdue(at: now) ?? false))]) : .null),
            ("next_action", nextAction(next, status: item.status, now: now)),
            ("created", instant(item.createdAt)),
            ("updated", instant(item.updatedAt)),
            ("resolved", optionalInstant(item.resolvedAt)),
        ]
    }

    static func checkInFields(_ checkIn: CheckIn, now: Int64) -> [(String, JSON)] {
        [
            ("id", .int(checkIn.id)),
            ("purpose", .string(checkIn.purpose.rawValue)),
            ("due", due(checkIn.due)),
            ("overdue", .bool(checkIn.state == .pending && checkIn.due.isOverdue(at: now))),
            ("note", .optional(checkIn.note)),
            ("channel", .optional(checkIn.channel?.rawValue)),
            ("state", .string(checkIn.state.rawValue)),
            ("outcome", .optional(checkIn.outcome)),
        ]
    }

    static func list(_ summaries: [CaseSummary], now: Int64) -> JSON {
        .object([
            ("version", .int(version)),
            ("cases", .array(summaries.map { summary in
                .object(fields(summary.case, next: summary.nextAction, now: now) + [
                    ("update", summary.update.map { update in
                        .object([("team", .string(update.team)), ("due", due(update.due)),
                                  ("overdue", .bool(update.due?.isOverdue(at: now) ?? false))])
                    } ?? .null),
                    ("waits_for", .optional(CaseText.waitsFor(summary, now: now))),
                ])
            })),
        ])
    }

    static func detail(_ detail: CaseDetail, now: Int64) -> JSON {
        let checkIns = detail.checkIns.map { JSON.object(checkInFields($0, now: now)) }
        let escalation = detail.escalation.map { escalation -> JSON in
            .object([
                ("team", .string(escalation.team)),
                ("reason", .optional(escalation.reason)),
                ("update_every", .string(escalation.cadence.description)),
                ("since", instant(escalation.startedAt)),
            ])
        } ?? .null
        let timeline = detail.events.map { event -> JSON in
            .object([
                ("uuid", .string(event.uuid)),
                ("at", instant(event.at)),
                ("kind", .string(event.kind.rawValue)),
                ("text", .string(event.text)),
                ("mood", .optional(event.mood?.rawValue)),
            ])
        }
        let fields = fields(detail.case, next: detail.nextAction, now: now) + [
            ("check_ins", .array(checkIns)),
            ("escalation", escalation),
            ("timeline", .array(timeline)),
        ]
        return .object([("version", .int(version)), ("case", .object(fields))])
    }
}
