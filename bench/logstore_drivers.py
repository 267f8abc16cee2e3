"""Which PostgreSQL driver the request log uses, and how fast its writer is on each store.

    python bench/logstore_drivers.py [--rows 20000] [--batch 1000]
    python bench/logstore_drivers.py --paced 400 --rows 4000

Part 1 inserts the same request rows (19 columns, as the log's `requests` table) into a
throwaway local PostgreSQL in batches, one transaction each, four ways: psycopg 3
`executemany` (pipelined), asyncpg `executemany` (if installed; not a dependency), psycopg 3
`COPY` into a temporary table then one `INSERT ... ON CONFLICT` (what the log did until
issue 17's fourth round), and the rows as one JSON parameter of one prepared `INSERT ...
SELECT FROM jsonb_array_elements(...) ON CONFLICT` (what the log does: a row with the same id
replaces the old one). Best of three runs, rows per second, and the CPU time this (client)
process spent per row: in rung that time competes with the event loop for the GIL. Use
`--batch 10` for the small batches of a lightly loaded gateway.

Part 2 times rung's own writer (`RequestLog`: hooks, rows, batching) end to end, from the
first `write` to `flush` returning, for records with one call each, into SQLite and into
PostgreSQL.

Part 3 (`--paced RATE`, alone) writes `--rows` records at RATE per second, as a gateway at
that load would, and counts the writer's batches and its thread's CPU per record (run it
with `PYTHONPATH=<another tree>/src` to compare trees).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from overhead import start_postgres

COLUMNS = 19
TABLE = """DROP TABLE IF EXISTS t; CREATE TABLE t (id TEXT PRIMARY KEY, time DOUBLE PRECISION,
route TEXT, pattern TEXT, stream INTEGER, status INTEGER, error TEXT, latency_ms DOUBLE PRECISION,
answered_by TEXT, decisions TEXT, escalated INTEGER, cost DOUBLE PRECISION, cache TEXT,
variant TEXT, parent_id TEXT, prompt TEXT, key_id TEXT, key_name TEXT, team TEXT)"""
UPSERT = " ON CONFLICT (id) DO UPDATE SET time = excluded.time"


def rows(count: int) -> list[tuple[Any, ...]]:
    return [(uuid.uuid4().hex, time.time(), "chat", "fixed", 0, 200, None, 1.5, "local",
             '[{"step":"fixed"}]', None, 0.0, None, None, None, None, None, None, None)
            for _ in range(count)]  # fmt: skip


def psycopg_executemany(url: str, count: int, batch: int) -> float:
    import psycopg

    insert = "INSERT INTO t VALUES (" + ",".join(["%s"] * COLUMNS) + ")" + UPSERT
    with psycopg.connect(url, autocommit=True) as db:
        db.execute(TABLE)
        data, started = rows(count), time.perf_counter()
        for i in range(0, count, batch):
            with db.transaction():
                db.cursor().executemany(insert, data[i : i + batch])
        return count / (time.perf_counter() - started)


def psycopg_copy(url: str, count: int, batch: int) -> float:
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute(TABLE)
        db.execute("CREATE TEMP TABLE s ON COMMIT DELETE ROWS AS SELECT * FROM t WITH NO DATA")
        data, started = rows(count), time.perf_counter()
        for i in range(0, count, batch):
            with db.transaction():
                with db.cursor().copy("COPY s FROM STDIN") as copy:
                    for row in data[i : i + batch]:
                        copy.write_row(row)
                db.execute("INSERT INTO t SELECT * FROM s" + UPSERT)
        return count / (time.perf_counter() - started)


def psycopg_json(url: str, count: int, batch: int) -> float:
    """What the log does since issue 17's fourth round: a batch is one parameter (the rows
    as a JSON array, `orjson` in C) and one prepared statement in autocommit (one round trip,
    one transaction); the server unpacks it with `jsonb_array_elements`."""
    import orjson
    import psycopg

    kinds = ["text", "float8", "text", "text", "int", "int", "text", "float8", "text", "text",
             "int", "float8", "text", "text", "text", "text", "text", "text", "text"]  # fmt: skip
    values = ", ".join(f"(e->>{i})::{kind}" for i, kind in enumerate(kinds))
    insert = f"INSERT INTO t SELECT {values} FROM jsonb_array_elements(%s::jsonb) e" + UPSERT
    with psycopg.connect(url, autocommit=True) as db:
        db.execute(TABLE)
        data, started = rows(count), time.perf_counter()
        for i in range(0, count, batch):
            db.execute(insert, (orjson.dumps(data[i : i + batch]).decode(),), prepare=True)
        return count / (time.perf_counter() - started)


def asyncpg_executemany(url: str, count: int, batch: int) -> float:
    import asyncpg  # type: ignore[import-not-found]

    insert = "INSERT INTO t VALUES (" + ",".join(f"${i}" for i in range(1, 20)) + ")" + UPSERT

    async def run() -> float:
        db = await asyncpg.connect(url)
        await db.execute(TABLE)
        data, started = rows(count), time.perf_counter()
        for i in range(0, count, batch):
            async with db.transaction():
                await db.executemany(insert, data[i : i + batch])
        rate = count / (time.perf_counter() - started)
        await db.close()
        return rate

    return asyncio.run(run())


def writer(target: Any, count: int) -> float:
    from rung.telemetry.log import RequestLog, RequestRecord
    from rung.types import Call, Trace

    log = RequestLog(target)
    log.start()
    records = [RequestRecord(f"req_{uuid.uuid4().hex}", time.time(), "chat", "fixed",
                             trace=Trace(calls=[Call("up", "m", prompt_tokens=9)]))
               for _ in range(count)]  # fmt: skip
    started = time.perf_counter()
    for record in records:
        log.write(record)
    assert log.flush(600)
    rate = count / (time.perf_counter() - started)
    log.close()
    return rate


def thread_cpu(native_id: int) -> float:
    """CPU seconds one thread of this process has used (Linux /proc; 10 ms ticks)."""
    import os

    stat = Path(f"/proc/self/task/{native_id}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


def paced(target: Any, count: int, rate: float) -> tuple[int, float]:
    """`count` records written at `rate` per second (a gateway at that load): the batches the
    writer wrote and its thread's CPU µs per record."""
    from rung.telemetry.log import RequestLog, RequestRecord
    from rung.types import Call, Trace

    batches = [0]
    store = RequestLog._store

    def counted(self: Any, *args: Any) -> None:
        batches[0] += 1
        store(self, *args)

    RequestLog._store = counted  # type: ignore[method-assign]
    try:
        log = RequestLog(target)
        log.start()
        assert log._thread is not None and log._thread.native_id is not None
        tid, started = log._thread.native_id, time.perf_counter()
        cpu = thread_cpu(tid)
        for i in range(count):
            record = RequestRecord(
                f"req_{uuid.uuid4().hex}",
                time.time(),
                "chat",
                "fixed",
                trace=Trace(calls=[Call("up", "m", prompt_tokens=9)]),
            )
            log.write(record)
            time.sleep(max(0.0, started + (i + 1) / rate - time.perf_counter()))
        assert log.flush(600)
        cpu = thread_cpu(tid) - cpu
        log.close()
    finally:
        RequestLog._store = store  # type: ignore[method-assign]
    return batches[0], cpu / count * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--paced", type=float, default=0,
                        help="Only part 3: --rows records at this many per second.")  # fmt: skip
    args = parser.parse_args()
    if args.paced:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "pg").mkdir()
            (log_url,), stop = start_postgres(Path(tmp) / "pg", 1)
            try:
                print(f"rung's writer, {args.rows} records at {args.paced:g}/s")
                for name, target in (("SQLite", Path(tmp) / "log.db"), ("PostgreSQL", log_url)):
                    batches, cpu = paced(target, args.rows, args.paced)
                    print(f"  {name:<12} {batches:6d} batches ({args.rows / batches:6.1f} records "
                          f"each), writer thread {cpu:6.1f} µs CPU/record")  # fmt: skip
            finally:
                stop()
        return
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "pg").mkdir()
        (url, log_url), stop = start_postgres(Path(tmp) / "pg", 2)
        try:
            print(f"{args.rows} request rows, batches of {args.batch}, local PostgreSQL")
            ways = [("psycopg 3 executemany", psycopg_executemany),
                    ("asyncpg executemany", asyncpg_executemany),
                    ("psycopg 3 COPY + upsert", psycopg_copy),
                    ("psycopg 3 JSON, 1 statement", psycopg_json)]  # fmt: skip
            for name, way in ways:
                try:
                    cpu = time.process_time()
                    best = max(way(url, args.rows, args.batch) for _ in range(3))
                    cpu = (time.process_time() - cpu) / (3 * args.rows) * 1e6
                except ImportError:
                    print(f"  {name:<28} (not installed)")
                    continue
                print(f"  {name:<28} {best:9.0f} rows/s  {cpu:5.1f} µs CPU/row (this process)")
            print(f"rung's writer (RequestLog), {args.rows} records, write to flush")
            print(f"  {'SQLite':<26} {writer(Path(tmp) / 'log.db', args.rows):9.0f} records/s")
            print(f"  {'PostgreSQL':<26} {writer(log_url, args.rows):9.0f} records/s")
        finally:
            stop()


if __name__ == "__main__":
    main()
