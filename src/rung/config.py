"""The configuration file: one YAML file, strictly checked.

Unknown keys, wrong types and names that refer to nothing are errors that name the file, the
line and the key; one run reports every error. Secrets are references to environment
variables (`env:NAME`), never values, and a reference to an unset variable is an error.
Relative paths resolve against the config file's directory.

This module is a leaf: it knows no pattern, backend or gateway. What it needs to know about
patterns (each route schema and the checks of its routes) is handed to `parse` and `load` as
a mapping of pattern names to `PatternSpec`s: the one registry, `rung.patterns.REGISTRY`
(`rung.configure` loads a file with it).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal, Protocol

import yaml
from pydantic import AliasChoices, Field, ValidationError, field_validator, model_validator

from rung._errors import ConfigError
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
    """Seconds: to connect, to the answer's first byte, to its end."""

    connect: float = Field(default=5.0, gt=0)
    first_byte: float = Field(default=120.0, gt=0)
    total: float = Field(default=600.0, gt=0)


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
    max_connections: int = Field(default=1000, ge=1)  # open upstream connections; a stream
    # holds one throughout
    context_window: int = Field(default=8192, ge=1)
    vision: bool = False
    tools: bool = False
    logprobs: bool = False
    default_max_tokens: int | None = Field(default=None, ge=1)  # None: the upstream's own
    # An HTTP proxy (rung.backends.proxy): unset, the environment's (HTTPS_PROXY, NO_PROXY);
    # `none`; http://host:port; or `env:NAME` (the only way to give it a user and password).
    proxy: str | None = None

    _check_key = field_validator("api_key")(_env_ref)

    @field_validator("proxy")
    @classmethod
    def _check_proxy(cls, value: str | None) -> str | None:
        if value is None or value == "none":
            return value
        if value.startswith("env:"):
            return _env_ref(value)
        if re.match(r"[a-z]+://[^/@]*@", value):
            raise ValueError("a proxy's user and password are a secret: write `env:NAME`")
        if not re.fullmatch(r"http://[^/:@?#\s]+(:[0-9]{1,5})?/?", value):
            raise ValueError("a proxy is `none`, `env:NAME` or http://host:port (https:// and "
                             "socks proxies are not supported)")  # fmt: skip
        return value


class LlamaCppBackendConfig(BackendSection):
    backend: str = "llamacpp"
    model: str = "embedded:smollm2-135m"  # `embedded:NAME`, or a GGUF file
    # The model's context window; `n_ctx` (llama.cpp's name) is accepted, but deprecated.
    context_window: int = Field(
        default=4096, ge=16, validation_alias=AliasChoices("context_window", "n_ctx")
    )
    n_threads: int | None = Field(default=None, ge=1)
    n_threads_batch: int | None = Field(default=None, ge=1)  # prompt processing threads (None:
    # llama.cpp's default)
    n_batch: int = Field(default=512, ge=1)
    default_max_tokens: int = Field(default=512, ge=1)  # when a request sets no max_tokens
    max_queue: int = Field(default=8, ge=0)
    logprobs: bool = True
    residency: str = "local"
    num_retries: int = Field(default=0, ge=0, le=10)  # a full local queue is not retried
    # fill-in-the-middle layout (rung.backends.fim): the GGUF's own tokens or a known family
    fim: Literal["auto", "qwen", "starcoder", "codellama", "deepseek", "codestral", "none"] = "auto"
    # sequences generated together in one batch (rung.backends.batched); 1: one at a time
    parallel: int = Field(default=1, ge=1, le=64)
    path_keys: ClassVar[tuple[str, ...]] = ("model",)

    @model_validator(mode="before")
    @classmethod
    def _one_window(cls, data: Any) -> Any:
        if isinstance(data, dict) and "n_ctx" in data and "context_window" in data:
            raise ValueError("set `context_window` only (`n_ctx` is its deprecated name)")
        return data

    @property
    def n_ctx(self) -> int:
        """The context window under llama.cpp's name."""
        return self.context_window

    def is_path(self, key: str, value: str) -> bool:
        return not value.startswith("embedded:")


class EmbeddingBackendConfig(BackendSection):
    """A sentence-embedding model run in-process (`/v1/embeddings`, Ollama's `/api/embed`).
    `model`: the packaged MiniLM the semantic cache uses too (loaded once per process);
    `threads`: torch's threads (process-wide; 1 is fastest per request on a small busy
    machine); `max_queue`: requests that may wait for the model before 429s."""

    backend: str = "embedding"
    model: Literal["minilm"] = "minilm"
    threads: int | None = Field(default=1, ge=1)
    max_queue: int = Field(default=64, ge=0)
    residency: str = "local"
    num_retries: int = Field(default=0, ge=0, le=10)  # a full local queue is not retried


class CacheSettings(Section):
    """A route's `cache:` section."""

    exact: bool = True
    semantic: bool = False
    threshold: float = Field(default=0.92, gt=0, le=1)
    ttl: float = Field(default=3600.0, gt=0)
    max_entries: int = Field(default=10_000, ge=1)
    sampled: bool = False  # cache answers to requests with temperature > 0 too
    path: str | None = None  # a SQLite file; in memory when None
    embedding_model: str = "minilm"
    path_keys: ClassVar[tuple[str, ...]] = ("path",)  # relative: to the config file's directory


class PrivacySettings(Section):
    """What a route does with personal data (`policy`) and where its data may go (`regions`,
    matched against each backend's `residency`; empty: anywhere)."""

    policy: Literal["allow", "pseudonymize", "local_only", "block"] = "pseudonymize"
    regions: list[str] = Field(default_factory=list)
    log_values: bool = False  # keep the raw values in the audit log (off: kinds and a hash)
    scan_answers: bool = False  # report personal data a hosted answer adds (audit log)
    mask_answers: bool = False  # and mask it before the client sees it (implies scan_answers)
    name_tagger: bool = True  # the learned name tagger beside the rules (docs/privacy.md)
    address_tagger: bool = True  # the learned address tagger beside the rules (the same)
    pets_model: bool = False  # the learned second opinion on pets' names (opt-in: docs/privacy.md)


class RouteSection(Section):
    """What every route may have, whatever its pattern."""

    cache: CacheSettings | None = None
    privacy: PrivacySettings | None = None


class ServerConfig(Section):
    """Where the gateway listens, and what it accepts (see docs/security.md).

    `allowed_origins`: browser origins (`https://app.example`) allowed to call rung (CORS); a
    request with any other `Origin` header is refused. `allowed_hosts`: names the `Host` header
    may carry besides loopback (DNS-rebinding defence). `body_timeout`: seconds a client has to
    send its whole request body (408 after). `header_timeout`: seconds to send the request line
    and headers; `keep_alive_timeout`: seconds an idle connection is kept (both by uvicorn under
    `rung serve`)."""

    host: str = "127.0.0.1"
    port: int = 8080
    max_body_bytes: int = 4 * 1024 * 1024
    route_header: str = "x-rung-route"
    allowed_origins: list[str] = Field(default_factory=list)
    allowed_hosts: list[str] = Field(default_factory=list)
    body_timeout: float = Field(default=30.0, gt=0)
    header_timeout: float = Field(default=10.0, gt=0)
    keep_alive_timeout: int = Field(default=5, ge=1)


class AuthConfig(Section):
    """Authentication (see rung.keys). `master_key`: an `env:` reference to the key that
    administers virtual keys and teams (`/admin/...`); it may call every route too. Virtual
    keys live in the request log's database (`rung keys create`)."""

    master_key: str | None = None

    _master_is_ref = field_validator("master_key")(_env_ref)


class LogConfig(Section):
    # issue 17: the log in PostgreSQL instead of the file (rung.telemetry.logstore):
    # `env:NAME` (a URL with its password), or a postgresql:// URL with none in it.
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None or re.fullmatch(r"env:[A-Za-z_][A-Za-z0-9_]*", value):
            return value
        if not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("log.url is a postgresql:// URL or an `env:NAME` reference")
        if re.match(r"[a-z]+://[^/@]*:[^/@]*@", value):
            raise ValueError("no password in log.url: write `url: env:NAME` (a secret)")
        return value

    path: str | None = None
    enabled: bool = True
    # Keep each request's last user turn, so the log can train routers (opt-in; not on a
    # route with a `privacy:` section unless it sets `log_values`).
    prompts: bool = False
    # Each request's row is also appended to a local journal (beside the spill files) until
    # it is in the log, so a killed process loses none; `fsync` survives a machine crash too.
    journal: bool | Literal["fsync"] = True
    # The writer writes a batch once `flush_rows` requests wait or `flush_ms` after the first,
    # whichever comes first (docs/logstore.md); the journal keeps the waiting rows safe.
    flush_rows: int = Field(default=1000, ge=1, le=5000)
    flush_ms: float = Field(default=100.0, ge=0, le=10_000)
    path_keys: ClassVar[tuple[str, ...]] = ("path",)


class StateConfig(Section):
    """Where the state replicas share lives (docs/state.md): in this process when `url` is
    None, else Redis (`redis://host:port/db`, or `env:NAME` for a URL holding a password).
    When Redis is down, rate limits fail `open` (admit) by default, budgets `closed` (503).
    `per_worker: true` accepts in-process state under `rung serve --workers N`. `leases:
    false` asks Redis on every keyed request instead of admitting far from the limits from
    slots leased ahead of use (`rung.limits.lease`)."""

    url: str | None = None
    rates_fail: Literal["open", "closed"] = "open"
    budgets_fail: Literal["open", "closed"] = "closed"
    per_worker: bool = False
    leases: bool = True
    prefix: str = "rung:"

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or value.startswith("env:"):
            return _env_ref(value)
        if not re.match(r"(redis|rediss|unix|memory)://", value):
            raise ValueError("expected redis://host:port/db, rediss://, unix:// or env:NAME")
        if re.match(r"\w+://[^/@]*:[^/@]*@", value):
            raise ValueError("a password is a secret: put the URL in a variable, `env:NAME`")
        return value


BACKEND_SCHEMAS: Mapping[str, type[Section]] = {
    "openai": OpenAIBackendConfig,
    "llamacpp": LlamaCppBackendConfig,
    "embedding": EmbeddingBackendConfig,
}


@dataclass
class Config:
    """A checked configuration. `notices` are said at start-up and in a response header."""

    models: dict[str, Section]
    routes: dict[str, Section]
    server: ServerConfig = field(default_factory=ServerConfig)
    log: LogConfig = field(default_factory=LogConfig)
    auth: AuthConfig = field(default_factory=AuthConfig)
    prices: PricesConfig = field(default_factory=PricesConfig)
    state: StateConfig = field(default_factory=StateConfig)
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


# ---- what config needs to know about patterns ----------------------------------------------

RouteCheck = Callable[["Checker", Config, Section, "Loc"], None]
"""A check of one route, run after every section is read: `(checker, config, route, loc)`,
`loc` the route's place in the file (`("routes", name)`, or an inline route's place).
It reports problems with `checker.error(loc + (key, ...), message)` and raises nothing."""


class PatternSpec(Protocol):
    """What config needs of a pattern: its route schema and the checks of its routes."""

    @property
    def schema(self) -> type[Section]: ...

    @property
    def checks(self) -> Sequence[RouteCheck]: ...


Patterns = Mapping[str, PatternSpec]


# ---- reading YAML with line numbers ------------------------------------------------------


def _to_python(node: yaml.Node, loc: Loc, lines: dict[Loc, int], errors: list[str]) -> Any:
    """The node as plain data, noting each key's line in `lines` and each duplicate key (the
    first one kept) in `errors`, as `LINE: KEY: message`."""
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key, line = str(key_node.value), key_node.start_mark.line + 1
            if key in out:
                errors.append(f"{line}: {_dotted((*loc, key))}: duplicate key")
                continue
            lines[(*loc, key)] = line
            out[key] = _to_python(value_node, (*loc, key), lines, errors)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*loc, i), lines, errors) for i, item in enumerate(node.value)]
    return yaml.safe_load(yaml.serialize(node))


def _line(lines: Mapping[Loc, int], loc: Loc) -> int:
    while loc not in lines and loc:
        loc = loc[:-1]
    return lines.get(loc, 1)


def _dotted(loc: Loc) -> str:
    return ".".join(str(part) for part in loc) or "<top>"


class Checker:
    """Turns raw data into sections, collecting every error with file, line and key.

    `patterns` is the registry the routes are read with; `models` holds every model name the
    file defines (None for one whose section has errors, so that a route naming it is not
    reported a second time as naming nothing)."""

    def __init__(
        self,
        source: str,
        lines: Mapping[Loc, int],
        patterns: Patterns,
        base_dir: Path | None = None,
    ) -> None:
        self.source, self.lines, self.patterns = source, lines, patterns
        self.base_dir = base_dir  # relative paths resolve against it (kept when None)
        self.errors: list[str] = []
        self.models: dict[str, Section | None] = {}

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

    def named(
        self, kind: str, schemas: Mapping[str, type[Section]], data: Any, loc: Loc
    ) -> Section | None:
        """`data` read with the schema its `kind` key (`backend`, `pattern`) names."""
        if not isinstance(data, dict):
            self.error(loc, f"must be a mapping with a `{kind}` key")
            return None
        name = data.get(kind, "fixed" if kind == "pattern" else None)
        if not isinstance(name, str) or name not in schemas:
            self.error((*loc, kind), f"unknown {kind} {name!r}; known: {', '.join(schemas)}")
            return None
        return self.section(schemas[name], data, loc)

    def route(self, data: Any, loc: Loc) -> Section | None:
        """A route's section, read with the schema of its pattern, its paths resolved."""
        schemas = {name: spec.schema for name, spec in self.patterns.items()}
        route = self.named("pattern", schemas, data, loc)
        return (
            route if route is None or self.base_dir is None else resolve_paths(route, self.base_dir)
        )

    def check_route(self, config: Config, route: Section, loc: Loc) -> None:
        """Run the checks its pattern declares on one route."""
        spec = self.patterns.get(str(getattr(route, "pattern", "fixed")))
        for check in spec.checks if spec is not None else ():
            check(self, config, route, loc)


def check_refs(checker: Checker, config: Config, route: Section, loc: Loc) -> None:
    """A route check: every model a route names (its `refs` keys) is defined under `models`."""
    for key in getattr(route, "refs", ()):
        value = getattr(route, key)
        for i, name in enumerate(as_list(value)):
            if name not in checker.models:
                where: Loc = (*loc, key, i) if isinstance(value, list) else (*loc, key)
                checker.error(where, f"model {name!r} is not defined under `models`")


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _check_secrets(checker: Checker, env: Mapping[str, str]) -> None:
    """Every `env:` secret a model refers to is set (else the upstream would be called
    without it, and its 401 would look like the client's mistake)."""
    for name, model in checker.models.items():
        ref = getattr(model, "api_key", None)
        if isinstance(ref, str) and ref.startswith("env:") and not env.get(ref[4:]):
            checker.error(
                ("models", name, "api_key"), f"the environment variable {ref[4:]} is not set"
            )


# ---- relative paths ------------------------------------------------------------------------


def resolve_paths(section: Any, base: Path) -> Any:
    """`section` (or a list of sections) with every relative path it holds (its `path_keys`,
    in nested sections too) made absolute against `base`, the config file's directory."""
    if isinstance(section, list):
        return [resolve_paths(item, base) for item in section]
    if not isinstance(section, Section):
        return section
    updates: dict[str, Any] = {}
    for key in type(section).model_fields:
        value = getattr(section, key)
        if key in section.path_keys and isinstance(value, str) and section.is_path(key, value):
            path = Path(os.path.expanduser(value))
            updates[key] = value if path.is_absolute() else str(base / path)
        elif isinstance(value, Section | list):
            resolved = resolve_paths(value, base)
            if resolved is not value:
                updates[key] = resolved
    return section.model_copy(update=updates) if updates else section


# ---- parse and load ------------------------------------------------------------------------

TOP_LEVEL = ("models", "routes", "server", "log", "prices", "auth", "state")
NO_PATTERNS = (
    "rung.config reads routes with the patterns it is given (`patterns=`): to read a file "
    "with rung's own patterns, use rung.configure.load / rung.configure.parse"
)


def parse(
    data: Any,
    source: str,
    lines: Mapping[Loc, int] | None = None,
    *,
    patterns: Patterns | None = None,
    base_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """Check already-loaded data with the route schemas and checks of `patterns`; raise one
    ConfigError listing every problem found. Relative paths resolve against `base_dir` (left
    as they are without one); `env` (default: the process's) must set every `env:` secret."""
    if patterns is None:
        raise TypeError(NO_PATTERNS)
    checker = Checker(source, lines or {}, patterns, base_dir)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}:1: the file must be a mapping with `models` and `routes`")
    for key in data:
        if key not in TOP_LEVEL:
            checker.error((key,), f"unknown key; known: {', '.join(TOP_LEVEL)}")
    models = _models(checker, data)
    routes = _routes(checker, data)
    config = Config(models, routes, source=source)
    _sections(checker, config, data)
    _check_secrets(checker, os.environ if env is None else env)
    master = config.auth.master_key
    if master is not None and not (os.environ if env is None else env).get(master[4:]):
        checker.error(("auth", "master_key"), f"the environment variable {master[4:]} is not set")
    for name, route in routes.items():
        checker.check_route(config, route, ("routes", name))
    if checker.errors:
        raise ConfigError("\n".join(checker.errors))
    config.notices.extend(_deprecations(data, checker))
    return config


def _sections(checker: Checker, config: Config, data: dict[str, Any]) -> None:
    server = checker.section(ServerConfig, data.get("server", {}), ("server",))
    log = checker.section(LogConfig, data.get("log", {}), ("log",))
    prices = checker.section(PricesConfig, data.get("prices", {}), ("prices",))
    auth = checker.section(AuthConfig, data.get("auth", {}), ("auth",))
    state = checker.section(StateConfig, data.get("state", {}), ("state",))
    if isinstance(state, StateConfig):
        config.state = state
    if isinstance(auth, AuthConfig):
        config.auth = auth
    if isinstance(prices, PricesConfig):
        config.prices = prices
    if isinstance(server, ServerConfig):
        config.server = server
    if isinstance(log, LogConfig):
        base = checker.base_dir
        config.log = resolve_paths(log, base) if base is not None else log


def _mapping(checker: Checker, data: dict[str, Any], key: str) -> dict[str, Any]:
    raw = data.get(key)
    if not isinstance(raw, dict) or not raw:
        checker.error((key,), "must be a non-empty mapping of names to sections")
        return {}
    return raw


def _models(checker: Checker, data: dict[str, Any]) -> dict[str, Section]:
    for name, raw in _mapping(checker, data, "models").items():
        model = checker.named("backend", BACKEND_SCHEMAS, raw, ("models", name))
        if model is not None and checker.base_dir is not None:
            model = resolve_paths(model, checker.base_dir)
        checker.models[name] = model
    return {name: model for name, model in checker.models.items() if model is not None}


def _routes(checker: Checker, data: dict[str, Any]) -> dict[str, Section]:
    out = {}
    for name, raw in _mapping(checker, data, "routes").items():
        route = checker.route(raw, ("routes", name))
        if route is not None:
            out[name] = route
    return out


def _deprecations(data: dict[str, Any], checker: Checker) -> list[str]:
    notices = []
    for name, raw in data["models"].items():
        if isinstance(raw, dict) and "n_ctx" in raw:
            where = f"{checker.source}:{_line(checker.lines, ('models', name, 'n_ctx'))}"
            notices.append(f"{where}: models.{name}.n_ctx is deprecated: write context_window")
    return notices


def load(
    path: str | os.PathLike[str],
    *,
    patterns: Patterns | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """Read and check a configuration file (see `parse`); its relative paths resolve against
    its own directory."""
    if patterns is None:
        raise TypeError(NO_PATTERNS)
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
    duplicates: list[str] = []
    data = _to_python(node, (), lines, duplicates) if node is not None else None
    base = Path(path).resolve().parent
    try:
        config = parse(data, source, lines, patterns=patterns, base_dir=base, env=env)
    except ConfigError as exc:  # every error in one run: the duplicates, then the rest
        raise ConfigError("\n".join([*(f"{source}:{d}" for d in duplicates), exc.message])) from exc
    if duplicates:
        raise ConfigError("\n".join(f"{source}:{d}" for d in duplicates))
    return config
