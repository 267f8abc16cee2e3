"""The client APIs rung speaks, by path: each a `Dialect` onto the same routes and patterns."""

from __future__ import annotations

from rung.gateway.dialects.anthropic import AnthropicDialect
from rung.gateway.dialects.base import Dialect
from rung.gateway.dialects.completions import CompletionsDialect
from rung.gateway.dialects.infill import InfillDialect
from rung.gateway.dialects.ollama import ChatDialect, GenerateDialect

DIALECTS: dict[str, Dialect] = {
    "/v1/chat/completions": Dialect(),
    "/v1/messages": AnthropicDialect(),
    "/v1/completions": CompletionsDialect(),
    "/api/generate": GenerateDialect(),
    "/api/chat": ChatDialect(),
    "/infill": InfillDialect(),
}

__all__ = ["DIALECTS", "Dialect"]
