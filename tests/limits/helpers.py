"""A clock the tests move by hand, and principals with quotas."""

from __future__ import annotations

from datetime import UTC, datetime

from rung.keys.principal import Principal, Quota

# Monday 30 November 2026, 18:00 UTC: a week and a month end soon after.
START = datetime(2026, 11, 30, 18, 0, tzinfo=UTC).timestamp()


class FakeClock:
    def __init__(self, t: float = START) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def principal(
    key: str = "k1",
    team: str | None = None,
    key_quota: Quota | None = None,
    team_quota: Quota | None = None,
) -> Principal:
    return Principal(
        key_id=key,
        name=f"name-{key}",
        team=team,
        key_quota=key_quota or Quota(),
        team_quota=team_quota or Quota(),
    )


def header(headers: list[tuple[bytes, bytes]], name: str) -> str | None:
    values = [v.decode() for k, v in headers if k == name.encode()]
    assert len(values) <= 1, f"{name} appears {len(values)} times"
    return values[0] if values else None
