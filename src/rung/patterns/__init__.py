"""Patterns: how a route answers. `build_pattern` makes one from a route's config.

A pattern module registers its config schema in `rung.config.PATTERN_SCHEMAS` and its
builder in `BUILDERS`, keyed by the `pattern:` name a route uses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rung.backends.base import Backend
from rung.config import PATTERN_SCHEMAS, REF_CHECKS, CascadeRoute, DraftVerifyRoute, FixedRoute
from rung.patterns import ab, advisor, fallback, learned, specialist
from rung.patterns.base import Pattern, traced_complete, traced_stream
from rung.patterns.cascade import Cascade
from rung.patterns.draft_verify import DraftVerify
from rung.patterns.fixed import Fixed
from rung.section import Section
from rung.verifiers import Verifier, build_verifier

Builder = Callable[[Section, Mapping[str, Backend]], Pattern]


def _fixed(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    assert isinstance(config, FixedRoute)
    return Fixed(backends[config.model])


def verifier(specs: list[object], backends: Mapping[str, Backend], tier: str) -> Verifier | None:
    """One verifier for a route's list: None for an empty list, all of them for several."""
    if not specs:
        return None
    spec = specs[0] if len(specs) == 1 else {"all": specs}
    return build_verifier(spec, backends, default_model=tier)  # type: ignore[arg-type]


def _cascade(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    assert isinstance(config, CascadeRoute)
    tiers = [backends[name] for name in config.tiers]
    return Cascade(tiers, verifier(config.verify, backends, config.tiers[0]))


def _draft_verify(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    assert isinstance(config, DraftVerifyRoute)
    check = verifier(config.verify, backends, config.drafter)
    assert check is not None
    tiers = [backends[name] for name in config.fallback]
    fallback = Cascade(tiers, verifier(config.fallback_verify, backends, config.fallback[0]))
    return DraftVerify(backends[config.drafter], check, fallback)


BUILDERS: dict[str, Builder] = {
    "fixed": _fixed,
    "cascade": _cascade,
    "draft_verify": _draft_verify,
    "fallback": fallback.build,
    "advisor": advisor.build,
    "specialist": specialist.build,
    "learned": learned.build,
    "ab": ab.build,
}
# The route schemas that live beside their patterns (config.py cannot import them).
PATTERN_SCHEMAS.update(
    fallback=fallback.FallbackRoute,
    advisor=advisor.AdvisorRoute,
    specialist=specialist.SpecialistRoute,
    learned=learned.LearnedRoute,
    ab=ab.ABRoute,
)
REF_CHECKS.extend([specialist.check_specialists, learned.check_learned, ab.check_ab])


def build_pattern(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    return BUILDERS[getattr(config, "pattern", "fixed")](config, backends)


__all__ = [
    "BUILDERS",
    "Cascade",
    "DraftVerify",
    "Fixed",
    "Pattern",
    "build_pattern",
    "traced_complete",
    "traced_stream",
]
