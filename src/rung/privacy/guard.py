"""A request's privacy guard: asked before every backend call the request makes.

The gateway builds one per request on a route with a `privacy:` section. It scans the request
once (off the event loop), applies the route's policy (`block` refuses at once), and then every
call, whichever pattern, verifier or fallback makes it, passes `outbound` first: a backend
outside the route's regions, or a non-local one under `local_only` with personal data found,
is refused (the pattern moves on or fails); under `pseudonymize` the body sent to a non-local
backend carries placeholders, and `inbound` restores the answer. Every non-local call leaves
an audit record: the kinds found, the action, and the SHA-256 of the body handed over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from rung._errors import PrivacyRefused
from rung.backends.base import Backend
from rung.privacy.detect import Detector
from rung.privacy.policy import LOCAL, PrivacyVerdict, audit_record, check_call, decide
from rung.privacy.pseudonymize import (
    ChunkRestorer,
    Pseudonyms,
    pseudonymize_body,
    restore_completion,
)
from rung.types import JSON, ChatRequest, Completion, Trace


@dataclass
class PrivacyGuard:
    verdict: PrivacyVerdict
    regions: tuple[str, ...]
    detector: Detector
    mapping: Pseudonyms
    original: JSON
    masked: JSON
    keep_values: bool = False
    audits: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    async def scan(
        cls,
        request: ChatRequest,
        detector: Detector,
        policy: str,
        regions: Sequence[str],
        keep_values: bool = False,
    ) -> PrivacyGuard:
        """Scan `request` and decide its policy (raises PolicyError under `block`)."""
        masked, mapping, located = await asyncio.to_thread(
            pseudonymize_body, request.body, detector
        )
        verdict = decide(policy, located, request.route)
        return cls(verdict, tuple(regions), detector, mapping, request.body, masked, keep_values)

    async def outbound(
        self, backend: Backend, request: ChatRequest, trace: Trace
    ) -> tuple[ChatRequest, Pseudonyms | None]:
        """The request to send to `backend`, and the mapping to restore its answer with."""
        residency = backend.capabilities.residency
        check = check_call(self.verdict, self.regions, backend.name, residency)
        if not check.allowed:
            trace.decide(f"privacy {backend.name}", "refused", check.reason)
            raise PrivacyRefused(
                f"refused by the privacy policy: {check.reason}", backend=backend.name
            )
        if residency == LOCAL:
            return request, None
        body = request.body
        if check.pseudonymize:
            body = await self._masked(body)
        self._audit(backend, residency, body, request, trace)
        if body is request.body:
            return request, None
        return ChatRequest(body, request.route, request.request_id, request.headers), self.mapping

    async def _masked(self, body: JSON) -> JSON:
        if body is self.original:
            return self.masked
        masked, _, _ = await asyncio.to_thread(pseudonymize_body, body, self.detector, self.mapping)
        return masked

    def _audit(
        self, backend: Backend, residency: str, body: JSON, request: ChatRequest, trace: Trace
    ) -> None:
        values = dict(self.mapping.originals) if self.keep_values and self.mapping else None
        record = audit_record(
            self.verdict, orjson.dumps(body), request_id=request.request_id, route=request.route,
            backend=backend.name, residency=residency, values=values,
        )  # fmt: skip
        trace.audits.append(record.to_json())

    def inbound(self, completion: Completion, mapping: Pseudonyms | None) -> Completion:
        if mapping is None:
            return completion
        return Completion(restore_completion(completion.data, mapping))

    @staticmethod
    def restorer(mapping: Pseudonyms | None) -> ChunkRestorer | None:
        return ChunkRestorer(mapping) if mapping is not None else None
