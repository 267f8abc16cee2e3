"""A learned name tagger: a linear-chain CRF over token features, for names no list holds.

    tagger = NameTagger()          # loads lexicons/name-tagger.crfsuite (python-crfsuite)
    tagger.find("ping zaneta, kan du kolla?")   # [(5, 11, 0.99...)]

The model is built by `data/pii/train_tagger.py` from generated text whose names come only
from the part of the public name lists that held-out sets never draw from (see that script).
Its features are the shape of a word (capitals, length, hyphens, prefixes and suffixes), its
place (start of text or line, after punctuation), lexicon hits (given name, surname, stop word,
place, cue: features, not decisions), and the same for the words around it; the identity of a
word is a feature only for closed-class words (stop words and cues), so that what it learns
about names carries over to names it never saw.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rung.privacy import names as name_rules
from rung.privacy.name_words import CUES, GREETINGS, PLACES, SIGN_OFFS

MODEL_FILE = "name-tagger.crfsuite"
TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|[^\w\s]")
DEFAULT_THRESHOLD = 0.5
SENTENCE_MARKS = frozenset(".!?:;-–—>|*\"'(")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    line_start: bool  # first token of the text or of a line


def tokens(text: str) -> list[Token]:
    found: list[Token] = []
    last = 0
    for match in TOKEN.finditer(text):
        line_start = not found or "\n" in text[last : match.start()]
        found.append(Token(match.group(), match.start(), match.end(), line_start))
        last = match.end()
    return found


@cache
def everyday() -> dict[str, str]:
    """Casefolded word -> its Zipf frequency in Swedish and English (`everyday-words.txt`)."""
    text = resources.files("rung.privacy").joinpath("lexicons", "everyday-words.txt")
    table = {}
    for line in text.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            word, sv, en = line.split()
            table[word] = f"{sv}{en}"
    return table


@cache
def one_language() -> frozenset[str]:
    """Words of Swedish or English only (`one-language-words.txt`): not names."""
    text = resources.files("rung.privacy").joinpath("lexicons", "one-language-words.txt")
    return frozenset(w for w in text.read_text("utf-8").split("\n") if w and w[0] != "#")


def everyday_zipf(word: str) -> tuple[int, int]:
    """A word's Zipf frequency in Swedish and English, rounded down (0, 0 if not everyday)."""
    freq = everyday().get(word.casefold(), "00")
    return int(freq[0]), int(freq[1])


@cache
def closed_class() -> frozenset[str]:
    """Words whose identity is a feature: stop words and the cues of the name rules."""
    return name_rules.stop_words() | CUES | GREETINGS | SIGN_OFFS


def _shape(word: str) -> str:
    if not word[:1].isalpha():
        return "digit" if word.isdigit() else "punct"
    if word.isupper() and len(word) > 1:
        return "UPPER"
    if word[:1].isupper():
        return "Title" if word[1:].islower() or len(word) == 1 else "Mixed"
    return "lower"


def _describe(word: str, prefix: str, lexicon: bool) -> Iterator[str]:
    """The features of one word, each named with `prefix` (its offset from the token)."""
    key = word.casefold()
    shape = _shape(word)
    yield f"{prefix}shape={shape}"
    if shape == "punct":
        yield f"{prefix}p={word}"
        return
    if key in closed_class():
        yield f"{prefix}w={key}"
    elif shape != "digit":
        yield f"{prefix}open"
    if lexicon and shape != "digit":
        if name_rules.given(word):
            yield f"{prefix}given"
        if name_rules.surname(word):
            yield f"{prefix}surname"
        if key in PLACES or key in name_rules.NOT_A_NAME:
            yield f"{prefix}notname"
        if key in name_rules.stop_words():
            yield f"{prefix}stop"
    if shape != "digit":
        freq = everyday().get(key, "00")
        yield f"{prefix}sv={freq[0]}"
        yield f"{prefix}en={freq[1]}"


def _features(toks: list[Token], index: int, lexicon: bool, lower_text: bool) -> list[str]:
    tok = toks[index]
    word, key = tok.text, tok.text.casefold()
    feats = ["bias", f"len={min(len(word), 10)}"]
    feats.extend(_describe(word, "", lexicon))
    if word[:1].isalpha():
        feats += [f"suf3={key[-3:]}", f"suf2={key[-2:]}", f"pre2={key[:2]}"]
        if "-" in word:
            feats.append("hyphen")
    if tok.line_start:
        feats.append("line_start")
    if lower_text:
        feats.append("lower_text")
    for offset in (-2, -1, 1, 2):
        other = index + offset
        if 0 <= other < len(toks):
            feats.extend(_describe(toks[other].text, f"{offset}:", lexicon))
        else:
            feats.append(f"{offset}:edge")
    if index > 0 and toks[index - 1].text in ".!?:":
        feats.append("after_stop")
    return feats


def sentence_features(text: str, toks: list[Token], lexicon: bool = True) -> list[list[str]]:
    lower_text = not any(c.isupper() for c in text)
    return [_features(toks, i, lexicon, lower_text) for i in range(len(toks))]


def labels(toks: list[Token], spans: list[tuple[int, int]]) -> list[str]:
    """B/I/O labels of PERSON spans, by token overlap."""
    out = []
    previous: tuple[int, int] | None = None
    for tok in toks:
        inside = next((s for s in spans if s[0] < tok.end and tok.start < s[1]), None)
        if inside is None or not tok.text[:1].isalpha():
            out.append("O")
            previous = None
            continue
        out.append("I" if inside == previous else "B")
        previous = inside
    return out


class CrfModel:
    """A CRF model of python-crfsuite, shipped in `lexicons/` as `model_file` (or at `path`),
    loaded once; its tagger keeps the last sequence, so one text at a time (`_lock`)."""

    model_file = MODEL_FILE
    default_threshold = DEFAULT_THRESHOLD

    def __init__(self, threshold: float | None = None, path: str | None = None) -> None:
        self.threshold = self.default_threshold if threshold is None else threshold
        self._path = path
        self._tagger: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._tagger is not None:
                return
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            if self._path is not None:
                tagger.open(self._path)
            else:
                model = resources.files("rung.privacy").joinpath("lexicons", self.model_file)
                with resources.as_file(model) as file:
                    tagger.open(str(file))
            self._tagger = tagger


class NameTagger(CrfModel):
    """The shipped name model; `find` gives (start, end, probability) of names in a text."""

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return self.tag(text).names(self.threshold)

    def tag(self, text: str) -> Tagged:
        """Every token of `text` with the tagger's best label and its name probability."""
        toks = tokens(text)
        if not toks:
            return Tagged([], [], [])
        self.load()
        feats = sentence_features(text, toks)
        with self._lock:  # a crfsuite Tagger keeps the last sequence: one at a time
            self._tagger.set(feats)
            marginals = [1.0 - self._tagger.marginal("O", i) for i in range(len(toks))]
            best = self._tagger.tag()
        return Tagged(toks, best, marginals)


@dataclass(frozen=True, slots=True)
class Tagged:
    tokens: list[Token]
    best: list[str]
    probability: list[float]  # that the token is part of a name

    def names(self, threshold: float) -> list[tuple[int, int, float]]:
        return _spans(self.tokens, self.best, self.probability, threshold)

    def words(self, start: int, end: int) -> list[str]:
        """The words of the tokens in [start, end)."""
        return [
            t.text for t in self.tokens if t.start < end and start < t.end and t.text[:1].isalpha()
        ]

    def cased(self) -> bool:
        """Whether a word inside a sentence (not its first) is capitalised (`Anna`, not `I`
        nor `PR`): the text's writer capitalises names."""
        previous = ""
        for tok in self.tokens:
            inner = previous and previous not in SENTENCE_MARKS and not tok.line_start
            if inner and _shape(tok.text) == "Title" and len(tok.text) > 1:
                return True
            previous = tok.text
        return False

    def most_likely(self, start: int, end: int) -> float:
        """The highest name probability of the words in [start, end) (1.0 if none)."""
        inside = [
            p
            for t, p in zip(self.tokens, self.probability, strict=True)
            if t.start < end and start < t.end and t.text[:1].isalpha()
        ]
        return max(inside, default=1.0)


def _spans(
    toks: list[Token], best: list[str], marginals: list[float], threshold: float
) -> list[tuple[int, int, float]]:
    """Runs of name tokens (by the best path, or a name probability above `threshold`)."""
    found: list[tuple[int, int, float]] = []
    run: list[int] = []
    for i, tok in enumerate(toks):
        name = tok.text[:1].isalpha() and (best[i] != "O" or marginals[i] >= threshold)
        starts = name and best[i] == "B" and bool(run)
        if run and (not name or starts):
            found.append(_span(toks, run, marginals))
            run = []
        if name:
            run.append(i)
    if run:
        found.append(_span(toks, run, marginals))
    return [f for f in found if f[2] >= threshold]


def _span(toks: list[Token], run: list[int], marginals: list[float]) -> tuple[int, int, float]:
    return toks[run[0]].start, toks[run[-1]].end, min(marginals[i] for i in run)
