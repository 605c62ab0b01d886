extension Schema {
    /// Schema 11: the working calendar. `holidays` holds one row per day
    /// off, the date as `YYYY-MM-DD` (a calendar date, the same in every
    /// time zone; `date()` gives back a real date unchanged, so 2026-02-30
    /// cannot be stored) and its name if any. The settings table is rebuilt
    /// so that its key check knows `working-days` and `count-working-days`
    /// (a CHECK cannot be altered in place; the table is a few rows).
    /// Repeatable, like version 9, for files whose `user_version` was set
    /// back by hand.
    static let version11 = """
        CREATE TABLE IF NOT EXISTS holidays (
            date TEXT PRIMARY KEY NOT NULL CHECK (length(date) = 10 AND date(date) IS date),
            name TEXT CHECK (name IS NULL OR length(name) > 0)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE settings_v11 (
            key TEXT PRIMARY KEY NOT NULL CHECK (
                key = 'stale-after' OR key = 'update-every' OR key = 'follow-up' OR key = 'wait'
                OR key = 'review-reminder' OR key = 'extra-verbs' OR key = 'extra-vague-phrases'
                OR key = 'working-days' OR key = 'count-working-days'),
            value TEXT NOT NULL CHECK (length(value) > 0),
            set_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        INSERT INTO settings_v11 (key, value, set_at) SELECT key, value, set_at FROM settings;
        DROP TABLE settings;
        ALTER TABLE settings_v11 RENAME TO settings;
        """
}
