"""Backends: one model behind one protocol. `build_backend` makes one from its config."""

from __future__ import annotations

from rung.backends.base import Backend, Capabilities
from rung.backends.mock import MockBackend
from rung.config import EmbeddingBackendConfig, LlamaCppBackendConfig, OpenAIBackendConfig
from rung.section import Section


def build_backend(name: str, config: Section) -> Backend:
    if isinstance(config, OpenAIBackendConfig):
        from rung.backends.openai import OpenAIBackend

        return OpenAIBackend(name, config)
    if isinstance(config, LlamaCppBackendConfig):
        from rung.backends.llamacpp import LlamaCppBackend

        return LlamaCppBackend(name, config)
    if isinstance(config, EmbeddingBackendConfig):
        from rung.backends.embedding import EmbeddingBackend

        return EmbeddingBackend(name, config)
    raise TypeError(f"no backend for {type(config).__name__}")


__all__ = ["Backend", "Capabilities", "MockBackend", "build_backend"]
