"""The base of every configuration section: unknown keys are errors."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """A strictly checked part of the configuration file.

    `path_keys` names the keys that hold file paths: a relative one resolves against the
    config file's directory (see `rung.config`), unless `is_path` says the value is a name.
    """

    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)

    path_keys: ClassVar[tuple[str, ...]] = ()

    def is_path(self, key: str, value: str) -> bool:
        """Whether `value` (of a key in `path_keys`) is a file path rather than a name."""
        return True
