"""What a call costs: a price catalogue for hosted models, and a cost model for local ones.

Hosted: USD per million input (prompt) and output (completion) tokens, from `CATALOGUE`,
overridden per model (or per backend name) in the config's `prices:` section.

Local: a local call is not free. The machine is bought once and draws power while it works,
so one call costs its busy time × (hardware amortised per hour + watts × electricity price):

    cost = latency_s / 3600 × (hardware_per_hour + watts / 1000 × electricity_per_kwh)

The defaults describe a typical laptop or small server (1,500 USD over three years at about
half use; 35 W while generating; 0.25 USD per kWh); set your own in `prices.local`.

Catalogue sources (check them; prices change, so override in config):
- Berget AI (api.berget.ai): as listed in the models.dev catalogue (anomalyco/models.dev,
  providers/berget), which converts Berget's EUR prices to USD; read 2026-11-26. Berget bills
  in EUR, so these are approximate.
- OpenAI and others: the providers' published list prices as known on 2026-11-26.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from rung.section import Section
from rung.types import Trace

if TYPE_CHECKING:
    from rung.backends.base import Backend

Kind = Literal["hosted", "local"]
LOCAL_KINDS = frozenset({"local", "llamacpp"})


@dataclass(frozen=True, slots=True)
class Price:
    """USD per million input and output tokens."""

    input: float
    output: float
    source: str = ""

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input + completion_tokens * self.output) / 1_000_000


BERGET = "Berget AI via models.dev (USD from EUR), read 2026-11-26; override in config"
LIST = "provider list price as known 2026-11-26; override in config"

CATALOGUE: dict[str, Price] = {
    # Berget AI (EU-hosted, OpenAI-compatible: https://api.berget.ai/v1)
    "meta-llama/Llama-3.3-70B-Instruct": Price(0.98, 0.98, BERGET),
    "meta-llama/Llama-3.1-8B-Instruct": Price(0.22, 0.22, BERGET),
    "mistralai/Mistral-Small-3.2-24B-Instruct-2506": Price(0.33, 0.33, BERGET),
    "mistralai/Mistral-Medium-3.5-128B": Price(1.65, 5.50, BERGET),
    "openai/gpt-oss-120b": Price(0.22, 0.82, BERGET),
    "google/gemma-4-31B-it": Price(0.27, 0.55, BERGET),
    "zai-org/GLM-4.7": Price(0.76, 2.73, BERGET),
    "zai-org/GLM-5.3": Price(1.75, 5.82, BERGET),
    "zai-org/GLM-5.3-Flash": Price(0.25, 0.50, BERGET),
    "moonshotai/Kimi-K2.6": Price(0.82, 3.82, BERGET),
    "Qwen/Qwen3.8-27B-FP8": Price(0.46, 3.48, BERGET),
    "intfloat/multilingual-e5-large-instruct": Price(0.03, 0.02, BERGET),
    # OpenAI
    "gpt-4o": Price(2.50, 10.00, LIST),
    "gpt-4o-mini": Price(0.15, 0.60, LIST),
    "gpt-4.1": Price(2.00, 8.00, LIST),
    "gpt-4.1-mini": Price(0.40, 1.60, LIST),
    "gpt-4.1-nano": Price(0.10, 0.40, LIST),
    "gpt-5": Price(1.25, 10.00, LIST),
    "gpt-5-mini": Price(0.25, 2.00, LIST),
    "gpt-5-nano": Price(0.05, 0.40, LIST),
    "o3": Price(2.00, 8.00, LIST),
    "o3-mini": Price(1.10, 4.40, LIST),
    "o4-mini": Price(1.10, 4.40, LIST),
    "gpt-3.5-turbo": Price(0.50, 1.50, LIST),
    # Other OpenAI-compatible APIs
    "mistral-small-latest": Price(0.10, 0.30, LIST),
    "mistral-large-latest": Price(2.00, 6.00, LIST),
    "deepseek-chat": Price(0.27, 1.10, LIST),
    "llama-3.3-70b-versatile": Price(0.59, 0.79, LIST),  # Groq
    "llama-3.1-8b-instant": Price(0.05, 0.08, LIST),  # Groq
}


class ModelPrice(Section):
    """A price override: USD per million input and output tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)


class LocalCost(Section):
    """What running a local model costs per busy hour."""

    hardware_per_hour: float = Field(default=0.114, ge=0)  # 1,500 USD / (3 y × 4,380 h)
    watts: float = Field(default=35.0, ge=0)
    electricity_per_kwh: float = Field(default=0.25, ge=0)

    def per_hour(self) -> float:
        return self.hardware_per_hour + self.watts / 1000 * self.electricity_per_kwh

    def cost(self, latency_ms: float) -> float:
        return max(0.0, latency_ms) / 3_600_000 * self.per_hour()


class PricesConfig(Section):
    """The config's `prices:` section. `models` keys are model ids or backend names; `local`
    is the default for local backends and `local_backends` sets it per backend name."""

    models: dict[str, ModelPrice] = Field(default_factory=dict)
    local: LocalCost = LocalCost()
    local_backends: dict[str, LocalCost] = Field(default_factory=dict)


_FOLDED = {k.lower(): v for k, v in CATALOGUE.items()}  # the catalogue by lower-case id


def price_for(backend_name: str, model: str, overrides: PricesConfig | None = None) -> Price | None:
    """A hosted model's price: an override (by backend name, then model id), else the
    catalogue (exact id, then case-insensitively, then the id without its `org/` prefix)."""
    if overrides is not None:
        for key in (backend_name, model):
            if key in overrides.models:
                chosen = overrides.models[key]
                return Price(chosen.input, chosen.output, "config")
    if model in CATALOGUE:
        return CATALOGUE[model]
    bare = model.lower().rsplit("/", 1)[-1]
    return _FOLDED.get(model.lower()) or _FOLDED.get(bare)


def local_cost_for(backend_name: str, overrides: PricesConfig | None = None) -> LocalCost:
    if overrides is None:
        return LocalCost()
    return overrides.local_backends.get(backend_name, overrides.local)


def cost(
    backend_name: str,
    model: str,
    kind: str,
    prompt_tokens: int,
    completion_tokens: int,
    latency_ms: float,
    overrides: PricesConfig | None = None,
) -> float:
    """USD for one call. `kind` is "local" (or "llamacpp") for a model run on this machine,
    anything else for a hosted one. An explicit price override wins even for a local backend;
    a hosted model with no known price costs 0.0 (see `price_for` to tell)."""
    explicit = overrides is not None and (
        backend_name in overrides.models or model in overrides.models
    )
    if kind in LOCAL_KINDS and not explicit:
        return local_cost_for(backend_name, overrides).cost(latency_ms)
    price = price_for(backend_name, model, overrides)
    return 0.0 if price is None else price.cost(prompt_tokens, completion_tokens)


def kind_of(backend: Backend) -> Kind:
    """ "local" for a backend run on this machine: one that declares so (`capabilities.local`,
    an in-process model) or whose residency is `local`; else "hosted"."""
    capabilities = backend.capabilities
    return "local" if capabilities.local or capabilities.residency == "local" else "hosted"


def price_calls(
    trace: Trace, kinds: Mapping[str, str], overrides: PricesConfig | None = None
) -> float:
    """Set each call's `cost` in `trace` (kinds: backend name -> "local" or "hosted", from
    `kind_of`) and return the request's total."""
    total = 0.0
    for call in trace.calls:
        call.cost = cost(
            call.backend,
            call.model,
            kinds.get(call.backend, "hosted"),
            call.prompt_tokens,
            call.completion_tokens,
            call.latency_ms,
            overrides,
        )
        total += call.cost
    return total
