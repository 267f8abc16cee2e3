"""Prices: the hosted catalogue and overrides, and the local cost model."""

from __future__ import annotations

import pytest

from rung.backends.base import Capabilities
from rung.backends.mock import MockBackend
from rung.telemetry.prices import (
    CATALOGUE,
    LocalCost,
    ModelPrice,
    PricesConfig,
    cost,
    kind_of,
    price_calls,
    price_for,
)
from rung.types import Trace

LLAMA = "meta-llama/Llama-3.3-70B-Instruct"


def test_hosted_cost_is_tokens_times_price() -> None:
    price = CATALOGUE[LLAMA]
    expected = (1200 * price.input + 300 * price.output) / 1_000_000
    assert cost("hosted", LLAMA, "hosted", 1200, 300, 5000.0) == pytest.approx(expected)
    assert expected > 0


def test_lookup_folds_case_and_org_prefix() -> None:
    assert price_for("b", "GPT-4O-MINI") == CATALOGUE["gpt-4o-mini"]
    assert price_for("b", "openai/gpt-4.1-mini") == CATALOGUE["gpt-4.1-mini"]
    assert price_for("b", "openai/gpt-oss-120b") == CATALOGUE["openai/gpt-oss-120b"]
    assert price_for("b", "some/unknown-model") is None
    assert cost("b", "some/unknown-model", "hosted", 1000, 1000, 10.0) == 0.0


def test_overrides_by_model_and_by_backend_name() -> None:
    overrides = PricesConfig(
        models={LLAMA: ModelPrice(input=2.0, output=4.0), "cheap": ModelPrice(input=0, output=1)}
    )
    assert cost("hosted", LLAMA, "hosted", 1_000_000, 500_000, 0, overrides) == pytest.approx(4.0)
    assert cost("cheap", LLAMA, "hosted", 1_000_000, 1_000_000, 0, overrides) == pytest.approx(1)


def test_local_cost_is_busy_time_times_hourly_rate() -> None:
    rate = LocalCost(hardware_per_hour=1.0, watts=100, electricity_per_kwh=0.5)
    assert rate.per_hour() == pytest.approx(1.05)
    overrides = PricesConfig(local=rate)
    got = cost("local", "embedded:smollm2-135m", "llamacpp", 50, 50, 1800.0, overrides)
    assert got == pytest.approx(1.05 * 1.8 / 3600)
    assert cost("local", "x", "local", 9999, 9999, 0.0, overrides) == 0.0  # no busy time


def test_local_defaults_are_not_free_and_per_backend_rates_apply() -> None:
    assert cost("local", "m", "local", 0, 0, 1000.0) > 0
    gpu = LocalCost(hardware_per_hour=3.6, watts=0)
    overrides = PricesConfig(local_backends={"gpu": gpu})
    assert cost("gpu", "m", "local", 0, 0, 1000.0, overrides) == pytest.approx(0.001)
    priced = PricesConfig(models={"gpu": ModelPrice(input=1, output=1)})
    assert cost("gpu", "m", "local", 1_000_000, 0, 1000.0, priced) == pytest.approx(1.0)


def test_price_calls_fills_the_trace() -> None:
    trace = Trace()
    local = trace.call("local", "smollm2")
    local.latency_ms = 3600.0
    hosted = trace.call("hosted", LLAMA)
    hosted.prompt_tokens, hosted.completion_tokens = 1000, 1000
    overrides = PricesConfig(local=LocalCost(hardware_per_hour=1.0, watts=0))
    total = price_calls(trace, {"local": "local", "hosted": "hosted"}, overrides)
    assert local.cost == pytest.approx(0.001)
    assert hosted.cost == pytest.approx(2000 * CATALOGUE[LLAMA].input / 1_000_000)
    assert total == pytest.approx(local.cost + hosted.cost)


def test_kind_of() -> None:
    assert kind_of(MockBackend("m", Capabilities(residency="local"))) == "local"
    assert kind_of(MockBackend("m", Capabilities(residency="eu"))) == "hosted"
