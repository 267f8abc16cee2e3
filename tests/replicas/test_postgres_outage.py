"""PostgreSQL crashed and restarted while two replicas behind nginx are under load: every
request is answered, and once it is back every answer has its row (held, spilled, replayed)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.gateway.test_shutdown import start_upstream
from tests.logstore.postgres_server import PostgresServer, running
from tests.replicas.cluster import Cluster, drive, nginx
from tests.waiting import poll

TOTAL, DOWN_AT, UP_AT = 3000, 600, 1800


@pytest.fixture
def server() -> Iterator[PostgresServer]:
    with running() as server:
        yield server


def count(url: str) -> int:
    try:
        with psycopg.connect(url, connect_timeout=3) as db:
            row = db.execute("SELECT count(*) FROM requests").fetchone()
            return int(row[0]) if row else 0
    except psycopg.OperationalError:
        return 0


async def load(cluster: Cluster, server: PostgresServer) -> list[httpx.Response]:
    """TOTAL requests through nginx; PostgreSQL crashes after DOWN_AT answers and comes back
    after UP_AT."""

    async def outage(n: int) -> None:
        if n == DOWN_AT:
            await asyncio.to_thread(server.stop, "immediate")
        elif n == UP_AT:
            await asyncio.to_thread(server.start)

    return await drive(cluster, TOTAL, outage)


def test_postgres_restarted_under_load_loses_no_row(server: PostgresServer, tmp_path: Path) -> None:
    if nginx() is None:
        pytest.skip("nginx is not installed (Debian's nginx-light; scripts/ci-deps.sh)")
    upstream, upstream_port = start_upstream()
    try:
        cluster = Cluster(tmp_path, server.url, upstream_port)
        try:
            answers = asyncio.run(load(cluster, server))
            # the replicas catch up while they run, not only when they stop
            caught_up = poll(lambda: count(server.url), lambda n: n >= TOTAL, 60)
        finally:
            cluster.close()  # SIGTERM: each replica writes (or spills) what it holds
    finally:
        upstream.kill()
        upstream.wait()
    assert caught_up == TOTAL
    assert len(answers) == TOTAL
    assert {a.status_code for a in answers} == {200}
    ids = {a.headers["x-request-id"] for a in answers}
    with psycopg.connect(server.url) as db:
        logged = {r[0] for r in db.execute("SELECT id FROM requests")}
    assert logged == ids  # every answer has its row, and only answers have one
    outage = [(tmp_path / f"replica-{i}.log").read_text() for i in range(2)]
    assert sum(text.count("cannot take rows") for text in outage) >= 1
    assert all(text.count("cannot take rows") <= 1 for text in outage)  # once per replica
