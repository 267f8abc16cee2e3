"""`rung import litellm`: LiteLLM proxy configs (the seed's two-tier chain and configs shaped
after LiteLLM's documented examples) convert into rung configs that rung's own loader accepts,
with the routes, backends, fallbacks, retries, timeouts and caches the LiteLLM config meant, and
every setting that cannot be carried over named on its own line."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

from rung import configure
from rung.config import OpenAIBackendConfig
from rung.importers import Conversion, ImportFailed, check, convert, convert_file, to_yaml
from rung.patterns.ab import ABRoute
from rung.patterns.fallback import FallbackRoute
from rung.patterns.fixed import FixedRoute

DATA = Path(__file__).parent / "data"


def loaded(name: str, tmp_path: Path) -> tuple[Conversion, Any]:
    """The fixture converted, written as YAML and read back by rung's own loader."""
    conversion = convert_file(DATA / name)
    path = tmp_path / "rung.yaml"
    path.write_text(to_yaml(conversion, name), encoding="utf-8")
    env = {name: "a-key" for name in conversion.env}
    return conversion, configure.load(path, env=env)


def backend(config: Any, name: str) -> OpenAIBackendConfig:
    model = config.models[name]
    assert isinstance(model, OpenAIBackendConfig)
    return model


def test_seed_two_tiers(tmp_path: Path) -> None:
    conversion, config = loaded("seed-two-tiers.yaml", tmp_path)
    local, hosted = backend(config, "local"), backend(config, "hosted")
    assert (local.base_url, local.model) == ("http://localhost:11434/v1", "qwen2.5-coder:1.5b")
    assert local.api_key is None and local.residency == "local"
    assert (hosted.base_url, hosted.api_key) == ("https://api.berget.ai/v1", "env:BERGET_API_KEY")
    assert hosted.model == "meta-llama/Llama-3.3-70B-Instruct"
    route = config.routes["local"]
    assert isinstance(route, FallbackRoute) and route.models == ["local", "hosted"]
    assert isinstance(config.routes["hosted"], FixedRoute)
    for model in (local, hosted):
        assert model.num_retries == 1
        assert (model.timeout.total, model.timeout.first_byte) == (60.0, 60.0)
    assert conversion.env == ["BERGET_API_KEY"]
    assert conversion.notes == [  # LiteLLM knows the hosted model's window from its model map
        "model_list[1].model_info.max_input_tokens: unknown (LiteLLM reads it from its model "
        "map): rung assumes 8192 tokens; set models.hosted.context_window"
    ]


def test_load_balancing_example(tmp_path: Path) -> None:
    conversion, config = loaded("load-balancing.yaml", tmp_path)
    assert list(config.models) == [
        "zephyr-beta", "zephyr-beta-2", "zephyr-beta-3", "gpt-4o", "gpt-3.5-turbo-16k"
    ]  # fmt: skip
    route = config.routes["zephyr-beta"]
    assert isinstance(route, ABRoute) and route.sticky == "none"  # a random pick each time
    weights = {name: v.weight for name, v in route.variants.items()}
    assert weights == {"zephyr-beta": 60, "zephyr-beta-2": 600, "zephyr-beta-3": 60000}  # rpm
    tail = ["gpt-4o", "gpt-3.5-turbo-16k"]  # fallbacks, then context-window fallbacks
    assert route.variants["zephyr-beta-2"].route == {
        "pattern": "fallback", "models": ["zephyr-beta-2", "zephyr-beta", "zephyr-beta-3", *tail]
    }  # fmt: skip
    gpt4o = config.routes["gpt-4o"]
    assert isinstance(gpt4o, FallbackRoute) and gpt4o.models == tail
    assert config.routes["gpt-4"] == gpt4o  # model_group_alias
    zephyr = backend(config, "zephyr-beta")
    assert (
        zephyr.base_url == "http://0.0.0.0:8001/v1"
        and zephyr.model == "HuggingFaceH4/zephyr-7b-beta"
    )
    assert zephyr.num_retries == 2  # router_settings win over litellm_settings, as in LiteLLM
    assert zephyr.timeout.total == 30.0
    assert (zephyr.breaker.failures, zephyr.breaker.window) == (4, 60.0)  # allowed_fails: 3
    assert backend(config, "gpt-4o").context_window == 128000
    assert backend(config, "gpt-4o").api_key == "env:OPENAI_API_KEY"
    for key in (
        "router_settings.redis_host", "litellm_settings.num_retries",
        "litellm_settings.request_timeout", "model_list[2].litellm_params.rpm",
        "context_window_fallbacks.zephyr-beta",
    ):  # fmt: skip
        assert any(note.startswith(key + ":") for note in conversion.notes), key
    assert not any("redis.internal" in note for note in conversion.notes)


def test_what_cannot_be_carried_over_is_named(tmp_path: Path) -> None:
    conversion, config = loaded("quick-start.yaml", tmp_path)
    assert list(config.routes) == ["vllm-models"]
    vllm = backend(config, "vllm-models")
    assert (vllm.base_url, vllm.model, vllm.api_key) == (
        "http://0.0.0.0:4000/v1",
        "facebook/opt-125m",
        None,
    )
    keys = [note.partition(": ")[0] for note in conversion.notes]
    assert keys == [
        "litellm_settings.drop_params",
        "litellm_settings.success_callback",
        "model_list[0].litellm_params.model",  # azure
        "model_list[1].litellm_params.model",  # bedrock
        "model_list[2].litellm_params.api_key",  # a literal key
        "model_list[2].litellm_params.rpm",
        "model_list[2].model_info.version",
        "model_list[3].model_name",  # the wildcard
        "general_settings.master_key",  # a literal key
        "general_settings.alerting",
    ]
    assert "'azure'" in conversion.notes[2] and "'bedrock'" in conversion.notes[3]
    text = to_yaml(conversion, "quick-start.yaml") + "\n".join(conversion.notes)
    assert "sk-1234" not in text  # a literal secret is never written out, nor echoed


def test_semantic_cache_and_prices(tmp_path: Path) -> None:
    conversion, config = loaded("caching.yaml", tmp_path)
    cache = config.routes["gpt-4o-mini"].cache
    assert cache is not None
    assert (cache.exact, cache.semantic, cache.threshold, cache.ttl) == (True, True, 0.8, 600.0)
    assert cache.sampled  # LiteLLM caches answers at any temperature
    price = config.prices.models["gpt-4o-mini"]
    assert (price.input, price.output) == pytest.approx((0.15, 0.6))  # USD per million tokens
    assert [n.partition(": ")[0] for n in conversion.notes] == [
        "litellm_settings.cache_params.type",
        "litellm_settings.cache_params.redis_semantic_cache_embedding_model",
    ]


def test_timeouts_orders_and_transitive_fallbacks(tmp_path: Path) -> None:
    conversion, config = loaded("timeouts.yaml", tmp_path)
    fast = backend(config, "fast")
    assert fast.base_url == "https://api.groq.com/openai/v1" and fast.api_key == "env:GROQ_API_KEY"
    assert (fast.timeout.total, fast.timeout.first_byte, fast.num_retries) == (10.0, 2.0, 0)
    steady = backend(config, "steady-main")
    assert (steady.timeout.total, steady.num_retries) == (45.0, 4)  # the router's defaults
    assert (steady.breaker.failures, steady.breaker.cooldown) == (3, 15.0)
    route = config.routes["fast"]  # fast -> steady (by order: main, backup) -> last-resort
    assert isinstance(route, FallbackRoute)
    assert route.models == ["fast", "steady-main", "steady-backup", "last-resort"]
    steady_route = config.routes["steady"]
    assert isinstance(steady_route, FallbackRoute)
    assert steady_route.models == ["steady-main", "steady-backup", "last-resort"]
    assert [n.partition(": ")[0] for n in conversion.notes] == [
        "model_list[0].litellm_params.stream_timeout"
    ]


def test_fallback_loops_and_max_fallbacks() -> None:
    deployments = [
        {"model_name": name, "litellm_params": {"model": f"hosted_vllm/{name}", "api_base": "http://h/v1"},
         "model_info": {"max_input_tokens": 4096}}
        for name in ("a", "b", "c", "d")
    ]  # fmt: skip
    settings = {
        "fallbacks": [{"a": ["b"]}, {"b": ["a", "c"]}, {"c": ["d", "nope"]}],
        "max_fallbacks": 2,
    }
    conversion = convert({"model_list": deployments, "router_settings": settings})
    routes = conversion.config["routes"]
    assert routes["a"]["models"] == ["a", "b", "c"]  # no loop back to a; two fallbacks at most
    assert routes["c"]["models"] == ["c", "d"]
    assert "fallbacks.c: 'nope' is not a converted model group; dropped" in conversion.notes
    check(conversion)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"litellm_settings": {}}, "no `model_list`"),
        ({"model_list": [{"model_name": "x", "litellm_params": {"model": "anthropic/claude"}}]},
         "no deployment in `model_list` could be converted"),
    ],
)  # fmt: skip
def test_nothing_to_convert_is_an_error(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        convert(data)


def test_every_fixture_is_valid_yaml_for_litellm_shape() -> None:
    for path in sorted(DATA.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data["model_list"], list), path.name


def test_settings_that_are_not_numbers_are_reported() -> None:
    deployment = {"model_name": "m", "litellm_params": {"model": "hosted_vllm/m",
                  "api_base": "http://h/v1", "timeout": "soon", "num_retries": "many"},
                  "model_info": {"max_input_tokens": 4096}}  # fmt: skip
    settings = {"allowed_fails": "some", "cooldown_time": 7, "stream_timeout": [1]}
    conversion = convert({"model_list": [deployment], "router_settings": settings})
    backend = conversion.config["models"]["m"]
    assert "timeout" not in backend and "num_retries" not in backend
    assert backend["breaker"] == {"window": 60.0, "cooldown": 7.0}
    assert [n.partition(": ")[0] for n in conversion.notes] == [
        "stream_timeout", "allowed_fails",
        "model_list[0].litellm_params.timeout", "model_list[0].litellm_params.num_retries",
    ]  # fmt: skip
    check(conversion)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_every_converted_fixture_builds_a_gateway(name: str) -> None:
    """rung builds every route's pattern from the converted config (nothing is called)."""
    from rung.config import LogConfig
    from rung.gateway.app import Gateway

    conversion = convert_file(DATA / name)
    config = check(conversion)
    config.log = LogConfig(enabled=False)
    gateway = Gateway(config)
    assert set(gateway.routes) == set(conversion.config["routes"])


def litellm_examples() -> list[Path]:
    """The example proxy configs the installed litellm package ships (found without importing
    it: its import is slow and reaches for the network)."""
    spec = importlib.util.find_spec("litellm")
    if spec is None or spec.origin is None:
        return []
    proxy = Path(spec.origin).parent / "proxy"
    return sorted([*proxy.glob("*config*.yaml"), *(proxy / "example_config_yaml").glob("*.yaml")])


def literal_secrets(data: Any) -> set[str]:
    if isinstance(data, dict):
        found = {
            str(v) for k, v in data.items()
            if k in ("api_key", "master_key") and isinstance(v, str) and len(v) > 4
            and not v.startswith("os.environ/")
        }  # fmt: skip
        return found.union(*(literal_secrets(v) for v in data.values()))
    if isinstance(data, list):
        return set().union(*(literal_secrets(v) for v in data))
    return set()


@pytest.mark.skipif(not litellm_examples(), reason="litellm (the dev extra) is not installed")
def test_litellm_shipped_examples_convert_or_say_why() -> None:
    """Every example config in LiteLLM's own package converts into a config rung loads, or
    fails with the reason (no deployment rung can call); a literal secret is never echoed."""
    converted = 0
    for path in litellm_examples():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            conversion = convert(data)
        except ImportFailed as exc:
            assert "could be converted" in exc.message or "no `model_list`" in exc.message
            continue
        check(conversion, path.name)
        converted += 1
        text = to_yaml(conversion, path.name) + "\n".join(conversion.notes)
        for secret in literal_secrets(data):
            assert secret not in text, (path.name, "a literal secret was echoed")
    assert converted >= 10


@pytest.mark.skipif(not litellm_examples(), reason="litellm (the dev extra) is not installed")
def test_litellm_shipped_load_balancer_example() -> None:
    [path] = [p for p in litellm_examples() if p.name == "load_balancer.yaml"]
    conversion = convert(yaml.safe_load(path.read_text(encoding="utf-8")))
    route = conversion.config["routes"]["gpt-3.5-turbo"]
    assert route["pattern"] == "ab"
    weights = {name: v["weight"] for name, v in route["variants"].items()}
    assert weights == {"gpt-3.5-turbo": 3, "gpt-3.5-turbo-2": 3, "gpt-3.5-turbo-3": 1.0}  # rpm
    openrouter = conversion.config["models"]["gpt-3.5-turbo-3"]
    assert openrouter["base_url"] == "https://openrouter.ai/api/v1"
    assert openrouter["api_key"] == "env:OPENROUTER_API_KEY"
    assert "api_key" not in conversion.config["models"]["gpt-3.5-turbo"]  # a literal: reported
    assert "model_list[3].litellm_params.model" in [n.partition(": ")[0] for n in conversion.notes]
