"""The `learned` and `ab` patterns on scripted backends: choice, stickiness, shadow, config."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from rung._errors import ConfigError
from rung.backends.mock import MockBackend
from rung.configure import parse
from rung.patterns import build_pattern
from rung.patterns.ab import AB, Arm
from rung.patterns.fixed import Fixed
from rung.patterns.learned import Learned, load_router
from rung.routers import create
from rung.telemetry.log import RequestRecord
from rung.types import ChatRequest, Trace

MODELS = {
    "local": {"backend": "llamacpp"},
    "hosted": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"},
}


def request(text: str, header_user: str | None = None, **body: Any) -> ChatRequest:
    headers = {"x-rung-user": header_user} if header_user else {}
    return ChatRequest(
        {"model": "r", "messages": [{"role": "user", "content": text}], **body},
        route="r", request_id="req_1", headers=headers,
    )  # fmt: skip


class LengthRouter:
    """Scores by length: long prompts need the strong model."""

    name = "length"
    threshold = 0.5

    def score(self, text: str) -> float:
        return min(1.0, len(text) / 100)


def test_learned_routes_by_score_and_records_why() -> None:
    weak, strong = MockBackend("weak"), MockBackend("strong")
    pattern = Learned(LengthRouter(), weak, strong)  # type: ignore[arg-type]
    weak.enqueue("short answer")
    strong.enqueue("long answer")
    trace = Trace()
    assert asyncio.run(pattern.complete(request("hi"), trace)).text == "short answer"
    assert trace.answered_by == "weak" and trace.escalated is False
    assert trace.decisions[0].outcome == "weak"
    assert trace.decisions[0].reason == "score 0.02 < threshold 0.50 (length)"
    trace = Trace()
    assert asyncio.run(pattern.complete(request("x" * 80), trace)).text == "long answer"
    assert trace.answered_by == "strong" and trace.escalated is True
    assert trace.decisions[0].reason.startswith("score 0.80 >= threshold 0.50")


def test_learned_threshold_override() -> None:
    weak, strong = MockBackend("weak").enqueue("w"), MockBackend("strong")
    pattern = Learned(LengthRouter(), weak, strong, threshold=0.9)  # type: ignore[arg-type]
    trace = Trace()
    asyncio.run(pattern.complete(request("x" * 80), trace))
    assert trace.answered_by == "weak"


def test_router_file_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.npz"):
        load_router(str(tmp_path / "nope.npz"))
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match=r"bad\.npz.*cannot be read"):
        load_router(str(bad))
    with pytest.raises(ConfigError, match="must be trained"):
        load_router("tfidf")
    saved = create("heuristic")
    saved.threshold = 0.42
    saved.save(tmp_path / "h.npz")
    assert load_router(str(tmp_path / "h.npz")).threshold == pytest.approx(0.42)


def test_learned_route_config_error_has_the_line(tmp_path: Path) -> None:
    routes = {"r": {"pattern": "learned", "router": str(tmp_path / "missing.npz"),
                    "weak": "local", "strong": "hosted"}}  # fmt: skip
    with pytest.raises(ConfigError, match=r"routes\.r\.router: router file .*missing\.npz"):
        parse({"models": MODELS, "routes": routes}, "t.yaml")


def arms(*names: str) -> list[Arm]:
    return [Arm(n, 1.0, Fixed(MockBackend(n))) for n in names]


def test_sticky_users_keep_their_arm_and_split_by_weight() -> None:
    pattern = AB(arms("a", "b"))
    seen: dict[str, set[str]] = {}
    for i in range(400):
        user = f"user{i % 100}"
        trace = Trace()
        pattern.choose(request("q", user), trace)
        seen.setdefault(user, set()).add(str(trace.variant))
        assert trace.headers["x-rung-variant"] == trace.variant
    assert all(len(v) == 1 for v in seen.values())
    share = Counter(next(iter(v)) for v in seen.values())
    assert 30 <= share["a"] <= 70, share


def test_sticky_reads_body_user_then_conversation_id() -> None:
    pattern = AB(arms("a", "b", "c", "d"))
    by_body = [Trace() for _ in range(3)]
    for trace in by_body:
        pattern.choose(request("q", None, user="zed"), trace)
    assert len({t.variant for t in by_body}) == 1
    assert "sticky: user hashes" in by_body[0].decisions[0].reason
    trace = Trace()
    pattern.choose(request("q", None, metadata={"conversation_id": "c9"}), trace)
    assert "metadata.conversation_id" in trace.decisions[0].reason


def test_unweighted_arm_never_chosen_and_none_is_random() -> None:
    pattern = AB([Arm("off", 0.0, Fixed(MockBackend("x"))), *arms("on")], sticky="none")
    chosen = set()
    for _ in range(50):
        trace = Trace()
        pattern.choose(request("q", "u"), trace)
        chosen.add(trace.variant)
        assert "random draw" in trace.decisions[0].reason
    assert chosen == {"on"}


def test_shadow_runs_after_the_answer_and_is_logged() -> None:
    main, shadow = MockBackend("main"), MockBackend("shadow")
    main.enqueue("primary answer")
    shadow.enqueue("shadow answer")
    logged: list[RequestRecord] = []
    pattern = AB([Arm("a", 1.0, Fixed(main))], shadow=("big", Fixed(shadow)))

    async def go() -> tuple[str, Trace]:
        trace = Trace(log=logged.append)
        answer = await pattern.complete(request("q", stream=False), trace)
        assert not logged  # the shadow has not run yet
        await pattern.drain()
        return answer.text, trace

    text, trace = asyncio.run(go())
    assert text == "primary answer"
    assert trace.answered_by == "main" and trace.variant == "a"
    [record] = logged
    assert record.parent_id == "req_1" and record.trace.variant == "shadow:big"
    assert record.trace.answered_by == "shadow" and record.status == 200
    assert [c.backend for c in record.trace.calls] == ["shadow"]
    assert [c.backend for c in trace.calls] == ["main"]
    assert shadow.requests[0].request_id == record.id != "req_1"


def test_shadow_failure_is_logged_not_raised() -> None:
    from rung._errors import BackendError

    main = MockBackend("main").enqueue("ok")
    shadow = MockBackend("shadow").enqueue(BackendError("boom", backend="shadow"))
    logged: list[RequestRecord] = []
    pattern = AB([Arm("a", 1.0, Fixed(main))], shadow=("s", Fixed(shadow)))

    async def go() -> None:
        await pattern.complete(request("q"), Trace(log=logged.append))
        await pattern.drain()

    asyncio.run(go())
    assert logged[0].status == 502 and logged[0].error == "boom"


def ab_config(variants: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"models": MODELS, "routes": {"exp": {"pattern": "ab", "variants": variants, **extra}}}


def test_inline_routes_are_checked_with_lines() -> None:
    bad = ab_config({
        "a": {"weight": 1, "route": {"pattern": "fixed", "model": "nowhere"}},
        "b": {"weight": 1, "route": {"pattern": "cascade", "tiers": ["local"], "verfy": []}},
        "c": {"weight": 1, "route": {"pattern": "cascade", "tiers": ["local"],
                                     "verify": [{"no_such_verifier": {}}]}},
    }, shadow={"route": {"pattern": "learned", "router": "tfidf", "weak": "local",
                         "strong": "hosted"}})  # fmt: skip
    with pytest.raises(ConfigError) as info:
        parse(bad, "t.yaml")
    message = info.value.message
    assert "routes.exp.variants.a.route.model: model 'nowhere' is not defined" in message
    assert "routes.exp.variants.b.route.verfy: unknown key" in message
    assert "routes.exp.variants.c.route.verify.0" in message
    assert "routes.exp.shadow.route.router: router 'tfidf' must be trained" in message


def test_nested_ab_and_inline_privacy_refused() -> None:
    nested = {"pattern": "ab", "variants": {"x": {"weight": 1, "route": {"model": "local"}}}}
    bad = ab_config({
        "a": {"weight": 1, "route": nested},
        "b": {"weight": 1, "route": {"model": "local", "privacy": {"policy": "block"}}},
    })  # fmt: skip
    with pytest.raises(ConfigError) as info:
        parse(bad, "t.yaml")
    assert "variants.a.route.pattern: an ab route cannot be a variant" in info.value.message
    assert "variants.b.route.privacy: set `privacy` on the ab route" in info.value.message


def test_ab_route_builds_every_variant() -> None:
    config = parse(ab_config({
        "a": {"weight": 3, "route": {"pattern": "fixed", "model": "local"}},
        "b": {"weight": 1, "route": {"pattern": "learned", "router": "heuristic",
                                     "weak": "local", "strong": "hosted"}},
    }, shadow={"route": {"pattern": "fixed", "model": "hosted"}}), "t.yaml")  # fmt: skip
    from rung.backends import build_backend

    backends = {n: build_backend(n, s) for n, s in config.models.items()}
    pattern = build_pattern(config.routes["exp"], backends)
    assert isinstance(pattern, AB)
    assert [a.name for a in pattern.arms] == ["a", "b"] and pattern.total == 4
    assert pattern.shadow is not None and pattern.shadow[0] == "fixed"
    assert {b.name for b in pattern.backends()} == {"local", "hosted"}
