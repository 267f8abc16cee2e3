"""Names where chat puts them (`rung.privacy.names` asks these): `@x`, `hos x`, `remind x`,
`talk to x about`, `is it x or y who`, a line that starts `x, kan du` or `x: can you`,
`jag och x`, `pratade med x`, `det var x som`, and whether a word is rare enough to be a name
when nothing else says so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rung.privacy.findings import Finding
from rung.privacy.name_words import CLOCK, PERSON_VERBS, SHORT_DAYS, TEAMS, words

if TYPE_CHECKING:
    from rung.privacy.names import Word


PERSON_BEFORE = words("hos remind hämta hämtar påminn tell told skjutsa skjutsar")


ABOUT = words("om about")


# Round sixteen: a question of where someone lives or how they are (`var bor x nu`, `hur mår
# x`), whom something is given to (`give x a lift`), and `ok x I'll ...` at a line's start.
WHERE_IS = frozenset(
    {(q, v) for q in ("va", "var", "vart", "hur", "när") for v in ("bor", "mår", "jobbar")}
)


GIVE = words("give gave giving ge ger gav")


ACKNOWLEDGED = words("ok okej okay k")


PRONOUN_AFTER = words("i i'll i'm i’ll i’m jag we we'll vi du you")


WHICH = frozenset({("is", "it"), ("är", "det"), ("was", "it"), ("var", "det")})


TALK_TO = frozenset({("talk", "to"), ("speak", "to"), ("prata", "med"), ("snacka", "med")})


SAID = words("sa sade said asked frågade")


# Round seventeen: whether someone does something (`vet om x jobbar`, `know if x is coming`).
KNOWS_IF = frozenset(
    {(k, w) for k in ("vet", "veta", "undrar", "know", "knows", "wonder") for w in ("om", "if")}
    | {("know", "whether"), ("wonder", "whether")}
)
DOES = words("jobbar kommer slutar börjar är e mår bor sitter åker works is comes lives starts")


INTERJECTIONS = words("haha hahaha lol omg oj åh aha")


YOU = words("you du ni")


def chat_person(text: str, words: list[Word], index: int) -> bool:
    """Where chat puts a person: `@x`, `hos x`, `remind x`, `talk to x about`, `va sa x om`,
    `is it x or y who`, and at the start of a line `x can you ...`, `x, kan du`, `x just called`."""
    word = words[index]
    if word.start > 0 and text[word.start - 1] == "@":
        return True
    before = words[index - 1].key if index > 0 else ""
    before2 = (words[index - 2].key, before) if index > 1 else ("", before)
    after = words[index + 1].key if index + 1 < len(words) else ""
    if before in PERSON_BEFORE or before2 in TALK_TO or before2 in WHERE_IS:
        return True
    if before in GIVE and after in ("a", "an", "the", "some", "en", "ett"):
        return True  # "can someone give x a lift": whom something is given to
    if before in ACKNOWLEDGED and line_start(text, words, index - 1) and after in PRONOUN_AFTER:
        return True  # "ok x I'll send it": a chat line that answers x
    if before in SAID and after in ABOUT:
        return True
    if before2 in WHICH and after in ("or", "eller", "som", "who"):
        return True
    if before in INTERJECTIONS and index >= 1 and line_start(text, words, index - 1):
        return True  # "haha khatereh forgot the charger again"
    if before2 in KNOWS_IF:  # round seventeen: "nån som vet om x jobbar idag"
        nxt = rare_run(text, words, index) + 1
        return nxt < len(words) and words[nxt].key in PERSON_VERBS | DOES
    if not line_start(text, words, index):
        return False
    if text[word.end : word.end + 2] == ", " or (
        index + 2 < len(words) and words[index + 2].key in YOU
    ):
        return True
    nxt = rare_run(text, words, index) + 1  # "ľuboslava puškárová just called"
    if nxt < len(words) and words[nxt].key == "just":
        nxt += 1
    return nxt < len(words) and words[nxt].key in PERSON_VERBS


CLOSERS = words("pls plz please ok okej okay")


def closing(text: str, words: list[Word], index: int) -> bool:
    """The word after `pls`/`ok` that ends the message (`..., ok maandeeq?`, `... pls dhuha`):
    whom a chat line is for."""
    if index == 0 or words[index - 1].key not in CLOSERS:
        return False
    if text[words[index - 1].end : words[index].start] != " ":
        return False
    return text[words[index].end :].strip(" \t") in ("", "?", "!", ".", "??", "!!")


def line_start(text: str, words: list[Word], index: int) -> bool:
    return index == 0 or "\n" in text[words[index - 1].end : words[index].start]


def rare_run(text: str, words: list[Word], index: int) -> int:
    """`index`, or the next word too when it is lower case and rare (`ľuboslava puškárová`)."""
    if index + 1 < len(words):
        nxt = words[index + 1]
        plain = nxt.text.islower() and len(nxt.key) >= 3 and not any(c in nxt.key for c in "'’")
        if text[words[index].end : nxt.start] == " " and plain and rare(nxt.key):
            return index + 1
    return index


def rare(key: str) -> bool:
    """Not a common word (Zipf under 4 in Swedish and English) nor one of one language."""
    from rung.privacy.tagger import everyday_zipf, one_language

    return max(everyday_zipf(key)) < 4 and key not in one_language() and key not in TIME_WORDS


def chat_address(text: str, words: list[Word], index: int) -> bool:
    """The first word of a line, then a colon: whom a chat line is for (`miriam: can you`)."""
    word = words[index]
    line_start = index == 0 or "\n" in text[words[index - 1].end : word.start]
    if word.key in CHAT_LABELS or not line_start or index + 1 >= len(words):
        return False
    return text[word.end : word.end + 2] == ": "


CHAT_LABELS = words("todo obs edit update note notera info fwd btw svar reply angående")


SPOKE_WITH = frozenset(
    {
        ("pratade", "med"),
        ("talade", "med"),
        ("snackade", "med"),
        ("spoke", "to"),
        ("spoke", "with"),
        ("talked", "to"),
        ("talked", "with"),
        ("met", "with"),
    }
)


def spoke_with(words: list[Word], index: int) -> bool:
    if index < 2:
        return False
    return (words[index - 2].key, words[index - 1].key) in SPOKE_WITH or words[index - 1].key in (
        "träffade",
        "met",
    )


WITH_ME = frozenset(
    {
        ("jag", "och"),
        ("me", "and"),
        ("i", "and"),
        ("du", "och"),
        ("you", "and"),
        # round sixteen: the short forms of chat (`me n x`, `jag o x`)
        ("me", "n"),
        ("jag", "o"),
        ("du", "o"),
    }
)


def with_me(words: list[Word], index: int) -> bool:
    return index >= 2 and (words[index - 2].key, words[index - 1].key) in WITH_ME


def asked_about(words: list[Word], index: int) -> bool:
    """`fråga gioffre om ...`, `ask shabnam about ...`: a verb, one word, then what about."""
    nxt = words[index + 1].key if index + 1 < len(words) else ""
    return nxt in ("om", "about", "när", "when", "whether", "if") and words[index].key not in TEAMS


def it_was(words: list[Word], index: int) -> bool:
    return index >= 2 and (words[index - 2].key, words[index - 1].key) in (
        ("det", "var"),
        ("it", "was"),
        ("det", "är"),
        ("this", "is"),
    )


TIME_WORDS = words("igår idag imorgon yesterday today tomorrow tonight ikväll nyss förut")


# Round thirty-five (dev-cj): who speaks in a chat log written in lower case, each line opened by
# a speaker, a colon and words (`cissi: ja!`, `mark: thanks jenny`, `agent (mark): sorry`): with
# two lines or more so opened, one speaker a given name, a speaker (or a role's name in
# brackets) is a person when a list of names holds it or no language uses it much; not `me:`,
# `kund:`, `obs:`, nor a form's labels (`anm: ring först`, no given name among them).
# Round fifty-nine (dev-cq, dev-eb, dev-bv): after a clock time too (`[20:42] violet: hey`,
# `[19:05] fang: yep omw`); a name that is a word too opens the chat as a given name does (`ray:
# is the farrier still coming?\ntone: yep`).
_SPEAKER = re.compile(
    rf"^[ \t]*(?:{CLOCK}[ \t]*)?"
    r"(?P<who>[a-zåäöéü][a-zåäöéü-]{1,20})(?:[ \t]*\((?P<named>[a-zåäöéü-]{2,20})\))?"
    r"[ \t]*:[ \t]+(?=[^\W\d_])",
    re.M,
)
# Round fifty-nine (dev-ck, dev-bd): nor a desk (`servicedesk:`), nor a rota's day (`tor: Shilan`).
_NO_SPEAKER = SHORT_DAYS | words(
    "me jag du you agent kund customer support tech admin bot system user obs ps nb note tips "
    "info re fw sv från till from to cc ämne subject datum date tid time svar fråga answer q a "
    "servicedesk helpdesk kundtjänst"
)


# Round sixty (dev-s, dev-bs, dev-fl, dev-ae): a desk's speaker, named after the desk's word or
# before it in brackets, at a line's start (`14:03 Agent Gunnvor: Jag förstår`, `Support/Eden:
# Hej!`, `Agge (Kundtjänst): Hej!`, `Min (Agent): Hi Jason`), in any case; not `Kundtjänst
# Kustbanken:` (a bank's desk) nor `Agent (Kund):`.
_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_DESK_SPEAKER = re.compile(
    rf"^[ \t]*(?:{CLOCK}[ \t]*)?(?:(?i:agent|handläggare)[ \t]+(?P<after>{_NAME})"
    rf"|(?i:support|kundtjänst|kundservice)[ \t]*/[ \t]*(?P<slashed>{_NAME})"
    rf"|(?P<before>{_NAME})[ \t]*\((?i:support|kundtjänst|kundservice|agent|customer service|"
    r"helpdesk|servicedesk|handläggare)\))[ \t]*:[ \t]",
    re.M,
)


def desk_speakers(text: str) -> list[Finding]:
    """The desk's speakers of a chat (see above), as PERSONs."""
    found = []
    for match in _DESK_SPEAKER.finditer(text):
        group = next(g for g in ("after", "slashed", "before") if match.group(g) is not None)
        if match.group(group).casefold() not in _NO_SPEAKER:
            found.append(Finding("PERSON", match.start(group), match.end(group), 0.6))
    return found


def speakers(text: str) -> list[Finding]:
    """The speakers of a lower-case chat log (see above), as PERSONs, and a desk's (any case)."""
    from rung.privacy import names as name_rules
    from rung.privacy.names_worded import WORD_NAMES
    from rung.privacy.tagger import everyday_zipf

    desk = desk_speakers(text)
    opened = list(_SPEAKER.finditer(text))
    # Round thirty-six (dev-cj): a role's name in brackets (`agent (mark):`) is a person whatever
    # else the word means, and so is that word when it opens a line of its own (`mark: thanks`).
    roles_named = {m.group("named") for m in opened if m.group("who") in _NO_SPEAKER} - {None}
    given = [name_rules.given(m["who"]) or m["who"] in WORD_NAMES for m in opened]
    if len(opened) < 2 or not (roles_named or any(given)):
        return desk
    found = desk
    for match in opened:
        for group in ("who", "named"):
            word = match.group(group)
            if word is None or word in _NO_SPEAKER or word.endswith(("nr", "id")):
                continue
            named = word in roles_named or name_rules.listed(word) or word in WORD_NAMES
            if named or max(everyday_zipf(word)) < 4:
                found.append(Finding("PERSON", match.start(group), match.end(group), 0.6))
    return found
