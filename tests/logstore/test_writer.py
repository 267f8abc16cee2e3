"""The writer's batches (`flush_rows` records or `flush_ms` after the first, `flush` at once),
spilled batches replayed merged and exactly once, feedback rows that a killed process leaves in
its journal, and limits past 2^31 on PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import psycopg
import pytest
from click.testing import CliRunner

from rung.cli import main
from rung.keys.store import KeyStore
from rung.telemetry.log import Feedback, RequestLog, RequestRecord, _batch_rows
from rung.telemetry.logstore import Target, open_database, spill_base
from rung.telemetry.logstore.base import MERGE
from rung.telemetry.logstore.journal import Journal
from rung.telemetry.logstore.postgres import PostgresDatabase
from rung.telemetry.logstore.spill import Spill, slot_path
from tests.logstore.postgres_server import at_schema
from tests.logstore.records import records
from tests.waiting import poll

STORES = ["sqlite", "postgres"]


@pytest.fixture(params=STORES)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Target:
    if request.param == "sqlite":
        return tmp_path / "log.db"
    url: str = request.getfixturevalue("pg_url")
    return url


def query(target: Target, sql: str) -> list[tuple[Any, ...]]:
    if isinstance(target, Path):
        with sqlite3.connect(target) as db:
            return db.execute(sql).fetchall()
    with psycopg.connect(target) as pg:
        return pg.execute(sql).fetchall()


def requests(count: int, start: int = 0) -> list[RequestRecord]:
    return [r for r in records(count, start) if isinstance(r, RequestRecord)]


def stored(target: Target) -> int:
    return int(query(target, "SELECT count(*) FROM requests")[0][0])


def test_a_batch_is_written_once_flush_rows_wait(target: Target) -> None:
    log = RequestLog(target, flush_rows=10, flush_ms=600_000)  # the time limit never comes
    log.start()
    try:
        for record in requests(10):
            log.write(record)
        assert poll(lambda: stored(target), lambda n: n == 10) == 10
        for record in requests(3, start=10):
            log.write(record)
        assert log.flush()  # flush does not wait for the batch to fill
        assert stored(target) == 13
    finally:
        log.close()


def test_a_lone_record_is_written_flush_ms_after_it_came(target: Target) -> None:
    log = RequestLog(target, flush_rows=1_000, flush_ms=20)
    log.start()
    try:
        log.write(requests(1)[0])
        assert poll(lambda: stored(target), lambda n: n == 1) == 1
    finally:
        log.close()


def test_close_writes_what_lingers(target: Target) -> None:
    log = RequestLog(target, flush_rows=1_000, flush_ms=600_000)
    log.start()
    for record in requests(7):
        log.write(record)
    log.close()
    assert stored(target) == 7


def spill_file(target: Target, lines: list[dict[str, Any]]) -> Spill:
    """A spill file as a writer leaves it (one fsynced JSON line per batch), in a slot."""
    path = slot_path(spill_base(target), 7)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    return Spill(path)


def test_a_large_spill_is_replayed_merged_and_every_row_once(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = records(3_000)
    rows = [_batch_rows([r]) for r in made]  # requests and feedback, one a line
    first = _batch_rows(requests(1))  # the same request spilled again, changed since:
    again = orjson.loads(orjson.dumps(first))  # the newer copy must win, once
    again["requests"][0][5] = 499
    refused = orjson.loads(orjson.dumps(_batch_rows(requests(1, start=5_000))))
    refused["requests"][0][1] = "not a time"  # the schema refuses this line alone
    lines = [*rows, again, refused]
    spill = spill_file(pg_url, lines)
    db = PostgresDatabase(pg_url)
    parts: list[int] = []
    write = db._write

    def counted(pg: psycopg.Connection[Any], part: dict[str, list[Any]], replace: bool) -> None:
        parts.append(sum(len(v) for v in part.values()))
        write(pg, part, replace)

    monkeypatch.setattr(db, "_write", counted)
    try:
        assert spill.replay(db) == len(lines) - 1
    finally:
        db.close()
    expected = {r.id for r in made if isinstance(r, RequestRecord)}
    assert query(pg_url, "SELECT count(*), count(DISTINCT id) FROM requests")[0] == (
        len(expected), len(expected))  # fmt: skip
    assert {r[0] for r in query(pg_url, "SELECT id FROM requests")} == expected
    assert query(pg_url, "SELECT count(*) FROM calls")[0][0] == len(expected)
    feedback = sum(len(line["feedback"]) for line in rows)
    assert query(pg_url, "SELECT count(*), count(DISTINCT uid) FROM feedback")[0] == (
        feedback, feedback)  # fmt: skip
    status = f"SELECT status FROM requests WHERE id = '{requests(1)[0].id}'"
    assert query(pg_url, status) == [(499,)]
    assert not spill.replaying.exists() and not spill.path.exists()
    # merged: a handful of statements for thousands of lines, the refused one found by halving
    assert len(lines) > 4_000 and max(parts) >= MERGE and len(parts) < 40, parts
    db = PostgresDatabase(pg_url)
    try:  # replayed again (a replay that had in fact been committed): nothing is added
        assert spill_file(pg_url, rows[:10]).replay(db) == 10
    finally:
        db.close()
    assert stored(pg_url) == len(expected)


def test_a_killed_process_loses_no_feedback_row(target: Target) -> None:
    """Feedback taken but not yet written when the process died is in its journal; the next
    process writes it once, and a second replay of the same rows adds none."""
    taken = [Feedback(f"req_{i:05d}", "thumbs", 1.0, "true", 1_900_000_000.0) for i in range(25)]
    slot = slot_path(spill_base(target), 5)
    slot.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal(slot)
    for item in taken:
        journal.append(item.uid, _batch_rows([item]))
    copy = [p.read_bytes() for p in sorted(journal.slot.parent.glob("*.journal-*"))]
    for _ in range(2):
        log = RequestLog(target)
        log.start()
        assert log.flush()
        log.close()
        uids = [r[0] for r in query(target, "SELECT uid FROM feedback")]
        assert sorted(uids) == sorted(f.uid for f in taken)
        journal.path(0).write_bytes(copy[0])  # the same journal again, as if not yet replayed


def test_feedback_written_by_a_live_process_is_journaled_until_stored(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path, flush_rows=1_000, flush_ms=600_000)
    log.start()
    try:
        item = Feedback("req_1", "thumbs", 0.0, "false", 1_900_000_000.0)
        log.write(item)
        assert log._journal is not None and item.uid in log._journal
        assert log.flush()
        assert item.uid not in log._journal
        assert query(path, "SELECT uid, value FROM feedback") == [(item.uid, 0.0)]
    finally:
        log.close()


def test_limits_past_2_31_on_postgres(pg_url: str) -> None:
    big = 2**40
    result = CliRunner().invoke(main, ["teams", "create", "--log", pg_url, "--name", "huge",
                                       "--rpm", str(big), "--tpm", str(2**62)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert query(pg_url, "SELECT rpm, tpm FROM teams") == [(big, 2**62)]
    store = KeyStore(pg_url)
    try:
        assert store.team("huge")["tpm"] == 2**62
    finally:
        store.close()


def test_an_older_database_gets_bigint_limits_and_keeps_its_teams(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as db:  # what the rung before made
        at_schema(db, 8)
        db.execute("INSERT INTO teams (name, rpm, tpm, created, updated) VALUES ('t', 5, 6, 0, 0)")
        db.execute("INSERT INTO feedback (request_id, time, name, value) VALUES ('r', 0, 'n', 1)")
    open_database(pg_url).close()
    kinds = query(
        pg_url,
        "SELECT table_name, column_name, data_type FROM "
        "information_schema.columns WHERE column_name IN ('rpm', 'tpm')",
    )
    assert sorted(kinds) == [("keys", "rpm", "bigint"), ("keys", "tpm", "bigint"),
                             ("teams", "rpm", "bigint"), ("teams", "tpm", "bigint")]  # fmt: skip
    assert query(pg_url, "SELECT name, rpm, tpm FROM teams") == [("t", 5, 6)]
    assert query(pg_url, "SELECT request_id, uid FROM feedback") == [("r", None)]
