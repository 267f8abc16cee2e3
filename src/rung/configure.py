"""Reading a config file with the patterns rung ships: where `rung.config` (a leaf that knows
no pattern) meets the one registry, `rung.patterns.REGISTRY`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rung import config
from rung.patterns.registry import REGISTRY


def load(path: str | os.PathLike[str], env: Mapping[str, str] | None = None) -> config.Config:
    """Read and check a configuration file (see `rung.config.load`)."""
    return config.load(path, patterns=REGISTRY, env=env)


def parse(
    data: Any,
    source: str,
    lines: Mapping[config.Loc, int] | None = None,
    *,
    base_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> config.Config:
    """Check already-loaded data (see `rung.config.parse`)."""
    return config.parse(data, source, lines, patterns=REGISTRY, base_dir=base_dir, env=env)
