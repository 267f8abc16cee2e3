"""Pattern 3, the advisor: a cheaper executor drives the work and consults a stronger model on
the hard parts; the executor writes what the user sees.

Two forms:
- **tool**: the executor is offered a `consult_advisor(question)` tool beside the client's own
  tools. When it calls it, the advisor answers from the conversation so far (whole, or
  compressed) plus the question, the answer goes back as the tool's result, and the executor
  continues. The client never sees this tool. After `max_consults` the tool is withdrawn.
- **orchestrated**, for executors without tool calls: the executor drafts, the advisor reviews
  ("what is wrong or missing, briefly"), the executor revises; up to `max_consults` rounds,
  skipped when a verifier passes the draft or the advisor answers OK.

Streaming pauses while the advisor (or a draft that is not sent) is awaited, and yields
`KeepAlive` chunks, which the gateway writes as SSE comments (`: consulting advisor`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from rung._errors import BackendError
from rung.backends.base import Backend
from rung.config import RouteSection
from rung.patterns import toolcalls as tc
from rung.patterns.base import Pattern, completion_chunks, traced_complete, traced_stream
from rung.patterns.context import clip, transcript
from rung.patterns.keepalive import KEEPALIVE_SECONDS, KeepAlive, waiting
from rung.section import Section
from rung.types import JSON, ChatRequest, Chunk, Completion, Trace, Usage

if TYPE_CHECKING:
    from rung.verifiers.base import Verifier

ADVISOR_PROMPT = (
    "You advise an assistant that is answering a user. Answer the assistant's question briefly "
    "and concretely: what to do, or what is wrong or missing. Do not write the final answer."
)
REVIEW_QUESTION = (
    "My draft answer to the last message is:\n\n{draft}\n\nWhat is wrong or missing in it? "
    "Answer briefly. If nothing is wrong, answer only: OK"
)
REVISE_PROMPT = (
    "A reviewer read your answer and said:\n\n{advice}\n\nWrite your answer again, improved by "
    "this advice. Write only the new answer."
)
LAST_CONSULT = "\n\n(That was the last consultation available for this request.)"
NO_MORE = "No more advice is available for this request; continue with what you have."


class AdvisorRoute(RouteSection):
    """`{pattern: advisor, executor: local, advisor: hosted, max_consults: 2}`."""

    pattern: str = "advisor"
    executor: str
    advisor: str
    max_consults: int = Field(default=2, ge=0)
    form: Literal["auto", "tool", "orchestrated"] = "auto"
    context: Literal["full", "compressed"] = "full"
    advice_max_tokens: int = Field(default=256, ge=1)
    advisor_prompt: str = ADVISOR_PROMPT
    keepalive_seconds: float = Field(default=KEEPALIVE_SECONDS, gt=0)
    stream_tool_rounds: bool = True
    verify: list[Any] = Field(default_factory=list)
    refs: ClassVar[tuple[str, ...]] = ("executor", "advisor")
    verifier_lists: ClassVar[tuple[str, ...]] = ("verify",)


@dataclass
class Budget:
    """The consultations one request has left."""

    left: int
    done: int = 0


class Advisor(Pattern):
    name = "advisor"

    def __init__(
        self,
        executor: Backend,
        advisor: Backend,
        *,
        max_consults: int = 2,
        form: str = "auto",
        context: str = "full",
        advice_max_tokens: int = 256,
        advisor_prompt: str = ADVISOR_PROMPT,
        verifier: Verifier | None = None,
        keepalive_seconds: float = KEEPALIVE_SECONDS,
        stream_tool_rounds: bool = True,
    ) -> None:
        self.executor, self.advisor = executor, advisor
        self.max_consults, self.form, self.context = max_consults, form, context
        self.advice_max_tokens, self.advisor_prompt = advice_max_tokens, advisor_prompt
        self.verifier, self.keepalive_seconds = verifier, keepalive_seconds
        self.stream_tool_rounds = stream_tool_rounds

    def backends(self) -> list[Backend]:
        return [self.executor, self.advisor]

    @property
    def tool_form(self) -> bool:
        return self.form == "tool" or (self.form == "auto" and self.executor.capabilities.tools)

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        trace.answered_by = self.executor.name
        self._say_form(trace)
        if self.tool_form:
            return await self._tool_complete(request, trace)
        return await self._orchestrated_complete(request, trace)

    def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        trace.answered_by = self.executor.name
        self._say_form(trace)
        if self.tool_form:
            return self._tool_stream(request, trace)
        return self._orchestrated_stream(request, trace)

    def _say_form(self, trace: Trace) -> None:
        why = f"form: {self.form}; {self.executor.name} tools={self.executor.capabilities.tools}"
        trace.decide("advisor form", "tool" if self.tool_form else "orchestrated", why)

    # ---- consulting ----------------------------------------------------------------------

    async def advise(
        self, request: ChatRequest, conversation: list[JSON], question: str, trace: Trace, n: int
    ) -> str | None:
        """The advisor's answer to `question` about `conversation`; None when it failed."""
        text = transcript(conversation, compressed=self.context == "compressed")
        body: JSON = {
            "model": self.advisor.model,
            "messages": [
                {"role": "system", "content": self.advisor_prompt},
                {
                    "role": "user",
                    "content": f"The conversation so far:\n\n{text}\n\nThe assistant asks you: "
                    f"{question}",
                },
            ],
            "max_tokens": self.advice_max_tokens,
        }
        step = f"consult {n}"
        try:
            completion = await traced_complete(
                self.advisor, ChatRequest(body, request.route, request.request_id), trace
            )
        except BackendError as exc:
            trace.decide(step, "failed", f"question {clip(question, 200)!r}; {exc.message}")
            return None
        call, advice = trace.calls[-1], completion.text.strip()
        trace.decide(
            step,
            "advised",
            f"question {clip(question, 200)!r}; advice {len(advice)} chars, "
            f"{call.completion_tokens} tokens; context {self.context}, {call.prompt_tokens} "
            f"prompt tokens; advisor {self.advisor.name} {call.latency_ms:.0f} ms; "
            f"cost {call.cost:.6f}",
        )
        return advice

    async def _answer_call(
        self,
        request: ChatRequest,
        call: JSON,
        conversation: list[JSON],
        budget: Budget,
        trace: Trace,
    ) -> str:
        """The tool result for one consult_advisor call, within the budget."""
        question = tc.question_of(call)
        if budget.left <= 0:
            reason = f"max_consults={self.max_consults} reached; question {clip(question, 200)!r}"
            trace.decide(f"consult {budget.done + 1}", "refused", reason)
            return NO_MORE
        budget.left -= 1
        budget.done += 1
        advice = await self.advise(request, conversation, question, trace, budget.done)
        if advice is None:
            advice = "The advisor could not be reached; continue with what you have."
        return advice + (LAST_CONSULT if budget.left == 0 else "")

    # ---- tool form -----------------------------------------------------------------------

    def _executor_request(
        self, request: ChatRequest, messages: list[JSON], offer: bool, stream: bool
    ) -> ChatRequest:
        """The executor's request: the client's, with the conversation so far, and the
        consult_advisor tool beside the client's tools while consultations are left."""
        fields: dict[str, Any] = {"messages": list(messages), "stream": stream or None}
        fields["stream_options"] = None
        if not offer:
            return request.replace(**fields)
        choice = request.body.get("tool_choice")
        if choice == "none":  # the client wants none of its tools called; the advisor stays
            tools, choice = [tc.CONSULT_TOOL], "auto"
        else:
            tools = [*(request.body.get("tools") or []), tc.CONSULT_TOOL]
        return request.replace(**fields, tools=tools, tool_choice=choice or "auto")

    async def _tool_complete(self, request: ChatRequest, trace: Trace) -> Completion:
        messages, budget, usage = list(request.messages), Budget(self.max_consults), Usage()
        for _ in range(self.max_consults + 2):
            offer = budget.left > 0
            ask = self._executor_request(request, messages, offer, stream=False)
            completion = await traced_complete(self.executor, ask, trace)
            usage = tc.add(usage, completion.usage)
            consults, client_calls = tc.split_calls(completion.message)
            if not consults or client_calls:
                self._note_dropped(consults, trace)
                return tc.client_view(completion, usage)
            calls = tc.with_ids(consults, budget.done)
            conversation = list(messages)
            messages.append(tc.assistant_turn(completion.message.get("content"), calls))
            for call in calls:
                result = await self._answer_call(request, call, conversation, budget, trace)
                messages.append(tc.tool_result(call, result))
        self._note_stopped(trace)
        return tc.client_view(completion, usage)

    def _note_dropped(self, consults: list[JSON], trace: Trace) -> None:
        if consults:
            reason = "the same turn called the client's tools, which go to the client first"
            trace.decide("consult", "dropped", reason)

    def _note_stopped(self, trace: Trace) -> None:
        reason = f"the executor kept calling {tc.CONSULT} after max_consults={self.max_consults}"
        trace.decide("advisor", "stopped", reason)

    async def _tool_stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        messages, budget, usage = list(request.messages), Budget(self.max_consults), Usage()
        turn = tc.RoundStream()
        for _ in range(self.max_consults + 2):
            offer = budget.left > 0
            ask = self._executor_request(request, messages, offer, stream=True)
            turn = tc.RoundStream(role_sent=turn.role_sent)
            async for chunk in self._round(ask, offer, trace):
                out = chunk if isinstance(chunk, KeepAlive) else turn.take(chunk)
                if out is not None:
                    yield out
            usage = tc.add(usage, turn.usage)
            consults = turn.consult_calls()
            if not consults or turn.client:
                self._note_dropped(consults, trace)
                break
            calls = tc.with_ids(consults, budget.done)
            conversation = list(messages)
            messages.append(tc.assistant_turn("".join(turn.text), calls))
            for call in calls:
                job = self._answer_call(request, call, conversation, budget, trace)
                answered = waiting(job, "consulting advisor", self.keepalive_seconds)
                async for keepalive in answered:
                    yield keepalive
                messages.append(tc.tool_result(call, answered.result()))
        else:
            self._note_stopped(trace)
        for chunk in turn.closing(usage):
            yield chunk

    async def _round(self, ask: ChatRequest, offer: bool, trace: Trace) -> AsyncIterator[Chunk]:
        """One executor turn as chunks: streamed live, or, while the tool is offered and
        `stream_tool_rounds` is off, generated whole (keep-alives meanwhile) and then cut
        into chunks, for servers that cannot stream a tool choice."""
        if not offer or self.stream_tool_rounds:
            async for chunk in traced_stream(self.executor, ask, trace):
                yield chunk
            return
        job = traced_complete(self.executor, ask.replace(stream=None), trace)
        whole = waiting(job, "working", self.keepalive_seconds)
        async for keepalive in whole:
            yield keepalive
        for chunk in completion_chunks(whole.result()):
            yield chunk

    # ---- orchestrated form ---------------------------------------------------------------

    def _drafting(self, request: ChatRequest) -> ChatRequest:
        """The draft's request, with what the verifier reads (logprobs) asked for."""
        return request if self.verifier is None else self.verifier.prepare(request)

    async def _passes(self, request: ChatRequest, draft: Completion, trace: Trace) -> bool:
        if self.verifier is None:
            return False
        verdict = await self.verifier.decide(request, draft, trace, "verify draft")
        return verdict.passed

    async def _review(
        self, request: ChatRequest, draft: Completion, trace: Trace, n: int
    ) -> str | None:
        """The advisor's review of `draft`; None when it finds nothing wrong or failed."""
        question = REVIEW_QUESTION.format(draft=draft.text)
        advice = await self.advise(request, request.messages, question, trace, n)
        if advice is not None and advice.strip().rstrip(".!").upper() == "OK":
            trace.decide(f"review {n}", "accepted", "the advisor found nothing wrong")
            return None
        return advice

    def _revision(self, request: ChatRequest, draft: Completion, advice: str) -> ChatRequest:
        messages = [
            *request.messages,
            {"role": "assistant", "content": draft.text},
            {"role": "user", "content": REVISE_PROMPT.format(advice=advice)},
        ]
        return request.replace(messages=messages)

    async def _orchestrated_complete(self, request: ChatRequest, trace: Trace) -> Completion:
        plain = request.replace(stream=None, stream_options=None)
        answer = await traced_complete(self.executor, self._drafting(plain), trace)
        usage = answer.usage
        for n in range(1, self.max_consults + 1):
            if await self._passes(request, answer, trace):
                break
            advice = await self._review(request, answer, trace, n)
            if advice is None:
                break
            answer = await traced_complete(
                self.executor, self._revision(plain, answer, advice), trace
            )
            usage = tc.add(usage, answer.usage)
        return tc.client_view(answer, usage)

    async def _orchestrated_stream(
        self, request: ChatRequest, trace: Trace
    ) -> AsyncIterator[Chunk]:
        plain = request.replace(stream=None, stream_options=None)
        every = self.keepalive_seconds
        draft = waiting(
            traced_complete(self.executor, self._drafting(plain), trace), "drafting", every
        )
        async for keepalive in draft:
            yield keepalive
        answer = draft.result()
        usage = answer.usage
        for n in range(1, self.max_consults + 1):
            if self.verifier is not None:
                check = waiting(self._passes(request, answer, trace), "checking the draft", every)
                async for keepalive in check:
                    yield keepalive
                if check.result():
                    break
            review = waiting(self._review(request, answer, trace, n), "consulting advisor", every)
            async for keepalive in review:
                yield keepalive
            advice = review.result()
            if advice is None:
                break
            revision = self._revision(plain, answer, advice)
            if n == self.max_consults:  # the last revision is not reviewed: stream it live
                async for chunk in _with_usage(
                    traced_stream(self.executor, revision.replace(stream=True), trace), usage
                ):
                    yield chunk
                return
            revised = waiting(traced_complete(self.executor, revision, trace), "revising", every)
            async for keepalive in revised:
                yield keepalive
            answer = revised.result()
            usage = tc.add(usage, answer.usage)
        for chunk in completion_chunks(tc.client_view(answer, usage)):
            yield chunk


async def _with_usage(chunks: AsyncIterator[Chunk], earlier: Usage) -> AsyncIterator[Chunk]:
    """`chunks`, with `earlier` added to the usage chunk (the draft's and revisions' tokens)."""
    async for chunk in chunks:
        if chunk.usage is not None and not chunk.data.get("choices"):
            chunk = Chunk({**chunk.data, "usage": tc.add(earlier, chunk.usage).to_json()})
        yield chunk


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    """The pattern for an `advisor` route."""
    assert isinstance(config, AdvisorRoute)
    verifier = None
    if config.verify:
        from rung.verifiers import build_verifier

        spec = config.verify[0] if len(config.verify) == 1 else {"all": config.verify}
        verifier = build_verifier(spec, backends, default_model=config.executor)
    return Advisor(
        backends[config.executor],
        backends[config.advisor],
        max_consults=config.max_consults,
        form=config.form,
        context=config.context,
        advice_max_tokens=config.advice_max_tokens,
        advisor_prompt=config.advisor_prompt,
        verifier=verifier,
        keepalive_seconds=config.keepalive_seconds,
        stream_tool_rounds=config.stream_tool_rounds,
    )
