"""Round thirty-one (dev-bv: farms, stables, hunting teams): animals named where a table, a box
or a register says so. `names_animals.pet` asks these after its own cues:
- a cell under a column headed by an animal's word or label (`Box | Horse | Owner` over `1 |
  Majken | Johansen, Kari`);
- the name first after a stable's box or stall and its number, a dash or bar after it (`Box 1:
  Ronja – Berg, Tilda`);
- a herd book's number after the name (`Molly (SE 505368-3183)`, `Ko Viola, SE600486-2778-6`),
  or a kennel club's (`Oscar SE37395/22`; round thirty-two);
- the label's list anywhere in its line, after a sentence's end too (`... 1177. Hästar: Fanny,
  Otto, Stella.`);
- what only animals do after the name (`Mona kalvade i natt`, `Gullan calved`, `Bella löper`,
  `Freja har tappat en sko`);
- care or a show's handling before it (`shoeing Charlie`, `handles Teddy`, `Fodervärd wanted
  för Rut`; `vaccination av Ludde` only where animals or a vet are named).
"""

from __future__ import annotations

import re

from rung.privacy.names_animals import ANIMAL_WORD, LABEL_WORDS, about_animals
from rung.privacy.phones import KENNEL_NUMBER

_HEADER = re.compile(rf"[ \t]*(?i:{LABEL_WORDS}|{ANIMAL_WORD})[ \t]*")
_SEPARATOR = re.compile(r"[ \t]*(?:\||\t)[ \t]*")
_BOX_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:box|boxplats|spilta|stable|stall|hage|paddock)[ \t]*\d{1,3}[ \t]*:[ \t]*\Z"
)
_DASH_AFTER = re.compile(r"[ \t]*[–—|-][ \t]")
_HERD_BOOK = re.compile(r"[ \t]*[(,–-][ \t]*SE[ \t]?\d{5,6}-\d{4,5}(?:-\d)?\b")
# Round thirty-two: a kennel club's registration number after the name (`Oscar SE37395/22`,
# `Luna S 08382/2012`, `NO32386/22`); a lone `S` read into the name is its first letter.
_KENNEL_NUMBER = re.compile(rf"[ \t]*\(?[ \t]*{KENNEL_NUMBER}")
_KENNEL_TAIL = re.compile(r"[ \t](?:S|N)[ \t]?\Z")
_LABEL_LIST = re.compile(
    rf"(?:^|[.!?;][ \t]+)(?i:{LABEL_WORDS})[ \t]*:[ \t]*"
    r"(?:[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?[ \t]*(?:,|och|and|&|\+)[ \t]*)*\Z"
)
_ANIMALS_DO = re.compile(
    r"[ \t]+(?i:kalvade|kalvar|calved|lammade|lambed|fölade|foaled|valpade|whelped|löper|"
    r"(?:är[ \t]+)?brunstig|is[ \t]+in[ \t]+season|(?:har[ \t]+)?tappat[ \t]+en[ \t]+sko|"
    r"tappade[ \t]+en[ \t]+sko|(?:has[ \t]+)?lost[ \t]+a[ \t]+shoe|ska[ \t]+killa)(?![\w-])"
)
_CARED_FOR = re.compile(
    r"(?<![\w-])(?:(?i:handles|shoeing|skoning[ \t]+av|fodervärd(?:[ \t]+wanted)?[ \t]+för)"
    r"|(?P<care>(?i:trimming|clipping|vaccination[ \t]+(?:av|of))))[ \t]+\Z"
)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells, stripped."""
    spans, start = [], 0
    for sep in [*_SEPARATOR.finditer(line), None]:
        end = sep.start() if sep is not None else len(line)
        piece = line[start:end]
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + start + lead, offset + start + len(piece.rstrip())))
        start = sep.end() if sep is not None else len(line)
    return spans


def _animal_column(text: str, start: int, end: int) -> bool:
    """The cell from `start` to `end` lies under a header cell naming animals."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    row = _cells(text[line_start:line_end], line_start)
    if len(row) < 2:
        return False
    index = next((i for i, (s, e) in enumerate(row) if s <= start and end <= e), None)
    if index is None:
        return False
    above = line_start
    while above > 0:  # the nearest row above with as many cells
        above_start = text.rfind("\n", 0, above - 1) + 1
        line = text[above_start : above - 1]
        header = _cells(line, above_start)
        if len(header) == len(row):
            s, e = header[index]
            if _HEADER.fullmatch(text, s, e):
                return True
        elif not _SEPARATOR.search(line):
            return False
        above = above_start
    return False


# Round thirty-two (dev-bz: clinics' lists, consents, grooming): whose owner someone is (`owner of
# Kevin`, `ägare till Maja`), a breed's label (`BREED: Lurcher`), a dog's trim (`Trimmet för Ebba`).
_OWNED_BEFORE = re.compile(
    r"(?<![\w-])(?i:owner[ \t]+of|ägare[ \t]+till|ägaren[ \t]+till|breed[ \t]*:|ras[ \t]*:|"
    r"trimmet[ \t]+för|hundtrim[ \t]+för|trim[ \t]+för)[ \t]*\Z"
)
# A list's row of cells between dashes with a person written surname first (`1. Hodzic, Elvir –
# Oscar – 070-...`, `17.45 Bella (sheltie) – Nilsdotter, Karl – hälta`): its one-word cell is the
# animal's.
_CELL_BEFORE = re.compile(
    r"(?:^|[ \t][–—-][ \t]|^[ \t]*\d{1,2}(?:[.:]\d\d)?\.?[ \t]+)[ \t]*\Z", re.M
)
_CELL_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:[–—-][ \t]|$)", re.M)
_SURNAME_CELL = re.compile(
    r"(?:^|[–—-][ \t]|\d[.)]?[ \t])[ \t]*[A-ZÅÄÖ][\w'’-]+,[ \t]+[A-ZÅÄÖ][\w'’-]+"
    r"[ \t]*(?:[–—-][ \t]|$)",
    re.M,
)


# A show's titles before a registered name (`SE UCH Granbackens Kevin`, `C.I.B. Silverpilens
# Alfons`), maybe read into the name.
_SHOW_TITLE = re.compile(
    r"(?<![\w.])(?:(?:(?:SE|NO|DK|FI|NORD|INT|SV|S|N)[ \t]?)?(?:UCH|JCH|VCH)"
    r"|(?:SE|NO|DK|FI|NORD|INT)[ \t]?CH)[ \t]+\Z"
    r"|(?<![\w.])C\.I\.[BE]\.?[ \t]+\Z"
)
_SHOW_TITLE_FIRST = re.compile(r"(?:(?:SE|NO|DK|FI|NORD|INT)[ \t]?)?(?:UCH|JCH|VCH|CH)[ \t]+")
_TITLE_FIRST = re.compile(rf"{_SHOW_TITLE_FIRST.pattern}|[BE]\.[ \t]+")


def after_show_title(text: str, start: int, end: int) -> int:
    """Where a name from `start` to `end` starts after a show's title read into it (`CH Anna`;
    round thirty-eight: the rebuilt name tagger reads one in)."""
    title = _SHOW_TITLE_FIRST.match(text, start, end)
    return title.end() if title is not None and title.end() < end else start


def _row_animal(text: str, line_start: int, start: int, end: int) -> bool:
    """A one-word cell between dashes on a row whose person is written surname first."""
    if not (_CELL_BEFORE.search(text, line_start, start) and _CELL_AFTER.match(text, end)):
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return any(
        m.end() <= start or m.start() >= end
        for m in _SURNAME_CELL.finditer(text, line_start, line_end)
    )


def herd_animal(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` names an animal by a table, a box, a herd book,
    a label's list, what it does or the care it gets (see the module)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _BOX_BEFORE.search(text, max(0, line_start - 1), start) and _DASH_AFTER.match(text, end):
        return True
    if _HERD_BOOK.match(text, end) or _LABEL_LIST.search(text, line_start, start):
        return True
    tail = _KENNEL_TAIL.search(text, start, end)
    if _KENNEL_NUMBER.match(text, end if tail is None else tail.start()):
        return True
    if _ANIMALS_DO.match(text, end) or _OWNED_BEFORE.search(
        text, max(line_start, start - 30), start
    ):
        return True
    if " " not in text[start:end] and _row_animal(text, line_start, start, end):
        return True
    title = _TITLE_FIRST.match(text, start, end)
    if _SHOW_TITLE.search(text, max(line_start, start - 16), title.end() if title else start):
        return True  # `SE UCH Granbackens Kevin`
    if text[start - 1 : start] == "(" and re.fullmatch(ANIMAL_WORD, text[start:end]):
        return True  # `Sigge (Jack Russell)`: a breed in brackets
    _, comma, rest = text[start:end].partition(",")
    if comma and re.search(rf"(?<![\w-]){ANIMAL_WORD}\Z", rest.strip()):
        return True  # `Daisy, Labrador`, `Svea, Cocker Spaniel`: a name and its breed
    cared = _CARED_FOR.search(text, max(line_start, start - 40), start)
    if cared is not None and (cared.group("care") is None or about_animals(text, start, end)):
        return True  # `shoeing Charlie`; `vaccination av Ludde` where animals are named
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return ("|" in line or "\t" in line) and _animal_column(text, start, end)
