"""Test upstreams for the attack tests: one that quotes the Authorization header it got in a
500 error (as some real upstreams do), one that answers a fixed body and counts calls."""

from __future__ import annotations

import socket
import threading

import orjson

from tests.servers import http_answer


class EchoingUpstream:
    """Answers every request with a 500 whose error message quotes its Authorization header."""

    def __init__(self) -> None:
        self.calls = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                head = _read_head(conn)
                self.calls += 1
                auth = next(
                    (line.split(":", 1)[1].strip() for line in head.split("\r\n")
                     if line.lower().startswith("authorization:")), "none",
                )  # fmt: skip
                message = f"invalid credentials: {auth}"
                body = orjson.dumps({"error": {"message": message}})
                conn.sendall(http_answer("500 Internal Server Error", body))

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.sock.close()


def _read_head(conn: socket.socket) -> str:
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        part = conn.recv(65536)
        if not part:
            break
        data += part
    head, _, body = data.partition(b"\r\n\r\n")
    text = head.decode("latin-1")
    length = 0
    for line in text.split("\r\n"):
        if line.lower().startswith("content-length:"):
            length = int(line.split(":")[1])
    while len(body) < length:
        part = conn.recv(65536)
        if not part:
            break
        body += part
    return text
