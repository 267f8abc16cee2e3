"""Several chat requests generated together in one llama.cpp context (continuous batching).

With `parallel: N` (N > 1) on a llamacpp backend, `Batcher` holds up to N sequences in a
second llama.cpp context on the same model weights (`n_seq_max` N). Each step is one
`llama_decode` batch holding the next token of every running sequence and the prompt (or a
chunk of it) of sequences just admitted; each sequence then samples from its own row with its
own sampler chain (temperature, top_p, seed, as llama-cpp-python builds it), checks its own
stop strings and `max_tokens`, and hands its text to its own client. New requests are admitted
between steps. A sequence that finishes, or whose client went away (`cancel` set: it stops at
the next step), has its KV cells removed (`llama_memory_seq_rm`) and its slot freed.

KV cache: one stream of `context_window` cells per sequence (`kv_unified` off), so every
sequence can reach the full context window, and a sequence attends over its own cells only:
with the padding row of `_decode`, its text at temperature 0 does not depend on what runs
beside it (with one shared cache it did). Memory: N + 1 times one context's cache, besides the
single-sequence context the other requests use.

Everything here runs on the model's one thread, except `chat_prompt` and the `Sequence`
constructor (on the event loop: they read only the vocabulary and the chat template).
"""

from __future__ import annotations

import codecs
import contextlib
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rung.types import JSON, Usage

END = object()  # after a sequence's last item


class _Captured(Exception):
    """Raised by `_Capture.create_completion`: the prompt is known, nothing is generated."""


class _Capture:
    """Stands for the model when a chat handler formats a prompt: records what the handler
    would generate from, and stops it there."""

    def __init__(self, llm: Any) -> None:
        self._llm = llm
        self.prompt: list[int] = []
        self.stop: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._llm, name)

    def create_completion(self, **kwargs: Any) -> Any:
        self.prompt = list(kwargs["prompt"])
        stop = kwargs.get("stop") or []
        self.stop = [stop] if isinstance(stop, str) else list(stop)
        raise _Captured


def chat_prompt(llm: Any, messages: list[JSON], stop: Any) -> tuple[list[int], list[str]]:
    """The prompt tokens and stop strings `create_chat_completion` would generate with: the
    same chat handler is run, its call to the model intercepted."""
    from llama_cpp import llama_chat_format

    handler: Any = (
        llm.chat_handler
        or llm._chat_handlers.get(llm.chat_format)
        or llama_chat_format.get_chat_completion_handler(llm.chat_format)
    )
    capture = _Capture(llm)
    with contextlib.suppress(_Captured):
        handler(llama=capture, messages=messages, stop=stop)
    return capture.prompt, [s for s in capture.stop if s]


@dataclass(eq=False)
class Sequence:
    """One request in the batch: what to generate, and how far it has got."""

    prompt: list[int]
    stops: list[str]
    max_tokens: int
    temperature: float
    top_p: float
    seed: int | None
    model: str
    put: Callable[[Any], None]  # chunk dicts, then END (or an exception, then END)
    cancel: threading.Event = field(default_factory=threading.Event)
    slot: int = -1
    pos: int = 0  # tokens of this sequence in the KV cache
    row: int = -1  # the batch row of its logits this step (-1: none)
    last: int = -1  # the sampled token to decode next step
    tokens: list[int] = field(default_factory=list)
    text: str = ""
    sent: int = 0  # characters of `text` passed on
    sampler: Any = None
    begun: bool = False

    def __post_init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.envelope: JSON = {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": self.model,
        }

    @property
    def prefilling(self) -> bool:
        return self.pos < len(self.prompt)

    def emit(self, delta: JSON, finish: str | None = None) -> None:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        self.put({**self.envelope, "choices": [choice]})

    def add_text(self, piece: bytes) -> str | None:
        """Take a token's bytes; pass on what can no longer be part of a stop string. Returns
        "stop" when a stop string has appeared (the text before it is passed on)."""
        self.text += self.decoder.decode(piece)
        longest = max((len(s) for s in self.stops), default=0)
        start = max(0, self.sent - longest)
        found = [i for s in self.stops if (i := self.text.find(s, start)) >= 0]
        if found:
            self._send(min(found))
            return "stop"
        self._send(len(self.text) - self._held())
        return None

    def _held(self) -> int:
        """Characters at the end of the text that may begin a stop string."""
        held = 0
        for stop in self.stops:
            for k in range(min(len(stop) - 1, len(self.text)), held, -1):
                if self.text.endswith(stop[:k]):
                    held = k
                    break
        return held

    def _send(self, upto: int) -> None:
        if upto > self.sent:
            self.emit({"content": self.text[self.sent : upto]})
            self.sent = upto

    def finish(self, reason: str) -> None:
        if reason == "length":
            self._send(len(self.text))
        self.emit({}, reason)
        usage = Usage(len(self.prompt), len(self.tokens)).to_json()
        self.put({**self.envelope, "choices": [], "usage": usage})


class Closed(RuntimeError):
    """What a sequence gets when the batch is closed under it."""


class Batcher:
    """Up to `parallel` sequences decoded together in one context on `llm`'s model."""

    def __init__(
        self,
        llm: Any,
        parallel: int,
        context_window: int,
        n_batch: int,
        counted: Callable[[int, int], None] = lambda samples, tokens: None,
    ) -> None:
        import llama_cpp as lc

        self.lc, self.llm = lc, llm
        self.parallel, self.window, self.n_batch = parallel, context_window, n_batch
        # the single-sequence context's parameters (threads, batch sizes, attention), so that
        # both paths compute alike; only the cache's size and the sequences differ
        own = llm.context_params
        params = type(own).from_buffer_copy(own)
        params.n_ctx = context_window * (parallel + 1)  # a stream per sequence, padding too
        params.n_seq_max = parallel + 1  # the last one: padding (see `_decode`)
        params.kv_unified = False
        # every step is a generation step: the generation thread count, not the prompt one
        # (a batch of several rows would otherwise take `n_threads_batch`, all the cores)
        params.n_threads_batch = own.n_threads
        self.ctx = lc.llama_init_from_model(llm._model.model, params)
        if not self.ctx:
            raise RuntimeError("llama.cpp could not create the batched context")
        self.memory = lc.llama_get_memory(self.ctx)
        self.vocab = lc.llama_model_get_vocab(llm._model.model)
        self.batch = lc.llama_batch_init(n_batch + 1, 0, 1)
        self.free = list(range(parallel))
        self.pad = True  # a padding row beside a lone one (`_decode`); the bench turns it off
        self.active: list[Sequence] = []
        self.waiting: deque[Sequence] = deque()
        self.lock = threading.Lock()
        self.counted = counted  # (samples begun, tokens generated), as they happen
        self.running = False  # a `run` is stepping on the model's thread
        self.closing = False  # `close` was called: the next step frees everything
        self.freed = threading.Event()  # set once the context is freed

    @property
    def slots_in_use(self) -> int:
        return self.parallel - len(self.free)

    def add(self, seq: Sequence) -> None:
        """Queue a sequence (any thread); it is admitted at the next step with a free slot."""
        with self.lock:
            self.waiting.append(seq)

    def run(self, may_admit: Callable[[], bool]) -> bool:
        """Step until no sequence runs (on the model's thread); admit new ones between steps
        while `may_admit()`. Returns whether sequences are still waiting."""
        with self.lock:
            if self.closing:
                return False
            self.running = True
        try:
            while not self.closing:
                for seq in [s for s in self.active if s.cancel.is_set()]:
                    self._release(seq)
                if may_admit():
                    self._admit()
                if not self.active:
                    break
                self._step()
        except Exception as exc:  # a failure of the model: every running sequence gets it
            for seq in list(self.active):
                seq.put(exc)
                self._release(seq)
        with self.lock:
            self.running = False
            closing = self.closing
        if closing:
            self._free()
            return False
        with self.lock:
            return bool(self.waiting)

    def _admit(self) -> None:
        with self.lock:
            while self.free and self.waiting:
                seq = self.waiting.popleft()
                if seq.cancel.is_set():
                    seq.put(END)
                    continue
                seq.slot = self.free.pop()
                self.counted(1, 0)
                seq.sampler = self._sampler(seq)
                self.active.append(seq)

    def _sampler(self, seq: Sequence) -> Any:
        """The sampler chain llama-cpp-python builds for these parameters (top_k 40, min_p
        0.05 as `create_chat_completion`'s defaults; greedy at temperature 0)."""
        lc = self.lc
        chain = lc.llama_sampler_chain_init(lc.llama_sampler_chain_default_params())

        def add(sampler: Any) -> None:
            lc.llama_sampler_chain_add(chain, sampler)

        seed = lc.LLAMA_DEFAULT_SEED if seq.seed is None else seq.seed & 0xFFFFFFFF
        if seq.temperature == 0:
            add(lc.llama_sampler_init_greedy())
        elif seq.temperature < 0:
            add(lc.llama_sampler_init_dist(seed))
        else:
            add(lc.llama_sampler_init_top_k(40))
            add(lc.llama_sampler_init_typical(1.0, 1))
            add(lc.llama_sampler_init_top_p(seq.top_p, 1))
            add(lc.llama_sampler_init_min_p(0.05, 1))
            add(lc.llama_sampler_init_temp(seq.temperature))
            add(lc.llama_sampler_init_dist(seed))
        return chain

    def _step(self) -> None:
        """One batch: each generating sequence's last token, then prompts while room is left;
        then every sequence with logits in the batch samples its next token."""
        rows: list[tuple[int, int, int, bool]] = []
        for seq in self.active:
            seq.row = -1
            if not seq.prefilling:
                seq.row = len(rows)
                rows.append((seq.last, seq.pos, seq.slot, True))
                seq.pos += 1
        for seq in self.active:
            if seq.prefilling and len(rows) < self.n_batch:
                take = min(self.n_batch - len(rows), len(seq.prompt) - seq.pos)
                for p in range(seq.pos, seq.pos + take):
                    rows.append((seq.prompt[p], p, seq.slot, p == len(seq.prompt) - 1))
                seq.pos += take
                seq.row = -1 if seq.prefilling else len(rows) - 1
        self._decode(rows)
        for seq in [s for s in self.active if s.row >= 0]:
            token = self.lc.llama_sampler_sample(seq.sampler, self.ctx, seq.row)
            self._take(seq, token)

    def _decode(self, rows: list[tuple[int, int, int, bool]]) -> None:
        """Decode `rows` (token, position, sequence, wants logits). llama.cpp computes a batch
        of one row with other kernels than a batch of several (the logits differ, up to 0.66
        on the embedded model), so a lone row gets a padding row in a scratch sequence:
        then a sequence's text does not depend on how many others run beside it."""
        padded = self.pad and len(rows) == 1
        if padded:
            rows = [*rows, (rows[0][0], rows[0][1], self.parallel, False)]
        batch = self.batch
        batch.n_tokens = len(rows)
        for i, (token, pos, slot, logits) in enumerate(rows):
            batch.token[i], batch.pos[i], batch.logits[i] = token, pos, logits
            batch.seq_id[i][0], batch.n_seq_id[i] = slot, 1
        status = self.lc.llama_decode(self.ctx, batch)
        if padded:
            self.lc.llama_memory_seq_rm(self.memory, self.parallel, -1, -1)
        if status != 0:
            raise RuntimeError(f"llama_decode failed ({status})")

    def _take(self, seq: Sequence, token: int) -> None:
        """A sampled token: the end of the sequence, or its text passed on."""
        if not seq.begun:
            seq.begun = True
            seq.emit({"role": "assistant"})
        if self.lc.llama_vocab_is_eog(self.vocab, token):
            self._end(seq, "stop")
            return
        seq.tokens.append(token)
        seq.last = token
        self.counted(0, 1)
        if seq.add_text(self.llm.detokenize([token])) == "stop":
            self._end(seq, "stop")
        elif len(seq.tokens) >= seq.max_tokens or seq.pos >= self.window:
            self._end(seq, "length")

    def _end(self, seq: Sequence, reason: str) -> None:
        seq.finish(reason)
        self._release(seq)

    def _release(self, seq: Sequence) -> None:
        """Forget a sequence: its KV cells, its sampler, its slot."""
        self.lc.llama_memory_seq_rm(self.memory, seq.slot, -1, -1)
        self.lc.llama_sampler_free(seq.sampler)
        self.active.remove(seq)
        self.free.append(seq.slot)
        seq.put(END)

    def close(self) -> None:
        """Free the batch's context and KV cache: at once when no `run` is stepping, else on
        the model's thread at the end of the step under way. Sequences still running or
        waiting end with an error (their clients get the backend's fault, not a cut stream)."""
        with self.lock:
            self.closing = True
            running = self.running
        if not running:
            self._free()

    def _free(self) -> None:
        if self.ctx is None:
            return
        closed = Closed("the local model was closed while generating")
        for seq in list(self.active):
            seq.put(closed)
            self._release(seq)
        with self.lock:
            waiting, self.waiting = list(self.waiting), deque()
        for seq in waiting:
            seq.put(closed)
        self.lc.llama_batch_free(self.batch)
        self.lc.llama_free(self.ctx)
        self.ctx = None
        self.freed.set()
