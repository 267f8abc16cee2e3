"""Stable placeholders for personal data, and putting the values back in the answer.

    body2, mapping, located = pseudonymize_body(body, detector)   # before the hosted call
    restore_completion(completion.data, mapping)                   # a whole answer
    restorer = ChunkRestorer(mapping)                              # a stream, chunk by chunk
    for chunk in upstream: send(restorer.restore(chunk.data))
    for chunk in restorer.flush(): send(chunk)

The same value gets the same placeholder everywhere in one request (`<PERSON_1>`), so the hosted
model can still tell people apart. A placeholder never collides with text already in the
request. A streaming restorer holds back only a possible placeholder prefix (`<PER`), so that a
placeholder split across chunks is still restored and no placeholder reaches the client.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from rung.privacy.findings import Finding, Located
from rung.privacy.walk import map_texts, text_slots
from rung.types import JSON


@dataclass
class Pseudonyms:
    """Placeholders of one request: placeholder -> original value, and back."""

    originals: dict[str, str] = field(default_factory=dict)
    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)
    _taken: str = ""

    def placeholder(self, kind: str, value: str) -> str:
        """The placeholder of `value` (made on first use, the same on every later one)."""
        key = (kind, value)
        existing = self._by_value.get(key)
        if existing is not None:
            return existing
        number = self._counts.get(kind, 0)
        while True:
            number += 1
            candidate = f"<{kind}_{number}>"
            if candidate not in self._taken:
                break
        self._counts[kind] = number
        self._by_value[key] = candidate
        self.originals[candidate] = value
        return candidate

    def values(self) -> list[tuple[str, str]]:
        """(kind, value) of every value that has a placeholder."""
        return list(self._by_value)

    def reserve(self, text: str) -> None:
        """Never hand out a placeholder that already occurs in `text`."""
        self._taken += "\n" + text

    @property
    def longest(self) -> int:
        return max((len(p) for p in self.originals), default=0)

    def __bool__(self) -> bool:
        return bool(self.originals)


def replace_findings(text: str, findings: Iterable[Finding], mapping: Pseudonyms) -> str:
    """`text` with each finding replaced by its placeholder (findings must not overlap)."""
    parts, last = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        parts.append(text[last : finding.start])
        parts.append(mapping.placeholder(finding.kind, finding.value(text)))
        last = finding.end
    parts.append(text[last:])
    return "".join(parts)


class Finder(Protocol):
    """What `pseudonymize_body` needs of a detector."""

    def find(self, text: str) -> list[Finding]: ...


def pseudonymize_body(
    body: JSON, detector: Finder, mapping: Pseudonyms | None = None
) -> tuple[JSON, Pseudonyms, list[Located]]:
    """A copy of a request body with its personal data replaced by placeholders, the mapping
    to restore them, and what was found where. `body` is not changed.

    A value found anywhere in the request is replaced wherever else it occurs too, even where
    the detector missed it (a name in a sentence the model did not read as a name); so is every
    value already in `mapping`, so that a value restored into an answer never goes upstream in
    a later call of the same request (a cascade's or an advisor's next step)."""
    mapping = mapping if mapping is not None else Pseudonyms()
    texts = [text for _path, text in text_slots(body)]
    for text in texts:
        mapping.reserve(text)
    found = {text: detector.find(text) for text in texts}
    known = _known_values(found)
    for kind, value in mapping.values():  # an earlier call's values (a restored answer sent on)
        if len(value.strip()) >= MIN_PROPAGATED:
            known.setdefault(value, kind)
    located: list[Located] = []

    def rewrite(path: str, text: str) -> str:
        findings = found[text] if text in found else detector.find(text)
        findings = _with_known(text, findings, known)
        if not findings:
            return text
        located.append(Located(path, text, tuple(findings)))
        return replace_findings(text, findings, mapping)

    return map_texts(body, rewrite), mapping, located


MIN_PROPAGATED = 4  # shorter values are not searched for elsewhere (initials, short words)


def _known_values(found: dict[str, list[Finding]]) -> dict[str, str]:
    """value -> kind of every value found in a request, long enough to look for elsewhere."""
    known: dict[str, str] = {}
    for text, findings in found.items():
        for finding in findings:
            value = finding.value(text)
            if len(value.strip()) >= MIN_PROPAGATED:
                known.setdefault(value, finding.kind)
    return known


def _with_known(text: str, findings: list[Finding], known: dict[str, str]) -> list[Finding]:
    """`findings` plus every other whole-word occurrence of a known value in `text`."""
    if not known:
        return findings
    alternatives = "|".join(re.escape(v) for v in sorted(known, key=len, reverse=True))
    extra = [
        Finding(known[m.group()], m.start(), m.end(), 1.0)
        for m in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text)
        if all(m.end() <= f.start or f.end <= m.start() for f in findings)
    ]
    return sorted([*findings, *extra], key=lambda f: f.start) if extra else findings


def _pattern(mapping: Pseudonyms) -> re.Pattern[str] | None:
    if not mapping:
        return None
    alternatives = sorted(mapping.originals, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in alternatives))


def restore_text(text: str, mapping: Pseudonyms, *, json_string: bool = False) -> str:
    """`text` with every placeholder replaced by its original value. With `json_string`, the
    text is (part of) JSON and each value is inserted escaped for a JSON string."""
    pattern = _pattern(mapping)
    if pattern is None or "<" not in text:
        return text
    originals = mapping.originals
    if json_string:
        return pattern.sub(
            lambda m: json.dumps(originals[m.group()], ensure_ascii=False)[1:-1], text
        )
    return pattern.sub(lambda m: originals[m.group()], text)


def restore_completion(data: JSON, mapping: Pseudonyms) -> JSON:
    """A copy of a chat.completion object with placeholders restored in every choice's content
    and tool-call arguments."""
    if not mapping:
        return data
    restored = copy.deepcopy(data)
    for choice in restored.get("choices") or []:
        message = choice.get("message") if isinstance(choice, dict) else None
        if isinstance(message, dict):
            _restore_message(message, mapping)
    return restored


def _restore_message(message: JSON, mapping: Pseudonyms) -> None:
    content = message.get("content")
    if isinstance(content, str):
        message["content"] = restore_text(content, mapping)
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                part["text"] = restore_text(part["text"], mapping)
    for call in message.get("tool_calls") or []:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict) and isinstance(function.get("arguments"), str):
            function["arguments"] = restore_text(function["arguments"], mapping, json_string=True)


class StreamRestorer:
    """Restores placeholders in a text that arrives in pieces.

    `feed(piece)` returns the text that is safe to send now: everything except a tail that
    could still become a placeholder. `flush()` returns what is held back at the end."""

    def __init__(self, mapping: Pseudonyms, *, json_string: bool = False) -> None:
        self.mapping = mapping
        self.json_string = json_string
        self._placeholders = tuple(mapping.originals)
        self._longest = mapping.longest
        self._held = ""

    def feed(self, piece: str) -> str:
        if not self._placeholders:
            return piece
        text = self._held + piece
        cut = self._hold_from(text)
        self._held = text[cut:]
        return restore_text(text[:cut], self.mapping, json_string=self.json_string)

    def flush(self) -> str:
        """The held-back tail (it did not become a placeholder), restored."""
        held, self._held = self._held, ""
        return restore_text(held, self.mapping, json_string=self.json_string)

    def _hold_from(self, text: str) -> int:
        """Where the tail starts that is a proper prefix of a placeholder (len(text) if none)."""
        lowest = max(0, len(text) - self._longest + 1)
        position = text.find("<", lowest)
        while position != -1:
            tail = text[position:]
            if any(p.startswith(tail) and p != tail for p in self._placeholders):
                return position
            position = text.find("<", position + 1)
        return len(text)


class ChunkRestorer:
    """Restores placeholders in a stream of chat.completion.chunk objects: the content of each
    choice and the arguments of each tool call, each with its own `StreamRestorer`."""

    def __init__(self, mapping: Pseudonyms) -> None:
        self.mapping = mapping
        self._content: dict[int, StreamRestorer] = {}
        self._arguments: dict[tuple[int, int], StreamRestorer] = {}

    def restore(self, data: JSON) -> JSON:
        """A copy of the chunk with restored text. A choice that finishes in this chunk gets
        its held-back text too."""
        if not self.mapping:
            return data
        chunk = copy.deepcopy(data)
        for choice in chunk.get("choices") or []:
            if isinstance(choice, dict):
                self._restore_choice(choice)
        return chunk

    def flush(self) -> list[JSON]:
        """Deltas for whatever is still held back (for a stream that ended without a
        finish_reason); each is a `choices` entry to send in a last chunk."""
        choices: list[JSON] = []
        for index in sorted({*self._content, *(i for i, _ in self._arguments)}):
            delta = self._flush_choice(index)
            if delta:
                choices.append({"index": index, "delta": delta, "finish_reason": None})
        return choices

    def _restore_choice(self, choice: JSON) -> None:
        index = int(choice.get("index") or 0)
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            delta = choice["delta"] = {}
        if isinstance(delta.get("content"), str):
            delta["content"] = self._content_restorer(index).feed(delta["content"])
        for call in delta.get("tool_calls") or []:
            self._restore_call(index, call)
        if choice.get("finish_reason") is not None:
            self._merge(delta, self._flush_choice(index))

    def _restore_call(self, index: int, call: JSON) -> None:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict) and isinstance(function.get("arguments"), str):
            key = (index, int(call.get("index") or 0))
            restorer = self._arguments.setdefault(
                key, StreamRestorer(self.mapping, json_string=True)
            )
            function["arguments"] = restorer.feed(function["arguments"])

    def _content_restorer(self, index: int) -> StreamRestorer:
        return self._content.setdefault(index, StreamRestorer(self.mapping))

    def _flush_choice(self, index: int) -> JSON:
        delta: JSON = {}
        content = self._content.pop(index, None)
        if content is not None:
            text = content.flush()
            if text:
                delta["content"] = text
        calls = []
        for key in sorted(k for k in self._arguments if k[0] == index):
            text = self._arguments.pop(key).flush()
            if text:
                calls.append({"index": key[1], "function": {"arguments": text}})
        if calls:
            delta["tool_calls"] = calls
        return delta

    @staticmethod
    def _merge(delta: JSON, extra: JSON) -> None:
        if "content" in extra:
            delta["content"] = (delta.get("content") or "") + extra["content"]
        if "tool_calls" in extra:
            calls = delta.setdefault("tool_calls", [])
            for late in extra["tool_calls"]:
                same = [c for c in calls if isinstance(c, dict) and c.get("index") == late["index"]]
                if same:
                    function = same[0].setdefault("function", {})
                    function["arguments"] = (function.get("arguments") or "") + late["function"][
                        "arguments"
                    ]
                else:
                    calls.append(late)
