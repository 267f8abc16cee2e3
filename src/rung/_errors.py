"""rung's exceptions. Each maps to one OpenAI error response at the gateway boundary.

RungError (500)
├── ConfigError                  a configuration file is wrong (names file, line and key)
├── RouterFileError              a saved router file is missing, malformed or of another version
├── BackendBug (500)             an unexpected exception inside a backend's own code: our bug,
│                                never the backend being down (does not count toward a breaker)
├── RequestError (400)           the client's request is malformed
│   ├── BodyTooLarge (413)
│   ├── BodyTimeout (408)        the body did not arrive within server.body_timeout
│   ├── Refused (403)            a foreign Host or Origin (the edge)
│   ├── UnsupportedMediaType (415) a POST body that is not application/json
│   ├── Unauthorized (401)       no key, or a key rung does not accept
│   ├── Forbidden (403)          a key that may not do this
│   │   ├── RouteNotAllowed      the key may not use this route
│   │   └── RequestTestsNotAllowed the key may not send code to run (`rung.tests`)
│   ├── NotFound (404)           no such path
│   │   ├── UnknownRoute (404)   no such route (`model`)
│   │   └── RequestNotFound (404) feedback names a request id the log does not hold
│   ├── MethodNotAllowed (405)
│   ├── ContextTooLong (400)     the prompt does not fit a backend's context window
│   ├── BackendRejected (400)    a backend says the client's request is invalid for it
│   └── PolicyError (400)        a policy refuses the request
└── BackendError (502)           a backend failed to answer
    ├── Overloaded (429)         a local queue is full, or the upstream said 429
    │   ├── RateLimited (429)    a key or team is over its requests/tokens per minute
    │   └── BudgetExceeded (429) a key or team has spent its budget for the period
    ├── UpstreamTimeout (504)
    ├── UpstreamStatus (status)  the upstream answered an error status
    ├── BackendUnavailable (503) the backend's breaker is open: skipped without a call
    └── PrivacyRefused (403)     the route's privacy policy or residency forbids this backend

Faults are classified once, where the error is made: `backend_fault` is True only for the
backend's own failures (connection errors, timeouts, 5xx, 408, 429, malformed upstream output).
Only those are retried and count toward a circuit breaker. A `RequestError` (the client's
mistake) and a `BackendBug` (ours) never do.
"""

from __future__ import annotations

from typing import Any


class RungError(Exception):
    """Base of every error rung raises on purpose."""

    status = 500
    type = "server_error"
    code: str | None = None
    backend_fault = False  # whether it counts against the backend (retries, breaker)

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


def retry_after_headers(seconds: float) -> list[tuple[bytes, bytes]]:
    """The Retry-After header for a wait of `seconds` (whole seconds, at least 1)."""
    return [(b"retry-after", str(max(1, round(seconds))).encode())]


class ConfigError(RungError):
    """A configuration file is wrong. The message names the file, line and key."""


class RouterFileError(RungError):
    """A saved router file is missing, malformed, or of another format version."""


class BackendBug(RungError):
    """An unexpected exception inside a backend's code for a request it accepted: a bug in
    rung, reported as 500 with the request id; it never opens the backend's breaker."""

    code = "internal_error"

    def __init__(self, message: str, *, backend: str = "") -> None:
        super().__init__(message)
        self.backend = backend


class RequestError(RungError):
    status = 400
    type = "invalid_request_error"


class BodyTooLarge(RequestError):
    status = 413
    code = "request_too_large"


class Refused(RequestError):
    """A request the edge refuses: a foreign Host or Origin."""

    status = 403
    code = "forbidden"


class UnsupportedMediaType(RequestError):
    status = 415
    code = "unsupported_media_type"


class BodyTimeout(RequestError):
    """The client did not send its whole body in time; the connection is closed after."""

    status = 408
    code = "request_timeout"

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [(b"connection", b"close")]


class Unauthorized(RequestError):
    """No key, or a key rung does not accept (unknown, revoked, expired): 401."""

    status = 401
    code = "invalid_api_key"


class Forbidden(RequestError):
    """A key that may not do this (an admin path without the master key, another route): 403."""

    status = 403
    type = "permission_error"
    code = "forbidden"


class RouteNotAllowed(Forbidden):
    code = "route_not_allowed"


class RequestTestsNotAllowed(Forbidden):
    """The key may not send code to run (`rung.tests`): `rung keys create
    --allow-request-tests`."""

    code = "request_tests_not_allowed"


class NotFound(RequestError):
    status = 404
    code = "not_found"


class UnknownRoute(NotFound):
    code = "model_not_found"


class RequestNotFound(NotFound):
    code = "request_not_found"


class MethodNotAllowed(RequestError):
    status = 405
    code = "method_not_allowed"


class ContextTooLong(RequestError):
    code = "context_length_exceeded"


class BackendRejected(RequestError):
    """A backend found the client's request invalid for it (a bad message shape, an option
    it does not offer). The client's fault: 400, never retried, never counted by a breaker."""

    code = "invalid_request_for_backend"

    def __init__(self, message: str, *, backend: str = "", param: str | None = None) -> None:
        super().__init__(message, param=param)
        self.backend = backend


class PolicyError(RequestError):
    code = "policy_violation"


class BackendError(RungError):
    """A backend failed to answer; the gateway answers 502 unless a subclass says otherwise."""

    status = 502
    type = "upstream_error"
    backend_fault = True

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
        return retry_after_headers(self.retry_after)


class RateLimited(Overloaded):
    """The caller's key or team is over its requests or tokens per minute (rung.limits).
    Raised before any backend is called: never the backend's fault. Carries Retry-After and
    OpenAI's x-ratelimit-* headers."""

    code = "rate_limit_exceeded"
    backend_fault = False

    def __init__(
        self,
        message: str,
        *,
        retry_after: float = 1.0,
        extra_headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        super().__init__(message, retry_after=retry_after)
        self.extra_headers = extra_headers or []

    def headers(self) -> list[tuple[bytes, bytes]]:
        return retry_after_headers(self.retry_after) + self.extra_headers


class BudgetExceeded(Overloaded):
    """The caller's key or team has spent its budget for the current period (rung.limits).
    The message names the reset time; Retry-After is the wait until then."""

    code = "budget_exceeded"
    backend_fault = False

    def __init__(self, message: str, *, retry_after: float = 1.0) -> None:
        super().__init__(message, retry_after=retry_after)


class UpstreamTimeout(BackendError):
    status = 504
    type = "timeout_error"
    code = "upstream_timeout"


class UpstreamStatus(BackendError):
    """The upstream answered with an error status. 4xx are passed on; 5xx become 502. Only
    5xx, 408 and 429 are the backend's fault."""

    def __init__(self, message: str, *, backend: str = "", status: int = 502) -> None:
        super().__init__(message, backend=backend)
        self.upstream_status = status
        self.status = status if 400 <= status < 500 else 502
        self.backend_fault = status >= 500 or status in (408, 429)
        if status == 400:
            self.type = "invalid_request_error"


class BackendUnavailable(BackendError):
    """The backend's breaker is open: it is skipped without being called (503, Retry-After)."""

    status = 503
    type = "server_error"
    code = "backend_cooling_down"
    backend_fault = False

    def __init__(self, message: str, *, backend: str = "", retry_after: float = 1.0) -> None:
        super().__init__(message, backend=backend)
        self.retry_after = retry_after

    def headers(self) -> list[tuple[bytes, bytes]]:
        return retry_after_headers(self.retry_after)


class PrivacyRefused(BackendError):
    """A call the route's privacy policy or residency does not allow."""

    status = 403
    type = "policy_error"
    code = "privacy_refused"
    backend_fault = False


def failure_code(error: RungError) -> str:
    """The reason code a trace decision records for a failed or skipped backend call."""
    if isinstance(error, BackendUnavailable):
        return "circuit_open"
    if error.code == "context_length_exceeded":
        return "context_window"
    return "backend_error"
