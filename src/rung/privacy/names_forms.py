"""Name forms of forms, lists and signatures (round ten): a surname first with a comma
(`Lindqvist, Maria`), an initial and a surname (`M. Lindqvist`, `J-P. Okafor`), and names in
capitals (`MARIA LINDQVIST`, found by reading the capitals as a name would be written).

`capital_runs` and `title_cased` let the detector read a text's capitals a second time, with
its lexicons, cues and tagger; `repair` widens and joins the PERSON spans found."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS, words
from rung.privacy.names_worded import THINGS, WORD_NAMES

_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_CAPS_WORD = re.compile(_WORD)
# Words that make a run of capitals (or a name before an address: `care_of`) a company, an
# office or a heading, not a person.
NOT_PEOPLE = words(
    "ab hb kb ltd llp inc gmbh ag as asa oy oyj sa sas sarl bv nv llc plc co corp group holding "
    "holdings kommun region och and of the for för av till från ref nr no"
)
_CAPITAL = rf"[{CAPITALS}]"
# `M. `, `J-P. `, `J.P. `, `N.A. ` before a surname.
_INITIALS = re.compile(rf"(?<![\w.'’-]){_CAPITAL}(?:[.-]\s?{_CAPITAL})?\.[ \t]$")
_INITIAL_NAME = re.compile(
    rf"(?<![\w.'’-]){_CAPITAL}(?:[.-]\s?{_CAPITAL})?\.[ \t]({_CAPITAL}[^\W\d_]+(?:-[^\W\d_]+)*)"
)
# What may stand before a name written surname first: a line start, a label's colon, a list's
# semicolon, a bracket, a table cell, a quote, a patient's abbreviation (`Pat.`, `Pt`).
# A form's label and a name written surname first after it (`Sökande: Okafor, Ngozi`).
_LABELLED_INVERTED = re.compile(
    rf"(?m)^[ \t]*[^\W\d_][\w/ .-]{{0,30}}:[ \t]+({_CAPITAL}[^\W\d_]+(?:-[^\W\d_]+)*, "
    rf"{_CAPITAL}[^\W\d_]+(?:-[^\W\d_]+)*(?: {_CAPITAL}[^\W\d_]+)?)"
)
# One name that a message is for or signed with, or that a reference is about: `Ilppo: kan du
# ...`, `... /Ilppo` or `... -Ilppo` at the end, `(Ikäheimo, ref. 4471)`.
_NAME_WORD = rf"({_CAPITAL}[^\W\d_]+(?:-{_CAPITAL}[^\W\d_]+)?)"
_ADDRESSED = re.compile(
    rf"(?m)^{_NAME_WORD}:[ \t]+(?:kan|kunde|skulle|har|vill|du|ni|can|could|would|will|have|"
    r"do|did|you|please|pls)(?![\w])"
)
_SIGNED = re.compile(rf"(?<=[\s])[/–—-]{_NAME_WORD}[ \t]*$", re.M)
_BRACKETED = re.compile(rf"\({_NAME_WORD}, (?=\d|ref\.|nr\.?|pnr)")
_SLOT_BEFORE = re.compile(  # round thirty-six: a room's number, a list's `+` or `/` (dev-cm)
    r"(?:^|^\d{1,4}[A-Z]?|[ \t](?:\+|/|\./\.)[ \t]|[:;(|\[\"”'‘]|\t"
    r"|(?<![\w.])(?:ang\.|angående|re|Re|till|från|av|för|om|to|from|by|for"
    r"|regarding|about|attn\.?|Pat\.|Pt\.?|pat\.|pt\.?"
    r"|[Pp]atient|[Pp]atienten|[Cc]lient|[Kk]lient|[Kk]und|[Cc]ustomer|[Tt]enant|[Hh]yresgäst))"
    r"[ \t]*$"
)
# What may follow it: the end of a line or of the text, punctuation, an email in brackets, a
# comma and a lower-case word or a number (`från Berg, Anna, sista dag 31/1`: no list goes on),
# a dash between spaces, or a lower-case word that does not go on with a list (`och`, `and`).
_SLOT_AFTER = re.compile(
    r"[ \t]*(?:$|[\n.;:)|\]\"”']|,?[ \t]+[<(]|\t|,[ \t]+(?=[a-zß-öø-ÿ]|\d)|[ \t][–—-][ \t]"
    r"|(?<=[ \t])(?:\+|/|\./\.)[ \t]"  # round thirty-six: `Olsson, Claes + Johansson, Agda`
    r"|,[ \t]+(?=[A-ZÅÄÖ]{2,4}\.?:?[ \t]*\d)"  # `, DOB 14/07/1961` (round sixteen)
    r"|,[ \t]+(?=[A-ZÅÄÖ][^\n, ]*(?:[ \t][A-ZÅÄÖ][^\n, ]*)*[ \t]\d{1,4}[A-Za-z]?[ \t]*$)"
    # `Andersson, Lars, Solvägen 5`: a street and number end the row
    r"|[ \t](?!(?:och|and|or|eller|samt|&|o|und|et|y)\b)(?=[a-zß-öø-ÿ]))",
    re.M,
)


def capital_runs(text: str) -> list[tuple[int, int]]:
    """Runs of two to four words in capitals on one line (each of two letters or more), that
    no company or heading word is in; or a line of a surname, a comma and a given name in
    capitals."""
    runs: list[tuple[int, int]] = []
    words = [m for m in _CAPS_WORD.finditer(text)]
    index = 0
    while index < len(words):
        run = [words[index]]
        while (
            _capitals(run[-1].group())
            and index + len(run) < len(words)
            and _capitals(words[index + len(run)].group())
            and (
                text[run[-1].end() : words[index + len(run)].start()] == " "
                or _inverted_line(text, run, words[index + len(run)])
            )
        ):
            run.append(words[index + len(run)])
        if _capitals(run[0].group()) and 2 <= len(run) <= 4:
            keys = [w.group().casefold() for w in run]
            if not any(k in NOT_PEOPLE for k in keys):
                runs.append((run[0].start(), run[-1].end()))
        elif len(run) == 1 and _lone_capitals(text, run[0]):
            runs.append(run[0].span())
        index += len(run)
    return runs


def _inverted_line(text: str, run: list[re.Match[str]], word: re.Match[str]) -> bool:
    """A surname in capitals, a comma, a given name in capitals, the whole line
    (`SANDSTRÖM, JOHANNA`, `PALM, EVA-KARIN`)."""
    if len(run) != 1 or text[run[0].end() : word.start()] != ", ":
        return False
    line_start = text.rfind("\n", 0, run[0].start()) + 1
    line_end = text.find("\n", word.end())
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : run[0].start()].strip() and not text[word.end() : line_end].strip()


def _lone_capitals(text: str, word: re.Match[str]) -> bool:
    """One word in capitals inside a line written in lower case (`Assigned to OKAFOR, cc ...`):
    five letters or more, no everyday word (not `URGENT`), no company or heading word."""
    from rung.privacy.tagger import everyday_zipf

    value = word.group()
    if not _capitals(value) or len(value.replace("-", "")) < 5:
        return False
    line_start = text.rfind("\n", 0, word.start()) + 1
    line_end = text.find("\n", word.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if sum(c.islower() for c in line) < 8:
        return False  # a heading or a form written in capitals
    parts = [p.casefold() for p in re.split(r"['’-]", value) if p]
    return not any(p in NOT_PEOPLE or max(everyday_zipf(p)) >= 3 for p in parts)


# Round thirty-three (dev-ce): a row of a list of residents or deliveries, a surname in capitals
# first, maybe after a flat's number or another surname and a slash (`1302 MOHAMMADI / ERIKSSON`,
# `LUNDIN, Norrgården 7, ...`), the row's end or a separator after it. Round thirty-four (dev-ch):
# or after a label's colon (`Dörrskylt lgh 1708: NILSSON / ANDERSSON.`, `tis 16.00: LIND`).
_ROW_BEFORE = re.compile(r"(?:^|\n|:)[ \t]*(?:\d{1,4}[ \t]+)?(?:[^\W\d_]+[ \t]*/[ \t]*)?\Z")
_ROW_AFTER = re.compile(r"[ \t]*(?:\n|\Z|/|[,.][ \t]|\.\Z|[ \t][–-][ \t])")


def row_surnames(text: str) -> list[Finding]:
    """Each listed surname in capitals that begins a row (see `_ROW_BEFORE`), no stop word nor
    a word of one language (`1301 ANDERSSON`; not `3 BULLE / KAKA`)."""
    from rung.privacy.tagger import one_language

    found = []
    for word in _CAPS_WORD.finditer(text):
        value = word.group()
        key = value.casefold()
        if not _capitals(value) or len(value) < 3 or key not in name_rules.family_names():
            continue
        if key in NOT_PEOPLE or key in name_rules.stop_words() or key in one_language():
            continue
        before = _ROW_BEFORE.search(text, max(0, word.start() - 40), word.start())
        if before is not None and _ROW_AFTER.match(text, word.end()) is not None:
            found.append(Finding("PERSON", word.start(), word.end(), 0.6))
    return found


def _capitals(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def title_cased(text: str, runs: Sequence[tuple[int, int]]) -> str:
    """`text` with each run written as a name is (`MARIA LINDQVIST` -> `Maria Lindqvist`),
    every character at its place."""
    chars = list(text)
    for start, end in runs:
        for match in _CAPS_WORD.finditer(text, start, end):
            for part in re.finditer(r"[^\W\d_]+", match.group()):
                word = part.group()
                cased = word[0] + word[1:].lower()
                if len(cased) == len(word):
                    at = match.start() + part.start()
                    chars[at : at + len(word)] = cased
    return "".join(chars)


def capital_person(value: str) -> bool:
    """A name read from capitals: every word a known name or a rare word; or (round forty-one:
    `HOLLY PHILLIPS`) a name that is also a word beside a known name that is none."""
    words = value.casefold().split()
    if bool(words) and all(_hyphenated_name(w) for w in words):
        return True
    worded = [w for w in words if w in WORD_NAMES or w in THINGS]
    rest = [w for w in words if w not in worded]
    return len(words) > 1 and bool(rest) and all(name_rules.known_name(w) for w in rest)


def capital_head(value: str, after: str) -> int:
    """The length of `value` if `capital_person` takes it; else (round forty-three: `BERTIL RING
    MIG`, a shout going on into a sentence) of its first words, each a known name, when a stop
    word follows them in the run of capitals (`after`: the run's rest); else 0."""
    if capital_person(value):
        return len(value)
    words = list(re.finditer(r"\S+", value + after))
    if not any(w.group().casefold() in name_rules.stop_words() for w in words[1:]):
        return 0
    ends = [w.end() for w in words if w.end() < len(value)]
    known = [end for end in ends if all(map(name_rules.known_name, value[:end].split()))]
    return next((end for end in reversed(known) if capital_person(value[:end])), 0)


def _hyphenated_name(word: str) -> bool:
    """`samadi-far`: one part a name word, no part a stop word."""
    parts = [p for p in re.split(r"['’-]", word) if p]
    if len(parts) == 1:
        return _name_key(parts[0])
    return any(_name_key(p) for p in parts) and not any(
        p in name_rules.stop_words() and not name_rules.known_name(p) for p in parts
    )


def _name_key(key: str) -> bool:
    """A known name, or a word no everyday list has often (Zipf under 3) and no stop word."""
    from rung.privacy.tagger import everyday_zipf

    if name_rules.known_name(key):
        return True
    return key not in name_rules.stop_words() and max(everyday_zipf(key)) < 3


def _rare_name_word(word: str) -> bool:
    return _hyphenated_name(word.casefold())


def below_heading(finding: Finding, text: str) -> Finding:
    """A PERSON that runs over a line break from a heading's line (no name word on it, an
    everyday word or a compound of them: `Kontaktlista Stall Ekbacken\nJakobsson`) starts on
    the next line, when a name word is there (not `Lei\nKarlsson` of `Tang, Lei`)."""
    value = finding.value(text)
    if finding.kind != "PERSON" or "\n" not in value:
        return finding
    head, rest = value.split("\n", 1)
    heads = re.findall(_WORD, head)
    if any(name_rules.known_name(w.casefold()) for w in heads) or not any(map(_heading, heads)):
        return finding
    if not any(name_rules.known_name(w.casefold()) for w in re.findall(_WORD, rest)):
        return finding
    start = finding.end - len(rest.lstrip())
    return Finding("PERSON", start, finding.end, finding.score)


# The last words of a form's or a list's heading, in a compound (`Ägaruppgifter`).
_HEADING_END = re.compile(
    r"..(?i:uppgifter|lista|listan|information|detaljer|kontakter|register|schema|rapport|"
    r"protokoll|anteckningar)\Z"
)


def _heading(word: str) -> bool:
    """A heading's word: a heading's compound, a compound of everyday words, an everyday word."""
    from rung.privacy.names_late import compound_word, swedish_compound
    from rung.privacy.tagger import everyday_zipf

    if _HEADING_END.search(word):
        return True  # `Ägaruppgifter`, `Kontaktlista`, `Deltagarlista`
    return compound_word(word) or swedish_compound(word) or max(everyday_zipf(word)) >= 4


def repair(findings: list[Finding], text: str) -> list[Finding]:
    """Widen PERSON spans over an initial before them, add an initial and a rare surname, and
    join or widen a surname written first with a comma to the given name after it."""
    findings = [below_heading(f, text) for f in findings]
    people = sorted((f for f in findings if f.kind == "PERSON"), key=lambda f: f.start)
    others = [f for f in findings if f.kind != "PERSON"]
    taken = [(f.start, f.end) for f in others]
    result: list[Finding] = []
    for finding in people:
        initials = _INITIALS.search(text, max(0, finding.start - 8), finding.start)
        if initials is not None:
            finding = Finding("PERSON", initials.start(), finding.end, finding.score)
        inner = _INITIAL_NAME.search(text, finding.start + 1, finding.end)
        if inner is not None and any(
            w.islower() for w in text[finding.start : inner.start()].split()
        ):
            finding = Finding(
                "PERSON", inner.start(), finding.end, finding.score
            )  # `Attesterad av M.`
        result.append(finding)
    for match in _INITIAL_NAME.finditer(text):
        start, end = match.span()
        surname = match.group(1)
        worded = surname.casefold() in name_rules.word_surnames()  # `K-M. Strid` (round 44)
        if (worded or _rare_name_word(surname)) and _free(taken, start, end):
            result.append(Finding("PERSON", start, end, 0.7))
    address_starts = {f.start for f in others if f.kind == "ADDRESS"}
    for match in _LABELLED_INVERTED.finditer(text):
        start, end = match.span(1)
        words = re.findall(_WORD, match.group(1))
        comma = re.match(r",[ \t]+", text[end : end + 4])
        before_address = comma is not None and end + comma.end() in address_starts
        if (
            all(_rare_name_word(w) for w in words)
            and (_SLOT_AFTER.match(text, end) is not None or before_address)
            and _free(taken, start, end)
        ):
            result.append(Finding("PERSON", start, end, 0.7))
    for pattern in (_ADDRESSED, _SIGNED, _BRACKETED):
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if _rare_name_word(match.group(1)) and _free(taken, start, end):
                result.append(Finding("PERSON", start, end, 0.7))
    for match in _NICKNAMED.finditer(text):
        start, end = match.span()
        if _free(taken, start, end) and any(f.start < end and start < f.end for f in result):
            result.append(Finding("PERSON", start, end, 0.7))
    if text.islower():
        for start, end in _lower_names(text):
            if _free(taken, start, end):
                result.append(Finding("PERSON", start, end, 0.6))
    result.sort(key=lambda f: f.start)
    return others + _inverted(_merged(result, text), text, taken)


# Round sixteen: a nickname in quotes between a given name and a surname (`Anna "Nenne" Berg`,
# `Anna ‘Nenne’ Berg`): the whole is one name when a part of it is found.
_NAME_PART = rf"{_CAPITAL}[^\W\d_]+(?:-{_CAPITAL}[^\W\d_]+)*"
_NICKNAMED = re.compile(
    rf"(?<![\w'’-]){_NAME_PART}(?:[ \t]{_NAME_PART})?[ \t]+"
    rf"(?:\"[^\W\d_][\w'’-]*\"|'[^\W\d_][\w-]*'|“[^\W\d_][\w'’-]*”|‘[^\W\d_][\w-]*’)"
    rf"[ \t]+{_NAME_PART}(?:[ \t]{_NAME_PART})?(?![\w'’-])"
)


# Lower-case chat: two unknown words joined by `o`/`n`/`&` (`x o y ni är bäst`), an unknown
# word after `till`/`to`/`med`/`with` (`jag skickar det till x sen`).
_LOWER_PAIR = re.compile(r"(?<![\w'’-])([^\W\d_]{3,}) (?:o|n|&|och|and) ([^\W\d_]{3,})(?![\w'’-])")
_LOWER_AFTER = re.compile(r"(?<![\w'’-])(?:till|to|med|with|åt) ([^\W\d_]{3,})(?![\w'’-])")


def _unknown(word: str) -> bool:
    """No everyday word at all, no word of one language, no stop word: a name in chat; no
    place (`Flyget till London är delayed`, London being a given name too; round thirty-four)."""
    from rung.privacy.name_words import EVERY_PLACE
    from rung.privacy.tagger import everyday_zipf, one_language

    key = word.casefold()
    if key in EVERY_PLACE:
        return False
    return (
        everyday_zipf(key) == (0, 0)
        and key not in one_language()
        and key not in name_rules.stop_words()
    ) or name_rules.given(key)


def _lower_names(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for match in _LOWER_PAIR.finditer(text):
        if _unknown(match.group(1)) and _unknown(match.group(2)):
            found += [match.span(1), match.span(2)]
    for match in _LOWER_AFTER.finditer(text):
        if _unknown(match.group(1)):
            found.append(match.span(1))
    return found


def _merged(people: list[Finding], text: str) -> list[Finding]:
    """Overlapping PERSON spans as one: the widest, with its score; over both where the other's
    part outside it holds a known name (round fifty-seven, dev-gz: a span over a list's first two
    lines gave way to a longer one over the next, and the first line's name was lost)."""
    kept: list[Finding] = []
    for finding in people:
        last = kept[-1] if kept else None
        if last is not None and finding.start < last.end:
            longer = finding.end - finding.start > last.end - last.start
            wider, other = (finding, last) if longer else (last, finding)
            outside = text[other.start : wider.start] + " " + text[wider.end : other.end]
            if any(map(name_rules.known_name, _CAPS_WORD.findall(outside))):
                wider = Finding("PERSON", last.start, max(last.end, finding.end), wider.score)
            kept[-1] = wider
            continue
        kept.append(finding)
    return kept


def _inverted(
    people: list[Finding],
    text: str,
    taken: list[tuple[int, int]],
) -> list[Finding]:
    joined: list[Finding] = []
    for finding in people:
        last = joined[-1] if joined else None
        if (
            last is not None
            and text[last.end : finding.start] == ", "
            and _one_surname(text[last.start : last.end])
            and text[last.start : last.end].casefold() not in NO_SURNAME
            and _free(taken, last.start, finding.end)
            and _surname_first(text, last.start, finding.end)
            and not _given_names_both(
                text[last.start : last.end], text[finding.start : finding.end]
            )
        ):
            joined[-1] = Finding("PERSON", last.start, finding.end, max(last.score, finding.score))
            continue
        joined.append(finding)
    widened: list[Finding] = []
    for finding in joined:
        value = text[finding.start : finding.end]
        if ", " not in value and " " not in value.strip() and value.casefold() not in NO_SURNAME:
            after = re.match(rf", ({_WORD})", text[finding.end :])
            before = re.search(rf"({_WORD}), $", text[max(0, finding.start - 40) : finding.start])
            alone = finding
            if after is not None and _rare_name_word(after.group(1)):
                end = finding.end + after.end()
                if _surname_first(text, finding.start, end) and _free(taken, finding.end, end):
                    finding = Finding("PERSON", finding.start, end, finding.score)
            if (
                finding == alone
                and before is not None
                and _rare_name_word(before.group(1))
                and before.group(1).casefold() not in NO_SURNAME  # `Br, Jonas` (round 49)
            ):
                start = finding.start - len(before.group(0))
                if _surname_first(text, start, finding.end) and _free(taken, start, finding.end):
                    finding = Finding("PERSON", start, finding.end, finding.score)
        widened.append(finding)
    return widened


# Words before a comma that address, answer or sign to someone (`Thanks, David.`, `Love, Elin`),
# or put a person in a place (`i Lund, Noah`; `names_inverted`); round forty-nine: `Br, Anna`, a
# firm's form (`Fasad AB, Abdullah Aydın`).
NO_SURNAME = words(
    """
    hej hejsan hallå tjena tja hi hello hey dear kära tack thanks thank ok okay yes ja nej no
    sorry förlåt morning evening night well so och and but men också also please snälla hmm
    love kram kramar hälsningar xoxo hugs cheers regards best mvh br rgds sincerely yours vh
    ab hb kb ltd inc llc plc gmbh oy
    """
)


# Round sixteen: a surname of two words whose first is a particle (`Ní Mhaoláin, Meadhbh`).
_PARTICLES = words("ní nic ó ua mac mc van von de di da del al el le la du bin ben ter")


def _one_surname(value: str) -> bool:
    parts = value.split()
    return len(parts) == 1 or (len(parts) == 2 and parts[0].casefold() in _PARTICLES)


def _surname_first(text: str, start: int, end: int) -> bool:
    """`Surname, Given` standing alone in its slot: after a label, at a line start, in a cell or
    a bracket, and before the end of the slot; not one item of a list (`A, B och C`)."""
    comma = text.find(", ", start)
    if (
        comma < 0
        or not text[start : start + 1].isupper()
        or not text[comma + 2 : comma + 3].isupper()
    ):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _SLOT_BEFORE.search(text[line_start:start]) is None:
        return False
    return _SLOT_AFTER.match(text, end) is not None


def _given_names_both(first: str, second: str) -> bool:
    """Two given names and no surname (`Anna, Maria`): a list, not a surname first."""
    keys = (first.casefold(), second.casefold().split()[0] if second.split() else "")
    return all(name_rules.given(k) and not name_rules.surname(k) for k in keys)


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in taken)
