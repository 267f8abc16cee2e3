"""One replica of two killed under load behind nginx: every request still gets exactly one
answer, and the shared PostgreSQL log has exactly one row per answer (and none for a request
no client was answered); after SIGKILL, once the dead replica's journal is replayed."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from rung.telemetry.log import RequestLog
from tests.gateway.test_shutdown import start_upstream
from tests.replicas.cluster import Cluster, drive, nginx

TOTAL = 3000
KILL_AFTER = 800


@pytest.fixture
def cluster(pg_url: str, tmp_path: Path) -> Iterator[Cluster]:
    if nginx() is None:
        pytest.skip("nginx is not installed (Debian's nginx-light; scripts/ci-deps.sh)")
    upstream, upstream_port = start_upstream()
    cluster = None
    try:
        cluster = Cluster(tmp_path, pg_url, upstream_port)
        yield cluster
    finally:
        if cluster is not None:
            cluster.close()
        upstream.kill()
        upstream.wait()


async def load(cluster: Cluster, sig: int) -> list[httpx.Response]:
    """TOTAL requests through nginx; after KILL_AFTER answers replica 0 gets `sig`."""

    async def kill(n: int) -> None:
        if n == KILL_AFTER:
            cluster.stop_replica(0, sig)

    return await drive(cluster, TOTAL, kill)


def rows(url: str) -> dict[str, int]:
    with psycopg.connect(url) as db:
        return dict(db.execute("SELECT id, status FROM requests").fetchall())  # type: ignore[arg-type]


def check(answers: list[httpx.Response], cluster: Cluster) -> tuple[set[str], dict[str, str]]:
    assert len(answers) == TOTAL  # one answer per request: no error reached a client
    assert {a.status_code for a in answers} == {200}
    ids = [a.headers["x-request-id"] for a in answers]
    assert len(set(ids)) == TOTAL
    by = {a.headers["x-request-id"]: a.headers["x-upstream"].split(",")[-1].strip()
          for a in answers}  # fmt: skip
    killed = f"127.0.0.1:{cluster.ports[0]}"
    served = {port: sum(1 for v in by.values() if v.endswith(f":{port}"))
              for port in cluster.ports}  # fmt: skip
    assert served[cluster.ports[0]] >= KILL_AFTER // 4 and served[cluster.ports[1]] > 0
    assert sum(1 for i in ids[KILL_AFTER + 100 :] if by[i] == killed) == 0  # A gone for good
    return set(ids), by


def test_sigterm_one_replica_under_load(cluster: Cluster, pg_url: str) -> None:
    """A replica told to stop (docker stop, a rolling update) finishes what it has, writes
    its rows and leaves; nginx sends the rest to the other: one answer and one row each."""
    answers = asyncio.run(load(cluster, signal.SIGTERM))
    ids, _ = check(answers, cluster)
    cluster.close()  # the survivor drains its log too
    logged = rows(pg_url)
    assert set(logged) == ids  # a row for every answer, none for anything else
    assert set(logged.values()) == {200}


def test_sigkill_one_replica_under_load(
    cluster: Cluster, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A replica that dies (SIGKILL): requests it had not answered are retried on the other
    by nginx (rung logs a request when it ends, so the dead one logged none of them);
    every request gets one answer. Rows the dead replica had answered but not yet written
    (its writer's last batch window) are in its journal, journaled before the answer's end;
    the replica restarted on its spill directory replays them: one row per answer, none
    written twice, none for a request no client was answered."""
    answers = asyncio.run(load(cluster, signal.SIGKILL))
    ids, by = check(answers, cluster)
    cluster.close()
    before = rows(pg_url)
    assert set(before) <= ids  # no row for a request no client was answered
    survivor = f":{cluster.ports[1]}"
    assert [i for i in ids - set(before) if by[i].endswith(survivor)] == []  # it lost none
    spill = tmp_path / "spill-0"
    assert list(spill.glob("*.journal-*"))  # the dead replica's journal is there
    monkeypatch.setenv("RUNG_SPILL_DIR", str(spill))  # replica 0 again, on its directory
    restarted = RequestLog(pg_url)
    restarted.start()
    assert restarted.flush()
    restarted.close()
    logged = rows(pg_url)
    assert set(logged) == ids  # exactly one row per answered request (the key is unique)
    assert set(logged.values()) == {200}
    assert list(spill.glob("*.journal-*")) == []
    print(
        f"SIGKILL: {len(ids - set(before))} rows of the killed replica's answers replayed "
        "from its journal"
    )
