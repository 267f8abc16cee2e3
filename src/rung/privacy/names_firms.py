"""A person's name that a small firm carries is a person's name (`Husseins Rör AB`, `Miller's
Plumbing & Heating Ltd`, `Mikael Lindgrens Bygg & Fix`, `Elfirma Birgit Andersson AB`): a sole
trader's or a family firm's name names its owner, so the name is a PERSON and the rest is not.

- a known name (`names.known_name`) in the genitive before a trade's word, maybe after a given
  name or a noble particle (`von Essens Mark & Schakt AB`);
- a given name and a word no everyday one in the genitive before a firm's name and its form
  (`Juha Korhonens Hästtransporter AB`, `Michał Jabłońskis Hästtransporter AB`);
- a given name and a surname after a trade's word for a firm (`Elfirma`, `Målerifirma`,
  `Trädfällning`; round fifty-one);
- round thirty (dev-br): a known surname before an office's trade and a firm's form (`Korhonen
  Consulting AB`, `Hamilton IT-konsult AB`);
- round thirty-five (dev-cj): a known name in the genitive before any firm's name and its form
  (`Lagerlöfs Elinstallationer AB`, `Porter's Electric LLC`);
- round thirty-six (dev-cn): law and funeral offices and car dealers among the trades (`Nybergs
  Juristbyrå`), solicitors after a surname (`Lane Solicitors`), and a listed surname after a
  firm's word (`Advokatbyrån Woźniak`, `Flyttfirman Lindberg Transport`);
- round thirty-four (dev-ch, dev-cg): a known surname before any trade and a form or `& <word>`
  (`Lindgren Bygg AB`, `Olofsson Maskin & Snö`), before an English trade alone (`Wilson
  Removals`), or before `& Söner`, `& Sons`, `& Co` (`Kareem & Söner`, `Dunn & Co`); an owner's
  genitive before a pet's trade (`Keller's Vets`, `Granaths Kattpensionat`);
- round forty-three (dev-dt): a surname between a trade's word and a form (`Bygg Malinowski AB`);
- round sixty (dev-hr): an owner's surname, maybe after a given name, between any word that is no
  name and a form (`Golfmaskiner Korhonen AB`, `Bilfirma Maria Sandberg AB`), and a team named
  after its captain's surname (`Team Rhodes`).

National brands and chains that carry a founder's name (`Clas Ohlson`, `Hill's`) name no trade
after them and stay things (`names_things`). Round twenty-nine, from dev-bn (field service).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS, words
from rung.privacy.tagger import everyday_zipf
from rung.privacy.thing_words import products, things

_TRADE = (
    r"Rör|VVS|El|Elservice|Elinstallation|Bygg|Byggservice|Bygg & Fix|Måleri|Måleriservice|Plåt|"
    r"Mark|Schakt|Golv|Snickeri|Städ|Städservice|Flytt|Transport|Trädgård|Trädgårdsservice|Lås|"
    r"Låsservice|Installation|Fastighetsservice|Tak|Takläggning|Ventilation|Kyl|Värme|Kakel|"
    r"Glas|Sotning|Entreprenad|Åkeri|Bil|Bilservice|Hundpassning|Hundfrisör|Hovslageri|"
    r"Hundsalong|Djurklinik|Frisör|Salong|Bageri|Fastigheter|Maskin|Förvaltning|Hiss|Skadeservice|"
    r"Plumbing|Heating|Electrical|Electrics|Building|Builders|Roofing|Joinery|Removals|Cleaning|"
    r"Landscaping|Locksmiths?|Glazing|Decorating|Gas|Carpentry|Plastering|Painting|Handyman|"
    r"Gardening|Garden Services|Dog Walking|Grooming|Pet Sitting|Haulage|Motors|Garage|"
    r"Vets|Livery|Cattery|Dog Spa|Kattpensionat|Hundpensionat|Hundpromenader|Hundtrim|Hunddagis|"
    r"Man & Van|Internationella Flytt|"
    r"Juristbyrå|Advokatbyrå|Redovisningsbyrå|Begravningsbyrå|Bilverkstad|Bilförmedling|Bildelar|"
    r"Pet Care|Petcare|Pet Services|Dog Care|Djurvård|Hundskola|Dog Training|Hundcenter|"
    r"Fastighetsskötsel|Låssmed|Hiss & Port|Skadedjur|Pest Control|"
    r"Guld & Ur|Guldsmed|Urmakeri|Kök & Catering|Catering|Rörservice|"  # round 42 (dev-dr, dev-dp)
    r"Trafikskola|Driving School|School of Motoring|"  # round forty-seven (dev-et)
    r"Autos|Opticians|Optik|Blommor & Presenter|Blommor|Hörsel|"  # round forty-nine (dev-fd/ff/fh)
    r"Skrädderi|Kemtvätt|Tvätt|Sömnad|Tailoring|Dry Cleaning|"  # round fifty-four (dev-gh)
    r"Bokhandel|Förlag|Books|Vinimport|Import|Vinhandel|Bryggeri|Brewing|Krog|Kvarterskrog|"
    r"Hemtjänst & Omsorg|Vård & Omsorg|Hemtjänst|Omsorg|Assistans|"  # round sixty-one (dev-ib)
    r"Home Care|Homecare|Care Services|Care|Nursing"
)  # round thirty-six: `Nybergs Juristbyrå` (dev-cn); 37: `Othman Pet Care AB` (dev-cp, dev-cq)
_WORD = rf"[{CAPITALS}][\w-]*[^\W\d_]"
# A firm's forms of company.
_FORMS = r"AB|HB|KB|Ltd|Limited|Oy|AS|GmbH|LLC|LLP|Inc"
# Round thirty (dev-br): a surname, not in the genitive, before an office's trade and a firm's
# form (`Korhonen Consulting AB`, `Hamilton IT-konsult AB`, `Kelly Data AB`).
_OFFICE_TRADE = (
    r"Consulting|Konsult|IT-konsult|Konsulting|Data|IT|Tech|Teknik|Solutions|Systems|Software|"
    r"Digital|Partners|Advisory|Redovisning|Juridik|Ekonomi|Design|Engineering|Management|"
    r"Lettings|Estates|Properties|Fastigheter|Fastighetsförvaltning|"  # round 32: housing (dev-ca)
    r"Construction|Contractors|Developments|Architects"  # round forty-three (dev-dt)
)
# Round thirty-five (dev-cj): or any firm's name and its form (`Bergqvists Elteknik AB`,
# `Porter's Electric LLC`, `Singh's Solar Ltd`).
# Round forty-three (dev-dx): or an office's trade (`Eklunds Redovisning`, `Webb's Accountancy`).
# A form right after the genitive (`Singhs Ltd`) was tried and left: it cost a held-out set a name.
_GENITIVE = re.compile(
    rf"(?<![\w-])(?P<name>(?:(?P<given>{_WORD})[ \t]+)?(?:(?P<particle>von|af|de|van)[ \t]+)?"
    rf"(?P<base>{_WORD}))(?:s|'s|’s|')[ \t]+"
    rf"(?:{_TRADE}|(?P<office>{_OFFICE_TRADE}|Accountancy|Bookkeeping|Bokföring|Garden Centre"
    r"|Estate Agents|Estate Agency)"  # round forty-five (dev-ej): `Hill's Estate Agents`
    rf"|(?P<firm>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD})?[ \t]+(?:{_FORMS})))(?![\w])"
)
_FORM_AFTER = re.compile(rf"[ \t]+(?:{_FORMS})(?![\w])")
# A full name in the genitive before any firm's name and its form (`Juha Korhonens
# Hästtransporter AB`).
_FULL_NAME_FIRM = re.compile(
    rf"(?<![\w-])(?P<name>(?P<given>{_WORD})[ \t]+(?P<base>{_WORD}))(?:s|'s|’s|')"
    rf"[ \t]+{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD})?[ \t]+(?:{_FORMS})(?![\w])"
)
# Round fifty-seven (dev-gz): or in an English genitive, a letterhead's whole line (`Sarah Smith's
# Pilates Studio`).
_LETTERHEAD = re.compile(
    rf"(?<![\w-])(?P<name>(?P<given>{_WORD})[ \t]+(?P<base>{_WORD}))(?:'s|’s)"
    rf"[ \t]+{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD})?[ \t]*(?=\n)"
)
_SURNAME_FIRM = re.compile(
    rf"(?<![\w-])(?P<name>{_WORD})[ \t]+(?:{_OFFICE_TRADE}|{_TRADE})"
    rf"(?:[ \t]+&[ \t]+(?P<partner>{_WORD})(?P<form>[ \t]+(?:{_FORMS}))?"
    rf"|[ \t]+(?:{_FORMS}))(?![\w])"
)
# Round thirty-four (dev-ch): a surname before an English trade's words, which name a firm with
# no form after them (`Wilson Removals`, `Smith Building Services`), unless a capitalised word
# stands before it (`Red Lion Plumbing`).
_SURNAME_TRADE = re.compile(
    rf"(?<![\w-])(?P<name>{_WORD})[ \t]+"
    r"(?:Removals|Plumbing|Roofing|Builders|Building Services|Joinery|Glazing|Electrical|"
    r"Solicitors|Accountants"  # round thirty-six: `Lane Solicitors` (dev-cn)
    r"|Advokatbyrå|Advokater"  # round thirty-nine (dev-cw): `Hashemi & Saleh Advokatbyrå`
    r"|LLP|Lettings|Drying Services"  # round 42 (dev-dn, dev-dr): `Shah Lettings`
    r"|Fastighetsförmedling|Estate Agents"  # round 45 (dev-ej): estate agents
    r"|Dental Care|Dental Practice|Dentistry"  # round 46 (dev-el): `Wood Dental Care`
    r"|Driving School|Trafikskola|Motors"  # round 47 (dev-et): `Khan Driving School`
    r"|Opticians|Optik"  # round 49 (dev-fh): `Jones & Jordan Opticians`, `Berg Optik`
    r"|Tree Care|Tree Services|Tree Surgeons|Tree Surgery|Chimney Services|Chimney Sweeps"
    r"|Pest Control|Dry Cleaners|Tailors|Shoe Repairs|Watch Repairs)(?![\w])"  # round 51
)  # (dev-fr, dev-ft, dev-fp): `Patel Tree Care`, `Taylor Chimney Services`
# Firms of partners, named after them all (`Brown & Hill Solicitors`; not `Stone & Mason Roofing`).
_PARTNERS = (
    *("Solicitors", "Accountants", "Advokatbyrå", "Advokater", "LLP", "Lettings"),
    *("Fastighetsförmedling", "Estate Agents"),  # round forty-five (dev-ej)
    *("Dental Care", "Dental Practice", "Dentistry"),  # round forty-six (dev-el)
    "Opticians",  # round forty-nine (dev-fh)
)
_CAPITAL_BEFORE = re.compile(rf"[{CAPITALS}][\w]*[ \t]+\Z")
_FIRST_PARTNER = re.compile(rf"(?<![\w-])({_WORD})[ \t]*&[ \t]*\Z")  # round forty-six (dev-el)
# Round thirty-four (dev-ch): a family's firm, a surname before `& Söner`, `& Sons` or `& Co`
# (`Kareem & Söner Fastigheter`, `Dunn & Co Estate Agents`).
_FAMILY_FIRM = re.compile(
    rf"(?<![\w-])(?P<name>{_WORD})[ \t]*&[ \t]*"
    r"(?:Söner|Sons|Son|Döttrar|Dotter|Daughters|Co\b\.?|Partners)(?![\w])"
)  # round forty-two: `Lind & Dotter`; round forty-seven (dev-et): `Hansen & Partners Trafikskola`
_WAYS = words("lane road street park hill way close court avenue gate row square")
_FIRM_WORD = re.compile(
    r"(?<![\w-])(?:Elfirma|Målerifirma|Byggfirma|Rörfirma|Städfirma|Flyttfirma|Åkeri|Firma"
    r"|Trädfällning|Trädvård|Skrädderi|Skomakeri|Urmakeri|Sotning)"  # round 51 (dev-fr)
    rf"[ \t]+(?P<name>{_WORD}[ \t]+{_WORD})(?=[ \t]+(?:AB|HB|KB)\b|[ \t]*[,\n])"
)


# Round thirty-six (dev-cn): a firm's word, then a listed surname (`Advokatbyrån Woźniak`,
# `Flyttfirman Lindberg Transport`; not `Begravningsbyrån Lugnet`).
_FIRM_THEN_SURNAME = re.compile(
    r"(?<![\w-])(?:Advokatbyrån|Advokatbyrå|Advokatfirman|Juristbyrån|Juristbyrå|Juristfirman|Flyttfirman|"
    rf"Byggfirman|Städfirman|Målerifirman|Begravningsbyrån|Mäklarbyrån|Mäklarfirman|"
    r"Tandläkarna|Tandkliniken)"  # round forty-six (dev-el): `Tandläkarna Höglund`
    rf"[ \t]+(?P<name>{_WORD})(?![\w-])"  # round forty-five (dev-ej): `Mäklarbyrån Lindgren`
)
# Round forty-six (dev-el): such a firm's word, then two partners' surnames (`Tandläkarna Höglund &
# Parker AB`, `Tandläkare Hammar & Eriksson-Asplund AB`).
_FIRM_THEN_PARTNERS = re.compile(
    rf"(?<![\w-])(?:Advokatbyrån|Advokatfirman|Juristbyrån|Mäklarbyrån|Tandläkarna|Tandläkare|"
    rf"Tandkliniken|Läkarna|Revisorerna)[ \t]+(?P<first>{_WORD})[ \t]+&[ \t]+(?P<second>{_WORD})"
    r"(?![\w-])"
)
# Round forty-two (dev-dr): one or two surnames before a Swedish trade's word, with no form after
# it (`quote från Korhonen Måleri`, `Hantverkare: Björn Lundberg, Lindberg VVS`, `Andersson
# Lindberg VVS`); a surname (listed or by its ending), no thing's name.
_SWEDISH_TRADE = re.compile(
    rf"(?<![\w-])(?P<name>{_WORD}(?:[ \t]{_WORD})?)[ \t]+(?:VVS|Måleri|Bygg|Rör|Snickeri|Plåt|"
    r"Golv|Kakel|Schakt|Åkeri|Elservice|Takläggning|Omsorg|Assistans)(?![\w&-])(?![ \t]+&)"
)
# Round forty-three (dev-dt): a trade's word, then a surname and a firm's form (`Bygg Malinowski
# AB`, `Mark & Schakt Müller AB`).
_TRADE_FIRST = re.compile(
    rf"(?<![\w-])(?:{_TRADE})[ \t]+(?P<name>{_WORD})[ \t]+(?:{_FORMS})(?![\w])"
)
# Round forty-three (dev-dx): two partners' surnames before a firm's name and its form
# (`Persson & Omerović Elteknik AB`; not `Ek & Sten Bygg AB`).
_PARTNER_FIRM = re.compile(
    rf"(?<![\w-])(?P<first>{_WORD})[ \t]+&[ \t]+(?P<second>{_WORD})[ \t]+{_WORD}[ \t]+(?:{_FORMS})"
    r"(?![\w])"
)
# Round forty-eight (dev-ex, dev-ez): a listed surname, maybe after a given name or another
# surname, before any one or two words of a firm and its form (`Marshall Environmental Ltd`,
# `Engdahl Ställningar AB`, `Lopez Morales Environmental Ltd`, `Clive Murphy Events Ltd`).
_SURNAME_ANY_FIRM = re.compile(
    rf"(?<![\w-])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+"
    rf"(?P<trade>{_WORD}(?:[ \t]+&[ \t]+{_WORD}|[ \t]+{_WORD})?)[ \t]+(?:{_FORMS})(?![\w])"
)
# Round fifty-two (dev-fz, dev-ev): a café or a bakery named after its owner's given name
# (`Konditori Agnieszka`, `Café Karin`; not `Konditori Kronan`, `Café Linné`).
_SHOP_THEN_GIVEN = re.compile(
    rf"(?<![\w-])(?:Konditori|Bageri|Café|Kafé|Cafe)[ \t]+(?P<name>{_WORD})"
    rf"(?![\w-])(?![ \t]+{_WORD})"
)
_FIRM_CUE = re.compile(r"[ \t]*(?:&|och\b|and\b|AB\b|HB\b|Ltd\b|Limited\b)")
# Round sixty (dev-hr): any word of a firm, then its owner's surname, maybe after a given name,
# and a form (`Golfmaskiner Korhonen AB`, `Bilfirma Maria Sandberg AB`, `Sotarmästare Amir Hodžić
# AB`; not `Byggservice Nord AB`, `Hotell Norrsken AB`).
_WORD_THEN_OWNER = re.compile(
    rf"(?<![\w-])(?P<word>{_WORD})[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+(?:{_FORMS})"
    r"(?![\w])"
)
_QUARTERS = words("nord norr syd söder öst väst mitt north south east west")
# Round sixty (dev-hr): a team named after its captain's surname (`2. Team Rhodes – 61`, `Team
# Houghton (Maria and co.)`, `lag Korhonen`; not `Team Alpha`, `Team Sweden`, `Team Greta`).
_TEAM = re.compile(
    rf"(?<![\w-])(?:Team|team|Lag|lag|Laget|laget)[ \t]+(?P<name>{_WORD})(?![\w-])"
    rf"(?![ \t]+{_WORD})"
)


def _firm_surname(name: str) -> bool:
    """A surname of the lists, no everyday word (not `Sten`, `Stone`, `Mason`) nor a thing's."""
    key = name.casefold()
    word = key in name_rules.lexicon("surnames-words.txt")  # `Stone & Mason Roofing Ltd`
    return key in name_rules.family_names() and not word and key not in things()[0]


def _partner(name: str) -> bool:
    """A surname (listed, by its ending, or each part of a double one), no everyday word nor a
    thing's name (not `Ek & Sten`)."""
    key = name.casefold()
    long_listed = len(name) >= 6 and key in name_rules.family_names()  # `Parker`
    everyday = max(everyday_zipf(key)) >= 4 and not long_listed
    return name_rules.surname(name) and not everyday and key not in things()[0]


def _brand(name: str) -> bool:
    """`Clas Ohlson` of `Clas Ohlsons Lager AB`: a chain's founder, a brand now (round 35)."""
    return " " in name and name.casefold() in products()


def _a_person_named(text: str, end: int) -> bool:
    """Whether the trade's word ending at `end` is a listed name with no firm's `&`, `och` or
    form after it (`Jonas Mark`: a person, not Jona's firm of earthworks)."""
    trade = text[:end].rsplit(None, 1)[-1]
    return name_rules.listed(trade) and _FIRM_CUE.match(text, end) is None


def owners(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the names of firms' owners (see the module) where no other kind is; a
    PERSON found over part of the firm's name (`Andersson` of `Elfirma Birgit Andersson AB`,
    `Mikael Lindgrens Bygg`, the `Mark` of `Anderssons Mark & Trädgård`) gives way to it."""
    firms = _genitive_firms(text) + _named_firms(text)
    kept = list(findings)
    for start, end, firm_end in firms:
        over = [f for f in kept if f.start < firm_end and start < f.end]
        if all(f.kind == "PERSON" and _from_firm(text, f.start, start) for f in over):
            kept = [f for f in kept if f not in over] + [Finding("PERSON", start, end, 0.6)]
    return sorted(kept, key=lambda f: (f.start, f.end)) if firms else findings


def _from_firm(text: str, start: int, name_start: int) -> bool:
    """A PERSON from `start` that starts at the owner's name, or at the firm's word before it
    (`Mäklarbyrån Lindgren`; round forty-five)."""
    return start >= name_start or _FIRM_THEN_SURNAME.match(text, start) is not None


def _genitive_firms(text: str) -> list[tuple[int, int, int]]:
    """(the name's start, its end, the firm's end) of each owner named in the genitive."""
    firms = []
    for match in _GENITIVE.finditer(text):
        given, base = match.group("given"), match.group("base")
        genitive = text[match.start("base") : match.end()].split()[0]
        owner = match.group("particle") or name_rules.known_name(base)
        formed = _FORM_AFTER.match(text, match.end()) is not None
        if formed and name_rules.no_word(base.casefold()) and not match.group("office"):
            owner = True  # round thirty-two: `Hasanovics Rör AB`, a word of no language
        english = genitive.endswith(("'s", "’s")) and max(everyday_zipf(base.casefold())) < 3
        owner = owner or (english and base.casefold() not in things()[0])  # `Boiko's Autos`
        if not (owner or name_rules.listed(genitive)) or _a_person_named(text, match.end()):
            continue
        firm = match.group("firm") or match.group("office")
        if firm and not (name_rules.surname(base) or match.group("particle")):
            continue  # `Atlas Data AB`: a firm's name before any firm's words, only a surname's
        if _brand(match.group("name")):
            continue
        start, end = match.start("name"), match.end("name")
        if given is not None and not name_rules.given(given):
            start = match.start("particle") if match.group("particle") else match.start("base")
        if name_rules.listed(genitive):
            end = match.start("base") + len(genitive)  # `Jonas Bygg AB`: Jonas's, not Jona's
        firms.append((start, end, match.end()))
    for match in (*_FULL_NAME_FIRM.finditer(text), *_LETTERHEAD.finditer(text)):
        base = match.group("base")
        known = name_rules.known_name(base) or max(everyday_zipf(base)) < 3
        if name_rules.given(match.group("given")) and known and not _brand(match.group("name")):
            end = match.end("name")
            if text[match.start("base") : end + 1].casefold() in name_rules.family_names():
                end += 1  # `Noah Rogers Fitness LLC`: Rogers, not Roger's (round forty-four)
            firms.append((match.start("name"), end, match.end()))
    return firms


def _named_firms(text: str) -> list[tuple[int, int, int]]:
    """(the name's start, its end, the firm's end) of each owner named before or after a
    trade's word, a firm's word or `& Söner` (see the module)."""
    firms = []
    for match in (*_SURNAME_FIRM.finditer(text), *_SURNAME_TRADE.finditer(text)):
        before = text[max(0, match.start() - 30) : match.start()]
        if before.rstrip().endswith("&") and not match.group().endswith(_PARTNERS):
            continue  # `Stone & Mason Roofing Ltd`: a brand of two words
        if match.re is _SURNAME_TRADE:
            if _CAPITAL_BEFORE.search(before):
                continue  # `Red Lion Plumbing`: a brand of several words
        elif not match.group("form") and name_rules.listed(match.group("partner") or ""):
            continue  # `Jonas Mark & Anna`: two people, not `Olofsson Maskin & Snö`
        if match.group("name").casefold() in _WAYS and _CAPITAL_BEFORE.search(before):
            continue  # `Park Lane Lettings Ltd`: a street's word (not `with Lane Solicitors`)
        if name_rules.known_name(match.group("name")):
            firms.append((match.start("name"), match.end("name"), match.end()))
            first = _FIRST_PARTNER.search(text, max(0, match.start() - 30), match.start())
            if first is not None and _partner(first.group(1)):  # `Patel & Hughes Dental Care`
                firms.append((first.start(1), first.end(1), first.end(1)))
    firms += _any_firms(text)
    for match in _SWEDISH_TRADE.finditer(text):
        names = match.group("name").split()
        if all(name_rules.surname(n) and n.casefold() not in things()[0] for n in names):
            firms.append((match.start("name"), match.end("name"), match.end()))
    for match in _TRADE_FIRST.finditer(text):
        name = match.group("name")
        quarter = name.casefold() in _QUARTERS  # `Byggservice Nord AB` (round sixty)
        if name_rules.surname(name) and name.casefold() not in things()[0] and not quarter:
            firms.append((match.start("name"), match.end("name"), match.end()))
    for match in _PARTNER_FIRM.finditer(text):
        partners = ("first", "second")
        if all(_firm_surname(match.group(p)) for p in partners):
            firms += [(match.start(p), match.end(p), match.end(p)) for p in partners]
    for match in _FAMILY_FIRM.finditer(text):
        name = match.group("name")
        if name_rules.known_name(name) and name.casefold() not in things()[0]:
            firms.append((match.start("name"), match.end("name"), match.end()))
    for match in _FIRM_THEN_SURNAME.finditer(text):
        name = match.group("name")
        everyday = max(everyday_zipf(name.casefold())) >= 4  # `Flyttfirman Ek & Sten AB`
        long_surname = len(name) >= 6 and _firm_surname(name)  # `Lindgren` (round forty-five)
        everyday = everyday and not long_surname
        if name_rules.surname(name) and not everyday and name.casefold() not in things()[0]:
            firms.append((match.start("name"), match.end("name"), match.end("name")))
    for match in _FIRM_THEN_PARTNERS.finditer(text):
        partners = ("first", "second")
        names = [match.group(p) for p in partners]
        if any(map(_partner, names)) and all(_partner(n) or _firm_surname(n) for n in names):
            firms += [(match.start(p), match.end(p), match.end(p)) for p in partners]
    for match in _SHOP_THEN_GIVEN.finditer(text):
        if name_rules.given(match.group("name")):
            firms.append((match.start("name"), match.end("name"), match.end("name")))
    for match in _FIRM_WORD.finditer(text):
        given, surname = match.group("name").split()
        if name_rules.given(given) and name_rules.known_name(surname):
            firms.append((match.start("name"), match.end("name"), match.end("name")))
    for match in _WORD_THEN_OWNER.finditer(text):
        if _owner_after_word(text, match):
            firms.append((match.start("name"), match.end("name"), match.end()))
    for match in _TEAM.finditer(text):
        name = match.group("name")
        if _firm_surname(name) and not name_rules.given(name):
            firms.append((match.start("name"), match.end("name"), match.end()))
    return firms


def _owner_after_word(text: str, match: re.Match[str]) -> bool:
    """Whether `_WORD_THEN_OWNER`'s name is an owner's: a surname of the lists (no everyday
    word nor a quarter's), maybe after a given name, after a word that is no name, not in
    capitals and not after another capitalised word (`Red Lion Golfmaskiner Ltd`: a brand)."""
    names = match.group("name").split()
    if name_rules.listed(match.group("word")) or match.group("name").isupper():
        return False
    if _CAPITAL_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return False
    surname = names[-1]
    given = len(names) == 1 or name_rules.given(names[0])
    return given and _firm_surname(surname) and surname.casefold() not in _QUARTERS


def _any_firms(text: str) -> list[tuple[int, int, int]]:
    """(the name's start, its end, the firm's end) of each listed surname before any one or two
    words of a firm and its form (`_SURNAME_ANY_FIRM`, round forty-eight)."""
    firms = []
    for match in _SURNAME_ANY_FIRM.finditer(text):
        if _CAPITAL_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # `Red Lion Events Ltd`: a brand of several words
        trade = match.group("trade").split()
        owned = trade[0].endswith("s") and max(everyday_zipf(trade[0][:-1].casefold())) < 2
        if owned or any(map(name_rules.known_name, trade)):
            continue  # `Ali Hussainis Fastigheter AB` (the genitive's), `Anna Berg Lindqvist AB`
        words_of = match.group("name").split()
        if not _firm_surname(words_of[-1]) or _brand(match.group("name")):
            continue
        lead = words_of[0] if len(words_of) == 2 else ""
        if lead and words_of[-1].casefold() in _WAYS and not name_rules.given(lead):
            continue  # `Park Lane Lettings Ltd`: a street's name
        start = match.start("name")
        if lead and not (name_rules.given(lead) or _firm_surname(lead)):
            start = match.end("name") - len(words_of[-1])  # `Nordic Taylor Events Ltd`
        firms.append((start, match.end("name"), match.end()))
    return firms
