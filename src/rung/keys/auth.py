"""Authentication: which `Principal` a request's key is, resolved cheaply on every request.

`Authorization: Bearer <key>` or `x-api-key: <key>` (Anthropic's clients). The key is hashed
(SHA-256) and looked up in an in-memory map hash -> Principal, loaded from the log database.
The map is reloaded at once after a change through the admin API, and otherwise when the
database says keys or teams changed (`rung keys ...` in another process): that question is
asked at most once a second, on the request path (one small indexed query).

With no master key configured and no key ever created, rung is open (every request is the
anonymous principal); `rung serve` then refuses a non-loopback address unless `--insecure`.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time
from collections.abc import Callable
from typing import Any

from rung._errors import ConfigError, Unauthorized
from rung.keys.principal import ANONYMOUS, Principal
from rung.keys.store import Entry, KeyStore
from rung.telemetry.logstore import Target

MASTER = Principal(key_id="master", name="master", admin=True, request_tests=True)
POLL_SECONDS = 1.0


def master_secret(ref: str | None, env: dict[str, str] | None = None) -> str | None:
    """The master key's value from its `env:` reference (an unset variable is an error)."""
    if ref is None:
        return None
    name = ref.removeprefix("env:")
    value = (os.environ if env is None else env).get(name, "")
    if not value:
        raise ConfigError(f"auth.master_key: the environment variable {name} is not set")
    return value


def presented_key(headers: dict[bytes, bytes]) -> str | None:
    """The key a request presents, from `Authorization: Bearer` or `x-api-key`."""
    value = headers.get(b"authorization")
    if value is not None:
        scheme, _, token = value.decode("latin-1").strip().partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    value = headers.get(b"x-api-key")
    return value.decode("latin-1").strip() or None if value is not None else None


class Authenticator:
    """Resolves keys for one gateway. `path` is the log database (None: no virtual keys)."""

    def __init__(
        self,
        path: Target | None,
        master: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path, self.clock = path, clock
        self.master = hashlib.sha256(master.encode()).digest() if master else None
        self.store: KeyStore | None = None
        self.entries: dict[str, Entry] = {}
        self.version: tuple[Any, ...] | None = None
        self.checked = float("-inf")

    def open(self) -> None:
        """Open the key store (at start-up) and load the keys."""
        if self.path is not None and self.store is None:
            self.store = KeyStore(self.path)
            self.reload()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    @property
    def enabled(self) -> bool:
        """Whether requests must carry a key: a master key is set or a key was ever created."""
        return self.master is not None or bool(self.entries)

    def reload(self) -> None:
        if self.store is not None:
            self.version = self.store.version()
            self.entries = self.store.entries()

    def _poll(self, now: float) -> None:
        if self.store is None or now - self.checked < POLL_SECONDS:
            return
        self.checked = now
        try:
            if self.store.version() != self.version:
                self.reload()
        except Exception as exc:  # the log's database is down: keep the keys loaded
            if self.version is not None:
                logging.getLogger("rung").error("cannot read keys (%s); using those loaded", exc)
            self.version = None  # said once; reloaded when the database answers
            self.checked = now + 10 * POLL_SECONDS  # and not asked again for a while

    def resolve(self, headers: dict[bytes, bytes]) -> Principal:
        """The principal of a request's headers; raises Unauthorized."""
        now = self.clock()
        self._poll(now)
        if not self.enabled:
            return ANONYMOUS
        key = presented_key(headers)
        if key is None:
            raise Unauthorized(
                "no API key: send `Authorization: Bearer <key>` (or `x-api-key`); "
                "create keys with `rung keys create`"
            )
        hashed = hashlib.sha256(key.encode())
        if self.master is not None and hmac.compare_digest(hashed.digest(), self.master):
            return MASTER
        entry = self.entries.get(hashed.hexdigest())
        if entry is None:
            raise Unauthorized("the API key is not valid")
        if entry.revoked is not None:
            raise Unauthorized("the API key has been revoked")
        if entry.expires is not None and entry.expires <= now:
            raise Unauthorized("the API key has expired")
        return entry.principal


__all__ = [
    "MASTER",
    "Authenticator",
    "master_secret",
    "presented_key",
]
