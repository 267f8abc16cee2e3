"""Logprobs of a local model's samples, read from the last position's logits as it samples.

llama-cpp-python computes logprobs only on an instance created with `logits_all` (every
position's logits kept, each prompt evaluation far slower) and ranks the whole vocabulary in
Python for each token. A sample needs only the distribution it was drawn from, which llama.cpp
keeps after every decode: `Recorder` wraps the instance's `sample` for the length of one
generation and, after each draw, turns that row into the token's logprob and its `top`
likeliest alternatives (log-softmax and a partial sort in numpy, a fraction of a millisecond).

The entries are matched to the text the client gets by length (`claim`), so that tokens the
library holds back or cuts (a stop sequence, the end-of-generation token) carry none.
An echoed prompt's own logprobs (`prompt_entries`) take one decode of the prompt with every
position's logits asked for, on the same instance.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

import numpy as np

from rung.types import JSON

_END: JSON = {}  # the entry of an end-of-generation token: the client never sees it


@dataclass(slots=True)
class Drawn:
    """One sampled token: its id, logprob, and its `top` alternatives (id, logprob)."""

    token: int
    logprob: float
    top: list[tuple[int, float]]


def log_softmax_row(row: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The log-probabilities of one position's logits (float64 for a stable sum)."""
    shifted = row.astype(np.float64) - float(row.max())
    result: np.ndarray[Any, Any] = shifted - np.log(np.exp(shifted).sum())
    return result


def ranked(logprobs: np.ndarray[Any, Any], top: int) -> list[tuple[int, float]]:
    """The `top` likeliest token ids and their logprobs, likeliest first."""
    if top <= 0:
        return []
    top = min(top, logprobs.shape[0])
    ids = np.argpartition(logprobs, -top)[-top:]
    ids = ids[np.argsort(-logprobs[ids], kind="stable")]
    return [(int(i), float(logprobs[i])) for i in ids]


class Recorder:
    """Records each token `llm` samples while installed (`with Recorder(llm, top):`)."""

    def __init__(self, llm: Any, top: int) -> None:
        self.llm, self.top = llm, top
        self.drawn: list[Drawn] = []
        self._items: list[JSON] = []  # an echoed prompt's entries, then each drawn token's
        self._echoed = 0  # how many of `_items` are the echoed prompt's
        self._claimed = 0  # items already given out
        self._given = 0  # characters of text already matched to items

    def __enter__(self) -> Recorder:
        original = self.llm.sample
        n_vocab = int(self.llm.n_vocab())

        def sample(*args: Any, **kwargs: Any) -> int:
            token = int(original(*args, **kwargs))
            pointer = self.llm._ctx.get_logits_ith(-1)  # the row the token was drawn from
            row = np.ctypeslib.as_array(pointer, shape=(n_vocab,))
            logprobs = log_softmax_row(row)
            self.drawn.append(Drawn(token, float(logprobs[token]), ranked(logprobs, self.top)))
            return token

        self.llm.sample = sample  # an instance attribute: `generate` calls `self.sample`
        return self

    def __exit__(self, *exc: object) -> None:
        del self.llm.sample

    def echo(self, entries: list[JSON]) -> None:
        """An echoed prompt's entries: given out first, matched to the prompt's text."""
        self._items = [*entries, *self._items]
        self._echoed = len(entries)

    def entries(self, text: str) -> list[JSON]:
        """All entries not given out yet for a whole answer whose text (echo included) is
        `text`."""
        return self.claim(len(text))

    def claim(self, length: int) -> list[JSON]:
        """The entries of the tokens that begin within the first `length` characters the
        client has been sent, not given out before (an end-of-generation token carries none)."""
        while len(self._items) - self._echoed < len(self.drawn):
            self._items.append(self._entry(len(self._items) - self._echoed))
        result = []
        while self._claimed < len(self._items) and self._given < length:
            item = self._items[self._claimed]
            if item is not _END:
                result.append(item)
                self._given += len(item["token"])
            self._claimed += 1
        return result

    def _entry(self, index: int) -> JSON:
        """Drawn token `index` as a chat logprobs entry (its text decoded after the tokens
        before it, so that a word's leading space is kept); `_END` for end-of-generation."""
        drawn = self.drawn[index]
        if self._is_eog(drawn.token):
            return _END
        before = [d.token for d in self.drawn[max(0, index - 4) : index]]
        data = self.llm.detokenize([drawn.token], prev_tokens=before or None)
        entry = _entry(bytes(data).decode("utf-8", errors="ignore"), drawn.logprob)
        entry["top_logprobs"] = [_entry(self._piece(t), lp) for t, lp in drawn.top]
        return entry

    def _piece(self, token: int) -> str:
        return bytes(self.llm.detokenize([token])).decode("utf-8", errors="ignore")

    def _is_eog(self, token: int) -> bool:
        from llama_cpp import llama_vocab_is_eog

        return bool(llama_vocab_is_eog(self.llm._model.vocab, token))


def recording(llm: Any, top: int | None) -> AbstractContextManager[Recorder | None]:
    """A `Recorder` of `top` alternatives per token while a sample runs; nothing when no
    logprobs are asked for (`top` None)."""
    return nullcontext() if top is None else Recorder(llm, top)


def _entry(token: str, logprob: float) -> JSON:
    return {"token": token, "logprob": logprob, "bytes": list(token.encode())}


def prompt_entries(llm: Any, tokens: list[int], top: int) -> list[JSON]:
    """An echoed prompt's logprobs: every prompt token after the first, under the tokens
    before it (one decode with every position's logits; the KV cache then holds the prompt,
    so that the generation that follows evaluates nothing again)."""
    n_vocab, n_batch = int(llm.n_vocab()), int(llm.n_batch)
    llm.reset()
    llm._ctx.kv_cache_seq_rm(-1, 0, -1)
    rows: list[np.ndarray[Any, Any]] = []
    for start in range(0, len(tokens), n_batch):
        part = tokens[start : start + n_batch]
        llm._batch.set_batch(batch=part, n_past=start, logits_all=True)
        llm._ctx.decode(llm._batch)
        logits = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(len(part) * n_vocab,))
        rows.extend(logits.reshape(len(part), n_vocab).copy())
        llm.input_ids[start : start + len(part)] = part
        llm.n_tokens = start + len(part)
    llm._requires_eval = False
    entries: list[JSON] = []
    for i, token in enumerate(tokens):
        text = bytes(llm.detokenize([token], prev_tokens=tokens[max(0, i - 4) : i] or None))
        piece = text.decode("utf-8", errors="ignore")
        if i == 0:
            entries.append({**_entry(piece, 0.0), "logprob": None, "top_logprobs": []})
            continue
        logprobs = log_softmax_row(rows[i - 1])
        entry = _entry(piece, float(logprobs[token]))
        entry["top_logprobs"] = [
            _entry(bytes(llm.detokenize([t])).decode("utf-8", errors="ignore"), lp)
            for t, lp in ranked(logprobs, top)
        ]
        entries.append(entry)
    return entries
