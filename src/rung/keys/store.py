"""Virtual keys and teams, stored in the request log's SQLite file (tables `keys`, `teams`).

A key is `sk-rung-` followed by 32 random bytes (urlsafe base64). Only its SHA-256 is stored:
with 256 bits of entropy a fast hash is enough (nothing to brute-force), and it keeps the
per-request lookup to one hash and one dict access. The key itself is shown once, at creation
or rotation, and never written anywhere.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

from rung._errors import RequestError
from rung.keys.principal import Principal, Quota
from rung.telemetry.logstore import Target

PREFIX = "sk-rung-"
PERIODS = ("day", "week", "month")
PRIVACY = ("pseudonymize", "local_only", "block")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


class KeyError_(RequestError):
    """A bad administrative request: an unknown key or team, a malformed limit (400/404)."""

    code = "invalid_key_request"


class KeyNotFound(KeyError_):
    status = 404
    code = "not_found"


def new_secret() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_budget(text: str | None) -> tuple[float | None, str]:
    """`50/month` -> (50.0, "month"); `50` -> (50.0, "month"); None -> (None, "month")."""
    if text is None or text == "":
        return None, "month"
    amount, _, period = str(text).partition("/")
    period = period or "month"
    if period not in PERIODS:
        raise KeyError_(f"a budget period is one of {', '.join(PERIODS)}, not {period!r}")
    try:
        value = float(amount)
    except ValueError:
        raise KeyError_(f"a budget is an amount and a period, like 50/month: {text!r}") from None
    if value < 0:
        raise KeyError_("a budget cannot be negative")
    return value, period


def parse_duration(text: str | None) -> float | None:
    """`90d`, `12h`, `30m`, `2w` -> seconds; None or `never` -> None."""
    if text is None or text in ("", "never"):
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([smhdw])", str(text).strip())
    if not match:
        raise KeyError_(f"a duration is a number and a unit (s, m, h, d, w), like 90d: {text!r}")
    return float(match.group(1)) * UNITS[match.group(2)]


def check_privacy(value: str | None) -> str | None:
    if value is not None and value not in PRIVACY:
        raise KeyError_(f"privacy is one of {', '.join(PRIVACY)}, not {value!r}")
    return value


def _limit(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise KeyError_(f"{name} must be a whole number of at least 0")
    return value


@dataclass(frozen=True, slots=True)
class KeySpec:
    """What a key is created with (the CLI's and the admin API's options)."""

    name: str
    team: str | None = None
    routes: tuple[str, ...] | None = None
    rpm: int | None = None
    tpm: int | None = None
    budget: str | None = None  # "50/month"
    expires: str | None = None  # "90d"
    privacy: str | None = None
    request_tests: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySpec:
        unknown = set(data) - set(cls.__slots__)
        if unknown:
            raise KeyError_(f"unknown fields: {', '.join(sorted(unknown))}")
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise KeyError_("a key needs a name", param="name")
        routes = data.get("routes")
        if isinstance(routes, str):
            routes = [r for r in routes.split(",") if r]
        if routes is not None and not (
            isinstance(routes, list) and all(isinstance(r, str) for r in routes)
        ):
            raise KeyError_("routes is a list of route names", param="routes")
        budget = data.get("budget")
        if not isinstance(data.get("request_tests", False), bool):
            raise KeyError_("request_tests is true or false", param="request_tests")
        for key in ("team", "expires"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise KeyError_(f"{key} must be a string", param=key)
        return cls(
            name=name, team=data.get("team"), routes=None if routes is None else tuple(routes),
            rpm=_limit(data.get("rpm"), "rpm"), tpm=_limit(data.get("tpm"), "tpm"),
            budget=None if budget is None else str(budget), expires=data.get("expires"),
            privacy=check_privacy(data.get("privacy")),
            request_tests=data.get("request_tests", False),
        )  # fmt: skip


KEY_FIELDS = (
    "id, name, team, routes, rpm, tpm, budget, period, privacy, request_tests, expires, revoked,"
    " created, updated"
)


class KeyStore:
    """The keys and teams tables of one log file. Every method opens its own short transaction."""

    def __init__(self, path: Target) -> None:
        from rung.telemetry.logstore import open_store

        self.path = path
        self.db = open_store(path)  # a SQLite file or a PostgreSQL database

    def close(self) -> None:
        self.db.close()

    # ---- keys --------------------------------------------------------------------------

    def create_key(self, spec: KeySpec, now: float | None = None) -> tuple[dict[str, Any], str]:
        """Store a new key; return its row and the key itself (shown once)."""
        now = time.time() if now is None else now
        budget, period = parse_budget(spec.budget)
        lifetime = parse_duration(spec.expires)
        if spec.team is not None and self.team(spec.team) is None:
            raise KeyError_(f"no team {spec.team!r}: create it first (rung teams create)")
        secret, key_id = new_secret(), f"key_{uuid.uuid4().hex[:16]}"
        routes = None if spec.routes is None else ",".join(spec.routes)
        expires = None if lifetime is None else now + lifetime
        self.db.execute(
            f"INSERT INTO keys (hash, {KEY_FIELDS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (digest(secret), key_id, spec.name, spec.team, routes, spec.rpm, spec.tpm, budget,
             period, check_privacy(spec.privacy), int(spec.request_tests), expires, None, now,
             now),
        )  # fmt: skip
        return self.key(key_id), secret

    def keys(self) -> list[dict[str, Any]]:
        rows = self.db.execute(f"SELECT {KEY_FIELDS} FROM keys ORDER BY created")
        return [_key_json(r) for r in rows]

    def key(self, ref: str) -> dict[str, Any]:
        """A key by id, or by name when the name is unique."""
        rows = self.db.execute(
            f"SELECT {KEY_FIELDS} FROM keys WHERE id = ? OR name = ? ORDER BY id = ? DESC",
            (ref, ref, ref),
        ).fetchall()
        if not rows or (len(rows) > 1 and rows[0]["id"] != ref):
            raise KeyNotFound(f"no key {ref!r}" if not rows else f"several keys named {ref!r}")
        return _key_json(rows[0])

    def revoke(self, ref: str, now: float | None = None) -> dict[str, Any]:
        now = time.time() if now is None else now
        key_id = self.key(ref)["id"]
        self.db.execute(
            "UPDATE keys SET revoked = coalesce(revoked, ?), updated = ? WHERE id = ?",
            (now, now, key_id),
        )
        return self.key(key_id)

    def rotate(self, ref: str, now: float | None = None) -> tuple[dict[str, Any], str]:
        """A new secret for the key (same id, name and limits); the old one stops working."""
        now = time.time() if now is None else now
        row = self.key(ref)
        if row["revoked"] is not None:
            raise KeyError_(f"the key {row['id']} is revoked; create a new one")
        secret = new_secret()
        self.db.execute(
            "UPDATE keys SET hash = ?, updated = ? WHERE id = ?", (digest(secret), now, row["id"])
        )
        return self.key(row["id"]), secret

    # ---- teams -------------------------------------------------------------------------

    def create_team(
        self,
        name: str,
        *,
        rpm: int | None = None,
        tpm: int | None = None,
        budget: str | None = None,
        privacy: str | None = None,
        now: float | None = None,
    ) -> dict[str, Any]:
        """Create the team, or update its limits when it exists."""
        now = time.time() if now is None else now
        amount, period = parse_budget(budget)
        self.db.execute(
            "INSERT INTO teams (name, rpm, tpm, budget, period, privacy, created, updated)"
            " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET rpm = excluded.rpm,"
            " tpm = excluded.tpm, budget = excluded.budget, period = excluded.period,"
            " privacy = excluded.privacy, updated = excluded.updated",
            (name, _limit(rpm, "rpm"), _limit(tpm, "tpm"), amount, period,
             check_privacy(privacy), now, now),
        )  # fmt: skip
        team = self.team(name)
        assert team is not None
        return team

    def team(self, name: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM teams WHERE name = ?", (name,)).fetchone()
        return None if row is None else dict(row)

    def teams(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM teams ORDER BY name")]

    def delete_team(self, name: str) -> None:
        if self.team(name) is None:
            raise KeyNotFound(f"no team {name!r}")
        used = self.db.execute("SELECT count(*) FROM keys WHERE team = ? AND revoked IS NULL",
                               (name,)).fetchone()[0]  # fmt: skip
        if used:
            raise KeyError_(f"the team {name!r} still has {used} active keys; revoke them first")
        self.db.execute("DELETE FROM teams WHERE name = ?", (name,))
        self.db.execute("UPDATE keys SET updated = ? WHERE team = ?", (time.time(), name))

    # ---- for authentication ------------------------------------------------------------

    def version(self) -> tuple[Any, ...]:
        """Changes whenever a key or team is added, changed or removed (cheap: two indexes)."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM keys), (SELECT max(updated) FROM keys),"
            " (SELECT count(*) FROM teams), (SELECT max(updated) FROM teams)"
        ).fetchone()
        return tuple(row)

    def entries(self) -> dict[str, Entry]:
        """hash -> what authentication needs of every key, revoked ones included."""
        teams = {t["name"]: t for t in self.teams()}
        rows = self.db.execute(f"SELECT hash, {KEY_FIELDS} FROM keys").fetchall()
        return {row["hash"]: _entry(row, teams.get(row["team"])) for row in rows}


@dataclass(frozen=True, slots=True)
class Entry:
    principal: Principal
    expires: float | None
    revoked: float | None


def _quota(row: Any) -> Quota:
    return Quota(rpm=row["rpm"], tpm=row["tpm"], budget=row["budget"], period=row["period"])


STRICTNESS = {None: 0, "pseudonymize": 1, "local_only": 2, "block": 3}


def stricter(a: str | None, b: str | None) -> str | None:
    """The stricter of two privacy policies (allow < pseudonymize < local_only < block)."""
    return a if STRICTNESS.get(a, 0) >= STRICTNESS.get(b, 0) else b


def _entry(row: Any, team: dict[str, Any] | None) -> Entry:
    routes = None if row["routes"] is None else frozenset(row["routes"].split(","))
    principal = Principal(
        key_id=row["id"], name=row["name"], team=row["team"], routes=routes,
        key_quota=_quota(row), team_quota=_quota(team) if team else Quota(),
        privacy=stricter(row["privacy"], team["privacy"] if team else None),
        request_tests=bool(row["request_tests"]),
    )  # fmt: skip
    return Entry(principal, row["expires"], row["revoked"])


def _key_json(row: Any) -> dict[str, Any]:
    data = dict(row)
    data["routes"] = None if data["routes"] is None else data["routes"].split(",")
    return data


__all__ = [
    "Entry",
    "KeyError_",
    "KeyNotFound",
    "KeySpec",
    "KeyStore",
    "digest",
    "new_secret",
    "parse_budget",
    "parse_duration",
    "stricter",
]
