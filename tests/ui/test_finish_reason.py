"""Why an answer ended (`finish_reason`) is in the request log, on both stores: a log at the
previous schema (without it) is migrated keeping its rows, new rows carry it on the request
and on each call, a spill file an older rung wrote replays into the new columns, and
`rung logs list` and the dashboard's trace show it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import orjson
import psycopg
import pytest
from click.testing import CliRunner

from rung.cli import main
from rung.telemetry.log import RequestLog, RequestRecord, recent
from rung.telemetry.logstore import Target, open_database
from rung.telemetry.logstore.schema import MIGRATIONS
from rung.telemetry.logstore.spill import Spill
from rung.types import Call, Trace
from rung.ui import standalone_app
from tests.logstore.postgres_server import at_schema
from tests.ui.test_pages import config, get

# the schema before finish_reason: the migrations before the one that adds it
PREVIOUS = next(n for n, script in enumerate(MIGRATIONS) if "finish_reason" in script)
OLD_REQUEST = (
    "INSERT INTO requests (id, time, route, pattern, status, latency_ms)"
    " VALUES (?, ?, 'r', 'fixed', 200, 9.0)"
)
OLD_CALL = "INSERT INTO calls (request_id, seq, backend, latency_ms) VALUES (?, 0, 'local', 5.0)"


def old_log(store: str, tmp_path: Path, pg_url: str | None) -> Target:
    """A log an older rung made: every migration but the last, with one request in it."""
    if store == "sqlite":
        path = tmp_path / "old.db"
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied REAL)")
            for version, script in enumerate(MIGRATIONS[:PREVIOUS], start=1):
                db.executescript(script)
                db.execute("INSERT INTO migrations VALUES (?, 0)", (version,))
            db.execute(OLD_REQUEST, ("req_old", time.time() - 5))
            db.execute(OLD_CALL, ("req_old",))
        return path
    assert pg_url is not None
    with psycopg.connect(pg_url, autocommit=True) as pg:
        at_schema(pg, PREVIOUS)
        pg.execute(OLD_REQUEST.replace("?", "%s"), ("req_old", time.time() - 5))
        pg.execute(OLD_CALL.replace("?", "%s"), ("req_old",))
    return pg_url


def answered(request_id: str, finishes: list[str | None]) -> RequestRecord:
    """A cascade's record: each call ended for its reason; the last call answered."""
    calls = []
    for n, finish in enumerate(finishes):
        call = Call(f"tier{n}", "m")
        call.finish_reason = finish
        calls.append(call)
    trace = Trace(calls=calls, answered_by=calls[-1].backend, escalated=len(calls) > 1)
    return RequestRecord(request_id, time.time(), route="json", pattern="cascade", trace=trace)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_an_old_log_migrates_and_new_rows_carry_the_finish_reason(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    pg_url = request.getfixturevalue("pg_url") if store == "postgres" else None
    target = old_log(store, tmp_path, pg_url)
    log = RequestLog(target)  # migrates the old log
    log.start()
    log.write(answered("req_new", ["length", "stop"]))
    assert log.flush()
    log.close()
    rows = {row["id"]: row for row in recent(target)}
    assert rows["req_old"]["finish_reason"] is None  # kept, with nothing to say
    assert rows["req_old"]["calls"][0]["finish_reason"] is None
    assert rows["req_new"]["finish_reason"] == "stop"  # the answering call's, not the first
    assert [c["finish_reason"] for c in rows["req_new"]["calls"]] == ["length", "stop"]
    listed = CliRunner().invoke(main, ["logs", "list", "--log", str(target)])
    assert listed.exit_code == 0, listed.output
    assert "finish" in listed.output and "stop" in listed.output
    status, html, _ = get(standalone_app(config(target)), "/ui/requests/req_new")
    assert status == 200 and 'data-figure="finish">stop<' in html
    assert "finished: length" in html  # the first tier's call, in the timeline


def test_a_spill_file_from_the_previous_schema_replays(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    request = ["req_spilled", time.time(), "r", "fixed", 0, 200, None, 3.0, "local", None,
               None, 0.0, None, None, None, None, None, None, None]  # fmt: skip
    call = ["req_spilled", 0, "local", "m", 3.0, None, 1, 2, "ok", None, 0.0]
    spill = Spill(tmp_path / "log.db.spill.jsonl")
    spill.path.write_bytes(orjson.dumps({"requests": [request], "calls": [call]}) + b"\n")
    database = open_database(path)
    try:
        assert spill.replay(database) == 1
    finally:
        database.close()
    (row,) = recent(path)
    assert row["id"] == "req_spilled" and row["finish_reason"] is None
    assert row["calls"][0]["backend"] == "local" and row["calls"][0]["finish_reason"] is None
