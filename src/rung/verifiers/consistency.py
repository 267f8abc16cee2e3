"""Self-consistency: sample the same tier again and let the answers vote."""

from __future__ import annotations

import ast
import asyncio
import re
from collections import Counter
from collections.abc import Callable

from rung._errors import ConfigError
from rung.backends.base import Backend
from rung.backends.traced import traced_complete
from rung.types import ChatRequest, Completion, Trace
from rung.verifiers.base import Verdict, Verifier
from rung.verifiers.pycode import fenced_blocks, parses

Extractor = Callable[[str], str | None]
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
CHOICE_PATTERNS = (
    re.compile(r"answer\s*(?:is|:)?\s*[:\-]?\s*\(?([A-J])\b\)?", re.IGNORECASE),
    re.compile(r"^\s*\(?([A-J])[\).:]", re.MULTILINE),
    re.compile(r"\(([A-J])\)"),
    re.compile(r"^\s*([A-J])\s*$", re.MULTILINE),
)


def normalise(text: str) -> str | None:
    """Lower case, single spaces, no surrounding punctuation; None when empty."""
    value = " ".join(text.lower().split()).strip(" .!?;:'\"`*")
    return value or None


def last_number(text: str) -> str | None:
    """The last number in the text, without thousands separators ("1,000.0" -> "1000")."""
    found = NUMBER.findall(text)
    if not found:
        return None
    value = found[-1].replace(",", "")
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)


def choice_letter(text: str) -> str | None:
    """The letter of a multiple-choice answer ("The answer is (B)" -> "B")."""
    for pattern in CHOICE_PATTERNS:
        found = pattern.findall(text)
        if found:
            return str(found[-1]).upper()
    return None


def final_code_block(text: str) -> str | None:
    """The last code block, in a canonical form (comments and layout removed) when it parses."""
    blocks = fenced_blocks(text)
    if not blocks:
        return None
    tree = parses(blocks[-1])
    return ast.unparse(tree) if tree is not None else blocks[-1].strip()


EXTRACTORS: dict[str, Extractor] = {
    "exact": normalise,
    "number": last_number,
    "choice": choice_letter,
    "code": final_code_block,
}


def majority(keys: list[str | None]) -> tuple[str | None, int]:
    """The most common extracted answer (None never wins) and its count."""
    counts = Counter(k for k in keys if k is not None)
    if not counts:
        return None, 0
    key, count = counts.most_common(1)[0]
    return key, count


def check_settings(n: int, threshold: float, extractor: str | Extractor) -> None:
    """Raise ConfigError for settings a consistency verifier cannot work with."""
    if n < 2:
        raise ConfigError("consistency: n must be at least 2")
    if not 0.0 < threshold <= 1.0:
        raise ConfigError("consistency: threshold must be in (0, 1]")
    if isinstance(extractor, str) and extractor not in EXTRACTORS:
        raise ConfigError(
            f"consistency: unknown extractor {extractor!r} (one of {sorted(EXTRACTORS)})"
        )


class ConsistencyVerifier(Verifier):
    """Samples `n - 1` more answers (the draft is the n-th) and passes when the majority
    answer's share reaches `threshold`. The verdict's `answer` is a completion holding the
    majority answer (the draft when it is in the majority)."""

    name = "consistency"

    def __init__(
        self,
        backend: Backend,
        n: int = 5,
        temperature: float = 0.7,
        extractor: str | Extractor = "exact",
        threshold: float = 0.6,
    ) -> None:
        check_settings(n, threshold, extractor)
        self.backend = backend
        self.n, self.temperature, self.threshold = n, temperature, threshold
        self.extract = EXTRACTORS[extractor] if isinstance(extractor, str) else extractor

    async def sample(self, request: ChatRequest, trace: Trace | None = None) -> list[Completion]:
        again = request.replace(temperature=self.temperature, stream=None, n=None)
        record = trace or Trace()
        calls = [traced_complete(self.backend, again, record) for _ in range(self.n - 1)]
        return list(await asyncio.gather(*calls))

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        answers = [completion, *await self.sample(request, trace)]
        keys = [self.extract(answer.text) for answer in answers]
        key, count = majority(keys)
        share = count / len(answers)
        if key is None:
            return Verdict(False, 0.0, f"consistency failed: no answer found in {len(answers)}")
        chosen = next(a for a, k in zip(answers, keys, strict=True) if k == key)
        shown = key if len(key) <= 40 else key[:40] + "..."
        agree = f"{count}/{len(answers)} agree on {shown!r}"
        if share < self.threshold:
            return Verdict(False, share, f"consistency failed: only {agree}", chosen)
        return Verdict(True, share, f"consistency passed: {agree}", chosen)
