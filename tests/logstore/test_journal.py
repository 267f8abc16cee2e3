"""The log journal (`rung.telemetry.logstore.journal`): a request's row is on local disk from
before its answer ends until the store has it, so a writer killed outright loses none; a dead
process's journal is replayed once, never over a row the store already has, and a live
process's journal is never touched by another."""

from __future__ import annotations

import asyncio
import logging
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from rung.gateway.logged import LoggedRequest
from rung.telemetry.log import RequestLog, RequestRecord, _batch_rows
from rung.telemetry.logstore import journal as journals
from rung.telemetry.logstore import open_database
from rung.telemetry.logstore.journal import Journal, generations
from rung.telemetry.logstore.spill import slot_path
from tests.logstore.records import records

ROOT = Path(__file__).resolve().parents[2]


def requests(count: int, start: int = 0) -> list[RequestRecord]:
    return [r for r in records(count, start) if isinstance(r, RequestRecord)]


def logged(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT id, status FROM requests").fetchall())


def calls(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM calls").fetchone()[0])


def journal_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".spill*.journal-*"))


def orphan_journal(path: Path, rows: list[RequestRecord], slot: int = 5) -> Path:
    """A journal as a dead process leaves it: in a slot no one holds, its rows not written."""
    journal = Journal(slot_path(path, slot))
    for record in rows:
        journal.append(record.id, _batch_rows([record]))
    (file,) = generations(slot_path(path, slot))
    return file


def run(log: RequestLog) -> None:
    log.start()
    assert log.flush()
    log.close()


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from rung.telemetry.log import RequestLog
from tests.logstore.test_journal import requests
log = RequestLog(Path(sys.argv[1]))
log.start()
rows = requests(60)
for record in rows[:30]:
    log.write(record)
assert log.flush()  # these 30 are in the store
for record in rows[30:]:
    log.journal(record)  # answered, handed over, not yet written when the kill comes
print("journaled", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_writers_journal_is_replayed_once(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    script = tmp_path / "writer.py"
    script.write_text(KILLED_WRITER)
    env = {"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, str(script), str(path)], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.strip() == "journaled"
    assert len(logged(path)) == 30
    assert journal_files(path)  # the 30 unwritten rows are on disk
    run(RequestLog(path))  # the next process on this log (it takes the dead one's slot)
    expected = {r.id for r in requests(60)}
    assert set(logged(path)) == expected
    assert calls(path) == 60
    assert journal_files(path) == []
    run(RequestLog(path))  # and once only
    assert set(logged(path)) == expected and calls(path) == 60


def test_a_row_already_in_the_store_is_not_replaced_by_its_journal_copy(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    rows = requests(10)
    orphan_journal(path, rows)  # the journal copy: as the answer ended (status 200)
    final = rows[0]
    final.status, final.error = 499, "client disconnected"  # what the writer then committed
    db = open_database(path)
    db.insert(_batch_rows([final]))
    db.close()
    run(RequestLog(path))
    statuses = logged(path)
    assert set(statuses) == {r.id for r in rows}
    assert statuses[final.id] == 499
    assert calls(path) == 10


def test_a_torn_last_line_is_skipped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "log.db"
    rows = requests(4)
    file = orphan_journal(path, rows[:3])
    with file.open("ab") as out:  # killed in the middle of the fourth append
        out.write(b'{"requests": [["' + rows[3].id.encode() + b'", 1.0')
    with caplog.at_level(logging.WARNING, logger="rung.log"):
        run(RequestLog(path))
    assert set(logged(path)) == {r.id for r in rows[:3]}
    assert "torn last line" in caplog.text
    assert journal_files(path) == []


def test_a_live_process_journal_is_never_replayed_by_another(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    live = RequestLog(path)
    live.start()
    waiting = requests(5)
    for record in waiting:
        live.journal(record)  # handed over, not written yet
    files = journal_files(path)
    assert files
    other = RequestLog(path)  # another worker on the same log: its own slot
    run(other)
    assert other._orphans == []
    assert set(logged(path)).isdisjoint(r.id for r in waiting)
    assert journal_files(path) == files
    for record in waiting:
        live.write(record)
    assert live.flush()
    live.close()
    assert set(logged(path)) == {r.id for r in waiting}
    assert journal_files(path) == []


def test_the_journal_is_emptied_at_commits_and_rotated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journals, "ROTATE", 4096)
    path = tmp_path / "log.db"
    log = RequestLog(path)
    log.start()
    for record in requests(200):
        log.write(record)
    assert log.flush()
    files = journal_files(path)
    assert len(files) <= 1  # older generations deleted once their rows are written
    assert all(f.stat().st_size == 0 for f in files)  # the current one emptied
    log.close()
    assert journal_files(path) == []
    assert len(logged(path)) == 200


def test_no_journal_when_off(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path, journal=False)
    log.start()
    for record in requests(5):
        log.journal(record)
        assert journal_files(path) == []
        log.write(record)
    assert log.flush()
    log.close()
    assert len(logged(path)) == 5


def test_rows_are_scrubbed_before_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "log.db"

    def scrub(record: RequestRecord) -> None:
        record.prompt = (record.prompt or "").replace("sk-secret", "***")

    log = RequestLog(path, prepare=[scrub])
    log.start()
    record = requests(1)[0]
    record.prompt = "my key is sk-secret"
    log.journal(record)
    (file,) = journal_files(path)
    text = file.read_bytes()
    assert b"my key is ***" in text and b"sk-secret" not in text
    log.write(record)
    assert log.flush()
    log.close()


class Streamed(LoggedRequest):
    """An answer as a stream: two events, the end event, then the empty last message."""

    async def _answer(self) -> None:
        await self.send({"type": "http.response.start", "status": 200, "headers": []})
        for body in (b"data: {}\n\n", b"data: {}\n\ndata: [DONE]\n\n", b""):
            await self.send({"type": "http.response.body", "body": body, "more_body": body != b""})

    async def _error(self, error: Any) -> None:
        raise AssertionError(error)


def test_the_row_is_journaled_before_the_end_of_the_answer(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path)
    log.start()
    seen: list[tuple[bytes, bool]] = []  # each body message, and whether the row was on disk

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            on_disk = any(request.record.id.encode() in f.read_bytes() for f in journal_files(path))
            seen.append((message["body"], on_disk))

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    gateway = SimpleNamespace(log=log)
    request = Streamed(gateway, {"type": "http", "state": {}}, receive, send)  # type: ignore[arg-type]
    asyncio.run(request.run())
    assert seen == [(b"data: {}\n\n", False), (b"data: {}\n\ndata: [DONE]\n\n", True), (b"", True)]
    assert log.flush()
    log.close()
    assert set(logged(path)) == {request.record.id}
    assert journal_files(path) == []


def test_a_relayed_stream_s_row_is_journaled_before_its_done_goes_out(
    serve: Any, tmp_path: Path
) -> None:
    """The relay (a fixed route, OpenAI's events passed as bytes) journals the row itself,
    before the block holding [DONE] goes to the client."""
    import httpx

    from tests.servers import ScriptedServer, sse

    seen: list[tuple[bytes, bool]] = []  # each body message, and whether its row was on disk
    ids: list[bytes] = []

    def watching(app: Any) -> Any:
        async def watched(scope: Any, receive: Any, send: Any) -> None:
            async def watch(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    ids.extend(v for k, v in message["headers"] if k == b"x-request-id")
                elif message["type"] == "http.response.body" and ids:
                    files = journal_files(tmp_path / "log0.db")
                    on_disk = any(ids[-1] in file.read_bytes() for file in files)
                    seen.append((message.get("body", b""), on_disk))
                await send(message)

            await app(scope, receive, watch)

        return watched

    chat = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], "stream": True}
    model = {"backend": "openai", "base_url": "", "model": "m", "num_retries": 0}
    with ScriptedServer(sse(["a", "b", "c"])) as upstream:
        config = {"models": {"up": {**model, "base_url": upstream.url}},
                  "routes": {"chat": {"model": "up"}}}  # fmt: skip
        with serve(config, watching) as gateway:
            url = gateway.url + "/v1/chat/completions"
            answer = httpx.post(url, json=chat, timeout=30)
            [row] = gateway.log_rows()
    assert answer.text.endswith("data: [DONE]\n\n") and row["stream"] == 1
    ending = [on_disk for body, on_disk in seen if b"[DONE]" in body]
    assert ending == [True]  # the block with [DONE] went out with the row already on disk
