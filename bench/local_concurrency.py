"""The embedded model's total throughput with 1, 2 and 4 requests at once, and what llama.cpp's
batched decoding (several sequences in one batch) would give instead.

    python bench/local_concurrency.py [--tokens 48] [--threads 1] [--rounds 2]

1. rung's llama.cpp backend today: C chat requests sent at once (temperature 0, `max_tokens`
   each); total completion tokens / wall time. The backend runs one generation at a time.
2. llama.cpp batched decoding, on the same model file through the low-level API: C sequences
   of the same prompt in one context (`n_seq_max` C), each step one batch holding the next
   token of every sequence (greedy); generated tokens of all sequences / decode wall time.

Each C is measured `--rounds` times, the Cs interleaved; the median is printed, and the
process's CPU milliseconds per generated token (steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import asyncio
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


async def backend_round(backend: LlamaCppBackend, c: int, tokens: int) -> tuple[float, float]:
    body = {
        "model": "local",
        "messages": [{"role": "user", "content": PROMPT}],
        "temperature": 0,
        "max_tokens": tokens,
    }
    started, cpu = time.perf_counter(), time.process_time()
    answers = await asyncio.gather(*(backend.complete(ChatRequest(body)) for _ in range(c)))
    generated = sum(a.usage.completion_tokens for a in answers)
    return generated / (time.perf_counter() - started), (time.process_time() - cpu) / generated


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


async def main(tokens: int, threads: int, rounds: int) -> None:
    config = LlamaCppBackendConfig(context_window=2048, n_threads=threads)
    backend = LlamaCppBackend("embedded", config)
    await backend.start()
    batched = Batched(threads)
    today: dict[int, list[tuple[float, float]]] = {c: [] for c in LEVELS}
    decoded: dict[int, list[tuple[float, float]]] = {c: [] for c in LEVELS}
    await backend_round(backend, 1, 4)  # warm-up, not counted
    batched.round(1, 4)
    for _ in range(rounds):
        for c in LEVELS:
            today[c].append(await backend_round(backend, c, tokens))
            decoded[c].append(batched.round(c, tokens))
    batched.close()
    await backend.close()
    print(f"\n{tokens} tokens per request, {threads} llama.cpp thread(s), {rounds} rounds")
    print(f"{'concurrent':>10} | {'rung today tok/s':>17} {'CPU ms/tok':>10} | "
          f"{'batched decode tok/s':>21} {'CPU ms/tok':>10}")  # fmt: skip
    for c in LEVELS:
        rate, cpu = _median(today[c])
        rate_b, cpu_b = _median(decoded[c])
        print(
            f"{c:>10} | {rate:>17.1f} {1000 * cpu:>10.1f} | {rate_b:>21.1f} {1000 * cpu_b:>10.1f}"
        )


def _median(values: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(main(args.tokens, args.threads, args.rounds))
