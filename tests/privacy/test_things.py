"""Round twenty-two: `rung.privacy.names_things`, what is named but is no person."""

from __future__ import annotations

import pytest

from rung.privacy import names as name_rules
from rung.privacy import names_things, thing_words
from rung.privacy.findings import Finding


def test_the_things_lexicon_holds_no_given_name_alone() -> None:
    """A single word of `things.txt` is no given name of rung's lists (a person called so would
    be missed); one that is a surname is in the section that needs an article or a place's
    preposition before it."""
    every, surnames = thing_words.things()
    assert len(every) > 3000 and surnames < every
    single = {entry for entry in every if " " not in entry}
    assert not {w for w in single if w in name_rules.given_names()}
    unmarked = single - surnames
    assert not {w for w in unmarked if w in name_rules.family_names()}


def _thing(text: str, value: str) -> bool:
    start = text.index(value)
    return names_things.thing(Finding("PERSON", start, start + len(value), 0.8), text)


@pytest.mark.parametrize(
    ("text", "value", "is_thing"),
    [
        # a surname that is also a place: a thing only after a place's preposition or an article
        ("We stayed in Leeds for a week.", "Leeds", True),
        ("Leeds called about the invoice.", "Leeds", False),
        ("Skicka till Liu på måndag.", "Liu", False),
        # a thing named as a person is named, only after a place's preposition or an article
        ("Speakers: John Lewis om Rust i produktion.", "John Lewis", False),
        ("She bought it at John Lewis.", "John Lewis", True),
        # a cue before a thing's name makes it a person only when a list of names holds it
        # (round thirty-five: `hej Fortum!`, `ring Telenor` greet and call a firm, dev-cj)
        ("Hej Fortnox, tack för sist!", "Fortnox", True),
        ("Hej Boston, tack för sist!", "Boston", False),
        ("Lönerna körs i Fortnox.", "Fortnox", True),
        # a genitive of a thing's name
        ("Mottagare: Båstads BK, Ekorrvägen 6", "Båstads", True),
        # an article and a colour before a brand, but a family after an article
        ("I lost a red Nike cap.", "Nike", True),
        ("Greetings from the Nike family.", "Nike", False),
        # a person before a club keeps their name; the club's town does not
        ("2. Lundberg Casper IFK Sundsvall 46:03", "Lundberg Casper", False),
        ("2. Lundberg Casper IFK Sundsvall 46:03", "Sundsvall", True),
        # a word in capitals beside a club's letters is a name in a text in capitals
        ("ANNA IS LATE", "ANNA", False),
        # a lower-case everyday word, unless a cue or a verb of people makes it a person
        ("jag har nyckeln till labbet", "labbet", True),
        ("fråga valborg", "valborg", False),
        ("Hej, fakturan till Leeds", "fakturan", True),
    ],
)  # fmt: skip
def test_a_thing_by_the_words_around_it(text: str, value: str, is_thing: bool) -> None:
    assert _thing(text, value) == is_thing


def test_a_cheer_or_a_role_word_is_cut_from_a_name() -> None:
    text = "Heja Elsa! Hundförare Klara Holm. Clare Holm."
    spans = [Finding("PERSON", text.index(v), text.index(v) + len(v), 0.8) for v in
             ("Heja Elsa", "Hundförare Klara Holm", "Clare Holm")]  # fmt: skip
    assert [names_things.trimmed(f, text).value(text) for f in spans] == [
        "Elsa",
        "Klara Holm",
        "Clare Holm",
    ]
