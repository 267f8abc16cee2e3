"""A transport that sends what one turn of the event loop writes in one system call.

uvicorn writes an answer's status line and headers as soon as the app sends
`http.response.start`, and its body in a second write: two `send` calls, two TCP segments and
two wake-ups of the client, for an answer that is ready at once. Held until the end of the
loop's current turn, those writes (and a stream's chunks that arrive together) go out as one.
Nothing waits longer than that turn: the flush is the next callback the loop runs.
"""

from __future__ import annotations

import asyncio
from typing import Any


class CorkedTransport:
    """Wraps a connection's transport: `write` gathers, the loop's next turn sends."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self.transport = transport
        self.loop = loop
        self.held: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not self.held:
            self.loop.call_soon(self.flush)
        self.held.append(data)

    def writelines(self, lines: list[bytes]) -> None:
        for data in lines:
            self.write(data)

    def flush(self) -> None:
        held, self.held = self.held, []
        if held and not self.transport.is_closing():
            self.transport.write(held[0] if len(held) == 1 else b"".join(held))

    def close(self) -> None:
        self.flush()  # what was written goes out before the connection closes
        self.transport.close()

    def __getattr__(self, name: str) -> Any:  # is_closing, get_extra_info, pause_reading...
        return getattr(self.transport, name)
