"""Round thirty (dev-br, offices abroad): British and Indian addresses found from their end. A
British postcode after a town (`Cardiff CF10 7ZL`), or an Indian state or city before a PIN of six
digits (`Kerala 682065`, `Pune 411080`), ends an address; the parts before it on its line, each
after a comma, belong to it while they look like an address's: a house number and a street, a
floor, or a word of units and buildings (`Unit 13, Minerva House, Cardiff CF10 7ZL`, `2nd Floor,
101 The Crescent, Cambridge CB2 6ZU`, `Plot No. 31, Infopark, Kakkanad, Kochi, Kerala 682065`).
Before an Indian PIN a locality of one to three capitalised words is a part too (`Kakkanad`,
`Hitech City`): Indian addresses name them without any other mark.

Round thirty-one: an Irish county and Eircode end an address the same way, with the townlands
and towns before them (`Knockbrack, Mallow, Co. Cork P51 P4TY`): rural Irish addresses have no
street. Round thirty-two: a county without an Eircode, after a house's or a road's part.
"""

from __future__ import annotations

import re
import unicodedata

from rung.privacy.address_formats import EIRCODE, UK_POSTCODE

_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_UK = re.compile(rf"(?<![\w-]){_PLACE}[ \t]+{UK_POSTCODE}(?![\w-])")
_STATES = (
    r"Kerala|Karnataka|Maharashtra|Telangana|Tamil Nadu|Haryana|Delhi|New Delhi|Gujarat|"
    r"West Bengal|Uttar Pradesh|Andhra Pradesh|Rajasthan|Punjab|Madhya Pradesh|Odisha|Goa"
)
_CITIES = (
    r"Bengaluru|Bangalore|Pune|Navi Mumbai|Mumbai|Greater Noida|Chennai|Hyderabad|Kochi|"
    r"Gurugram|Gurgaon|Noida|Kolkata|"
    r"Ahmedabad|Jaipur|Thiruvananthapuram|Coimbatore|Mysuru|Chandigarh"
)
# After a county, any routing key and four letters or digits is an Eircode (`V35 KPAE`, `E41 4737`).
_IRELAND = re.compile(
    rf"(?<![\w-])(?:Co\.?[ \t]+{_PLACE},?[ \t]+[A-Z]\d[\dW][ \t]?[A-Z\d]{{4}}"
    rf"|Dublin[ \t]+\d{{1,2}}W?,?[ \t]+{EIRCODE})(?![\w-])"
)
# An Irish county without an Eircode ends an address only after a house's or a road's part
# (`Knockmore House, Kilcullen Road, Templemore, Co. Louth`; round thirty-two).
_COUNTY = re.compile(
    r"(?<![\w-])Co\.?[ \t]+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|"
    r"Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|"
    r"Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)"
    r"(?![\w-])"
)
# Round thirty-two: the same in lower case, as people type in chat (`willow barn, westgate,
# preston pr25 3hy`): a town and a postcode, the parts before it each of up to four words.
_UK_LOWER = re.compile(
    r"(?<![\w-])[a-z]+(?:[ -][a-z]+)?[ \t]+[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}(?![\w-])"
)
_LOWER_PART = re.compile(r"[a-z0-9][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}")
_LOWER_STOP = re.compile(
    r".*(?<![\w'’-])(?:at|to|from|in|on|is|till|på|hos|i|adress|address):?[ \t]+"
)
# An American town, state and ZIP (`New York, NY 10119`).
_US = re.compile(rf"(?<![\w-]){_PLACE},[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])")
_INDIA = re.compile(rf"(?<![\w-])(?:{_STATES}|{_CITIES})[ \t]*[-–]?[ \t]*\d{{6}}(?![\w-])")
# A part of an address: a house number and a street, a floor, or a word of units and buildings
# (not `1. Lisa Pearson`, not `+44 7077 425806`).
_UNIT = re.compile(
    r"^\d{1,5}[A-Za-z]?[ \t]+[A-Z]|^\d{1,3}(?:st|nd|rd|th)[ \t]"  # `101 The Crescent`, `2nd Floor`
    r"|^(?i:no\.?)[ \t]*\d{1,5}[A-Za-z]?$"  # `No. 148`
    r"|(?i:\b(?:unit|flat|floor|level|suite|house|court|building|bldg|apartments|tower|towers|park|"
    r"plot|block|phase|sector|road|street|lane|avenue|estate|centre|center|campus|plaza|"
    r"chambers|mill|works|wing|layout|nagar|colony|marg|farm|cottage|lodge|barn|manor|grange)\b)"
)
_LOCALITY = re.compile(r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}")
# The capitalised words that end a part (`2nd Floor` of `Ship to 2nd Floor`).
_TITLED = re.compile(r"(?<![\w.'’-])[A-Z0-9][\w.'’-]*(?:[ \t]+[A-Z0-9][\w.'’-]*)*\Z")


def find(text: str) -> list[tuple[int, int]]:
    """The spans of the British, Indian and Irish addresses in `text` (see the module)."""
    found = [
        (_start(text, m.start(), localities=False), m.end())
        for pattern in (_UK, _US)
        for m in pattern.finditer(text)
    ]
    for pattern in (_INDIA, _IRELAND):
        found += [
            (_start(text, m.start(), localities=True), m.end()) for m in pattern.finditer(text)
        ]
    found += [(_lower_start(text, m.start()), m.end()) for m in _UK_LOWER.finditer(text)]
    for m in _COUNTY.finditer(text):
        start = _start(text, m.start(), localities=True)
        if _UNIT.search(text, start, m.start()) and not any(s <= m.start() < e for s, e in found):
            found.append((start, m.end()))
    return found


def _start(text: str, start: int, localities: bool) -> int:
    """`start` moved back over the parts before it, each ending in a comma, and over the line
    above when the address starts a line and that line ends in such a part (see the module)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = True
    for _ in range(6):
        head = text[line_start:start].rstrip(" \t")
        if not head.strip() and above and line_start > 0:
            above = False  # once: `Building 3, Thames Valley Park\nReading RG6 5XS`
            line_start = text.rfind("\n", 0, line_start - 1) + 1
            head = text[line_start:start].rstrip() + ","
        if not head.endswith(","):
            return start
        head = head[:-1].rstrip(" \t")
        part = re.split(r"[,:;(]", head)[-1].strip()
        value = _TITLED.search(head)
        if value is not None and (stop := re.search(r".*\.[ \t]+", value.group())):
            value = _TITLED.search(head, value.start() + stop.end())  # `28 January. Maureen`
        if value is None or len(value.group()) > 40:
            return start
        house = _house(value.group(), head[: value.start()], text[start : start + 40])
        if not (_UNIT.search(value.group()) or (localities and _locality(value.group())) or house):
            return start
        if re.search(r"\d[:.]\Z", head[: value.start()]):
            return start  # `12:15 Roberts, 24 The Green`: a time, no house number
        start = line_start + value.start()
        if len(value.group()) < len(part):
            return start  # `Ship to 2nd Floor, ...`: the words in lower case are no part
    return start


def _house(value: str, before: str, after: str) -> bool:
    """A house's name of one rare word in the place of the street's number, first on its line,
    after a label or after a preposition of place (`Greenacres, Back Lane, Thirsk YO7 2BD`, `ewes
    at Greenacres, ...`; round thirty-two): no listed name, no everyday word, and no number or
    unit in the part after it (not a firm's name: `Sodexo, Unit 227B`, `Regus, 66 W Monroe St`)."""
    from rung.privacy import names as name_rules

    if " " in value or not re.fullmatch(
        r"(?:.*:)?[ \t]*|.*\b(?i:at|to|from|på|till|hos|vid)[ \t]+", before
    ):
        return False
    part = after.split(",")[0]
    if re.search(r"\d", part) or _UNIT.match(part) or part.startswith("One "):
        return False
    return not name_rules.listed(value) and name_rules.no_word(value.casefold())


def _lower_start(text: str, start: int) -> int:
    """`start` moved back over the parts before a British address in lower case, each of up to
    four words after a comma on the address's line, up to a word such as `at` or `to`."""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(4):
        head = text[line_start:start].rstrip(" \t")
        if not head.endswith(","):
            return start
        part = re.split(r"[,:;(]", head[:-1])[-1]
        stop = _LOWER_STOP.match(part)
        value = part[stop.end() :] if stop else part.strip()
        if not _LOWER_PART.fullmatch(value) or not _lower_part(value):
            return start
        start = line_start + head.rfind(value)
        if stop:
            return start
    return start


def _lower_part(value: str) -> bool:
    """One word (a village), or words with a number, `the` or a word of units and buildings
    (`the old forge`, `willow barn`; not `ok see you`, `ours`, `the 14th`)."""
    from rung.privacy.names import stop_words

    if re.fullmatch(r"(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)", value) or value in stop_words():
        return False  # `the 14th, ...`, `ours, ...`
    return " " not in value or bool(re.search(r"\d|\bthe\b", value) or _UNIT.search(value))


def _locality(value: str) -> bool:
    """A number, or one to three capitalised words that are no person's name (`Seán Murphy,
    Knockbrack, ...`)."""
    from rung.privacy import names as name_rules

    if re.fullmatch(r"\d{1,5}[A-Za-z]?", value):
        return True  # a house's number alone (`63, MIDC Industrial Area, ...`)
    first = unicodedata.normalize("NFKD", value.split()[0])  # `Seán` as `Sean`
    plain = "".join(c for c in first if not unicodedata.combining(c))
    return bool(_LOCALITY.fullmatch(value)) and not name_rules.given(plain)
