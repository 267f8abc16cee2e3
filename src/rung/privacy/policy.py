"""Privacy policies and residency as pure decisions, and the audit record of a hosted call.

A route names one policy for requests that contain personal data:

- `allow`: send as it is (the audit record still says what was found);
- `pseudonymize`: replace personal data by placeholders before any non-local call;
- `local_only`: only backends whose residency is `local` may answer;
- `block`: refuse with a `PolicyError` that names the kinds found, never the values.

A route also names the regions its data may go to (`["local", "eu"]`); a backend declares
where it runs (`capabilities.residency`). `check_call` decides each call, fallbacks included.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from rung._errors import PolicyError
from rung.privacy.findings import Located

LOCAL = "local"


class Policy(StrEnum):
    ALLOW = "allow"
    PSEUDONYMIZE = "pseudonymize"
    LOCAL_ONLY = "local_only"
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class PrivacyVerdict:
    """What a route's policy makes of one request: the kinds found (with counts) and the
    action (`none` when nothing was found, else the policy's name)."""

    policy: Policy
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return bool(self.kinds)

    @property
    def action(self) -> str:
        return self.policy.value if self.found else "none"

    @property
    def local_only(self) -> bool:
        return self.found and self.policy is Policy.LOCAL_ONLY

    @property
    def pseudonymize(self) -> bool:
        return self.found and self.policy is Policy.PSEUDONYMIZE


def count_kinds(located: Iterable[Located]) -> dict[str, int]:
    """How many findings of each kind, over all places of a request."""
    counts: Counter[str] = Counter()
    for place in located:
        counts.update(finding.kind for finding in place.findings)
    return dict(sorted(counts.items()))


def decide(policy: Policy | str, located: Iterable[Located], route: str = "") -> PrivacyVerdict:
    """The verdict of `policy` on a request with these findings.

    Raises `PolicyError` (400) under `block` when anything was found; its message names the
    kinds and how many of each, never a value."""
    verdict = PrivacyVerdict(Policy(policy), count_kinds(located))
    if verdict.found and verdict.policy is Policy.BLOCK:
        kinds = ", ".join(f"{kind} ({n})" for kind, n in verdict.kinds.items())
        where = f"route '{route}'" if route else "this route"
        raise PolicyError(
            f"the request contains personal data ({kinds}) and the privacy policy of {where} "
            "is 'block'",
            param="messages",
        )
    return verdict


def residency_allowed(regions: Sequence[str], residency: str) -> bool:
    """Whether data may go to a backend that runs in `residency`, given a route's `regions`.
    An empty `regions` means no restriction; `local` is always allowed."""
    return not regions or residency == LOCAL or residency in regions


@dataclass(frozen=True, slots=True)
class CallCheck:
    """Whether one backend call may go ahead, whether its body must be pseudonymised, and why."""

    allowed: bool
    pseudonymize: bool
    reason: str


def check_call(
    verdict: PrivacyVerdict, regions: Sequence[str], backend: str, residency: str
) -> CallCheck:
    """Decide one call to `backend` (which runs in `residency`) under a request's verdict.

    Patterns ask this before every call, fallbacks included, and skip a backend refused."""
    if not residency_allowed(regions, residency):
        allowed = ", ".join(regions)
        return CallCheck(False, False, f"{backend} runs in '{residency}', route allows {allowed}")
    if residency == LOCAL:
        return CallCheck(True, False, f"{backend} is local")
    if verdict.local_only:
        kinds = ", ".join(verdict.kinds)
        return CallCheck(False, False, f"local_only: personal data ({kinds}) stays local")
    if verdict.pseudonymize:
        return CallCheck(True, True, f"pseudonymized before {backend} ({residency})")
    return CallCheck(True, False, f"{verdict.action}: sent to {backend} ({residency})")


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """What the log keeps about one hosted call: never a raw value unless `values` was asked."""

    request_id: str
    route: str
    backend: str
    residency: str
    policy: str
    action: str
    kinds: dict[str, int]
    sent_sha256: str
    values: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "request_id": self.request_id,
            "route": self.route,
            "backend": self.backend,
            "residency": self.residency,
            "policy": self.policy,
            "action": self.action,
            "kinds": self.kinds,
            "sent_sha256": self.sent_sha256,
        }
        if self.values is not None:
            record["values"] = self.values
        return record


def audit_record(
    verdict: PrivacyVerdict,
    sent: bytes,
    *,
    request_id: str,
    route: str,
    backend: str,
    residency: str,
    values: dict[str, str] | None = None,
) -> AuditRecord:
    """The audit record of one hosted call that sent the bytes `sent`.

    `values` (placeholder -> original) is kept only when the configuration asks for raw values
    in the log; by default the record holds kinds, counts, the action and a hash."""
    action = verdict.action
    return AuditRecord(
        request_id=request_id,
        route=route,
        backend=backend,
        residency=residency,
        policy=verdict.policy.value,
        action=action,
        kinds=dict(verdict.kinds),
        sent_sha256=hashlib.sha256(sent).hexdigest(),
        values=dict(values) if values is not None else None,
    )
