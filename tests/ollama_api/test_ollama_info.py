"""What rung says about its routes (`/api/tags`, `/api/show`, `/v1/models`), without a model:
a gateway is built from its config, and nothing is started."""

from __future__ import annotations

import orjson
import pytest

from rung import RequestError
from rung._errors import UnknownRoute
from rung.configure import parse
from rung.gateway import create_app
from rung.gateway.app import App
from rung.gateway.dialects import ollama_info
from rung.keys import ANONYMOUS

UPSTREAM = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}
CONFIG = {
    "models": {
        "local": {"backend": "llamacpp"},
        "hosted": UPSTREAM,
        "eyes": {**UPSTREAM, "vision": True, "tools": True, "context_window": 32000},
    },
    "routes": {
        "local": {"model": "local"},
        "hosted": {"model": "hosted"},
        "eyes": {"model": "eyes"},
        "ladder": {"pattern": "cascade", "tiers": ["local", "eyes"], "verify": ["json_schema"]},
    },
}  # fmt: skip
CHAT = ["/v1/chat/completions", "/v1/completions", "/v1/messages", "/api/chat", "/api/generate"]


@pytest.fixture(scope="module")
def app() -> App:
    return create_app(parse(CONFIG, "<test>"))


def test_each_route_lists_the_endpoints_all_its_backends_serve(app: App) -> None:
    gateway = app.gateway
    assert ollama_info.endpoints(gateway, "local") == [*CHAT, "/infill"]
    hosted = ollama_info.endpoints(gateway, "hosted")
    assert hosted[:5] == CHAT and {"/infill", "/v1/embeddings", "/api/embed"} <= set(hosted)
    assert ollama_info.endpoints(gateway, "ladder") == [*CHAT, "/infill"]  # no embeddings
    listed = app.models()["data"]
    assert isinstance(listed, list) and listed[0]["endpoints"] == [*CHAT, "/infill"]


def test_capabilities_hold_for_every_backend_of_the_route(app: App) -> None:
    gateway = app.gateway
    assert ollama_info.capabilities(gateway, "local") == ["completion", "insert", "tools"]
    assert ollama_info.capabilities(gateway, "hosted") == ["completion", "insert", "embedding"]
    assert ollama_info.capabilities(gateway, "eyes") == [
        "completion", "insert", "tools", "vision", "embedding",
    ]  # fmt: skip
    assert "vision" not in ollama_info.capabilities(gateway, "ladder")


def test_tags_and_show(app: App) -> None:
    tags = ollama_info.tags(app.gateway, ANONYMOUS, "2026-01-01T00:00:00Z")["models"]
    assert [t["name"] for t in tags] == ["local:latest", "hosted:latest", "eyes:latest",
                                        "ladder:latest"]  # fmt: skip
    assert tags[0]["details"]["format"] == "gguf" and tags[1]["details"]["format"] == ""
    raw = orjson.dumps({"model": "ladder:latest"})
    card = ollama_info.show(app.gateway, raw, {}, "2026-01-01T00:00:00Z")
    assert card["model_info"]["rung.context_length"] == 4096  # the smallest window of its tiers
    assert card["model_info"]["rung.pattern"] == "cascade"
    assert card["details"]["family"] == "cascade"
    assert card["parameters"] == "num_ctx 4096"  # Continue reads the context length here
    assert ".Suffix" in card["template"]  # Continue's sign that a model fills in the middle
    old_form = ollama_info.show(app.gateway, orjson.dumps({"name": "eyes"}), {}, "")
    assert old_form["model_info"]["rung.context_length"] == 32000
    with pytest.raises(UnknownRoute) as missing:
        ollama_info.show(app.gateway, orjson.dumps({"model": "nope"}), {}, "")
    assert missing.value.status == 404 and "nope" in missing.value.message
    with pytest.raises(RequestError):
        ollama_info.show(app.gateway, b"{}", {}, "")
