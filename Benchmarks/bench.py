#!/usr/bin/env python3
"""Times casekit commands as whole processes, beside the sqlite3 CLI running the
equivalent query on the same file. Prints medians in milliseconds.

Usage: bench.py [--sizes 10000,100000] [--runs 25] [--binary .build/release/casekit]
"""
import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = 1795356000

LIST_SQL = f"""
SELECT c.id, c.uuid, c.title, c.customer, c.ref, c.priority, c.outcome, c.status, c.waiting_on,
  c.follow_up_at, c.follow_up_all_day, c.created_at, c.updated_at, c.resolved_at,
  (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)),
  n.id, n.text, n.context, n.due_at, n.due_all_day, n.state, n.created_at, n.finished_at
FROM cases c LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'
WHERE c.status IN ('open', 'waiting', 'escalated')
ORDER BY n.due_at IS NULL, n.due_at,
  CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.id;
"""
# What `list --limit 50` runs: timed and whole-day next actions straight off the due-date index,
# and waiting cases' timed and whole-day follow-ups off theirs (casekit merges the four).
LIST_DATED_50_SQL = """
SELECT c.id, c.uuid, c.title, c.customer, c.ref, c.priority, c.outcome, c.status, c.waiting_on,
  c.follow_up_at, c.follow_up_all_day, c.created_at, c.updated_at, c.resolved_at,
  (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)),
  n.id, n.text, n.context, n.due_at, n.due_all_day, n.state, n.created_at, n.finished_at
FROM next_actions n JOIN cases c ON c.id = n.case_id AND n.state = 'pending'
WHERE n.due_at IS NOT NULL AND n.due_all_day = 0 AND n.snoozed = 0 AND +c.status IN ('open', 'waiting', 'escalated')
ORDER BY n.due_at, n.priority_rank, n.case_id
LIMIT 50;
SELECT c.id, c.uuid, c.title, c.customer, c.ref, c.priority, c.outcome, c.status, c.waiting_on,
  c.follow_up_at, c.follow_up_all_day, c.created_at, c.updated_at, c.resolved_at,
  (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)),
  n.id, n.text, n.context, n.due_at, n.due_all_day, n.state, n.created_at, n.finished_at
FROM next_actions n JOIN cases c ON c.id = n.case_id AND n.state = 'pending'
WHERE n.due_at IS NOT NULL AND n.due_all_day = 1 AND n.snoozed = 0 AND +c.status IN ('open', 'waiting', 'escalated')
ORDER BY n.due_at, n.priority_rank, n.case_id
LIMIT 50;
SELECT c.id, c.uuid, c.title, c.customer, c.ref, c.priority, c.outcome, c.status, c.waiting_on,
  c.follow_up_at, c.follow_up_all_day, c.created_at, c.updated_at, c.resolved_at,
  (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)),
  n.id, n.text, n.context, n.due_at, n.due_all_day, n.state, n.created_at, n.finished_at
FROM cases c INDEXED BY cases_follow_up LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'
WHERE c.status = 'waiting' AND c.follow_up_all_day = 0 AND +c.status IN ('open', 'waiting', 'escalated')
ORDER BY c.follow_up_at, CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.id
LIMIT 50;
SELECT c.id, c.uuid, c.title, c.customer, c.ref, c.priority, c.outcome, c.status, c.waiting_on,
  c.follow_up_at, c.follow_up_all_day, c.created_at, c.updated_at, c.resolved_at,
  (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)),
  n.id, n.text, n.context, n.due_at, n.due_all_day, n.state, n.created_at, n.finished_at
FROM cases c INDEXED BY cases_follow_up LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending'
WHERE c.status = 'waiting' AND c.follow_up_all_day = 1 AND +c.status IN ('open', 'waiting', 'escalated')
ORDER BY c.follow_up_at, CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.id
LIMIT 50;
"""
# Whole-day values are zone-free (the day's end counted in UTC): "due by" compares them with the
# local wall clock, timed ones with the instant, and both are ordered by the instant they fall due.
DUE_ORDER = "CASE {t}.due_all_day WHEN 1 THEN CAST(strftime('%s', {t}.due_at, 'unixepoch', 'utc') AS INTEGER) ELSE {t}.due_at END"
# What `today` runs at 2026-11-22T09:00 (end of today 1795410000, on the wall clock 1795392000; end
# of week the same: a Sunday; now on the wall clock {NOW} - 5 h), showing 10 items per section: for
# the overdue and due-today windows, four streams (next actions and check-ins, timed and whole-day)
# straight off the due-date indexes, each stopping after 10 rows, and two COUNTs for the total;
# the week's count; then the undated sections, the follow-ups, the upset customers and the counts.
PRIORITY_RANK = "CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"
INT64_MIN = -2**63
WALL_NOW = NOW - 5 * 3600


def due_within(t, lower, upper):
    """`Store.dueWithin` with its values spelled out: (instant, wall clock) bounds."""
    (lower_instant, lower_wall), (upper_instant, upper_wall) = lower, upper
    return (f"{t}.due_all_day IN (0, 1) AND {t}.due_at > {min(lower_instant, lower_wall)} "
            f"AND {t}.due_at <= {max(upper_instant, upper_wall)} "
            f"AND {t}.due_at > CASE {t}.due_all_day WHEN 1 THEN {lower_wall} ELSE {lower_instant} END "
            f"AND {t}.due_at <= CASE {t}.due_all_day WHEN 1 THEN {upper_wall} ELSE {upper_instant} END")


def agenda_window(lower, upper, limit=10):
    streams = "".join(f"""
SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, n.uuid, n.text, n.context, n.due_at, n.due_all_day
FROM next_actions n JOIN cases c ON c.id = n.case_id
WHERE n.state = 'pending' AND {due_within("n", lower, upper)} AND n.snoozed = 0 AND n.due_all_day = {all_day}
ORDER BY n.due_at, n.priority_rank, n.case_id LIMIT {limit};
SELECT c.customer, c.title, c.priority, c.latest_mood, c.status,
  CASE c.status WHEN 'escalated' THEN (SELECT team FROM escalations e WHERE e.case_id = c.id AND e.ended_at IS NULL) END,
  k.*
FROM check_ins k JOIN cases c ON c.id = k.case_id
WHERE k.state = 'pending' AND {due_within("k", lower, upper)} AND k.due_all_day = {all_day}
ORDER BY k.due_at, k.priority_rank, k.case_id, k.id LIMIT {limit};""" for all_day in (0, 1))
    return streams + agenda_count(lower, upper)


def agenda_count(lower, upper):
    return f"""
SELECT count(*) FROM next_actions n WHERE n.state = 'pending' AND {due_within("n", lower, upper)} AND n.snoozed = 0;
SELECT count(*) FROM check_ins k WHERE k.state = 'pending' AND {due_within("k", lower, upper)};"""


START, NOW_BOUND, END_OF_TODAY = (INT64_MIN, INT64_MIN), (NOW, WALL_NOW), (1795410000, 1795392000)
UNPLANNED = "c.status IN ('open', 'escalated') AND c.next_step <> 'dated'"
FOLLOW_UP_DUE = ("c.status = 'waiting' AND c.follow_up_at <= 1795410000 "
                 "AND c.follow_up_at <= CASE c.follow_up_all_day WHEN 1 THEN 1795392000 ELSE 1795410000 END")
UPSET = f"""c.status IN ('open', 'waiting', 'escalated') AND c.latest_mood IN ('anxious', 'frustrated', 'angry')
  AND (c.last_contact_at IS NULL OR c.last_contact_at <= {NOW - 86400})
  AND NOT ({FOLLOW_UP_DUE}) AND NOT ({UNPLANNED} AND (c.next_step = 'none' OR c.priority IN ('urgent', 'high')))
  AND c.id NOT IN (SELECT n.case_id FROM next_actions n WHERE n.state = 'pending' AND {due_within("n", START, END_OF_TODAY)}
                     AND n.snoozed = 0
                   UNION ALL SELECT k.case_id FROM check_ins k WHERE k.state = 'pending' AND {due_within("k", START, END_OF_TODAY)})"""


def case_section(index, condition, limit=10):
    """A case section: its count off the index, then its first cases' lines."""
    return f"""
SELECT count(*) FROM cases c INDEXED BY {index} WHERE {condition};
SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, c.last_contact_at, n.text, n.context
FROM (SELECT c.id FROM cases c INDEXED BY {index} WHERE {condition} ORDER BY {PRIORITY_RANK}, c.id LIMIT {limit}) AS first
JOIN cases c ON c.id = first.id LEFT JOIN next_actions n ON n.case_id = c.id AND n.state = 'pending';"""


# What `today` runs at 2026-11-22T09:00 (end of today 1795410000, on the wall clock 1795392000; end
# of week the same: a Sunday; now on the wall clock {NOW} - 5 h), showing 10 items per section: for
# the overdue and due-today windows, four streams straight off the due-date indexes, each reading
# 10 entries, and two COUNTs off the indexes alone; then each case section's count and first ten
# (casekit sets the upset section's cases due today aside in Swift; sqlite3 runs SQL's NOT IN).
TODAY_SQL = (agenda_window(START, NOW_BOUND) + agenda_window(NOW_BOUND, END_OF_TODAY)
             + case_section("cases_unplanned", f"{UNPLANNED} AND c.priority IN ('urgent', 'high')")
             + case_section("cases_unplanned", f"{UNPLANNED} AND c.next_step = 'none' AND c.priority NOT IN ('urgent', 'high')")
             + f"""
SELECT count(*) FROM cases c INDEXED BY cases_follow_up WHERE {FOLLOW_UP_DUE};"""
             + "".join(f"""
SELECT c.id, c.customer, c.title, c.priority, c.latest_mood, c.last_contact_at, c.waiting_on, c.follow_up_at, c.follow_up_all_day
FROM cases c INDEXED BY cases_follow_up WHERE {FOLLOW_UP_DUE} AND c.follow_up_all_day = {all_day}
ORDER BY c.follow_up_at, {PRIORITY_RANK}, c.id LIMIT 10;""" for all_day in (0, 1))
             + case_section("cases_upset", UPSET)
             + """
SELECT count(*) FROM cases WHERE status IN ('open', 'waiting', 'escalated');
SELECT max(at) FROM reviews;
""")
# `{limit}` is the instant, `{wall}` the same moment on the wall clock.
CHECKIN_LIST_SQL = f"""
SELECT c.customer, c.title, k.id, k.case_id, k.purpose, k.due_at, k.due_all_day, k.note, k.channel, k.state, k.outcome
FROM check_ins k JOIN cases c ON c.id = k.case_id
WHERE k.state = 'pending' AND k.due_at <= {{limit}}
  AND k.due_at <= CASE k.due_all_day WHEN 1 THEN {{wall}} ELSE {{limit}} END AND +c.status <> 'closed'
ORDER BY {DUE_ORDER.format(t="k")}, k.id;
"""
SHOW_SQL = """
SELECT * FROM cases WHERE id = {id};
SELECT tag FROM case_tags WHERE case_id = {id} ORDER BY tag;
SELECT * FROM next_actions WHERE case_id = {id} AND state = 'pending';
SELECT * FROM check_ins WHERE case_id = {id} ORDER BY due_at, id;
SELECT * FROM escalations WHERE case_id = {id} AND ended_at IS NULL;
SELECT uuid, at, kind, text, mood FROM events WHERE case_id = {id} ORDER BY at, id;
"""
OPEN_SQL = f"""
BEGIN IMMEDIATE;
INSERT INTO cases (uuid, title, customer, priority, created_at, updated_at)
  VALUES (lower(hex(randomblob(16))), 'Benchmark case', 'Bench Ltd', 'normal', {NOW}, {NOW});
INSERT INTO events (uuid, case_id, at, kind, text) VALUES (lower(hex(randomblob(16))), last_insert_rowid(), {NOW}, 'opened', 'Benchmark case');
COMMIT;
"""
NEXT_SQL = """
BEGIN IMMEDIATE;
UPDATE next_actions SET state = 'replaced', finished_at = {now} WHERE case_id = {id} AND state = 'pending';
INSERT INTO next_actions (uuid, case_id, text, created_at) VALUES (lower(hex(randomblob(16))), {id}, 'Call the customer back', {now});
INSERT INTO events (uuid, case_id, at, kind, text) VALUES (lower(hex(randomblob(16))), {id}, {now}, 'next', 'Call the customer back');
UPDATE cases SET updated_at = {now} WHERE id = {id};
COMMIT;
"""


def median_ms(command, runs, env):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def median_ms_and_peak(command, runs, env, before=None):
    """Median wall time (ms) and the largest peak RSS (MB), via /usr/bin/time."""
    samples, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, check=True)
        seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
        samples.append(float(seconds) * 1000)
        peaks.append(int(kilobytes) / 1024)
    return statistics.median(samples), max(peaks)


def sqlite(path, sql):
    return ["sqlite3", "-cmd", "PRAGMA busy_timeout = 5000", path, sql]


def exchange(binary, path, size, env, runs=3):
    """Export and import as whole processes: median time and peak memory."""
    data = os.path.join(HERE, "data")
    export = os.path.join(data, f"export-{size}.json")
    target = os.path.join(data, f"import-{size}.sqlite3")
    dump = os.path.join(data, f"dump-{size}.sql")

    def fresh_target():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        # An import's commit syncs the file system, which on ext4 also writes
        # out whatever else is dirty (the export just written): flush that
        # first, so that each run is charged for its own writes only.
        os.sync()

    ours, peak = median_ms_and_peak([binary, "export", "--db", path, "--output", export], runs, env)
    theirs, their_peak = median_ms_and_peak(
        ["sqlite3", "-json", path, "SELECT * FROM cases; SELECT * FROM next_actions; SELECT * FROM check_ins; "
                                   "SELECT * FROM escalations; SELECT * FROM events;"], runs, env)
    megabytes = os.path.getsize(export) / 2**20
    print(f"{size:>8}  {'export (json, ' + format(megabytes, '.0f') + ' MB)':<28} {ours:>10.1f} {theirs:>10.1f}"
          f"   peak {peak:.0f} MB (sqlite3 -json {their_peak:.0f} MB)", flush=True)
    ours, peak = median_ms_and_peak([binary, "import", export, "--db", target], runs, env, before=fresh_target)
    with open(dump, "w") as out:
        subprocess.run(["sqlite3", path, ".dump"], stdout=out, check=True)
    theirs, their_peak = median_ms_and_peak(["sqlite3", target, f".read {dump}"], runs, env, before=fresh_target)
    print(f"{size:>8}  {'import (into empty db)':<28} {ours:>10.1f} {theirs:>10.1f}"
          f"   peak {peak:.0f} MB = {peak / megabytes:.1f}x the file (sqlite3 .read of .dump {their_peak:.0f} MB)",
          flush=True)
    fresh_target()
    for leftover in (dump, export):
        os.remove(leftover)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "casekit"))
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    env = dict(os.environ, CASEKIT_NOW="2026-11-22T09:00", TZ="America/New_York", NO_COLOR="1")
    env.pop("SAP_SHELL", None)
    os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
    print(f"{'cases':>8}  {'command':<28} {'casekit ms':>10} {'sqlite3 ms':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        path = os.path.join(HERE, "data", f"cases-{size}.sqlite3")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), binary, path, str(size)], check=True,
                       stdout=sys.stderr)
        db = ["--db", path]
        env["CASEKIT_DB"] = path  # completion calls find the database as the shell would
        # An active case from the middle of the id range, for show and next.
        with sqlite3.connect(path) as conn:
            target = conn.execute("SELECT id FROM cases WHERE status = 'open' AND id >= ? ORDER BY id LIMIT 1",
                                  (size // 2,)).fetchone()[0]
        rows = [
            ("list (all active)", [binary, "list", *db], sqlite(path, LIST_SQL)),
            ("list --limit 50", [binary, "list", "--limit", "50", *db], sqlite(path, LIST_DATED_50_SQL)),
            (f"show {target}", [binary, "show", str(target), *db], sqlite(path, SHOW_SQL.format(id=target))),
            ("today", [binary, "today", *db], sqlite(path, TODAY_SQL)),
            ("checkin list --within 7d", [binary, "checkin", "list", "--within", "7d", *db],
             sqlite(path, CHECKIN_LIST_SQL.format(limit=NOW + 8 * 86400 - 9 * 3600, wall=NOW + 8 * 86400 - 14 * 3600))),
            ("checkin list (all pending)", [binary, "checkin", "list", *db],
             sqlite(path, CHECKIN_LIST_SQL.format(limit=2**62, wall=2**62))),
            ("complete ids (all active)", [binary, "---completion", "show", "--", "positional@0", "2", "0",
                                            "casekit", "show", ""],
             sqlite(path, "SELECT id FROM cases WHERE status IN ('open', 'waiting', 'escalated') ORDER BY id;")),
            ("complete ids, zsh (titles)", ["env", "SAP_SHELL=zsh", binary, "---completion", "show", "--", "positional@0",
                                             "2", "0", "casekit", "show", ""],
             sqlite(path, "SELECT id, title FROM cases WHERE status IN ('open', 'waiting', 'escalated') ORDER BY id;")),
            ("complete ids typed '4'", [binary, "---completion", "show", "--", "positional@0", "2", "1",
                                         "casekit", "show", "4"],
             sqlite(path, "SELECT id FROM cases WHERE status IN ('open', 'waiting', 'escalated') "
                          "AND CAST(id AS TEXT) LIKE '4%' ORDER BY id;")),
            ("complete close (resolved)", [binary, "---completion", "close", "--", "positional@0", "2", "0",
                                            "casekit", "close", ""],
             sqlite(path, "SELECT id FROM cases WHERE status = 'resolved' ORDER BY id;")),
            ("complete reopen, zsh", ["env", "SAP_SHELL=zsh", binary, "---completion", "reopen", "--", "positional@0",
                                      "2", "0", "casekit", "reopen", ""],
             sqlite(path, "SELECT id, title FROM cases WHERE status IN ('resolved', 'closed') ORDER BY id;")),
            ("review", [binary, "review", *db],
             sqlite(path, f"SELECT c.id, c.customer, c.title, c.updated_at FROM cases c "
                          f"WHERE c.status IN ('open', 'waiting', 'escalated') AND c.updated_at < {NOW - 7 * 86400} "
                          f"ORDER BY c.updated_at, c.id;")),
            ("review --json", [binary, "review", "--json", *db], None),
            ("open", [binary, "open", "Benchmark case", "--customer", "Bench Ltd", *db], sqlite(path, OPEN_SQL)),
            (f"next {target}", [binary, "next", str(target), "Call the customer back", *db],
             sqlite(path, NEXT_SQL.format(id=target, now=NOW))),
        ]
        for name, casekit, equivalent in rows:
            ours = median_ms(casekit, args.runs, env)
            theirs = f"{median_ms(equivalent, args.runs, env):>10.1f}" if equivalent else f"{'-':>10}"
            print(f"{size:>8}  {name:<28} {ours:>10.1f} {theirs}", flush=True)
        exchange(binary, path, size, env)


if __name__ == "__main__":
    main()
