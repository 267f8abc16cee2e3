"""The pieces together, as the gateway will use them, on the project's MockBackend: what a
hosted backend receives holds no original value, and the client gets the values back."""

from __future__ import annotations

import orjson

from rung._errors import UpstreamStatus
from rung.backends.base import Capabilities
from rung.backends.mock import MockBackend
from rung.privacy import (
    ChunkRestorer,
    Detector,
    check_call,
    decide,
    pseudonymize_body,
    restore_completion,
)
from rung.types import ChatRequest

BODY = {
    "model": "chat",
    "messages": [
        {"role": "system", "content": "Du svarar kunden Anna Svensson (850314-1239)."},
        {"role": "user", "content": "Mitt nummer är 070-123 45 67, mejla anna@example.se."},
    ],
}
ORIGINALS = ("Anna Svensson", "850314-1239", "070-123 45 67", "anna@example.se")


async def call_in_order(
    backends: list[MockBackend], detector: Detector, policy: str, regions: list[str]
) -> tuple[str, str]:
    """Try each backend in turn (fallbacks) under the policy; return who answered and what."""
    verdict = decide(policy, detector.scan(BODY))
    for backend in backends:
        check = check_call(verdict, regions, backend.name, backend.capabilities.residency)
        if not check.allowed:
            continue
        body, mapping = BODY, None
        if check.pseudonymize:
            body, mapping, _ = pseudonymize_body(BODY, detector)
        try:
            completion = await backend.complete(ChatRequest(body))
        except UpstreamStatus:
            continue
        data = restore_completion(completion.data, mapping) if mapping else completion.data
        return backend.name, data["choices"][0]["message"]["content"]
    raise AssertionError("no backend answered")


def sent_text(backend: MockBackend) -> str:
    return "\n".join(orjson.dumps(r.body).decode() for r in backend.requests)


async def test_pseudonymized_hosted_call_and_restored_answer(detector: Detector) -> None:
    hosted = MockBackend("hosted-eu", Capabilities(residency="eu"))
    _, mapping, _ = pseudonymize_body(BODY, detector)
    holder = {v: p for p, v in mapping.originals.items()}
    hosted.enqueue(f"Hej {holder['Anna Svensson']}, vi ringer {holder['070-123 45 67']}.")
    name, answer = await call_in_order([hosted], detector, "pseudonymize", ["local", "eu"])
    assert name == "hosted-eu"
    assert answer == "Hej Anna Svensson, vi ringer 070-123 45 67."
    for value in ORIGINALS:
        assert value not in sent_text(hosted)


async def test_fallbacks_stay_inside_residency_and_local_only(detector: Detector) -> None:
    us = MockBackend("hosted-us", Capabilities(residency="us")).enqueue("from us")
    eu = MockBackend("hosted-eu", Capabilities(residency="eu"))
    eu.enqueue(UpstreamStatus("down", backend="hosted-eu", status=503))
    local = MockBackend("local", Capabilities(residency="local")).enqueue("from local")
    name, answer = await call_in_order([us, eu, local], detector, "pseudonymize", ["local", "eu"])
    assert (name, answer) == ("local", "from local")
    assert us.requests == []  # outside the route's regions, never called
    for value in ORIGINALS:
        assert value not in sent_text(eu)  # the failed EU call was pseudonymised too
    assert "Anna Svensson" in sent_text(local)  # local calls get the original

    eu.enqueue("from eu")
    local.enqueue("from local")
    name, _ = await call_in_order([us, eu, local], detector, "local_only", [])
    assert name == "local"
    assert len(eu.requests) == 1  # local_only: the EU backend was not called again


async def test_streamed_answer_is_restored(detector: Detector) -> None:
    hosted = MockBackend("hosted-eu", Capabilities(residency="eu"))
    sent, mapping, _ = pseudonymize_body(BODY, detector)
    holder = {v: p for p, v in mapping.originals.items()}
    hosted.enqueue(f"Hej {holder['Anna Svensson']}! Vi mejlar {holder['anna@example.se']}.")
    restorer = ChunkRestorer(mapping)
    text = ""
    async for chunk in hosted.stream(ChatRequest(sent)):
        out = restorer.restore(chunk.data)
        text += out["choices"][0]["delta"].get("content") or ""
    assert restorer.flush() == []
    assert text.strip() == "Hej Anna Svensson! Vi mejlar anna@example.se."
