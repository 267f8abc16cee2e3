"""The configuration file: one YAML file, strictly checked.

Unknown keys, wrong types and names that refer to nothing are errors that name the file, the
line and the key. Secrets are references to environment variables (`env:NAME`), never values.
Backends and patterns register the schema of their own section (`BACKEND_SCHEMAS`,
`PATTERN_SCHEMAS`), so that a new pattern brings its own config without touching this module.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

import yaml
from pydantic import Field, ValidationError, field_validator

from rung._errors import ConfigError
from rung.cache.cache import CacheSettings
from rung.section import Section
from rung.telemetry.prices import PricesConfig

Loc = tuple[str | int, ...]


def _env_ref(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"env:[A-Za-z_][A-Za-z0-9_]*", value):
        raise ValueError("secrets are references, never values: write `env:VARIABLE_NAME`")
    return value


class BreakerSettings(Section):
    """After `failures` failures within `window` seconds, skip the backend for `cooldown`."""

    failures: int = Field(default=5, ge=1)
    window: float = Field(default=60.0, gt=0)
    cooldown: float = Field(default=30.0, ge=0)


class Timeouts(Section):
    connect: float = 5.0
    first_byte: float = 120.0
    total: float = 600.0


class BackendSection(Section):
    """What every backend has: where it runs, its tags, its retries and its breaker."""

    residency: str = "unknown"
    tags: list[str] = Field(default_factory=list)
    num_retries: int = Field(default=2, ge=0, le=10)
    breaker: BreakerSettings = BreakerSettings()


class OpenAIBackendConfig(BackendSection):
    backend: str = "openai"
    base_url: str
    model: str
    api_key: str | None = None
    timeout: Timeouts = Timeouts()
    max_connections: int = 100
    context_window: int = 8192
    vision: bool = False
    tools: bool = False
    logprobs: bool = False
    default_max_tokens: int | None = Field(default=None, ge=1)  # None: the upstream's own

    _check_key = field_validator("api_key")(_env_ref)


class LlamaCppBackendConfig(BackendSection):
    backend: str = "llamacpp"
    model: str = "embedded:smollm2-135m"
    n_ctx: int = 4096
    n_threads: int | None = None
    n_threads_batch: int | None = None  # prompt processing threads (None: llama.cpp's default)
    n_batch: int = Field(default=512, ge=1)
    default_max_tokens: int = Field(default=512, ge=1)  # when a request sets no max_tokens
    max_queue: int = 8
    logprobs: bool = True
    residency: str = "local"
    num_retries: int = Field(default=0, ge=0, le=10)  # a full local queue is not retried


class PrivacySettings(Section):
    """What a route does with personal data (`policy`) and where its data may go (`regions`,
    matched against each backend's `residency`; empty: anywhere)."""

    policy: Literal["allow", "pseudonymize", "local_only", "block"] = "pseudonymize"
    regions: list[str] = Field(default_factory=list)
    log_values: bool = False  # keep the raw values in the audit log (off: kinds and a hash)


class RouteSection(Section):
    """What every route may have, whatever its pattern."""

    cache: CacheSettings | None = None
    privacy: PrivacySettings | None = None


class FixedRoute(RouteSection):
    pattern: str = "fixed"
    model: str
    refs: ClassVar[tuple[str, ...]] = ("model",)


class CascadeRoute(RouteSection):
    """Tiers from cheapest to strongest; `verify` lists verifiers that must all pass."""

    pattern: str = "cascade"
    tiers: list[str] = Field(min_length=1)
    verify: list[Any] = Field(default_factory=list)
    refs: ClassVar[tuple[str, ...]] = ("tiers",)
    verifier_lists: ClassVar[tuple[str, ...]] = ("verify",)


class DraftVerifyRoute(RouteSection):
    """The drafter answers; `verify` checks the draft; on rejection, a cascade over
    `fallback` (checked by `fallback_verify`, if any) answers."""

    pattern: str = "draft_verify"
    drafter: str
    verify: list[Any] = Field(min_length=1)
    fallback: list[str] = Field(min_length=1)
    fallback_verify: list[Any] = Field(default_factory=list)
    refs: ClassVar[tuple[str, ...]] = ("drafter", "fallback")
    verifier_lists: ClassVar[tuple[str, ...]] = ("verify", "fallback_verify")


class ServerConfig(Section):
    host: str = "127.0.0.1"
    port: int = 8080
    max_body_bytes: int = 4 * 1024 * 1024
    route_header: str = "x-rung-route"


class LogConfig(Section):
    path: str | None = None
    enabled: bool = True
    # Keep each request's last user turn, so the log can train routers (opt-in; not on a
    # route with a `privacy:` section unless it sets `log_values`).
    prompts: bool = False


BACKEND_SCHEMAS: dict[str, type[Section]] = {
    "openai": OpenAIBackendConfig,
    "llamacpp": LlamaCppBackendConfig,
}
PATTERN_SCHEMAS: dict[str, type[Section]] = {
    "fixed": FixedRoute,
    "cascade": CascadeRoute,
    "draft_verify": DraftVerifyRoute,
}


@dataclass
class Config:
    """A checked configuration. `notices` are said at start-up and in a response header."""

    models: dict[str, Section]
    routes: dict[str, Section]
    server: ServerConfig = field(default_factory=ServerConfig)
    log: LogConfig = field(default_factory=LogConfig)
    prices: PricesConfig = field(default_factory=PricesConfig)
    source: str = "<embedded default>"
    notices: list[str] = field(default_factory=list)
    route_notices: dict[str, str] = field(default_factory=dict)

    def log_path(self) -> Path:
        if self.log.path:
            return Path(os.path.expanduser(self.log.path))
        if "RUNG_LOG" in os.environ:
            return Path(os.environ["RUNG_LOG"])
        data = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
        return Path(data) / "rung" / "logs.db"


# ---- reading YAML with line numbers ------------------------------------------------------


def _to_python(node: yaml.Node, loc: Loc, lines: dict[Loc, int]) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in out:
                raise ConfigError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
            lines[(*loc, key)] = key_node.start_mark.line + 1
            out[key] = _to_python(value_node, (*loc, key), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*loc, i), lines) for i, item in enumerate(node.value)]
    return yaml.safe_load(yaml.serialize(node))


def _line(lines: dict[Loc, int], loc: Loc) -> int:
    while loc not in lines and loc:
        loc = loc[:-1]
    return lines.get(loc, 1)


def _dotted(loc: Loc) -> str:
    return ".".join(str(part) for part in loc) or "<top>"


class _Checker:
    """Turns raw data into a Config, collecting errors with file, line and key."""

    def __init__(self, source: str, lines: dict[Loc, int]) -> None:
        self.source, self.lines, self.errors = source, lines, list[str]()

    def error(self, loc: Loc, message: str) -> None:
        self.errors.append(f"{self.source}:{_line(self.lines, loc)}: {_dotted(loc)}: {message}")

    def section(self, schema: type[Section], data: Any, loc: Loc) -> Section | None:
        try:
            return schema.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                where = (*loc, *(p for p in err["loc"] if isinstance(p, str | int)))
                message = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
                self.error(where, message)
            return None

    def named(self, kind: str, schemas: dict[str, type[Section]], data: Any, loc: Loc) -> Any:
        if not isinstance(data, dict):
            self.error(loc, f"must be a mapping with a `{kind}` key")
            return None
        name = data.get(kind, "fixed" if kind == "pattern" else None)
        if name not in schemas:
            self.error((*loc, kind), f"unknown {kind} {name!r}; known: {', '.join(schemas)}")
            return None
        return self.section(schemas[name], data, loc)


def _check_refs(checker: _Checker, config: Config) -> None:
    for route_name, route in config.routes.items():
        for key in getattr(route, "refs", ()):
            for i, name in enumerate(_as_list(getattr(route, key))):
                if name not in config.models:
                    loc: Loc = ("routes", route_name, key)
                    if isinstance(getattr(route, key), list):
                        loc = (*loc, i)
                    checker.error(loc, f"model {name!r} is not defined under `models`")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _check_verifiers(checker: _Checker, config: Config) -> None:
    """Build every verifier a route declares, so that its errors carry a file and line."""
    from rung.backends import build_backend
    from rung.verifiers import build_verifier

    backends = {name: build_backend(name, spec) for name, spec in config.models.items()}
    for route_name, route in config.routes.items():
        refs = getattr(route, "refs", ())
        first = _as_list(getattr(route, refs[0])) if refs else []
        for key in getattr(route, "verifier_lists", ()):
            for i, spec in enumerate(getattr(route, key)):
                try:
                    build_verifier(spec, backends, default_model=first[0] if first else None)
                except ConfigError as exc:
                    checker.error(("routes", route_name, key, i), exc.message)


REF_CHECKS: list[Callable[[_Checker, Config], None]] = [_check_refs, _check_verifiers]


TOP_LEVEL = ("models", "routes", "server", "log", "prices")


def parse(data: Any, source: str, lines: dict[Loc, int] | None = None) -> Config:
    """Check already-loaded data; raise ConfigError listing every problem found."""
    import rung.patterns  # noqa: F401  (its pattern modules register their route schemas)

    checker = _Checker(source, lines or {})
    if not isinstance(data, dict):
        raise ConfigError(f"{source}:1: the file must be a mapping with `models` and `routes`")
    for key in data:
        if key not in TOP_LEVEL:
            checker.error((key,), f"unknown key; known: {', '.join(TOP_LEVEL)}")
    models = _named_sections(checker, "backend", BACKEND_SCHEMAS, data, "models")
    routes = _named_sections(checker, "pattern", PATTERN_SCHEMAS, data, "routes")
    server = checker.section(ServerConfig, data.get("server", {}), ("server",))
    log = checker.section(LogConfig, data.get("log", {}), ("log",))
    prices = checker.section(PricesConfig, data.get("prices", {}), ("prices",))
    config = Config(models, routes, source=source)
    if isinstance(prices, PricesConfig):
        config.prices = prices
    if isinstance(server, ServerConfig):
        config.server = server
    if isinstance(log, LogConfig):
        config.log = log
    if not checker.errors:
        for check in REF_CHECKS:
            check(checker, config)
    if checker.errors:
        raise ConfigError("\n".join(checker.errors))
    return config


def _named_sections(
    checker: _Checker, kind: str, schemas: dict[str, type[Section]], data: dict[str, Any], key: str
) -> dict[str, Section]:
    raw = data.get(key)
    if not isinstance(raw, dict) or not raw:
        checker.error((key,), "must be a non-empty mapping of names to sections")
        return {}
    out = {}
    for name, section in raw.items():
        checked = checker.named(kind, schemas, section, (key, name))
        if checked is not None:
            out[name] = checked
    return out


def load(path: str | os.PathLike[str]) -> Config:
    """Read and check a configuration file."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read: {exc.strerror}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise ConfigError(f"{source}:{line}: not valid YAML: {exc}") from exc
    lines: dict[Loc, int] = {}
    try:
        data = _to_python(node, (), lines) if node is not None else None
    except ConfigError as exc:
        raise ConfigError(f"{source}:{exc.message}") from exc
    return parse(data, source, lines)
