"""Real calls priced: a hosted (OpenAI-protocol) backend by tokens × price, the embedded model
by the configured local cost of its busy time."""

from __future__ import annotations

import pytest

from rung.backends.llamacpp import LlamaCppBackend
from rung.backends.openai import OpenAIBackend
from rung.backends.traced import traced_complete
from rung.config import LlamaCppBackendConfig, OpenAIBackendConfig
from rung.telemetry.prices import LocalCost, ModelPrice, PricesConfig, kind_of, price_calls
from rung.types import ChatRequest, Trace

pytestmark = pytest.mark.live

PROMPT = {"messages": [{"role": "user", "content": "Name a colour."}], "max_tokens": 8,
          "temperature": 0}  # fmt: skip


async def test_stored_costs_follow_tokens_and_busy_time(llama_server: str) -> None:
    hosted = OpenAIBackend(
        "hosted", OpenAIBackendConfig(base_url=llama_server, model="smollm2", residency="eu")
    )
    local = LlamaCppBackend("local", LlamaCppBackendConfig(n_ctx=512))
    overrides = PricesConfig(
        models={"smollm2": ModelPrice(input=3.0, output=15.0)},
        local=LocalCost(hardware_per_hour=0.5, watts=60, electricity_per_kwh=0.3),
    )
    trace = Trace()
    try:
        await local.start()  # load the weights first, as the gateway does: not a busy second
        await traced_complete(hosted, ChatRequest({"model": "x", **PROMPT}), trace)
        await traced_complete(local, ChatRequest({"model": "x", **PROMPT}), trace)
    finally:
        await hosted.close()
        await local.close()
    kinds = {b.name: kind_of(b) for b in (hosted, local)}
    assert kinds == {"hosted": "hosted", "local": "local"}
    total = price_calls(trace, kinds, overrides)
    remote, mine = trace.calls
    assert remote.prompt_tokens > 0 and remote.completion_tokens > 0
    expected = (remote.prompt_tokens * 3.0 + remote.completion_tokens * 15.0) / 1_000_000
    assert remote.cost == pytest.approx(expected)
    assert mine.latency_ms > 0
    assert mine.cost == pytest.approx(mine.latency_ms / 3_600_000 * (0.5 + 0.06 * 0.3))
    assert total == pytest.approx(remote.cost + mine.cost)
