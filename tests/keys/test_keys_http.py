"""Authentication, virtual keys, route permissions, attribution and the privacy floor, over real
HTTP with the openai SDK: a gateway served by uvicorn, the embedded llama.cpp model as the
local backend and a recording OpenAI-compatible upstream as the hosted one."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from rung._errors import RungError
from rung.keys.store import KeySpec, KeyStore
from tests.privacy_gateway.capture import CaptureUpstream
from tests.waiting import poll

MASTER = "sk-master-" + "m" * 40
MASTER_ENV = "RUNG_TEST_MASTER_KEY"


@pytest.fixture(scope="module")
def upstream() -> Iterator[CaptureUpstream]:
    with CaptureUpstream() as capture:
        yield capture


@pytest.fixture(scope="module")
def gateway(upstream: CaptureUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import Served

    os.environ[MASTER_ENV] = MASTER
    config = {
        "models": {
            "hosted": {"backend": "openai", "base_url": upstream.url, "model": "m",
                       "residency": "eu", "num_retries": 0},
            "local": {"backend": "llamacpp", "n_ctx": 512},
        },
        "routes": {
            "chat": {"model": "hosted"},
            "local": {"model": "local"},
            "either": {"pattern": "fallback", "models": ["hosted", "local"]},
            "code": {"pattern": "cascade", "tiers": ["hosted"],
                     "verify": [{"python": {"allow_request_tests": True}}]},
        },
        "auth": {"master_key": f"env:{MASTER_ENV}"},
    }  # fmt: skip
    with Served(config, tmp_path_factory.mktemp("keys") / "log.db") as served:
        yield served


def admin(gateway: Any, method: str, path: str, key: str | None = MASTER, **kw: Any) -> Any:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    return httpx.request(method, gateway.url + path, headers=headers, timeout=30, **kw)


def create(gateway: Any, **spec: Any) -> dict[str, Any]:
    answer = admin(gateway, "POST", "/admin/keys", json=spec)
    assert answer.status_code == 201, answer.text
    data: dict[str, Any] = answer.json()
    return data


def sdk(gateway: Any, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=key, max_retries=0)


def ask(gateway: Any, key: str, route: str = "chat", text: str = "hello") -> Any:
    messages: Any = [{"role": "user", "content": text}]
    return sdk(gateway, key).chat.completions.create(model=route, messages=messages, max_tokens=4)


def test_a_request_without_a_key_gets_401_in_openai_format(gateway: Any) -> None:
    answer = httpx.post(gateway.url + "/v1/chat/completions", json={"model": "chat"})
    assert answer.status_code == 401
    error = answer.json()["error"]
    assert error["code"] == "invalid_api_key" and error["type"] == "invalid_request_error"
    assert httpx.get(gateway.url + "/v1/models").status_code == 401
    assert httpx.get(gateway.url + "/metrics").status_code == 401
    assert httpx.get(gateway.url + "/health").status_code == 200  # the one open endpoint


def test_a_wrong_key_gets_401(gateway: Any) -> None:
    with pytest.raises(openai.AuthenticationError) as caught:
        ask(gateway, "sk-rung-not-a-key-at-all")
    assert caught.value.code == "invalid_api_key"


def test_a_virtual_key_works_by_bearer_and_by_x_api_key(gateway: Any, upstream: Any) -> None:
    key = create(gateway, name="both-headers")["key"]
    assert key.startswith("sk-rung-") and len(key) >= 8 + 43
    assert ask(gateway, key).choices[0].message.content == "You said: hello"
    answer = httpx.post(
        gateway.url + "/v1/chat/completions", headers={"x-api-key": key},
        json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
    )  # fmt: skip
    assert answer.status_code == 200
    assert all(key not in r["raw"] and key not in str(r["headers"]) for r in upstream.requests)


def test_a_revoked_key_gets_401_at_once(gateway: Any) -> None:
    row = create(gateway, name="soon-revoked")
    assert ask(gateway, row["key"]).choices
    assert admin(gateway, "DELETE", f"/admin/keys/{row['id']}").json()["revoked"] is not None
    with pytest.raises(openai.AuthenticationError, match="revoked"):
        ask(gateway, row["key"])


def test_a_rotated_key_replaces_the_old_one(gateway: Any) -> None:
    row = create(gateway, name="rotated")
    new = admin(gateway, "POST", f"/admin/keys/{row['id']}/rotate", json={}).json()
    assert new["id"] == row["id"] and new["key"] != row["key"]
    assert ask(gateway, new["key"]).choices
    with pytest.raises(openai.AuthenticationError):
        ask(gateway, row["key"])


def test_an_expired_key_gets_401_and_a_cli_change_is_seen_without_restart(gateway: Any) -> None:
    store = KeyStore(Path(gateway.log_path))  # as `rung keys create` in another process
    try:
        _, secret = store.create_key(KeySpec(name="old", expires="1h"), now=time.time() - 7200)
    finally:
        store.close()

    def message() -> str:  # "not valid" until the gateway sees the new key (about 1 s)
        return str(admin(gateway, "GET", "/v1/models", key=secret).json()["error"]["message"])

    assert "expired" in poll(message, lambda text: "expired" in text, timeout=10)
    with pytest.raises(openai.AuthenticationError, match="expired"):
        ask(gateway, secret)


def test_a_route_the_key_may_not_use_gets_403_and_its_log_row_says_why(gateway: Any) -> None:
    key = create(gateway, name="local-only-routes", routes=["local"])["key"]
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gateway, key, route="chat")
    assert caught.value.code == "route_not_allowed"
    rows = gateway.log_rows(where=lambda r: r["key_name"] == "local-only-routes")
    assert rows[0]["status"] == 403 and "may not use the route 'chat'" in rows[0]["error"]


def test_models_lists_only_the_key_s_routes(gateway: Any) -> None:
    key = create(gateway, name="two-routes", routes=["chat", "either"])["key"]
    assert sorted(m.id for m in sdk(gateway, key).models.list()) == ["chat", "either"]
    everything = sdk(gateway, MASTER).models.list()
    assert sorted(m.id for m in everything) == ["chat", "code", "either", "local"]


def test_the_admin_api_takes_the_master_key_only(gateway: Any) -> None:
    key = create(gateway, name="not-admin")["key"]
    assert admin(gateway, "GET", "/admin/keys", key=None).status_code == 401
    refused = admin(gateway, "GET", "/admin/keys", key=key)
    assert refused.status_code == 403 and refused.json()["error"]["type"] == "permission_error"
    listed = admin(gateway, "GET", "/admin/keys").json()["data"]
    assert "not-admin" in [k["name"] for k in listed]
    assert all("key" not in k and "hash" not in k for k in listed)
    bad = admin(gateway, "POST", "/admin/keys", json={"name": "x", "budget": "5/year"})
    assert bad.status_code == 400 and "period" in bad.json()["error"]["message"]
    assert admin(gateway, "GET", "/admin/keys/key_nope").status_code == 404


def test_keys_are_stored_only_as_hashes(gateway: Any) -> None:
    keys = [create(gateway, name=f"hashed-{i}")["key"] for i in range(3)]
    for key in keys:
        ask(gateway, key)
    gateway.log_rows(at_least=3, where=lambda r: (r["key_name"] or "").startswith("hashed-"))
    files = [p for p in Path(gateway.log_path).parent.iterdir() if p.is_file()]
    blob = b"".join(p.read_bytes() for p in files)
    assert b"hashed-0" in blob  # the names are there (the test reads the right files)
    for key in keys:
        assert key.encode() not in blob and key[8:].encode() not in blob


def test_log_rows_carry_the_key_id_name_and_team(gateway: Any) -> None:
    assert admin(gateway, "POST", "/admin/teams", json={"name": "search"}).status_code == 201
    row = create(gateway, name="alice", team="search")
    ask(gateway, row["key"])
    logged = gateway.log_rows(where=lambda r: r["key_name"] == "alice")[0]
    assert (logged["key_id"], logged["team"], logged["status"]) == (row["id"], "search", 200)


def test_stats_metrics_and_logs_show_who_spent_what_never_the_key(gateway: Any) -> None:
    from click.testing import CliRunner

    from rung.cli import main
    from rung.telemetry.stats import stats

    admin(gateway, "POST", "/admin/teams", json={"name": "ops"})
    row = create(gateway, name="carol", team="ops")
    for _ in range(2):
        ask(gateway, row["key"])
    gateway.log_rows(at_least=2, where=lambda r: r["key_name"] == "carol")
    by_team = stats(Path(gateway.log_path), 3600, by="team")["teams"]
    assert by_team["ops"]["requests"] == 2
    by_key = stats(Path(gateway.log_path), 3600, by="key")["keys"]
    assert by_key[f"carol ({row['id']})"]["requests"] == 2
    metrics = admin(gateway, "GET", "/metrics").text
    assert 'rung_team_requests_total{team="ops",route="chat",status="200"} 2' in metrics
    assert row["key"] not in metrics and "carol" not in metrics
    log = ["--log", str(gateway.log_path)]
    listed = CliRunner().invoke(main, ["logs", "list", *log, "-n", "200"]).stdout
    assert "carol/ops" in listed and row["key"] not in listed
    table = CliRunner().invoke(main, ["logs", "stats", *log, "--by", "team"]).stdout
    assert "ops" in table and "team" in table


def test_a_team_s_local_only_floor_keeps_every_request_local(gateway: Any, upstream: Any) -> None:
    created = admin(gateway, "POST", "/admin/teams", json={"name": "hr", "privacy": "local_only"})
    assert created.status_code == 201
    key = create(gateway, name="hr-bob", team="hr")["key"]
    marker = "salary review for employee 4711"
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gateway, key, route="chat", text=marker)  # a hosted-only route: refused
    assert caught.value.code == "privacy_refused"
    answer = sdk(gateway, key).chat.completions.with_raw_response.create(
        model="either", messages=[{"role": "user", "content": marker}], max_tokens=4
    )  # hosted first, then local
    assert answer.headers["x-rung-model"] == "local" and answer.parse().choices
    assert marker not in upstream.sent_text()
    other = create(gateway, name="not-hr")["key"]
    assert ask(gateway, other, route="either", text="plain").choices  # others still go hosted
    assert "plain" in upstream.sent_text()


class StandInLimits:
    """The rung.limits interface, as the gateway calls it: acquire, headers, settle."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.admitted: list[tuple[str, str, int]] = []
        self.settled: list[tuple[int, float]] = []

    def admit(
        self, principal: Any, route: str, tokens_estimate: int, cost_estimate: float = 0.0
    ) -> Any:
        if self.refuse:
            raise TooMany("over the limit")
        self.admitted.append((principal.name, route, tokens_estimate))
        return Admission()

    async def acquire(
        self, principal: Any, route: str, tokens_estimate: int, cost_estimate: float = 0.0
    ) -> Any:
        return self.admit(principal, route, tokens_estimate, cost_estimate)

    def settle(self, admission: Any, tokens: int, cost: float) -> None:
        self.settled.append((tokens, cost))


class Admission:
    def __init__(self) -> None:
        self.headers = [(b"x-ratelimit-remaining-requests", b"59")]


class TooMany(RungError):
    status, type, code = 429, "requests", "rate_limit_exceeded"

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [(b"retry-after", b"7")]


def test_limits_admit_before_the_call_and_settle_after_pricing(gateway: Any) -> None:
    key = create(gateway, name="limited")["key"]
    limits, before = StandInLimits(), gateway.app.gateway.limits
    gateway.app.gateway.limits = limits
    try:
        raw = sdk(gateway, key).chat.completions.with_raw_response.create(
            model="chat", messages=[{"role": "user", "content": "count me"}], max_tokens=5
        )
        assert raw.headers["x-ratelimit-remaining-requests"] == "59"
        assert limits.admitted[0][:2] == ("limited", "chat") and limits.admitted[0][2] >= 5
        assert poll(lambda: limits.settled, bool, timeout=10)
        limits.refuse = True
        answer = httpx.post(
            gateway.url + "/v1/chat/completions", headers={"authorization": f"Bearer {key}"},
            json={"model": "chat", "messages": [{"role": "user", "content": "refused"}]},
        )  # fmt: skip
        assert answer.status_code == 429 and answer.headers["retry-after"] == "7"
    finally:
        gateway.app.gateway.limits = before
    health = httpx.get(gateway.url + "/health").json()
    assert health["backends"]["hosted"]["breaker"]["state"] == "closed"


def test_only_keys_allowed_to_may_send_tests_to_run(
    gateway: Any, upstream: CaptureUpstream
) -> None:
    """`rung.tests` is code the sandbox runs: with keys configured, only a key created with
    --allow-request-tests may send it (403 before any backend is called); the route still decides
    whether tests run at all."""
    plain = create(gateway, name="no-tests")["key"]
    allowed = create(gateway, name="tests", request_tests=True)["key"]
    body = {"model": "code", "messages": [{"role": "user", "content": "write f"}],
            "max_tokens": 4, "rung": {"tests": "assert f(2) == 4"}}  # fmt: skip
    sent = len(upstream.requests)
    refused = httpx.post(gateway.url + "/v1/chat/completions", json=body,
                         headers={"authorization": f"Bearer {plain}"})  # fmt: skip
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "request_tests_not_allowed"
    assert refused.json()["error"]["param"] == "rung.tests"
    assert len(upstream.requests) == sent  # nothing was asked of any model
    answered = httpx.post(gateway.url + "/v1/chat/completions", json=body,
                          headers={"authorization": f"Bearer {allowed}"}, timeout=60)  # fmt: skip
    assert answered.status_code == 200
    assert len(upstream.requests) == sent + 1
