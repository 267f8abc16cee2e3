"""Given names that are also everyday words (`Per`, `Hans`, `Björn`, `Mark`, `June`, `Sue`):
the other rules take one only with a surname after it. Here one alone is a name where its place
leaves no other reading, and it is capitalised (but after `ping`):

- joined by `och`/`and`/`&` to a name found next to it (`Per och <name>`, `<name> and Mark`);
- pinged in chat, in lower case too (`ping per, the build is red`);
- greeted or thanked (`Hej August!`, `Hi Sue,`, `grattis Juni på 40-årsdagen`);
- signing a message (`... tack! /Valborg`, `— June, The Anchor`);
- the one to contact (`Please contact Holly on <phone>`, `fråga Per om`);
- introducing themself (`Hej! Björn här,`, `Hi, Will here`; round twenty-nine);
- alone after a label that names a person's role (`Last agent: Sue.`, `Mekaniker: Per.`), or
  after `by`/`av` at a clause's end when it is no thing or month (`evening by Per.`);
- at a clause's start before what only a person does (`Per tar över`, `Hans har referenser`,
  `Rut hämtar`, `Mark sends`). A word that is also a thing or a month (`Max är 20`, `Rosa är
  min färg`, `June is busy`) takes only the verbs of speaking, asking and sending here;
- a speaker of a chat whose other speakers were found (`juni: vem tar med <name>?`);
- `Per` capitalised inside a sentence or alone after a label (round twenty-four).
"""

from __future__ import annotations

import re

from rung.privacy.findings import Finding
from rung.privacy.name_words import AMBIGUOUS, words
from rung.privacy.names import (
    family_names,
    given,
    given_names,
    listed,
    no_word,
    stop_words,
    surname,
)
from rung.privacy.tagger import everyday_zipf

# Everyday words first and given names second; `alla`, `can`, `love` (a letter's closing) and
# the like are left out: they are names too rarely to be read as one on a cue.
WORD_NAMES = (
    AMBIGUOUS
    - words("alla can said do le li vu sky king page lan bos tan love guy art vilja bror lo")
) | words(
    """
    hans mina valborg juni ed jack ivy lily daisy violet heather amber crystal dawn faith autumn
    robin penny sandy drew chase hunter miles victor earl gene bob don cliff jay
    rob mike matt nick rick ken meg ted
    nia mo mickey billy ned fred hank josh paddy sid gav sue viv dotty gabby becks jude woody
    finn allen derrick fraser warren jasper piers flora lynne rosemary verity skyler sherry andre
    ebony colleen bryn knut lotten kaja halvor sander vilde mads hanne helga edda ameer fares
    kamel murad nadir samer randa arian ladan hejar lavin renas jawed gulnar ramla aster pinar
    alban arton granit maxim mila athina hector pilar margarita aline bruna anan smita runa rhea
    dina virginia
    """
)  # round forty-eight (dev-ez, dev-dx): `Hej Dina! Just checking in`, `Hej Virginia,`
MONTHS = words("maj juni june april august may")
# Words that are also a thing, a colour or a month: the stronger verbs only.
THINGS = words(
    """
    max rosa ros sol dag liv mark saga maj juni june april august may summer autumn hope grace joy
    rose bill will robin penny sandy chase hunter miles crystal amber dawn faith heather daisy
    violet lily ivy holly ruby iris sten björn sky
    """
)
_WORD = re.compile(r"(?<![\w'’@.-])([A-ZÅÄÖ][a-zåäöéü]+)(?![\w'’-])")
_AND_AFTER = re.compile(r"[ \t]+(?:och|and|&)[ \t]+")
_AND_BEFORE = re.compile(r",?[ \t]+(?:och|and|&)[ \t]+\Z")
_GREETING = re.compile(
    r"(?:^|(?<=[\n.!?])[ \t]*|[ \t])(?i:hej|hejsan|hallå|tjena|hi|hello|hey|yo|dear|kära|bästa|"
    r"tack|thanks|thank[ \t]+you|grattis|congrats|välkommen|welcome)[ \t]+\Z"
)
_AFTER_GREETING = re.compile(r"[ \t]*(?:[!,:]|\n|\Z)|[ \t]+(?:på|on|for|för)[ \t]")
_SIGNING = re.compile(r"(?:^|(?<=\n)|(?<=[.!?)][ \t]))[ \t]*(?:/|[—–][ \t]?|--[ \t]?)\Z")
_AFTER_SIGNING = re.compile(r"[ \t]*(?:,|\n|\Z)")
_ROLE = re.compile(
    r"(?i:agent|handläggare|mekaniker|tekniker|technician|driver|chaufför|förare|säljare|"
    r"köpare|seller|buyer|kontaktperson|contact|ansvarig|assignee|reviewer|reporter|"
    r"sjuksköterska|nurse|läkare|doctor|webmaster|treasurer|kassör|ordförande|chair|"
    r"sekreterare|secretary|mentor|tränare|coach|värd|host|guide|receptionist|handyman|"
    r"hovslagare|farrier|ridlärare|instructor|montör|installer|rörmokare|plumber|elektriker|"
    r"electrician|dispatch|tech|artist|therapist|terapeut)[ \t]*:[ \t]*\Z"  # r. 53: `Tech: Mark,`
)
# Round twenty-nine (dev-bo): one who introduces themself (`Hej! Björn här,`, `Hi, Will here`).
_INTRO = re.compile(
    r"(?:\A|[.!?;:,][ \t]+|\n[ \t]*|(?i:hej|hejsan|hi|hello|hey|hallå|tjena)[!,]?[ \t]+)\Z"
)
_HERE_AFTER = re.compile(r"[ \t]+(?i:här|here)(?![\w])")
_AFTER_ROLE = re.compile(r"[ \t]*(?:[.,;!)]|\n|\Z)|[ \t]+\((?![\d)])")  # r. 53: `Driver: Ed (grey`
# A chat's speaker after a role at a line's start (`Agent Tom: Hi, how can I help?`).
_SPEAKER_ROLE = re.compile(r"(?:^|(?<=\n))(?i:agent|support|driver|host|guide|nurse)[ \t]+\Z")
_AFTER_SPEAKER = re.compile(r":[ \t]")
_BY = re.compile(r"(?:^|[ \t])(?:by|av|with|med)[ \t]+\Z")
# Kin and friends before a name (`to my daughter April`, `min bror Bo`).
_KIN = re.compile(
    r"(?:^|[ \t])(?i:daughter|son|wife|husband|brother|sister|mother|father|mum|mom|dad|"
    r"friend|colleague|neighbour|neighbor|dotter|sonen|dottern|fru|frun|bror|brodern|syster|"
    r"systern|mamma|pappa|sambo|vän|kompis|kollega|granne|grannen)[ \t]+\Z"
)
_CONTACT = re.compile(
    r"(?:^|(?<=[\s(]))(?i:contact|kontakta|call|ring|ringa|ask|fråga|mejla|maila|email|text)"
    r"[ \t]+\Z"
)
_AFTER_CONTACT = re.compile(r"[ \t]+(?:on|at|via|på|om|about)[ \t]")
# `ping per, the build is red`, `kan nån ping bo?`, `Message rick.`: in chat, in lower case too,
# a word name or any known given name.
_PING = re.compile(
    r"(?<![\w@])(?i:ping|pinga|message|msg|dm)[ \t]+([^\W\d_]+)(?=[ \t]*(?:[,.?!]|\n|\Z))"
)
_CLAUSE_START = re.compile(r"(?:\A|[.!?;:][ \t]+|\n[ \t]*)\Z")
# Round thirty-two (dev-bz): an owner or a customer named in lower case after the word for them
# (`Ägare kamil nowak vill`, `owner is ruby williams`, `ägaren nilsson har väntat`).
_OWNER = re.compile(
    r"(?<![\w-])(?i:ägare|ägaren|owner(?:[ \t]+is)?|kund|kunden|customer(?:[ \t]+is)?)[ \t]+"
    r"([a-zåäöéüłńśźżćąę][\w'’-]+)(?:[ \t]+([a-zåäöéüłńśźżćąę][\w'’-]+))?"
)
SAYS = (
    r"sa|sade|säger|ringde|ringer|skrev|skriver|svarade|svarar|frågade|frågar|undrar|undrade|"
    r"mejlade|mejlar|mailade|mailar|skickade|skickar|hälsar|tackar|tycker|tyckte|tror|trodde|"
    r"says|said|asked|asks|called|calls|wrote|writes|replied|replies|emailed|mailed|texted|"
    r"sends|sent|thinks|thought|told|tells|mentioned|agreed|confirmed|rang|phoned"
)
DOES = (
    r"tar|tog|har|hade|är|var|blir|blev|ska|skulle|kan|kunde|kommer|kom|vill|ville|måste|"
    r"behöver|hämtar|hämtade|jobbar|jobbade|letar|letade|fixar|fixade|bokar|bokade|kollar|"
    r"kollade|väntar|kör|körde|pratar|pratade|träffar|träffade|bor|glömde|hjälper|hjälpte|"
    r"hämtas|lämnas|skjutsas|slutar|börjar|åker|spelar|spelade|tränar|vann|"  # round thirty-one
    r"wants|wanted|needs|needed|picks|picked|brings|brought|takes|took|joined|joins|works|"
    r"worked|lives|knows|handles|handled|owns|owes|reviewed|signed|approved|booked|is|was|has|"
    r"had|will|can|would|should"
)
_SAYS_AFTER = re.compile(rf"[ \t]+(?:{SAYS})(?![\w-])")
_DOES_AFTER = re.compile(rf"[ \t]+(?:{SAYS}|{DOES})(?![\w-])")


# Round twenty-four: `Per` (the preposition `per` in lower case) capitalised inside a sentence
# (`vi behöver Pers personnummer`, `Checklist för Per:`), or alone after a label (`hos
# Wallenstam: Per.`).
_PER = re.compile(
    r"(?<=[a-zåäö][ \t])(Per)s?(?![\w'’-]|[ \t][A-ZÅÄÖ])"
    r"|(?<=:[ \t])(Per)s?(?=[ \t]*(?:[.,;!)]|\n|\Z))"
    r"|(?<![\w'’-])(Per[ \t][A-ZÅÄÖ]\.)(?=[ \t,;)]|\n|\Z)"  # round thirty-one: `Per K. 5`
)  # not before a capitalised word: `protokollförare Per Sten` is found whole by the roles
# A surname that is also a word after an English honorific (`Mrs Woods`, `Mr Green`).
_HONORIFIC = re.compile(
    r"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)"
    # round thirty-two: in lower case, as chat writes it (`mrs griffiths`)
    r"|(?<![\w])(?:mr|mrs)\.?[ \t]+([a-zåäöéüźżśćńł][a-zåäöéüźżśćńł'’]{2,})(?![\w-])"
)


def _chat_surname(word: str) -> bool:
    """A surname in lower case: a listed name, or no common word (`mrs griffiths`, `mrs
    wongsawat`; not `mr right`)."""
    return listed(word) or max(everyday_zipf(word)) < 4


def worded(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the word names above, and the surnames after an honorific, that no finding
    covers."""
    people = [f for f in findings if f.kind == "PERSON"]
    starts = {f.start for f in people}
    ends = {f.end for f in people}
    added = []
    for match in _WORD.finditer(text):
        key = match.group(1).casefold()
        if key not in WORD_NAMES:
            continue
        start, end = match.span(1)
        if any(f.start < end and start < f.end for f in findings):
            continue
        if _cued(text, start, end, key, starts, ends):
            added.append(Finding("PERSON", start, end, 0.6))
    for match in _HONORIFIC.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if group == 2 and not _chat_surname(match.group(group)):
            continue  # `mr right`
        if match.group(group).casefold() not in stop_words() and not any(
            f.start < end and start < f.end for f in findings + added
        ):
            added.append(Finding("PERSON", start, end, 0.6))
    for match in _PER.finditer(text):
        start, end = match.span(next(i for i in (1, 2, 3) if match.group(i)))
        if not any(f.start < end and start < f.end for f in findings + added):
            added.append(Finding("PERSON", start, end, 0.6))
    for match in _PING.finditer(text):
        start, end = match.span(1)
        key = match.group(1).casefold()
        if (key in WORD_NAMES or key in given_names()) and not any(
            f.start < end and start < f.end for f in findings + added
        ):
            added.append(Finding("PERSON", start, end, 0.6))
    for match in _OWNER.finditer(text):
        span = _owner(match)
        if span is None or any(
            f.start < span[1] and span[0] < f.end and not (span[0] <= f.start and f.end <= span[1])
            for f in findings + added
        ):
            continue  # only over what lies inside it (`williams` of `ruby williams`)
        findings = [f for f in findings if not (span[0] <= f.start and f.end <= span[1])]
        added.append(Finding("PERSON", *span, 0.6))
    return findings + added + _speakers(findings + added, text)


def _owner(match: re.Match[str]) -> tuple[int, int] | None:
    """The lower-case name after an owner's or a customer's word: a given name and a surname
    (listed or of no language), or a listed surname alone that is no common word."""
    first, second = match.group(1), match.group(2)
    named = given(first) or first.casefold() in given_names()  # `ruby` after `owner is`
    if named and second is not None and (surname(second) or no_word(second.casefold())):
        return match.start(1), match.end(2)
    if given(first) and (second is None or second.casefold() in stop_words()):
        return match.span(1)
    key = first.casefold()
    if key in family_names() and key not in stop_words() and no_word(key):
        return match.span(1)
    return None


# A chat's speaker at a line's start (`saga: lunch?`, `[00:12:04] mark: ...`), after a time.
_SPEAKER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*|\d{1,2}[:.]\d\d[ \t]+)?([^\W\d_]{2,})(?=:[ \t])",
    re.MULTILINE,
)


def _speakers(findings: list[Finding], text: str) -> list[Finding]:
    """The speakers of a chat of two lines or more, of whom one was found (`juni: vem tar med
    <name>?` / `<name>: i'll ask`): a word name or a known given name as a speaker is one too."""
    labels = [m.span(1) for m in _SPEAKER.finditer(text)]
    people = [f for f in findings if f.kind == "PERSON"]
    found = any(f.start <= s and e <= f.end for s, e in labels for f in people)
    if len(labels) < 2 or not found:
        return []
    added = []
    for start, end in labels:
        key = text[start:end].casefold()
        if (key in WORD_NAMES or key in given_names()) and not any(
            f.start < end and start < f.end for f in findings
        ):
            added.append(Finding("PERSON", start, end, 0.6))
    return added


def _cued(text: str, start: int, end: int, key: str, starts: set[int], ends: set[int]) -> bool:
    low = max(0, start - 40)
    joined = _AND_AFTER.match(text, end)
    if joined is not None and joined.end() in starts:
        return True
    joined_before = _AND_BEFORE.search(text, low, start)
    if joined_before is not None and joined_before.start() in ends:
        return True
    for cue, after in (
        (_GREETING, _AFTER_GREETING),
        (_SIGNING, _AFTER_SIGNING),
        (_CONTACT, _AFTER_CONTACT),
    ):
        if cue.search(text, low, start) and after.match(text, end):
            return True
    if _ROLE.search(text, low, start) and _AFTER_ROLE.match(text, end):
        return True
    if _INTRO.search(text, low, start) and _HERE_AFTER.match(text, end):
        return True
    if _SPEAKER_ROLE.search(text, low, start) and _AFTER_SPEAKER.match(text, end):
        return True
    if key not in THINGS and _BY.search(text, low, start) and _AFTER_ROLE.match(text, end):
        return True  # `evening by Per.`, `booked with Per.`, not `by May.`
    if _KIN.search(text, low, start):
        return True
    if not _CLAUSE_START.search(text, low, start):
        return False
    verb = _SAYS_AFTER if key in THINGS else _DOES_AFTER
    return verb.match(text, end) is not None
