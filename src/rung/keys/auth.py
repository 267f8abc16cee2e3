"""Authentication: which `Principal` a request's key is, resolved cheaply on every request.

`Authorization: Bearer <key>` or `x-api-key: <key>` (Anthropic's clients). The key is hashed
(SHA-256) and looked up in an in-memory map hash -> Principal, loaded from the log database.
The map is reloaded at once after a change through the admin API, and otherwise when the
database says keys or teams changed (`rung keys ...` in another process): that question is
asked at most once a second (one small indexed query), in a thread on a connection of its
own, so that no request waits for the database (a request a moment after the change may
still see the keys before it).

With no master key configured and no key ever created, rung is open (every request is the
anonymous principal); `rung serve` then refuses a non-loopback address unless `--insecure`.
"""

from __future__ import annotations

import asyncio
import contextlib
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
        self._generation = 0  # reloads so far: a read begun before one is not applied
        self._poller: KeyStore | None = None  # the background check's own connection
        self._polling: asyncio.Task[None] | None = None

    def open(self) -> None:
        """Open the key store (at start-up) and load the keys."""
        if self.path is not None and self.store is None:
            self.store = KeyStore(self.path)
            self.reload()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self._poller is not None:
            self._poller.close()
            self._poller = None

    @property
    def enabled(self) -> bool:
        """Whether requests must carry a key: a master key is set or a key was ever created."""
        return self.master is not None or bool(self.entries)

    def reload(self) -> None:
        if self.store is not None:
            self.version = self.store.version()
            self.entries = self.store.entries()
            self._generation += 1

    def _poll(self, now: float) -> None:
        """Ask the database whether keys or teams changed, at most once a second: in a
        thread (on a connection of its own) when an event loop runs, so that no request
        waits for the database; else here."""
        if self.store is None or now - self.checked < POLL_SECONDS:
            return
        self.checked = now
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            try:
                self._take(self._generation, _changes(self.store, self.version))
            except Exception as exc:
                self._down(now, exc)
            return
        if self._polling is None:
            task = self._poll_behind(now, self._generation, self.version)
            self._polling = loop.create_task(task)

    async def _poll_behind(self, now: float, generation: int, known: Any) -> None:
        try:
            self._take(generation, await asyncio.to_thread(self._changes_behind, known))
        except Exception as exc:
            self._down(now, exc)
        finally:
            self._polling = None

    def _changes_behind(self, known: Any) -> tuple[Any, dict[str, Entry]] | None:
        """`_changes` on the poller's own connection (in a worker thread)."""
        if self._poller is None:
            assert self.path is not None
            self._poller = KeyStore(self.path)
        return _changes(self._poller, known)

    def _take(self, generation: int, changed: tuple[Any, dict[str, Entry]] | None) -> None:
        """Use what a check found, unless the keys were reloaded since it began."""
        if changed is not None and generation == self._generation:
            self.version, self.entries = changed
            self._generation += 1

    def _down(self, now: float, exc: Exception) -> None:
        """The log's database is down: keep the keys loaded, say so once."""
        if self.version is not None and self.store is not None:  # not closed under the check
            logging.getLogger("rung").error("cannot read keys (%s); using those loaded", exc)
        self.version = None  # said once; reloaded when the database answers
        self.checked = now + 10 * POLL_SECONDS  # and not asked again for a while
        if self._poller is not None:  # a new connection next time
            with contextlib.suppress(Exception):
                self._poller.close()
            self._poller = None

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


def _changes(store: KeyStore | None, known: Any) -> tuple[Any, dict[str, Entry]] | None:
    """The keys' version and entries if the version is not `known`, else None."""
    assert store is not None
    version = store.version()
    return None if version == known else (version, store.entries())


__all__ = [
    "MASTER",
    "Authenticator",
    "master_secret",
    "presented_key",
]
