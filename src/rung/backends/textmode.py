"""Text completions (`prompt`, maybe `suffix`) answered in the chat shape rung carries inside.

Both backends run a text request as a plain completion (llama-cpp-python's
`create_completion`, an upstream's `/completions`) and turn its `text_completion` answer into a
`chat.completion` (`choices[i].message.content` = the text) and its chunks into
`chat.completion.chunk`s (`delta.content`); the client's dialect writes them back in its own
form. Logprobs (`logprobs: k`) take the chat shape (`logprobs.content[{token, logprob,
top_logprobs}]`) so that patterns and verifiers read them as they do for chat.
"""

from __future__ import annotations

from typing import Any

from rung.types import JSON

TEXT_FIELDS = (  # the text-completion fields passed on to a model or an upstream
    "prompt", "suffix", "max_tokens", "temperature", "top_p", "stop", "seed", "logprobs",
    "echo", "n", "presence_penalty", "frequency_penalty", "user", "best_of", "logit_bias",
)  # fmt: skip


def prompts(body: JSON) -> list[str]:
    """The request's prompts: a list prompt gives one answer per item."""
    prompt = body.get("prompt")
    if isinstance(prompt, list):
        return [str(p) for p in prompt] or [""]
    return [str(prompt or "")]


def top_logprobs(body: JSON) -> int | None:
    """How many alternatives per token the request asks for; None: no logprobs at all."""
    value = body.get("logprobs")
    if value is None or value is False:
        return None
    if value is True:  # a chat-style flag on a text request: the sampled token only
        return int(body.get("top_logprobs") or 0)
    return int(value)


def chat_logprobs(logprobs: Any, top: int | None) -> JSON | None:
    """A text completion's logprobs (`tokens`, `token_logprobs`, `top_logprobs`) in the chat
    shape, with exactly `top` alternatives per token (likeliest first)."""
    if top is None or not isinstance(logprobs, dict):
        return None
    tokens = logprobs.get("tokens") or []
    values = logprobs.get("token_logprobs") or []
    tops = logprobs.get("top_logprobs") or []
    content = []
    for i, token in enumerate(tokens):
        value = values[i] if i < len(values) else None
        alternatives = tops[i] if i < len(tops) and isinstance(tops[i], dict) else {}
        ranked = sorted(alternatives.items(), key=lambda item: -float(item[1]))[:top]
        content.append(
            {
                "token": token,
                "logprob": float(value) if value is not None else None,
                "bytes": list(str(token).encode()),
                "top_logprobs": [
                    {"token": t, "logprob": float(lp), "bytes": list(str(t).encode())}
                    for t, lp in ranked
                ],
            }
        )
    return {"content": content}


def chat_choice(choice: JSON, index: int, top: int | None) -> JSON:
    """One text_completion choice as a chat.completion choice."""
    result: JSON = {
        "index": index,
        "message": {"role": "assistant", "content": choice.get("text") or ""},
        "finish_reason": choice.get("finish_reason") or "stop",
    }
    logprobs = chat_logprobs(choice.get("logprobs"), top)
    if logprobs is not None:
        result["logprobs"] = logprobs
    return result


def chat_completion(data: JSON, top: int | None, model: str | None = None) -> JSON:
    """A whole text_completion answer as a chat.completion (choice indexes kept)."""
    choices = [chat_choice(c, int(c.get("index") or 0), top) for c in data.get("choices") or []]
    choices.sort(key=lambda c: int(c["index"]))
    return _envelope(data, "chat.completion", model, choices)


def chat_chunk(data: JSON, top: int | None, first: set[int], model: str | None = None) -> JSON:
    """A text_completion stream chunk as a chat.completion.chunk. `first` holds the choice
    indexes already begun: a choice's first delta carries the assistant role."""
    choices = []
    for choice in data.get("choices") or []:
        index = int(choice.get("index") or 0)
        delta: JSON = {}
        if index not in first:
            first.add(index)
            delta["role"] = "assistant"
        text = choice.get("text")
        if text:
            delta["content"] = text
        item: JSON = {"index": index, "delta": delta,
                      "finish_reason": choice.get("finish_reason")}  # fmt: skip
        logprobs = chat_logprobs(choice.get("logprobs"), top)
        if logprobs is not None:
            item["logprobs"] = logprobs
        choices.append(item)
    return _envelope(data, "chat.completion.chunk", model, choices)


def _envelope(data: JSON, kind: str, model: str | None, choices: list[JSON]) -> JSON:
    """The chat object of `kind` around `choices`, with the text answer's id, time and usage."""
    result: JSON = {
        "id": data.get("id", ""),
        "object": kind,
        "created": data.get("created", 0),
        "model": model or data.get("model", ""),
        "choices": choices,
    }
    if data.get("usage") is not None:
        result["usage"] = data["usage"]
    return result
