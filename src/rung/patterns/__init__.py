"""Patterns: how a route answers. `build_pattern` makes one from a route's config.

A pattern module registers its config schema in `rung.config.PATTERN_SCHEMAS` and its
builder in `BUILDERS`, keyed by the `pattern:` name a route uses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rung.backends.base import Backend
from rung.config import FixedRoute, Section
from rung.patterns.base import Pattern, traced_complete, traced_stream
from rung.patterns.fixed import Fixed

Builder = Callable[[Section, Mapping[str, Backend]], Pattern]


def _fixed(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    assert isinstance(config, FixedRoute)
    return Fixed(backends[config.model])


BUILDERS: dict[str, Builder] = {"fixed": _fixed}


def build_pattern(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    return BUILDERS[getattr(config, "pattern", "fixed")](config, backends)


__all__ = ["BUILDERS", "Fixed", "Pattern", "build_pattern", "traced_complete", "traced_stream"]
