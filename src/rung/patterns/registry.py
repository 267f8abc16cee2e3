"""The one registry of patterns: for each `pattern:` name a route may use, its route schema,
the builder that makes the pattern from a checked route, and the checks its routes get.

It is built here, explicitly, from what each pattern module declares beside its code; nothing
adds to it at import time. `rung.config` reads routes with it (it is a `config.Patterns`),
`build_pattern` builds with it. A new pattern: write its module (a `...Route` schema, a
`build` function, any checks), then add one line below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rung.backends.base import Backend
from rung.config import RouteCheck, check_refs
from rung.patterns import ab, advisor, cascade, draft_verify, fallback, fixed, learned, specialist
from rung.patterns.base import Pattern
from rung.patterns.cached import cached
from rung.patterns.observe import check_observe, observed
from rung.section import Section
from rung.verifiers.factory import check_verifiers

Builder = Callable[[Section, Mapping[str, Backend]], Pattern]


@dataclass(frozen=True, slots=True)
class PatternKind:
    """One pattern: its route schema, its builder and the checks of its routes."""

    schema: type[Section]
    build: Builder
    checks: tuple[RouteCheck, ...] = (check_refs,)


Registry = Mapping[str, PatternKind]


def builtin_registry() -> Registry:
    """The patterns rung ships, by the `pattern:` name a route uses (a read-only mapping)."""
    verified = (check_refs, check_verifiers)
    kinds = {
        "fixed": PatternKind(fixed.FixedRoute, fixed.build, (check_refs, check_observe)),
        "cascade": PatternKind(cascade.CascadeRoute, cascade.build, (*verified, check_observe)),
        "draft_verify": PatternKind(draft_verify.DraftVerifyRoute, draft_verify.build, verified),
        "fallback": PatternKind(fallback.FallbackRoute, fallback.build),
        "advisor": PatternKind(advisor.AdvisorRoute, advisor.build, verified),
        "specialist": PatternKind(
            specialist.SpecialistRoute, specialist.build, (check_refs, specialist.check_specialists)
        ),
        "learned": PatternKind(
            learned.LearnedRoute, learned.build, (check_refs, learned.check_learned)
        ),
        "ab": PatternKind(ab.ABRoute, ab.build, (ab.check_ab,)),
    }
    return MappingProxyType(kinds)


REGISTRY: Registry = builtin_registry()


def build_pattern(
    config: Section, backends: Mapping[str, Backend], registry: Registry = REGISTRY
) -> Pattern:
    """The pattern for a checked route section."""
    return registry[getattr(config, "pattern", "fixed")].build(config, backends)


def build_route(
    config: Section, backends: Mapping[str, Backend], registry: Registry = REGISTRY
) -> Pattern:
    """A route as it serves: its pattern, observed when it asks (`observe:`), behind its cache
    (so a cache hit is never observed). The one place a route, top-level or an A/B variant,
    is put together."""
    return cached(observed(build_pattern(config, backends, registry), config, backends), config)
