"""The dashboard's HTTP side: `/ui/...` paths, who may see them, HTML from Jinja2 templates.

Who may see it: when the gateway takes keys (a master key is set, or virtual keys exist), the
master key only, sent as `Authorization: Bearer <key>` or as the password of HTTP Basic auth (a
browser asks for it); a virtual key is refused. When rung is open (no keys), only a client on a
loopback address. The pages only read: every method but GET (and HEAD) is refused.

Everything a page needs is served from the package (`static/`: the dashboard's CSS and JS and
the vendored uPlot), and the Content-Security-Policy forbids any other origin: it works offline.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import logging
import mimetypes
import threading
import time
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

import jinja2
import orjson

from rung._errors import (
    Forbidden,
    MethodNotAllowed,
    NotFound,
    RequestError,
    RungError,
    Unauthorized,
)
from rung.gateway.http import Receive, Scope, Send, send_bytes
from rung.keys.auth import Authenticator
from rung.telemetry.readonly import LogNotFound, LogUnreadable
from rung.ui.pages import WINDOWS, BadQuery, Pages

PREFIX = "/ui"
HTML = "text/html; charset=utf-8"
logger = logging.getLogger("rung.ui")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
    " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
NAV = [  # (page, its address, its name in the navigation)
    ("overview", "/ui/", "Overview"),
    ("routes", "/ui/routes", "Routes"),
    ("requests", "/ui/requests", "Requests"),
    ("experiments", "/ui/experiments", "Experiments"),
    ("recommendations", "/ui/recommendations", "Recommendations"),
    ("keys", "/ui/keys", "Keys and budgets"),
    ("backends", "/ui/backends", "Backends"),
]
STATIC = frozenset({"ui.css", "ui.js", "uPlot.iife.min.js", "uPlot.min.css"})


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("rung.ui", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        num=_num, pct=_pct, signed=_signed, usd=_usd, ms=_ms, when=_when, tojson=_tojson,
    )  # fmt: skip
    return env


def _num(value: Any, digits: int = 0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def _pct(value: Any, digits: int = 1) -> str:
    return "–" if value is None else f"{value * 100:.{digits}f}%"


def _signed(value: Any) -> str:
    return "–" if value is None else f"{value * 100:+.1f}%"


def _usd(value: Any) -> str:
    if value is None:
        return "–"
    sign, size = "−" if value < 0 else "", abs(value)
    digits = 2 if size >= 1 else 4 if size >= 0.001 or size == 0 else 6
    return f"{sign}${size:,.{digits}f}"


def _ms(value: Any) -> str:
    return "–" if value is None else f"{value:,.0f} ms"


def _when(value: Any) -> str:
    return "–" if value is None else time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(value))


def _tojson(value: Any) -> str:
    return orjson.dumps(value).decode().replace("<", "\\u003c")


class Dashboard:
    """The `/ui` pages of one gateway (or of `rung ui`, with no gateway)."""

    def __init__(self, pages: Pages, auth: Authenticator | None) -> None:
        self.pages = pages
        self.auth = auth
        self.env = _environment()
        self.static = resources.files("rung.ui") / "static"

    def warm(self) -> None:
        """Start computing the default window's figures in the background, when there is a
        log (so the first visitor does not wait for them)."""
        if self.pages.reader.exists():
            threading.Thread(target=self.pages.warm, name="rung-ui-warm", daemon=True).start()

    @staticmethod
    def serves(path: str) -> bool:
        return path == PREFIX or path.startswith(PREFIX + "/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            self._admit(scope)
            if scope["method"] not in ("GET", "HEAD"):
                raise MethodNotAllowed("the dashboard only reads: use GET")
            status, body, kind = await asyncio.to_thread(self._page, scope)
        except RungError as exc:
            await send_bytes(send, exc.status, self._error(exc).encode(), _headers(HTML, exc))
            return
        except Exception:  # a bug: logged with its traceback, answered without its text
            logger.exception("the dashboard failed on %s", scope["path"])
            error = RungError("internal error in the dashboard (see the gateway's log)")
            await send_bytes(send, 500, self._error(error).encode(), _headers(HTML))
            return
        await send_bytes(send, status, body, _headers(kind))

    def _admit(self, scope: Scope) -> None:
        """Raise unless this client may see the dashboard (see the module docstring)."""
        auth = self.auth
        if auth is None or not auth.enabled:
            client = scope.get("client") or ("", 0)
            if not _loopback(client[0]):
                raise Forbidden("the dashboard is open on loopback only while rung takes no keys; "
                                "set auth.master_key to see it from elsewhere")  # fmt: skip
            return
        if auth.master is None:
            raise Forbidden("the dashboard needs the master key: set auth.master_key: env:NAME")
        headers = _basic_as_bearer(dict(scope["headers"]))
        principal = auth.resolve(headers)  # Unauthorized (401) without a valid key
        if not principal.admin:
            raise Forbidden("the dashboard takes the master key only")

    def _page(self, scope: Scope) -> tuple[int, bytes, str]:
        path = scope["path"].removeprefix(PREFIX).strip("/")
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if path.startswith("static/"):
            return self._file(path.removeprefix("static/"))
        try:
            page, context = self._context(path, query)
        except BadQuery as exc:
            raise RequestError(str(exc)) from exc
        except (LogNotFound, LogUnreadable) as exc:
            raise _NoLog(str(exc)) from exc
        html = self.env.get_template(f"{page}.html").render(
            nav=NAV, page=page, windows=list(WINDOWS), **context
        )
        return 200, html.encode(), HTML

    def _context(self, path: str, query: dict[str, str]) -> tuple[str, dict[str, Any]]:
        pages = self.pages
        parts = path.split("/") if path else []
        if not parts:
            return "overview", pages.overview(query)
        head, rest = parts[0], parts[1:]
        if head == "routes" and len(rest) <= 1:
            if rest and rest[0] not in pages.config.routes:
                raise NotFound(f"no route named {rest[0]!r}")
            return "routes", pages.routes(query, rest[0] if rest else None)
        if head == "requests" and not rest:
            return "requests", pages.requests(query)
        if head == "requests" and len(rest) == 1:
            context = pages.request(rest[0])
            if context is None:
                raise NotFound(f"no request with id {rest[0]!r} in the log")
            return "request", context
        if head == "experiments" and not rest:
            return "experiments", pages.experiments(query)
        if head == "recommendations" and not rest:
            return "recommendations", pages.recommendations(query)
        if head == "keys" and not rest:
            return "keys", pages.keys()
        if head == "backends" and not rest:
            return "backends", pages.backends()
        raise NotFound(f"no dashboard page at /ui/{path}")

    def _file(self, name: str) -> tuple[int, bytes, str]:
        if name not in STATIC:
            raise NotFound(f"no file {name!r}")
        body = (self.static / name).read_bytes()
        return 200, body, mimetypes.guess_type(name)[0] or "application/octet-stream"

    def _error(self, exc: RungError) -> str:
        return self.env.get_template("error.html").render(
            nav=NAV, page="", windows=list(WINDOWS), status=exc.status, message=exc.message
        )


class _NoLog(RungError):
    status = 503


def _headers(kind: str, error: RungError | None = None) -> list[tuple[bytes, bytes]]:
    headers = [
        (b"content-type", kind.encode()),
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"cache-control", b"no-store" if kind.startswith("text/html") else b"max-age=3600"),
    ]
    if isinstance(error, Unauthorized):
        headers.append((b"www-authenticate", b'Basic realm="rung dashboard", charset="UTF-8"'))
    return headers


def _basic_as_bearer(headers: dict[bytes, bytes]) -> dict[bytes, bytes]:
    """HTTP Basic auth's password as a bearer key (the user name is ignored)."""
    value = headers.get(b"authorization", b"")
    scheme, _, token = value.partition(b" ")
    if scheme.lower() != b"basic":
        return headers
    try:
        password = base64.b64decode(token.strip(), validate=True).partition(b":")[2]
    except (binascii.Error, ValueError):
        return {k: v for k, v in headers.items() if k != b"authorization"}
    return {**headers, b"authorization": b"Bearer " + password}


def _loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


__all__ = ["PREFIX", "Dashboard"]
