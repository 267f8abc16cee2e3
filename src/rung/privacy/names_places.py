"""Round forty: one word that its phrase shows is no person's name (`names_late.late_false`
calls these).

- *A place*: a town before its American state (`Volunteer Fire Department, Boone, North
  Carolina`), a capitalised word after Swedish `i` (in) with no genitive after it (`studerar i
  Dayton`, `stugan i Sälka`), a property's block between its town and its numbers (`Täby Kvarnen
  33:16`).
- *A word by its grammar*, in lower case: after an article or a possessive (`en stig`, `the
  pallet`), a measure after a number (`142 791 miles`), a tree among trees (`ek, björk och tall`)
  and given names that are Swedish words where their grammar shows (`men ville inte`, `vi blir
  sena`, `i morgon bitti`), and `mina`/`dina` before what they own (`köpa mina gamla böcker`;
  round forty-one).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS as _CAP
from rung.privacy.name_words import TITLES, words

# Round forty (dev-dd): a town before its American state (`Boone, North Carolina`), and a
# capitalised word after Swedish `i` (in) that no genitive follows (`studerar i Dayton`, `stugan i
# Sälka`; of the dev sets' names after `i`, all but one are genitives: `i Helenas säng`).
_US_STATE_AFTER = re.compile(
    r",[ \t](?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    r"Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Washington|West Virginia|Wisconsin|Wyoming)(?=[ \t]*(?:[,.:;)\n]|\Z|\d))"
)  # not `Hi Mitchell, Virginia called`
_SWEDISH_IN = re.compile(r"[a-zåäö][ \t]i[ \t]\Z")


def _swedish_place(value: str, finding: Finding, text: str) -> bool:
    """A capitalised word after `i` in a Swedish text, no genitive after it (see above)."""
    genitive = value.endswith("s") or text[finding.end : finding.end + 1] in ("s", "'", "’")
    if not value[:1].isupper() or genitive or text[finding.end : finding.end + 1] == ":":
        return False
    before = text[max(0, finding.start - 4) : finding.start]
    return bool(_SWEDISH_IN.search(before)) and name_rules.looks_swedish(text)


# A property's designation, a town, a block's name and its numbers (a town no name list holds
# before the word: not `Vårgunn Kaveldun 16:42`, a runner and her time; not `Dr Graham 4:30`).
_DESIGNATION = re.compile(r"[ \t]\d{1,4}:\d{1,4}(?![\d:.])")
_TOWN_BEFORE = re.compile(rf"(?<![\w-])([{_CAP}][^\W\d_]+)[ ]\Z")


def a_place(value: str, finding: Finding, text: str) -> bool:
    """One word that names a place, not a person (see the module's docstring)."""
    if _US_STATE_AFTER.match(text, finding.end) or _swedish_place(value, finding, text):
        return True
    if not _DESIGNATION.match(text, finding.end):
        return False
    town = _TOWN_BEFORE.search(text, max(0, finding.start - 30), finding.start)
    return (
        town is not None
        and len(town.group(1)) > 3
        and not name_rules.listed(town.group(1))
        and town.group(1).casefold() not in TITLES
    )


# Round forty: a lower-case word in a phrase that makes it a word: after an article or a
# possessive right before it (`en stig`, `the pallet`; no lower-case name of the dev sets follows
# one), a measure after a number (`142 791 miles`), and given names that are Swedish words where
# their grammar shows (`men ville inte`, `vi blir sena`, `i morgon bitti`, `ek, björk och tall`).
_DETERMINER = re.compile(
    r"(?<![\w-])(?i:en|ett|den|min|din|sin|mitt|ditt|sitt|a|an|the|my|your|his|her|our|their)"
    r"[ \t]+\Z"
)
_POSSESSIVES = words("mina dina")
_TREES = words("björk lind ek gran tall asp al lönn hassel rönn alm ask bok sälg ved")
_SENSES = {
    "ville": (None, re.compile(r"[ \t](?:inte|[a-zåäö]*[a-qs-zåäö])\b")),  # no present's `-r`
    "sena": (re.compile(r"(?:blir|bli|blev|är|var|vara|va|för|så|lite)[ \t]+\Z"), None),
    "bitti": (re.compile(r"morgon[ \t]+\Z"), None),
}


def word_sense(key: str, finding: Finding, text: str) -> bool:
    """A lower-case word that its phrase shows is a word (see `_DETERMINER`, `_SENSES`)."""
    from rung.privacy.tagger import everyday_zipf

    before = text[max(0, finding.start - 30) : finding.start]
    if _DETERMINER.search(before):
        return True  # `en stig`, `the pallet`
    if re.search(r"\d[ \t]*\Z", before) and max(everyday_zipf(key)) >= 5:
        return text[finding.end : finding.end + 1] != ":"  # `0.6 miles from`, not `10:21 anna:`
    if key in _TREES:
        near = text[max(0, finding.start - 12) : finding.end + 12].casefold()
        return sum(tree in _TREES for tree in re.findall(r"[a-zåäö]+", near)) >= 2
    if key in _POSSESSIVES:  # round forty-one (dev-dl): `köpa mina gamla kursböcker`
        noun = re.match(r"[ \t]+([a-zåäö]+)", text[finding.end : finding.end + 30])
        return noun is not None and _owned_word(noun.group(1))
    sense = _SENSES.get(key)
    if sense is None:
        return False
    ahead, behind = sense
    return (ahead is not None and ahead.search(before) is not None) or (
        behind is not None and behind.match(text, finding.end) is not None
    )


def _owned_word(word: str) -> bool:
    """An everyday word (Zipf 3+) that no stop word is: what a possessive owns or describes."""
    from rung.privacy.tagger import everyday_zipf

    return max(everyday_zipf(word)) >= 3 and word not in name_rules.stop_words()
