"""The gateway: a pure ASGI app built by `create_app(config)`.

No work happens at import time and nothing is shared between apps: each `Gateway` owns its
backends, routes and request log. Every chat request gets one response and one log row.
"""

from __future__ import annotations

import asyncio
import gc
import logging

from rung._errors import (
    MethodNotAllowed,
    NotFound,
    RequestError,
    RequestNotFound,
    RouteNotAllowed,
    RungError,
    UnknownRoute,
)
from rung.backends import Backend, build_backend
from rung.config import BackendSection, Config, PrivacySettings
from rung.defaults import default_config
from rung.gateway.dialects import DIALECTS, ollama_info
from rung.gateway.dialects.anthropic import count_tokens
from rung.gateway.dialects.ollama import created_at
from rung.gateway.edge import Edge
from rung.gateway.embeddings import serve_embeddings
from rung.gateway.exchange import Exchange
from rung.gateway.feedback import parse_feedback
from rung.gateway.http import (
    Receive,
    Scope,
    Send,
    header,
    quoted,
    read_body,
    send_bytes,
    send_error,
    send_json,
)
from rung.gateway.supersede import Supersede
from rung.keys import ANONYMOUS, Principal
from rung.keys.admin import handle_admin
from rung.keys.auth import Authenticator, master_secret
from rung.keys.limiting import route_price, seed, settle
from rung.limits import Limits
from rung.patterns import Pattern
from rung.patterns.cached import Cached
from rung.patterns.registry import build_route
from rung.privacy import Detector
from rung.recommend.metric import RecommendationGauge
from rung.reliability import BreakerPolicy, RetryPolicy, SharedBreaker, breaker_states, wrap
from rung.routers.share_redis import share_learned
from rung.secrets import LogScrubbing, Scrubber, scrub_breakers
from rung.section import Section
from rung.state import State, open_state
from rung.state.gateway import close_state, share_caches, shared_limits, start_state
from rung.telemetry.log import RequestLog, RequestRecord
from rung.telemetry.logstore import log_target
from rung.telemetry.metrics import CONTENT_TYPE as METRICS_TYPE
from rung.telemetry.metrics import Metrics
from rung.telemetry.otlp import trace_export
from rung.telemetry.prices import kind_of, price_calls
from rung.types import ChatRequest

logger = logging.getLogger("rung")
OLLAMA_INFO = {"/api/tags": "GET", "/api/version": "GET", "/api/show": "POST"}  # path -> method


class Gateway:
    """What one app owns: backends, routes (patterns) and the request log."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.scrub = Scrubber.from_config(config)  # secrets out of every text that leaves
        self.log_scrubbing = LogScrubbing(self.scrub)
        self.state = open_state(config.state)  # shared state (Redis), or None: in-process
        self.backends: dict[str, Backend] = {
            name: _wrapped(name, spec, self.state) for name, spec in config.models.items()
        }
        scrub_breakers(self.backends, self.scrub)
        self.routes: dict[str, Pattern] = {
            name: build_route(spec, self.backends) for name, spec in config.routes.items()
        }
        if self.state is not None:
            for name, pattern in self.routes.items():
                share_caches(pattern, self.state, name)
        self.shares = share_learned(self.routes, self.state)  # learned routes' live share
        self.privacy: dict[str, PrivacySettings] = {
            name: settings
            for name, spec in config.routes.items()
            if isinstance(settings := getattr(spec, "privacy", None), PrivacySettings)
        }
        self.detector = Detector() if self.privacy else None
        # for routes that leave a learned part out: by (name tagger, address tagger, pets) kept
        self._variants: dict[tuple[bool, bool, bool], Detector] = {}
        self.metrics = Metrics(self.routes, self.backends)
        self.kinds = {name: kind_of(backend) for name, backend in self.backends.items()}
        path = log_target(config) if config.log.enabled else None  # a file or a database
        self.limits = shared_limits(config, self.state) or Limits()  # keys' and teams' limits
        self.supersede = Supersede()  # a client's newer autocomplete cancels its previous one
        self.route_prices = {
            name: route_price(pattern.backends(), self.kinds, config.prices)
            for name, pattern in self.routes.items()
        }
        self.otlp = trace_export(config.models)  # off unless OTEL_EXPORTER_OTLP_* is set
        prepare = [self.scrub.record, self._price]  # also before the journal: may run twice
        hooks = [self._spent, self._settle, self._observe, *self.otlp.hooks]
        self.log = RequestLog(
            path,
            hooks=hooks,
            prepare=prepare,
            journal=config.log.journal,
            flush_rows=config.log.flush_rows,
            flush_ms=config.log.flush_ms,
        )
        self.recommendations = RecommendationGauge(self.metrics.recommendation, path, config)
        self.auth = Authenticator(path, master_secret(config.auth.master_key))
        self.route_header = config.server.route_header.lower().encode()

    def detector_for(self, route: PrivacySettings | None) -> Detector:
        """The detector a route's requests are scanned with: without the name tagger or the
        address tagger when the route says `name_tagger: false` or `address_tagger: false`, with
        the pets' model when it says `pets_model: true` (sharing the loaded models)."""
        assert self.detector is not None
        key = (route.name_tagger, route.address_tagger, route.pets_model) if route else None
        if key is None or key == (True, True, False):
            return self.detector
        if key not in self._variants:
            self._variants[key] = self.detector.variant(*key)
        return self._variants[key]

    def _price(self, record: RequestRecord) -> None:
        """Set each call's cost from real token counts (may run twice: see `prepare`)."""
        price_calls(record.trace, self.kinds, self.config.prices)

    def _spent(self, record: RequestRecord) -> None:
        """Tell a pattern that asked (a learned route with a budget) what the request cost
        (after `_price`, once, on the log's thread)."""
        if record.trace.spent is not None and record.status < 400:
            record.trace.spent(sum(call.cost for call in record.trace.calls))

    def _settle(self, record: RequestRecord) -> None:
        """Tell the limits what a request really cost (after `_price`, on the log's thread)."""
        if record.admission is not None:
            settle(self.limits, record)

    def _observe(self, record: RequestRecord) -> None:
        if record.parent_id is None:  # a shadow run is not a request a client made
            self.metrics.observe(record)
        elif (record.trace.variant or "").startswith("observe:"):
            self.metrics.observed(record)

    async def start(self, routes: list[str] | None = None) -> None:
        """Start the backends of `routes` (all routes by default) and the request log."""
        self.log_scrubbing.install()
        if self.state is not None:
            await start_state(self.state, self.config)
        await self.shares.start()
        for notice in self.config.notices:
            logger.warning("%s", notice)
        chosen = [self.routes[r] for r in routes or self.routes if r in self.routes]
        used = {b.name: b for p in chosen for b in p.backends()}
        for backend in used.values():
            await backend.start()
        if self.detector is not None:
            await asyncio.to_thread(self.detector.load)  # several seconds, once
        for pattern in chosen:
            if isinstance(pattern, Cached):
                await pattern.cache.warm()
        self.auth.open()
        await seed(self.limits, self.auth)
        self.log.start()

    async def close(self) -> None:
        for pattern in self.routes.values():  # shadow runs still going: let them finish
            inner = pattern.inner if isinstance(pattern, Cached) else pattern
            drain = getattr(inner, "drain", None)
            if drain is not None:
                await drain()
        for backend in self.backends.values():
            await backend.close()
        for pattern in self.routes.values():
            if isinstance(pattern, Cached):
                pattern.cache.close()
        self.log.close()
        self.otlp.close()
        self.auth.close()
        await self.shares.close()
        if self.state is not None:
            await close_state(self.state, self.limits)
        self.log_scrubbing.remove()

    def route_name(self, scope: Scope, request: ChatRequest) -> str:
        """The route a request names: the route header when set, else the `model` field."""
        chosen = header(scope, self.route_header)
        return chosen.decode("latin-1") if chosen else str(request.body["model"])

    def pattern(self, route: str) -> Pattern:
        pattern = self.routes.get(route)
        if pattern is None:
            raise UnknownRoute(
                f"the route {quoted(route)} does not exist; routes: {', '.join(self.routes)}",
                param="model",
            )
        return pattern


def _wrapped(name: str, spec: Section, state: State | None) -> Backend:
    """The backend of `spec`, with its retries and its circuit breaker (on the shared state
    when there is one)."""
    assert isinstance(spec, BackendSection)
    b = spec.breaker
    policy = BreakerPolicy(b.failures, b.window, b.cooldown)
    breaker = policy if state is None else SharedBreaker(name, policy, state)
    return wrap(build_backend(name, spec), RetryPolicy(spec.num_retries), breaker)


def model_object(gateway: Gateway, route: str) -> dict[str, object]:
    """A route as OpenAI's model object, with the client API paths it serves (`endpoints`)."""
    endpoints = ollama_info.endpoints(gateway, route)
    return {
        "id": route,
        "object": "model",
        "created": 0,
        "owned_by": "rung",
        "endpoints": endpoints,
    }


class App:
    """The ASGI callable. `create_app` builds one."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.edge = Edge(gateway, gateway.scrub)
        # `rung serve`: once started, what was loaded (models, the NER pipeline) is moved out of
        # the garbage collector's way (`gc.freeze`), so a full collection no longer walks
        # hundreds of thousands of objects that live as long as the process. Not in a process
        # that starts gateway after gateway (the tests): frozen objects in cycles are never freed.
        self.freeze_after_start = False
        self.started_at = created_at()  # the routes' `modified_at` in Ollama's listing
        from rung.ui import mount  # the dashboard at /ui (imported here: it imports the gateway)

        self.ui = mount(self)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self.edge(scope, receive, send, self._http)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.gateway.start()
                except Exception as exc:
                    logger.exception("start-up failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                if self.freeze_after_start:
                    gc.freeze()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.gateway.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path, method = scope["path"], scope["method"]
        if await serve_embeddings(self.gateway, scope, receive, send):
            return
        dialect = DIALECTS.get(path)
        if dialect is not None:
            if method == "POST":
                scope.setdefault("state", {})["routes"] = self.gateway.routes  # for model names
                await Exchange(self.gateway, scope, receive, send, dialect).run()
                return
            await _not_allowed(send, "POST", path)
        elif path == COUNT_TOKENS_PATH:
            if method == "POST":
                await self._count_tokens(scope, receive, send)
                return
            await _not_allowed(send, "POST", path)
        elif path == "/v1/feedback":
            if method == "POST":
                await self._feedback(scope, receive, send)
                return
            await _not_allowed(send, "POST", path)
        elif path == "/v1/models":
            await send_json(send, 200, self.models(principal_of(scope)))
        elif path.startswith("/v1/models/"):
            await self._model(path.removeprefix("/v1/models/"), principal_of(scope), send)
        elif path.startswith("/api/") and path in OLLAMA_INFO:
            await self._ollama(scope, receive, send)
        elif path == "/health":
            await send_json(send, 200, self.health())
        elif path == "/metrics":
            self.gateway.metrics.collect(self.gateway.backends)
            self.gateway.recommendations.refresh()
            body = self.gateway.metrics.render()
            await send_bytes(send, 200, body, [(b"content-type", METRICS_TYPE.encode())])
        elif path.startswith("/admin/"):
            await handle_admin(self.gateway, scope, receive, send)
        elif self.ui.serves(path):
            await self.ui(scope, receive, send)
        else:
            await send_error(send, NotFound(f"no such path: {path}"), path=path)

    async def _feedback(self, scope: Scope, receive: Receive, send: Send) -> None:
        """`POST /v1/feedback`: a quality signal about an earlier request, stored beside it."""
        log = self.gateway.log
        try:
            feedback = parse_feedback(await read_body(scope, receive, 64 * 1024))
            if log.path is None:
                raise RequestError("the request log is off, so feedback cannot be stored")
            if not await asyncio.to_thread(log.known, feedback.request_id):
                raise RequestNotFound(f"no request with id {feedback.request_id!r}")
        except RungError as exc:
            await send_error(send, exc)
            return
        log.write(feedback)
        await send_json(send, 200, {"object": "feedback", "request_id": feedback.request_id,
                                    "name": feedback.name, "value": feedback.value})  # fmt: skip

    async def _count_tokens(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Anthropic's `POST /v1/messages/count_tokens` for a route this caller may use."""
        try:
            route, answer = count_tokens(await read_body(scope, receive, 1 << 20))
            if not principal_of(scope).may_use(route):
                raise RouteNotAllowed(f"this key may not use the route {route!r}", param="model")
            self.gateway.pattern(route)  # UnknownRoute (404) when there is no such route
        except RungError as exc:
            await send_error(send, exc, path=COUNT_TOKENS_PATH)
            return
        await send_json(send, 200, answer)

    async def _ollama(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Ollama's `GET /api/tags`, `GET /api/version` and `POST /api/show`."""
        path, gateway = scope["path"], self.gateway
        if scope["method"] != OLLAMA_INFO[path]:
            await _not_allowed(send, OLLAMA_INFO[path], path)
        elif path == "/api/tags":
            await send_json(
                send, 200, ollama_info.tags(gateway, principal_of(scope), self.started_at)
            )
        elif path == "/api/version":
            await send_json(send, 200, ollama_info.version())
        else:
            try:
                raw = await read_body(scope, receive, 64 * 1024)
                card = ollama_info.show(gateway, raw, scope, self.started_at)
            except RungError as exc:
                await send_error(send, exc, path=path)
                return
            await send_json(send, 200, card)

    def models(self, principal: Principal = ANONYMOUS) -> dict[str, object]:
        """`GET /v1/models`: the routes this caller may use, as model objects."""
        routes = self.gateway.routes
        data = [model_object(self.gateway, name) for name in routes if principal.may_use(name)]
        return {"object": "list", "data": data}

    async def _model(self, name: str, principal: Principal, send: Send) -> None:
        """`GET /v1/models/{id}`: the route as a model object, or 404 in OpenAI's format (also
        for a route this caller's key may not use: it is not told the route exists)."""
        if name not in self.gateway.routes or not principal.may_use(name):
            error = UnknownRoute(f"The model {quoted(name)} does not exist", param="model")
            await send_error(send, error)
            return
        await send_json(send, 200, model_object(self.gateway, name))

    def health(self) -> dict[str, object]:
        """`/health`: always 200 while the process serves; `status` is "degraded", with the
        backends named in `degraded`, when any backend's breaker is not closed."""
        breakers = breaker_states(self.gateway.backends)
        backends = {
            name: {
                "queue_depth": getattr(b, "queue_depth", 0),
                "residency": b.capabilities.residency,
                "breaker": breakers.get(name),
            }
            for name, b in self.gateway.backends.items()
        }
        degraded = [name for name, b in breakers.items() if b["state"] != "closed"]
        return {
            "status": "degraded" if degraded else "ok",
            "degraded": degraded,
            "routes": list(self.gateway.routes),
            "backends": backends,
        }


COUNT_TOKENS_PATH = "/v1/messages/count_tokens"


def principal_of(scope: Scope) -> Principal:
    """Who sent the request (set by the edge); anonymous when rung is open."""
    principal: Principal = scope.get("state", {}).get("principal", ANONYMOUS)
    return principal


async def _not_allowed(send: Send, allowed: str, path: str) -> None:
    error = MethodNotAllowed(f"method not allowed; use {allowed}")
    await send_error(send, error, [(b"allow", allowed.encode())], path)


def create_app(config: Config | None = None) -> App:
    """The ASGI app for `config` (the embedded default when None)."""
    return App(Gateway(config or default_config()))


__all__ = ["App", "Gateway", "create_app"]
