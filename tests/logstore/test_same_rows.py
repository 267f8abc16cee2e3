"""The same records written to a SQLite file and to PostgreSQL read back the same through
every reader: `rung logs list`, `rung logs stats` (by route, key, team), `rung ab report`,
the router datasets' `log:` source; and keys and teams live in either."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from rung.cli import main
from rung.datasets.logs import read_request_log
from rung.evals.ab_report import ab_report
from rung.keys.store import KeySpec, KeyStore
from rung.telemetry.log import RequestLog, recent
from rung.telemetry.logstore import Target
from rung.telemetry.stats import stats
from tests.logstore.records import records

WINDOW = 10.0**10  # seconds: every record


def fill(target: Target) -> None:
    log = RequestLog(target, batch=50)  # several batches
    log.start()
    for item in records():
        log.write(item)
    assert log.flush()
    log.close()


@pytest.fixture
def both(pg_url: str, tmp_path: Path) -> tuple[Target, Target]:
    sqlite: Target = tmp_path / "log.db"
    for target in (sqlite, pg_url):
        fill(target)
    return sqlite, pg_url


def without_since(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "since"}


def test_logs_list_reads_the_same_rows(both: tuple[Target, Target]) -> None:
    sqlite, postgres = both
    rows = recent(sqlite, 500)
    assert len(rows) == 120 and sum(len(r["calls"]) for r in rows) == 120
    assert recent(postgres, 500) == rows


@pytest.mark.parametrize("by", ["route", "key", "team"])
def test_stats_are_the_same(both: tuple[Target, Target], by: str) -> None:
    sqlite, postgres = both
    figures = without_since(stats(sqlite, WINDOW, by))
    assert figures[f"{by}s"] and figures["backends"]["small"]["calls"] == 60
    assert without_since(stats(postgres, WINDOW, by)) == figures


def test_the_ab_report_is_the_same(both: tuple[Target, Target]) -> None:
    sqlite, postgres = both
    report = without_since(ab_report(sqlite, WINDOW, min_n=5))
    assert set(report["routes"]["chat"]["arms"]) == {"a", "b"}
    assert without_since(ab_report(postgres, WINDOW, min_n=5)) == report


def test_the_router_dataset_is_the_same(both: tuple[Target, Target]) -> None:
    sqlite, postgres = both
    a, b = read_request_log(sqlite), read_request_log(postgres)
    assert a.prompts and a.default_pair == ("small", "big")
    assert (b.prompts, b.outcomes, b.costs, b.groups, b.excluded) == (
        a.prompts, a.outcomes, a.costs, a.groups, a.excluded,
    )  # fmt: skip
    assert b.name.startswith("log:postgresql://")


def test_the_cli_reads_a_database_by_url(both: tuple[Target, Target]) -> None:
    sqlite, postgres = both
    runner = CliRunner()
    out = {}
    for target in (sqlite, postgres):
        result = runner.invoke(
            main, ["logs", "stats", "--log", str(target), "--since", "100000d", "--json"]
        )
        assert result.exit_code == 0, result.output
        out[str(target)] = without_since(orjson.loads(result.output))
    assert out[str(postgres)] == out[str(sqlite)]
    listed = runner.invoke(main, ["logs", "list", "--log", str(postgres), "--json", "-n", "3"])
    assert [r["id"] for r in orjson.loads(listed.output)] == ["req_00119", "req_00118", "req_00117"]


def test_keys_and_teams_live_in_either_store(pg_url: str, tmp_path: Path) -> None:
    seen = []
    for target in (tmp_path / "log.db", pg_url):
        store = KeyStore(target)
        try:
            store.create_team("blue", budget="5/day", rpm=10)
            _, secret = store.create_key(KeySpec(name="ci", team="blue", rpm=3), now=100.0)
            assert secret
            store.revoke("ci", now=200.0)
            entries = store.entries()
            (entry,) = entries.values()
            seen.append((
                {k: v for k, v in store.key("ci").items() if k != "id"},
                entry.revoked, entry.principal.team_quota, store.version()[0::2],
            ))  # fmt: skip
        finally:
            store.close()
    assert seen[0] == seen[1]


def test_rung_recommend_reads_either_store(pg_url: str, tmp_path: Path) -> None:
    from rung.datasets.readers import load_dataset
    from rung.recommend import recommend
    from rung.recommend.replay import write_log

    mbpp = load_dataset("mbpp")
    observed = set(range(0, len(mbpp), 3))
    said = []
    for target in (tmp_path / "log.db", pg_url):
        write_log(target, mbpp, "gpt-4-1106-preview", "gpt-3.5-turbo-1106", observed)
        said.append([(r.action, r.evidence) for r in recommend(target, WINDOW)])
    assert said[0] == said[1]
    assert said[0][0][1]["observations"] == len(observed)
