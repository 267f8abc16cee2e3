"""Autocomplete latency on the embedded model: fill-in-the-middle with a 512-token prefix and a
128-token suffix of real code (rung's own source), cold and on the next keystroke.

    python bench/autocomplete.py [--keystrokes 20] [--layouts starcoder codestral]

For each FIM layout (the embedded SmolLM2 declares no FIM tokens, so a named template is
configured: `starcoder` is prefix-suffix-middle, `codestral` suffix-first), prints the time to
first token (TTFT) and to a 16-token completion (the end-of-text tokens biased away so that
every answer is 16 tokens), p50 and p90:

- cold: a prompt sharing nothing with the model's KV cache (an unrelated prompt ran before);
- next keystroke: the prefix grown by 3 characters each time, as when typing; llama.cpp keeps
  the KV cache of the longest common token prefix and evaluates only the rest;

both on the backend directly and through the gateway (the ASGI app in-process: edge checks,
route, pattern, log row and the `/v1/completions` dialect; no socket). Then a burst of 10
keystrokes sent at once through the gateway, with superseding (one client) and without (each
keystroke from another `user`, so none supersedes another), side by side: wall time, samples
the model began, tokens it generated.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rung.backends.llamacpp import LlamaCppBackend  # noqa: E402
from rung.configure import parse  # noqa: E402
from rung.gateway.app import App, Gateway  # noqa: E402
from rung.gateway.dialects import DIALECTS, Dialect  # noqa: E402
from rung.gateway.http import Scope  # noqa: E402
from rung.types import ChatRequest  # noqa: E402

PREFIX_TOKENS, SUFFIX_TOKENS, ANSWER_TOKENS = 512, 128, 16
TYPED = "        total = sum(len(piece) for piece in pieces) + offset  # typed at the cursor\n"


class _Internal(Dialect):
    """Only when this checkout has no `/v1/completions` dialect yet: the body as it is."""

    def parse(self, raw: bytes, scope: Scope) -> ChatRequest:
        return ChatRequest(orjson.loads(raw))


def source_text() -> str:
    files = sorted((ROOT / "src" / "rung").rglob("*.py"))
    return "\n".join(f.read_text() for f in files)


def split_code(backend: LlamaCppBackend) -> tuple[str, str]:
    """A cursor in real code with 512 tokens before it and 128 after."""
    llm = backend._llm
    tokens = llm.tokenize(source_text()[:20_000].encode(), add_bos=False, special=False)
    prefix = llm.detokenize(tokens[:PREFIX_TOKENS]).decode(errors="ignore")
    suffix = llm.detokenize(tokens[PREFIX_TOKENS : PREFIX_TOKENS + SUFFIX_TOKENS])
    return prefix, suffix.decode(errors="ignore")


def body(prefix: str, suffix: str, route: str, **fields: Any) -> dict[str, Any]:
    no_end = {"0": -100, "2": -100}  # SmolLM2's end-of-text tokens: always 16 tokens
    return {"model": route, "prompt": prefix, "suffix": suffix, "max_tokens": ANSWER_TOKENS,
            "temperature": 0, "logit_bias": no_end, "stream": True, **fields}  # fmt: skip


async def direct(backend: LlamaCppBackend, request: dict[str, Any]) -> tuple[float, float, int]:
    """(TTFT ms, total ms, tokens) of one streamed request on the backend itself."""
    started, first, tokens = time.perf_counter(), None, 0
    async for chunk in backend.stream(ChatRequest(request)):
        if chunk.delta_text:
            tokens += 1
            first = first or time.perf_counter()
    end = time.perf_counter()
    return ((first or end) - started) * 1000, (end - started) * 1000, tokens


async def through(app: App, request: dict[str, Any]) -> tuple[float, float, int]:
    """(TTFT ms, total ms, tokens) of one streamed request through the gateway's ASGI app."""
    started, first, tokens, sent = time.perf_counter(), None, 0, False
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.Future()
        sent = True
        return {"type": "http.request", "body": orjson.dumps(request), "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal first, tokens, status
        if message["type"] == "http.response.start":
            status = message["status"]
            return
        for event in message.get("body", b"").split(b"\n\n"):
            if not event.startswith(b"data: {"):
                continue
            for choice in orjson.loads(event[6:]).get("choices") or []:
                if choice.get("text") or (choice.get("delta") or {}).get("content"):
                    tokens += 1
                    first = first or time.perf_counter()

    headers = [(b"content-type", b"application/json"), (b"host", b"127.0.0.1")]
    scope = {"type": "http", "method": "POST", "path": "/v1/completions", "headers": headers,
             "client": ("127.0.0.1", 50000), "query_string": b"", "http_version": "1.1",
             "scheme": "http", "server": ("127.0.0.1", 8000)}  # fmt: skip
    await app(scope, receive, send)
    end = time.perf_counter()
    assert status == 200, status
    return ((first or end) - started) * 1000, (end - started) * 1000, tokens


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def keystrokes(run: Any, backend: LlamaCppBackend, prefix: str, suffix: str,
                     route: str, count: int) -> dict[str, list[float]]:  # fmt: skip
    """Cold (3 times, after an unrelated prompt) and `count` next keystrokes."""
    cold_ttft, cold_total = [], []
    for _ in range(3):
        await backend.complete(ChatRequest({"prompt": "Hello", "max_tokens": 1}))
        ttft, total, _ = await run(body(prefix, suffix, route))
        cold_ttft.append(ttft)
        cold_total.append(total)
    next_ttft, next_total = [], []
    for i in range(1, count + 1):
        ttft, total, tokens = await run(body(prefix + TYPED[: 3 * i], suffix, route))
        assert tokens >= ANSWER_TOKENS - 2, tokens  # (a chunk may carry two tokens)
        next_ttft.append(ttft)
        next_total.append(total)
    return {"cold TTFT": cold_ttft, "cold 16 tok": cold_total,
            "next TTFT": next_ttft, "next 16 tok": next_total}  # fmt: skip


async def burst(app: App, gateway: Gateway, prefix: str, suffix: str, one_client: bool) -> str:
    model = model_of(gateway)
    samples, tokens = model.samples, model.tokens_generated
    started = time.perf_counter()
    requests = []
    for i in range(10):
        user = {} if one_client else {"user": f"u{i}"}
        keystroke = body(prefix + TYPED[: 3 * (i + 1)], suffix, "starcoder", **user)
        requests.append(asyncio.ensure_future(through(app, keystroke)))
        await asyncio.sleep(0)  # each arrives after the one before, as keystrokes do
    await asyncio.gather(*requests)
    wall = (time.perf_counter() - started) * 1000
    began, generated = model.samples - samples, model.tokens_generated - tokens
    return f"{wall:9.0f} ms  {began:8d}  {generated:10d}"


def model_of(gateway: Gateway) -> LlamaCppBackend:
    inner = getattr(gateway.backends["starcoder"], "inner", gateway.backends["starcoder"])
    assert isinstance(inner, LlamaCppBackend)
    return inner


async def main(count: int, layouts: list[str]) -> None:
    if "/v1/completions" not in DIALECTS:
        DIALECTS["/v1/completions"] = _Internal()  # this process only (see _Internal)
        print("(no /v1/completions dialect in this checkout: the body is sent as it is)")
    with tempfile.TemporaryDirectory() as tmp:
        config = {
            "models": {
                name: {"backend": "llamacpp", "context_window": 2048, "fim": name, "max_queue": 16}
                for name in layouts
            },
            "routes": {name: {"pattern": "fixed", "model": name} for name in layouts},
            "log": {"path": str(Path(tmp) / "log.db")},
        }
        gateway = Gateway(parse(config, "<bench>"))
        await gateway.start()
        app = App(gateway)
        try:
            await report(app, gateway, count, layouts)
        finally:
            await gateway.close()


async def report(app: App, gateway: Gateway, count: int, layouts: list[str]) -> None:
    prefix, suffix = split_code(model_of(gateway))
    print(f"FIM: {PREFIX_TOKENS}-token prefix, {SUFFIX_TOKENS}-token suffix, "
          f"{ANSWER_TOKENS}-token answers, {count} keystrokes (+3 characters each), "
          "embedded SmolLM2-135M Q4_1; ms, p50 / p90")  # fmt: skip
    print(f"{'layout':<10} {'path':<8} {'cold TTFT':>15} {'cold 16 tok':>15} "
          f"{'next TTFT':>15} {'next 16 tok':>15}")  # fmt: skip
    for layout in layouts:
        backend = model_of_layout(gateway, layout)
        for path, run in (("direct", lambda b, m=backend: direct(m, b)),
                          ("gateway", lambda b: through(app, b))):  # fmt: skip
            figures = await keystrokes(run, backend, prefix, suffix, layout, count)
            cells = " ".join(f"{pct(v, 0.5):7.0f}/{pct(v, 0.9):<7.0f}" for v in figures.values())
            print(f"{layout:<10} {path:<8} {cells}")
    if "starcoder" in layouts:
        print("\nburst of 10 keystrokes at once through the gateway (starcoder layout)")
        print(f"{'':<22} {'wall time':>12}  {'samples':>8}  {'tokens gen':>10}")
        print(f"{'with superseding':<22} {await burst(app, gateway, prefix, suffix, True)}")
        print(f"{'without (10 clients)':<22} {await burst(app, gateway, prefix, suffix, False)}")
        print(f"superseded in total: {gateway.supersede.superseded}")


def model_of_layout(gateway: Gateway, layout: str) -> LlamaCppBackend:
    backend = gateway.backends[layout]
    inner = getattr(backend, "inner", backend)
    assert isinstance(inner, LlamaCppBackend)
    return inner


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keystrokes", type=int, default=20)
    parser.add_argument("--layouts", nargs="+", default=["starcoder", "codestral"])
    args = parser.parse_args()
    asyncio.run(main(args.keystrokes, args.layouts))
