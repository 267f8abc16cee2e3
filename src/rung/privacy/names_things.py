"""Round twenty-two: what is named but is no person. A PERSON found where the words around it
name a thing is dropped:
- a church, a school, a cup (`Katarina kyrka`, `Sorbonne Université`, `University of
  Washington`, `Kalle Anka Cup`), a restaurant or a journal (`Trattoria Bella`, `Acta ...`);
- a club or a team (`Kungälvs GoIF`, `HK Kalmar`, `Northfield Juniors`, `Denton Wanderers`);
- an animal (`med jämthunden Zorro`, `Djur: Bella (hund)`: `names_animals`), a brand between an
  article and its noun (`a Wilson racket`, `the Hardy rod`; not `the Kennedy family`);
- a job's title (`Senior ML Engineer`), a Swedish definite noun shaped like a surname
  (`Institutionen`), a word in camel case or a path's part (`KeyError`, `\\AppData\\`);
- an everyday word that no list of names holds, in lower case (`siffror`, `labbet`) or first
  in its sentence before a lower-case word (`Kranen står still`), unless a cue or a verb of
  people makes it a person (`fråga valborg`, `line sa att`; `names_lower`);
- a name of the things lexicon (`lexicons/things.txt`: towns, companies, software,
  universities, events) that no cue puts a person in (`Lidl`, `Harrogate`; not `Dr Boston`).
A cheer or a role's word at a name's start is cut from it (`Heja Elsa`, `Hundförare Alva Berg`).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CUES, EVERY_PLACE, words
from rung.privacy.names_animals import breed, pet
from rung.privacy.names_lower import SAID, as_person, everyday_word, lower_thing, next_word, said
from rung.privacy.thing_words import (
    ARTICLE,
    ARTICLE_BEFORE,
    CHEERS,
    CLUB,
    CONTACTS,
    FEAST_AFTER,
    FIRM_AFTER,
    FIRM_TAIL,
    FORM_AFTER,
    FURNITURE,
    HOME_AFTER,
    KEEPING_FIRST,
    KEEPING_LAST,
    KIN_AND_ROLES,
    KIN_GENITIVES,
    LEAD_ROLES,
    MAKES,
    MY,
    NOUN_AFTER,
    OF_BEFORE,
    PEOPLE,
    PLACE_BEFORE,
    PLACE_ENDINGS,
    RANKS,
    ROLE_WORDS,
    SALONS,
    SHOPS_AFTER,
    STORM_BEFORE,
    STORMS,
    TEAM_WORDS,
    THING_AFTER,
    THING_FIRST,
    TITLE,
    TRADES_AFTER,
    WORD_BEFORE,
    department,
    place_end,
    products,
    things,
)


def _body_end(words_of: list[str]) -> bool:
    """A body's or a firm's last word, no given name (`Université`, `Cup`), or a trade's, with no
    owner's genitive before it (`Bright Spark Electrical`; `Love's Plumbing` is `names_firms`')."""
    last = words_of[-1].casefold()
    if last == "hall":  # round forty-four (dev-eb): `Symphony Hall`, `Town Hall`; not `Anna Hall`
        return all(map(_everyday_word_only, words_of[:-1]))
    if last in THING_AFTER:
        return last not in name_rules.given_names()
    if last in SHOPS_AFTER:
        return not any(name_rules.known_name(_stem(w)) for w in words_of[:-1])
    owned = any(w.endswith(("'s", "’s")) for w in words_of[:-1])
    named = len(words_of) > 2 and name_rules.given(words_of[0])  # `John Bryant Opticians` (r. 44)
    return last in TRADES_AFTER and not owned and not named


# A model's trim or body code after a make and a model (`ST`, `EV`, `PHEV`, `GTI`, `T8`).
_TRIM_AFTER = re.compile(r"[ \t]+[A-Z][A-Z0-9]{1,4}(?![\w-])")


def _stem(word: str) -> str:
    """A word without its genitive's ending (`Annas`, `Patel's` -> `Anna`, `Patel`), when the
    stem is a known name."""
    for ending in ("'s", "’s", "'", "’", "s"):
        stem = word.removesuffix(ending)
        if stem != word and name_rules.known_name(stem):
            return stem
    return word


def _everyday_word_only(word: str) -> bool:
    """A word that is no name, not even a given name that is a word too (`Myrtle`), and is used
    often (Zipf 3 or more: `Symphony`, `Town`; not `R.`, `George-Louise`)."""
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    if name_rules.listed(key) or key in name_rules.word_given_names():
        return False
    return max(everyday_zipf(key)) >= 3


def body_word(word: str) -> bool:
    """A word that ends a firm's, a body's or a place's name (`Estates`, `Housing`, `Skolan`)."""
    return word.casefold() in THING_AFTER


def _named_thing(value: str, before: str, after: str) -> bool:
    """A value of the things lexicon (also in its genitive: `Båstads`), unless a cue before it
    makes it a person (`Dr Boston`, `Hej Austin`); one that is also a surname, or written as a
    person's name (`John Lewis`), only after a preposition of place or an article (`in Leeds`,
    `at Sainsbury's`, `at John Lewis`)."""
    every, surnames = things()
    key = value.casefold().removesuffix("'s").removesuffix("’s")
    if re.match(r"s(?![\w'’])", after) and key + "s" in every:
        return True  # `på Fonus kontor`: a thing's genitive, found without its `s`
    if key not in every:
        key = key[:-1] if key.endswith("s") and key[:-1] in every else ""
    if not key:
        return _branch(value.casefold(), every)
    parts = key.split()
    personal = len(parts) > 1 and parts[0] in name_rules.given_names()  # `John Lewis`
    word = WORD_BEFORE.search(before)
    cued = word is not None and word.group(1).casefold() in CUES
    if cued and (personal or name_rules.listed(value)):
        return False  # `Dr Boston`, `Hej Calvin Klein`; not `ring Telenor`, `hej Fortum!` (r. 35)
    if key in surnames:
        placed = word is not None and word.group(1).casefold() in PLACE_BEFORE | ARTICLE
        return placed or _among_things(before, after, every, surnames)
    if personal and parts[-1] in name_rules.family_names():
        if word is not None and word.group(1).casefold() in PLACE_BEFORE | ARTICLE:
            return True
        return _brand_use(value, before, after)  # `Ralph Lauren polo`, `Butik: Clas Ohlson`
    return " " in key or not name_rules.given(value)


def _branch(key: str, every: frozenset[str]) -> bool:
    """A chain of the things lexicon and its branch's town (`Synsam Motala`, `Specsavers Täby`;
    round forty-four, dev-dz); not a name's (`Lund`)."""
    parts = key.split()
    return any(
        " ".join(parts[:cut]) in every
        and not name_rules.listed(" ".join(parts[:cut]))
        and all(part in EVERY_PLACE for part in parts[cut:])
        for cut in range(1, len(parts))
    )


# Round forty-three: a word joined to the value in a list (`Spotify, Klarna och Ericsson`).
_NEXT_ITEM = re.compile(r"[ \t]*(?:,|och|and|&|eller|or)[ \t]+([^\W\d_][\w-]*)")
_PREVIOUS_ITEM = re.compile(
    r"([^\W\d_][\w-]*)[ \t]*(?:,|[ \t]och|[ \t]and|[ \t]&|[ \t]eller|[ \t]or)[ \t]*\Z"
)


def _among_things(before: str, after: str, every: frozenset[str], surnames: frozenset[str]) -> bool:
    """A thing's name that is a surname too, in a list beside a thing's name that is none
    (`Mötet med Ericsson och Telia`)."""
    beside = [m.group(1) for m in (_PREVIOUS_ITEM.search(before), _NEXT_ITEM.match(after)) if m]
    return any(
        w.casefold() in every and w.casefold() not in surnames and not name_rules.listed(w)
        for w in beside
    )


# Round twenty-five: a lower-case word joined to a name by a hyphen (`Björn Borg-väskan`).
_HYPHEN_WORD = re.compile(r"-[a-zåäö]{3,}")
# Round twenty-five: the label of a shop or a brand before one (`Butik: Clas Ohlson`).
_BRAND_LABEL = re.compile(
    r"(?i:butik|store|shop|brand|märke|varumärke|leverantör|supplier):[ \t]*\Z"
)


def _brand_use(value: str, before: str, after: str) -> bool:
    """A brand of the things lexicon written as a person's name (`Tommy Hilfiger`, `Clas
    Ohlson`) used as one: a lower-case noun after it (`Ralph Lauren polo shirt`, `Björn Borg
    jacka`, `Björn Borg-väskan`) or a shop's label before it (`Butik: Clas Ohlson`), and no cue
    of a person before it nor a verb of what people say after it."""
    if as_person(value, before, after):
        return False
    noun = NOUN_AFTER.match(after)
    if noun is not None and noun.group("noun") not in PEOPLE and noun.group("noun") not in SAID:
        return True
    if _HYPHEN_WORD.match(after):
        return True  # `Björn Borg-väskan`
    return _BRAND_LABEL.search(before) is not None


# Round twenty-five: a noun after a genitive that makes its word a body's or a street's
# (`Offerdals kyrka`, `Granlunds backe`), and a stem that ends as a place does (`Ekbackens`).
_BODY_WORDS = words(
    """
    kyrka kyrkan församling kommun län socken skola skolan sjukhus station hamn
    backe gata väg allé torg plan gränd stig plats
    """
)
_PLACE_STEM = re.compile(
    r"(?:backen|gården|dalen|berget|viken|udden|holmen|näset|ängen|hagen|lunden|skogen|torget|"
    r"vägen|gatan|sjön|bruket|hallen|parken|ön|ån)\Z"
)


def body_noun(noun: str) -> bool:
    """A noun that names a body, a place or a street after a genitive, alone or ending a compound
    (`gymnasium`, `barnsjukhus`, `kyrka`, `väg`)."""
    key = noun.casefold()
    return body_word(noun) or any(key.endswith(word) for word in _BODY_WORDS)


def thing_genitive(stem: str, noun: str) -> bool:
    """Whether `stem` in the genitive before `noun` names a thing, not a person: a thing of the
    lexicon (`Peabs kontor`, `Fonus`), a body's or a street's noun after it (`Offerdals kyrka`,
    `Granlunds backe`), or a place's ending (`Ekbackens trädgårdstjänst`)."""
    every = things()[0]
    key = stem.casefold()
    return (
        key in every or key + "s" in every or noun in _BODY_WORDS or bool(_PLACE_STEM.search(stem))
    )


def _definite_noun(word: str) -> bool:
    """A Swedish definite noun by its ending (`Institutionen`, `Avdelningen`, a doer's
    `Djurhållaren`), in no list of names."""
    key = word.casefold()
    agent = len(key) > 8 and key.endswith(("aren", "arens"))  # `Hyrestagaren` (round 45)
    shop = any(key.endswith(end) and len(key) > len(end) + 2 for end in _SHOP_ENDS)
    ends = key.endswith(name_rules.NOUN_ENDINGS) or agent or shop
    return ends and not name_rules.listed(word)


# A shop's Swedish compound (`Tryckhörnan`, r. 50; a workshop, `Urmakeriet`, `Sömnadsverkstan`, 51).
_SHOP_ENDS = ("hörnan", "boden", "butiken", "ateljén", "studion", "eriet", "verkstaden", "verkstan")


# A word with a capital inside it that no name prefix explains (`KeyError`, not `McDonald`).
_CAMEL = re.compile(r"(?!Mc|Mac|O['’]|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z][a-z]+[A-Z]")
# A part of a file path (`\AppData\`, `/Temp/`).
_PATH_PART = re.compile(r"(?<=[\w:.~])[\\/][^\W\d_]+[\\/]")  # not GEDCOM's `NAME Ana /Lind/`
_LOWER_AFTER = re.compile(r"[ \t]+[a-zåäö]")


def _club(words_of: list[str], before: str, after: str) -> bool:
    """A club's town (`Kungälvs GoIF`, `HK Kalmar`: one word beside a club's letters, not
    `Lundberg Casper IFK Sundsvall`), or its whole name found as one; a housing association's."""
    if len(words_of) == 2 and any(CLUB.fullmatch(w) for w in words_of):
        return True  # not `Kvastrisius Tjodolf (Hälsinge SK`
    if any(w.casefold() == "brf" for w in words_of) or re.search(r"(?i:\bbrf)[ \t]+\Z", before):
        return True  # round thirty-two: a housing association (`Avgiftsavi Brf Vesslan`)
    if len(words_of) != 1:
        return False
    club_after = re.match(rf"[ \t]+{CLUB.pattern}(?![\w-])", after)
    return (
        club_after is not None
        or re.search(rf"(?<![\w-]){CLUB.pattern}[ \t]+\Z", before) is not None
    )


def _animal_place(words_of: list[str]) -> bool:
    """A place that keeps or treats animals, named by no person (see `KEEPING_FIRST`)."""
    if len(words_of) < 2 or not (
        words_of[0].casefold() in KEEPING_FIRST or words_of[-1].casefold() in KEEPING_LAST
    ):
        return False
    if any(w.endswith(("'s", "’s", "s'")) for w in words_of):
        return False  # `Huber's Livery`, `Scott's Boarding Kennels`: an owner's name
    return not any(name_rules.listed(w) for w in words_of)


_AMPERSAND_BEFORE = re.compile(r"[^\W\d_]+[ \t]*&[ \t]*\Z")
_AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*[^\W\d_]+")


def _joined_thing(value: str, before: str, after: str) -> bool:
    """Round thirty-four: a name joined by `&` to a word, the two an entry of the things lexicon
    (`Marks & Spencer`, `Bang & Olufsen`)."""
    every = things()[0]
    head = _AMPERSAND_BEFORE.search(before)
    tail = _AMPERSAND_AFTER.match(after)
    return (head is not None and (head.group() + value).casefold() in every) or (
        tail is not None and (value + tail.group()).casefold() in every
    )


# Round forty-seven (dev-er): a disease or a syndrome named after its finder (`Parkinson's
# disease`, `Crohns sjukdom`, `Downs syndrom`).
_EPONYM_AFTER = re.compile(
    r"(?:['’]s|s)?[ \t]+(?i:disease|syndrome|sjukdom|sjukdomen|syndrom|syndromet)(?![\w-])"
)
# Round forty-seven (dev-er): up to three words after a value (maybe in its genitive), on its line.
_WORDS_AFTER = re.compile(r"(?P<genitive>s|'s|’s)?(?P<words>(?:[ \t]+[^\W\d_][\w&'’-]*){1,3})")


def _starts_a_thing(value: str, after: str) -> bool:
    """A value that is no given name and begins an entry of the things lexicon with the words
    after it (`Royal` of `Royal Mail Tracked 24`), also in its genitive."""
    following = _WORDS_AFTER.match(after)
    if following is None or name_rules.given(value):
        return False
    every = things()[0]
    phrase = (value + (following.group("genitive") or "")).casefold()
    for word in following.group("words").split():
        phrase += " " + word.casefold()
        if phrase in every:
            return True
    return False


def thing(finding: Finding, text: str, people: frozenset[int] = frozenset()) -> bool:
    """Whether a PERSON finding names a thing by the words around it (see the module).
    `people`: the starts and ends of the other PERSONs found, to which a word joined by `och`,
    `and`, `or` is a person too (`bile eller gülzar`, `montel and ramakrishna`)."""
    value = finding.value(text)
    before = text[max(0, finding.start - 40) : finding.start]
    after = text[finding.end : finding.end + 40]
    words_of = name_rules.WORD.findall(value)
    if not words_of:
        return False
    if value.casefold() in KIN_AND_ROLES:
        return not name_rules.given(value)  # `Dad`, `Heir`, `syrran`, `Dear Clerk`
    if _kin_or_storm(value, words_of, before, after):
        return True  # `Pappas personnummer`, `Stormen Gudrun`, `stormen Per`
    if len(words_of) == 1 and value[:1].isupper() and _TITLED.search(before):
        return False  # `Hej doktor Falkenberg!`: a person's title makes a town a surname
    if _joined_thing(value, before, after) or _starts_a_thing(value, after):
        return True  # `Spencer` of `Marks & Spencer`, `Royal` of `Royal Mail`
    if _EPONYM_AFTER.match(after) and not name_rules.given(value):
        return True  # `Alzheimer's disease`, `Parkinsons sjukdom`
    mac = value.casefold() == "mac" and _MAC_AFTER.match(after) is not None
    if _snake_key(value) or mac or _product(words_of):
        return True  # `assigned_to:`, `mac 5A:AB:...`, `Printer Canon`, `Garo GLB` (round 35)
    if value.islower():
        return lower_thing(finding, text, people) or breed(words_of)  # `jack russell terrier`
    if "\n" in value:
        return False  # `Ammar Ibrahim\nDoctoral College`: lines apart, judged by neither
    following = next_word(after)
    by_next = _by_next_word(value, words_of, following)
    if by_next is not None:
        return by_next
    word_before = WORD_BEFORE.search(before) if len(words_of) == 1 else None
    if word_before is not None and word_before.group(1).casefold() in FURNITURE:
        # `stol Stefan och hylla Billy`: products; not after a sentence's end (`en extra säng.
        # Karins man`; round thirty-six)
        return not before.rstrip().endswith((",", "."))
    firm = _firm_or_place(words_of, value, after)
    if firm is not None:
        return firm
    if len(words_of) == 1 and _word_not_name(value, before, after):
        return True
    if len(words_of) == 1 and _definite_noun(words_of[0]):
        return True  # `Institutionen för kemi`: shaped like a Finnish surname (`-nen`)
    one = words_of[0] if len(words_of) == 1 else ""
    if one and not name_rules.listed(one) and _unlisted_thing(finding, text, one, before, after):
        return True
    if OF_BEFORE.search(before):
        return True
    if not value.isupper() and _club(words_of, before, after):
        return True
    if len(words_of) >= 2 and words_of[-1].casefold() in TEAM_WORDS:
        return not name_rules.known_name(words_of[-1])
    if len(words_of) == 1 and following[:1].isupper() and following.casefold() in TEAM_WORDS:
        return True  # `Denton Wanderers`
    if pet(words_of, text, finding.start, finding.end):
        return True
    article = ARTICLE_BEFORE.search(before)
    if len(words_of) == 1 and article is not None and article.group(1).casefold() in ARTICLE:
        return _article_thing(value, after)
    return _named_thing(value, before, after)


def _kin_or_storm(value: str, words_of: list[str], before: str, after: str) -> bool:
    """Round fifty (dev-fl): a parent's or a grandparent's genitive before a noun (`Pappas
    personnummer`), or a storm's name (`Stormen Gudrun`, `stormen Per`, `Storm Arwen`)."""
    if value.casefold() in KIN_GENITIVES and re.match(r"[ \t]+[a-zåäö]", after):
        return True
    return words_of[0].casefold() in STORMS or STORM_BEFORE.search(before) is not None


def _by_next_word(value: str, words_of: list[str], following: str) -> bool | None:
    """Whether the word after a PERSON finding makes it a body's name (`Katarina kyrka`; not
    `Roberts' estate`) or, capitalised, a shop's or a firm's that no known name owns (round
    fifty: `Northlight Studio`, `Octopus Energy`; not `Persson Studio`, nor an owner's `Phrommas
    garage`); None when it says nothing."""
    key = following.casefold()
    if key in THING_AFTER:
        return not value.endswith(("'s", "’s", "'", "’"))
    if following[:1].isupper() and key in SHOPS_AFTER:
        return not any(name_rules.known_name(_stem(w)) for w in words_of)
    return None


def _firm_or_place(words_of: list[str], value: str, after: str) -> bool | None:
    """Whether a PERSON finding names a firm, a body, a place, a car or a role by its own words
    and the firm's words after it; None when these say nothing."""
    tail = FIRM_TAIL.match(after) if len(words_of) == 1 else None
    if tail and not (name_rules.surname(value) or name_rules.known_name(tail.group("next"))):
        return True  # `Snickeriet på Hisingen AB`, `Kakel & Klinker Syd AB` (round forty-eight)
    if FIRM_AFTER.match(after):  # `Jonsson & Söner AB`, `Patel & Sons Ltd`, `Morgan Ltd`
        full = len(words_of) >= 2 and name_rules.given(words_of[0])
        return not (full and name_rules.surname(words_of[-1]))  # not `Cindy Andrews & Sons`
    if len(words_of) >= 2 and _body_end(words_of):
        return True  # `Kalle Anka Cup`, `Sorbonne Université`, `Bright Spark Electrical`
    if len(words_of) >= 2 and words_of[0].casefold() in THING_FIRST:
        # round forty-three (dev-dv): `Salong Saxen`, not `Salong Mohammad` (named after him)
        return not (
            words_of[0].casefold() in SALONS and all(map(name_rules.known_name, words_of[1:]))
        )
    if _animal_place(words_of):
        return True
    if len(words_of) in (2, 3) and words_of[0].casefold() in MAKES and "," not in value:
        model = [w.casefold() not in name_rules.family_names() for w in words_of[1:]]
        trim = _TRIM_AFTER.match(after) is not None  # `Seat Leon ST` (round forty-nine)
        return all(model) or trim  # `Toyota Corolla`, `Kia Niro EV`
    if words_of[-1].casefold() in ROLE_WORDS and not any(map(name_rules.given, words_of)):
        return True  # `Senior ML Engineer`, `Principal Investigator`
    if len(words_of) >= 2 and place_end(words_of[-1]):
        return True  # `Per Brahegymnasiet`, `Tycho Braheskolan`: named after a person
    if len(words_of) >= 2 and (place_end(words_of[0]) or department(words_of[0])):
        return True  # `Smådjurskliniken Lyckan`, `Dödsboservice Syd`: a place, then its name
    if len(words_of) == 1 and HOME_AFTER.match(after):  # `Solgårdens äldreboende` (round 52)
        return not name_rules.known_name(value.removesuffix("s"))  # not `Marias förskola`
    return None


def _unlisted_thing(finding: Finding, text: str, word: str, before: str, after: str) -> bool:
    """Whether one word no list holds names a thing: a code's or a path's word, a school's or a
    church's name, a form's title, an everyday word that opens a sentence."""
    value = finding.value(text)
    if _CAMEL.match(value) or _PATH_PART.match(text, finding.start - 1):
        return True  # `KeyError`, `TypeScript`; `C:\Users\mikael\AppData\Local\Temp`
    if value.casefold().endswith(PLACE_ENDINGS) or department(value):
        return True  # `Hagaskolan`, `Vasakyrkan`, `Givarservice`: a school's, a church's name
    title = TITLE.match(text)
    if title is not None and title.start("title") == finding.start:
        return True  # `Skadeanmälan\nFörsäkringstagare: ...`: a form's title
    line = text[text.rfind("\n", 0, finding.start) + 1 : finding.start]
    opens = not line.strip() or re.search(r"[.!?][ \t]+\Z", line) is not None
    lower_after = _LOWER_AFTER.match(after) is not None
    # `Kranen står still`, `Concert programme: ...`
    return opens and lower_after and everyday_word(word) and not as_person(value, before, after)


def _article_thing(value: str, after: str) -> bool:
    """One word after an article: a thing unless a person's noun follows or it is a given name
    (`träffade en Anna igår`)."""
    noun = NOUN_AFTER.match(after)
    common = value.casefold() in name_rules.lexicon("given.txt")
    return noun is not None and noun.group("noun") not in PEOPLE and not common


# Round forty-five (dev-eh): a person's title right before one word.
_TITLED = re.compile(
    r"(?<![\w-])(?i:dr|doktor|doctor|prof|professor|mr|mrs|ms|fru|herr)\.?[ \t]+\Z"
)


def _snake_key(value: str) -> bool:
    """A key in snake case (`assigned_to`, `ci_name`), not a user's name (`sigge_nyholm`)."""
    parts = value.split("_")
    return len(parts) > 1 and not any(map(name_rules.listed, parts))


_MAC_AFTER = re.compile(r"[ \t]*:?[ \t]*[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]")


def _product(words_of: list[str]) -> bool:
    """Round thirty-five (dev-cj, dev-ck): two or more words that start with a firm's or a
    product's name of the lexicon, maybe after a device's word, with no listed name after it
    (`Garo GLB`, `Konica Minolta`, `Printer Ricoh`, `Inverter Easee Charge`); not `Anna
    Telenor`, `Iver Johnsen`, nor a place (`Avesta Kobanî`)."""
    given = name_rules.given_names()
    if len(words_of) < 2 or any(w.casefold() in given for w in words_of):
        return False  # `John Lewis`, `Mike McDonald`: judged as a person's name (`_named_thing`)
    first = 1 if _device_word(words_of[0]) else 0
    keys = [w.casefold() for w in words_of[first:]]
    rest = words_of[first + 1 :]
    pair = " ".join(keys[:2])
    if pair in products():
        rest = rest[1:]
    elif keys[0] not in products() or name_rules.listed(words_of[first]):
        return False
    return not any(map(name_rules.listed, rest))


_DEVICES = words(
    """
    printer printers skrivare skrivaren router routern inverter växelriktare växelriktaren
    leverantör leverantören supplier vendor courier bud loaner device enhet laddbox laddboxen
    modell model aggregat värmepump värmepumpen pannan charger laddare mobil telefon phone
    laptop dator datorn server switch brandvägg firewall
    """
)


def _device_word(word: str) -> bool:
    """A device's or a supplier's word before a product (`Printer`, `Skrivaren`, `Leverantör`),
    or a Swedish noun in the definite form (`Värmepumpen`)."""
    noun = len(word) > 6 and word.endswith(("aren", "eren", "rn", "en"))
    return word.casefold() in _DEVICES or (noun and not name_rules.listed(word))


def _word_not_name(value: str, before: str, after: str) -> bool:
    """Round twenty-six: one word that is a form's label (`Child's name:`), Lucia the feast,
    or `Mina`/`Dina` before a plural noun (`Mina sidor`) and no verb of people after it (not
    `Mina ringde`)."""
    key = value.casefold()
    if FORM_AFTER.match(after):
        return everyday_word(value)
    if key == "lucia":
        return FEAST_AFTER.match(after) is not None or before.casefold().endswith(
            ("our ", "årets ")
        )
    return key in ("mina", "dina") and MY.match(after) is not None and not said(after)


def trimmed(finding: Finding, text: str) -> Finding:
    """A PERSON without a job's word it ends in (`Stella Larsson\nDoktorand`), or without the
    cheer, the call or the role's word it starts with (`Heja Elsa`, `Kontakt Anna Berg`,
    `Veterinären Elisabeth`, `Hundförare Alva Berg`: an agent noun in `-are` of 7 letters or
    more) when a known given name follows."""
    value = finding.value(text)
    role = re.search(rf"(?:\s*[•|–,-])?\s+(?:(?i:{RANKS})\s+)*([^\W\d_]+)\Z", value)
    if finding.kind == "PERSON" and role and role.group(1).casefold() in ROLE_WORDS:
        return Finding("PERSON", finding.start, finding.start + role.start(), finding.score)
    match = re.match(r"([^\W\d_]+)[ \t]+", value)
    if finding.kind != "PERSON" or match is None:
        return finding
    first, rest = match.group(1), finding.value(text)[match.end() :]
    agent = len(first) >= 7 and first.casefold().endswith("are")
    lead = first.casefold() in CHEERS | CONTACTS | LEAD_ROLES or agent
    following = rest.split()[0].strip(",").casefold()
    known = following.partition("-")[0] in name_rules.given_names()  # `Mikael-Bengt` (round 50)
    if first.casefold() in LEAD_ROLES and not known:  # `Ägare Lindholm, Birgitta` (round 34)
        known = following in name_rules.family_names() and following not in name_rules.stop_words()
    if not lead or (first[0].isupper() and name_rules.known_name(first)) or not known:
        return finding
    return Finding("PERSON", finding.start + match.end(), finding.end, finding.score)


# Round twenty-four: a street named after a person, in the genitive before its street word, with
# no number (`på Mårten Trotzigs gränd`, `Dag Hammarskjölds väg`), after a preposition of place.
_TO_A_STREET = PLACE_BEFORE | words("till från mot längs nära on to from")


def named_streets(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each PERSON of two words or more that ends in a genitive `s` before a
    street's word (`address_tails.named_street_end`), after a preposition of place, made an
    ADDRESS over both; and each PERSON of a street's shape (`streets_alone.street_shaped`)."""
    from rung.privacy.address_tails import named_street_end
    from rung.privacy.streets_alone import street_shaped

    result = []
    for f in findings:
        words_of = f.value(text).split()
        end = None
        if f.kind == "PERSON" and len(words_of) >= 2:
            end = named_street_end(text, f.end - len(words_of[-1]))
        word = WORD_BEFORE.search(text, max(0, f.start - 12), f.start)
        if end is not None and word is not None and word.group(1).casefold() in _TO_A_STREET:
            f = Finding("ADDRESS", f.start, end, f.score)
        elif f.kind == "PERSON" and street_shaped(f.value(text)):
            f = Finding("ADDRESS", f.start, f.end, f.score)  # `för rönnbärsvägen` (round 37)
        result.append(f)
    return result


_LOWER_TAIL = re.compile(rf"{_HYPHEN_WORD.pattern}\Z")


def _without_tail(finding: Finding, text: str) -> Finding | None:
    """A PERSON without the lower-case word a hyphen joins to its end (`Björn Borg-väskan`,
    `Lindqvist-gänget`): the name is what comes before it, if a list of names holds its last
    word; one word of no list so joined is no name (`ROT-avdrag`, `B-körkort`)."""
    value = finding.value(text)
    tail = _LOWER_TAIL.search(value) if finding.kind == "PERSON" else None
    if tail is None or name_rules.listed(tail.group()[1:]) or value.islower() or "\n" in value:
        return finding  # `botvid grahnström-dufva`: a double surname in lower case
    head = name_rules.WORD.findall(value[: tail.start()])
    if head and name_rules.listed(head[-1]):
        return Finding("PERSON", finding.start, finding.start + tail.start(), finding.score)
    return None if len(head) == 1 else finding


def without_things(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` less the PERSONs that name a thing, and less a cheer or a role before one."""
    findings = [t for f in findings if (t := _without_tail(f, text)) is not None]
    people = frozenset(x for f in findings if f.kind == "PERSON" for x in (f.start, f.end))
    return [trimmed(f, text) for f in findings if f.kind != "PERSON" or not thing(f, text, people)]
