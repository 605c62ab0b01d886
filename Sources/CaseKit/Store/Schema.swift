/// The SQL of each schema version. Never edit a shipped version: append one.
enum Schema {
    /// The whole product's schema: cases and their tags, next actions,
    /// escalations, check-ins, the event timeline, and weekly reviews.
    /// Instants are Unix seconds; `due_at` is the instant an item becomes
    /// overdue (the end of the day for an all-day date; zone-free from
    /// version 4 on).
    static let version1 = """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            customer TEXT,
            ref TEXT,
            priority TEXT NOT NULL DEFAULT 'normal'
                CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
            outcome TEXT,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'waiting', 'escalated', 'resolved', 'closed')),
            waiting_on TEXT,
            follow_up_at INTEGER,
            follow_up_all_day INTEGER NOT NULL DEFAULT 1 CHECK (follow_up_all_day IN (0, 1)),
            resolved_at INTEGER,
            no_checkin INTEGER NOT NULL DEFAULT 0 CHECK (no_checkin IN (0, 1)),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            CHECK (status <> 'waiting' OR follow_up_at IS NOT NULL)
        ) STRICT;
        CREATE INDEX cases_status_updated ON cases(status, updated_at);
        CREATE INDEX cases_customer ON cases(customer COLLATE NOCASE);
        CREATE INDEX cases_follow_up ON cases(follow_up_at) WHERE status = 'waiting';
        CREATE INDEX cases_resolved ON cases(resolved_at) WHERE resolved_at IS NOT NULL;
        -- Shell completion reads active ids and titles on every TAB: this small
        -- covering index spares it the scattered table pages.
        CREATE INDEX cases_active_titles ON cases(id, title) WHERE status IN ('open', 'waiting', 'escalated');

        CREATE TABLE case_tags (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            tag TEXT NOT NULL CHECK (length(tag) > 0),
            PRIMARY KEY (case_id, tag)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX case_tags_tag ON case_tags(tag, case_id);

        CREATE TABLE next_actions (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            context TEXT,
            due_at INTEGER,
            due_all_day INTEGER NOT NULL DEFAULT 0 CHECK (due_all_day IN (0, 1)),
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'replaced')),
            created_at INTEGER NOT NULL,
            finished_at INTEGER
        ) STRICT;
        CREATE UNIQUE INDEX next_actions_one_pending ON next_actions(case_id) WHERE state = 'pending';
        CREATE INDEX next_actions_pending_due ON next_actions(due_at) WHERE state = 'pending';
        CREATE INDEX next_actions_case ON next_actions(case_id, created_at);

        CREATE TABLE escalations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            team TEXT NOT NULL CHECK (length(trim(team)) > 0),
            reason TEXT,
            cadence TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER
        ) STRICT;
        CREATE UNIQUE INDEX escalations_current ON escalations(case_id) WHERE ended_at IS NULL;
        CREATE INDEX escalations_case ON escalations(case_id, started_at);

        CREATE TABLE check_ins (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            purpose TEXT NOT NULL DEFAULT 'check-in'
                CHECK (purpose IN ('check-in', 'update', 'follow-up')),
            due_at INTEGER NOT NULL,
            due_all_day INTEGER NOT NULL CHECK (due_all_day IN (0, 1)),
            note TEXT,
            channel TEXT CHECK (channel IN ('email', 'phone', 'chat', 'other')),
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'done', 'skipped', 'moved')),
            outcome TEXT,
            created_at INTEGER NOT NULL,
            finished_at INTEGER
        ) STRICT;
        CREATE INDEX check_ins_case ON check_ins(case_id, state, due_at);
        CREATE INDEX check_ins_pending_due ON check_ins(due_at) WHERE state = 'pending';

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            at INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN (
                'opened', 'edited', 'next', 'done', 'note', 'waiting', 'resumed',
                'escalated', 'deescalated', 'checkin-scheduled', 'checkin-done',
                'checkin-skipped', 'checkin-moved', 'contact', 'resolved', 'closed', 'reopened')),
            text TEXT NOT NULL DEFAULT '',
            mood TEXT CHECK (mood IN ('calm', 'confused', 'anxious', 'frustrated', 'angry', 'happy'))
        ) STRICT;
        CREATE INDEX events_case_at ON events(case_id, at);
        CREATE INDEX events_case_mood ON events(case_id, at) WHERE mood IS NOT NULL;

        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            active_cases INTEGER NOT NULL,
            findings INTEGER NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
        ) STRICT;
        CREATE INDEX reviews_at ON reviews(at);
        """

    /// What lets the weekly review (and completion) answer from indexes
    /// alone, without a row lookup or a timeline search per case:
    /// - `cases.latest_mood`, the mood of the case's latest event that has
    ///   one (see LatestMood);
    /// - the active cases carry what the review shows of them (the index keeps
    ///   its name for completion's INDEXED BY);
    /// - pending next actions carry their text;
    /// - a case's latest mood event is one seek (for keeping `latest_mood`);
    /// - its last customer contact is one seek.
    static let version2 = """
        DROP INDEX events_case_mood;
        CREATE INDEX events_case_mood ON events(case_id, at, id, mood) WHERE mood IS NOT NULL;
        CREATE INDEX events_case_contact ON events(case_id, at) WHERE kind IN ('contact', 'checkin-done');
        ALTER TABLE cases ADD COLUMN latest_mood TEXT
            CHECK (latest_mood IN ('calm', 'confused', 'anxious', 'frustrated', 'angry', 'happy'));
        UPDATE cases SET latest_mood = (
            SELECT v.mood FROM events v INDEXED BY events_case_mood
            WHERE v.case_id = cases.id AND v.mood IS NOT NULL ORDER BY v.at DESC, v.id DESC LIMIT 1);
        DROP INDEX cases_active_titles;
        CREATE INDEX cases_active_titles ON cases(id, status, updated_at, latest_mood, customer, title)
            WHERE status IN ('open', 'waiting', 'escalated');
        CREATE INDEX next_actions_pending_text ON next_actions(case_id, text) WHERE state = 'pending';
        """

    /// casekit's mark in every file it writes: `PRAGMA application_id`, the
    /// four bytes at offset 68 of the SQLite header, here "CKIT" in ASCII
    /// (0x434B4954). With it casekit tells its files from other programs'
    /// SQLite files and refuses those untouched.
    static let applicationID: Int64 = 0x434B_4954

    /// Marks the file as casekit's. Nothing else changes.
    static let version3 = "PRAGMA application_id = \(applicationID)"

    /// Whole-day values become calendar dates, the same in every time zone.
    /// Versions 1–3 stored one as the instant its local day ended, so the date
    /// moved with `TZ`; from here `due_at`/`follow_up_at` of an all-day value
    /// is the end of its calendar day counted in UTC, ((days since
    /// 1970-01-01) + 1) × 86400 (see `Due.deadline`). Each value is read back
    /// as the local date it meant where it was written: the zone of this
    /// migration ('localtime' honours `TZ`). A value outside 0001-01-01 to
    /// 10000-01-02 UTC (only a hand-edited file holds one) is left as it is;
    /// reading clamps it.
    ///
    /// The due-date indexes carry the flag too: "due by" now depends on it,
    /// and `list` reads timed and whole-day actions as two streams, both
    /// answered from the index before any row is read.
    static let version4 = """
        DROP INDEX IF EXISTS next_actions_pending_due;
        CREATE INDEX next_actions_pending_due ON next_actions(due_at, due_all_day) WHERE state = 'pending';
        DROP INDEX IF EXISTS check_ins_pending_due;
        CREATE INDEX check_ins_pending_due ON check_ins(due_at, due_all_day) WHERE state = 'pending';
        UPDATE next_actions
        SET due_at = CAST(strftime('%s', date(due_at - 1, 'unixepoch', 'localtime')) AS INTEGER) + 86400
        WHERE due_all_day = 1 AND due_at BETWEEN -62135596800 AND 253402387200;
        UPDATE check_ins
        SET due_at = CAST(strftime('%s', date(due_at - 1, 'unixepoch', 'localtime')) AS INTEGER) + 86400
        WHERE due_all_day = 1 AND due_at BETWEEN -62135596800 AND 253402387200;
        UPDATE cases
        SET follow_up_at = CAST(strftime('%s', date(follow_up_at - 1, 'unixepoch', 'localtime')) AS INTEGER) + 86400
        WHERE follow_up_all_day = 1 AND follow_up_at BETWEEN -62135596800 AND 253402387200;
        """

    /// `cases.latest_mood` gets one writer: triggers on `events` (dropped
    /// again by version 8, see LatestMood). Before,
    /// every command, the import's new cases and its merges each kept it, and
    /// those paths disagreed. Any write to the timeline, however it comes
    /// (a command, an import, `sqlite3` by hand), now recomputes the mood of
    /// the case it touched, and only when a mood is involved, so the import's
    /// mood-less events cost one `WHEN` test each. The recompute is one seek
    /// in `events_case_mood`. The migration repairs every case once. Like
    /// version 4 it can run again on a file whose `user_version` was set back
    /// by hand (`IF NOT EXISTS`).
    static let version5 = """
        CREATE TRIGGER IF NOT EXISTS events_latest_mood_insert AFTER INSERT ON events WHEN NEW.mood IS NOT NULL
        BEGIN
            UPDATE cases SET latest_mood = (\(LatestMood.of("NEW.case_id"))) WHERE id = NEW.case_id;
        END;
        CREATE TRIGGER IF NOT EXISTS events_latest_mood_update AFTER UPDATE OF case_id, at, mood ON events
        WHEN OLD.mood IS NOT NULL OR NEW.mood IS NOT NULL
        BEGIN
            UPDATE cases SET latest_mood = (\(LatestMood.of("OLD.case_id"))) WHERE id = OLD.case_id;
            UPDATE cases SET latest_mood = (\(LatestMood.of("NEW.case_id"))) WHERE id = NEW.case_id;
        END;
        CREATE TRIGGER IF NOT EXISTS events_latest_mood_delete AFTER DELETE ON events WHEN OLD.mood IS NOT NULL
        BEGIN
            UPDATE cases SET latest_mood = (\(LatestMood.of("OLD.case_id"))) WHERE id = OLD.case_id;
        END;
        \(LatestMood.repairAll);
        """

}
