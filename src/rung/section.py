"""The base of every configuration section: unknown keys are errors."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """A strictly checked part of the configuration file."""

    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)
