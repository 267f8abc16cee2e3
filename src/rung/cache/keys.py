"""What makes two requests the same for the cache.

The exact key covers the route, the messages and every field that shapes the answer
(sampling parameters, tools, response format...), but not transport fields such as `stream`.
The semantic scope is the same minus the last user turn: two requests in one scope differ only
in that turn, so a similar enough turn may share an answer.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from rung.types import JSON, ChatRequest

# Fields that change how an answer travels or is billed, not what it says.
TRANSPORT_FIELDS = frozenset(
    {"model", "stream", "stream_options", "user", "metadata", "rung", "store", "service_tier"}
)


def _digest(value: Any) -> str:
    return hashlib.sha256(orjson.dumps(value, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _answer_fields(request: ChatRequest) -> JSON:
    return {k: v for k, v in request.body.items() if k not in TRANSPORT_FIELDS and k != "messages"}


def route_of(request: ChatRequest) -> str:
    return request.route or str(request.body.get("model", ""))


def exact_key(request: ChatRequest) -> str:
    """The exact-cache key: route, messages and the fields that shape the answer."""
    return _digest([route_of(request), request.messages, _answer_fields(request)])


def last_user_index(request: ChatRequest) -> int | None:
    for index in range(len(request.messages) - 1, -1, -1):
        if request.messages[index].get("role") == "user":
            return index
    return None


def semantic_scope(request: ChatRequest) -> str | None:
    """The scope within which the last user turn is compared: route, system prompt, the turns
    before it and the answer-shaping fields. None when there is no user turn."""
    index = last_user_index(request)
    if index is None:
        return None
    others = [m for i, m in enumerate(request.messages) if i != index]
    return _digest(["semantic", route_of(request), others, _answer_fields(request)])


def temperature(request: ChatRequest, default: float = 1.0) -> float:
    """The request's temperature (OpenAI's default, 1, when it sets none)."""
    value = request.body.get("temperature")
    return float(value) if isinstance(value, int | float) else default
