"""Personal data a hosted model puts into its answer: reported, and masked if the route says so.

A route's `privacy: {scan_answers: true}` scans every answer of a non-local backend (after its
placeholders are restored) for personal data the request did not contain: what the client
sent comes back as it was, anything new is counted by kind for the audit log, and with
`mask_answers: true` replaced by `[KIND]` (`[PHONE]`, `[PERSON]`) before the client sees it.

    scanner = AnswerScanner(detector, request_texts, mask=True)
    data = scanner.completion(completion.data)         # a whole answer
    stream = AnswerStream(scanner, ChunkRestorer(...))  # a stream, chunk by chunk
    for chunk in upstream: send(stream.restore(chunk.data))
    stream.flush()

In a masked stream, text is held back until a sentence or line ends (or `HOLD` characters have
gathered without one), then scanned as a whole and sent, so that a value split across chunks
is found whole and no part of it reaches the client before it is masked. Without masking
nothing is held back: the whole text is scanned when the choice finishes. Only message
content is scanned (not tool-call arguments).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from rung.privacy.findings import Finding
from rung.privacy.pseudonymize import ChunkRestorer, Finder
from rung.types import JSON

HOLD = 400  # characters a masked stream holds at most before it cuts at a space
TAIL = 60  # characters kept back after such a cut, so that a value at the cut stays whole
_BOUNDARY = re.compile(r"(?:[.!?](?=\s)|\n)\s*")


class AnswerScanner:
    """Scans the answers of one call; counts (and masks) what the request did not contain.

    `record` (an audit row, `rung.privacy.guard`) is kept up to date as answers are scanned:
    its `kinds` count the new findings, its `action` says `answer_clean`, `answer_reported`
    or `answer_masked`, and its `values` hold the raw values only when `keep_values`."""

    def __init__(
        self,
        detector: Finder,
        request_texts: Iterable[str],
        *,
        mask: bool,
        record: JSON | None = None,
        keep_values: bool = False,
    ) -> None:
        self.detector = detector
        self.mask = mask
        self._known = "\n".join(request_texts).casefold()
        self.record: JSON = record if record is not None else {}
        self.record.update(action="answer_clean", kinds={})
        self.kinds: dict[str, int] = self.record["kinds"]
        self.values: dict[str, str] | None = None
        if keep_values:
            self.values = self.record["values"] = {}

    def text(self, text: str) -> str:
        """`text` with its new findings counted and, when masking, replaced."""
        new = [f for f in self.detector.find(text) if self._new(f.value(text))]
        if not new:
            return text
        self.record["action"] = "answer_masked" if self.mask else "answer_reported"
        for finding in new:
            self.kinds[finding.kind] = self.kinds.get(finding.kind, 0) + 1
            if self.values is not None:
                self.values[f"[{finding.kind}]#{len(self.values) + 1}"] = finding.value(text)
        return _masked(text, new) if self.mask else text

    def completion(self, data: JSON) -> JSON:
        """A copy of a chat.completion whose message contents are scanned (and masked)."""
        result = copy.deepcopy(data) if self.mask else data
        for choice in result.get("choices") or []:
            message = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(message, dict) and isinstance(message.get("content"), str):
                scanned = self.text(message["content"])
                if self.mask:
                    message["content"] = scanned
        return result

    def _new(self, value: str) -> bool:
        return value.strip().casefold() not in self._known


def _masked(text: str, findings: list[Finding]) -> str:
    parts, last = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        parts.append(text[last : finding.start])
        parts.append(f"[{finding.kind}]")
        last = finding.end
    parts.append(text[last:])
    return "".join(parts)


class AnswerStream:
    """Restores a stream's placeholders (`ChunkRestorer`), then scans each choice's content:
    when masking, held back to a sentence end; otherwise as a whole when the choice ends."""

    def __init__(self, scanner: AnswerScanner, restorer: ChunkRestorer) -> None:
        self.scanner = scanner
        self.restorer = restorer
        self._held: dict[int, str] = {}

    def restore(self, data: JSON) -> JSON:
        chunk = self.restorer.restore(data)
        if self.scanner.mask and chunk is data:
            chunk = copy.deepcopy(data)
        for choice in chunk.get("choices") or []:
            if isinstance(choice, dict):
                self._choice(choice)
        return chunk

    def flush(self) -> list[JSON]:
        """`choices` entries for the text still held (a stream that ended without a
        finish_reason), restored and scanned."""
        choices = {int(c["index"]): c for c in self.restorer.flush()}
        for index in sorted(set(self._held) | set(choices)):
            choice = choices.setdefault(index, {"index": index, "delta": {}, "finish_reason": None})
            late = choice["delta"].get("content") or ""
            held = self._held.pop(index, "")
            scanned = self.scanner.text(held + late) if held or late else ""
            if self.scanner.mask and scanned:
                choice["delta"]["content"] = scanned
        return [c for c in choices.values() if c["delta"]]

    def _choice(self, choice: JSON) -> None:
        index = int(choice.get("index") or 0)
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            return
        piece = delta.get("content")
        held = self._held.get(index, "") + (piece if isinstance(piece, str) else "")
        if choice.get("finish_reason") is not None:
            self._held.pop(index, None)
            scanned = self.scanner.text(held) if held else held
            if self.scanner.mask and (held or isinstance(piece, str)):
                delta["content"] = scanned
            return
        if not self.scanner.mask:
            self._held[index] = held  # scanned whole at the end; nothing is held back
            return
        cut = _cut(held)
        self._held[index] = held[cut:]
        if isinstance(piece, str) or cut:
            delta["content"] = self.scanner.text(held[:cut]) if cut else ""


def _cut(text: str) -> int:
    """How much of held text may be scanned and sent now: up to the last sentence or line
    end, or, past `HOLD` characters with none, up to a space `TAIL` characters from the end."""
    ends = [m.end() for m in _BOUNDARY.finditer(text)]
    if ends:
        return ends[-1]
    if len(text) < HOLD:
        return 0
    space = text.rfind(" ", 0, len(text) - TAIL)
    return space + 1 if space > 0 else len(text) - TAIL
