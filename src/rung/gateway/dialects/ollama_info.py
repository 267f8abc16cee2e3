"""What rung says about its routes: the endpoints each serves (`/v1/models`, `/api/tags`) and
Ollama's model listing (`GET /api/tags`), model card (`POST /api/show`) and `GET /api/version`.

A route serves an endpoint when every backend it may call can answer it (a cascade may end on
any of its tiers): an `openai` upstream everything; a `llamacpp` model chat and text
completions, and fill-in-the-middle when its model has a FIM layout (before the model is
loaded: unless configured `fim: none`); an `embedding` model only embeddings (which only
`fixed` and `fallback` routes serve). Ollama's capabilities follow: `completion`, `insert`
(fill-in-the-middle), `tools`, `vision`, `embedding`.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from rung import __version__
from rung._errors import RequestError, UnknownRoute
from rung.backends import Backend
from rung.gateway.dialects import DIALECTS
from rung.gateway.dialects.ollama import route_of
from rung.gateway.http import Scope
from rung.gateway.request import json_object
from rung.keys import ANONYMOUS, Principal
from rung.types import JSON

if TYPE_CHECKING:
    from rung.gateway.app import Gateway

OLLAMA_VERSION = "0.12.6"  # the Ollama API version whose endpoints rung answers
CHAT_PATHS = ("/v1/chat/completions", "/v1/completions", "/v1/messages", "/api/chat",
              "/api/generate")  # fmt: skip
FIM_PATHS = ("/infill",)
EMBED_PATHS = ("/v1/embeddings", "/api/embed")
EMBEDDING_PATTERNS = ("fixed", "fallback")
# Templates to show: the backend applies the model's own. Clients read them, though: Continue
# takes a route for fill-in-the-middle only when its template mentions `.Suffix`.
TEMPLATE = "{{ .Prompt }}"
FIM_TEMPLATE = (
    "{{ if .Suffix }}{{ .Prompt }}<fill in the middle>{{ .Suffix }}{{ else }}{{ .Prompt }}{{ end }}"
)


def backend_paths(gateway: Gateway, backend: Backend) -> set[str]:
    """The client API paths one backend can answer."""
    spec = gateway.config.models.get(backend.name)
    kind = getattr(spec, "backend", "")
    if kind == "embedding":
        return set(EMBED_PATHS)
    paths = set(CHAT_PATHS)
    if kind == "openai":
        paths |= {*FIM_PATHS, *EMBED_PATHS}
    elif kind == "llamacpp" and fills_in_the_middle(backend, spec):
        paths |= set(FIM_PATHS)
    return paths


def fills_in_the_middle(backend: Backend, spec: object) -> bool:
    """Whether a local model takes a suffix: known once its model is loaded (its FIM tokens or
    template), else assumed unless its config says `fim: none`."""
    inner = getattr(backend, "inner", backend)  # under its retries and breaker
    probe = getattr(inner, "fills_in_the_middle", None)
    known = probe() if callable(probe) else None
    return bool(known) if known is not None else getattr(spec, "fim", "auto") != "none"


def endpoints(gateway: Gateway, route: str) -> list[str]:
    """The POST paths `route` serves, in a stable order: the dialects rung speaks, and the
    embeddings endpoints for `fixed` and `fallback` routes (the patterns that embed)."""
    pattern = gateway.routes[route]
    backends = pattern.backends()
    if backends:
        common = set.intersection(*(backend_paths(gateway, b) for b in backends))
    else:  # a pattern that calls no backend of its own: chat, as the default
        common = set(CHAT_PATHS)
    spoken = {*DIALECTS, *(EMBED_PATHS if pattern.name in EMBEDDING_PATTERNS else ())}
    order = (*CHAT_PATHS, *FIM_PATHS, *EMBED_PATHS)
    return [path for path in order if path in common and path in spoken]


def capabilities(gateway: Gateway, route: str) -> list[str]:
    """The route's capabilities, as Ollama's `/api/show` names them."""
    paths = set(endpoints(gateway, route))
    backends = gateway.routes[route].backends()
    out = []
    if "/api/generate" in paths or "/api/chat" in paths:
        out.append("completion")
    if "/infill" in paths:
        out.append("insert")
    if out and all(b.capabilities.tools or b.capabilities.local for b in backends):
        out.append("tools")  # a local model calls tools through a grammar
    if out and backends and all(b.capabilities.vision for b in backends):
        out.append("vision")
    if "/api/embed" in paths:
        out.append("embedding")
    return out


def details(gateway: Gateway, route: str) -> JSON:
    backends = gateway.routes[route].backends()
    kinds = {getattr(gateway.config.models.get(b.name), "backend", "") for b in backends}
    family = gateway.routes[route].name
    return {
        "parent_model": "", "format": "gguf" if kinds == {"llamacpp"} else "",
        "family": family, "families": [family], "parameter_size": "", "quantization_level": "",
    }  # fmt: skip


def tag(gateway: Gateway, route: str, modified_at: str) -> JSON:
    """A route as an entry of Ollama's `/api/tags` (plus rung's `endpoints`)."""
    name = f"{route}:latest"
    return {
        "name": name, "model": name, "modified_at": modified_at, "size": 0,
        "digest": hashlib.sha256(route.encode()).hexdigest(),
        "details": details(gateway, route), "endpoints": endpoints(gateway, route),
    }  # fmt: skip


def tags(gateway: Gateway, principal: Principal, modified_at: str) -> JSON:
    """`GET /api/tags`: the routes this caller may use, as Ollama models."""
    routes = [r for r in gateway.routes if principal.may_use(r)]
    return {"models": [tag(gateway, r, modified_at) for r in routes]}


def show(gateway: Gateway, raw: bytes, scope: Scope, modified_at: str) -> JSON:
    """`POST /api/show`: one route's model card; 404 for a model this caller cannot use."""
    body = json_object(raw)
    name = body.get("model") or body.get("name")
    if not isinstance(name, str) or not name:
        raise RequestError("model is required", param="model")
    route = route_of(name, gateway.routes)
    principal: Principal = scope.get("state", {}).get("principal", ANONYMOUS)
    if route not in gateway.routes or not principal.may_use(route):
        raise UnknownRoute(f"model '{name}' not found", param="model")
    backends = gateway.routes[route].backends()
    window = min((b.capabilities.context_window for b in backends), default=0)
    info = {
        "general.architecture": "rung", "general.basename": route,
        "rung.context_length": window, "rung.pattern": gateway.routes[route].name,
        "rung.backends": [b.name for b in backends], "rung.endpoints": endpoints(gateway, route),
    }  # fmt: skip
    insert = "insert" in capabilities(gateway, route)
    return {
        "modelfile": "", "parameters": f"num_ctx {window}" if window else "",
        "template": FIM_TEMPLATE if insert else TEMPLATE, "details": details(gateway, route),
        "model_info": info, "capabilities": capabilities(gateway, route),
        "modified_at": modified_at,
    }  # fmt: skip


def version() -> JSON:
    """`GET /api/version`: the Ollama API version rung speaks, and rung's own."""
    return {"version": OLLAMA_VERSION, "rung": __version__}
