"""Routes as deployed, drawn as ladders: what each rung is, from the config alone.

Also where a backend is local or hosted and which model is the strongest (priciest) tier, so
the overview can say what sending everything there would have cost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rung.config import Config
from rung.section import Section
from rung.telemetry.prices import Price, price_for

LOCAL_BACKENDS = frozenset({"llamacpp", "embedding"})
STEP_FIELDS = (  # pattern field -> the role its backend(s) play on the ladder
    ("model", "model"), ("tiers", "tier"), ("models", "fallback"), ("drafter", "drafter"),
    ("fallback", "fallback"), ("executor", "executor"), ("advisor", "advisor"),
    ("generalist", "generalist"), ("weak", "weak"), ("strong", "strong"),
)  # fmt: skip


def backend_kind(spec: Section) -> str:
    """ "local" for a backend run on this machine (in-process, or residency `local`)."""
    backend = getattr(spec, "backend", "")
    return (
        "local"
        if backend in LOCAL_BACKENDS or getattr(spec, "residency", "") == "local"
        else "hosted"
    )


def kinds(config: Config) -> dict[str, str]:
    return {name: backend_kind(spec) for name, spec in config.models.items()}


def strongest(config: Config) -> tuple[str, Price] | None:
    """The hosted model with the highest price per output token (the top of every ladder)."""
    best: tuple[str, Price] | None = None
    for name, spec in config.models.items():
        if backend_kind(spec) != "hosted":
            continue
        price = price_for(name, str(getattr(spec, "model", "")), config.prices)
        if price is not None and (best is None or price.output > best[1].output):
            best = (name, price)
    return best


def verifier_name(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, Mapping):
        if "name" in entry:
            return str(entry["name"])
        if "type" in entry:
            return str(entry["type"])
        return ", ".join(str(k) for k in entry)
    return str(entry)


def ladder(name: str, spec: Section, models: Mapping[str, Section]) -> dict[str, Any]:
    """One route: its pattern, its steps (role, backend, local or hosted), verifiers,
    specialists, A/B arms, privacy policy and regions, cache."""
    data = spec.model_dump()
    steps = []
    for field, role in STEP_FIELDS:
        value = data.get(field)
        for backend in [value] if isinstance(value, str) else value or []:
            if isinstance(backend, str):
                kind = backend_kind(models[backend]) if backend in models else "?"
                steps.append({"role": role, "backend": backend, "kind": kind})
    verifiers = [
        verifier_name(v) for key in ("verify", "fallback_verify") for v in data.get(key) or []
    ]
    specialists = [
        {"model": s["model"], "when": s["when"] if isinstance(s["when"], str) else str(s["when"])}
        for s in data.get("specialists") or []
    ]
    arms = {arm: {"weight": v["weight"], "pattern": v["route"].get("pattern", "fixed")}
            for arm, v in (data.get("variants") or {}).items()}  # fmt: skip
    privacy, cache = data.get("privacy"), data.get("cache")
    return {
        "name": name,
        "pattern": data.get("pattern", "fixed"),
        "steps": steps,
        "verifiers": verifiers,
        "specialists": specialists,
        "arms": arms,
        "shadow": (data.get("shadow") or {}).get("name") or bool(data.get("shadow")),
        "privacy": privacy and {"policy": privacy["policy"], "regions": privacy["regions"]},
        "cache": cache and {"exact": cache["exact"], "semantic": cache["semantic"],
                            "ttl": cache["ttl"]},
    }  # fmt: skip


def ladders(config: Config) -> list[dict[str, Any]]:
    return [ladder(name, spec, config.models) for name, spec in config.routes.items()]
