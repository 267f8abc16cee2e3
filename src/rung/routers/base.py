"""The Router contract and its one-file, versioned, pickle-free save format.

A router scores a request before any model is called: ``score(text)`` is the need for the
strong tier in [0, 1]; the caller compares it with a threshold (see ``calibrate``). A learned
router is trained offline with ``fit(dataset, weak, strong)`` and saved as one file:

    an ``.npz`` (zip) archive, loaded with ``allow_pickle=False``, holding
    ``__header__``: UTF-8 JSON {"format": "rung-router", "version": N, "router": name,
                                "weak": ..., "strong": ..., "threshold": ..., "params": {...}}
    and the router's numeric arrays under their own names.

A file whose format or version differs from the code's is refused, never guessed at.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rung._errors import RouterFileError as RouterFileError  # re-exported: its old home
from rung.files import private_open

if TYPE_CHECKING:
    import numpy as np

    from rung.datasets.replay import ReplayDataset

FORMAT = "rung-router"
FORMAT_VERSION = 1
HEADER_KEY = "__header__"

Arrays = dict[str, "np.ndarray[Any, Any]"]


class Router(ABC):
    """Scores how much a request needs the strong tier, in [0, 1]."""

    name: ClassVar[str] = ""

    def __init__(self) -> None:
        self.weak = ""
        self.strong = ""
        self.threshold = 0.5

    @abstractmethod
    def score(self, text: str) -> float:
        """The need for the strong tier, in [0, 1]."""

    def score_many(self, texts: Sequence[str]) -> list[float]:
        return [self.score(t) for t in texts]

    def route(self, text: str) -> bool:
        """True when the strong tier should answer."""
        return self.score(text) >= self.threshold

    def fit(self, dataset: ReplayDataset, weak: str, strong: str) -> Router:
        """Learn from the real outcomes of ``weak`` and ``strong`` on ``dataset``."""
        dataset.check_pair(weak, strong)
        self.weak, self.strong = weak, strong
        self._fit(dataset.prompts, dataset.strong_needed(weak, strong))
        return self

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        """Train on texts and 0/1 "strong needed" labels; a fixed router has nothing to learn."""

    # -- persistence -----------------------------------------------------------------------

    def params(self) -> dict[str, Any]:
        """JSON-able settings and small learned values, stored in the header."""
        return {}

    def arrays(self) -> Arrays:
        """Large learned values, stored as arrays beside the header."""
        return {}

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        """Set the state that ``params()`` and ``arrays()`` saved."""

    def save(self, path: str | Path) -> Path:
        import numpy as np

        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "router": self.name,
            "weak": self.weak,
            "strong": self.strong,
            "threshold": self.threshold,
            "params": self.params(),
        }
        blob = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
        target = Path(path)
        payload: dict[str, Any] = {HEADER_KEY: blob, **self.arrays()}
        with private_open(target, "wb") as handle:  # 0600, in a 0700 directory
            np.savez_compressed(handle, **payload)
        return target


def read_router_file(path: str | Path) -> tuple[dict[str, Any], Arrays]:
    """The header and arrays of a saved router; refuses another format or version."""
    import numpy as np

    try:
        with np.load(Path(path), allow_pickle=False) as archive:
            arrays = {key: archive[key] for key in archive.files}
    except (OSError, ValueError) as exc:
        raise RouterFileError(f"{path}: not a rung router file ({exc})") from exc
    if HEADER_KEY not in arrays:
        raise RouterFileError(f"{path}: not a rung router file (no header)")
    header = json.loads(arrays.pop(HEADER_KEY).tobytes().decode("utf-8"))
    if header.get("format") != FORMAT:
        raise RouterFileError(f"{path}: format {header.get('format')!r} is not {FORMAT!r}")
    if header.get("version") != FORMAT_VERSION:
        raise RouterFileError(
            f"{path}: router file version {header.get('version')!r}; "
            f"this rung reads version {FORMAT_VERSION} only: retrain and save again"
        )
    return header, arrays
