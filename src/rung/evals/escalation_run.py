"""Collect what `rung eval escalation` scores: a local model's answers and their signals.

For each problem (`rung.evals.escalation_tasks`) the model, run in-process by rung's own
llama.cpp backend, gives:

- its greedy answer (temperature 0) with `logprobs` and `top_logprobs: 20`: the mean token
  logprob, and the mean per-token entropy over the 20 likeliest tokens (renormalised; what an
  OpenAI-compatible API gives);
- verbalised confidence: asked after its answer, in the same chat, for a number 1-10;
- four more samples (temperature 0.7, seeded): self-consistency is the share of them that agree
  with the greedy answer (the same final number; for code, the same value returned on the
  visible test's call); with ``samples=0`` (a first, cheap pass) none are drawn and the
  record has no ``agreement``;
- the deterministic verifier's verdict (GSM8K: the answer format; MBPP: the visible test).

Each problem's record is appended to a JSON-lines file as soon as it is done, so that a run
stopped by its time budget keeps what it did, and a later run resumes after it.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rung.backends.llamacpp import LlamaCppBackend
from rung.config import LlamaCppBackendConfig
from rung.evals.escalation_tasks import (
    CONFIDENCE_QUESTION,
    Problem,
    final_number,
    messages,
    probe,
    run_code,
    states_answer,
)
from rung.types import JSON, ChatRequest, Completion
from rung.verifiers.sandbox import Limits, Sandbox

SAMPLES = 4  # besides the greedy answer: self-consistency over n = 5
TOP = 20


def token_stats(logprobs: list[JSON]) -> dict[str, float | int | None]:
    """Mean and minimum token logprob, and mean entropy over each token's alternatives."""
    values = [float(t["logprob"]) for t in logprobs if t.get("logprob") is not None]
    entropies = []
    for token in logprobs:
        probs = [math.exp(float(a["logprob"])) for a in token.get("top_logprobs") or []]
        total = sum(probs)
        if total > 0:
            entropies.append(-sum(p / total * math.log(p / total) for p in probs if p > 0))
    return {
        "tokens": len(values),
        "mean_logprob": sum(values) / len(values) if values else None,
        "min_logprob": min(values) if values else None,
        "mean_entropy": sum(entropies) / len(entropies) if entropies else None,
    }


def parse_confidence(text: str) -> int | None:
    """The first number 1-10 in a reply, or None."""
    for word in text.replace("/", " ").replace(".", " ").split():
        digits = "".join(c for c in word if c.isdigit())
        if digits and 1 <= int(digits) <= 10:
            return int(digits)
    return None


class Collector:
    """Asks one model the problems and grades its answers."""

    def __init__(
        self, model: str, max_tokens: int, sandbox: Sandbox, threads: int, samples: int = SAMPLES
    ) -> None:
        config = LlamaCppBackendConfig(
            model=model, context_window=2048, max_queue=64, n_threads=threads
        )
        self.backend = LlamaCppBackend("escalation", config)
        self.max_tokens = max_tokens
        self.sandbox = sandbox
        self.samples = samples

    async def ask(self, chat: list[JSON], **fields: Any) -> Completion:
        body = {"model": "local", "messages": chat, "max_tokens": self.max_tokens, **fields}
        return await self.backend.complete(ChatRequest(body))

    async def record(self, problem: Problem, seed: int) -> JSON:
        started = time.perf_counter()
        chat = messages(problem)
        greedy = await self.ask(chat, temperature=0, logprobs=True, top_logprobs=TOP)
        answer = greedy.text
        follow = [*chat, {"role": "assistant", "content": answer}]
        follow.append({"role": "user", "content": CONFIDENCE_QUESTION})
        said = (await self.ask(follow, temperature=0, max_tokens=6)).text
        samples: list[str] = []
        if self.samples:
            sampled = await self.ask(chat, temperature=0.7, n=self.samples, seed=seed)
            samples = [c["message"]["content"] or "" for c in sampled.data["choices"]]
        graded = await self.grade(problem, answer, samples)
        return {
            "kind": problem.kind,
            "id": problem.id,
            **graded,
            "confidence": parse_confidence(said),
            "confidence_text": said,
            **token_stats(greedy.logprobs),
            "answer": answer,
            "seconds": round(time.perf_counter() - started, 2),
        }

    async def grade(self, problem: Problem, answer: str, samples: list[str]) -> JSON:
        """correct, the verifier's verdict, and self-consistency (agreement, what each said)."""
        if problem.kind == "gsm8k":
            said = final_number(answer)
            others = [final_number(s) for s in samples]
            return {
                "correct": said is not None and said == problem.reference,
                "verifier": states_answer(answer),
                "said": said,
                "samples": others,
                "agreement": _share(o is not None and o == said for o in others),
            }
        correct, reason, _ = await run_code(self.sandbox, answer, problem.reference)
        visible, _, _ = await run_code(self.sandbox, answer, problem.visible)
        call = probe(problem)
        outputs = [(await run_code(self.sandbox, text, call))[2] for text in [answer, *samples]]
        printed, returned = outputs[0], outputs[1:]
        good = bool(printed) and not printed.startswith("error")
        return {
            "correct": correct,
            "reason": reason,
            "verifier": visible,
            "said": printed,
            "samples": returned,
            "agreement": _share(good and o == printed for o in returned),
        }


def _share(agrees: Iterable[bool]) -> float | None:
    """The share of samples that agree with the answer; None without samples."""
    values = list(agrees)
    return sum(values) / len(values) if values else None


def done_ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {json.loads(line)["id"] for line in path.read_text().splitlines() if line.strip()}


def interleave(*groups: list[Problem]) -> list[Problem]:
    """One of each group in turn, so that a run cut short holds some of every kind."""
    result: list[Problem] = []
    for index in range(max(len(g) for g in groups)):
        result.extend(g[index] for g in groups if index < len(g))
    return result


async def collect(
    model: str,
    problems: list[Problem],
    out: Path,
    *,
    max_tokens: int = 200,
    budget_seconds: float = 1800.0,
    threads: int = 1,
    samples: int = SAMPLES,
    progress: Callable[[int, int, JSON], None] | None = None,
) -> int:
    """Ask `model` every problem not in `out` yet, appending each record, until the time
    budget runs out (a problem begun is finished). Returns how many were added."""
    out.parent.mkdir(parents=True, exist_ok=True)
    todo = [p for p in problems if p.id not in done_ids(out)]
    sandbox = Sandbox(Limits(timeout=30.0, cpu_seconds=5), concurrency=1, max_waiting=64)
    collector = Collector(model, max_tokens, sandbox, threads, samples)
    await collector.backend.start()
    started, added = time.perf_counter(), 0
    try:
        for index, problem in enumerate(todo):
            if time.perf_counter() - started > budget_seconds:
                break
            row = {"model": model, **await collector.record(problem, seed=index)}
            with out.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            added += 1
            if progress is not None:
                progress(added, len(todo), row)
    finally:
        await collector.backend.close()
    return added


def run_collect(model: str, problems: list[Problem], out: Path, **options: Any) -> int:
    return asyncio.run(collect(model, problems, out, **options))
