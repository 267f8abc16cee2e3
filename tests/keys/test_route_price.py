"""The cost a request reserves against a budget before it runs: its tokens at the summed price of
every hosted backend its route may call (a cascade may call them all), local backends at 0."""

from __future__ import annotations

import pytest

from rung.backends.base import Capabilities
from rung.backends.mock import MockBackend
from rung.keys.limiting import route_price
from rung.telemetry.prices import PricesConfig


def backend(name: str, model: str, local: bool = False) -> MockBackend:
    mock = MockBackend(name)
    mock.model, mock.capabilities = model, Capabilities(local=local)
    return mock


def test_a_cascade_reserves_the_sum_of_its_hosted_tiers_prices() -> None:
    overrides = PricesConfig.model_validate(
        {"models": {"small": {"input": 1.0, "output": 2.0}, "big": {"input": 10.0, "output": 30.0}}}
    )
    tiers = [backend("local", "smollm2", local=True), backend("small", "s"), backend("big", "b")]
    kinds = {"local": "local", "small": "hosted", "big": "hosted"}
    price = route_price(tiers, kinds, overrides)
    assert (price.input, price.output) == (11.0, 32.0)
    assert price.cost(1_000_000, 500_000) == pytest.approx(11.0 + 16.0)


def test_a_local_route_reserves_nothing() -> None:
    local = backend("local", "smollm2", local=True)
    assert route_price([local], {"local": "local"}, None).cost(10_000, 10_000) == 0.0
