"""Round twenty-one: a name in lower case as the subject of a chat message's verb (`did mark
get the payslip`, `ok so gurpreet is off`, `frank fixar fika`, `smith is gonna go mental`).

Only in a message written in lower case (no capital inside it), only a word of the name lists
that no determiner precedes (`the bill is`) and that is no stop word, place or label, and
(unless it is a known given name that is no everyday word) no common word (Zipf under 4.5).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import NO_NAME_ALONE
from rung.privacy.names_near import DETERMINERS, looks_chatty
from rung.privacy.thing_words import things

_VERBS = (
    r"is|was|has|had|will|won't|can't|cant|got|gets|get|said|says|posted|sent|called|"
    r"har|hade|är|var|fixar|fixade|tar|tog|såg|bor|kommer|kom|sa|säger|vet|ska|kan|skickade"
)
_SUBJECT = re.compile(
    rf"(?<![\w'’@#/.-])(?P<name>[a-zåäöéü]{{3,}})(?=[ \t]+(?:{_VERBS})(?![\w'’]))"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _subject(name: str, before: str) -> bool:
    from rung.privacy.tagger import everyday_zipf

    if name in name_rules.stop_words() or name in name_rules.NOT_A_NAME or name in NO_NAME_ALONE:
        return False
    word = _WORD_BEFORE.search(before)
    if word is not None and word.group(1).casefold() in DETERMINERS:
        return False
    if name_rules.given(name):
        return True
    return name_rules.listed(name) and max(everyday_zipf(name)) < 4.5


def subjects(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the lower-case names before a verb in a lower-case message."""
    if not looks_chatty(text):
        return findings
    added = []
    for match in _SUBJECT.finditer(text):
        start, end = match.span("name")
        if any(f.start < end and start < f.end for f in findings):
            continue
        if _subject(match.group("name"), text[max(0, start - 20) : start]):
            added.append(Finding("PERSON", start, end, 0.55))
    return findings + added


# Round thirty-one: whom to contact first, and who rang, in any text.
_CALLERS = (
    # `Text william first, 076-...`, `ring Anna först`; round thirty-three: before a phone number
    # (`Text carina on 0731...`, `ask for amelia / 08-...`)
    re.compile(
        r"(?<![\w'’-])(?i:text|sms|ring|ringa|call|messa|mejla|email|ask[ \t]+for|fråga[ \t]+efter"
        r"|message|whatsapp)"  # round forty-six (dev-ep): `Message Mark on +44 ...`
        r"[ \t]+(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)(?:[ \t]+(?i:first|först)(?![\w'’-])"
        r"|[ \t]*(?:(?i:on|at|på)[ \t]+|/[ \t]*|,[ \t]*|[ \t])(?=[+(]?\d[\d \t()-]{6}))"
    ),
    # `Call note 12/03: Shah rang from +44 ...`, `Olsson ringde om fakturan`
    re.compile(
        r"(?:^|(?<=[:.!?])[ \t]+)(?P<name>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?)[ \t]+"
        r"(?:rang|phoned|called|ringde|mejlade|emailed)[ \t]+(?:from|in|about|re|från|om)"
        r"(?![\w'’-])",
        re.M,
    ),
    # Round thirty-three: the agent of a pick-up or a signature (`Hämtas av Duangjai 2027-06-16`,
    # `Approved by Anders`)
    re.compile(
        r"(?<![\w'’-])(?i:hämtas|hämtades|hämtad|hämtat|lämnas|lämnades|signerad|signerat|"
        r"undertecknad|attesterad|attesterat|godkänd|godkänt|collected|picked[ \t]+up|signed|"
        r"approved|authorised|authorized|"
        # round fifty (dev-fd, dev-ex): `License checked by: Ball`, `Handled by Dorotea O.`
        r"checked|handled|inspected|reviewed|edited|kontrollerad|kontrollerat|granskad|granskat|"
        r"hanterad|hanterat|besiktigad)"
        r"[ \t]+(?i:av|by):?[ \t]+"
        r"(?P<name>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?)(?![\w'’-])"
    ),
    # `Technician notes: Walters residence, 4588 Maple Avenue`
    re.compile(
        r"(?<![\w'’-])(?P<name>[A-ZÅÄÖ][^\W\d_]+)[ \t]+(?:residence|household|hushåll)(?![\w'’-])"
    ),
    # `Branding day at the Dunne ranch`, `the Price family`
    re.compile(
        r"(?<![\w'’-])(?i:the)[ \t]+(?P<name>[A-ZÅÄÖ][^\W\d_]+)[ \t]+"
        r"(?:ranch|farm|family|homestead)(?![\w'’-])"
    ),
)


def callers(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and a known name (or a capitalised word of no list and no thing of the
    lexicon) as the one to contact first, the one who rang, the agent of a pick-up or a
    signature, or before a household's word."""
    added: list[Finding] = []
    for pattern in _CALLERS:
        for match in pattern.finditer(text):
            start, end = match.span("name")
            name = match.group("name").casefold()
            if name in name_rules.stop_words() or name in NO_NAME_ALONE:  # not `Ring mig först`
                continue
            if any(f.start < end and start < f.end for f in findings + added):
                continue
            listed = name_rules.given(name) or name in name_rules.family_names()
            rare = match.group("name")[0].isupper() and name_rules.no_word(name)
            if listed or (rare and name not in things()[0]):
                added.append(Finding("PERSON", start, end, 0.6))  # `Duangjai`: a word of no list
    return findings + added
