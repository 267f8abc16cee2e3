"""The OpenAI-compatible HTTP gateway."""

from rung.gateway.app import App, Gateway, create_app

__all__ = ["App", "Gateway", "create_app"]
