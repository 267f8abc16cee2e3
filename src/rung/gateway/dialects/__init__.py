"""The client APIs rung speaks, by path: each a `Dialect` onto the same routes and patterns."""

from __future__ import annotations

from rung.gateway.dialects.anthropic import AnthropicDialect
from rung.gateway.dialects.base import Dialect

DIALECTS: dict[str, Dialect] = {
    "/v1/chat/completions": Dialect(),
    "/v1/messages": AnthropicDialect(),
}

__all__ = ["DIALECTS", "Dialect"]
