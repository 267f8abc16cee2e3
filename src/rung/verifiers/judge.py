"""A stronger model's one-token verdict on a draft: yes or no, read as P(yes)."""

from __future__ import annotations

import math

from rung.backends.base import Backend
from rung.backends.traced import traced_complete
from rung.types import JSON, ChatRequest, Completion, Trace, content_text
from rung.verifiers.base import Verdict, Verifier

SYSTEM = (
    "You review answers written by another assistant. Reply with exactly one word: "
    "yes if the answer is correct and complete, no otherwise."
)
QUESTION = (
    "Conversation:\n{conversation}\n\nDraft answer:\n{draft}\n\n"
    "Is the draft answer correct and complete? Reply yes or no."
)


def word(token: str) -> str | None:
    """'yes' or 'no' for a token that spells one ("Yes", " NO", "yes."), else None."""
    value = token.strip().strip(".,!:;\"'`*").lower()
    return value if value in ("yes", "no") else None


def p_yes_from_logprobs(tokens: list[JSON]) -> float | None:
    """P(yes) normalised over the yes/no variants among the first token's top_logprobs."""
    if not tokens:
        return None
    first = tokens[0]
    options = first.get("top_logprobs") or [first]
    mass = {"yes": 0.0, "no": 0.0}
    for option in options:
        kind = word(str(option.get("token", "")))
        if kind is not None and option.get("logprob") is not None:
            mass[kind] += math.exp(float(option["logprob"]))
    total = mass["yes"] + mass["no"]
    return mass["yes"] / total if total > 0 else None


def conversation_text(request: ChatRequest) -> str:
    lines = []
    for message in request.messages:
        lines.append(f"{message.get('role', 'user')}: {content_text(message.get('content'))}")
    return "\n".join(lines)


class JudgeVerifier(Verifier):
    """Asks `backend` one short question (max_tokens 1, temperature 0, logprobs) and passes
    when P(yes) reaches `threshold`. Without logprobs, the answer's word decides (1 or 0)."""

    name = "judge"

    def __init__(self, backend: Backend, threshold: float = 0.5) -> None:
        self.backend = backend
        self.threshold = threshold

    def judge_request(self, request: ChatRequest, draft: str) -> ChatRequest:
        question = QUESTION.format(conversation=conversation_text(request), draft=draft)
        body: JSON = {
            "model": self.backend.model,
            "messages": [
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": question},
            ],
            "max_tokens": 1,
            "temperature": 0,
            "logprobs": True,
            "top_logprobs": 5,
        }
        return ChatRequest(body, request.route, request.request_id)

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        answer = await traced_complete(
            self.backend, self.judge_request(request, completion.text), trace or Trace()
        )
        score = p_yes_from_logprobs(answer.logprobs)
        source = "logprobs"
        if score is None:
            kind = word(answer.text.split()[0]) if answer.text.split() else None
            if kind is None:
                return Verdict(False, 0.0, f"judge failed: answered {answer.text!r}, not yes/no")
            score, source = (1.0 if kind == "yes" else 0.0), "text"
        passed = score >= self.threshold
        state = "passed" if passed else "failed"
        return Verdict(passed, score, f"judge {state}: P(yes) = {score:.2f} (from {source})")
