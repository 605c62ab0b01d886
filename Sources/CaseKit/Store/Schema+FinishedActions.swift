/// Schema version 7: no resolved or closed case keeps a pending next action.
///
/// Before this version `resolve` left the pending action pending, so a
/// resolved case could show as overdue for ever, and its export was refused
/// on import (a state the commands no longer produce). Each such action is
/// finished as `resolve` now finishes it: done at the resolution time, with
/// a `done` event in the timeline that says why.
extension Schema {
    static let selectActionsOfFinishedCases = """
        SELECT n.id, n.case_id, n.text, coalesce(c.resolved_at, c.updated_at) AS finished_at
        FROM next_actions n JOIN cases c ON c.id = n.case_id
        WHERE n.state = 'pending' AND c.status IN ('resolved', 'closed')
        """
    static let finishAction = "UPDATE next_actions SET state = 'done', finished_at = ? WHERE id = ?"
    static let insertFinishedEvent = """
        INSERT INTO events (uuid, case_id, at, kind, text) VALUES (?, ?, ?, 'done', ?)
        """

    @Sendable static func finishActionsOfFinishedCases(_ database: Database) throws {
        let actions = try database.rows(selectActionsOfFinishedCases) { columns in
            let id = try columns.index("id"), caseID = try columns.index("case_id")
            let text = try columns.index("text"), finished = try columns.index("finished_at")
            return { row in (id: row.int(id), caseID: row.int(caseID), text: row.string(text), finishedAt: row.int(finished)) }
        }
        for action in actions {
            try database.run(finishAction, action.finishedAt, action.id)
            try database.run(insertFinishedEvent, Identifier.uuid(), action.caseID, action.finishedAt,
                             "\(action.text) (finished: case resolved)")
        }
    }
}
