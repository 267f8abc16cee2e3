"""Patterns: how a route answers. `build_pattern` makes one from a route's checked section.

Each pattern module declares its route schema (a `...Route` section), its `build` function
and its route checks beside its code; `rung.patterns.registry` puts them in the one registry,
`REGISTRY`, by the `pattern:` name a route uses.
"""

from __future__ import annotations

from rung.patterns.base import Pattern, traced_complete, traced_stream
from rung.patterns.cascade import Cascade
from rung.patterns.draft_verify import DraftVerify
from rung.patterns.fixed import Fixed
from rung.patterns.registry import REGISTRY, PatternKind, Registry, build_pattern

__all__ = [
    "REGISTRY",
    "Cascade",
    "DraftVerify",
    "Fixed",
    "Pattern",
    "PatternKind",
    "Registry",
    "build_pattern",
    "traced_complete",
    "traced_stream",
]
