"""Building verifiers from config entries.

An entry is a name (`"json_schema"`) or a one-key mapping of a name to its options
(`{"python": {"tests": "...", "timeout": 5}}`, `{"judge": {"model": "hosted"}}`,
`{"all": [...]}`, `{"any": [...]}`). Unknown names and options are `ConfigError`s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rung._errors import ConfigError
from rung.backends.base import Backend
from rung.verifiers.base import Verifier
from rung.verifiers.compose import AllOf, AnyOf
from rung.verifiers.consistency import ConsistencyVerifier
from rung.verifiers.judge import JudgeVerifier
from rung.verifiers.logprob import LogprobVerifier
from rung.verifiers.python import PythonVerifier
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
        model = options.pop("model", None) or self.default_model
        if model is None:
            raise ConfigError(f"verifier {verifier!r} needs `model: <name of a model>`")
        if model not in self.backends:
            known = ", ".join(sorted(self.backends)) or "none"
            raise ConfigError(f"verifier {verifier!r}: unknown model {model!r} (known: {known})")
        return self.backends[model]

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
