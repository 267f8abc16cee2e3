"""The `state:` section: where shared state lives, checked like every section."""

from __future__ import annotations

import pytest

from rung._errors import ConfigError
from rung.configure import parse
from rung.state import MemoryState, RedisState, open_state

BASE = {"models": {"m": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "x"}},
        "routes": {"chat": {"pattern": "fixed", "model": "m"}}}  # fmt: skip


def test_no_state_section_keeps_state_in_process() -> None:
    assert open_state(parse(BASE, "<test>").state) is None


def test_a_redis_url_and_its_failure_modes() -> None:
    state = {"url": "redis://127.0.0.1:6379/2", "rates_fail": "closed", "budgets_fail": "open"}
    config = parse({**BASE, "state": state}, "<test>")
    assert config.state.rates_fail == "closed" and config.state.budgets_fail == "open"
    made = open_state(config.state)
    assert isinstance(made, RedisState) and made.where == "redis://127.0.0.1:6379/2"
    assert isinstance(open_state(parse({**BASE, "state": {"url": "memory://"}}, "<t>").state),
                      MemoryState)  # fmt: skip


def test_a_password_in_the_url_is_refused_and_an_env_reference_is_read() -> None:
    with pytest.raises(ConfigError, match=r"state\.url: .*a password is a secret"):
        parse({**BASE, "state": {"url": "redis://:hunter2@db:6379/0"}}, "<test>")
    with pytest.raises(ConfigError, match=r"state\.budgets_fail"):
        parse({**BASE, "state": {"budgets_fail": "maybe"}}, "<test>")
    with pytest.raises(ConfigError, match=r"state\.colour: unknown key"):
        parse({**BASE, "state": {"colour": "red"}}, "<test>")
    config = parse({**BASE, "state": {"url": "env:RUNG_TEST_REDIS"}}, "<test>")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUNG_TEST_REDIS", "redis://:hunter2@db:6379/0")
        made = open_state(config.state)
    assert isinstance(made, RedisState) and "hunter2" not in made.where


def test_leases_are_on_for_redis_unless_turned_off_and_never_in_process() -> None:
    from rung.limits.lease import Leases
    from rung.state.gateway import shared_limits

    def limits(state: dict[str, object]) -> Leases | None:
        config = parse({**BASE, "state": state}, "<test>")
        made = shared_limits(config, open_state(config.state))
        assert made is not None
        return made.leases

    assert limits({"url": "redis://127.0.0.1:6379/2"}) is not None
    assert limits({"url": "redis://127.0.0.1:6379/2", "leases": False}) is None
    assert limits({"url": "memory://"}) is None  # nothing to save a round trip to
    with pytest.raises(ConfigError, match=r"state\.leases"):
        parse({**BASE, "state": {"leases": "sometimes"}}, "<test>")
