"""Added latency of personal-data detection and pseudonymisation per request.

    PYTHONPATH=src python bench/privacy.py [--rounds 200] [--baseline /path/to/other/checkout]
    PYTHONPATH=src python bench/privacy.py --tagger    # the name tagger's cost, A/B alternating

With `--baseline`, the same measurements run first on the other checkout's code (in a
subprocess with PYTHONPATH=<checkout>/src), then on this one, and both are printed side by side.

Measures, per request body: `scan` (detection in every text a model reads), `pseudonymize`
(detection plus replacement, what the `pseudonymize` policy adds before a hosted call),
restoring a whole completion, and restoring a stream of ~4-character SSE deltas.
Three bodies: a short chat turn, a long conversation (about 12 kB of text), and a tool call.
Prints p50 and p99 in milliseconds. The one-off model load is reported apart. The detector
runs with its cache off (every text analysed afresh); the last row shows a conversation whose
earlier turns were seen before, with the cache on.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rung.privacy import ChunkRestorer, Detector, pseudonymize_body, restore_completion

SHORT = {
    "model": "chat",
    "messages": [
        {"role": "user", "content": "Hej! Ring Anna Svensson på 070-123 45 67 om fakturan."},
    ],
}

PARAGRAPH = (
    "Kunden Erik Lundgren ({pnr}) hörde av sig om sin order 2024-113-5589. Han bor på "
    "Storgatan 12, 411 38 Göteborg och nås på erik.lundgren@example.se eller 070-876 54 32. "
    "The refund goes to SE45 5000 0000 0583 9825 7466; the last login came from 81.170.128.5. "
    "Please summarise the case and propose next steps for the support team in a short reply. "
)


def long_body() -> dict[str, Any]:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "You are a careful support assistant. " * 20}
    ]
    for turn in range(12):
        role = "user" if turn % 2 == 0 else "assistant"
        messages.append({"role": role, "content": PARAGRAPH.format(pnr="850314-1239") * 2})
    return {"model": "chat", "messages": messages}


def tool_body() -> dict[str, Any]:
    arguments = json.dumps({"to": "Anna Svensson", "phone": "070-123 45 67", "text": "Hej!"})
    return {
        "model": "agent",
        "messages": [
            {"role": "user", "content": "Sms:a Anna Svensson att paketet är framme."},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "send_sms", "arguments": arguments},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": "Skickat till 070-123 45 67"},
        ],
    }


def timed(action: Callable[[], object], rounds: int) -> tuple[float, float]:
    """p50 and p99 of `action` in milliseconds, after two warm-up calls."""
    action()
    action()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return statistics.median(samples), p99


def answer_for(sent: dict[str, Any]) -> dict[str, Any]:
    """A completion that repeats the pseudonymised request text (placeholders and all)."""
    text = " ".join(str(m.get("content") or "") for m in sent["messages"])
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}


def stream_restore(sent: dict[str, Any], mapping: Any) -> None:
    text = answer_for(sent)["choices"][0]["message"]["content"]
    restorer = ChunkRestorer(mapping)
    for start in range(0, len(text), 4):
        chunk = {"choices": [{"index": 0, "delta": {"content": text[start : start + 4]}}]}
        restorer.restore(chunk)
    restorer.flush()


Row = tuple[str, int, str, float, float]


def measure(rounds: int) -> tuple[float, list[Row]]:
    """Model load in ms, and (request, chars, step, p50 ms, p99 ms) per measured step."""
    detector = Detector(cache_size=0)  # every call analyses afresh: the cold cost
    started = time.perf_counter()
    detector.load()
    load_ms = (time.perf_counter() - started) * 1000
    rows: list[Row] = []
    for name, body in (("short", SHORT), ("long", long_body()), ("tool call", tool_body())):
        chars = sum(len(json.dumps(m, ensure_ascii=False)) for m in body["messages"])
        count = rounds if name != "long" else max(20, rounds // 5)
        sent, mapping, _ = pseudonymize_body(body, detector)
        answer = answer_for(sent)
        steps: list[tuple[str, Callable[[], object]]] = [
            ("scan", lambda body=body: detector.scan(body)),
            ("pseudonymize", lambda body=body: pseudonymize_body(body, detector)),
            ("restore completion", lambda a=answer, m=mapping: restore_completion(a, m)),
            ("restore stream", lambda s=sent, m=mapping: stream_restore(s, m)),
        ]
        for step, action in steps:
            rows.append((name, chars, step, *timed(action, count)))
    warm = Detector()
    warm._analyzer, warm._entities, warm._entity_kinds = (
        detector._analyzer,
        detector._entities,
        detector._entity_kinds,
    )
    history = long_body()
    pseudonymize_body(history, warm)  # the earlier turns were seen with the last request
    turns = iter(range(10**9))

    def next_turn() -> object:
        new = {
            "role": "user",
            "content": f"Tack, Anna Svensson hör av sig om ärende {next(turns)}.",
        }
        return pseudonymize_body({**history, "messages": [*history["messages"], new]}, warm)

    rows.append(("long + 1 new turn, cache on", 0, "pseudonymize", *timed(next_turn, rounds)))
    return load_ms, rows


def tagger_ab(rounds: int) -> None:
    """The name tagger's cost: one detector with it and one without (same loaded model),
    measured in alternating rounds in this one process; p50/p99 in ms and the load average."""
    without = Detector(cache_size=0, tagger=None)
    without.load()
    with_tagger = Detector(cache_size=0)
    with_tagger._analyzer, with_tagger._entities, with_tagger._entity_kinds = (
        without._analyzer,
        without._entities,
        without._entity_kinds,
    )
    assert with_tagger._tagger is not None
    with_tagger._tagger.load()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print("| request | chars | step | p50 without | p50 with | p99 without | p99 with |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: |")
    for name, body in (("short", SHORT), ("tool call", tool_body()), ("long", long_body())):
        chars = sum(len(json.dumps(m, ensure_ascii=False)) for m in body["messages"])
        count = rounds if name != "long" else max(10, rounds // 10)
        times: dict[bool, list[float]] = {False: [], True: []}
        for number in range(2 * count):
            tagged = bool(number % 2)
            detector = with_tagger if tagged else without
            started = time.perf_counter()
            pseudonymize_body(body, detector)
            times[tagged].append((time.perf_counter() - started) * 1000)
        p50 = {k: statistics.median(v) for k, v in times.items()}
        p99 = {k: statistics.quantiles(v, n=100)[98] for k, v in times.items()}
        print(
            f"| {name} | {chars} | pseudonymize | {p50[False]:.2f} | {p50[True]:.2f} "
            f"| {p99[False]:.2f} | {p99[True]:.2f} |"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def baseline(source: Path, rounds: int) -> tuple[float, list[Row]]:
    """The same measurements on another checkout's code (`source`/src), in a subprocess."""
    env = {**os.environ, "PYTHONPATH": str(source / "src")}
    command = [sys.executable, __file__, "--rounds", str(rounds), "--json"]
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    load_ms, rows = json.loads(out.strip().splitlines()[-1])
    return load_ms, [tuple(row) for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--baseline", type=Path, default=None, help="also measure this checkout's code (before)"
    )
    parser.add_argument(
        "--tagger", action="store_true", help="with and without the name tagger, alternating"
    )
    args = parser.parse_args()
    if args.tagger:
        tagger_ab(args.rounds)
        return
    before = baseline(args.baseline, args.rounds) if args.baseline else None
    load_ms, rows = measure(args.rounds)
    if args.json:
        print(json.dumps([load_ms, rows]))
        return
    if before is None:
        print(f"model load (once per detector): {load_ms:.0f} ms\n")
        print("| request | chars | step | p50 ms | p99 ms |")
        print("| --- | ---: | --- | ---: | ---: |")
        for name, chars, step, p50, p99 in rows:
            print(f"| {name} | {chars or '-'} | {step} | {p50:.2f} | {p99:.2f} |")
        return
    print(f"model load: before {before[0]:.0f} ms, after {load_ms:.0f} ms\n")
    print("| request | chars | step | p50 before | p50 after | p99 before | p99 after |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: |")
    for old, new in zip(before[1], rows, strict=True):
        name, chars, step = new[:3]
        print(
            f"| {name} | {chars or '-'} | {step} | {old[3]:.2f} | {new[3]:.2f} "
            f"| {old[4]:.2f} | {new[4]:.2f} |"
        )


if __name__ == "__main__":
    main()
