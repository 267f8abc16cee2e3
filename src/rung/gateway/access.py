"""One access log line per HTTP request on the server console, written by a pure-ASGI wrapper.

    INFO rung.access: POST /v1/chat/completions 200 route=chat 412.3ms id=3f2a...

The route and the request id come from the response headers the gateway sets (`x-rung-route`,
`x-request-id`), so the wrapper knows nothing of the gateway's insides. The latency runs from
the request's arrival to the end of the response (the last streamed byte). A request the app
fails before answering is logged as 500. `rung serve --quiet` leaves the wrapper out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from rung.gateway.http import Message, Receive, Scope, Send

ASGIApp = Callable[[Scope, Receive, Send], Any]


class AccessLog:
    """Wraps an ASGI app; logs one INFO line per HTTP request to the `rung.access` logger."""

    def __init__(
        self,
        app: ASGIApp,
        logger: logging.Logger | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.app = app
        self.logger = logger or logging.getLogger("rung.access")
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = self.clock()
        seen: dict[str, Any] = {"status": 500, "headers": []}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"], seen["headers"] = message["status"], message.get("headers", [])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            self.logger.info(line(scope, seen["status"], seen["headers"], self.clock() - start))


def line(scope: Scope, status: int, headers: list[tuple[bytes, bytes]], seconds: float) -> str:
    """The access log line for one request."""
    found = {key.lower(): value for key, value in headers}
    route = found.get(b"x-rung-route", b"-").decode("latin-1")
    request_id = found.get(b"x-request-id", b"-").decode("latin-1")
    path = scope.get("path", "")
    return (
        f"{scope.get('method', '-')} {path} {status} route={route} "
        f"{seconds * 1000:.1f}ms id={request_id}"
    )
