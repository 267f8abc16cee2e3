"""Building verifiers from config entries.

An entry is a name (`"json_schema"`) or a one-key mapping of a name to its options
(`{"python": {"tests": "...", "timeout": 5}}`, `{"judge": {"model": "hosted"}}`,
`{"all": [...]}`, `{"any": [...]}`). Unknown names and options are `ConfigError`s.

`check_verifier` checks an entry without building anything (no backend, no sandbox), so that
checking a config is cheap; `check_verifiers` is the route check that runs it on a route's
verifier lists (`verifier_lists`), reporting each bad entry with its file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rung._errors import ConfigError
from rung.backends.base import Backend
from rung.config import Checker, Config, Loc, as_list
from rung.section import Section
from rung.verifiers.base import Verifier
from rung.verifiers.compose import AllOf, AnyOf
from rung.verifiers.consistency import ConsistencyVerifier, check_settings
from rung.verifiers.judge import JudgeVerifier
from rung.verifiers.logprob import LogprobVerifier
from rung.verifiers.pycode import parses
from rung.verifiers.python import PythonVerifier, join_tests
from rung.verifiers.sandbox import Limits, Sandbox
from rung.verifiers.structured import JsonSchemaVerifier, JsonVerifier, RegexVerifier

ALIASES = {"python_tests": "python", "all_of": "all", "any_of": "any"}
OPTIONS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "json": {"allow_fence": bool},
    "json_schema": {"schema": dict, "allow_fence": bool},
    "regex": {"pattern": str, "must_match": bool, "flags": str, "full": bool},
    "python": {
        "tests": (str, list),
        "entry_point": str,
        "definitions_only": bool,
        "timeout": (int, float),
        "cpu_seconds": int,
        "memory_mb": int,
        "processes": int,
        "allow_request_tests": bool,
    },
    "consistency": {
        "model": str,
        "n": int,
        "temperature": (int, float),
        "extractor": str,
        "threshold": (int, float),
    },
    "logprob": {"model": str, "metric": str, "threshold": (int, float)},
    "judge": {"model": str, "threshold": (int, float)},
}
REQUIRED = {"regex": ("pattern",)}


class Builder:
    """Holds what every entry may refer to: the backends by name, and one shared sandbox."""

    def __init__(
        self, backends: Mapping[str, Backend], default_model: str | None, sandbox: Sandbox | None
    ) -> None:
        self.backends = backends
        self.default_model = default_model
        self.sandbox = sandbox

    def build(self, spec: Any) -> Verifier:
        name, options = split(spec)
        if name in ("all", "any"):
            if not isinstance(options, list) or not options:
                raise ConfigError(f"verifier {name!r} needs a non-empty list of verifiers")
            parts = [self.build(part) for part in options]
            return AllOf(parts) if name == "all" else AnyOf(parts)
        checked = check_options(name, options)
        maker: Callable[[dict[str, Any]], Verifier] = getattr(self, f"make_{name}")
        return maker(checked)

    def backend(self, verifier: str, options: dict[str, Any]) -> Backend:
        return self.backends[model_name(verifier, options, self.default_model, self.backends)]

    def make_json(self, options: dict[str, Any]) -> Verifier:
        return JsonVerifier(**options)

    def make_json_schema(self, options: dict[str, Any]) -> Verifier:
        return JsonSchemaVerifier(**options)

    def make_regex(self, options: dict[str, Any]) -> Verifier:
        return RegexVerifier(**options)

    def make_python(self, options: dict[str, Any]) -> Verifier:
        defaults = Limits()
        timeout = float(options.pop("timeout", defaults.timeout))
        limits = Limits(
            timeout=timeout,
            cpu_seconds=int(options.pop("cpu_seconds", max(1, int(timeout)))),
            memory_bytes=int(options.pop("memory_mb", defaults.memory_bytes >> 20)) << 20,
            processes=int(options.pop("processes", defaults.processes)),
        )
        sandbox = self.sandbox if self.sandbox and limits == defaults else Sandbox(limits)
        return PythonVerifier(sandbox=sandbox, **options)

    def make_consistency(self, options: dict[str, Any]) -> Verifier:
        return ConsistencyVerifier(self.backend("consistency", options), **options)

    def make_logprob(self, options: dict[str, Any]) -> Verifier:
        backend = self.backend("logprob", options)
        supported = backend.capabilities.logprobs
        return LogprobVerifier(supported=supported, backend_name=backend.name, **options)

    def make_judge(self, options: dict[str, Any]) -> Verifier:
        return JudgeVerifier(self.backend("judge", options), **options)


def model_name(
    verifier: str, options: dict[str, Any], default: str | None, known: Mapping[str, object]
) -> str:
    """The model a verifier calls (its `model` option, popped, else the tier verified)."""
    model = options.pop("model", None) or default
    if model is None:
        raise ConfigError(f"verifier {verifier!r} needs `model: <name of a model>`")
    if model not in known:
        names = ", ".join(sorted(known)) or "none"
        raise ConfigError(f"verifier {verifier!r}: unknown model {model!r} (known: {names})")
    return str(model)


def split(spec: Any) -> tuple[str, Any]:
    """(name, options) of a config entry."""
    if isinstance(spec, str):
        name, options = spec, None
    elif isinstance(spec, Mapping) and len(spec) == 1:
        name, options = next(iter(spec.items()))
    else:
        raise ConfigError(f"a verifier is a name or a one-key mapping, not {spec!r}")
    name = ALIASES.get(str(name), str(name))
    if name not in OPTIONS and name not in ("all", "any"):
        known = ", ".join(sorted([*OPTIONS, "all", "any"]))
        raise ConfigError(f"unknown verifier {name!r} (known: {known})")
    return name, options


def check_options(name: str, options: Any) -> dict[str, Any]:
    """The options as a fresh dict, each known and of the right type."""
    if options is None:
        options = {}
    if not isinstance(options, Mapping):
        raise ConfigError(f"verifier {name!r}: options must be a mapping, not {options!r}")
    allowed = OPTIONS[name]
    for key, value in options.items():
        if key not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise ConfigError(f"verifier {name!r}: unknown option {key!r} (known: {known})")
        if not isinstance(value, allowed[key]) or isinstance(value, bool) != (allowed[key] is bool):
            raise ConfigError(f"verifier {name!r}: option {key!r} has the wrong type: {value!r}")
    missing = [key for key in REQUIRED.get(name, ()) if key not in options]
    if missing:
        raise ConfigError(f"verifier {name!r}: missing option {missing[0]!r}")
    return dict(options)


def build_verifier(
    spec: dict[str, Any] | str,
    backends: Mapping[str, Backend],
    *,
    default_model: str | None = None,
    sandbox: Sandbox | None = None,
) -> Verifier:
    """A verifier from a config entry. `default_model` is the tier being verified, used by
    `consistency` and `logprob` when they name no `model`; `sandbox` is shared by `python`
    verifiers that keep the default limits."""
    return Builder(backends, default_model, sandbox).build(spec)


def check_verifier(
    spec: Any, models: Mapping[str, Section | None], *, default_model: str | None = None
) -> None:
    """Raise ConfigError for an entry `build_verifier` would refuse, building nothing: no
    backend, no sandbox. `models` are the config's model sections by name (None for a model
    whose own section has errors)."""
    name, options = split(spec)
    if name in ("all", "any"):
        if not isinstance(options, list) or not options:
            raise ConfigError(f"verifier {name!r} needs a non-empty list of verifiers")
        for part in options:
            check_verifier(part, models, default_model=default_model)
        return
    checked = check_options(name, options)
    if name in ("consistency", "logprob", "judge"):
        model = model_name(name, checked, default_model, models)
        if name == "consistency":
            check_settings(int(checked.get("n", 5)), float(checked.get("threshold", 0.6)),
                           str(checked.get("extractor", "exact")))  # fmt: skip
        elif name == "logprob":
            section = models[model]
            supported = None if section is None else bool(getattr(section, "logprobs", False))
            LogprobVerifier(supported=supported, backend_name=model, **checked)
    elif name == "python":
        tests = join_tests(checked.get("tests"))
        if tests and parses(tests) is None:
            raise ConfigError("python: the configured tests are not valid Python")
    else:  # json, json_schema, regex: cheap objects that check their own options
        getattr(Builder({}, None, None), f"make_{name}")(checked)


def check_verifiers(checker: Checker, config: Config, route: Section, loc: Loc) -> None:
    """A route check: every entry of the route's verifier lists (`verifier_lists`) could be
    built; the tier verified is the route's first model (its first `refs` key)."""
    refs: tuple[str, ...] = getattr(route, "refs", ())
    first = as_list(getattr(route, refs[0])) if refs else []
    for key in getattr(route, "verifier_lists", ()):
        for i, spec in enumerate(getattr(route, key)):
            try:
                check_verifier(spec, checker.models, default_model=first[0] if first else None)
            except ConfigError as exc:
                checker.error((*loc, key, i), exc.message)


def build_verifiers(
    specs: list[Any], backends: Mapping[str, Backend], tier: str
) -> Verifier | None:
    """One verifier for a route's list: None for an empty list, all of them for several."""
    if not specs:
        return None
    spec = specs[0] if len(specs) == 1 else {"all": specs}
    return build_verifier(spec, backends, default_model=tier)
