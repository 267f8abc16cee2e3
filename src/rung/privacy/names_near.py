"""Round nineteen: a known name that is also an everyday word, read by what stands next to it
(after every other name rule; `rung.privacy.detect`).

- *In a list of names*: in `names_lists` since round fifty-four.
- *Before a phone number*: a given name right before one (`Emergency: Ananya 070-...`, `sms Max
  070-...`).
- *After a role*: a given name and one more capitalised word, an initial and a surname, or one
  given or rare word that ends the clause, after a role or title (`protokollförare Per Sten`,
  `Handläggare: A. Gran`, `CLAIMANT: MARK KING`, `värd Per`, `host Arun`); a given name alone
  after `Från:`/`From:` that ends its line.
- *A Swedish -sson surname* alone or in the genitive (`Karlssons fastighet`, `(Svenssons)`).
- *Alone*: a given name alone on the line that signs a letter or card, an @-mention in lower case,
  a chat line's first word in the genitive, a name after a slash that ends a line (`_SIGNATURE`);
  who takes an action in minutes (`Action: Borg sends`), who says their name (`jag heter liv`); a
  given name in lower case with a genitive's ending (`at victor's place`, `lenas adress`).

Round twenty:
- two words after a slash that ends a line (`/L. Sjölund`, `/Per G.`, `/Tao Sun`); who did
  something (`raised by Raj.`, `notified by A. Bishop`); a role's given name and initial
  (`Handläggare: August P.`, in `names_roles` since round forty-one); a family by its surname
  (`familjen Sporre`; since round forty-five `Jonsson-släkten`);
- a found surname widened over a given name before it that is also a place or month
  (`Virginia Davis`); a list's capitalised given name that is also a word (`names_lists`);
- a caller (`det är Per Fält från hemtjänsten`); a name signed after a closing (`Love, Mateusz`);
  a surname in the genitive before kin (`Sandbergs dotter`);
- in lower case: a name spoken to or greeted (`tell mo i said hi`, `hej per!`), joined to a found
  name (`<name> och per på`), who introduces themselves (`its egon the truck`, `i'm mamad,`, `my
  friend liv`), a chat message's last word (`away. mark`);
- a hyphenated given name whose parts are both given names, one a word too (`Megan-Rose`).

Round twenty-three: a list's item of a given name and a surname, a rota's names after weekdays
(both in `names_lists`), a role's name after a word that is no role (`20 min. Driver Fred.`), a
child by its age (`Frank (3)`), a given name that opens a sentence before a verb (`Ed will pick
you up`), a hyphenated given name in lower case (`per-erik`).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS as _CAP
from rung.privacy.name_words import words
from rung.privacy.names import looks_swedish
from rung.privacy.names_alike import alike
from rung.privacy.names_cues import _ends_in_a_word, _known_given, _no_cue, _rare
from rung.privacy.names_lists import in_lists
from rung.privacy.names_lists import name_word as _name_word
from rung.privacy.names_lists import signed as _signed
from rung.privacy.names_roles import INITIAL_SURNAME, after_roles
from rung.privacy.names_roles import given as _given
from rung.privacy.names_worded import DOES, SAYS, THINGS, WORD_NAMES
from rung.privacy.tagger import everyday_zipf

_BEFORE_PHONE = re.compile(
    rf"(?<![\w-])(?P<name>[{_CAP}][^\W\d_]+(?:-[{_CAP}][^\W\d_]+)?)(?P<mark>[ \t]*[:,]?)[ \t]*\Z"
)
# Who takes an action in minutes (`Action: Borg sends`, `Actions: Ken to update the rota`); who
# says their name (`jag heter liv`, `my name is Hope`).
_ACTION = re.compile(
    r"(?i:actions?|åtgärd|åtgärder|ansvarig|todo):[ \t]+"
    rf"(?P<name>[{_CAP}][^\W\d_]+)(?=[ \t]+[a-zåäö])"
)
_CALLED = re.compile(r"\b(?i:jag heter|heter|my name is|mitt namn är)[ \t]+(?P<name>[^\W\d_]+)")
# A given name in lower case with a genitive's ending (`at victor's place`, `lenas adress`).
_LOWER_GENITIVE = re.compile(r"(?<![\w'’-])(?P<name>[a-zåäöéü]{3,})(?=['’]s\b|s[ \t])")
DETERMINERS = words("the a an this that my your our their his her its den det min din vår er")
_SENDER = re.compile(
    rf"(?im)^[ \t]*(?:från|from|avsändare|sender|to|till):[ \t]*(?P<name>[{_CAP}][^\W\d_]+)[ \t]*$"
)
# A given name alone on the line after a sentence, as a letter or card is signed (`We miss you.\n
# Frank`); an @-mention in lower case (`@hans can you`); a chat line's first word in the lower-case
# genitive (`jimmy's birthday`); a name after a slash that ends a line (`Vi ses! /Mo`).
_SIGNATURE = re.compile(rf"[.!?][ \t]*\n[ \t]*(?P<name>[{_CAP}][^\W\d_]+)[ \t]*,?[ \t]*(?=\n|\Z)")
_MENTION = re.compile(r"(?<![\w.])@(?P<name>[a-zåäöéü]{2,})(?![\w.@-])")
_POSSESSIVE = re.compile(r"(?m)(?:^|(?<=[.!?] ))(?P<name>[a-zåäöéü]{3,})(?=['’]s\b)")
_SLASHED = re.compile(rf"(?m)(?:^|(?<=[ \t]))/(?P<name>[{_CAP}][a-zåäöéü]+)[ \t]*$")
# Round thirty-four: a given name in lower case after a slash that ends a line, a word too (`Gå
# vidare? /björn`, `/per`, `done /ben`; over the dev sets 214 such were found and 9 missed).
_SLASHED_LOWER = re.compile(r"(?m)(?:^|(?<=[ \t]))/(?P<name>[a-zåäöéü]{2,})[ \t]*$")
# Or after a dash that ends the message (`... hela tiden 😂 – holly`), and a given name before
# ` @ ` and a firm (`See you at 4. Karen @ Taylor's Dog Spa`).
_DASHED_LOWER = re.compile(r"[ \t][–—-][ \t]?(?P<name>[a-zåäöéü]{2,})[ \t]*\Z")
# Round fifty-four (dev-gh): a capitalised word after a dash that ends the text, after a
# sentence's end (`Next stocktake 9 January. - Gyllenstierna`).
_DASHED = re.compile(
    rf"[.!?)][ \t]+[–—-][ \t]?(?P<name>[{_CAP}][a-zåäöéü]+(?:-[{_CAP}][a-zåäöéü]+)?)[ \t]*\Z"
)
_AT_FIRM = re.compile(rf"(?<![\w@.-])(?P<name>[{_CAP}][a-zåäöéü]+)[ \t]+@[ \t]+[{_CAP}]")
# Round forty-five (dev-ej): who is thanked at a firm (`tacka Salih på Fastighetsbyrån`, `thank
# Tim at Acme`).
_THANKED = re.compile(
    rf"(?<![\w-])(?i:tacka|tackar|tack till|thank|thanks to)[ \t]+(?P<name>[{_CAP}][^\W\d_]+)"
    rf"(?=[ \t]+(?:på|från|at|from)[ \t]+[{_CAP}])"
)
# Who is paid by Swish (`via Swish till Björn (123 229 44 17)`: a firm's Swish number after the
# name is no phone number, so `_before_phones` does not find it).
_SWISHED = re.compile(
    rf"(?<![\w-])(?i:swish|swisha|swishar)[ \t]+(?i:till|to)[ \t]+(?P<name>[{_CAP}][^\W\d_]+)"
)
# Two words after a slash that ends a line (`/L. Sjölund`, `/Per G.`, `/Tao Sun`).
_SLASHED_TWO = re.compile(
    rf"(?m)(?:^|(?<=[ \t]))/(?P<name>{INITIAL_SURNAME}|[{_CAP}][^\W\d_]+[ \t][{_CAP}]\."
    rf"|[{_CAP}][^\W\d_]+[ \t][{_CAP}][^\W\d_]+)[ \t]*$"
)
# Who did something (`raised by Raj.`, `notified by A. Bishop`, `nycklarna hos Per`, `instead of
# Drew.`): a given name that ends the clause, or an initial and a surname.
_BY = re.compile(
    r"(?<![\w-])(?i:by|av|hos|enligt|instead of|istället för)[ \t]+"
    rf"(?P<name>{INITIAL_SURNAME}|[{_CAP}][^\W\d_]+(?=[ \t]*(?:[.,;!?)]|$)))",
    re.M,
)
# A family by its surname (`familjen Sporre`, `the Sporre family`; round forty-seven, dev-ev:
# `Bröderna Boonyarat Catering AB`).
_FAMILY = re.compile(
    r"(?<![\w-])(?:(?i:familjen|family|bröderna|systrarna|syskonen)[ \t]+"
    rf"(?P<name>[{_CAP}][^\W\d_]+)"
    rf"|(?i:the)[ \t]+(?P<the>[{_CAP}][^\W\d_]+)(?=[ \t]+(?i:family|familjen)\b)"
    # round thirty-eight (dev-cs): a family by its surname's plural (`the Bergkvists next door`)
    rf"|(?i:the)[ \t]+(?P<plural>[{_CAP}][^\W\d_]+)s(?=[ \t]+(?:next[ \t]+door|across|upstairs|"
    r"downstairs|from|at|in|are|were|have|had|will|send|sent)\b)"
    # round forty-five (dev-ef): a kin by its surname before a hyphen (`Jonsson-släkten`)
    rf"|(?P<kin>[{_CAP}][^\W\d_]+)-(?=(?i:släkt|släkten|släktens|familjen|familjens|ätten|"
    r"ättens|klanen)\b))"
)
# A given name in lower case after who speaks to it or of it (`tell mo i said hi`, `hej per!`,
# `fråga per.`, `Yo lucille,`): a greeting before a comma or `!`, or a verb before the clause's end
# or a small word.
_SMALL = r"(?:i|jag|att|om|och|eller|or|and|if|that|på|to|när|so|så|he|she|han|hon|också|too|also)"
_ADDRESSED = re.compile(
    r"(?<![\w-])(?:(?i:hej|hejsan|hi|hey|hallå|tjena|tja|yo)[ \t]+(?P<greeted>[a-zåäöéü]{2,})"
    r"(?=[ \t]*[!,])|(?i:tell|ask|call|text|ring|fråga|hälsa|hälsa på|säg till|skriv till"
    r"|sms:a|smsa|message|mejla|kontakta|hos)"  # round forty-one: before a phone number too
    rf"[ \t]+(?!pat\b|pt\b)(?P<name>[a-zåäöéü]{{2,}})(?=[ \t]*(?:[.,!?;]|$)|[ \t]+{_SMALL}\b"
    r"|[ \t]+(?:on[ \t]+|at[ \t]+|på[ \t]+)?(?:\+|00|0\d|\(0)))",
    re.M,
)
# Who introduces themselves in lower case (`its egon the truck`, `i'm mamad, new in`), and a
# message signed with a given name in lower case as its last word (`10 min away. mark`).
_SELF = re.compile(
    r"(?<![\w-])(?:(?i:it's|it’s|its|it is|det är|det här är|this is)[ \t]+"
    r"(?P<intro>[a-zåäöéü]{3,})(?=[ \t]+\w)"
    r"|(?i:i'm|i’m|im|i am)[ \t]+(?P<me>[a-zåäöéü]{3,})(?=[ \t]*,)"
    r"|(?:I'm|I’m|I am)[ \t]+(?P<called>[A-ZÅÄÖ][a-zåäöéü]{2,})(?=[ \t]*,)"  # round 41: `I'm Ruby,`
    r"|(?i:my friend|my colleague|min kompis|min vän|min kollega|min granne|my neighbour)[ \t]+"
    r"(?P<friend>[a-zåäöéü]{2,})(?![\w'’-]))"
)
# Who says who is calling (`det är Per Fält från hemtjänsten`, `det är Juni från vårdcentralen`,
# `det här är hans… ja`): a given name, a month's too, and maybe one more capitalised word before
# `från`/`from`; a given name in lower case before a pause.
_CALLING = re.compile(
    r"(?<![\w-])(?i:det är|det här är|this is|it's|it’s|its|it is)[ \t]+"
    r"(?:(?P<caller>[A-ZÅÄÖ][^\W\d_]+(?:[ \t][A-ZÅÄÖ][^\W\d_]+)?)"
    r"(?=[ \t]+(?:från(?![ \t]+och)|from|på|at|calling|här|here)\b)"
    r"|(?P<paused>[a-zåäöéü]{2,})(?=…|\.\.\.))"
)
# Round forty (dev-db): who introduces themselves by a firm after a greeting (`Hi Paula, Björn from
# Greenleaf Homes here.`, `Hej Eva, Lena från Mäklarhuset här`).
_FROM_HERE = re.compile(
    r"[,!.][ \t]+(?P<caller>[A-ZÅÄÖ][^\W\d_]+)[ \t]+(?:from|från)[ \t]+"
    r"(?:[A-ZÅÄÖ][\w&'’-]*[ \t]+){1,4}(?:here|här)\b"
)
# Round forty-one (dev-dl): a message signed in lower case after a closing on its own line, as
# the text's last words (`...\nKram mikko`); round forty-seven (dev-er): or after a sentence's end
# (`...på lördag. Kram stellan`).
_CLOSED_LOWER = re.compile(
    r"(?m)(?:^|(?<=[.!?]))[ \t]*(?i:kram|kramar|puss|hälsningar|mvh|cheers|love|xoxo|hugs)"
    r"[,!]?[ \t]+"
    r"(?P<name>[a-zåäöéü]{2,})[ \t]*\Z"
)
# Round forty-one (dev-ai, dev-bz, dev-am, dev-bx): a chat message that starts with a given name
# in lower case and a verb of what people say or do (`iris: per hade dom`, `[17:53] Amy Evans:
# fang tar bilen`); a name that is also a thing (`mark`, `rosa`), or a surname, only before a
# verb of saying (`adolf: pettersson sa att`).
_ACTS_LOWER = re.compile(
    r"(?m)(?:^|^[^\n]{1,40}?:[ \t]+)"  # a speaker's label, a time's colons in it too
    rf"(?:(?P<sayer>[a-zåäöéü]{{2,}})(?=[ \t]+(?:{SAYS})(?![\w-]))"
    rf"|(?P<doer>[a-zåäöéü]{{2,}})(?=[ \t]+(?:{DOES})(?![\w-])))"
)
# Round forty-one (dev-dl): a name spoken to after a comma at an exclamation's end (`Välkommen
# till Västgöta nation, Sten!`, `Grattis, Bror!`).
_VOCATIVE = re.compile(r",[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäöéü]+)!")
# Names joined to a found name in lower case (`<name> och per på`, `med august och <name>`).
_AND = r"[ \t]+(?:och|and|eller|or|&|\+)[ \t]+"
_JOINED_AFTER = re.compile(rf"\A{_AND}(?P<name>[a-zåäöéü]{{2,}})(?![\w'’@-])")
_JOINED_BEFORE = re.compile(rf"(?<![\w'’@-])(?P<name>[a-zåäöéü]{{2,}}){_AND}\Z")
# A name signed after a closing, at the end of its line (`Love, Mateusz`, `Kram, Eva & Bo`).
_CLOSED = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t])|(?<=[.!?]))[ \t]*(?:Love|Kram|Kramar|Cheers|Regards|Hälsningar|"
    r"Mvh|Thanks|Tack|Xoxo|Hugs)[,!]?[ \t]+(?P<name>[A-ZÅÄÖ][^\W\d_]+)"
    r"(?:[ \t](?:&|och|and)[ \t](?P<second>[A-ZÅÄÖ][^\W\d_]+))?[ \t]*(?:x+)?[ \t]*$"
)
# A surname in the genitive before kin (`Sandbergs dotter`, `Lundgrens sambo`).
_KIN = re.compile(
    rf"(?<![\w-])(?P<name>[{_CAP}][^\W\d_]{{2,}}?)s[ \t]+(?:dotter|son|mamma|pappa|fru|make|"
    r"bror|syster|sambo|barn|mormor|morfar|farmor|farfar|änka|fästmö)(?![\w-])"
)
# Round twenty-three: a child by their age in brackets (`Babysitter needed for Frank (3) and`,
# `Love (2 år)`); who did something in a sentence of its own (`Ed will pick you up`, `Inga turns
# 5!`, `Love börjar hos oss`).
_AGED = re.compile(
    rf"(?<![\w-])(?P<name>[{_CAP}][^\W\d_]+)[ \t]\((?:1[0-7]|[1-9])(?:[ \t]?(?:år|yrs?|years?))?\)"
)
_DID = re.compile(
    rf"(?:^|(?<=[.!?:][ \t])|(?<=\n))(?P<name>[{_CAP}][^\W\d_]+)[ \t]+(?:(?P<en>was|is|has|had|"
    r"will|stays|needs|said|says|wants|got|gets|can't|won't|isn't|wasn't)[ \t]+[a-z]"
    r"|(?P<en_age>turns|turned)[ \t]+\d"
    r"|(?P<sv>börjar|slutar|hade|blir|ska|vill|kommer|sa|säger|behöver|fick)[ \t]+[a-zåäö]"
    r"|(?P<sv_age>fyller)[ \t]+\d)",
    re.M,
)
# A household's list (`Mark, son, 14;`, `Ann, dotter, 11`): a given name, then its relation.
_RELATION = re.compile(
    rf"(?:^|(?<=[;:,(][ \t])|(?<=\n))(?P<name>[{_CAP}][^\W\d_]+),[ \t](?:son|daughter|wife|"
    r"husband|head|mother|father|brother|sister|child|grandson|granddaughter|lodger|servant|"
    r"dotter|hustru|make|maka|fru|mor|far|bror|syster|barn|sonson|sondotter|dotterson)"
    r"(?=[ \t]*[,;)]|[ \t]+\d)",
    re.M,
)
_LAST_WORD = re.compile(r"[.!?][ \t]+(?P<name>[a-zåäöéü]{2,})[ \t]*\Z")
_CAPITAL_INSIDE = re.compile(rf"(?<=[ \t])[{_CAP}]")
_CLAUSE_GOES_ON = re.compile(rf"[ \t]*(?:[.,!?;]|$|{_SMALL}\b)")
_WORD_BEFORE = re.compile(rf"(?<![\w-])([{_CAP}][^\W\d_]+)[ \t]\Z")
# A hyphenated given name whose parts are both given names, one a word too (`Megan-Rose`).
_HYPHENATED = re.compile(
    rf"(?<![\w-])(?P<name>[{_CAP}][a-zåäöéü]+-[{_CAP}][a-zåäöéü]+|[a-zåäö]+-[a-zåäö]+)(?![\w'’-])"
)  # round twenty-three: also in lower case (`per-erik du har väl inte betalat`)
_SSON = re.compile(rf"(?<![\w-])(?P<name>[{_CAP}][a-zåäöéü]{{2,}}sson)(?=s?(?![\w-]))")


def _free(start: int, end: int, findings: list[Finding], added: list[Finding]) -> bool:
    return not any(f.start < end and start < f.end for f in (*findings, *added))


def near(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the names above that no finding covers."""
    findings = [part for f in findings for part in _parties(f, text)]
    spans = [*in_lists(findings, text), *_before_phones(findings, text), *_joined(findings, text)]
    spans += _before_addresses(findings, text)  # `per – ringvägen 3, 261 84 landskrona`
    spans += after_roles(text)
    spans += alike(findings, text)  # `1 Burns, 2 Saarinen, 3 González`
    spans += [m.span("name") for m in _DID.finditer(text) if _did(m)]
    spans += [m.span("name") for m in _LOWER_GENITIVE.finditer(text) if _lower_genitive(m, text)]
    for pattern, groups in _CUED:
        for m in pattern.finditer(text):
            group = next(g for g in groups if m.group(g) is not None)
            if groups[group](m.group(group)):
                spans.append(_family_span(m, group))
    last = _LAST_WORD.search(text)
    if last is not None and _handle(last.group("name")) and looks_chatty(text):
        spans.append(last.span("name"))
    farms = [m.span("name") for m in _FARM_OF.finditer(text) if _family(m["name"])]
    spans += farms  # the surname without its genitive's `s`, in place of the name with it
    findings = [f for f in findings if f.kind != "PERSON" or (f.start, f.end - 1) not in farms]
    findings = _month_after(_given_before(findings, text), text)
    added: list[Finding] = []
    for start, end in spans:
        if _free(start, end, findings, added):
            added.append(Finding("PERSON", start, end, 0.6))
    return findings + added


def _lower_genitive(match: re.Match[str], text: str) -> bool:
    """A given name that is no everyday word (`victor`, not `bill` or `mark`), after no
    determiner (`the bill's`); in the genitive without an apostrophe (`lenas`) where that is no
    common word (`hans`, `annars`, `klass`), in English only a name of little use as a word."""
    name = match.group("name")
    if not name_rules.given(name) or name in name_rules.stop_words():
        return False  # first, as most words before an `s` are none (the checks below read more)
    if everyday_zipf(name)[1] >= 5:
        return False  # not `mark's`, `bill's`
    before = re.search(r"([^\W\d_]+)[ \t]+\Z", text[max(0, match.start() - 20) : match.start()])
    if before and before.group(1).casefold() in DETERMINERS:
        return False  # `the bill's`
    if text[match.end() : match.end() + 1] != "s":
        return True  # `victor's`
    common = name + "s" in name_rules.stop_words() or max(everyday_zipf(name + "s")) >= 4
    if looks_swedish(text):
        return not common  # `lenas`; not `hans`, `annars`, `klass`
    # round fifty-three (dev-aw): in English, a name of little use as a word whose `s` form is
    # a surname or no word either (`feed connors horses`, `noahs`; not `carols`, `alias`, `holms`)
    rare = max(everyday_zipf(name + "s")) <= 2 or name_rules.surname(name + "s")
    return everyday_zipf(name)[1] <= 3 and rare


def _kin(word: str) -> bool:
    """A surname before kin in the genitive: a known one, or no everyday word (not `Deras`,
    `Kommunens`)."""
    from rung.privacy.tagger import everyday_zipf

    known = word.casefold() in name_rules.family_names()
    return _no_cue(word + "s") and (known or max(everyday_zipf(word.casefold())) < 3)


def _caller(name: str) -> bool:
    """`Per Fält`, `Juni`: a given name first (a month's too), then no cue."""
    first, *rest = name.split()
    return _known_given(first) and all(_no_cue(w) for w in rest)


def _signed_or_rare(word: str) -> bool:
    return _signed(word) or (_rare(word) and not _ends_in_a_word(word))


def _signed_surname_or_rare(word: str) -> bool:
    return _signed_or_rare(word) or (word.casefold() in name_rules.family_names() and _no_cue(word))


def _thanked(word: str) -> bool:
    return _name_word(word) or _signed_or_rare(word)


def _family_plural(word: str) -> bool:
    """A listed surname before its plural's `s` (`the Smiths next door`; not `the Parents`)."""
    return word.casefold() in name_rules.family_names() and _no_cue(word)


def _family_span(m: re.Match[str], group: str) -> tuple[int, int]:
    """The group's span; a family's plural through its `s` when that is the surname itself (`the
    Williams next door`, not `the William`; round thirty-nine)."""
    start, end = m.span(group)
    if group == "plural" and (m.group(group) + "s").casefold() in name_rules.family_names():
        return start, end + 1
    return start, end


def _slashed(word: str) -> bool:
    """A given name, a short one (`/Mo`) or no everyday word, but no group (`/Styrelsen`)."""
    short_or_rare = len(word) <= 3 or (_rare(word) and not _ends_in_a_word(word))
    return _given(word) or (_no_cue(word) and short_or_rare)


def _handle(word: str) -> bool:
    """A given name after `@`, a stop word too (`@hans`), but no `@all` or `@here`."""
    return word.casefold() in name_rules.given_names()


def _called(word: str) -> bool:
    """A given name, or a name that is also a word (`mo`, `per`), spoken to or of."""
    return _handle(word) or word.casefold() in WORD_NAMES


def _sayer(word: str) -> bool:
    """A given name or a name that is also a word, or a surname of the public lists (which hold
    no word of the spelling lists): `pettersson sa att`."""
    return _called(word) or word in name_rules.lexicon("surnames-public.txt")


def _subject(word: str) -> bool:
    """A given name, or a name that is also a word but no thing (`per`, not `mark`)."""
    return _called(word) and word.casefold() not in THINGS


def _doer(word: str) -> bool:
    """A subject (above), or (round fifty-four, dev-gj) a word of no language's lists, four
    letters or more, no compound nor a noun by its ending (`fatima: sozan tar med kaka`; not
    `anna: rörmokaren kommer`)."""
    unknown = len(word) >= 4 and max(everyday_zipf(word)) == 0 and not _ends_in_a_word(word)
    noun = word.endswith(_NOUN_ENDS)  # `rörmokaren kommer`, `grävarna`, `timesheets`
    return _subject(word) or (unknown and not noun and _no_cue(word))


# Endings of Swedish definite and plural nouns, doers and compounds' last parts, and of English
# plurals, doers and verbal nouns: what a word of no list that ends so more likely is.
_NOUN_ENDS = (
    "en", "et", "rn", "na", "on", "er", "ar", "or", "e", "s", "ing", "het", "tion", "ig",
    "skap", "ment", "ism", "age", "yg",
)  # fmt: skip


def _lower_given(word: str) -> bool:
    return _handle(word) and word.casefold() not in name_rules.stop_words()


def _by(word: str) -> bool:
    """`by A. Bishop` (an initial and a surname of no cue), `by Raj.` (a given name)."""
    if re.match(r"\w\.", word):
        return _no_cue(word.split(".")[-1].strip())
    return _given(word) or (name_rules.known_name(word) and _no_cue(word))  # not `by Aviva.`


def _introduced(word: str) -> bool:
    """`its egon the truck`: a given name that is no common word (not `its max 5`)."""
    from rung.privacy.tagger import everyday_zipf

    return _lower_given(word) and max(everyday_zipf(word)) < 4


def _me(word: str) -> bool:
    """`i'm mamad,`: a name, or a word of no language (not `i'm sorry,`)."""
    return _lower_given(word) or (_rare(word.title()) and not _ends_in_a_word(word))


def looks_chatty(text: str) -> bool:
    """A short message written in lower case: no capital after its first letter."""
    return len(text) < 400 and not _CAPITAL_INSIDE.search(text, 2)


def _hyphenated(name: str) -> bool:
    """`Megan-Rose`, `per-erik`: both parts given names, one no everyday word (in lower case, the
    whole no everyday word)."""
    if name.islower() and max(everyday_zipf(name)) > 0:
        return False
    return _known_given(name.title()) and any(map(name_rules.given, name.split("-")))


def _slashed_two(name: str) -> bool:
    return all(_no_cue(w) or _known_given(w) for w in name.split())


def _did(match: re.Match[str]) -> bool:
    """A sentence's subject that is a known given name, an everyday word too but not a common
    one in the verb's language (`Tim was`, `Inga turns 5`, `Love börjar`; not `Hope is`, `Bill
    was`, `Inga har`)."""
    word = match.group("name")
    swedish = match.group("sv") is not None or match.group("sv_age") is not None
    common = everyday_zipf(word)[0 if swedish else 1] >= 5
    return _given(word) and not common and word.casefold() not in name_rules.stop_words()


# Round twenty-four: a family's farm or point (`Lindqvists udde`, `Nordins gård`): the surname.
_FARM_OF = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäöé]+)s[ \t](?:gård|udde|torp|hage|stuga|brygga)(?![\w-])"
)


def _family(word: str) -> bool:
    return word.casefold() in name_rules.family_names()


# Round thirty-nine (dev-cy): the parties of a case as court lists write them (`Gomez v Bell`):
# a listed surname before ` v ` and a capital; not the Crown or the State (`R v Elliott`).
_CASE = re.compile(rf"(?<![\w-])(?P<party>[{_CAP}][^\W\d_]+)[ \t]v\.?[ \t](?=[{_CAP}])")


def _parties(finding: Finding, text: str) -> list[Finding]:
    """A name found over a case's ` v ` split in its two parties, less the Crown (`Novak v Price`,
    `State v Jones`); in a list written surname first, each party whole (`LEWIS, Patricia v SMITH,
    Peter Ciaran`)."""
    split = _VERSUS.search(finding.value(text)) if finding.kind == "PERSON" else None
    if split is None:
        return [finding]
    before = _SURNAME_BEFORE.search(text, max(0, finding.start - 40), finding.start)
    after = _GIVEN_AFTER.match(text, finding.end)
    start = before.start() if before is not None else finding.start
    end = after.end() if after is not None else finding.end
    left = Finding("PERSON", start, finding.start + split.start(), finding.score)
    right = Finding("PERSON", finding.start + split.end(), end, finding.score)
    return [p for p in (left, right) if p.value(text).casefold() not in _CROWN]


_SURNAME_BEFORE = re.compile(rf"(?<![\w-])[{_CAP}][^\W\d_]+,[ \t]\Z")
_GIVEN_AFTER = re.compile(rf",[ \t][{_CAP}][a-zåäöéü]+(?:[ \t][{_CAP}][a-zåäöéü]+)?")
_VERSUS = re.compile(rf"(?<=[^\W\d_])[ \t]v\.?[ \t](?=[{_CAP}])")


_CROWN = words("r state people crown regina rex commonwealth city county council")


def _party(word: str) -> bool:
    return _family(word) and _no_cue(word) and word.casefold() not in _CROWN


# Each pattern, the groups it may match and each group's check.
_CUED = (
    (_CASE, {"party": _party}),
    (_SENDER, {"name": _given}),
    (_SSON, {"name": _no_cue}),
    (_SIGNATURE, {"name": _signed}),
    (_MENTION, {"name": _handle}),
    (_POSSESSIVE, {"name": _lower_given}),
    (_SLASHED, {"name": _slashed}),
    (_SLASHED_LOWER, {"name": _handle}),
    (_DASHED_LOWER, {"name": _handle}),
    (_DASHED, {"name": _signed_surname_or_rare}),
    (_AT_FIRM, {"name": _given}),
    (_THANKED, {"name": _thanked}),
    (_SWISHED, {"name": _name_word}),
    (_ACTION, {"name": _name_word}),
    (_CALLED, {"name": _handle}),  # `jag heter per.`
    (_HYPHENATED, {"name": _hyphenated}),
    (_SLASHED_TWO, {"name": _slashed_two}),
    (_BY, {"name": _by}),
    (_FAMILY, {"name": _no_cue, "the": _no_cue, "plural": _family_plural, "kin": _no_cue}),
    (_ADDRESSED, {"greeted": _called, "name": _called}),
    (_SELF, {"intro": _introduced, "me": _me, "friend": _called, "called": _called}),
    (_CLOSED, {"name": _signed_or_rare, "second": _signed_or_rare}),
    (_CLOSED_LOWER, {"name": _called}),
    (_VOCATIVE, {"name": _called}),
    (_ACTS_LOWER, {"sayer": _sayer, "doer": _doer}),
    (_CALLING, {"caller": _caller, "paused": _called}),
    (_FROM_HERE, {"caller": _caller}),
    (_KIN, {"name": _kin}),
    (_RELATION, {"name": _given}),
    (_AGED, {"name": _given}),
)


def _joined(findings: list[Finding], text: str) -> list[tuple[int, int]]:
    """A given name in lower case joined to a found name by `och`/`and`/`or`/`+`; a stop word
    (`per`) only before a small word or the clause's end (`<name> och per på`)."""
    spans = []
    for f in (f for f in findings if f.kind == "PERSON"):
        after = _JOINED_AFTER.match(text[f.end : f.end + 30])
        before = _JOINED_BEFORE.search(text[max(0, f.start - 30) : f.start])
        if after is not None and _joined_name(after.group("name"), text, f.end + after.end()):
            spans.append((f.end + after.start("name"), f.end + after.end("name")))
        if before is not None:
            start = f.start - len(before.group(0))
            end = start + len(before.group("name"))
            if _joined_name(before.group("name"), text, end):
                spans.append((start, end))
    return spans


def _joined_name(word: str, text: str, end: int) -> bool:
    if not _called(word) or word in name_rules.NOT_A_NAME:
        return False
    stop = word in name_rules.stop_words()
    return not stop or _CLAUSE_GOES_ON.match(text, end) is not None


def _given_before(findings: list[Finding], text: str) -> list[Finding]:
    """A found one-word surname widened over a given name before it that is also a place or a
    month (`Virginia Davis`, `August Strindberg`)."""
    result = []
    for f in findings:
        before = _WORD_BEFORE.search(text[max(0, f.start - 30) : f.start])
        if (
            f.kind == "PERSON"
            and before is not None
            and " " not in f.value(text)
            and before.group(1).casefold() in name_rules.given_names()
            and name_rules.surname(f.value(text))
        ):
            f = Finding("PERSON", f.start - len(before.group(0)), f.end, f.score)
        result.append(f)
    return result


# Round forty-five (dev-ej): an English month after a given name, with no date after it.
_MONTH_AFTER = re.compile(r"[ \t](May|June|April|August|March)(?![\w'’-])(?![ \t]*(?:\d|the\b))")


def _month_after(findings: list[Finding], text: str) -> list[Finding]:
    """A found given name widened over an English month after it that is no date (`Richard May
    (seller)`; not `Richard May 8`)."""
    result = []
    for f in findings:
        month = _MONTH_AFTER.match(text, f.end)
        if f.kind == "PERSON" and month is not None and name_rules.given(f.value(text)):
            f = Finding("PERSON", f.start, month.end(), f.score)
        result.append(f)
    return result


# Round forty-three: a list of who gets what address, written in lower case (`adresser till
# julkorten: sompong – blåbärsstigen 2, ..., per – ringvägen 3, ...`): one word after the list's
# start or a comma, a dash, then an address found.
_BEFORE_ADDRESS = re.compile(
    r"(?:^|(?<=[:,;(\n]))[ \t]*(?P<name>[a-zåäöéü][^\W\d_]+(?:-[a-zåäö][^\W\d_]+)?)"
    r"[ \t]+[–—-][ \t]+\Z"
)


def _before_addresses(findings: list[Finding], text: str) -> list[tuple[int, int]]:
    return [
        match.span("name")
        for match in _matches_before(findings, text, "ADDRESS", _BEFORE_ADDRESS)
        if _given(name := match.group("name"))
        or name in WORD_NAMES
        or (_rare(name) and not _ends_in_a_word(name))
    ]


def _before_phones(findings: list[Finding], text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _matches_before(findings, text, "PHONE", _BEFORE_PHONE):
        name, marked = match.group("name"), match.group("mark").strip()
        # a word of no list right before the number (`Ananya 070-`, not `Helpdesk, 072 ...`)
        unknown = not marked and _rare(name) and not _ends_in_a_word(name)
        if _given(name) or unknown:
            spans.append(match.span("name"))
    return spans


def _matches_before(
    findings: list[Finding], text: str, kind: str, pattern: re.Pattern[str]
) -> list[re.Match[str]]:
    """`pattern`'s match in the 40 characters before each finding of `kind`, where it matches."""
    before = (
        pattern.search(text, max(0, f.start - 40), f.start) for f in findings if f.kind == kind
    )
    return [match for match in before if match is not None]
