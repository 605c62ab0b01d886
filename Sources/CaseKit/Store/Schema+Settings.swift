extension Schema {
    /// Schema 9: `casekit config`'s settings, one row per setting that is
    /// set (a setting without a row has its built-in value). A list
    /// setting's values are one text, one value to a line: values are words
    /// and phrases (`Setting.normalized`), which hold no line break.
    /// `set_at` is when it was last changed, which decides an import's
    /// merge. The key is checked as an OR chain, not an IN list (see
    /// Schema+INListChecks.swift). `IF NOT EXISTS`: a file whose
    /// `user_version` was set back by hand (as tests of older schemas do)
    /// runs this again.
    static let version9 = """
        CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY NOT NULL CHECK (
                key = 'stale-after' OR key = 'update-every' OR key = 'follow-up' OR key = 'wait'
                OR key = 'review-reminder' OR key = 'extra-verbs' OR key = 'extra-vague-phrases'),
            value TEXT NOT NULL CHECK (length(value) > 0),
            set_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        """
}
