"""A request's privacy guard: asked before every backend call the request makes.

The gateway builds one per request on a route with a `privacy:` section. It scans the request
once (off the event loop), applies the route's policy (`block` refuses at once), and then every
call, whichever pattern, verifier or fallback makes it, passes `outbound` first: a backend
outside the route's regions, or a non-local one under `local_only` with personal data found,
is refused (the pattern moves on or fails); under `pseudonymize` the body sent to a non-local
backend carries placeholders, and `inbound` restores the answer. Every non-local call leaves
an audit record: the kinds found, the action, and the SHA-256 of the body handed over.

A private route (any policy but `allow`) refuses a request with a part rung cannot read (an
image, audio, a file: `walk.unreadable`) with a 400 naming it, except under `local_only`, where
such a request counts as personal (kind `UNREAD`) and stays local. With `answers` set to
`report` or `mask` (the route's `scan_answers` / `mask_answers`), every non-local answer is
scanned after restoring (`rung.privacy.answers`) and gets an audit record of its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from rung._errors import PolicyError, PrivacyRefused
from rung.backends.base import Backend
from rung.config import PrivacySettings
from rung.privacy.answers import AnswerScanner, AnswerStream
from rung.privacy.detect import Detector
from rung.privacy.policy import (
    LOCAL,
    Policy,
    PrivacyVerdict,
    audit_record,
    check_call,
    decide,
)
from rung.privacy.pseudonymize import (
    ChunkRestorer,
    Pseudonyms,
    pseudonymize_body,
    restore_completion,
)
from rung.privacy.walk import text_slots, unreadable
from rung.types import JSON, ChatRequest, Completion, Trace

Answers = Literal["off", "report", "mask"]
UNREAD = "UNREAD"  # the kind counted for a part rung cannot read, under local_only


def answer_mode(settings: PrivacySettings | None) -> Answers:
    """What a route's privacy settings ask of hosted answers."""
    if settings is None or not (settings.scan_answers or settings.mask_answers):
        return "off"
    return "mask" if settings.mask_answers else "report"


@dataclass
class CallMapping(Pseudonyms):
    """The placeholders of one non-local call, with the scanner of its answer."""

    scanner: AnswerScanner | None = None


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
    answers: Answers = "off"

    @classmethod
    async def scan(
        cls,
        request: ChatRequest,
        detector: Detector,
        policy: str,
        regions: Sequence[str],
        keep_values: bool = False,
        answers: Answers = "off",
    ) -> PrivacyGuard:
        """Scan `request` and decide its policy (raises PolicyError under `block`, and on a
        private route for a part rung cannot read)."""
        unread = unreadable(request.body) if policy != Policy.ALLOW else []
        if unread and policy != Policy.LOCAL_ONLY:
            raise PolicyError(
                f"rung cannot read {unread[0]} for personal data, and the privacy policy of "
                f"route '{request.route}' is '{policy}': send text only, or use a route "
                "without a privacy policy",
                param=unread[0].split(" ")[0],
            )
        masked, mapping, located = await asyncio.to_thread(
            pseudonymize_body, request.body, detector
        )
        verdict = decide(policy, located, request.route)
        if unread:  # local_only: what rung cannot read stays local
            verdict = PrivacyVerdict(verdict.policy, {**verdict.kinds, UNREAD: len(unread)})
        guard = cls(verdict, tuple(regions), detector, mapping, request.body, masked, keep_values)
        guard.answers = answers
        return guard

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
        mapping = self._call_mapping(backend, residency, request.body, trace)
        if body is request.body:
            return request, mapping
        sent = ChatRequest(body, request.route, request.request_id, request.headers)
        return sent, mapping if mapping is not None else self.mapping

    def _call_mapping(
        self, backend: Backend, residency: str, body: JSON, trace: Trace
    ) -> Pseudonyms | None:
        """The mapping of one call whose answer is scanned, with its own audit record. What
        the client sent and what this call was asked (a draft to check, say) count as known."""
        if self.answers == "off":
            return None
        record: dict[str, Any] = {
            "backend": backend.name, "residency": residency,
            "policy": self.verdict.policy.value, "sent_sha256": None,
        }  # fmt: skip
        texts = [text for _path, text in text_slots(self.original)]
        if body is not self.original:
            texts += [text for _path, text in text_slots(body)]
        scanner = AnswerScanner(
            self.detector, [*texts, *self.mapping.originals.values()],
            mask=self.answers == "mask", record=record, keep_values=self.keep_values,
        )  # fmt: skip
        trace.audits.append(record)
        mapping = self.mapping
        return CallMapping(mapping.originals, mapping._by_value, mapping._counts, scanner=scanner)

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
        data = restore_completion(completion.data, mapping) if mapping else completion.data
        if isinstance(mapping, CallMapping) and mapping.scanner is not None:
            data = mapping.scanner.completion(data)  # on the event loop: a few ms per answer
        return completion if data is completion.data else Completion(data)

    def restorer(self, mapping: Pseudonyms | None) -> ChunkRestorer | AnswerStream | None:
        if mapping is None:
            return None
        restorer = ChunkRestorer(mapping)
        if isinstance(mapping, CallMapping) and mapping.scanner is not None:
            return AnswerStream(mapping.scanner, restorer)
        return restorer
