"""The dashboard in a real browser (Debian's chromium, driven by Playwright) against a gateway
whose log holds real requests through real patterns: a cascade that escalated (the embedded
model's answer fails a JSON Schema, a real llama.cpp server answers), a pseudonymised request
to a "hosted" upstream, an A/B route with a shadow, a virtual key with a budget, feedback.

Every page is loaded and checked for console errors, off-site requests, labels, contrast and
keyboard focus; a person's path is clicked (overview -> route -> the escalated request's trace)
and what it shows is compared with `rung stats --json`. Screenshots go to the test's temporary
directory, or to `$RUNG_UI_SCREENSHOTS` (docs/ui/ holds the committed ones).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.ui.browser import CONTRAST_JS, UNLABELLED_JS, Watched, chromium

pytestmark = pytest.mark.live
MASTER_ENV, MASTER = "RUNG_UI_TEST_MASTER", "sk-ui-test-master"
SCHEMA = {"type": "object", "properties": {"age": {"type": "integer"}}, "required": ["age"]}
PERSON = "Anna Lindqvist"
PAGES = {  # screenshot name -> path
    "overview": "/ui/",
    "routes": "/ui/routes",
    "requests": "/ui/requests",
    "experiments": "/ui/experiments",
    "keys": "/ui/keys",
    "backends": "/ui/backends",
}


def config(llama_server: str) -> dict[str, Any]:
    hosted = {
        "backend": "openai",
        "base_url": llama_server,
        "model": "smollm2",
        "residency": "eu",
        "num_retries": 0,
    }
    return {
        "models": {"local": {"backend": "llamacpp", "n_ctx": 1024}, "hosted": hosted},
        "prices": {"models": {"hosted": {"input": 1.0, "output": 3.0}}},
        "auth": {"master_key": f"env:{MASTER_ENV}"},
        "routes": {
            "json": {
                "pattern": "cascade",
                "tiers": ["local", "hosted"],
                "verify": [{"json_schema": {"schema": SCHEMA}}],
            },
            "private": {
                "pattern": "fixed",
                "model": "hosted",
                "privacy": {"policy": "pseudonymize", "regions": ["eu"]},
            },
            "exp": {
                "pattern": "ab",
                "sticky": "none",
                "variants": {
                    "a": {"weight": 1, "route": {"pattern": "fixed", "model": "local"}},
                    "b": {"weight": 1, "route": {"pattern": "fixed", "model": "hosted"}},
                },
                "shadow": {"name": "hosted", "route": {"pattern": "fixed", "model": "hosted"}},
            },
        },
    }


def post(gateway: Any, key: str, path: str, body: dict[str, Any]) -> httpx.Response:
    answer = httpx.post(
        gateway.url + path, json=body, timeout=120, headers={"authorization": f"Bearer {key}"}
    )
    assert answer.status_code < 300, answer.text
    return answer


def chat(gateway: Any, key: str, route: str, text: str) -> httpx.Response:
    body = {
        "model": route,
        "messages": [{"role": "user", "content": text}],
        "max_tokens": 12,
        "temperature": 0,
    }
    return post(gateway, key, "/v1/chat/completions", body)


@pytest.fixture(scope="module")
def seeded(llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The gateway, after its seed requests are all in the log; `.seed` names them."""
    from tests.conftest import Served

    os.environ[MASTER_ENV] = MASTER
    try:
        with Served(config(llama_server), tmp_path_factory.mktemp("ui") / "log.db") as gateway:
            post(gateway, MASTER, "/admin/teams", {"name": "core", "budget": "5/month"})
            key = post(
                gateway,
                MASTER,
                "/admin/keys",
                {"name": "alice", "team": "core", "budget": "1/month"},
            ).json()["key"]
            escalated = chat(gateway, key, "json", "Say hello in one short sentence.")
            assert escalated.headers["x-rung-escalated"] == "true"
            private = chat(gateway, key, "private", f"Hej, jag heter {PERSON}. Vad heter jag?")
            arms = [chat(gateway, key, "exp", f"Count to {n}.") for n in range(4)]
            post(
                gateway,
                key,
                "/v1/feedback",
                {"request_id": arms[0].headers["x-request-id"], "name": "thumbs", "value": "up"},
            )
            gateway.log_rows(at_least=10, timeout=120)  # 6 requests, 4 shadows
            gateway.log_rows("feedback", at_least=1)
            gateway.seed = {
                "escalated": escalated.headers["x-request-id"],
                "private": private.headers["x-request-id"],
                "key": key,
            }
            yield gateway
    finally:
        os.environ.pop(MASTER_ENV, None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(
        http_credentials={"username": "admin", "password": MASTER, "send": "always"},
        viewport={"width": 1280, "height": 900},
    )
    watched = Watched(context.new_page())
    yield watched
    context.close()


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("RUNG_UI_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def rung_stats(log: Path | str) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "rung.cli",
        "logs",
        "stats",
        "--json",
        "--since",
        "24h",
        "--log",
        str(log),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def cell(page: Any, row: str, column: int) -> str:
    return str(page.locator(row).locator("td").nth(column).inner_text()).strip()


def test_every_page_loads_clean_accessible_and_offline(
    seeded: Any, page: Watched, tmp_path: Path
) -> None:
    folder = shots(tmp_path)
    for name, path in PAGES.items():
        response = page.page.goto(seeded.url + path)
        assert response.status == 200, (path, response.status)
        page.page.wait_for_load_state("networkidle")
        assert page.page.locator("h1").count() == 1
        assert page.page.evaluate(UNLABELLED_JS) == [], path
        low = [(text, round(r, 2)) for text, r in page.page.evaluate(CONTRAST_JS) if r < 4.5]
        assert low == [], (path, low)
        page.page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
    assert page.errors == []
    assert {u.split("/")[2] for u in page.urls} == {seeded.url.split("/")[2]}  # nothing off-site
    chart = page.page.goto(seeded.url + "/ui/") and page.page.locator(".chart canvas")
    assert chart.count() == 4  # uPlot drew the four charts, from the vendored file


def assert_overview(p: Any, expected: dict[str, Any]) -> None:
    """The overview page open in `p` shows the figures `rung stats --json` printed."""
    routes = expected["routes"]
    assert p.locator("[data-figure=requests]").inner_text() == str(
        sum(r["requests"] for r in routes.values())
    )
    for name, figures in routes.items():
        assert cell(p, f"tr[data-route='{name}']", 0) == str(figures["requests"])
        assert cell(p, f"tr[data-route='{name}']", 1) == str(figures["errors"])
        rate = figures["escalation_rate"]
        assert cell(p, f"tr[data-route='{name}']", 5) == ("–" if rate is None else f"{rate:.1%}")
    for name, figures in expected["backends"].items():
        assert cell(p, f"tr[data-backend='{name}']", 1) == str(figures["calls"])
    assert routes["json"]["escalation_rate"] == 1.0


def click_to_the_escalated_trace(p: Any, seed: dict[str, str]) -> None:
    """From the overview to the json route, to its escalated request's trace."""
    p.get_by_role("link", name="json", exact=True).click()  # overview -> the route
    p.wait_for_url("**/ui/routes/json")
    assert p.locator(".ladder .step").all_inner_texts()[0].startswith("tier local")
    reason = p.locator(".reasons li").first
    assert "json_schema failed" in reason.inner_text()
    reason.get_by_role("link", name="trace").click()  # the route -> the escalated request
    p.wait_for_url(f"**/ui/requests/{seed['escalated']}")
    decision = p.locator("#decisions li").first.inner_text()
    assert "verify local: failed" in decision and "json_schema" in decision
    assert p.locator("#calls li").count() == 2
    assert "hosted" in p.locator("#calls li").nth(1).inner_text()
    assert "Prompt logging is off" in p.locator("main").inner_text()
    # the real upstream's finish reason (12 tokens at most: "length", or "stop"), from the log
    assert p.locator("[data-figure=finish]").inner_text() in ("stop", "length")


def test_overview_matches_rung_stats_and_clicks_through_to_the_trace(
    seeded: Any, page: Watched, tmp_path: Path
) -> None:
    p = page.page
    p.goto(seeded.url + "/ui/")
    assert_overview(p, rung_stats(seeded.log_path))
    click_to_the_escalated_trace(p, seeded.seed)
    p.screenshot(path=str(shots(tmp_path) / "trace.png"), full_page=True)
    assert page.errors == []


def test_the_pseudonymised_request_shows_kinds_and_counts_never_values(
    seeded: Any, page: Watched, tmp_path: Path
) -> None:
    p = page.page
    p.goto(seeded.url + f"/ui/requests/{seeded.seed['private']}")
    audit = p.locator("#audits tbody tr").first.inner_text()
    assert "pseudonymize" in audit and "PERSON × 1" in audit
    assert PERSON not in p.content() and "Lindqvist" not in p.content()
    p.screenshot(path=str(shots(tmp_path) / "privacy.png"), full_page=True)
    p.goto(seeded.url + "/ui/requests?route=exp")
    assert p.locator("#request-table tbody tr").count() == 4  # the shadows are not listed
    p.get_by_label("Route").select_option("json")
    p.get_by_role("button", name="Filter").click()
    p.wait_for_url("**route=json**")
    assert p.locator("#request-table tbody tr").count() == 1
    p.goto(seeded.url + "/ui/experiments")
    text = p.locator("main").inner_text()
    assert "shadow:hosted" in text and "a" in text
    assert "too few" in text  # 2 requests an arm: no interval yet (test_pages draws them)
    p.goto(seeded.url + "/ui/keys")
    assert "alice" in p.locator("#key-table").inner_text()
    assert seeded.seed["key"] not in p.content()  # never the key itself
    assert page.errors == []


def test_keyboard_reaches_the_pages_with_a_visible_focus(seeded: Any, page: Watched) -> None:
    p = page.page
    p.goto(seeded.url + "/ui/")
    p.keyboard.press("Tab")
    assert p.evaluate("document.activeElement.textContent") == "Skip to content"
    for _ in range(2):  # from the skip link: Overview, then Routes
        p.keyboard.press("Tab")
    focused = p.evaluate(
        "(e => [e.textContent, getComputedStyle(e).outlineStyle])(document.activeElement)"
    )
    assert focused == ["Routes", "solid"]
    p.keyboard.press("Enter")
    p.wait_for_url("**/ui/routes")
    assert page.errors == []


def test_the_dashboard_takes_the_master_key_only(seeded: Any) -> None:
    url = seeded.url + "/ui/"
    none = httpx.get(url)
    assert none.status_code == 401 and none.headers["www-authenticate"].startswith("Basic")
    assert httpx.get(url, auth=("x", "wrong")).status_code == 401
    assert httpx.get(url, auth=("x", seeded.seed["key"])).status_code == 403  # a virtual key
    assert httpx.get(url, headers={"authorization": f"Bearer {MASTER}"}).status_code == 200
    assert httpx.post(url, auth=("x", MASTER), json={}).status_code == 405


def copy_log(source: Path, url: str) -> None:
    """Every row of the seeded SQLite log into a new PostgreSQL log, as rung's writer writes
    them (requests, calls, audit, feedback), and the key store's keys and teams."""
    import sqlite3

    import psycopg

    from rung.telemetry.logstore import open_database
    from rung.telemetry.logstore.schema import TABLES

    database = open_database(url)  # creates and migrates it
    with sqlite3.connect(source) as db:
        rows = {t: db.execute(f"SELECT {TABLES[t][0]} FROM {t}").fetchall() for t in TABLES}
        store = {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in ("teams", "keys")}
    database.insert(rows)  # type: ignore[arg-type]
    database.close()
    with psycopg.connect(url, autocommit=True) as pg:
        for table, table_rows in store.items():
            for row in table_rows:
                marks = ", ".join(["%s"] * len(row))
                pg.execute(f"INSERT INTO {table} VALUES ({marks})", row)


@pytest.fixture(scope="module")
def on_postgres(seeded: Any, postgres_server: Any, llama_server: str) -> Iterator[Any]:
    """`rung ui`'s app on a PostgreSQL copy of the seeded log: `.url`, `.log` (its URL)."""
    import threading

    import uvicorn

    from rung.configure import parse
    from rung.ui import standalone_app
    from tests.conftest import free_port, wait_until_up

    url = postgres_server.database("ui_seeded")
    copy_log(seeded.log_path, url)
    served = parse({**config(llama_server), "log": {"url": url}}, "<test>")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(standalone_app(served), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_until_up(f"http://127.0.0.1:{port}/ui/static/ui.css")
        yield type("OnPostgres", (), {"url": f"http://127.0.0.1:{port}", "log": url})
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def test_a_postgres_log_shows_what_rung_stats_says_of_it(
    seeded: Any, on_postgres: Any, page: Watched, tmp_path: Path
) -> None:
    """The same log in PostgreSQL: `rung stats --json` on it says what it says on the SQLite
    file; the overview (in the browser) shows those figures, and the trace the same steps."""
    expected = rung_stats(on_postgres.log)
    on_sqlite = rung_stats(seeded.log_path)
    for group in ("routes", "backends"):
        assert expected[group].keys() == on_sqlite[group].keys()
        for name, figures in expected[group].items():
            assert figures == pytest.approx(on_sqlite[group][name]), (group, name)
    p = page.page
    p.goto(on_postgres.url + "/ui/")
    assert_overview(p, expected)
    assert p.locator(".chart canvas").count() == 4
    click_to_the_escalated_trace(p, seeded.seed)
    p.screenshot(path=str(shots(tmp_path) / "trace-postgres.png"), full_page=True)
    assert page.errors == []


def test_every_other_page_reads_the_postgres_log(seeded: Any, on_postgres: Any) -> None:
    def get(path: str) -> str:
        answer = httpx.get(on_postgres.url + path, auth=("x", MASTER), timeout=60)
        assert answer.status_code == 200, (path, answer.text[:500])
        return answer.text

    assert get("/ui/requests?route=exp").count('href="/ui/requests/req_') == 4  # no shadows
    assert get("/ui/requests?route=json&escalated=yes").count('href="/ui/requests/req_') == 1
    private = get(f"/ui/requests/{seeded.seed['private']}")
    assert "PERSON × 1" in private and PERSON not in private
    assert "verify local" in get("/ui/routes/json")
    assert "shadow:hosted" in get("/ui/experiments")
    keys = get("/ui/keys")
    assert "alice" in keys and seeded.seed["key"] not in keys
    assert get("/ui/backends").count("<h1") == 1
    assert "<h1" in get("/ui/recommendations")
