"""An HTTP proxy between rung and a hosted upstream, as a company network may require.

Which proxy a backend uses (`proxy_for`), from its `proxy` setting:
- unset: the environment, as curl, requests and httpx read it: `HTTPS_PROXY` for an https
  upstream, `HTTP_PROXY` for an http one (either in lower case too), `NO_PROXY` for hosts that
  go direct (`urllib.request`'s reading of them). A loopback upstream (`localhost`,
  `127.0.0.0/8`, `::1`) goes direct: a local model server is not sent to the environment's
  proxy;
- `none`: direct, whatever the environment says;
- `http://host:port`, or `env:NAME` naming a variable that holds the URL (the only way to give
  a proxy a user and password: they are a secret, never written in the config); an unset or
  empty variable means direct.

Only `http://` proxies: an https upstream is reached through a `CONNECT` tunnel, TLS to the
upstream inside it (the proxy sees the host name, never the traffic); an http upstream's
requests go to the proxy in absolute form. A user and password in the URL are sent as
`Proxy-Authorization: Basic`. Neither is ever in an error message or a log line: a proxy is
named by its host and port only.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import os
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

MAX_REPLY = 16 << 10  # bytes of a CONNECT reply's head


class ProxyError(Exception):
    """The proxy could not be reached, or would not open a tunnel."""


@dataclass(frozen=True)
class Proxy:
    host: str
    port: int
    authorization: bytes | None = field(default=None, repr=False)  # the header's value

    @property
    def name(self) -> str:
        """host:port, as errors name it (never with its user or password)."""
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def parse_proxy(url: str) -> Proxy:
    """A proxy from its URL: `http://[user:password@]host[:port]` (port 80 when none)."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError("a proxy is an http://host:port URL (https:// and socks proxies are "
                         "not supported)")  # fmt: skip
    try:
        port = parts.port or 80
    except ValueError:
        raise ValueError("the proxy's port is not a number from 1 to 65535") from None
    authorization = None
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = b"Basic " + base64.b64encode(pair.encode())
    return Proxy(parts.hostname, port, authorization)


def proxy_for(base_url: str, setting: str | None) -> Proxy | None:
    """The proxy a backend at `base_url` goes through (see the module's docstring)."""
    if setting == "none":
        return None
    if setting is not None:
        url = os.environ.get(setting[4:], "") if setting.startswith("env:") else setting
        return parse_proxy(url) if url else None
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if _loopback(host):
        return None
    proxies = urllib.request.getproxies_environment()
    url = proxies.get(parts.scheme, "")
    if not url:
        return None
    netloc = f"{host}:{parts.port}" if parts.port else host
    if urllib.request.proxy_bypass_environment(netloc, proxies):  # type: ignore[attr-defined]
        return None
    return parse_proxy(url)


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def connect_request(proxy: Proxy, host: str, port: int) -> bytes:
    """The CONNECT request that opens a tunnel to host:port."""
    target = (f"[{host}]" if ":" in host else host).encode("idna") + b":%d" % port
    head = b"CONNECT %s HTTP/1.1\r\nhost: %s\r\n" % (target, target)
    if proxy.authorization is not None:
        head += b"proxy-authorization: %s\r\n" % proxy.authorization
    return head + b"\r\n"


class Tunnel(asyncio.Protocol):
    """A connection to the proxy until its answer to CONNECT: `opened` gets the status line
    (a 2xx one: the tunnel is open, TLS may start) or the error."""

    def __init__(self) -> None:
        self.opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.reply = b""

    def data_received(self, data: bytes) -> None:
        if self.opened.done():
            return
        self.reply += data
        end = self.reply.find(b"\r\n\r\n")
        if end < 0:
            if len(self.reply) > MAX_REPLY:
                self.opened.set_exception(ProxyError("its answer to CONNECT has no end"))
            return
        status = self.reply.split(b"\r\n", 1)[0].decode("latin-1")
        words = status.split(" ", 2)
        if len(words) < 2 or not words[0].startswith("HTTP/1.") or not words[1].isdigit():
            self.opened.set_exception(ProxyError("its answer to CONNECT is not HTTP"))
        elif not 200 <= int(words[1]) < 300:
            self.opened.set_exception(ProxyError(f"it refused the tunnel: {status[9:][:100]}"))
        elif end + 4 != len(self.reply):
            self.opened.set_exception(ProxyError("it sent bytes before the tunnel opened"))
        else:
            self.opened.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.opened.done():
            self.opened.set_exception(ProxyError("it closed the connection instead of a tunnel"))
