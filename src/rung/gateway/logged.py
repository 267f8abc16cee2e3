"""What every request that writes its own log row shares: its record, who sent it, the
key's limits, and one row written whatever happens (chat in every dialect, embeddings)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from rung._errors import RungError
from rung.gateway.http import SSE_DONE, Headers, Message, Receive, Scope, Send
from rung.keys import ANONYMOUS, Principal
from rung.telemetry.records import failed, new_record

if TYPE_CHECKING:
    from rung.gateway.app import Gateway


class LoggedRequest:
    """One request, from body to response and exactly one log row. Subclasses answer it
    (`_answer`) and write its errors in their client's API (`_error`)."""

    def __init__(self, gateway: Gateway, scope: Scope, receive: Receive, send: Send) -> None:
        self.gateway, self.scope, self.receive = gateway, scope, receive
        self.started = time.perf_counter()
        self.record = record = new_record()
        self.plain = send  # without the journal's check of every message (see `_relay`)
        self.send = self._journaled(send) if gateway.log.journaling else send
        record.trace.log = gateway.log.write
        self.headers: Headers = [(b"x-request-id", record.id.encode())]
        self.principal: Principal = scope.get("state", {}).get("principal", ANONYMOUS)
        if self.principal is not ANONYMOUS:
            p = self.principal
            record.key_id, record.key_name, record.team = p.key_id, p.name, p.team

    async def run(self) -> None:
        record = self.record
        try:
            await self._answer()
        except OSError as exc:  # the client went away
            record.status, record.error = 499, f"client disconnected: {exc}"
        except Exception as exc:
            await self._error(failed(record, exc))
        finally:
            record.latency_ms = (time.perf_counter() - self.started) * 1000
            self.gateway.log.write(record)

    def _journaled(self, send: Send) -> Send:
        """`send` that journals the request's log row (`RequestLog.journal`) just before the
        end of the answer goes out: the last body message, or a stream's last event."""

        async def journaled(message: Message) -> None:
            if message["type"] == "http.response.body" and _ends(message):
                self.journal()
            await send(message)

        return journaled

    def journal(self) -> None:
        """Journal the request's row now (the end of its answer is about to go out)."""
        self.record.latency_ms = (time.perf_counter() - self.started) * 1000
        self.gateway.log.journal(self.record)

    async def _answer(self) -> None:
        raise NotImplementedError

    async def _error(self, error: RungError) -> None:
        raise NotImplementedError

    async def _admit(self, route: str, count: Callable[[], tuple[int, int]]) -> None:
        """A key's rate limits and budgets: the `(prompt, output)` tokens `count` estimates
        (only for a key: counting a prompt costs), and what they may cost at most on `route`
        (the budget's overshoot bound); settled later from real counts."""
        if self.principal is ANONYMOUS:
            return
        prompt, output = count()
        reserved = self.gateway.route_prices[route].cost(prompt, output)
        limits = self.gateway.limits
        admission = await limits.acquire(self.principal, route, prompt + output, reserved)
        self.record.admission = admission
        self.headers.extend(admission.headers)


def _ends(message: Message) -> bool:
    """The last body message, or one holding a stream's end (OpenAI's `[DONE]`, Anthropic's
    `message_stop`, Ollama's `"done":true`): the client may stop reading there."""
    if not message.get("more_body", False):
        return True
    body = message.get("body", b"")
    return body.endswith(SSE_DONE) or b"event: message_stop" in body or b'"done":true' in body
