"""A larger live A/B run than the test's, for the figures in docs/ab.md (not collected by
pytest): `python -m tests.ab.run_live_ab --users 40 --per-user 6`.

The same set-up as `test_ab_live.py` (embedded SmolLM2 in-process as `local`, a llama.cpp
server with the same model as `hosted`, arms `fixed` and `learned`, a shadow on `hosted`),
with generated arithmetic prompts and feedback from checking each answer."""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from rung.backends.embedded import model_path
from rung.datasets.logs import read_request_log
from rung.evals.ab_report import ab_report, format_report
from rung.routers import load
from tests.ab import conftest  # noqa: F401  (registers the patterns)
from tests.ab.test_ab_live import ask, config, train, wait_for
from tests.conftest import Served, free_port, wait_until_up


def prompts(count: int, seed: int = 0) -> dict[str, str]:
    """Short sums and longer word problems, each with its answer."""
    rng = random.Random(seed)
    out: dict[str, str] = {}
    while len(out) < count:
        a, b, c = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 9)
        if rng.random() < 0.5:
            out[f"What is {a} + {b}? Reply with the number only."] = str(a + b)
        else:
            text = (f"A shop sells pens at {c} dollars each. Tom buys {b} pens and then returns "
                    f"{min(b - 1, 2)} of them. How many dollars did he spend in the end? "
                    "Reply with the number only.")  # fmt: skip
            out[text] = str(c * (b - min(b - 1, 2)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--per-user", type=int, default=6)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rung-ab-"))
    pool = prompts(24)
    router, _ = train(work)
    scores = sorted(load(router).score(p) for p in pool)
    threshold = scores[len(scores) // 2]
    port, gguf = free_port(), str(model_path("embedded:smollm2-135m"))
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", gguf,
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--model_alias", "smollm2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{port}/v1/models")
        run(work, f"http://127.0.0.1:{port}/v1", router, threshold, pool, args)
    finally:
        server.terminate()
        server.wait(timeout=10)


def run(work: Path, url: str, router: Path, threshold: float, pool: dict[str, str],
        args: argparse.Namespace) -> None:  # fmt: skip
    rng = random.Random(1)
    texts = list(pool)
    sent: dict[str, str] = {}
    with Served(config(url, router, threshold), work / "log.db") as gateway:
        for i in range(args.users * args.per_user):
            user, prompt = f"user-{i % args.users}", rng.choice(texts)
            headers, text = ask(gateway.url, user, prompt, stream=i % 4 == 3)
            good = re.search(rf"\b{pool[prompt]}\b", text) is not None
            sent[headers["x-request-id"]] = prompt
            body = {"request_id": headers["x-request-id"], "value": good, "name": "correct"}
            httpx.post(gateway.url + "/v1/feedback", json=body)
        wait_for(gateway, 2 * len(sent), timeout=300)
    print(f"$ rung ab report --log {work / 'log.db'}")
    print(format_report(ab_report(work / "log.db", 86400)))
    data = read_request_log(work / "log.db", sent, feedback="correct", models=("local", "hosted"))
    print(f"\nlog as a replay dataset: {len(data)} prompts with both outcomes, "
          f"{data.excluded} without; quality local {data.quality('local'):.2f}, "
          f"hosted {data.quality('hosted'):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
