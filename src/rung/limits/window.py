"""The sliding window of one key or team: an exact sliding log of the last minute.

Each admitted request leaves one entry (its time and its tokens) in a deque; entries older than
the window fall out at the next look. The request count is the number of entries, so requests per
minute are exact (no bucket approximation); tokens are the running sum of the entries, where an
entry starts as the request's estimate and is corrected to the real count when it settles.
Memory is one entry per request admitted in the last minute.
"""

from __future__ import annotations

from collections import deque

WINDOW = 60.0  # seconds: both limits are per minute


class Entry:
    """One admitted request in a window: when, and how many tokens it counts for."""

    __slots__ = ("t", "tokens")

    def __init__(self, t: float, tokens: int) -> None:
        self.t = t
        self.tokens = tokens


class Window:
    """The last minute of one subject (a key or a team). Not thread-safe: `Limits` locks."""

    __slots__ = ("entries", "tokens")

    def __init__(self) -> None:
        self.entries: deque[Entry] = deque()
        self.tokens = 0

    def prune(self, now: float) -> None:
        """Drop the entries that left the window."""
        entries, edge = self.entries, now - WINDOW
        while entries and entries[0].t <= edge:
            self.tokens -= entries.popleft().tokens

    def add(self, now: float, tokens: int) -> Entry:
        entry = Entry(now, tokens)
        self.entries.append(entry)
        self.tokens += tokens
        return entry

    def correct(self, entry: Entry, tokens: int, now: float) -> None:
        """Set an admitted request's tokens to the real count. If its entry already left the
        window, a larger real count is charged now (the extra tokens were just spent)."""
        if entry.t > now - WINDOW:
            self.tokens += tokens - entry.tokens
            entry.tokens = tokens
        elif tokens > entry.tokens:
            self.add(now, tokens - entry.tokens)

    def request_wait(self, now: float, limit: int) -> float:
        """Seconds until one more request fits under `limit` (0 if it fits now)."""
        over = len(self.entries) - limit
        if over < 0:
            return 0.0
        if limit <= 0:
            return WINDOW
        return self.entries[over].t + WINDOW - now

    def token_wait(self, now: float, limit: int, tokens: int) -> float:
        """Seconds until `tokens` more fit under `limit` (0 if they fit now)."""
        excess = self.tokens + tokens - limit
        if excess <= 0:
            return 0.0
        for entry in self.entries:
            excess -= entry.tokens
            if excess <= 0:
                return entry.t + WINDOW - now
        return WINDOW

    def next_free(self, now: float) -> float:
        """Seconds until the oldest entry leaves the window (when `remaining` next grows)."""
        return self.entries[0].t + WINDOW - now if self.entries else 0.0


def format_reset(seconds: float) -> str:
    """A wait as OpenAI writes it in x-ratelimit-reset-*: Go's duration format ("20ms", "1s",
    "1.5s", "6m0s", "1h2m3s")."""
    return reset_bytes(seconds).decode()


def reset_bytes(seconds: float) -> bytes:
    """`format_reset` as a header value (the fast path: under a minute, one format)."""
    ms = round(seconds * 1000)
    if ms <= 0:
        return b"0s"
    if ms < 1000:
        return b"%dms" % ms
    if ms < 60_000:
        return b"%gs" % (ms / 1000)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs = b"%g" % (rest / 1000)
    if hours:
        return b"%dh%dm%ss" % (hours, minutes, secs)
    return b"%dm%ss" % (minutes, secs)
