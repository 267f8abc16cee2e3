"""Generation speed of the embedded model with and without logprobs, side by side.

    python bench/logprobs.py [--rounds 3] [--max-tokens 128]

The same chat requests (temperature 0, a few short questions) are answered plain, with
`logprobs: true`, and with `logprobs: true, top_logprobs: 5` (whole and streamed), the modes
interleaved round by round so that the other work on a shared machine weighs on each alike.
Prints generated tokens per second (completion tokens / wall time) per mode, its ratio to
plain, the process's CPU milliseconds per generated token (steadier than wall time on a busy
shared machine; with `--threads 1` no spinning thread inflates it), and the process's resident
memory (VmRSS) after each mode: one model instance means the memory does not grow when
logprobs are first asked for.

Run it against another checkout's code with PYTHONPATH=<checkout>/src to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rung.backends.llamacpp import LlamaCppBackend  # noqa: E402
from rung.config import LlamaCppBackendConfig  # noqa: E402
from rung.types import ChatRequest  # noqa: E402

QUESTIONS = [
    "Explain how a bicycle gear works.",
    "Write a short story about a lighthouse keeper.",
    "What are the main causes of rain?",
    "Describe how to bake bread at home.",
]
MODES: dict[str, dict[str, Any]] = {
    "plain": {},
    "logprobs": {"logprobs": True},
    "logprobs+top5": {"logprobs": True, "top_logprobs": 5},
    "logprobs+top5 stream": {"logprobs": True, "top_logprobs": 5, "stream": True},
}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def one(backend: LlamaCppBackend, question: str, fields: dict[str, Any], n: int) -> int:
    body = {
        "model": "local",
        "messages": [{"role": "user", "content": question}],
        "temperature": 0,
        "max_tokens": n,
        **fields,
    }
    if fields.get("stream"):
        tokens = 0
        async for chunk in backend.stream(ChatRequest(body)):
            if chunk.usage is not None:
                tokens = chunk.usage.completion_tokens
        return tokens
    completion = await backend.complete(ChatRequest(body))
    if fields.get("logprobs"):
        assert len(completion.logprobs) > 0, "no logprobs came back"
    return completion.usage.completion_tokens


async def main(rounds: int, max_tokens: int, threads: int | None) -> None:
    config = LlamaCppBackendConfig(context_window=2048, n_threads=threads)
    backend = LlamaCppBackend("embedded", config)
    await backend.start()
    print(f"model loaded, RSS {rss_mb():.0f} MB")
    rates: dict[str, list[float]] = {mode: [] for mode in MODES}
    cpu: dict[str, list[float]] = {mode: [] for mode in MODES}
    rss: dict[str, float] = {}
    for _ in range(rounds):
        for mode, fields in MODES.items():
            started, tokens, cpu_started = time.perf_counter(), 0, time.process_time()
            for question in QUESTIONS:
                tokens += await one(backend, question, fields, max_tokens)
            rates[mode].append(tokens / (time.perf_counter() - started))
            cpu[mode].append(1000 * (time.process_time() - cpu_started) / tokens)
            rss[mode] = rss_mb()
    instances = 1 + (getattr(backend, "_llm_logprobs", None) is not None)
    await backend.close()
    plain = statistics.median(rates["plain"])
    print(f"\n{rounds} rounds x {len(QUESTIONS)} requests, max_tokens {max_tokens}")
    plain_cpu = statistics.median(cpu["plain"])
    header = f"{'tok/s (median)':>15} {'min':>7} {'max':>7} {'vs plain':>9} {'CPU ms/tok':>11}"
    print(f"{'mode':<22} {header} {'CPU vs plain':>13} {'RSS MB':>7}")
    for mode, values in rates.items():
        median, ms = statistics.median(values), statistics.median(cpu[mode])
        print(
            f"{mode:<22} {median:>15.1f} {min(values):>7.1f} {max(values):>7.1f} "
            f"{median / plain:>8.0%} {ms:>11.1f} {plain_cpu / ms:>12.0%} {rss[mode]:>7.0f}"
        )
    print(f"model instances in memory: {instances}")
    print(f"per-token logprobs work (CPU): {recorder_micros(49152, 5):.0f} us, top 5")


def recorder_micros(n_vocab: int, top: int, rounds: int = 300) -> float:
    """CPU microseconds of the per-token work a Recorder adds (log-softmax of one row of
    `n_vocab` logits and its `top` alternatives), on random logits."""
    import numpy as np

    from rung.backends.locallogprobs import log_softmax_row, ranked

    row = np.random.default_rng(0).normal(size=n_vocab).astype(np.float32)
    started = time.process_time()
    for _ in range(rounds):
        ranked(log_softmax_row(row), top)
    return 1e6 * (time.process_time() - started) / rounds


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads")
    args = parser.parse_args()
    asyncio.run(main(args.rounds, args.max_tokens, args.threads))
