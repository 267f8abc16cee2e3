"""Fill-in-the-middle prompts: the GGUF's own tokens, each named template, the family a
model's metadata names; and end to end on the embedded model."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from rung import RequestError
from rung.backends import fim
from rung.backends.llamacpp import LlamaCppBackend
from rung.config import LlamaCppBackendConfig
from rung.types import ChatRequest

PREFIX, SUFFIX = "def add(a, b):\n    return ", "\n\nprint(add(1, 2))\n"


def fake_tokenize(text: str, special: bool) -> list[int]:
    """A recording tokenizer: special text as one negative id per marker, plain text as its
    characters' code points (so the test can read back what went where)."""
    if special:
        return [-1000 - sum(map(ord, text))]
    return [ord(c) for c in text]


def marker(text: str) -> int:
    return fake_tokenize(text, True)[0]


def plain(text: str) -> list[int]:
    return fake_tokenize(text, False)


def test_gguf_tokens_are_prefix_suffix_middle() -> None:
    tokens = fim.FimTokens(prefix=32001, suffix=32002, middle=32003)
    assert tokens.declared
    assert tokens.tokens(PREFIX, SUFFIX, fake_tokenize) == [
        32001, *plain(PREFIX), 32002, *plain(SUFFIX), 32003,
    ]  # fmt: skip
    assert tokens.tokens("", "", fake_tokenize) == [32001, 32002, 32003]
    assert not fim.FimTokens(-1, 5, 6).declared


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "qwen",
            f"<|fim_prefix|>{PREFIX}<|fim_suffix|>{SUFFIX}<|fim_middle|>",
            [marker("<|fim_prefix|>"), *plain(PREFIX), marker("<|fim_suffix|>"),
             *plain(SUFFIX), marker("<|fim_middle|>")],
        ),
        (
            "starcoder",
            f"<fim_prefix>{PREFIX}<fim_suffix>{SUFFIX}<fim_middle>",
            [marker("<fim_prefix>"), *plain(PREFIX), marker("<fim_suffix>"), *plain(SUFFIX),
             marker("<fim_middle>")],
        ),
        (
            "codellama",
            f"<PRE> {PREFIX} <SUF>{SUFFIX} <MID>",
            [marker("<PRE> "), *plain(PREFIX), marker(" <SUF>"), *plain(SUFFIX),
             marker(" <MID>")],
        ),
        (
            "deepseek",
            f"<｜fim▁begin｜>{PREFIX}<｜fim▁hole｜>{SUFFIX}<｜fim▁end｜>",
            [marker("<｜fim▁begin｜>"), *plain(PREFIX), marker("<｜fim▁hole｜>"),
             *plain(SUFFIX), marker("<｜fim▁end｜>")],
        ),
        (
            "codestral",
            f"[SUFFIX]{SUFFIX}[PREFIX]{PREFIX}",
            [marker("[SUFFIX]"), *plain(SUFFIX), marker("[PREFIX]"), *plain(PREFIX)],
        ),
    ],
)  # fmt: skip
def test_each_named_template_exactly(name: str, text: str, expected: list[int]) -> None:
    template = fim.TEMPLATES[name]
    assert template.text(PREFIX, SUFFIX) == text
    assert template.tokens(PREFIX, SUFFIX, fake_tokenize) == expected


def test_templates_cover_every_named_setting() -> None:
    assert set(fim.TEMPLATES) == set(fim.SETTINGS) - {"auto", "none"}


@pytest.mark.parametrize(
    ("metadata", "family"),
    [
        ({"general.architecture": "starcoder2", "general.name": "StarCoder2 3B"}, "starcoder"),
        ({"general.architecture": "llama", "general.name": "CodeLlama 7B"}, "codellama"),
        ({"general.architecture": "llama", "general.name": "codellama_codellama-7b"}, "codellama"),
        ({"general.architecture": "llama", "tokenizer.ggml.pre": "deepseek-coder"}, "deepseek"),
        ({"general.architecture": "qwen2", "general.name": "Qwen2.5 Coder 1.5B"}, "qwen"),
        ({"general.architecture": "llama", "general.name": "Codestral 22B v0.1"}, "codestral"),
        ({"general.architecture": "qwen2", "general.name": "Qwen2.5 1.5B Instruct"}, None),
        ({"general.architecture": "llama", "general.name": "Smollm2 135M",
          "tokenizer.ggml.pre": "smollm"}, None),
    ],
)  # fmt: skip
def test_families_recognised_from_metadata(metadata: dict[str, str], family: str | None) -> None:
    assert fim.detect(metadata) == family


def test_choose_prefers_config_then_own_tokens_then_family() -> None:
    own, none = fim.FimTokens(1, 2, 3), fim.FimTokens(-1, -1, -1)
    starcoder = {"general.architecture": "starcoder"}
    assert fim.choose("auto", own, starcoder) == own
    assert fim.choose("auto", none, starcoder) == fim.TEMPLATES["starcoder"]
    assert fim.choose("qwen", own, starcoder) == fim.TEMPLATES["qwen"]
    assert fim.choose("auto", none, {}) is None
    assert fim.choose("none", own, starcoder) is None


# --- end to end on the embedded model (SmolLM2 declares no FIM tokens: the template case) ---


@pytest.fixture(scope="module")
async def starcoder() -> AsyncIterator[LlamaCppBackend]:
    local = LlamaCppBackend("fimmed", LlamaCppBackendConfig(context_window=2048, fim="starcoder"))
    await local.start()
    yield local
    await local.close()


def fim_request(**fields: object) -> ChatRequest:
    body = {"prompt": PREFIX, "suffix": SUFFIX, "max_tokens": 6, "temperature": 0, **fields}
    return ChatRequest(body)


@pytest.mark.live
async def test_embedded_model_declares_no_fim_so_auto_is_a_clear_400() -> None:
    local = LlamaCppBackend("embedded", LlamaCppBackendConfig(context_window=1024))
    await local.start()
    try:
        model = local._llm._model
        assert (model.token_prefix(), model.token_suffix(), model.token_middle()) == (-1, -1, -1)
        with pytest.raises(RequestError) as caught:
            await local.complete(fim_request())
        error = caught.value
        assert error.status == 400 and error.param == "suffix" and not error.backend_fault
        assert "embedded:smollm2-135m" in error.message and "fim:" in error.message
        plain_text = await local.complete(ChatRequest({"prompt": PREFIX, "max_tokens": 1}))
        assert plain_text.usage.completion_tokens == 1  # a text request without suffix still runs
    finally:
        await local.close()


@pytest.mark.live
async def test_configured_template_builds_the_exact_token_sequence(
    starcoder: LlamaCppBackend,
) -> None:
    llm = starcoder._llm

    def tokens(text: str, special: bool) -> list[int]:
        return list(llm.tokenize(text.encode(), add_bos=False, special=special))

    plan = starcoder._text_plan(fim_request())
    expected = [
        *tokens("<fim_prefix>", True), *tokens(PREFIX, False), *tokens("<fim_suffix>", True),
        *tokens(SUFFIX, False), *tokens("<fim_middle>", True),
    ]  # fmt: skip
    assert plan.prompts == [expected]  # SmolLM2 adds no BOS
    assert plan.prompt_tokens == [len(expected)]
    completion = await starcoder.complete(fim_request())
    assert completion.usage.prompt_tokens == len(expected)
    assert completion.usage.completion_tokens == 6
    direct = llm.create_completion(prompt=expected, max_tokens=6, temperature=0)
    assert completion.text == direct["choices"][0]["text"]


@pytest.mark.live
async def test_code_that_spells_a_special_token_stays_text(starcoder: LlamaCppBackend) -> None:
    im_start = starcoder._llm.tokenize(b"<|im_start|>", add_bos=False, special=True)
    assert len(im_start) == 1  # a real special token of this vocabulary
    plan = starcoder._text_plan(fim_request(prompt="x = '<|im_start|>'\n"))
    assert im_start[0] not in plan.prompts[0]


@pytest.mark.live
async def test_fim_streams_and_refuses_echo(starcoder: LlamaCppBackend) -> None:
    whole = await starcoder.complete(fim_request())
    chunks = [c async for c in starcoder.stream(fim_request(stream=True))]
    assert "".join(c.delta_text for c in chunks) == whole.text
    with pytest.raises(RequestError) as caught:
        await starcoder.complete(fim_request(echo=True))
    assert caught.value.param == "echo"


@pytest.mark.live
async def test_fim_none_refuses_by_config() -> None:
    local = LlamaCppBackend("nofim", LlamaCppBackendConfig(context_window=1024, fim="none"))
    await local.start()
    try:
        with pytest.raises(RequestError, match="fim: none"):
            await local.complete(fim_request())
    finally:
        await local.close()
