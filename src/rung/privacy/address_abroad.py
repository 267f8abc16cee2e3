"""Round thirty-six (dev-cm): addresses as they are written in Thailand and Japan (and Korea,
round fifty-seven), and Spanish, Portuguese and Italian streets written in lower case in chat.

- Thai: a house number (maybe `9/3`), a village number (`Moo 3`) or a street and its lane
  (`Sukhumvit Soi 11`), then sub-district, district and province after commas or a line's
  end, and a five-digit postcode (`9/3 Moo 3, Rawai, Mueang Phuket, Phuket 83130`).
- Japanese: a block number (`2-23-7`), a district, a ward or city (`Taito-ku`, `-shi`), maybe
  a prefecture or town, and a postcode `NNN-NNNN` (`2-23-7 Asakusa, Taito-ku, Tokyo 111-0032`).
- Korean: a number, a road (`-ro`, `-gil`, `-daero`), a district (`-gu`, `-si`, `-dong`), a city
  and a five-digit postcode (`130 Teheran-ro, Gangnam-gu, Seoul 06107`).
- Lower case: a Romance street word, the street's name, a number, maybe a postcode and a town
  (`calle larios 84, 29017 málaga`, `rua augusta 7, 1100-091 lisboa`); `via` is left out, a
  word of English too.
"""

from __future__ import annotations

import re

from rung.privacy.address_formats import CAP

_AREA = rf"{CAP}(?:[ \t]{CAP}){{0,2}}"
THAI = re.compile(
    rf"(?<![\w/-])\d{{1,4}}(?:/\d{{1,4}})?[ \t]"
    rf"(?:Moo[ \t]\d{{1,2}}|{CAP}(?:[ \t]{CAP})?[ \t](?:Soi|Road|Rd\.?)(?:[ \t]\d{{1,3}})?)"
    rf"(?:,?\s{_AREA}){{1,4}}[ \t]\d{{5}}(?![\d-])"
)
JAPANESE = re.compile(
    rf"(?<![\w-])\d{{1,2}}-\d{{1,4}}(?:-\d{{1,4}})?[ \t]{CAP}"
    rf"(?:,?\s{CAP}-(?:ku|shi|cho|machi|gun|ken))+(?:,?[ \t]{CAP})?[ \t]\d{{3}}-\d{{4}}(?![\d-])"
)
KOREAN = re.compile(
    rf"(?<![\w-])\d{{1,4}}(?:-\d{{1,4}})?[ \t]{CAP}-(?:ro|gil|daero)"
    rf"(?:[ \t]\d{{1,3}}(?:beon)?-gil)?"
    rf"(?:,?\s{CAP}-(?:gu|si|dong|gun|eup|myeon))+(?:,?[ \t]{CAP})?[ \t]\d{{5}}(?![\d-])"
)
_LOW = "a-zà-öø-ÿ"
_LOWER_WAYS = (
    "calle|avenida|avda\\.|rua|carrer|paseo|plaza|piazza|viale|corso|rambla|passeig|travessa|"
    "largo|praça|camino"
)
_LOWER_LINK = "(?:de|del|de la|da|do|dos|das|di|della|dei)"
LOWER_ROMANCE = re.compile(
    rf"(?<![\w-])(?:{_LOWER_WAYS})[ \t](?:{_LOWER_LINK}[ \t])?"
    rf"[{_LOW}]{{2,}}(?:[ \t][{_LOW}]{{2,}}){{0,2}}"
    rf",?[ \t]\d{{1,4}}[a-z]?(?![\w-])"
    rf"(?:,?[ \t](?:\d{{5}}|\d{{4}}-\d{{3}}|[a-z]\d{{4}})[ \t][{_LOW}]{{2,}}"
    rf"(?:,[ \t][{_LOW}]{{2,}}(?:[ \t][{_LOW}]{{2,}})?(?=[ \t]*(?:[.!?,]|and\b|och\b|$)))?)?",
    re.M,
)


def find(text: str) -> list[tuple[int, int]]:
    """The spans of the addresses above in `text`."""
    patterns = (THAI, JAPANESE, KOREAN, LOWER_ROMANCE)
    return [m.span() for pattern in patterns for m in pattern.finditer(text)]
