"""`rung import litellm`: a LiteLLM proxy `config.yaml` as a rung config with the same behaviour.

What maps (see docs/litellm.md for the whole table):

- each `model_name` (a model group) becomes a route of that name; each deployment under it an
  `openai` backend (see `rung.importers.litellm_models`);
- one deployment: a `fixed` route, or a `fallback` route when the group has fallbacks;
  several: an `ab` route with `sticky: none` (LiteLLM's weighted random pick, by `weight`, else
  `rpm`, else `tpm`), each variant a `fallback` over the picked deployment, then the group's
  other deployments, then the fallback groups; deployments with `order` make a `fallback` route
  in that order;
- `fallbacks` (followed transitively, as LiteLLM does, up to `max_fallbacks`), `default_fallbacks`
  and `context_window_fallbacks` -> the fallback chain; `model_group_alias` -> a copy of a route;
- `num_retries`, `timeout` / `request_timeout`, `stream_timeout`, `allowed_fails` and
  `cooldown_time` -> each backend's `num_retries`, `timeout` and `breaker`;
- `cache: true` with `cache_params` -> each route's `cache:` (in process; semantic types with
  rung's local embedding model);
- `general_settings.master_key: os.environ/NAME` -> `auth.master_key: env:NAME`.

Everything else is reported, one line per key, never silently dropped. Literal secrets are never
written out: rung takes `env:NAME` references only.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rung._errors import ConfigError
from rung.config import Config
from rung.importers.litellm_models import (
    JSON,
    Defaults,
    Deployment,
    Notes,
    clamp_retries,
    env_ref,
    number,
    positive_seconds,
    read_deployment,
)

TOP_LEVEL = ("model_list", "litellm_settings", "router_settings", "general_settings")
SEMANTIC = ("redis-semantic", "qdrant-semantic", "valkey-semantic")
REMOTE_CACHES = ("s3", "gcs", "azure-blob")
CACHE_DONE = frozenset({"type", "ttl", "similarity_threshold", "mode", "disk_cache_dir"})
SETTINGS_DONE = frozenset(
    {"num_retries", "timeout", "request_timeout", "stream_timeout", "fallbacks",
     "context_window_fallbacks", "default_fallbacks", "max_fallbacks", "model_group_alias",
     "allowed_fails", "cooldown_time", "cache", "cache_params", "cache_responses",
     "routing_strategy", "enable_pre_call_checks"}
)  # fmt: skip
WHY_NOT = {
    "content_policy_fallbacks": "rung does not classify content-policy refusals",
    "redis_host": "router state in Redis: rung keeps breakers and caches in process",
    "redis_port": "router state in Redis: rung keeps breakers and caches in process",
    "redis_password": "router state in Redis: rung keeps breakers and caches in process",
    "redis_url": "router state in Redis: rung keeps breakers and caches in process",
    "drop_params": "rung passes request fields through to the upstream unchanged",
    "retry_policy": "rung retries every backend fault alike (num_retries)",
    "allowed_fails_policy": "rung's breaker counts every backend fault alike (allowed_fails)",
}


class ImportFailed(ConfigError):
    """The file cannot be converted at all (not a LiteLLM config, or nothing in it converts)."""


@dataclass
class Conversion:
    """A converted config (plain data, as rung reads YAML) and what could not be carried over."""

    config: JSON
    notes: list[str]
    env: list[str] = field(default_factory=list)  # variables the config's `env:` refs name


@dataclass
class Settings:
    """litellm_settings merged with router_settings (the router's own win, as in LiteLLM)."""

    raw: JSON
    defaults: Defaults
    fallbacks: dict[str, list[str]]
    context_fallbacks: dict[str, list[str]]
    default_fallbacks: list[str]
    max_fallbacks: int = 5
    aliases: dict[str, str] = field(default_factory=dict)
    cache: JSON | None = None


# ---- the whole file ------------------------------------------------------------------------


def convert(data: Any) -> Conversion:
    """Convert LiteLLM proxy config data (as loaded from YAML)."""
    if not isinstance(data, dict) or not isinstance(data.get("model_list"), list):
        raise ImportFailed("not a LiteLLM proxy config: it has no `model_list` list")
    notes = Notes()
    for key in data:
        if key not in TOP_LEVEL:
            notes.add(str(key), "not carried over (no rung equivalent)")
    settings = read_settings(data, notes)
    groups = read_groups(data["model_list"], settings.defaults, notes)
    if not groups:
        raise ImportFailed(
            "no deployment in `model_list` could be converted:\n" + "\n".join(notes.lines)
        )
    deployments = [d for group in groups.values() for d in group]
    config: JSON = {
        "models": {d.name: d.backend for d in deployments},
        "routes": build_routes(groups, settings, notes),
    }
    if prices := {d.name: d.price for d in deployments if d.price}:
        config["prices"] = {"models": prices}
    if auth := read_general(data.get("general_settings"), notes):
        config["auth"] = auth
    env = sorted({name for d in deployments for name in d.env} | _auth_env(auth))
    return Conversion(config, notes.lines, env)


def convert_file(path: str | os.PathLike[str]) -> Conversion:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ImportFailed(f"{path}: not valid YAML: {exc}") from exc
    return convert(data)


def to_yaml(conversion: Conversion, source: str) -> str:
    """The converted config as a YAML file, saying where it came from."""
    header = f"# Converted from the LiteLLM config {source} by `rung import litellm`.\n"
    if conversion.env:
        header += f"# Set before `rung serve`: {', '.join(conversion.env)}\n"
    body = yaml.safe_dump(
        conversion.config, sort_keys=False, default_flow_style=None, width=100, allow_unicode=True
    )
    return header + body


def check(conversion: Conversion, source: str = "<converted>") -> Config:
    """Load the converted config with rung's own loader. Variables its `env:` refs name count as
    set (the file is checked, not the machine); raises ConfigError if rung would refuse it."""
    from rung.configure import parse

    env = {**os.environ, **{name: os.environ.get(name) or "set" for name in conversion.env}}
    return parse(copy.deepcopy(conversion.config), source, env=env)


# ---- settings ------------------------------------------------------------------------------


def read_settings(data: JSON, notes: Notes) -> Settings:
    sections = {name: data.get(name) or {} for name in ("litellm_settings", "router_settings")}
    merged: JSON = {}
    for name, section in sections.items():
        if not isinstance(section, dict):
            notes.add(name, "not a mapping; ignored")
            continue
        for key in sorted(set(section) & set(merged) & SETTINGS_DONE):
            if section[key] != merged[key]:
                notes.add(f"litellm_settings.{key}", f"overridden by router_settings.{key}")
        for key in section:
            if key not in SETTINGS_DONE:
                notes.add(
                    f"{name}.{key}", f"not carried over ({WHY_NOT.get(key, 'no rung equivalent')})"
                )
        merged.update(section)
    strategy = merged.get("routing_strategy", "simple-shuffle")
    if strategy != "simple-shuffle":
        notes.add(
            "router_settings.routing_strategy",
            f"{strategy!r} not carried over: rung picks a deployment at random by weight "
            "(simple-shuffle)",
        )
    return Settings(
        raw=merged,
        defaults=_defaults(merged, notes),
        fallbacks=_fallback_map(merged.get("fallbacks"), "fallbacks", notes),
        context_fallbacks=_fallback_map(
            merged.get("context_window_fallbacks"), "context_window_fallbacks", notes
        ),
        default_fallbacks=[str(g) for g in merged.get("default_fallbacks") or []],
        max_fallbacks=int(number(merged.get("max_fallbacks"), "max_fallbacks", notes) or 5),
        aliases=_aliases(merged.get("model_group_alias"), notes),
        cache=read_cache(merged, notes),
    )


def _defaults(merged: JSON, notes: Notes) -> Defaults:
    timeout = merged.get("timeout", merged.get("request_timeout"))
    if merged.get("request_timeout") not in (None, timeout):
        notes.add("litellm_settings.request_timeout", "overridden by router_settings.timeout")
    defaults = Defaults(
        timeout=positive_seconds(timeout, "timeout", notes),
        stream_timeout=positive_seconds(merged.get("stream_timeout"), "stream_timeout", notes),
        num_retries=clamp_retries(merged.get("num_retries"), "num_retries", notes),
    )
    fails = number(merged.get("allowed_fails"), "allowed_fails", notes)
    cooldown = number(merged.get("cooldown_time"), "cooldown_time", notes)
    if fails is not None or cooldown is not None:
        breaker: JSON = {"window": 60.0}
        if fails is not None:  # LiteLLM cools down after more than that many in a minute
            breaker["failures"] = int(fails) + 1
        if cooldown is not None:
            breaker["cooldown"] = cooldown
        defaults.breaker = breaker
    return defaults


def _fallback_map(raw: Any, key: str, notes: Notes) -> dict[str, list[str]]:
    """LiteLLM's `[{group: [fallback, ...]}, ...]` as one mapping."""
    out: dict[str, list[str]] = {}
    for i, item in enumerate(raw or []):
        if not isinstance(item, dict):
            notes.add(f"{key}[{i}]", "not a `{group: [fallbacks]}` mapping; ignored")
            continue
        for group, targets in item.items():
            targets = [targets] if isinstance(targets, str) else targets
            if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
                notes.add(f"{key}[{i}].{group}", "fallbacks with overrides are not carried over")
                continue
            out.setdefault(str(group), []).extend(targets)
    return out


def _aliases(raw: Any, notes: Notes) -> dict[str, str]:
    out: dict[str, str] = {}
    for alias, target in (raw or {}).items():
        if isinstance(target, dict):
            target = target.get("model")
        if isinstance(target, str):
            out[str(alias)] = target
        else:
            notes.add(f"model_group_alias.{alias}", "no target model group; ignored")
    return out


def read_cache(merged: JSON, notes: Notes) -> JSON | None:
    """rung's route `cache:` for LiteLLM's `cache: true` and `cache_params` (or the router's
    `cache_responses`), or None when LiteLLM does not cache by default."""
    params = merged.get("cache_params") or {}
    if not (merged.get("cache") is True or merged.get("cache_responses") is True):
        if params:
            notes.add("litellm_settings.cache_params", "given without `cache: true`; not used")
        return None
    kind = str(params.get("type", "redis" if merged.get("redis_host") else "local"))
    if params.get("mode") == "default_off":
        notes.add(
            "litellm_settings.cache_params.mode",
            "default_off (cache only on request): rung caches a route for every request; "
            "no cache set",
        )
        return None
    cache: JSON = {"exact": True, "sampled": True}  # LiteLLM caches sampled answers too
    if params.get("ttl"):
        cache["ttl"] = float(params["ttl"])
    if kind in SEMANTIC:
        cache["semantic"] = True
        if params.get("similarity_threshold"):
            cache["threshold"] = float(params["similarity_threshold"])
        notes.add(
            "litellm_settings.cache_params.type",
            f"{kind}: rung's semantic cache is in process and embeds with its local MiniLM model",
        )
    elif kind == "disk":
        cache["path"] = str(Path(str(params.get("disk_cache_dir") or ".")) / "rung-cache.db")
    elif kind != "local":
        where = "Redis" if kind == "redis" else kind
        notes.add(
            "litellm_settings.cache_params.type",
            f"{kind}: a cache shared in {where} is not carried over; rung's cache is in process",
        )
    for key in sorted(set(params) - CACHE_DONE):
        notes.add(f"litellm_settings.cache_params.{key}", "not carried over")
    return cache


def read_general(raw: Any, notes: Notes) -> JSON | None:
    if not isinstance(raw, dict):
        return None
    auth = None
    for key, value in raw.items():
        if key == "master_key" and env_ref(value):
            auth = {"master_key": env_ref(value)}
        elif key == "master_key":
            notes.add(
                "general_settings.master_key",
                "a literal key is not carried over: put it in an environment variable and set "
                "auth.master_key: env:NAME",
            )
        else:
            notes.add(f"general_settings.{key}", "not carried over (no rung equivalent)")
    return auth


def _auth_env(auth: JSON | None) -> set[str]:
    return {auth["master_key"][4:]} if auth else set()


# ---- deployments and routes ----------------------------------------------------------------


def read_groups(
    model_list: list[Any], defaults: Defaults, notes: Notes
) -> dict[str, list[Deployment]]:
    """The converted deployments by model group, in the file's order."""
    groups: dict[str, list[Deployment]] = {}
    taken: set[str] = set()
    for i, entry in enumerate(model_list):
        deployment = read_deployment(entry, f"model_list[{i}]", taken, defaults, notes)
        if deployment is not None:
            groups.setdefault(deployment.group, []).append(deployment)
    return groups


def fallback_chain(
    group: str, settings: Settings, groups: dict[str, list[Deployment]], notes: Notes
) -> list[str]:
    """The groups tried after `group`, in LiteLLM's order: each fallback, then its own
    fallbacks (depth first), at most `max_fallbacks` of them; then context-window fallbacks."""
    chain: list[str] = []

    def targets(name: str) -> list[str]:
        found = settings.fallbacks.get(name) or settings.fallbacks.get("*")
        return found or (settings.default_fallbacks if name == group else [])

    def walk(name: str) -> None:
        for target in targets(name):
            if target == group or target in chain or len(chain) >= settings.max_fallbacks:
                continue
            if target not in groups:
                notes.add(
                    f"fallbacks.{name}", f"{target!r} is not a converted model group; dropped"
                )
                continue
            chain.append(target)
            walk(target)

    walk(group)
    for target in settings.context_fallbacks.get(group, []):
        if target in groups and target not in chain and target != group:
            chain.append(target)
            notes.add(
                f"context_window_fallbacks.{group}",
                f"{target!r} joined {group!r}'s fallback chain: rung moves on to it for any "
                "backend failure, not only a prompt too long",
            )
        elif target not in groups:
            notes.add(
                f"context_window_fallbacks.{group}",
                f"{target!r} is not a converted model group; dropped",
            )
    return chain


def in_order(deployments: list[Deployment]) -> list[Deployment]:
    """Deployments by `order` (LiteLLM tries lower orders first), the file's order on ties."""
    return sorted(deployments, key=lambda d: d.order if d.order is not None else 1 << 30)


def group_route(deployments: list[Deployment], tail: list[str]) -> JSON:
    """The route of one model group whose fallback chain is the backends `tail`."""
    names = [d.name for d in in_order(deployments)]
    if len(names) == 1 and not tail:
        return {"pattern": "fixed", "model": names[0]}
    if len(names) == 1 or any(d.order is not None for d in deployments):
        return {"pattern": "fallback", "models": names + tail}
    variants = {
        d.name: {
            "weight": d.weight or 1.0,
            "route": {
                "pattern": "fallback",
                "models": [d.name, *(n for n in names if n != d.name), *tail],
            },
        }
        for d in deployments
    }
    return {"pattern": "ab", "sticky": "none", "variants": variants}


def build_routes(groups: dict[str, list[Deployment]], settings: Settings, notes: Notes) -> JSON:
    routes: JSON = {}
    for group, deployments in groups.items():
        chain = fallback_chain(group, settings, groups, notes)
        tail = [d.name for g in chain for d in in_order(groups[g])]
        route = group_route(deployments, tail)
        if settings.cache:
            route["cache"] = dict(settings.cache)
        routes[group] = route
    for alias, target in settings.aliases.items():
        if alias in routes:
            notes.add(f"model_group_alias.{alias}", "is also a model group; the group is kept")
        elif target not in routes:
            notes.add(
                f"model_group_alias.{alias}", f"{target!r} is not a converted model group; dropped"
            )
        else:
            routes[alias] = copy.deepcopy(routes[target])
    return routes
