"""rung's exceptions. Each maps to one OpenAI error response at the gateway boundary.

RungError
├── ConfigError                 a configuration file is wrong (names file, line and key)
├── RequestError (400)          the client's request is malformed
│   ├── BodyTooLarge (413)
│   └── UnknownRoute (404)
├── PolicyError (400)           a policy refuses the request
└── BackendError (502)          a backend failed to answer
    ├── Overloaded (429)        a local queue is full, or the upstream said 429
    ├── UpstreamTimeout (504)
    └── UpstreamStatus (status) the upstream answered an error status
"""

from __future__ import annotations

from typing import Any


class RungError(Exception):
    """Base of every error rung raises on purpose."""

    status = 500
    type = "server_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param

    def to_json(self) -> dict[str, Any]:
        """OpenAI's error object."""
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }

    def headers(self) -> list[tuple[bytes, bytes]]:
        return []


class ConfigError(RungError):
    """A configuration file is wrong. The message names the file, line and key."""


class RequestError(RungError):
    status = 400
    type = "invalid_request_error"


class BodyTooLarge(RequestError):
    status = 413
    code = "request_too_large"


class UnknownRoute(RequestError):
    status = 404
    code = "model_not_found"


class PolicyError(RequestError):
    code = "policy_violation"


class BackendError(RungError):
    """A backend failed to answer; the gateway answers 502 unless a subclass says otherwise."""

    status = 502
    type = "upstream_error"

    def __init__(self, message: str, *, backend: str = "", param: str | None = None) -> None:
        super().__init__(message, param=param)
        self.backend = backend


class Overloaded(BackendError):
    status = 429
    type = "rate_limit_error"
    code = "overloaded"

    def __init__(self, message: str, *, backend: str = "", retry_after: float = 1.0) -> None:
        super().__init__(message, backend=backend)
        self.retry_after = retry_after

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [(b"retry-after", str(max(1, round(self.retry_after))).encode())]


class UpstreamTimeout(BackendError):
    status = 504
    type = "timeout_error"
    code = "upstream_timeout"


class UpstreamStatus(BackendError):
    """The upstream answered with an error status. 4xx are passed on; 5xx become 502."""

    def __init__(self, message: str, *, backend: str = "", status: int = 502) -> None:
        super().__init__(message, backend=backend)
        self.upstream_status = status
        self.status = status if 400 <= status < 500 else 502
        if status == 400:
            self.type = "invalid_request_error"
