"""`observe:` on scripted backends: what an observation runs, grades and logs, its bounds, and
the config checks (privacy, models, grader)."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest

from rung._errors import BackendError, ConfigError
from rung.backends.mock import MockBackend
from rung.configure import parse
from rung.patterns.cascade import Cascade
from rung.patterns.fixed import Fixed
from rung.patterns.observe import (
    CascadeObserveSettings,
    Observed,
    ObservedCascade,
    ObserveSettings,
)
from rung.telemetry.log import RequestRecord
from rung.types import ChatRequest, Trace
from rung.verifiers.judge import JudgeVerifier
from rung.verifiers.structured import RegexVerifier

MODELS = {
    "local": {"backend": "llamacpp"},
    "hosted": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"},
}


def request(**body: Any) -> ChatRequest:
    return ChatRequest({"model": "chat", "messages": [{"role": "user", "content": "hi"}], **body},
                       route="chat", request_id="req_1", headers={})  # fmt: skip


class Harness:
    def __init__(self, clock: list[float] | None = None, **settings: Any) -> None:
        self.hosted, self.local = MockBackend("hosted"), MockBackend("local")
        spec = ObserveSettings(shadow="local", verify=[{"regex": {"pattern": "ok"}}], **settings)
        time_now = clock or [0.0]
        self.pattern = Observed(Fixed(self.hosted), spec, self.local, RegexVerifier("ok"),
                                rng=random.Random(0), clock=lambda: time_now[0])  # fmt: skip
        self.logged: list[RequestRecord] = []

    async def ask(self, answer: str, shadow: str | None, **body: Any) -> Trace:
        self.hosted.enqueue(answer)
        if shadow is not None:
            self.local.enqueue(shadow)
        trace = Trace(log=self.logged.append)
        await self.pattern.complete(request(**body), trace)
        await self.pattern.drain()
        return trace


def test_an_observation_grades_both_answers_and_logs_them_under_the_parent() -> None:
    h = Harness(sample=1.0)
    trace = asyncio.run(h.ask("ok fine", "nope", max_tokens=900))
    assert trace.decisions[-1].step == "observe" and trace.decisions[-1].outcome == "started"
    [record] = h.logged
    assert record.parent_id == "req_1" and record.pattern == "observe"
    assert record.trace.variant == "observe:local"
    verdicts = {d.step: d.outcome for d in record.trace.decisions}
    assert verdicts == {"observe primary": "passed", "observe shadow": "failed"}
    assert h.local.requests[0].body["max_tokens"] == 512  # capped by observe.max_tokens
    assert "stream" not in h.local.requests[0].body


def test_the_stream_is_observed_once_it_has_ended() -> None:
    h = Harness(sample=1.0)

    async def run() -> None:
        h.hosted.enqueue("ok streamed")
        h.local.enqueue("ok too")
        trace = Trace(log=h.logged.append)
        text = "".join([c.delta_text async for c in h.pattern.stream(request(stream=True), trace)])
        assert text.strip() == "ok streamed"  # the mock streams word by word
        await h.pattern.drain()

    asyncio.run(run())
    verdicts = {d.step: d.outcome for d in h.logged[0].trace.decisions}
    assert verdicts == {"observe primary": "passed", "observe shadow": "passed"}


def test_a_failing_shadow_is_logged_as_an_error_and_the_client_never_sees_it() -> None:
    h = Harness(sample=1.0)
    h.local.enqueue(BackendError("local is down", backend="local"))
    trace = asyncio.run(h.ask("ok", None))
    assert trace.decisions[-1].outcome == "started"
    assert h.logged[0].status == 502 and h.logged[0].error == "local is down"


def test_bounds_sample_pending_and_per_day() -> None:
    h = Harness(sample=0.5)
    outcomes = [asyncio.run(h.ask("ok", "ok")).decisions[-1].outcome for _ in range(40)]
    assert 8 < outcomes.count("started") < 32  # about half, from the seeded draw
    assert len(h.logged) == outcomes.count("started")

    clock = [86400.0 * 10]
    h = Harness(clock, sample=1.0, per_day=2)
    said = [asyncio.run(h.ask("ok", "ok")).decisions[-1] for _ in range(3)]
    assert [d.outcome for d in said] == ["started", "started", "skipped"]
    assert "per_day 2" in said[2].reason
    clock[0] += 86400.0  # the next UTC day starts a new count
    assert asyncio.run(h.ask("ok", "ok")).decisions[-1].outcome == "started"


def test_past_max_pending_an_observation_is_skipped_with_the_reason() -> None:
    h = Harness(sample=1.0, max_pending=1)

    async def run() -> list[str]:
        gate = asyncio.Event()
        h.local.delay, h.local.sleep = 1.0, lambda _: gate.wait()  # waits until released
        out = []
        for _ in range(2):
            h.hosted.enqueue("ok")
            h.local.enqueue("ok")
            trace = Trace(log=h.logged.append)
            await h.pattern.complete(request(), trace)
            out.append(trace.decisions[-1].reason)
        gate.set()
        await h.pattern.drain()
        return out

    reasons = asyncio.run(run())
    assert "running (max 1)" in reasons[1]


def routes(**observe: Any) -> dict[str, Any]:
    return {"models": MODELS, "routes": {"chat": {"model": "hosted", "observe": observe}}}


def test_config_checks_name_every_mistake_with_its_line() -> None:
    with pytest.raises(ConfigError) as info:
        parse(routes(shadow="nope", judge="gone"), "f.yaml")
    assert "routes.chat.observe.shadow: model 'nope' is not defined" in str(info.value)
    assert "routes.chat.observe.judge: model 'gone' is not defined" in str(info.value)
    with pytest.raises(ConfigError, match="needs a grader"):
        parse(routes(shadow="local"), "f.yaml")
    with pytest.raises(ConfigError, match="unknown option"):
        parse(routes(shadow="local", verify=[{"regex": {"pattern": "x", "bad": 1}}]), "f.yaml")
    spec = routes(shadow="local", judge="hosted")
    spec["routes"]["chat"]["privacy"] = {"policy": "local_only"}
    with pytest.raises(ConfigError, match="privacy policy is 'local_only'"):
        parse(spec, "f.yaml")
    cascade = {"models": MODELS, "routes": {"c": {"pattern": "cascade", "tiers": ["local"],
               "observe": {"shadow": "local", "judge": "hosted"}}}}  # fmt: skip
    with pytest.raises(ConfigError, match=r"routes\.c\.observe\.shadow: unknown key"):
        parse(cascade, "f.yaml")  # a cascade's first tier is what is observed
    assert parse(routes(shadow="local", judge="hosted", sample=0.1), "f.yaml").routes["chat"]


def test_the_shadow_and_the_judge_start_with_the_route() -> None:
    config = parse(routes(shadow="local", judge="hosted"), "f.yaml")
    from rung.gateway.app import Gateway

    gateway = Gateway(config)
    assert {b.name for b in gateway.routes["chat"].backends()} == {"hosted", "local"}


def test_an_unsampled_stream_is_passed_through_and_says_why() -> None:
    h = Harness(sample=0.0001)

    async def run() -> Trace:
        h.hosted.enqueue("ok streamed")
        trace = Trace(log=h.logged.append)
        text = "".join([c.delta_text async for c in h.pattern.stream(request(stream=True), trace)])
        assert text.strip() == "ok streamed"
        return trace

    trace = asyncio.run(run())
    assert [(d.step, d.outcome) for d in trace.decisions] == [("observe", "skipped")]
    assert "not sampled" in trace.decisions[0].reason
    assert h.logged == [] and h.local.requests == []


# ---- a cascade's first tier, judged beside its verifier ------------------------------------


class CascadeHarness:
    """A cascade [local, hosted] verified by a regex ("ok"), observed with a judge."""

    def __init__(self, **settings: Any) -> None:
        self.local, self.hosted = MockBackend("local"), MockBackend("hosted")
        self.judge = MockBackend("judge")
        spec = CascadeObserveSettings(judge="judge", **settings)
        cascade = Cascade([self.local, self.hosted], RegexVerifier("ok"))
        self.pattern = ObservedCascade(cascade, spec, JudgeVerifier(self.judge), [self.judge],
                                       rng=random.Random(0))  # fmt: skip
        self.logged: list[RequestRecord] = []

    async def ask(self, cheap: str, judged: str, stream: bool = False) -> tuple[Trace, str]:
        self.local.enqueue(cheap)
        self.hosted.enqueue("ok from hosted")
        self.judge.enqueue(judged)
        trace = Trace(log=self.logged.append)
        if stream:
            parts = [c.delta_text async for c in self.pattern.stream(request(stream=True), trace)]
            text = "".join(parts)
        else:
            text = (await self.pattern.complete(request(), trace)).text
        await self.pattern.drain()
        return trace, text


def verdicts(record: RequestRecord) -> dict[str, str]:
    return {d.step: d.outcome for d in record.trace.decisions}


def test_a_cascade_observation_judges_the_first_tiers_answer_beside_the_verdict() -> None:
    h = CascadeHarness(sample=1.0)
    trace, text = asyncio.run(h.ask("nope", "yes"))  # the verifier fails it, the judge passes
    assert text == "ok from hosted" and trace.escalated
    [record] = h.logged
    assert record.parent_id == "req_1" and record.pattern == "observe"
    assert record.trace.variant == "observe:local"
    assert verdicts(record) == {"observe verifier": "failed", "observe judge": "passed"}
    assert "regex" in record.trace.decisions[0].reason  # the cascade's own reason, copied
    judged = h.judge.requests[0].body["messages"][-1]["content"]
    assert "nope" in judged  # the first tier's answer, not the one the client got
    assert len(h.local.requests) == 1  # nothing re-run
    assert [c.backend for c in record.trace.calls] == ["judge"]

    trace, text = asyncio.run(h.ask("ok kept", "no", stream=True))  # kept, judged bad
    assert text.strip() == "ok kept" and not trace.escalated
    assert verdicts(h.logged[1]) == {"observe verifier": "passed", "observe judge": "failed"}


def test_a_cascade_observation_keeps_the_bounds_and_says_why_not() -> None:
    h = CascadeHarness(sample=1.0, per_day=1)
    asyncio.run(h.ask("ok", "yes"))
    trace, _ = asyncio.run(h.ask("ok", "yes"))
    [said] = [d for d in trace.decisions if d.step == "observe"]  # decided before the cascade
    assert said.outcome == "skipped" and "per_day 1" in said.reason
    assert len(h.logged) == 1 and h.pattern.drafts.seen == {}  # nothing kept for it

    h = CascadeHarness(sample=1.0)
    h.local.enqueue(BackendError("local is down", backend="local"))
    h.hosted.enqueue("ok from hosted")
    trace = Trace(log=h.logged.append)
    assert asyncio.run(h.pattern.complete(request(), trace)).text == "ok from hosted"
    assert trace.decisions[-1].reason == "local: gave no answer to grade"
    assert h.logged == [] and h.judge.requests == []


def cascade_routes(**observe: Any) -> dict[str, Any]:
    route = {"pattern": "cascade", "tiers": ["local", "hosted"], "verify": ["json"],
             "observe": observe}  # fmt: skip
    return {"models": MODELS, "routes": {"c": route}}


def test_a_cascades_observe_is_checked_like_a_fixed_routes() -> None:
    config = parse(cascade_routes(judge="hosted", sample=0.05), "f.yaml")
    from rung.gateway.app import Gateway

    pattern = Gateway(config).routes["c"]
    assert isinstance(pattern, ObservedCascade)
    with pytest.raises(ConfigError, match=r"routes\.c\.observe\.judge: model 'gone'"):
        parse(cascade_routes(judge="gone"), "f.yaml")
    with pytest.raises(ConfigError, match="needs a grader"):
        parse(cascade_routes(sample=0.5), "f.yaml")
    spec = cascade_routes(judge="hosted")
    spec["routes"]["c"]["privacy"] = {"policy": "block"}
    with pytest.raises(ConfigError, match=r"routes\.c\.observe: not allowed .* 'block'"):
        parse(spec, "f.yaml")
