"""Checking a config: every error in one run, unset secrets, relative paths, no backend built,
each router file read once, and config as a leaf of the import graph."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rung import ConfigError
from rung.backends.mock import MockBackend
from rung.cli import main
from rung.config import LlamaCppBackendConfig
from rung.configure import load, parse
from rung.patterns import REGISTRY, build_pattern
from rung.patterns.ab import inline_section
from rung.patterns.learned import Learned, LearnedRoute
from rung.routers import create

SRC = Path(__file__).parents[1] / "src"

FOUR_MISTAKES = """\
models:
  local: {backend: llamacpp, temprature: 3}
  hosted:
    backend: openai
    base_url: http://127.0.0.1:9/v1
    model: m
    api_key: env:RUNG_TEST_UNSET_KEY
routes:
  chat: {model: hostd}
  json: {pattern: cascade, tiers: [local, hosted], verify: [{json: {fence: true}}]}
"""


def write(tmp_path: Path, text: str, name: str = "rung.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def errors(tmp_path: Path, text: str) -> list[str]:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load(path, env={})
    return caught.value.message.replace(str(path), "FILE").splitlines()


# ---- every error in one run -------------------------------------------------------------------


def test_four_mistakes_are_reported_in_one_run(tmp_path: Path) -> None:
    assert errors(tmp_path, FOUR_MISTAKES) == [
        "FILE:2: models.local.temprature: unknown key",
        "FILE:7: models.hosted.api_key: the environment variable RUNG_TEST_UNSET_KEY is not set",
        "FILE:9: routes.chat.model: model 'hostd' is not defined under `models`",
        "FILE:10: routes.json.verify.0: verifier 'json': unknown option 'fence' (known: "
        "allow_fence)",
    ]


def test_rung_check_prints_every_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUNG_TEST_UNSET_KEY", raising=False)
    result = CliRunner().invoke(main, ["check", str(write(tmp_path, FOUR_MISTAKES))])
    assert result.exit_code == 1
    for where in ("models.local.temprature", "RUNG_TEST_UNSET_KEY", "routes.chat.model"):
        assert where in result.output
    assert "routes.json.verify.0" in result.output


def test_a_route_naming_a_broken_model_is_not_reported_twice(tmp_path: Path) -> None:
    text = "models:\n  local: {backend: llamacpp, n_cxt: 1}\nroutes:\n  r: {model: local}\n"
    assert errors(tmp_path, text) == ["FILE:2: models.local.n_cxt: unknown key"]


# ---- secrets -------------------------------------------------------------------------------


def test_an_unset_secret_names_the_variable_file_line_and_key(tmp_path: Path) -> None:
    text = FOUR_MISTAKES.replace("temprature: 3", "max_queue: 2").replace("hostd", "hosted")
    text = text.replace("{fence: true}", "{allow_fence: true}")
    assert errors(tmp_path, text) == [
        "FILE:7: models.hosted.api_key: the environment variable RUNG_TEST_UNSET_KEY is not set"
    ]
    assert load(write(tmp_path, text), env={"RUNG_TEST_UNSET_KEY": "k"}).routes


def test_an_empty_secret_is_unset_too(tmp_path: Path) -> None:
    text = FOUR_MISTAKES.replace("temprature: 3", "max_queue: 2").replace("hostd", "hosted")
    text = text.replace("{fence: true}", "{allow_fence: true}")
    with pytest.raises(ConfigError, match="RUNG_TEST_UNSET_KEY is not set"):
        load(write(tmp_path, text), env={"RUNG_TEST_UNSET_KEY": ""})


# ---- relative paths ------------------------------------------------------------------------


def test_relative_paths_resolve_against_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    create("random").save(conf / "routers" / "r.npz")
    text = """\
models:
  local: {backend: llamacpp}
  file: {backend: llamacpp, model: models/x.gguf}
  abs: {backend: llamacpp, model: /opt/x.gguf}
routes:
  learned: {pattern: learned, router: routers/r.npz, weak: local, strong: file}
  named: {pattern: learned, router: random, weak: local, strong: file}
  cached: {model: local, cache: {path: cache/c.db}}
  split:
    pattern: ab
    variants: {a: {weight: 1, route: {model: local, cache: {path: c2.db}}}}
log: {path: logs/rung.db}
"""
    write(conf, text)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = load(Path("..") / "conf" / "rung.yaml")
    base = conf.resolve()
    assert config.log_path() == base / "logs" / "rung.db"
    assert config.routes["learned"].router == str(base / "routers" / "r.npz")  # type: ignore[attr-defined]
    assert config.routes["named"].router == "random"  # type: ignore[attr-defined]
    assert config.routes["cached"].cache.path == str(base / "cache" / "c.db")  # type: ignore[attr-defined]
    assert config.models["file"].model == str(base / "models" / "x.gguf")  # type: ignore[attr-defined]
    assert config.models["abs"].model == "/opt/x.gguf"  # type: ignore[attr-defined]
    assert config.models["local"].model == "embedded:smollm2-135m"  # type: ignore[attr-defined]
    inline = config.routes["split"].variants["a"].route  # type: ignore[attr-defined]
    assert inline_section(inline).cache.path == str(base / "c2.db")  # type: ignore[attr-defined]


def test_data_without_a_file_keeps_its_paths() -> None:
    data = {"models": {"m": {"backend": "llamacpp"}}, "routes": {"r": {"model": "m"}}}
    config = parse({**data, "log": {"path": "x.db"}}, "<test>")
    assert config.log.path == "x.db"


# ---- context_window, n_ctx -------------------------------------------------------------------


def test_context_window_is_the_name_and_n_ctx_a_deprecated_alias(tmp_path: Path) -> None:
    text = "models:\n  m: {backend: llamacpp, n_ctx: 1024}\nroutes:\n  r: {model: m}\n"
    config = load(write(tmp_path, text))
    model = config.models["m"]
    assert isinstance(model, LlamaCppBackendConfig)
    assert model.context_window == 1024 == model.n_ctx
    assert config.notices == [
        f"{tmp_path / 'rung.yaml'}:2: models.m.n_ctx is deprecated: write context_window"
    ]
    both = text.replace("n_ctx: 1024", "n_ctx: 1024, context_window: 2048")
    assert "set `context_window` only" in errors(tmp_path, both)[0]
    new = load(write(tmp_path, text.replace("n_ctx", "context_window")))
    assert new.models["m"].context_window == 1024 and not new.notices  # type: ignore[attr-defined]


# ---- checking builds nothing -------------------------------------------------------------------

VERIFIED = {
    "models": {
        "local": {"backend": "llamacpp", "logprobs": False},
        "hosted": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"},
    },
    "routes": {
        "r": {
            "pattern": "cascade",
            "tiers": ["local", "hosted"],
            "verify": [
                {"judge": {"model": "hosted"}},
                {"consistency": {"n": 3}},
                {"python": {"tests": "assert f(1) == 2"}},
                {"any": ["json", {"regex": {"pattern": "^a"}}]},
            ],
        }
    },
}


def refuse(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("checking a config built something")


def test_checking_verifiers_builds_no_backend_and_no_sandbox(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import rung.backends.llamacpp
    import rung.backends.openai
    import rung.verifiers.sandbox

    monkeypatch.setattr(rung.backends.openai.OpenAIBackend, "__init__", refuse)
    monkeypatch.setattr(rung.backends.llamacpp.LlamaCppBackend, "__init__", refuse)
    monkeypatch.setattr(rung.verifiers.sandbox.Sandbox, "__init__", refuse)
    config = parse(VERIFIED, "t.yaml")
    assert list(config.routes) == ["r"]


@pytest.mark.parametrize(
    ("verifier", "message"),
    [
        ({"consistency": {"n": 1}}, "consistency: n must be at least 2"),
        ("logprob", "logprob: local cannot return logprobs"),
        ({"judge": {"model": "nope"}}, "verifier 'judge': unknown model 'nope'"),
        ({"python": {"tests": "assert ("}}, "python: the configured tests are not valid Python"),
        ({"regex": {"pattern": "("}}, "regex: bad pattern"),
        ({"json_schema": {"schema": {"type": 3}}}, "json_schema: the configured schema is invalid"),
        ({"all": []}, "verifier 'all' needs a non-empty list of verifiers"),
    ],
)
def test_verifier_specs_are_checked_structurally(verifier: Any, message: str) -> None:
    data = {**VERIFIED, "routes": {"r": {**VERIFIED["routes"]["r"], "verify": ["json", verifier]}}}
    with pytest.raises(ConfigError) as caught:
        parse(data, "t.yaml")
    assert caught.value.message.startswith("t.yaml:1: routes.r.verify.1: " + message)


def test_a_router_file_is_read_once_by_check_and_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rung.routers.base

    create("random").save(tmp_path / "r.npz")
    reads: list[Path] = []
    real = rung.routers.base.read_router_file

    def counting(path: str | Path) -> Any:
        reads.append(Path(path))
        return real(path)

    monkeypatch.setattr(rung.routers.base, "read_router_file", counting)
    text = """\
models:
  weak: {backend: llamacpp}
  strong: {backend: llamacpp}
routes:
  r: {pattern: learned, router: r.npz, weak: weak, strong: strong}
"""
    config = load(write(tmp_path, text))
    route = config.routes["r"]
    assert isinstance(route, LearnedRoute) and reads == [tmp_path / "r.npz"]
    backends = {"weak": MockBackend("weak"), "strong": MockBackend("strong")}
    pattern = build_pattern(route, backends)
    assert isinstance(pattern, Learned) and pattern.router.name == "random"
    assert reads == [tmp_path / "r.npz"]  # the build used what the check read


def test_a_missing_router_file_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = "models:\n  m: {backend: llamacpp}\nroutes:\n  r: {pattern: learned, router: x.npz,"
    text += " weak: m, strong: m}\n"
    (message,) = errors(tmp_path, text)
    assert message.startswith("FILE:4: routes.r.router: router file ") and "x.npz" in message


# ---- local backends priced as local ------------------------------------------------------------


def test_a_local_backend_is_known_by_its_declared_capability_not_its_class_name() -> None:
    from rung.backends.base import Capabilities
    from rung.backends.llamacpp import LlamaCppBackend
    from rung.telemetry.prices import kind_of

    local = LlamaCppBackend("l", LlamaCppBackendConfig(residency="eu"))
    assert local.capabilities.local and kind_of(local) == "local"
    assert kind_of(MockBackend("m", Capabilities(residency="eu", local=True))) == "local"

    class LlamaCppBackend2(MockBackend):
        pass

    LlamaCppBackend2.__name__ = "LlamaCppBackend"  # a name proves nothing
    assert kind_of(LlamaCppBackend2("h", Capabilities(residency="eu"))) == "hosted"


# ---- one registry, config as a leaf ------------------------------------------------------------


def test_the_registry_is_read_only_and_names_every_pattern() -> None:
    assert set(REGISTRY) == {
        "fixed", "cascade", "draft_verify", "fallback", "advisor", "specialist", "learned", "ab",
    }  # fmt: skip
    with pytest.raises(TypeError):
        REGISTRY["x"] = REGISTRY["fixed"]  # type: ignore[index]
    for name, kind in REGISTRY.items():
        assert kind.schema.model_fields["pattern"].default == name
        assert kind.checks, name


def imports_of(path: Path, module: str) -> set[str]:
    """Every rung module `path` imports when run, at the top or inside a function, with the
    packages whose `__init__` each import runs."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {  # `if TYPE_CHECKING:` imports never run
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
        for stmt in node.body
        for inner in ast.walk(stmt)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        for name in names:
            parts = name.split(".")
            found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return {name for name in found if name == "rung" or name.startswith("rung.")}


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted((SRC / "rung").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        graph[module] = imports_of(path, module)
    return {name: {m for m in deps if m in graph and m != name} for name, deps in graph.items()}


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(graph[name])
    return seen


def test_config_is_a_leaf_of_the_import_graph() -> None:
    graph = import_graph()
    assert "rung.config" in graph["rung.patterns.registry"]  # the graph is read
    below = reachable(graph, "rung.config")
    banned = ("rung.patterns", "rung.backends", "rung.gateway", "rung.verifiers", "rung.routers")
    assert sorted(m for m in below if m.startswith(banned)) == []
    assert "rung.config" not in below  # no cycle through config
    print("rung.config imports (transitively):", ", ".join(sorted(below)))


def test_nothing_adds_to_config_at_import_time() -> None:
    import rung.config

    for name in ("PATTERN_SCHEMAS", "REF_CHECKS"):
        assert not hasattr(rung.config, name)


def test_duplicate_keys_are_reported_with_the_other_errors(tmp_path: Path) -> None:
    text = "models:\n  m: {backend: llamacpp}\n  m: {backend: openai}\nroutes:\n  r: {model: x}\n"
    assert errors(tmp_path, text) == [
        "FILE:3: models.m: duplicate key",
        "FILE:5: routes.r.model: model 'x' is not defined under `models`",
    ]


def test_a_specialist_classifier_is_checked_and_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rung.routers.base

    create("heuristic").save(tmp_path / "math.npz")
    reads: list[Path] = []
    real = rung.routers.base.read_router_file
    monkeypatch.setattr(
        rung.routers.base, "read_router_file", lambda p: reads.append(Path(p)) or real(p)
    )
    import rung.routers

    monkeypatch.setattr(rung.routers, "read_router_file", rung.routers.base.read_router_file)
    text = """\
models:
  local: {backend: llamacpp}
  plain: {backend: llamacpp}
routes:
  ask:
    pattern: specialist
    generalist: local
    specialists:
      - {model: plain, when: {tag: math, classifier: math.npz}}
      - {model: plain, when: {tag: other, classifier: missing.npz}}
"""
    (message,) = errors(tmp_path, text)
    assert message.startswith("FILE:10: routes.ask.specialists.1.when.classifier: classifier")
    assert "missing.npz" in message
    reads.clear()
    config = load(write(tmp_path, text.replace("      - {model: plain, when: {tag: other", "#")))
    assert reads == [tmp_path / "math.npz"]
    backends = {"local": MockBackend("local"), "plain": MockBackend("plain")}
    build_pattern(config.routes["ask"], backends)
    assert reads == [tmp_path / "math.npz"]


def test_config_without_patterns_says_where_to_find_them() -> None:
    import rung.config

    with pytest.raises(TypeError, match=r"rung\.configure"):
        rung.config.parse({"models": {}, "routes": {}}, "<test>")


def test_timeouts_sizes_and_queues_must_be_positive(tmp_path: Path) -> None:
    path = tmp_path / "rung.yaml"
    path.write_text(
        "models:\n"
        "  up: {backend: openai, base_url: 'http://127.0.0.1:1/v1', model: m,\n"
        "       timeout: {total: -1, connect: 0}, max_connections: 0}\n"
        "  local: {backend: llamacpp, context_window: -5, max_queue: -1}\n"
        "routes:\n  r: {pattern: fixed, model: up}\n"
    )
    with pytest.raises(ConfigError) as caught:
        load(path)
    lines = str(caught.value).splitlines()
    for key in ("models.up.timeout.total", "models.up.timeout.connect",
                "models.up.max_connections", "models.local.context_window",
                "models.local.max_queue"):  # fmt: skip
        assert any(key in line and f"{path}:" in line for line in lines), (key, lines)
