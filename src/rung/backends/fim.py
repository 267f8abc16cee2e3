"""Fill-in-the-middle prompts: the code before the cursor (`prompt`), the code after it
(`suffix`), laid out as the model was trained to read them.

Two sources, in this order for `fim: auto` (the default):

1. the GGUF's own FIM tokens (llama.cpp's `llama_vocab_fim_pre/suf/mid`, which it reads from
   `tokenizer.ggml.fim_*_token_id` or recognises by name in the vocabulary);
2. a named template (`TEMPLATES`) for a family recognised from the model's metadata
   (`general.architecture`, `general.name`, `general.basename`, `tokenizer.ggml.pre`).

A named `fim:` in the config picks the template whatever the model declares; `fim: none`, or a
model with neither, refuses a request with a suffix (never a silent non-FIM completion).

Markers are tokenised as special tokens, the client's code as plain text: code that happens to
contain `<fim_prefix>` does not become a control token. Every layout but Codestral's puts the
prefix first, so that the next keystroke (the prefix grown by a few characters) shares the
longest possible token prefix with the previous prompt and llama.cpp re-evaluates only the
tail (its KV cache keeps the common prefix). That tail still holds the whole suffix, which a
prefix-first layout re-evaluates on every keystroke (~130 tokens for a 128-token suffix);
Codestral's suffix-first layout shares everything up to the cursor while the suffix stays the
same, so a keystroke costs only the few new tokens (bench/autocomplete.py shows both).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

PREFIX, SUFFIX = "{prefix}", "{suffix}"  # the slots of a template's parts
SETTINGS = ("auto", "qwen", "starcoder", "codellama", "deepseek", "codestral", "none")

Tokenize = Callable[[str, bool], list[int]]  # (text, special) -> token ids


@dataclass(frozen=True, slots=True)
class Template:
    """A FIM layout: markers (special tokens, spacing included) and the two slots."""

    name: str
    parts: tuple[str, ...]

    def text(self, prefix: str, suffix: str) -> str:
        """The prompt as text (what the model reads, markers written out)."""
        return "".join(_fill(part, prefix, suffix) for part in self.parts)

    def tokens(self, prefix: str, suffix: str, tokenize: Tokenize) -> list[int]:
        """The prompt's token ids: markers as special tokens, the code as plain text."""
        ids: list[int] = []
        for part in self.parts:
            if part in (PREFIX, SUFFIX):
                text = _fill(part, prefix, suffix)
                ids += tokenize(text, False) if text else []
            else:
                ids += tokenize(part, True)
        return ids


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        # Qwen2.5-Coder
        Template("qwen", ("<|fim_prefix|>", PREFIX, "<|fim_suffix|>", SUFFIX, "<|fim_middle|>")),
        # StarCoder, StarCoder2, SantaCoder, Refact and others trained on The Stack
        Template("starcoder", ("<fim_prefix>", PREFIX, "<fim_suffix>", SUFFIX, "<fim_middle>")),
        # Code Llama: "<PRE> {prefix} <SUF>{suffix} <MID>"
        Template("codellama", ("<PRE> ", PREFIX, " <SUF>", SUFFIX, " <MID>")),
        # DeepSeek-Coder
        Template(
            "deepseek", ("<｜fim▁begin｜>", PREFIX, "<｜fim▁hole｜>", SUFFIX, "<｜fim▁end｜>")
        ),
        # Codestral (Mistral): suffix first, then the prefix; the answer follows
        Template("codestral", ("[SUFFIX]", SUFFIX, "[PREFIX]", PREFIX)),
    )
}


@dataclass(frozen=True, slots=True)
class FimTokens:
    """The FIM token ids a GGUF declares (-1: not declared)."""

    prefix: int
    suffix: int
    middle: int

    @property
    def declared(self) -> bool:
        return min(self.prefix, self.suffix, self.middle) >= 0

    def tokens(self, prefix: str, suffix: str, tokenize: Tokenize) -> list[int]:
        """prefix-suffix-middle, as llama.cpp's own server lays it out."""
        before = tokenize(prefix, False) if prefix else []
        after = tokenize(suffix, False) if suffix else []
        return [self.prefix, *before, self.suffix, *after, self.middle]


Layout = Template | FimTokens


def detect(metadata: Mapping[str, str]) -> str | None:
    """The template of a known code-model family, recognised from GGUF metadata; or None."""
    arch = metadata.get("general.architecture", "").lower()
    pre = metadata.get("tokenizer.ggml.pre", "").lower()
    keys = ("general.name", "general.basename", "general.finetune")
    names = " ".join(metadata.get(k, "") for k in keys).lower()
    squashed = names.replace(" ", "").replace("-", "").replace("_", "")
    coder = "coder" in names
    if arch.startswith("starcoder") or "starcoder" in squashed or pre.startswith("starcoder"):
        return "starcoder"
    if "codestral" in squashed:
        return "codestral"
    if "codellama" in squashed:
        return "codellama"
    if pre.startswith("deepseek-coder") or ("deepseek" in names and coder):
        return "deepseek"
    if "qwen" in names and coder:
        return "qwen"
    return None


def choose(setting: str, declared: FimTokens, metadata: Mapping[str, str]) -> Layout | None:
    """The layout for a model: by `setting` (a `fim:` value), its own tokens, its family."""
    if setting == "none":
        return None
    if setting != "auto":
        return TEMPLATES[setting]
    if declared.declared:
        return declared
    family = detect(metadata)
    return TEMPLATES[family] if family else None


def _fill(part: str, prefix: str, suffix: str) -> str:
    if part == PREFIX:
        return prefix
    if part == SUFFIX:
        return suffix
    return part
