"""A learned address tagger: a linear-chain CRF that marks the words of postal addresses, in
union with the address rules (`rung.privacy.addresses`), for address lines no rule was written
for.

    tagger = AddressTagger()        # loads lexicons/address-tagger.crfsuite (python-crfsuite)
    tagger.find("skickas till lövstigen 14 b, 432 91 brännared")   # [Finding('ADDRESS', ...)]

The model is built by `data/pii/train_address_tagger.py` from the labelled dev sets (every set
of `score_sets.DEV_SETS`, each written by another hand; never a held-out set). Its features
are the shape of a word (capitals, digits and how many, punctuation), its last three to five
letters (`-gatan`, `-vägen`, `-straat`, `-allee`), its place in its line, whether it is half
of a Swedish postcode, and the same for the three words either side. The identity of a word
is a feature only for short and common words (`väg`, `road`, `lgh`, `c/o`, `rue`), never for
a street or a town's own name, so what it learns is where an address stands and how it is
built, not which addresses it saw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from rung.privacy import names as name_rules
from rung.privacy.address_formats import EVERYDAY_ROAD
from rung.privacy.findings import Finding
from rung.privacy.name_words import MONTHS
from rung.privacy.tagger import CrfModel, Token, _shape, everyday, everyday_zipf, tokens
from rung.privacy.thing_words import SHOPS_AFTER, THING_FIRST, place_end

MODEL_FILE = "address-tagger.crfsuite"
DEFAULT_THRESHOLD = 0.2  # docs/privacy.md, "An address tagger"
SCORE = 0.8  # a tagged address's confidence (the rules' addresses score 0.85-1.0)


def _common(key: str) -> bool:
    freq = everyday().get(key, "00")
    return max(int(freq[0]), int(freq[1])) >= 3


def _describe(word: str) -> list[str]:
    key = word.casefold()
    shape = _shape(word)
    if shape == "punct":
        return [f"s={shape}", f"p={word}"]
    if shape == "digit":
        return [f"s={shape}", f"d={min(len(word), 6)}"]
    identity = f"w={key}" if len(key) <= 3 or _common(key) else "open"
    return [f"s={shape}", identity, f"suf4={key[-4:]}"]


def _postcode_half(toks: list[Token], i: int) -> Iterator[str]:
    """A Swedish postcode is written `123 45`: its two halves."""
    word = toks[i].text
    if not word.isdigit():
        return
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    before = toks[i - 1].text if i > 0 else ""
    if len(word) == 3 and after.isdigit() and len(after) == 2:
        yield "pc32"
    if len(word) == 2 and before.isdigit() and len(before) == 3:
        yield "pc32b"


def features(toks: list[Token]) -> list[list[str]]:
    """Each token's features (see the module's text)."""
    described = [_describe(tok.text) for tok in toks]
    out = []
    for i, tok in enumerate(toks):
        key = tok.text.casefold()
        feats = ["bias", f"len={min(len(tok.text), 12)}", *described[i]]
        if tok.text[:1].isalpha():
            feats += [f"suf3={key[-3:]}", f"suf5={key[-5:]}", f"pre3={key[:3]}"]
        if tok.line_start:
            feats.append("line_start")
        if i + 1 == len(toks) or toks[i + 1].line_start:
            feats.append("line_end")
        feats.extend(_postcode_half(toks, i))
        for offset in (-3, -2, -1, 1, 2, 3):
            other = i + offset
            if 0 <= other < len(toks):
                feats.extend(f"{offset}:{feat}" for feat in described[other])
            else:
                feats.append(f"{offset}:edge")
        out.append(feats)
    return out


def labels(toks: list[Token], spans: list[tuple[int, int]]) -> list[str]:
    """B/I/O labels of ADDRESS spans, by token overlap (punctuation inside one included)."""
    out = []
    previous: tuple[int, int] | None = None
    for tok in toks:
        inside = next((s for s in spans if s[0] < tok.end and tok.start < s[1]), None)
        out.append("O" if inside is None else "I" if inside == previous else "B")
        previous = inside
    return out


class AddressTagger(CrfModel):
    """The shipped address model; `find` gives the addresses it tags in a text."""

    model_file = MODEL_FILE
    default_threshold = DEFAULT_THRESHOLD

    def find(self, text: str) -> list[Finding]:
        """Runs of tokens tagged as an address (or above `threshold`), trimmed of punctuation
        at either end; a run needs a letter and more than one word."""
        toks = tokens(text)
        if not toks:
            return []
        self.load()
        with self._lock:  # a crfsuite Tagger keeps the last sequence: one at a time
            self._tagger.set(features(toks))
            best = self._tagger.tag()
            probability = [1.0 - self._tagger.marginal("O", i) for i in range(len(toks))]
        runs: list[list[int]] = [[]]
        for i in range(len(toks)):
            if best[i] != "O" or probability[i] >= self.threshold:
                runs[-1].append(i)
            elif runs[-1]:
                runs.append([])
        found = []
        for run in runs:
            # trimmed of punctuation at either end (`with_tagged` keeps a tail off an address)
            while run and not toks[run[-1]].text[:1].isalnum():
                run = run[:-1]
            while run and not toks[run[0]].text[:1].isalnum():
                run = run[1:]
            while run and _lower_stop(toks[run[0]].text):
                run = run[1:]  # `on Brimsgatan in Umeå`: no preposition before an address
            if not run or not any(toks[i].text[:1].isalpha() for i in run):
                continue
            start, end = toks[run[0]].start, toks[run[-1]].end
            if any(c.isspace() for c in text[start:end]):  # not a code such as `0x3FA2`
                found.append(Finding("ADDRESS", start, end, SCORE))
        return found


# Round eighteen: a number and a unit of measure end no address (`<hospital>, 3 540 g`); round
# forty-six (dev-el): not a British postcode's last part (`london w3 9hg`).
MEASURE = re.compile(
    r"(?<![A-Za-z]\d[ \t])(?<![A-Za-z]\d[A-Za-z\d][ \t])\d[ \t]?(?:g|kg|hg|gram|kr|km|cm|mm|%)\Z"
    # round thirty-eight: a trip's length (`a 20 minute drive`, `10 min promenad`)
    r"|\d[ \t]?(?:-[ \t]?)?(?:minutes?|mins?|hours?|miles?|minuters?|timmars?)[ \t]+[^\W\d_]+\Z"
)


def with_tagged(found: list[Finding], tagged: list[Finding], text: str) -> list[Finding]:
    """`found` with the tagged addresses: one that overlaps an address found already widens
    it to both (not by a tail that `_no_address_tail` says is no part of it, nor across two
    addresses `_two_apart`); one that overlaps a name or another kind is left out (they keep
    their own placeholder); any other is added."""
    result = list(found)
    for extra in tagged:
        touching = [f for f in result if f.start < extra.end and extra.start < f.end]
        if _posted(extra, touching, text):  # a house or street and a postcode (round 45)
            start = min([extra.start, *(f.start for f in touching)])  # round forty-nine
            result = [f for f in result if f not in touching]
            result.append(Finding("ADDRESS", start, extra.end, extra.score))
            continue
        if any(f.kind != "ADDRESS" for f in touching) or _two_apart(touching, text):
            continue
        if not touching and _sentences_apart(text[extra.start : extra.end]):
            continue  # `avdelning Myran. Chatt ICA Banken`: no number, over a sentence's end
        if not touching and _placed(text[extra.start : extra.end]):
            continue  # `Migrationsverket i Kiruna`: no number, a body and its town
        if not touching and _ends_in_a_word(text[extra.start : extra.end]):
            continue  # `cykla på cykelstråket längs ån`: a path and the sentence going on
        if not touching and _MEASURED.match(text, extra.start):
            continue  # `1 kg nötfärs, 500 g bacon`: a quantity and what it weighs (round 45)
        if not touching and a_shop(text[extra.start : extra.end]):
            continue  # `Pedalen Cykelverkstad`: a shop's name, no number (round fifty-two)
        if not touching and _EVERYDAY_ROAD.match(text, extra.start):
            continue  # `cyklade grusvägen mot Gävle`: a road that is an everyday word (round 52)
        if not touching and _REFERENCE.match(text, extra.start):
            continue  # `ramnr 21V76462`, `PO 19815`: a frame's or an order's number (round 52)
        if not touching and _a_year(text[extra.start : extra.end]):
            continue  # `Lillbyn 2001 stängde`: a place and a year, no rural number
        start = min([extra.start, *(f.start for f in touching)])
        side = _SIDE_BEFORE.search(text, max(0, start - 8), start)  # `lilla ekeby 140`
        start = side.start() if side is not None else start
        if touching and venue_before(text[start : min(f.start for f in touching)]):
            start = min(f.start for f in touching)  # `Albergo del Sole, Marmontova ulica 24`
        end = extra.end if touching else _grown(text, extra)
        if touching:
            last = max(f.end for f in touching)
            cased = any(c.isupper() for f in touching for c in text[f.start : f.end])
            if last >= end or _no_address_tail(text[last:end], cased) or _date_after(text, last):
                end = last
        score = max([extra.score, *(f.score for f in touching)])
        result = [f for f in result if f not in touching]
        result.append(Finding("ADDRESS", start, end, score))
    return sorted(result, key=lambda f: f.start)


# Round forty-five (dev-ef, dev-eh): a tagged run that ends in a postcode (British, Swedish or a
# US state's ZIP) and starts with a house number or holds a street's word, over names and
# addresses found inside it: the names are a street's, a village's or a town's (`9b Westgate\n
# Shrewsbury\nSY23 4RX`, `grange farm, chapel street, great ayton, thirsk yo7 3zh`), and the two
# addresses one (`Lower Barn, Town Street, Ashford` + `in the Water, Skipton BD23 2XU`).
_POSTCODE_LAST = re.compile(
    r"(?:[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}|\d{3}[ \t]?\d{2}[ \t]+[^\W\d_]+"
    r"|[A-Z]{2}[ \t]\d{5})\Z"
)
_STREET_WORD = re.compile(
    r"(?i:gatan|vägen|gränd|torget|backen|stigen|street|road|lane|avenue|drive|close|way|farm)\b"
)


def _posted(tagged: Finding, touching: list[Finding], text: str) -> bool:
    """A tagged address of the kind above over a name or two addresses found wholly inside it
    (or, round forty-nine, an address found from before it into it), none a name that opens
    it."""
    value = tagged.value(text)
    two = len(touching) > 1 or any(f.kind == "PERSON" for f in touching)
    if not two or _POSTCODE_LAST.search(value) is None:
        return False
    for f in touching:
        # round forty-nine: or an address found from before the run into it (`Low Barn, Kirk
        # Street, Burnham` of a run `Kirk Street, Burnham on the Sea, Ripon HG4 2QE`)
        from_before = f.kind == "ADDRESS" and f.start < tagged.start < f.end
        if not (tagged.start <= f.start or from_before) or f.end > tagged.end:
            return False
        if f.kind not in ("PERSON", "ADDRESS") or (f.kind, f.start) == ("PERSON", tagged.start):
            return False
    return value[:1].isdigit() or _STREET_WORD.search(value) is not None


_EVERYDAY_ROAD = re.compile(rf"{EVERYDAY_ROAD}(?![\w-])(?![ \t]+\d)")
_REFERENCE = re.compile(  # a frame's, an order's or a reference's number (`ramnr 21V76462`)
    r"(?i:ramnr|ramnummer|ordernr|order|po|ref|refnr|serienr|serial|frame(?:[ \t]no)?)"
    r"\.?:?[ \t]*[A-Z]*\d"
)
_MEASURED = re.compile(r"\d+(?:[.,]\d+)?[ \t]?(?:g|kg|hg|mg|l|dl|cl|ml|cm|mm|km|ha|kr)\b")
# Round forty-five (dev-eh): a village's first word before what the tagger found, in any case.
_SIDE_BEFORE = re.compile(
    r"(?<![\w-])(?i:lilla|stora|övre|nedre|norra|södra|östra|västra|gamla|inre|yttre)[ \t]\Z"
)


def venue_before(value: str) -> bool:
    """A hotel's or a restaurant's name before the address the rules found (round
    thirty-six): no part of it."""
    first = value.split(maxsplit=1)
    return bool(first) and first[0].casefold() in THING_FIRST  # `Hotel`, `Trattoria`


def a_shop(value: str) -> bool:
    """A tagged run with no digit that ends in a shop's word (`Navet Cyklar`)."""
    words_of = value.split()
    return not any(c.isdigit() for c in value) and words_of[-1].casefold() in SHOPS_AFTER


def _sentences_apart(value: str) -> bool:
    """A tagged run with no digit that goes on over a sentence's end."""
    return not any(c.isdigit() for c in value) and re.search(r"[.!?]\s+[A-ZÅÄÖ]", value) is not None


def _grown(text: str, tagged: Finding) -> int:
    """The end of an address the tagger alone found, grown over its town and postcode as the
    rules grow theirs (`Flat 606, 151 MG Road` + `, Bengaluru 560060`; round twenty-four)."""
    from rung.privacy.addresses import widen_generously

    start, end = widen_generously(text, tagged.start, tagged.end)
    return end if start == tagged.start else tagged.end


def _placed(value: str) -> bool:
    """A tagged run with no digit that joins two parts by `i`, `in`, `of` or `via`, or starts
    with `the` or `via` (`Vuxenutbildningen i Katrineholm`, `the Embassy of Sweden`), or with a
    school's, a clinic's or a choir's word (`Folktandvården Sundsvall`; round forty-four)."""
    if any(c.isdigit() for c in value):
        return False
    if place_end(value.split(maxsplit=1)[0]):
        return True
    return re.search(r"\s(?:i|in|of|via)\s|^(?:the|The|via)\s", value) is not None


def _lower_stop(word: str) -> bool:
    return word.islower() and word in name_rules.stop_words()


def _ends_in_a_word(value: str) -> bool:
    """A tagged run with no digit whose last word is a lower-case stop word or everyday word
    (`motorvägen norrut`, `cykelstråket längs`): no address ends so without a number."""
    if any(c.isdigit() for c in value):
        return False
    last = value.split()[-1].strip(",.;:!?")
    return last.islower() and (_lower_stop(last) or max(everyday_zipf(last)) >= 4)


def _a_year(value: str) -> bool:
    """A tagged run whose only number is a year (`Lillbyn 2001 stängde`): the rules take a
    four-digit number after a farm or village for a rural address only when it is no year."""
    numbers = re.findall(r"\d+", value)
    return len(numbers) == 1 and re.fullmatch(r"(?:19|20)\d\d", numbers[0]) is not None


def _two_apart(touching: list[Finding], text: str) -> bool:
    """Whether addresses the rules found stand apart: a stop word between two of them
    (`från Tranbärsvägen till Granvägen 4`), so one tagged run must not join them."""
    ordered = sorted(touching, key=lambda f: f.start)
    return any(
        word.strip(",.;:").casefold() in name_rules.stop_words()
        for before, after in pairwise(ordered)
        for word in text[before.end : after.start].split()
    )


# Round forty: a label after an address (`södra tunnbindare allé portkod 1234`), which the
# address tagger retrained with dev-db, dev-dd and dev-df took into it.
_LABELS_AFTER = frozenset({"portkod", "dörrkod", "kod", "code", "tel", "telefon", "mobil"})


_DAY_AND_MONTH = re.compile(r"[ \t]+\d{1,2}(?::e)?[ \t]+([^\W\d_]+)")


def _date_after(text: str, end: int) -> bool:
    """A day and a month after an address (`..., 434 95 Kungsbacka 26 oktober kl. 13.15`): a
    date, no house number (round fifty-three, dev-gf)."""
    day = _DAY_AND_MONTH.match(text, end)
    return day is not None and day.group(1).casefold() in MONTHS


def _no_address_tail(tail: str, cased: bool) -> bool:
    """Whether what the tagger adds after an address is no part of it: lower-case words only
    after a capitalised address (` tonight`), words after a stop word (` i kväll`), a number
    with a unit (`, 3 150 000 kr`: a listing's price), a month first (` maj 12`: a date;
    round thirty), or a label first (` portkod 1234`; round forty)."""
    first = tail.split()[0].strip(",.;:").casefold() if tail.split() else ""
    if first in name_rules.stop_words() or first in MONTHS or first in _LABELS_AFTER:
        return True
    if MEASURE.search(tail.rstrip()):
        return True
    return cased and not any(c.isupper() or c.isdigit() for c in tail)
