"""The embedded default configuration, used when no file is given."""

from __future__ import annotations

import os
from collections.abc import Mapping

from rung.config import Config, LlamaCppBackendConfig, OpenAIBackendConfig
from rung.patterns.fixed import FixedRoute
from rung.section import Section

BERGET_URL = "https://api.berget.ai/v1"
BERGET_MODEL = "meta-llama/Llama-3.3-70B-Instruct"
NO_KEY_NOTICE = "BERGET_API_KEY is not set, so the embedded local model answers this route"


def default_config(env: Mapping[str, str] = os.environ) -> Config:
    """Route `local` to the embedded model; `chat` and `default` to Berget when its key is set,
    else to the embedded model, with a notice saying so."""
    models: dict[str, Section] = {"embedded": LlamaCppBackendConfig()}
    hosted, notices = "embedded", [NO_KEY_NOTICE]
    if env.get("BERGET_API_KEY"):
        models["berget"] = OpenAIBackendConfig(
            base_url=BERGET_URL,
            model=env.get("RUNG_BERGET_MODEL", BERGET_MODEL),
            api_key="env:BERGET_API_KEY",
            residency="eu",
            context_window=131072,
            tools=True,
        )
        hosted, notices = "berget", []
    routes: dict[str, Section] = {
        "local": FixedRoute(model="embedded"),
        "chat": FixedRoute(model=hosted),
        "default": FixedRoute(model=hosted),
    }
    config = Config(models, routes, notices=notices)
    if notices:
        config.route_notices = {"chat": NO_KEY_NOTICE, "default": NO_KEY_NOTICE}
    return config
