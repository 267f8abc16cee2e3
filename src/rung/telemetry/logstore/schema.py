"""The request log's schema: one list of numbered, append-only migrations written in SQLite's
SQL, and the small mapping that turns each into PostgreSQL's.

The mapping is the whole difference between the two stores' schemas: `REAL` is `DOUBLE
PRECISION`; the feedback table's `INTEGER PRIMARY KEY` (a row id) is a `BIGSERIAL`; `REFERENCES`
is dropped (SQLite does not enforce it either: a call row never waits on its request row);
`unixepoch()` is `extract(epoch FROM now())`. Every other statement runs as it is.
"""

from __future__ import annotations

import re

MIGRATIONS: list[str] = [
    """
    CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        time REAL NOT NULL,
        route TEXT,
        pattern TEXT,
        stream INTEGER NOT NULL DEFAULT 0,
        status INTEGER NOT NULL,
        error TEXT,
        latency_ms REAL,
        answered_by TEXT,
        decisions TEXT
    );
    CREATE INDEX requests_time ON requests(time);
    CREATE TABLE calls (
        request_id TEXT NOT NULL REFERENCES requests(id),
        seq INTEGER NOT NULL,
        backend TEXT NOT NULL,
        model TEXT,
        latency_ms REAL,
        ttft_ms REAL,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        status TEXT,
        error TEXT,
        PRIMARY KEY (request_id, seq)
    );
    """,
    """
    ALTER TABLE requests ADD COLUMN escalated INTEGER;
    ALTER TABLE requests ADD COLUMN cost REAL NOT NULL DEFAULT 0;
    ALTER TABLE calls ADD COLUMN cost REAL NOT NULL DEFAULT 0;
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL,
        time REAL NOT NULL,
        name TEXT NOT NULL,
        value REAL NOT NULL,
        raw TEXT
    );
    CREATE INDEX feedback_request ON feedback(request_id);
    """,
    "ALTER TABLE requests ADD COLUMN cache TEXT;",
    """
    CREATE TABLE audit (
        request_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        backend TEXT NOT NULL,
        residency TEXT,
        policy TEXT,
        action TEXT,
        kinds TEXT,
        sent_sha256 TEXT,
        raw_values TEXT,
        PRIMARY KEY (request_id, seq)
    );
    """,
    """
    ALTER TABLE requests ADD COLUMN variant TEXT;
    ALTER TABLE requests ADD COLUMN parent_id TEXT;
    """,
    "ALTER TABLE requests ADD COLUMN prompt TEXT;",
    """
    CREATE TABLE teams (
        name TEXT PRIMARY KEY,
        rpm INTEGER,
        tpm INTEGER,
        budget REAL,
        period TEXT NOT NULL DEFAULT 'month',
        privacy TEXT,
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    CREATE TABLE keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        team TEXT,
        routes TEXT,
        rpm INTEGER,
        tpm INTEGER,
        budget REAL,
        period TEXT NOT NULL DEFAULT 'month',
        privacy TEXT,
        request_tests INTEGER NOT NULL DEFAULT 0,
        expires REAL,
        revoked REAL,
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    ALTER TABLE requests ADD COLUMN key_id TEXT;
    ALTER TABLE requests ADD COLUMN key_name TEXT;
    ALTER TABLE requests ADD COLUMN team TEXT;
    """,
    """
    ALTER TABLE requests ADD COLUMN finish_reason TEXT;
    ALTER TABLE calls ADD COLUMN finish_reason TEXT;
    CREATE INDEX requests_parent ON requests(parent_id) WHERE parent_id IS NOT NULL;
    """,
    # A feedback row gets a unique key when it is taken, so its journal copy (a process
    # killed before the writer committed it) is written once; older rows have none (NULL).
    """
    ALTER TABLE feedback ADD COLUMN uid TEXT;
    CREATE UNIQUE INDEX feedback_uid ON feedback(uid);
    """,
    # Limits past 2^31 - 1 (tokens per minute of a large team): SQLite's INTEGER is 64-bit
    # already, so this one is PostgreSQL's only (`POSTGRES_ONLY`); SQLite records it alone.
    "SELECT 1",
]
POSTGRES_ONLY: dict[int, str] = {  # migration number -> what PostgreSQL runs instead
    10: """
    ALTER TABLE teams ALTER COLUMN rpm TYPE BIGINT, ALTER COLUMN tpm TYPE BIGINT;
    ALTER TABLE keys ALTER COLUMN rpm TYPE BIGINT, ALTER COLUMN tpm TYPE BIGINT
    """,
}
MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied REAL)"
)
APPLIED = "INSERT INTO migrations VALUES ({version}, unixepoch())"

REQUEST_COLUMNS = (
    "id, time, route, pattern, stream, status, error, latency_ms, answered_by, decisions,"
    " escalated, cost, cache, variant, parent_id, prompt, key_id, key_name, team, finish_reason"
)
CALL_COLUMNS = (
    "request_id, seq, backend, model, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
    " status, error, cost, finish_reason"
)
AUDIT_COLUMNS = (
    "request_id, seq, backend, residency, policy, action, kinds, sent_sha256, raw_values"
)
FEEDBACK_COLUMNS = "request_id, time, name, value, raw, uid"
TABLES: dict[str, tuple[str, str | None]] = {  # table -> its columns and its key (a row
    "requests": (REQUEST_COLUMNS, "id"),  # with the same key replaces the old one)
    "calls": (CALL_COLUMNS, "request_id, seq"),
    "audit": (AUDIT_COLUMNS, "request_id, seq"),
    "feedback": (FEEDBACK_COLUMNS, "uid"),  # a new uid each time (NULL: a row of old)
}

_POSTGRES = [
    (re.compile(r"\bid INTEGER PRIMARY KEY\b"), "id BIGSERIAL PRIMARY KEY"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    (re.compile(r"\s+REFERENCES \w+\(\w+\)"), ""),
    (re.compile(r"\bunixepoch\(\)"), "extract(epoch FROM now())"),
]


def postgres(sql: str, version: int | None = None) -> str:
    """A migration (or any statement of this module) in PostgreSQL's SQL; with `version`,
    that migration's (`POSTGRES_ONLY`'s, if it has one)."""
    if version is not None:
        sql = POSTGRES_ONLY.get(version, sql)
    for pattern, replacement in _POSTGRES:
        sql = pattern.sub(replacement, sql)
    return sql


def columns(table: str) -> list[str]:
    return [c.strip() for c in TABLES[table][0].split(",")]


def padded(table: str, row: list[object]) -> list[object]:
    """A row written by an older rung (a spill file) with None for the columns added since
    (a migration only appends columns, so they are the last ones)."""
    missing = len(columns(table)) - len(row)
    return [*row, *([None] * missing)] if missing > 0 else row
