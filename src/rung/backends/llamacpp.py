"""A GGUF model run in-process by llama-cpp-python.

Generation runs in one worker thread per model instance, so the event loop never blocks. With
`parallel: 1` one request generates at a time; with `parallel: N` plain chat requests are
generated up to N at once in one batch (`rung.backends.batched`), and the others (see
`_batchable`) run one at a time between the batch's runs on the same thread. A bounded number
of requests may wait; past that the backend answers `Overloaded` (429 with Retry-After),
estimated from recent generation times.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, cast

from rung._errors import (
    BackendBug,
    BackendError,
    BackendRejected,
    ContextTooLong,
    Overloaded,
    RequestError,
)
from rung.backends import batched, fim
from rung.backends.base import Backend, Capabilities
from rung.backends.embedded import model_path
from rung.backends.localchat import ToolPlan, chat_messages, plan_tools
from rung.backends.locallogprobs import Recorder, prompt_entries, recording
from rung.backends.localsample import Plan, SampleStream, TextPlan, finish_choice
from rung.backends.textmode import chat_chunk, chat_completion, prompts, top_logprobs
from rung.config import LlamaCppBackendConfig
from rung.types import JSON, ChatRequest, Chunk, Completion, Usage, envelope

_END = object()
_UNSET = object()


class LlamaCppBackend(Backend):
    def __init__(
        self,
        name: str,
        config: LlamaCppBackendConfig,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.name = name
        self.model = config.model
        self.config = config
        self.capabilities = Capabilities(
            context_window=config.context_window,
            logprobs=config.logprobs,
            residency=config.residency,
            tags=frozenset(config.tags),
            local=True,
        )
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"llama-{name}")
        self._llm: Any = None
        self._pending = 0
        self._seconds = 1.0  # moving average of one request's time on the model, Retry-After
        self._clock = clock
        self._fim: object = _UNSET  # the FIM layout, once known
        # what the model has done (written on its thread only): samples begun, tokens generated
        self.samples = 0
        self.tokens_generated = 0
        self._batcher: batched.Batcher | None = None  # with `parallel` > 1
        self._lock = threading.Lock()  # guards the two below
        self._looping = False  # a batch run is queued or running on the model's thread
        self._serial_waiting = 0  # single-sequence jobs queued: the batch admits none meanwhile

    @property
    def queue_depth(self) -> int:
        waiting = len(self._batcher.waiting) if self._batcher is not None else 0
        return self._pending + waiting

    @property
    def slots_in_use(self) -> int:
        """Sequences in the batch now (0 without batching)."""
        return 0 if self._batcher is None else self._batcher.slots_in_use

    async def start(self) -> None:
        if self._llm is None:
            loop = asyncio.get_running_loop()
            self._llm = await loop.run_in_executor(self._executor, self._load)

    def _load(self) -> Any:
        """Load the model and warm it up (the first generation is slow); on the model thread.

        One instance serves every request: logprobs are read from the last position's logits
        as each token is sampled (`rung.backends.locallogprobs`), never with `logits_all`.
        """
        from llama_cpp import Llama  # heavy: only when a local model is used

        llm = Llama(
            str(model_path(self.config.model)),
            n_ctx=self.config.n_ctx,
            n_threads=self.config.n_threads,
            n_threads_batch=self.config.n_threads_batch,
            n_batch=self.config.n_batch,
            verbose=False,
        )
        llm.create_chat_completion([{"role": "user", "content": "hi"}], max_tokens=1)
        if self.config.parallel > 1:
            self._batcher = batched.Batcher(
                llm, self.config.parallel, self.config.n_ctx, self.config.n_batch, self._count
            )
        return llm

    def _count(self, samples: int, tokens: int) -> None:
        self.samples += samples
        self.tokens_generated += tokens

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._batcher is not None:  # its context and KV cache, not only at the process's end
            self._batcher.close()

    def count_tokens(self, text: str) -> int:
        if self._llm is None:
            return math.ceil(len(text.encode()) / 2)
        return len(self._llm.tokenize(text.encode(), add_bos=False, special=True))

    def _submit(self, job: Callable[[], Any]) -> Future[Any]:
        """Queue `job` on the model's thread, or raise Overloaded when the queue is full.

        Retry-After is the recent time of one request on the model (measured from when it
        starts running, not from when it was queued): a place in the queue frees up when the
        running request ends."""
        if self._pending > self.config.max_queue:
            raise Overloaded(
                f"{self.name}: {self._pending} requests are already queued for the local model",
                backend=self.name,
                retry_after=self._seconds,
            )
        self._pending += 1
        loop = asyncio.get_running_loop()
        with self._lock:
            self._serial_waiting += 1

        def timed() -> Any:
            self._unwait()
            started = self._clock()
            try:
                return job()
            finally:
                elapsed = self._clock() - started
                _call_soon(loop, self._measured, elapsed)

        future = self._executor.submit(timed)
        future.add_done_callback(lambda _: _call_soon(loop, self._finished))
        future.add_done_callback(lambda f: self._unwait() if f.cancelled() else None)
        return future

    def _unwait(self) -> None:
        with self._lock:
            self._serial_waiting -= 1

    def _measured(self, seconds: float) -> None:
        self._seconds = 0.7 * self._seconds + 0.3 * seconds

    def _finished(self) -> None:
        self._pending -= 1

    async def complete(self, request: ChatRequest) -> Completion:
        await self.start()
        if self._batchable(request):
            return await self._complete_batched(request)
        job = self._text_job(request) if request.is_text else self._chat_job(request)
        stop = threading.Event()
        future = self._submit(lambda: job(stop))
        try:
            result = await asyncio.wrap_future(future)
        except asyncio.CancelledError:  # superseded, or the client went away: stop generating
            stop.set()
            raise
        except ValueError as exc:
            raise _request_error(self.name, exc) from exc
        except Exception as exc:  # a bug on our side of the model, not the model being down
            raise BackendBug(f"{self.name}: generation failed: {exc}", backend=self.name) from exc
        return Completion(_plain(result))

    def _chat_job(self, request: ChatRequest) -> Callable[[threading.Event], JSON]:
        plan = self._plan(request)
        return lambda stop: self._complete_all(plan)

    def _text_job(self, request: ChatRequest) -> Callable[[threading.Event], JSON]:
        plan = self._text_plan(request)
        return lambda stop: self._complete_text(plan, stop)

    def _complete_all(self, plan: Plan) -> JSON:
        """Runs on the model's thread: `n` samples, one after another, as one completion."""
        llm = self._llm
        result: JSON = {}
        choices, prompt, generated = [], 0, 0
        for index in range(plan.n):
            self.samples += 1
            with recording(llm, plan.top_logprobs) as recorder:
                result = llm.create_chat_completion(**plan.sample(index))
            choice = result["choices"][0]
            if recorder is not None:
                text = (choice.get("message") or {}).get("content") or ""
                choice["logprobs"] = {"content": recorder.entries(text)}
            choices.append(finish_choice(choice, plan, index))
            prompt = result["usage"]["prompt_tokens"]
            generated += result["usage"]["completion_tokens"]
            self.tokens_generated += result["usage"]["completion_tokens"]
        result["model"], result["choices"] = self.model, choices
        result["usage"] = Usage(prompt, generated).to_json()
        return result

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        await self.start()
        if self._batchable(request):
            batch = self._stream_batched(request)
            try:
                async for chunk in batch:
                    yield chunk
            finally:
                await batch.aclose()  # now, not when collected: its sequence ends at once
            return
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        stop = threading.Event()

        def put(item: Any) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, item)

        if request.is_text:
            text_plan = self._text_plan(request)
            job = self._submit(lambda: self._produce_text(text_plan, put, stop))
        else:
            plan = self._plan(request)
            job = self._submit(lambda: self._produce(plan, put, stop))
        try:
            while (item := await queue.get()) is not _END:
                if isinstance(item, ValueError):
                    raise _request_error(self.name, item)
                if isinstance(item, Exception):
                    raise BackendBug(f"{self.name}: generation failed: {item}", backend=self.name)
                yield Chunk(item)
        finally:
            stop.set()
            job.cancel()  # still queued (superseded, or the client gone): it never runs

    def _produce(self, plan: Plan, put: Callable[[Any], None], stop: threading.Event) -> None:
        """Runs on the model's thread: generate, handing each chunk to the event loop."""
        try:
            llm = self._llm
            prompt, generated, envelope = 0, 0, {}
            for index in range(plan.n):
                self.samples += 1
                sample = SampleStream(plan, index, self.model, lambda c: put(_plain(c)))
                with recording(llm, plan.top_logprobs) as sample.recorder:
                    for chunk in llm.create_chat_completion(stream=True, **plan.sample(index)):
                        if stop.is_set():
                            return
                        sample.take(chunk)
                sample.close()
                envelope, generated = sample.envelope, generated + sample.tokens
                self.tokens_generated += sample.tokens
                if index == 0:
                    prompt = max(0, llm.n_tokens - sample.tokens)
            put({**envelope, "choices": [], "usage": Usage(prompt, generated).to_json()})
        except Exception as exc:
            put(exc)
        finally:
            put(_END)

    def _complete_text(self, plan: TextPlan, stop: threading.Event) -> JSON:
        """Runs on the model's thread: every prompt's samples as one chat-shaped completion."""
        llm = self._llm
        result: JSON = {}
        choices, generated, logprobs = [], 0, {}
        for index, kwargs in plan.samples():
            self.samples += 1
            with recording(llm, plan.top_logprobs) as recorder:
                if recorder is not None and kwargs.get("echo"):
                    recorder.echo(prompt_entries(llm, self._prompt_ids(kwargs), recorder.top))
                result = llm.create_completion(stopping_criteria=self._halt(stop), **kwargs)
            choices.append({**result["choices"][0], "index": index})
            if recorder is not None:
                logprobs[index] = {"content": recorder.entries(choices[-1]["text"] or "")}
            generated += result["usage"]["completion_tokens"]
        result["choices"] = choices
        result["usage"] = Usage(sum(plan.prompt_tokens), generated).to_json()
        answer = chat_completion(result, plan.top_logprobs, self.model)
        for choice in answer["choices"]:
            if choice["index"] in logprobs:
                choice["logprobs"] = logprobs[choice["index"]]
        return answer

    def _prompt_ids(self, kwargs: JSON) -> list[int]:
        """The tokens llama-cpp-python evaluates for a text prompt."""
        prompt = kwargs["prompt"]
        if isinstance(prompt, list):
            return list(prompt)
        return list(self._llm.tokenize(str(prompt).encode(), add_bos=True, special=True))

    def _produce_text(
        self, plan: TextPlan, put: Callable[[Any], None], stop: threading.Event
    ) -> None:
        """Runs on the model's thread: a text request's chunks, chat-shaped, to the loop."""
        try:
            begun: set[int] = set()
            generated, last = 0, {}
            for index, kwargs in plan.samples():
                if stop.is_set():
                    return
                self.samples += 1
                with recording(self._llm, plan.top_logprobs) as recorder:
                    for chunk in self._text_chunks(kwargs, index, stop, recorder):
                        generated += bool(chunk["choices"][0].get("text"))
                        last = chat_chunk(chunk, plan.top_logprobs, begun, self.model)
                        if recorder is not None:
                            last["choices"][0]["logprobs"] = {"content": chunk["_logprobs"]}
                        put(_plain(last))
            usage = Usage(sum(plan.prompt_tokens), generated).to_json()
            put({**envelope(last), "choices": [], "usage": usage})
        except Exception as exc:
            put(exc)
        finally:
            put(_END)

    def _text_chunks(
        self, kwargs: JSON, index: int, stop: threading.Event, recorder: Recorder | None
    ) -> Iterator[JSON]:
        """One text sample's stream chunks (on the model's thread), indexed, the echoed prompt
        in the first, each with the logprobs of its text in `_logprobs` when recording."""
        llm, echo = self._llm, kwargs["prompt"] if kwargs.get("echo") else ""
        if recorder is not None and echo:
            recorder.echo(prompt_entries(llm, self._prompt_ids(kwargs), recorder.top))
        sent = 0
        halt = self._halt(stop)
        for chunk in llm.create_completion(stream=True, stopping_criteria=halt, **kwargs):
            if stop.is_set():
                return
            choice = chunk["choices"][0]  # the stream leaves the echoed prompt out
            choice["index"], choice["text"] = index, echo + (choice.get("text") or "")
            choice["logprobs"], echo = None, ""
            sent += len(choice["text"])
            if recorder is not None:
                chunk["_logprobs"] = recorder.claim(sent)
            yield chunk

    def _halt(self, stop: threading.Event) -> Any:
        """A llama-cpp stopping criterion, asked after every generated token: it counts the
        token and ends the generation once `stop` is set (superseded, or the client gone)."""
        from llama_cpp import StoppingCriteriaList

        def halt(_ids: Any, _logits: Any) -> bool:
            self.tokens_generated += 1
            return stop.is_set()

        return StoppingCriteriaList([halt])

    def _text_plan(self, request: ChatRequest) -> TextPlan:
        """Translate a text request into `create_completion` arguments (on the event loop:
        tokenising is quick and reads only the vocabulary)."""
        body = request.body
        top = top_logprobs(body)
        if top is not None and not self.config.logprobs:
            raise RequestError(f"{self.name} is configured without logprobs", param="logprobs")
        kwargs: JSON = {
            "temperature": body.get("temperature", 1.0),
            "top_p": body.get("top_p", 1.0),
            "max_tokens": body.get("max_tokens") or self.config.default_max_tokens,
        }
        for key in ("stop", "seed", "presence_penalty", "frequency_penalty", "logit_bias"):
            if body.get(key) is not None:
                kwargs[key] = body[key]
        texts = prompts(body)
        if isinstance(body.get("suffix"), str):
            built = self._fim_prompts(request, texts)
            return TextPlan(kwargs, list(built), [len(t) for t in built], _n(body), top)
        kwargs["echo"] = bool(body.get("echo"))
        counts = [len(self._llm.tokenize(t.encode(), add_bos=True, special=True)) for t in texts]
        return TextPlan(kwargs, list(texts), counts, _n(body), top)

    def _fim_prompts(self, request: ChatRequest, texts: list[str]) -> list[list[int]]:
        """Each prompt (the code before the cursor) with the suffix, as the model's FIM layout
        lays them out (`rung.backends.fim`); a model without one is the client's 400."""
        if request.body.get("echo"):
            raise RequestError("echo cannot be used with suffix", param="echo")
        layout = self._fim_layout()
        if layout is None:
            how = (
                "is configured with fim: none"
                if self.config.fim == "none"
                else (
                    "declares no fill-in-the-middle tokens and is of no family rung knows; set "
                    f"`fim: {'|'.join(fim.TEMPLATES)}` on it in the config"
                )
            )
            raise RequestError(
                f"fill-in-the-middle (suffix) is not available on {self.name}: the model "
                f"{self.model} {how}",
                param="suffix",
            )
        llm, suffix = self._llm, str(request.body["suffix"])

        def tokenize(text: str, special: bool) -> list[int]:
            return list(llm.tokenize(text.encode(), add_bos=False, special=special))

        bos = [llm.token_bos()] if llm._model.add_bos_token() and llm.token_bos() >= 0 else []
        return [bos + layout.tokens(prefix, suffix, tokenize) for prefix in texts]

    def _fim_layout(self) -> fim.Layout | None:
        """The model's FIM layout (read once from its vocabulary and metadata)."""
        if self._fim is _UNSET:
            model = self._llm._model
            declared = fim.FimTokens(
                model.token_prefix(), model.token_suffix(), model.token_middle()
            )
            self._fim = fim.choose(self.config.fim, declared, self._llm.metadata)
        return cast("fim.Layout | None", self._fim)

    def fills_in_the_middle(self) -> bool | None:
        """Whether a request with a suffix can run here (None until the model is loaded)."""
        return None if self._llm is None else self._fim_layout() is not None

    def _plan(self, request: ChatRequest) -> Plan:
        """Translate an OpenAI request into `create_chat_completion` arguments."""
        body = request.body
        if body.get("logprobs") and not self.config.logprobs:
            raise RequestError(f"{self.name} is configured without logprobs", param="logprobs")
        tools = plan_tools(body)
        max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
        kwargs: JSON = {
            "messages": chat_messages(body, tools),
            "temperature": body.get("temperature", 1.0),
            "top_p": body.get("top_p", 1.0),
            "max_tokens": max_tokens or self.config.default_max_tokens,
        }
        for key in ("stop", "seed", "presence_penalty", "frequency_penalty"):
            if body.get(key) is not None:
                kwargs[key] = body[key]
        top_logprobs = None
        if body.get("logprobs"):
            top_logprobs = int(body.get("top_logprobs") or 0)
        if body.get("response_format") and tools.mode != "forced":
            kwargs["response_format"] = _response_format(body["response_format"])
        return Plan(kwargs, int(body.get("n") or 1), tools, top_logprobs)

    def _batchable(self, request: ChatRequest) -> bool:
        """Whether the batch can serve `request` exactly: a chat request for one sample, with
        no logprobs, grammar (response_format, forced tools), tools, penalties or logit bias;
        temperature, top_p, seed, stop and max_tokens are per sequence."""
        body = request.body
        return (
            self._batcher is not None
            and not request.is_text
            and _n(body) == 1
            and not body.get("logprobs")
            and not body.get("response_format")
            and not body.get("tools")
            and not body.get("functions")
            and not any(body.get(k) for k in ("presence_penalty", "frequency_penalty"))
            and not body.get("logit_bias")
        )

    def _sequence(self, request: ChatRequest, put: Callable[[Any], None]) -> batched.Sequence:
        """A batched request's sequence (on the event loop: formatting reads the template)."""
        body = request.body
        messages = chat_messages(body, ToolPlan(None))
        prompt, stops = batched.chat_prompt(self._llm, messages, body.get("stop"))
        if len(prompt) >= self.config.n_ctx:
            raise ContextTooLong(
                f"{self.name}: Requested tokens ({len(prompt)}) exceed context window of "
                f"{self.config.n_ctx}"
            )
        max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
        seed = body.get("seed")
        return batched.Sequence(
            prompt=prompt,
            stops=stops,
            max_tokens=int(max_tokens or self.config.default_max_tokens),
            temperature=float(body.get("temperature", 1.0)),
            top_p=float(body.get("top_p", 1.0)),
            seed=None if seed is None else int(seed),
            model=self.model,
            put=put,
        )

    async def _stream_batched(self, request: ChatRequest) -> AsyncGenerator[Chunk, None]:
        batcher = self._batcher
        assert batcher is not None
        if len(batcher.waiting) > self.config.max_queue:
            raise Overloaded(
                f"{self.name}: {len(batcher.waiting)} requests are already queued for the "
                "local model",
                backend=self.name,
                retry_after=self._seconds,
            )
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        seq = self._sequence(request, lambda item: _call_soon(loop, queue.put_nowait, item))
        self._enqueue(batcher, seq)
        try:
            while (item := await queue.get()) is not batched.END:
                if isinstance(item, batched.Closed):
                    raise BackendError(f"{self.name}: {item}", backend=self.name)
                if isinstance(item, Exception):
                    raise BackendBug(f"{self.name}: generation failed: {item}", backend=self.name)
                yield Chunk(item)
        finally:
            seq.cancel.set()  # the client gone: the sequence ends at the next step

    async def _complete_batched(self, request: ChatRequest) -> Completion:
        text: list[str] = []
        finish: str | None = None
        last: JSON = {}
        usage: JSON = {}
        async for chunk in self._stream_batched(request):
            last = chunk.data
            for choice in last["choices"]:
                text.append(choice["delta"].get("content") or "")
                finish = choice["finish_reason"] or finish
            usage = last.get("usage") or usage
        message = {"role": "assistant", "content": "".join(text)}
        return Completion(
            {
                **envelope(last),
                "object": "chat.completion",
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": usage,
            }
        )

    def _enqueue(self, batcher: batched.Batcher, seq: batched.Sequence) -> None:
        """Add `seq` to the batch; start a batch run on the model's thread if none is on."""
        with self._lock:
            batcher.add(seq)
            if self._looping:
                return
            self._looping = True
        self._executor.submit(self._run_batch, batcher)

    def _run_batch(self, batcher: batched.Batcher) -> None:
        """On the model's thread: run the batch until it is empty. While single-sequence jobs
        wait, nothing new is admitted; once the batch drains this run ends and queues itself
        again behind them."""
        batcher.run(lambda: self._serial_waiting == 0)
        with self._lock:
            with batcher.lock:
                waiting = bool(batcher.waiting)
            if not waiting:
                self._looping = False
                return
        with contextlib.suppress(RuntimeError):  # RuntimeError: the backend closed
            self._executor.submit(self._run_batch, batcher)


def _call_soon(loop: asyncio.AbstractEventLoop, callback: Callable[..., None], *args: Any) -> None:
    """`callback` on the event loop, unless the loop has closed (a job ending after the app)."""
    if not loop.is_closed():
        loop.call_soon_threadsafe(callback, *args)


def _n(body: JSON) -> int:
    return int(body.get("n") or 1)


def _response_format(value: JSON) -> JSON:
    kind = value.get("type")
    if kind == "json_schema":
        schema = (value.get("json_schema") or {}).get("schema")
        return {"type": "json_object", "schema": schema} if schema else {"type": "json_object"}
    if kind in ("json_object", "text"):
        return value
    raise RequestError(
        "response_format.type must be text, json_object or json_schema", param="response_format"
    )


def _request_error(name: str, exc: ValueError) -> RequestError:
    """llama-cpp-python's ValueError: the client's request does not suit the model."""
    if "context window" in str(exc):
        return ContextTooLong(f"{name}: {exc}")
    return BackendRejected(f"{name}: {exc}", backend=name)


def _plain(value: Any) -> Any:
    """Numpy scalars (llama-cpp's logprobs) as plain floats, so that orjson can write them."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        return value.item()
    return value
