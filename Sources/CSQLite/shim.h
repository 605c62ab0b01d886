#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift
/// cannot import: bound text is copied by SQLite through this constant.
static inline sqlite3_destructor_type casekit_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// sqlite3_db_config is variadic, which Swift cannot call: refuse
/// double-quoted string literals so that a typo in an identifier is an error.
static inline void casekit_disable_dqs(sqlite3 *db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (void *)0);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (void *)0);
}

/// Whether closing the last connection checkpoints the WAL into the file and
/// deletes it. Off until a file is proven casekit's: opening another
/// program's file (or a newer casekit's) must leave it exactly as it was.
static inline void casekit_checkpoint_on_close(sqlite3 *db, int enabled) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, !enabled, (int *)0);
}
