"""`rung chat`: one request through the gateway's own ASGI code path, streamed to a terminal."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import orjson

from rung.config import Config
from rung.gateway.app import App, Gateway
from rung.gateway.http import Message


class _Printer:
    """Receives the gateway's ASGI messages and prints the streamed text as it comes."""

    def __init__(self) -> None:
        self.status = 0
        self.headers: dict[str, str] = {}
        self.buffer = b""
        self.failed = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = {k.decode(): v.decode() for k, v in message["headers"]}
            return
        self.buffer += message.get("body", b"")
        if self.status != 200:
            return
        *events, self.buffer = self.buffer.split(b"\n\n")
        for event in events:
            self._event(event)

    def _event(self, event: bytes) -> None:
        payload = event.removeprefix(b"data: ").strip()
        if not payload or payload == b"[DONE]":
            return
        data = orjson.loads(payload)
        if "error" in data:
            self.failed = True
            print(f"\nerror: {data['error']['message']}", file=sys.stderr)
            return
        for choice in data.get("choices") or []:
            sys.stdout.write((choice.get("delta") or {}).get("content") or "")
        sys.stdout.flush()

    def finish(self) -> int:
        if self.status != 200:
            error = orjson.loads(self.buffer or b"{}").get("error", {"message": "no answer"})
            print(f"error {self.status}: {error.get('message')}", file=sys.stderr)
            return 1
        print()
        keys = ("x-rung-route", "x-rung-model", "x-request-id", "x-rung-notice")
        print(
            "  ".join(f"{k}: {self.headers[k]}" for k in keys if k in self.headers), file=sys.stderr
        )
        return 1 if self.failed else 0


async def chat_once(config: Config, body: dict[str, Any]) -> int:
    """Send one chat request through a gateway built from `config`; the exit code."""
    gateway = Gateway(config)
    await gateway.start(routes=[body["model"]])
    printer = _Printer()
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:  # the "client" stays until the answer is complete
            await asyncio.Future()
        sent = True
        return {"type": "http.request", "body": orjson.dumps(body), "more_body": False}

    headers = [(b"content-type", b"application/json")]
    scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": headers}
    try:
        await App(gateway)(scope, receive, printer.send)
    finally:
        await gateway.close()
    return printer.finish()
