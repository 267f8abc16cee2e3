"""A transport that sends an answer's headers together with what follows them.

uvicorn writes an answer's status line and headers as soon as the app sends
`http.response.start`, and its body in a second write: two `send` calls, two TCP segments and
two wake-ups of the client, for an answer that is ready at once. Here a write is held until
the next one, which takes it along in one system call at once, or until the end of the loop's
current turn (the next callback the loop runs), whichever comes first: a whole answer goes
out as soon as its body is written, and nothing waits longer than that turn.

Only an answer's head (a write that starts with the status line) is held: a body part with
nothing held before it (a stream's next event) has nothing to wait for and goes out at once,
without a flush scheduled for it.
"""

from __future__ import annotations

import asyncio
from typing import Any


class CorkedTransport:
    """Wraps a connection's transport: an answer's head waits for the next write, or the
    turn's end."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self.transport = transport
        self.loop = loop
        self.held = b""
        self.due = False  # a flush is scheduled for the end of this turn

    def write(self, data: bytes) -> None:
        if self.held:  # the head held before goes out with this one, now
            data, self.held = self.held + data, b""
        elif data.startswith(b"HTTP/"):  # an answer's head: held for its body
            self.held = data
            if not self.due:
                self.due = True
                self.loop.call_soon(self.flush)
            return
        if not self.transport.is_closing():
            self.transport.write(data)

    def writelines(self, lines: list[bytes]) -> None:
        self.write(b"".join(lines))

    def flush(self) -> None:
        self.due = False
        held, self.held = self.held, b""
        if held and not self.transport.is_closing():
            self.transport.write(held)

    def close(self) -> None:
        self.flush()  # what was written goes out before the connection closes
        self.transport.close()

    def __getattr__(self, name: str) -> Any:  # is_closing, get_extra_info, pause_reading...
        return getattr(self.transport, name)
