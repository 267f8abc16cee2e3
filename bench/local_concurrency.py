"""The embedded model's throughput with 1, 2 and 4 requests at once: rung's llama.cpp backend
with `parallel: 1` (one generation at a time) against `parallel: 4` (up to four sequences in
one llama.cpp batch, `rung.backends.batched`), side by side in one run.

    python bench/local_concurrency.py [--tokens 48] [--threads 1] [--rounds 2] [--raw]

For each C, C streamed chat requests are sent at once (different prompts, temperature 0,
`max_tokens` each; a request may end early) to each backend in turn, the
order alternating by round; printed per backend (medians over rounds): total completion tokens
/ wall time, each request's tokens / its own time (mean), first-token latency (mean), and the
process's CPU milliseconds per token. `--raw` adds llama.cpp's batched decoding through the
low-level API (same prompt, greedy, prefill not timed), the ceiling the backend aims at.
The load average is printed before and after: the machine may be shared.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rung.backends.embedded import model_path  # noqa: E402
from rung.backends.llamacpp import LlamaCppBackend  # noqa: E402
from rung.config import LlamaCppBackendConfig  # noqa: E402
from rung.types import ChatRequest  # noqa: E402

PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle."
LEVELS = (1, 2, 4)
NO_PAD = 5  # parallel 4, no padding row
KINDS = (1, 4, NO_PAD)
KIND_NAMES = {1: "1", 4: "4", NO_PAD: "4 no pad"}


PROMPTS = [
    PROMPT,
    "Explain how a bicycle works to a ten year old.",
    "List some tips for keeping a small garden healthy.",
    "Describe a busy market on a Saturday morning.",
]


async def one_request(
    backend: LlamaCppBackend, prompt: str, tokens: int
) -> tuple[int, float, float]:
    """(completion tokens, seconds, seconds to the first content) of one streamed request."""
    body = {
        "model": "local",
        "messages": [{"role": "user", "content": prompt}],
        "temperature": 0,
        "max_tokens": tokens,
    }
    started, first, generated = time.perf_counter(), 0.0, 0
    async for chunk in backend.stream(ChatRequest(body)):
        for choice in chunk.data["choices"]:
            if choice["delta"].get("content") and not first:
                first = time.perf_counter() - started
        if chunk.data.get("usage"):
            generated = chunk.data["usage"]["completion_tokens"]
    return generated, time.perf_counter() - started, first


async def backend_round(backend: LlamaCppBackend, c: int, tokens: int) -> tuple[float, ...]:
    """(total tok/s, mean per-request tok/s, mean first-token seconds, CPU s per token)."""
    started, cpu = time.perf_counter(), time.process_time()
    results = await asyncio.gather(
        *(one_request(backend, PROMPTS[i % len(PROMPTS)], tokens) for i in range(c))
    )
    wall = time.perf_counter() - started
    generated = sum(r[0] for r in results)
    per_request = statistics.mean(r[0] / r[1] for r in results)
    first = statistics.mean(r[2] for r in results)
    return generated / wall, per_request, first, (time.process_time() - cpu) / generated


class Batched:
    """A context on the model file that decodes up to 4 sequences per batch."""

    def __init__(self, threads: int) -> None:
        import llama_cpp as lc
        from llama_cpp import Llama

        self.lc = lc
        self.llm = Llama(str(model_path("embedded:smollm2-135m")), n_ctx=64, verbose=False)
        params = lc.llama_context_default_params()
        params.n_ctx, params.n_batch, params.n_seq_max = 2048, 512, max(LEVELS)
        params.n_threads = params.n_threads_batch = threads
        params.kv_unified = True
        self.ctx = lc.llama_init_from_model(self.llm._model.model, params)
        self.batch = lc.llama_batch_init(512, 0, max(LEVELS))
        self.n_vocab = self.llm.n_vocab()
        text = f"<|im_start|>user\n{PROMPT}<|im_end|>\n<|im_start|>assistant\n"
        self.prompt = self.llm.tokenize(text.encode(), add_bos=False, special=True)

    def fill(self, entries: list[tuple[int, int, int, bool]]) -> None:
        """The batch: (token, position, sequence, wants logits) each."""
        self.batch.n_tokens = len(entries)
        for i, (token, pos, seq, logits) in enumerate(entries):
            self.batch.token[i], self.batch.pos[i] = token, pos
            self.batch.seq_id[i][0], self.batch.n_seq_id[i] = seq, 1
            self.batch.logits[i] = logits

    def next_tokens(self, rows: list[int]) -> list[int]:
        """The greedy next token at each of the batch's rows (-1: its last)."""
        result = []
        for i in rows:
            pointer = self.lc.llama_get_logits_ith(self.ctx, i)
            result.append(int(np.argmax(np.ctypeslib.as_array(pointer, shape=(self.n_vocab,)))))
        return result

    def round(self, c: int, tokens: int) -> tuple[float, float]:
        lc = self.lc
        lc.llama_memory_clear(lc.llama_get_memory(self.ctx), True)
        n = len(self.prompt)
        for seq in range(c):  # prefill each sequence's prompt (not timed)
            entries = [(t, p, seq, p == n - 1) for p, t in enumerate(self.prompt)]
            self.fill(entries)
            lc.llama_decode(self.ctx, self.batch)
        last = self.next_tokens([-1]) * c
        started, cpu = time.perf_counter(), time.process_time()
        for step in range(tokens):
            self.fill([(last[s], n + step, s, True) for s in range(c)])
            lc.llama_decode(self.ctx, self.batch)
            last = self.next_tokens(list(range(c)))
        generated = c * tokens
        return generated / (time.perf_counter() - started), (time.process_time() - cpu) / generated

    def close(self) -> None:
        self.lc.llama_batch_free(self.batch)
        self.lc.llama_free(self.ctx)


async def main(tokens: int, threads: int, rounds: int, raw: bool) -> None:
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    backends = {}
    for parallel in KINDS:
        config = LlamaCppBackendConfig(
            context_window=2048, n_threads=threads, parallel=min(parallel, 4)
        )
        backends[parallel] = LlamaCppBackend(f"parallel-{parallel}", config)
        await backends[parallel].start()
        if parallel == NO_PAD:  # the batch without its padding row (see batched._decode)
            backends[parallel]._batcher.pad = False  # type: ignore[union-attr]
        await backend_round(backends[parallel], 1, 4)  # warm-up, not counted
    batched = Batched(threads) if raw else None
    figures: dict[tuple[int, int], list[tuple[float, ...]]] = {}
    decoded: dict[int, list[tuple[float, float]]] = {c: [] for c in LEVELS}
    for r in range(rounds):
        for c in LEVELS:
            for parallel in KINDS if r % 2 == 0 else KINDS[::-1]:
                result = await backend_round(backends[parallel], c, tokens)
                figures.setdefault((parallel, c), []).append(result)
            if batched is not None:
                decoded[c].append(batched.round(c, tokens))
    for backend in backends.values():
        await backend.close()
    print(f"\n{tokens} tokens per request at most, {threads} llama.cpp thread(s), {rounds} rounds")
    print(f"{'C':>2} {'parallel':>8} | {'total tok/s':>11} {'per-request tok/s':>17} "
          f"{'first token ms':>14} {'CPU ms/tok':>10}")  # fmt: skip
    for c in LEVELS:
        for parallel in KINDS:
            rate, each, first, cpu = (
                statistics.median(v[i] for v in figures[(parallel, c)]) for i in range(4)
            )
            print(
                f"{c:>2} {KIND_NAMES[parallel]:>8} | {rate:>11.1f} {each:>17.1f} "
                f"{1000 * first:>14.0f} {1000 * cpu:>10.1f}"
            )
    if batched is not None:
        batched.close()
        print("\nllama.cpp batched decoding, low-level API (greedy, prefill not timed)")
        for c in LEVELS:
            rate_b, cpu_b = _median(decoded[c])
            print(f"{c:>2} | {rate_b:>8.1f} tok/s {1000 * cpu_b:>6.1f} CPU ms/tok")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def _median(values: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--raw", action="store_true", help="add the low-level batched decoding")
    args = parser.parse_args()
    asyncio.run(main(args.tokens, args.threads, args.rounds, args.raw))
