"""Round seventeen: names read once every other rule has run, and findings that are no name.

- *A name in a travel booking's form*: `SURNAME/GIVEN` (an airline's passenger name, maybe with
  `MR`/`MRS`/... after it), in capitals, hyphens and spaces allowed; it is a PERSON, not a
  secret token.
- *The rest of a list of people*: in a line's list after a label (`Present: A B, C D, X`), an
  item of one to four capitalised words (particles allowed: `X de Y`) that no rule found is a
  name when two other items of the same list are names and its words are rare; an initial
  after a comma (`Surname, T.`) joins the name before it.
- *A team's line-up*: a word after a player's position (`forward x`, `FWD x`), in a line that
  names two positions or more.
- *No name*: a mail's forwarding word (`Fwd`, `Vidarebefordrat`), airport codes joined by a
  hyphen (`ARN-LHR`), an initial that is a unit after a slash (`mmol/L. Remittent`), an
  organisation's abbreviation before a name (`BRF X`, `IK X`), a heading in capitals of
  everyday words only (`TENANCY AGREEMENT`), and everyday words after `the` (`the Town Hall`);
  a one-word compound of everyday words (`Returcenter`, `dev-team`; `compound_word`, round
  nineteen).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy import names_lower, names_places
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS as _CAP
from rung.privacy.name_words import words

_UPPER = rf"[{_CAP}][{_CAP}'’]+(?:[- ][{_CAP}][{_CAP}'’]+)*"
SLASH_NAME = re.compile(
    rf"(?<![\w/])(?P<name>{_UPPER}/{_UPPER}?)(?:[ \t](?:MR|MRS|MS|MISS|MSTR|DR|PROF))?(?![\w/])"
)
_SLASH_PARTS = re.compile(rf"{_UPPER}")
# A booking's word for the passenger before the name: infant, child, adult.
_TICKET_WORD = re.compile(r"(?:INF|CHD|CHLD|ADT|PAX)[ \t]+")


def slash_names(text: str) -> list[Finding]:
    """`SURNAME/GIVEN` names (a passenger's name as an airline writes it)."""
    found = []
    for match in SLASH_NAME.finditer(text):
        name, start = match.group("name"), match.start("name")
        ticket = _TICKET_WORD.match(name)  # round forty-nine (dev-be): `INF PETTERSSON/JOHAN`
        if ticket is not None:
            name, start = name[ticket.end() :], start + ticket.end()
        surname, _, given = name.partition("/")
        if not given or len(surname) < 2 or len(given) < 2:
            continue
        parts = [w for w in re.split(r"[ /-]", name) if w]
        titled = match.end() > match.end("name")  # round forty-nine (dev-be): `LI/JIE MR`
        short = len(surname) <= 3 >= len(given) and not titled
        if any(w.casefold() in _NOT_SLASH for w in parts) or short:
            continue  # `AND/OR`, `ARN/LHR`, `HR/IT`
        if all(_everyday(w) and not name_rules.known_name(w) for w in parts):
            continue  # `PASS/FAIL`
        found.append(Finding("PERSON", start, match.end("name"), 0.7))
    return found


def _everyday(word: str) -> bool:
    from rung.privacy.tagger import everyday_zipf

    return max(everyday_zipf(word.casefold())) >= 3


# Capital words joined by a slash that are no name (`AND/OR`, `TCP/IP`, `I/O`).
_NOT_SLASH = words("and or och eller tcp ip udp http https io ci cd ui ux pdf jpg png n a")


def without_slash_secrets(findings: list[Finding], text: str) -> list[Finding]:
    """A SECRET that is wholly a `SURNAME/GIVEN` name is none (the name is kept instead)."""
    names = [(f.start, f.end) for f in findings if f.kind == "PERSON"]
    return [
        f
        for f in findings
        if f.kind != "SECRET"
        or not any(s <= f.start and f.end <= e for s, e in names)
        or not SLASH_NAME.fullmatch(f.value(text))
    ]


# One item of a list of people: one to four capitalised words, particles allowed.
_PARTICLE = r"(?:de|da|di|del|van|von|der|den|ter|bin|ibn|al|el|la|le|du|dos|das)"
_WORD = rf"[{_CAP}][^\W\d_]+(?:['’-][{_CAP}]?[^\W\d_]+)*"
_ITEM = re.compile(rf"{_WORD}(?:[ \t](?:{_PARTICLE}[ \t])*{_WORD}){{0,3}}")
_LIST_LINE = re.compile(r"(?m)^[^\n:]{0,40}:[ \t]*(?P<list>[^\n]+)$")
# Round eighteen: a label after a sentence's end inside a line (`... g.m. X Y. Barn: A, B och C.`).
_LIST_AFTER_SENTENCE = re.compile(
    r"(?m)(?<=[.!?][ \t])[A-ZÅÄÖ][^\W\d_]{1,25}(?:[ \t][^\W\d_]+){0,2}:[ \t]*(?P<list>[^\n]+)$"
)
_INITIAL_AFTER = re.compile(rf",[ \t](?P<initial>[{_CAP}]\.)(?=[ \t]*(?:,|;|\n|$)|\.)")
_AND = re.compile(r"[ \t](?:och|and|&)[ \t]")
_ROOM = re.compile(r"\d{1,4}[ \t]+")  # round thirty-six (dev-cm): a room's number before a guest


def list_items(findings: list[Finding], text: str) -> list[Finding]:
    """The items of a labelled list of people that no rule found, and an initial after a
    comma joined to the name before it (`Surname, T.`)."""
    people = [f for f in findings if f.kind == "PERSON"]
    others = [f for f in findings if f.kind != "PERSON"]
    added: list[Finding] = []
    for line in [*_LIST_LINE.finditer(text), *_LIST_AFTER_SENTENCE.finditer(text)]:
        start, end = line.span("list")
        stop = re.search(r"[.!?][ \t]+[A-ZÅÄÖ][^\W\d_]*:", text[start:end])  # `... X. Ledare: Y`
        pieces = list_pieces(text, start, start + stop.start() if stop else end)
        named = [p for p in pieces if any(_overlap(p, f) for f in people)]
        if len(named) < 2:
            continue
        for piece in pieces:
            if piece in named or any(_overlap(piece, f) for f in others):
                continue
            room = _ROOM.match(text, piece[0], piece[1])  # `Utcheckade: 709 Backlund, 126 Viklund`
            begin = room.end() if room else piece[0]
            value = text[begin : piece[1]]
            if _ITEM.fullmatch(value) and _rare_item(value):
                added.append(Finding("PERSON", begin, piece[1], 0.55))
    joined = []
    for finding in people + added:
        initial = _INITIAL_AFTER.match(text, finding.end)
        if initial is not None and " " not in finding.value(text).strip():
            finding = Finding("PERSON", finding.start, initial.end("initial"), finding.score)
        joined.append(finding)
    return others + joined


def list_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items: split at commas, semicolons and `och`/`and`/`&`, each
    stripped of spaces and of a full stop that ends the list."""
    body = _AND.sub(lambda m: "," * len(m.group()), text[start:end])
    pieces = []
    for part in re.finditer(r"[^,;]+", body):
        left, right = start + part.start(), start + part.end()
        while left < right and text[left] in " \t":
            left += 1
        while right > left and text[right - 1] in " \t.!":
            right -= 1
        if right > left:
            pieces.append((left, right))
    return pieces


def _overlap(span: tuple[int, int], finding: Finding) -> bool:
    return span[0] < finding.end and finding.start < span[1]


def _rare_item(value: str) -> bool:
    """Each word of the item a known name or a word no everyday list has often; not a stop
    word, place or cue."""
    from rung.privacy.tagger import everyday_zipf

    parts = [w for w in re.split(r"[ \t]+", value) if not re.fullmatch(_PARTICLE, w)]
    if not parts or any(p.casefold() in name_rules.NOT_A_NAME for p in parts):
        return False
    if any(p.casefold() in name_rules.stop_words() for p in parts):
        return False
    return all(name_rules.known_name(p) or max(everyday_zipf(p)) < 3 for p in parts)


def compound_word(value: str) -> bool:
    """One word that is a compound of everyday words, no name (`Returcenter`, `Sprintdemo`,
    `thaistället`, `dev-team`, `Finland-regionen`): two Swedish words of no name (four letters or
    more, then a common one of five or more), or a common word of four letters or more after a
    hyphen; no known or shaped name (`Sandström`, `Anna-Karin`, `Sigvalda`, `Samadi-Far`).
    Stricter than `person_checks._swedish_compound`, which judges a word at a sentence's start
    only: anywhere in a text, its looser split (a joining `s`, a tail of four letters, Zipf 3)
    cost dev-o and dev-r 0.7-1.1 points of PERSON recall."""
    from rung.privacy.tagger import everyday_zipf

    found = name_rules.WORD.findall(value)
    if len(found) != 1 or name_rules.known_name(found[0]) or name_rules.shaped_surname(found[0]):
        return False
    parts = found[0].casefold().split("-")
    if len(parts) > 1:
        tails = (p for p in parts[1:] if len(p) >= 4)
        return any(max(everyday_zipf(p)) >= 4 for p in tails) and not any(
            name_rules.known_name(p) for p in parts
        )
    key = parts[0]
    return any(_two_words(key[:cut], key[cut:]) for cut in range(4, len(key) - 4))


# Round twenty-five: the endings of a Swedish noun's or verb's forms (`kranen`, `paketet`,
# `vittnen`, `polisanmält`), and the linking letters of a compound (`medlems|register`).
_FORMS = ("arna", "erna", "orna", "en", "et", "na", "n", "t", "ar", "er", "or", "at", "ade")
_LINKS = ("", "s", "e", "a")


def _common_sv(word: str) -> bool:
    """A common Swedish word (Zipf 4+), or one in another form (`butiken`, `maskinen`)."""
    from rung.privacy.tagger import everyday_zipf

    if everyday_zipf(word)[0] >= 4:
        return True
    stems = (word.removesuffix(f) for f in _FORMS if word.endswith(f))
    return any(len(stem) >= 4 and everyday_zipf(stem)[0] >= 4 for stem in stems)


def swedish_compound(value: str) -> bool:
    """Round twenty-five: one word of eight letters or more, in no list of names and not shaped
    like a surname, that splits into a Swedish everyday word of three letters or more (Zipf 3+,
    no stop word) and a common one of four or more (Zipf 4+, maybe in another form, maybe after
    a linking `s`, `e` or `a`, no given name's end): `Nödutgång`, `benskydd`, `Medlemsregister`,
    `nätbutiken`. Looser than `compound_word`, so for one word alone, not a name's part; not
    after a nature word that surnames are made of (`Stenbock`, `Vitmossa` stays a name)."""
    found = name_rules.WORD.findall(value)
    if len(found) != 1 or "-" in found[0] or len(found[0]) < 8:
        return False
    key = found[0].casefold()
    if name_rules.listed(key) or name_rules.shaped_surname(key) or key.endswith(_NAME_END):
        return False
    for cut in range(3, len(key) - 2):
        head, rest = key[:cut], key[cut:]
        for link in _LINKS:
            tail = rest.removeprefix(link) if link else rest
            if (link and not rest.startswith(link)) or len(tail) < 4 or tail in _NAME_PARTS:
                continue
            if len(head) < 4 and link:
                continue  # not `dun|s|äter`
            if _head_word(head) and _common_sv(tail) and not name_rules.listed(tail):
                return True
    return False


# The words Swedish surnames are made of (`Stenbock`, `Sjögräs`, `Vinterhav`, `Järnefelt`): a
# compound that starts with one may be a name.
_NATURE = words(
    """
    sten sjö berg lind ek gran björk ström holm dal lund vik järn guld gull silver sol vinter
    sommar vår höst rosen ros lilje blom löv äng hav sand skog strand fjäll snö storm fors bäck
    ås nord söder öster väster gyllen adler lejon örn falk svan trana lärk hägg al alm asp
    björn
    """
)


# The ends of Nordic given names that are words too (`Valfrid`, `Rangvald`, `Torbern`).
_NAME_PARTS = words(
    "frid vald valda bern björn borg hild gerd mund laug veig gunn sten helm bert fred brand"
    " säter äter unga"
)  # and a surname's `säter` (`Kvarnsäter`), `Folkunga`
_NAME_END = ("ina", "ine", "ia", "ella", "etta", "ette")  # `Tommasina`


def _head_word(head: str) -> bool:
    from rung.privacy.tagger import everyday_zipf

    if head in _NATURE or head in name_rules.stop_words():
        return False
    return everyday_zipf(head)[0] >= 3 and not name_rules.known_name(head)


def _two_words(head: str, tail: str) -> bool:
    """A Swedish word of four letters or more and a common one of five or more, neither a name
    (Swedish writes its compounds as one word, English mostly not: `Cakebread` is a surname)."""
    from rung.privacy.tagger import everyday_zipf

    if everyday_zipf(head)[0] < 3 or everyday_zipf(tail)[0] < 4:
        return False
    return not (name_rules.known_name(head) or name_rules.known_name(tail))


# Mail words that head a forwarded message or a subject.
_MAIL_WORDS = words("fwd fw vb vidarebefordrat vidarebefordra forwarded vidaresänt")
_ROUTE = re.compile(r"[A-Z]{3}(?:[-–/][A-Z]{3})+")
_ORG_HEADS = words("brf ik if fk bk sk hsb ab kb hb ek")
_THE_BEFORE = re.compile(r"(?<![\w])(?:the|The|THE)[ \t]+\Z")


_LAST_INITIAL = re.compile(rf"(?:^|[ \t])[{_CAP}]\Z")


# Round forty-five (dev-eh): the first of two initials joined by a hyphen (`M.-A. Martinsson`).
_INITIAL_HYPHEN = re.compile(r"(?<![\w.-])[A-ZÅÄÖ]\.-\Z")


def initial_dot(finding: Finding, text: str) -> Finding:
    """A name that ends with an initial takes the initial's dot (`Rahul M.`, `Per L.`; round
    forty: the dev sets label the dot 1,199 times and leave it out 8); one that starts with an
    initial takes an initial and a hyphen before it (`M.-A. Martinsson`)."""
    if finding.kind == "PERSON" and re.match(r"[A-ZÅÄÖ]\.", finding.value(text)):
        joined = _INITIAL_HYPHEN.search(text, max(0, finding.start - 3), finding.start)
        if joined is not None:
            finding = Finding(finding.kind, joined.start(), finding.end, finding.score)
    value = finding.value(text)
    if finding.kind != "PERSON" or " " not in value or not _LAST_INITIAL.search(value):
        return finding
    if text[finding.end : finding.end + 1] != ".":
        return finding
    return Finding(finding.kind, finding.start, finding.end + 1, finding.score)


def late_false(finding: Finding, text: str) -> bool:
    """A PERSON that is no name (see the module's docstring)."""
    if finding.kind != "PERSON":
        return False
    from rung.privacy.tagger import everyday_zipf

    value = finding.value(text)
    parts = value.split()
    if not parts:
        return False
    if value.casefold().strip(":") in _MAIL_WORDS or _ROUTE.fullmatch(value):
        return True
    unit = re.search(r"\w/\Z", text[max(0, finding.start - 2) : finding.start])
    if re.match(r"[A-Z]\.[ \t]", value) and unit is not None and len(parts) <= 2:
        return True  # `mmol/L. Remittent`: a unit, then a label (not a sign-off: `/E. Hansson`)
    if len(parts) >= 2 and parts[0].casefold() in _ORG_HEADS and parts[0].isupper():
        return True  # `BRF Ljusgården`: a housing co-operative, a club
    if len(parts) >= 2 and value.isupper():  # `SHORTHOLD TENANCY AGREEMENT`: a heading
        common = sum(max(everyday_zipf(p)) >= 3 for p in parts)
        return 2 * common >= len(parts) and not any(map(name_rules.known_name, parts))
    if len(parts) == 1 and _common_alone(value, finding, text):
        return True
    if re.match(r"\+(?:[-\s.,;:!?)]|\Z)", text[finding.end : finding.end + 2]):
        return True  # round forty-one (dev-dl): a service's name, `Erasmus+-stipendium`, `Disney+`
    if len(parts) == 1 and names_places.a_place(value, finding, text):
        return True  # `Boone, North Carolina`, `studerar i Dayton`, `Täby Kvarnen 33:16`
    if len(parts) == 2 and parts[1] in _LINKS_AFTER and not name_rules.known_name(parts[0]):
        return True  # `Justeras av`, `Expedierat av`: a participle and its agent's preposition
    if len(parts) >= 2 and _THE_BEFORE.search(text, 0, finding.start):
        return all(
            max(everyday_zipf(p)) >= 3 and not name_rules.given(p) for p in parts
        )  # `the Town Hall` (not `the Anna Lindh memorial`)
    return False


_COURTESY = re.compile(r",[ \t](?:thanks|thank|tack|cheers)\b|[ \t]to[ \t][A-ZÅÄÖ]")
_LINKS_AFTER = frozenset({"av", "by", "of", "från", "from"})
_CHAT_VERBS = frozenset({"e", "ä", "va", "r"})  # chat's `är`
_SAID = frozenset({"said", "says", "asked", "wrote", "sa", "säger", "frågade", "skrev"})
_TITLE_DOT = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Revd|Insp|Sgt|Cllr|St|Sr|Jr|Fr|Hr|Fru|Doc)\.[ \t]+\Z"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:][ \t]+|\n[ \t]*)\Z")


def _stop(word: str) -> bool:
    return word.islower() and word in name_rules.stop_words()


_BEFORE_VERB = re.compile(r"(?<![\w-])(?:to|please|pls|won't|will|can|could|must)[ \t]\Z", re.I)
_OBJECT = re.compile(r"[ \t](?:the|a|an|his|her|their|our|my|it|up|any|them|him|me|us)\b")


def _common_alone(value: str, finding: Finding, text: str) -> bool:
    """One word that is no name where it stands: a lower-case English verb after `to` (Zipf 4+,
    no given name of the unambiguous list: `to chase`); at a
    sentence's or label's start, a stop word before a lower-case word (`Inga beslut`) or an
    everyday word (Zipf 4+) before a comma or `to` (`Lovely, thanks`, `Pass to X`); a word
    before a colon inside a line, after a sentence's end (`... mg. Prescriber: X`)."""
    from rung.privacy.tagger import everyday_zipf

    key = value.casefold()
    zipf = max(everyday_zipf(key))
    after = text[finding.end : finding.end + 6]
    if value.islower():
        verb = _BEFORE_VERB.search(text, max(0, finding.start - 10), finding.start)
        verb = verb and _OBJECT.match(text, finding.end)
        return (bool(verb) and everyday_zipf(key)[1] >= 4) or names_places.word_sense(
            key, finding, text
        )
    if not _SENTENCE_START.search(text, 0, finding.start) or _TITLE_DOT.search(
        text, 0, finding.start
    ):
        return False
    me_after = name_rules.ME_AFTER.match(text, finding.end)
    if key in name_rules.stop_words() and re.match(r"[ \t][a-zåäö]", after) and not me_after:
        return True  # `Inga beslut`, not `Per och jag` (round thirty-three)
    listed = key in name_rules.given_names() or name_rules.known_name(value)
    courtesy = _COURTESY.match(text, finding.end)
    if zipf >= 4 and courtesy and not listed:
        return True  # `Lovely, thanks X`, `Pass to X`: an everyday word, not a vocative
    inside = text[max(0, finding.start - 2) : finding.start] in (". ", "! ", "? ")
    return inside and after[:1] == ":" and not name_rules.known_name(value)


# Round seventeen: a team's line-up, a position before each player (`mål X, back Y och Z, mitt
# W, forward v`; `GK X, DEF Y, MID Z, FWD w`): the player's name, in lower case too.
_POSITIONS = (
    r"målvakt|mål|back|backar|mitt|mittfält|forward|anfall|anfallare|ytter|center|"
    r"GK|DEF|MID|FWD|keeper|goalkeeper|defence|defender|midfield|midfielder|striker|winger"
)
LINE_UP = re.compile(
    rf"(?:^|(?<=[:,][ \t]))(?:{_POSITIONS})[ \t]+"
    r"(?P<name>[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?)(?=[ \t]*(?:[,.;]|$|[ \t](?:och|and)[ \t]))",
    re.M,
)


def line_up(findings: list[Finding], text: str) -> list[Finding]:
    """The players of a line-up that names two positions or more (see `LINE_UP`): a word after
    a position that is a name or no everyday word."""
    from rung.privacy.tagger import everyday_zipf

    matches = list(LINE_UP.finditer(text))
    if len(matches) < 2:
        return findings
    findings = [_without_position(f, text) for f in findings]
    added = []
    for match in matches:
        name = match.group("name")
        key = name.casefold()
        if key in name_rules.stop_words() or key in name_rules.NOT_A_NAME:
            continue
        if name_rules.known_name(name) or max(everyday_zipf(key)) < 3:
            start, end = match.span("name")
            if not any(f.start < end and start < f.end for f in findings):
                added.append(Finding("PERSON", start, end, 0.6))
    return findings + added


_POSITION_HEAD = re.compile(r"(?:GK|DEF|MID|FWD)[ \t]+(?=[^\W\d_])")


def _without_position(finding: Finding, text: str) -> Finding:
    """A PERSON that starts with a position in capitals (`DEF X`), without it."""
    head = _POSITION_HEAD.match(text, finding.start) if finding.kind == "PERSON" else None
    if head is None or head.end() >= finding.end:
        return finding
    return Finding("PERSON", head.end(), finding.end, finding.score)


_SUBJECT_BEFORE = re.compile(r"(?<![\w])(?P<subject>[^\W\d_]+)[ \t]+\Z")
_SUBJECTS = words("jag du han hon vi ni dom de man hen")


def _verb_after_subject(value: str, text: str, start: int) -> bool:
    """A lower-case word in `-ar` after a Swedish subject or a given name: a verb, mixed
    into a chat (`jag swishar dig`, `christopher joinar också`), not a name."""
    if not value.endswith("ar") or not value.isalpha() or name_rules.given(value):
        return False
    before = _SUBJECT_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return False
    subject = before.group("subject")
    return subject.casefold() in _SUBJECTS or name_rules.given(subject)


def without_chat_verbs(finding: Finding, text: str) -> Finding | None:
    """A lower-case PERSON of two words or more without a stop word or chat verb at either end
    (`e sjuk` is no name; `did x` is `x`); None when what is left is an everyday word or
    nothing, or a verb after its subject (`jag swishar`)."""
    from rung.privacy.tagger import everyday_zipf

    value = finding.value(text)
    if (
        finding.kind == "PERSON"
        and value.islower()
        and _verb_after_subject(value, text, finding.start)
    ):
        return None
    if finding.kind != "PERSON" or not value[:1].islower() or " " not in value.strip():
        return finding
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", value)]
    first, last = 0, len(spans) - 1
    while first <= last and _chatty(value[slice(*spans[first])]):
        first += 1
    while last >= first and _chatty(value[slice(*spans[last])]):
        last -= 1
    if last > first and value[slice(*spans[last])] in _SAID:
        last -= 1  # `cecilia said you need`: the verb after its speaker (round forty-six, dev-el)
    if first > last:
        return None
    if (first, last) == (0, len(spans) - 1):
        return finding
    start, end = finding.start + spans[first][0], finding.start + spans[last][1]
    rest = text[start:end]
    if " " not in rest and max(everyday_zipf(rest)) >= 3 and not name_rules.given(rest):
        return None
    return Finding("PERSON", start, end, finding.score)


def _chatty(word: str) -> bool:
    return word.islower() and (word in name_rules.stop_words() or word in _CHAT_VERBS)


# Round seventeen: a name that its place marks, of one or two words: a speaker in brackets after
# a role in a transcript (`Agent (X): ...`), whom to answer (`RSVP to X`), a signature after a
# slash at the end of a message (`Välkomna! /X Y`), whom a meeting thanked or welcomed, and a
# quoted `Surname, Given` cell of a CSV whose header names a name column.
_ONE_OR_TWO = rf"({_WORD}(?:[ \t](?:{_PARTICLE}[ \t])*{_WORD})?)"
_PLACED = (
    re.compile(
        r"(?im)^[ \t]*(?:agent|support|kundtjänst|handläggare|operator|advisor|rådgivare|"
        rf"kundservice|customer service|staff)[ \t]*\({_ONE_OR_TWO}\):"
    ),
    re.compile(rf"\b(?:RSVP|OSA|svara)[ \t]+(?:to|till)[ \t]+{_ONE_OR_TWO}(?![\w'’-])"),
    re.compile(rf"(?:^|(?<=[.!?])[ \t]+|\n)/[ \t]?{_ONE_OR_TWO}[ \t]*$"),
    re.compile(
        r"\b(?:thanked|welcomed|congratulated|tackade|välkomnade|gratulerade|avtackade)[ \t]+"
        rf"{_ONE_OR_TWO}(?![\w'’-])"
    ),
)
_NO_SIGNER = words(
    "admin administrator support team info styrelsen redaktionen kansliet staff office kontoret"
)
# Round fifty-one (dev): a lower-case signature (`names_lower.signed`); each of the 422 on dev
# was a name. Not a chat command, a path, kin nor a unit (`/me`, `/tmp`, `/mamma`, `40 kr /st`).
_LOWER_SLASHED = re.compile(r"(?:(?<=\s)|^)/([a-zåäöæøéü][^\W\d_]{1,15})\b")
_NO_LOWER_SIGNER = _NO_SIGNER | words(
    "me help shrug giphy remind invite leave join topic nick msg tmp home dev etc usr var bin opt"
    " mamma pappa mormor morfar farmor farfar morsan farsan mum mom dad mummy daddy grandma nana"
    " st styck mån år dag dygn vecka timme tim natt pers person kvm kg month day week"
    " hour night year pc pcs each unit"
)
_CSV_HEADER = re.compile(r"(?i)^\"?(?:name|namn|full name|fullständigt namn|customer|kund)\"?[,;]")
_CSV_INVERTED = re.compile(rf"(?m)^\"({_WORD}), ({_WORD}(?:[ \t]{_WORD})?)\"[,;]")


def placed(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the names of `_PLACED`, `_LOWER_SLASHED` and of a CSV's quoted `Surname,
    Given` cells."""
    added = []
    for pattern in _PLACED:
        for match in pattern.finditer(text):
            if _rare_item(match.group(1)) and match.group(1).casefold() not in _NO_SIGNER:
                added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    for match in _LOWER_SLASHED.finditer(text):
        signed = names_lower.signed(text[: match.start(1)], text[match.end(1) :])
        if signed and match.group(1) not in _NO_LOWER_SIGNER:
            added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    if _CSV_HEADER.match(text):
        for match in _CSV_INVERTED.finditer(text):
            added.append(Finding("PERSON", match.start(1), match.end(2), 0.6))
    kept = [
        f
        for f in added
        if not any(o.start < f.end and f.start < o.end for o in findings if o.kind != "PERSON")
    ]
    return findings + kept


_PARTICLE_TAIL = re.compile(rf"[ \t](?:der|den|la|le|los|las)[ \t]{_WORD}")
_ENDS_IN_PARTICLE = re.compile(rf"[ \t]{_PARTICLE}$")
_WORD_AFTER = re.compile(rf"[ \t]{_WORD}")


# Round twenty-nine (dev-bo): lower-case particles right before a surname that starts a line, a
# field or a list's item (`van den Berg, Kees`, `Seller: de Jong, Sanne`), not inside a sentence
# (`una casa de Juan`).
_LEADING_PARTICLES = "van|von|de|di|da|du|af|der|den|del|dos|das|ter"


def _particles_before(particles: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:^|(?<=[\n:;(–—-])|(?<=[\n:;(–—-][ \t])|(?<=,[ \t])"
        r"|(?<=^\d[.)][ \t])|(?<=^\d\d[.)][ \t]))"
        rf"(?:(?:{particles})[ \t])+\Z",
        re.MULTILINE,
    )


# Round fifty-six (dev-gx): after a list row's number too (`4. von Platen, Lars, ...`).
_PARTICLES_BEFORE = _particles_before(_LEADING_PARTICLES)
# Round fifty-four (dev-gh): in capitals before a surname in capitals (`VON PLATEN, Karin`).
_CAPITAL_PARTICLES_BEFORE = _particles_before(_LEADING_PARTICLES.upper())


# Round forty-six (dev-ep): a given name, also a word's, and a noble particle before a surname
# found alone (`Per von Sydow`, `Bo af Klercker`).
_GIVEN_AND_PARTICLES = re.compile(
    r"(?<![\w'’-])([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[ \t]+"
    r"(?:(?:von|af|de|van|der|den|la)[ \t])+\Z"
)


def particles_before(findings: list[Finding], text: str) -> list[Finding]:
    """Each capitalised PERSON that particles starting a line or a field come right before
    widened over them (`van den Berg, Kees`, `Seller: de Jong, Sanne`), or a given name and
    particles (`Per von Sydow`)."""
    widened = []
    for f in findings:
        before = _PARTICLES_BEFORE.search(text, max(0, f.start - 20), f.start)
        if before is None and f.value(text).split()[0].rstrip(",").isupper():
            before = _CAPITAL_PARTICLES_BEFORE.search(text, max(0, f.start - 20), f.start)
        given = _GIVEN_AND_PARTICLES.search(text, max(0, f.start - 40), f.start)
        if given is not None and given.group(1).casefold() not in name_rules.given_names():
            given = None
        before = before or given
        if f.kind == "PERSON" and before is not None and f.value(text)[:1].isupper():
            f = Finding("PERSON", before.start(), f.end, f.score)
        widened.append(f)
    return widened


def with_particles(finding: Finding, text: str) -> Finding:
    """A PERSON that ends in a particle (`X van`) widened over the particle and surname after
    it (`X van der Y`)."""
    if finding.kind != "PERSON" or not _ENDS_IN_PARTICLE.search(finding.value(text)):
        return finding
    tail = _PARTICLE_TAIL.match(text, finding.end) or _WORD_AFTER.match(text, finding.end)
    return Finding("PERSON", finding.start, tail.end(), finding.score) if tail else finding
