"""One sample of the local model as an OpenAI choice: tool calls parsed out of its text,
exactly `top_logprobs` alternatives per token, and its index among the request's `n`.

`SampleStream` does the same for a streamed sample: content passes on as it comes, but an
answer that is (or may be) tool calls is held back until it is complete, then sent as
`tool_calls` deltas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rung.backends.localchat import ToolPlan, grammar, may_be_calls, parse_calls
from rung.types import JSON

if TYPE_CHECKING:
    from rung.backends.locallogprobs import Recorder


@dataclass(slots=True)
class Plan:
    """`create_chat_completion` arguments, and what to make of the samples."""

    kwargs: JSON
    n: int
    tools: ToolPlan
    top_logprobs: int | None  # None: no logprobs asked for

    def sample(self, index: int) -> JSON:
        """The arguments for sample `index` (a different seed for each, when seeded)."""
        kwargs = dict(self.kwargs)
        if index and kwargs.get("seed") is not None:
            kwargs["seed"] = int(kwargs["seed"]) + index
        if self.tools.mode == "forced" and self.tools.schema is not None:
            kwargs["grammar"] = grammar(self.tools.schema)
        return kwargs


def finish_choice(choice: JSON, plan: Plan, index: int) -> JSON:
    """A whole sample's choice, as OpenAI writes it."""
    choice["index"] = index
    trim_logprobs(choice, plan.top_logprobs)
    message = choice.get("message") or {}
    calls = parse_calls(message.get("content") or "") if plan.tools.mode else None
    if calls:
        choice["message"] = {"role": "assistant", "content": None, "tool_calls": calls}
        choice["finish_reason"] = _calls_finish(choice.get("finish_reason"))
    else:
        choice["message"] = {"role": "assistant", "content": message.get("content") or ""}
    return choice


def _calls_finish(reason: str | None) -> str:
    """`tool_calls`, or `length` when max_tokens cut the answer (its whole calls are kept)."""
    return "length" if reason == "length" else "tool_calls"


def trim_logprobs(choice: JSON, top: int | None) -> None:
    """Exactly `top` alternatives per token, the likeliest first (llama.cpp sometimes adds the
    sampled token as one more); no logprobs at all when none were asked for."""
    if top is None:
        choice.pop("logprobs", None)
        return
    content = (choice.get("logprobs") or {}).get("content")
    for token in content or []:
        alternatives = sorted(token.get("top_logprobs") or [], key=lambda t: -float(t["logprob"]))
        token["top_logprobs"] = alternatives[:top]


class SampleStream:
    """The chunks of one streamed sample, as the client gets them."""

    def __init__(self, plan: Plan, index: int, model: str, put: Callable[[JSON], None]) -> None:
        self.plan, self.index, self.model, self.put = plan, index, model, put
        self.held: list[JSON] | None = [] if plan.tools.mode else None
        self.text: list[str] = []
        self.tokens = 0
        self.finish: str | None = None
        self.envelope: JSON = {}
        self.recorder: Recorder | None = None  # the sample's logprobs, when asked for
        self.sent = 0  # characters of content passed on

    def take(self, chunk: JSON) -> None:
        chunk["model"] = self.model
        self.envelope = {k: chunk[k] for k in ("id", "object", "created", "model") if k in chunk}
        for choice in chunk.get("choices") or []:
            choice["index"] = self.index
            content = (choice.get("delta") or {}).get("content")
            if content:
                self.tokens += 1
                self.text.append(content)
                self.sent += len(content)
            if self.recorder is not None:
                choice["logprobs"] = {"content": self.recorder.claim(self.sent)}
            trim_logprobs(choice, self.plan.top_logprobs)
            self.finish = choice.get("finish_reason") or self.finish
        if self.held is None:
            self.put(chunk)
            return
        self.held.append(chunk)
        if self.plan.tools.mode == "auto" and not may_be_calls("".join(self.text)):
            self._release()

    def close(self) -> None:
        """Send what was held back: tool calls when the answer is calls, else the chunks."""
        if self.held is None:
            return
        calls = parse_calls("".join(self.text))
        if not calls:
            self._release()
            return
        deltas = [{"index": i, **call} for i, call in enumerate(calls)]
        delta: JSON = {"role": "assistant", "content": None, "tool_calls": deltas}
        self._send({"index": self.index, "delta": delta, "finish_reason": None})
        self._send({"index": self.index, "delta": {}, "finish_reason": _calls_finish(self.finish)})

    def _release(self) -> None:
        for chunk in self.held or []:
            self.put(chunk)
        self.held = None

    def _send(self, choice: JSON) -> None:
        self.put({**self.envelope, "object": "chat.completion.chunk", "choices": [choice]})


@dataclass(slots=True)
class TextPlan:
    """`create_completion` arguments for a text request: its prompts (text, or token ids when
    rung built the prompt, as for fill-in-the-middle), `n` samples of each."""

    kwargs: JSON
    prompts: list[str | list[int]]
    prompt_tokens: list[int]  # how many tokens each prompt is
    n: int
    top_logprobs: int | None  # None: no logprobs asked for

    def samples(self) -> list[tuple[int, JSON]]:
        """(choice index, arguments) of every sample: prompt by prompt, `n` of each."""
        result = []
        for p, prompt in enumerate(self.prompts):
            for j in range(self.n):
                kwargs = {**self.kwargs, "prompt": prompt}
                index = p * self.n + j
                if index and kwargs.get("seed") is not None:
                    kwargs["seed"] = int(kwargs["seed"]) + index
                result.append((index, kwargs))
        return result
