#!/usr/bin/env python3
"""Deterministic benchmark data: N cases (about 30% active), ~10 events each.

Shaped like a real queue: active cases were opened in the last 60 days and
touched in the last 10; resolved cases (3%) await their follow-up; closed
cases (67%) span two years.

The schema comes from casekit itself (it creates and migrates the file); this
script only fills it. Same seed, same N: the same database, byte for byte in
content. Usage: generate.py CASEKIT_BINARY PATH N
"""
import os
import random
import sqlite3
import subprocess
import sys
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

NOW = 1795356000  # 2026-11-22T09:00 in America/New_York (the benchmark's CASEKIT_NOW)
DAY = 86400
ZONE = ZoneInfo("America/New_York")


def whole_day(instant):
    """How casekit stores the whole local day of `instant`: the end of that
    calendar day counted in UTC, zone-free (see Due.deadline)."""
    date = datetime.fromtimestamp(instant, ZONE).date()
    return (date.toordinal() - datetime(1970, 1, 1).toordinal() + 1) * DAY

WORDS = ("invoice refund login export VPN DNS printer password billing sync upload "
         "timeout crash report license portal mobile email calendar webhook").split()
PROBLEMS = ("fails drops is slow shows an error double-charged missing locked out "
            "wrong total not arriving").split(" ")
VERBS = "Call Email Ask Send Check Confirm Schedule Refund Escalate Review".split()
CONTEXTS = ["@phone", "@email", "@chat", "@computer", None]
TAGS = ["billing", "vip", "network", "dns", "mobile", "bug", "outage", "refund", "sso", "api",
        "export", "onboarding", "security", "churn-risk", "legal"]
MOODS = ["calm", "confused", "anxious", "frustrated", "angry", "happy"]
TEAMS = ["Tier 2", "Billing", "Network Ops", "Engineering", "Security"]


def main():
    binary, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if os.path.exists(path):
        os.remove(path)
    env = dict(os.environ, CASEKIT_NOW="2026-11-22T09:00", TZ="America/New_York")
    # Importing an empty export creates the file with casekit's schema (a
    # read command such as `list` creates nothing).
    subprocess.run([binary, "import", "-", "--db", path], check=True, env=env, stdout=subprocess.DEVNULL,
                   input=b'{"format": "casekit-export", "version": 1, "cases": []}')
    rng = random.Random(count)
    customers = [f"Customer {i:04d} Ltd" for i in range(2000)]
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    cases, tags, actions, events, escalations, checkins = [], [], [], [], [], []

    def new_uuid():
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    for case_id in range(1, count + 1):
        roll = rng.random()
        status = ("open" if roll < 0.18 else "waiting" if roll < 0.24 else "escalated" if roll < 0.30
                  else "resolved" if roll < 0.33 else "closed")
        active = status in ("open", "waiting", "escalated")
        if active:
            created = NOW - rng.randrange(60 * DAY)
            last_touch = NOW - rng.randrange(min(10 * DAY, NOW - created) + 1)
        elif status == "resolved":
            created = NOW - rng.randrange(3 * DAY, 30 * DAY)
            last_touch = NOW - rng.randrange(3 * DAY)
        else:
            created = NOW - rng.randrange(30 * DAY, 2 * 365 * DAY)
            last_touch = created + rng.randrange(30 * DAY)
        title = f"{rng.choice(WORDS).capitalize()} {rng.choice(PROBLEMS)} for {rng.choice(WORDS)} users"
        at = created
        n_events = rng.randint(6, 14)
        step = max(60, (last_touch - created) // (n_events - 1))
        case_events = []
        for index in range(n_events):
            kind = "opened" if index == 0 else rng.choice(["note", "note", "next", "done", "edited", "contact"])
            mood = rng.choice(MOODS) if kind in ("opened", "note") and rng.random() < 0.3 else None
            case_events.append((new_uuid(), case_id, at, kind, title if index == 0 else f"{kind} {index}", mood))
            at = min(at + step, last_touch)
        updated = at
        events.extend(case_events)
        follow_up = whole_day(NOW + rng.randrange(-5, 10) * DAY) if status == "waiting" else None
        resolved_at = updated if status in ("resolved", "closed") else None
        cases.append((case_id, new_uuid(), title, rng.choice(customers), f"ZD-{10000 + case_id}",
                      rng.choice(["low", "normal", "normal", "normal", "high", "urgent"]), None, status,
                      "customer" if status == "waiting" else None, follow_up, 1, resolved_at, 0, created, updated,
                      # What casekit keeps in cases.latest_mood: the mood of the latest event with one.
                      next((event[5] for event in reversed(case_events) if event[5]), None)))
        for tag in rng.sample(TAGS, rng.randint(0, 2)):
            tags.append((case_id, tag))
        for history in range(rng.randint(1, 2)):
            actions.append((new_uuid(), case_id, f"{rng.choice(VERBS)} the customer about step {history}", None,
                            None, 0, "done", created, created + 3600))
        if active and rng.random() < 0.9:
            due = whole_day(NOW + rng.randrange(-10, 20) * DAY) if rng.random() < 0.8 else None
            actions.append((new_uuid(), case_id, f"{rng.choice(VERBS)} {rng.choice(WORDS)} team about the {rng.choice(WORDS)}",
                            rng.choice(CONTEXTS), due, 1 if due else 0, "pending", updated, None))
        if status == "escalated":
            escalations.append((new_uuid(), case_id, rng.choice(TEAMS), "needs a fix", "2d", updated, None))
        if status == "resolved" and rng.random() < 0.9:
            checkins.append((new_uuid(), case_id, "follow-up", whole_day(resolved_at + 3 * DAY), 1, "Did the fix hold?", None,
                             "pending", None, resolved_at, None))
        elif rng.random() < 0.3:
            state = "pending" if active else "done"
            checkins.append((new_uuid(), case_id, "check-in", whole_day(NOW + rng.randrange(-5, 10) * DAY), 1,
                             "check the fix holds", rng.choice(["email", "phone", "chat"]), state, None, updated,
                             None if state == "pending" else updated))

    with db:
        db.executemany("INSERT INTO cases (id, uuid, title, customer, ref, priority, outcome, status, waiting_on, "
                       "follow_up_at, follow_up_all_day, resolved_at, no_checkin, created_at, updated_at, latest_mood) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cases)
        db.executemany("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", tags)
        db.executemany("INSERT INTO next_actions (uuid, case_id, text, context, due_at, due_all_day, state, "
                       "created_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?)", actions)
        db.executemany("INSERT INTO events (uuid, case_id, at, kind, text, mood) VALUES (?,?,?,?,?,?)", events)
        db.executemany("INSERT INTO escalations (uuid, case_id, team, reason, cadence, started_at, ended_at) "
                       "VALUES (?,?,?,?,?,?,?)", escalations)
        db.executemany("INSERT INTO check_ins (uuid, case_id, purpose, due_at, due_all_day, note, channel, state, "
                       "outcome, created_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", checkins)
        # The rows went in behind casekit's back: with the schema version set
        # back to 9, casekit's own migration 10 derives the agenda's copied
        # columns (AgendaColumns) from them, as for any older file.
        db.execute("PRAGMA user_version = 9")
    db.close()
    subprocess.run([binary, "list", "--limit", "1", "--db", path], check=True, env=env, stdout=subprocess.DEVNULL)
    active = sum(1 for c in cases if c[7] in ("open", "waiting", "escalated"))
    print(f"{path}: {count} cases ({active} active), {len(events)} events, {len(actions)} next actions")


if __name__ == "__main__":
    main()
