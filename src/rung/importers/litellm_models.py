"""LiteLLM's `model_list` entries (deployments) as rung `openai` backends.

A deployment's `litellm_params.model` is `provider/model`. Providers that speak the OpenAI API
(openai, hosted_vllm, ollama, groq, ...) become `openai` backends with `base_url` (`api_base`,
else the provider's documented default) and `api_key` as an `env:` reference (`os.environ/NAME`,
else the variable LiteLLM itself reads for that provider). Any other provider (anthropic,
bedrock, azure, vertex_ai, ...) is reported and skipped: rung's `openai` backend cannot call it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

JSON = dict[str, Any]

# provider -> (default api_base, the environment variable LiteLLM reads for its key)
PROVIDERS: dict[str, tuple[str | None, str | None]] = {
    "openai": ("https://api.openai.com/v1", "OPENAI_API_KEY"),
    "text-completion-openai": ("https://api.openai.com/v1", "OPENAI_API_KEY"),
    "custom_openai": (None, None),
    "hosted_vllm": (None, None),
    "litellm_proxy": (None, "LITELLM_PROXY_API_KEY"),
    "ollama": ("http://localhost:11434", None),
    "ollama_chat": ("http://localhost:11434", None),
    "lm_studio": ("http://localhost:1234/v1", None),
    "llamafile": ("http://127.0.0.1:8080/v1", None),
    "xinference": ("http://127.0.0.1:9997/v1", None),
    "groq": ("https://api.groq.com/openai/v1", "GROQ_API_KEY"),
    "deepseek": ("https://api.deepseek.com/beta", "DEEPSEEK_API_KEY"),
    "mistral": ("https://api.mistral.ai/v1", "MISTRAL_API_KEY"),
    "codestral": ("https://codestral.mistral.ai/v1", "CODESTRAL_API_KEY"),
    "together_ai": ("https://api.together.ai/v1", "TOGETHER_API_KEY"),
    "fireworks_ai": ("https://api.fireworks.ai/inference/v1", "FIREWORKS_API_KEY"),
    "deepinfra": ("https://api.deepinfra.com/v1/openai", "DEEPINFRA_API_KEY"),
    "perplexity": ("https://api.perplexity.ai", "PERPLEXITYAI_API_KEY"),
    "openrouter": ("https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"),
    "xai": ("https://api.x.ai/v1", "XAI_API_KEY"),
    "nvidia_nim": ("https://integrate.api.nvidia.com/v1", "NVIDIA_NIM_API_KEY"),
    "cerebras": ("https://api.cerebras.ai/v1", "CEREBRAS_API_KEY"),
    "sambanova": ("https://api.sambanova.ai/v1", "SAMBANOVA_API_KEY"),
    "nebius": ("https://api.studio.nebius.ai/v1", "NEBIUS_API_KEY"),
}
OLLAMA = ("ollama", "ollama_chat")  # their OpenAI-compatible API is under /v1
OPENAI_NAMES = re.compile(r"(gpt-|chatgpt-|o[134]\b|o[134]-|text-embedding-|davinci|babbage)")
ENTRY_KEYS = frozenset({"model_name", "litellm_params", "model_info", "rpm", "tpm"})
LOCAL_HOSTS = ("localhost", "127.0.0.1", "0.0.0.0", "::1")
ENV_PREFIX = "os.environ/"

# litellm_params keys carried over (the rest are reported)
PARAMS_DONE = frozenset(
    {"model", "api_base", "base_url", "api_key", "timeout", "stream_timeout", "num_retries",
     "max_retries", "rpm", "tpm", "weight", "order", "max_tokens", "input_cost_per_token",
     "output_cost_per_token"}
)  # fmt: skip
INFO_DONE = frozenset(
    {"id", "max_input_tokens", "max_tokens", "supports_vision", "supports_function_calling",
     "input_cost_per_token", "output_cost_per_token", "mode", "base_model"}
)  # fmt: skip


class Notes:
    """What could not be carried over: one line each, naming the key."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, key: str, message: str) -> None:
        line = f"{key}: {message}"
        if line not in self.lines:
            self.lines.append(line)


@dataclass
class Defaults:
    """Settings that apply to every deployment that does not set its own."""

    num_retries: int | None = None
    timeout: float | None = None
    stream_timeout: float | None = None
    breaker: JSON | None = None


@dataclass
class Deployment:
    """One `model_list` entry, converted: the rung backend it became and how it is picked."""

    group: str  # the LiteLLM model_name: a route in rung
    name: str  # the rung backend's name
    backend: JSON
    weight: float | None = None  # litellm_params weight, else rpm, else tpm
    order: int | None = None
    price: JSON | None = None
    env: list[str] = field(default_factory=list)


def env_ref(value: Any) -> str | None:
    """`os.environ/NAME` as rung's `env:NAME`, else None."""
    if isinstance(value, str) and value.startswith(ENV_PREFIX):
        name = value[len(ENV_PREFIX) :]
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            return f"env:{name}"
    return None


def plain_name(text: str) -> str:
    """A backend name made of letters, digits, `-`, `_` and `.`."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "model"


def split_model(model: str) -> tuple[str | None, str]:
    """(provider, model id) of LiteLLM's `provider/model`; a bare OpenAI model name is openai's."""
    provider, slash, rest = model.partition("/")
    if slash and provider in PROVIDERS:
        return provider, rest
    if not slash and OPENAI_NAMES.match(model):
        return "openai", model
    return (provider if slash else None), model


def read_deployment(
    entry: Any, key: str, taken: set[str], defaults: Defaults, notes: Notes
) -> Deployment | None:
    """The deployment at `key` (`model_list[i]`) as a rung backend, or None (reported why)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("model_name"), str):
        notes.add(key, "not a deployment with a `model_name`; skipped")
        return None
    group, params = entry["model_name"], entry.get("litellm_params")
    info = entry.get("model_info") or {}
    if not isinstance(params, dict) or not isinstance(params.get("model"), str):
        notes.add(f"{key}.litellm_params.model", "missing; deployment skipped")
        return None
    if "*" in group or "*" in params["model"]:
        notes.add(f"{key}.model_name", f"wildcard route {group!r} has no rung equivalent; skipped")
        return None
    for extra in sorted(set(entry) - ENTRY_KEYS):
        notes.add(f"{key}.{extra}", "not carried over")
    at = {k: f"{key}.litellm_params.{k}" if k in params else f"{key}.{k}" for k in ("rpm", "tpm")}
    params = {**{k: entry[k] for k in ("rpm", "tpm") if k in entry}, **params}  # either level
    provider, model = split_model(params["model"])
    if provider not in PROVIDERS:
        what = f"provider {provider!r}" if provider else f"model {params['model']!r} (no provider)"
        notes.add(
            f"{key}.litellm_params.model",
            f"{what} does not speak the OpenAI API rung's `openai` backend calls; skipped",
        )
        return None
    base_url = _base_url(provider, params, f"{key}.litellm_params", notes)
    if base_url is None:
        return None
    name = _unique(plain_name(str(info.get("id") or group)), taken)
    backend: JSON = {"backend": "openai", "base_url": base_url, "model": model}
    deployment = Deployment(group, name, backend)
    _key(deployment, provider, params, f"{key}.litellm_params", notes)
    _reliability(deployment, params, defaults, f"{key}.litellm_params", notes)
    _capabilities(deployment, params, info, f"{key}.model_info", notes)
    _picking(deployment, params)
    for limit in ("rpm", "tpm"):
        if limit in params:
            notes.add(
                at[limit],
                "an upstream rate limit: rung does not enforce it per backend (its limits are "
                "per key and team); kept as a load-balancing weight",
            )
    for extra in sorted(set(params) - PARAMS_DONE):
        notes.add(f"{key}.litellm_params.{extra}", "not carried over (no rung backend setting)")
    for extra in sorted(set(info) - INFO_DONE if isinstance(info, dict) else ()):
        notes.add(f"{key}.model_info.{extra}", "not carried over")
    return deployment


def _unique(name: str, taken: set[str]) -> str:
    out, n = name, 1
    while out in taken:
        n += 1
        out = f"{name}-{n}"
    taken.add(out)
    return out


def _base_url(provider: str, params: JSON, key: str, notes: Notes) -> str | None:
    raw = params.get("api_base") or params.get("base_url")
    if isinstance(raw, str) and raw.startswith(ENV_PREFIX):
        value = os.environ.get(raw[len(ENV_PREFIX) :])
        if not value:
            notes.add(f"{key}.api_base", f"{raw} is not set here; rung needs the URL; skipped")
            return None
        notes.add(f"{key}.api_base", f"{raw} read now ({value}); rung's base_url is a value")
        raw = value
    url = str(raw) if raw else PROVIDERS[provider][0]
    if url is None:
        notes.add(f"{key}.api_base", f"provider {provider!r} needs an api_base; skipped")
        return None
    url = url.rstrip("/")
    if provider in OLLAMA and not url.endswith("/v1"):
        url += "/v1"
    return url


def _key(deployment: Deployment, provider: str, params: JSON, key: str, notes: Notes) -> None:
    raw = params.get("api_key")
    ref = env_ref(raw)
    if raw is None and PROVIDERS[provider][1]:
        ref = f"env:{PROVIDERS[provider][1]}"
    elif raw is not None and ref is None:
        notes.add(
            f"{key}.api_key",
            "a literal key is not carried over (rung takes `env:NAME` references only): "
            "put it in an environment variable and set api_key: env:NAME",
        )
    if ref:
        deployment.backend["api_key"] = ref
        deployment.env.append(ref[4:])


def number(value: Any, key: str, notes: Notes) -> float | None:
    """`value` as a number, or None (reported when it is there but not a number)."""
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        notes.add(key, f"{value!r} is not a number; not carried over")
        return None


def positive_seconds(value: Any, key: str, notes: Notes) -> float | None:
    seconds = number(value, key, notes)
    return seconds if seconds is not None and seconds > 0 else None


def timeouts(total: float | None, stream: float | None, key: str, notes: Notes) -> JSON:
    """rung's `timeout:` for LiteLLM's `timeout` (the whole call: rung's `total`, and the wait
    for its first byte) and `stream_timeout` (a stream's wait for each read: `first_byte`)."""
    out: JSON = {}
    if total is not None:
        out = {"total": total, "first_byte": total}
    if stream is not None:
        out["first_byte"] = stream
        if total is not None and stream < total:
            notes.add(
                f"{key}.stream_timeout",
                f"mapped to timeout.first_byte ({stream:g} s), which also bounds the wait "
                "for a non-streamed answer",
            )
    return out


def _reliability(
    deployment: Deployment, params: JSON, defaults: Defaults, key: str, notes: Notes
) -> None:
    total = positive_seconds(params.get("timeout"), f"{key}.timeout", notes) or defaults.timeout
    stream = (
        positive_seconds(params.get("stream_timeout"), f"{key}.stream_timeout", notes)
        or defaults.stream_timeout
    )
    if limits := timeouts(total, stream, key, notes):
        deployment.backend["timeout"] = limits
    retries = params.get("num_retries", params.get("max_retries", defaults.num_retries))
    if (count := clamp_retries(retries, f"{key}.num_retries", notes)) is not None:
        deployment.backend["num_retries"] = count
    if defaults.breaker:
        deployment.backend["breaker"] = dict(defaults.breaker)


def clamp_retries(value: Any, key: str, notes: Notes) -> int | None:
    count = number(value, key, notes)
    if count is None:
        return None
    retries = int(count)
    if not 0 <= retries <= 10:
        notes.add(key, f"{retries} retries: rung allows 0 to 10; clamped")
    return min(max(retries, 0), 10)


def _capabilities(deployment: Deployment, params: JSON, info: Any, key: str, notes: Notes) -> None:
    backend = deployment.backend
    info = info if isinstance(info, dict) else {}
    window = info.get("max_input_tokens") or info.get("max_tokens")
    if isinstance(window, int) and window > 0:
        backend["context_window"] = window
    elif not _is_local(backend["base_url"]):
        notes.add(
            f"{key}.max_input_tokens",
            "unknown (LiteLLM reads it from its model map): rung assumes 8192 tokens; "
            f"set models.{deployment.name}.context_window",
        )
    for flag, rung_key in (("supports_vision", "vision"), ("supports_function_calling", "tools")):
        if isinstance(info.get(flag), bool):
            backend[rung_key] = info[flag]
    if isinstance(params.get("max_tokens"), int) and params["max_tokens"] > 0:
        backend["default_max_tokens"] = params["max_tokens"]
    if _is_local(backend["base_url"]):
        backend["residency"] = "local"
    cost_in = info.get("input_cost_per_token", params.get("input_cost_per_token"))
    cost_out = info.get("output_cost_per_token", params.get("output_cost_per_token"))
    if isinstance(cost_in, int | float) and isinstance(cost_out, int | float):
        deployment.price = {"input": cost_in * 1e6, "output": cost_out * 1e6}
    if info.get("mode") not in (None, "chat", "completion"):
        notes.add(f"{key}.mode", f"{info['mode']!r}: rung routes chat and completion calls here")


def _picking(deployment: Deployment, params: JSON) -> None:
    for name in ("weight", "rpm", "tpm"):
        value = params.get(name)
        if isinstance(value, int | float) and value > 0:
            deployment.weight = float(value)
            break
    if isinstance(params.get("order"), int):
        deployment.order = params["order"]


def _is_local(url: str) -> bool:
    return (urlsplit(url).hostname or "") in LOCAL_HOSTS
