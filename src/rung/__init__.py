"""rung: run small models locally and large ones hosted, and decide per request which answers."""

from rung._errors import (
    BackendBug,
    BackendError,
    BackendRejected,
    BackendUnavailable,
    BodyTooLarge,
    ConfigError,
    Overloaded,
    PolicyError,
    RequestError,
    RungError,
    UnknownRoute,
    UpstreamStatus,
    UpstreamTimeout,
)
from rung.types import ChatRequest, Chunk, Completion, Trace, Usage

__version__ = "0.1.0"

__all__ = [
    "BackendBug",
    "BackendError",
    "BackendRejected",
    "BackendUnavailable",
    "BodyTooLarge",
    "ChatRequest",
    "Chunk",
    "Completion",
    "ConfigError",
    "Overloaded",
    "PolicyError",
    "RequestError",
    "RungError",
    "Trace",
    "UnknownRoute",
    "UpstreamStatus",
    "UpstreamTimeout",
    "Usage",
    "__version__",
]
