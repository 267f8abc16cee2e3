"""Common given names and surnames in Sweden, for the name recogniser of Swedish text.

The English NER model finds English names well but misses or mangles Swedish ones and takes
capitalised Swedish words for people. These lists (common names in Sweden, written for rung)
let the recogniser find a Swedish name by a known given name or surname next to a capitalised
word. `AMBIGUOUS` names are also everyday words and only count when a surname follows, or
(`NAMES_INSIDE`) alone inside a sentence.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`."""
    return frozenset(text.split())


GIVEN_NAMES = words(
    """
    Adam Agnes Ahmed Albin Alexander Alfred Ali Alice Alicia Alma Alva Alvin Amanda Amina Amira
    Anders Andreas Anette Angelica Anita Ann Anna Anneli Annika Anton Arvid Astrid Axel Barbro
    Bengt Benjamin Berit Birgitta Björn Britt Camilla Carina Carl Caroline Cecilia Charlotte
    Christer Christina Clara Dan Daniel David Ebba Edvin Elias Elin Elisabeth Ella Ellen Elsa
    Emelie Emil Emma Erik Eva Evelina Fatima Felicia Felix Filip Fredrik Frida Gabriel Gunilla
    Gunnar Gustav Göran Hampus Hanna Hans Hassan Hedvig Helena Henrik Hugo Ibrahim Ida Ingrid
    Isabella Isak Jakob Jan Jenny Jessica Joakim Johan Johanna Johannes Jonas Jonathan Josefin
    Julia Karin Karl Kerstin Kevin Klara Kristina Kristoffer Lars Leif Lena Leo Liam Lina Linda
    Linnea Linnéa Lisa Louise Lovisa Lucas Ludvig Magnus Maja Malin Margareta Maria Marie Marcus
    Martin Mats Matilda Mattias Mikael Mohamed Mohammad Mohammed Moa Monica Nils Noah Nora Olivia
    Olof Omar Oscar Oskar Patrik Peter Petra Pernilla Rasmus Rebecka Robert Sara Selma Simon
    Sofia Sofie Stefan Stina Susanne Sven Svante Tobias Tomas Therese Tove Ulf Ulla Ulrika
    Valter Vera Viktor Vilma Wilma William Yusuf Åsa Örjan
    """
)

SURNAMES = words(
    """
    Abdi Ahmadi Andersson Axelsson Berg Bergström Bergman Berglund Björk Blom Bäckström
    Dahlberg Danielsson Ek Eklund Ekström Engström Eriksson Falk Forsberg Fransson Gustafsson
    Hansson Hassan Hedlund Hellström Henriksson Holm Holmberg Holmgren Isaksson Jakobsson
    Jansson Johansson Jonsson Karlsson Khalil Larsson Lind Lindahl Lindberg Lindgren Lindholm
    Lindqvist Lindström Ljung Lund Lundberg Lundgren Lundin Lundqvist Magnusson Mattsson
    Mohammed Mohamed Månsson Nilsson Nordin Nordström Nyberg Nyström Olofsson Olsson Persson
    Petersson Pettersson Samuelsson Sandberg Sjöberg Sjögren Ström Strand Sundberg Sundström
    Svensson Söderberg Wallin Wikström Åberg Åkesson Öberg
    """
)

SURNAME_ENDINGS = (
    "sson",
    "berg",
    "ström",
    "qvist",
    "kvist",
    "gren",
    "lund",
    "holm",
    "dahl",
    "blad",
    "stedt",
    "ling",
    "dotter",  # round seventeen: a patronymic (`Eriksdotter`)
)

# Common English given names, for English names inside Swedish or mixed text.
GIVEN_NAMES_EN = words(
    """
    Abigail Alice Amelia Andrew Anthony Ashley Benjamin Brian Charles Charlotte Chloe
    Christopher Daniel David Donald Edward Elizabeth Emily Emma Ethan George Hannah Harry
    Isabella Jack Jacob James Jennifer Jessica John Joseph Joshua Karen Kevin Laura Liam
    Lucy Mark Mary Matthew Megan Michael Nancy Nathan Oliver Olivia Patricia Paul Rachel
    Richard Robert Ryan Samuel Sarah Sophie Steven Susan Thomas Tom William
    """
)

# Places with a surname ending.
PLACES = frozenset({"Stockholm", "Lund", "Helsingborg", "Bornholm", "Kungsholm", "Ekerö"})

AMBIGUOUS = frozenset(
    {"Bo", "Per", "Max", "Rut", "Sten", "Tor", "Love", "Sam", "Tim", "Ask", "Mark", "Will", "Grace"}
)

GIVEN_NAMES_ALL = GIVEN_NAMES | GIVEN_NAMES_EN | AMBIGUOUS

# Round fifty-one (dev): ambiguous given names that are a name whenever they stand alone inside a
# sentence (`tis Per`, `Rooms: ..., Per solo`), unless a room or a storm is named
# (`sal Tor`, `stormen Per`); `Max`, `Mark`, `Will`, `Grace` and `Love` are words there too.
NAMES_INSIDE = frozenset({"Per", "Bo", "Sten", "Tim", "Tor"})
BEFORE_NOT_INSIDE = frozenset(
    {"sal", "salen", "rum", "rummet", "grupprum", "konferensrum", "stormen", "storm"}
)
_LAST_WORD = re.compile(r"(\w+)\W*$")
_NOT_AFTER = re.compile(r"[ \t]*(?:[A-ZÅÄÖ0-9]|-\w)")


def alone_inside(text: str, start: int, end: int) -> bool:
    """A word of NAMES_INSIDE inside its sentence (not its first word), with no capitalised word
    or number after it and no room or storm before it: `tis Per`, `Per's`, not `Per timme`,
    `sal Tor`, `Per Albin Hanssons väg`."""
    if text[start:end] not in NAMES_INSIDE:
        return False
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if not before or before[-1] in '.!?:"&\n':
        return False
    previous = _LAST_WORD.search(before)
    if previous and previous.group(1).lower() in BEFORE_NOT_INSIDE:
        return False
    return not _NOT_AFTER.match(text, end)


# Words that the English model takes into a name but that are not part of it: greetings,
# verbs and titles that come right before a name in Swedish and English messages.
NOT_NAMES = words(
    """
    Hej Hejsan Hallå Tja Tack Kära Bästa Hälsningar Kontakta Ring Ringa Fråga Mejla Maila Be
    Skicka Pappa Mamma Grannen Kunden Patienten Läkaren Hyresgästen Användaren Pinga Ping Tacka
    Hi Hello Dear Thanks Thank Call Ask Email Mail Contact Ping Please Invite Message Whatsapp
    OSA Släkten Barnets Brudgummen Bruden Konsulten Florist Officiant Kind Editor Sheriff
    Gardaí Garda Crimestoppers Labrador Golf Council
    Hen Occupier Resident Dwelling Deed Registry Dnr Gatlampa Gatukontoret Mannen Kvinnan
    Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays
    Client Utmätt Infinn Medling Garnishee Garnishment Huvudförhandling Anstalten Anstalt Häktet
    """  # round thirty-eight (dev-cs, dev-ct): `OSA-lista`, `Hej släkten!`, `Barnets namn:`;
    # round thirty-nine (dev-cw): `Hen vill att ...` (the pronoun), `Dear Occupier,`, `Deed Poll`,
    # `Mannen, Lars ...` (the man); (dev-cy) `Client Emily Smith`, `Utmätt egendom`, `Infinn dig`
)


def looks_like_surname(word: str) -> bool:
    """A known surname, or a capitalised word with a common Swedish surname ending."""
    if word in SURNAMES:
        return True
    capitalised = word[:1].isupper() and word[1:2].islower()
    return capitalised and word not in PLACES and word.lower().endswith(SURNAME_ENDINGS)


def known_name(word: str) -> bool:
    """A given name or surname from these lists (or with a surname ending)."""
    return word in GIVEN_NAMES_ALL or looks_like_surname(word)
