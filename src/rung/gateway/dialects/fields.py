"""Checking the fields of a client's body: types and ranges, each failure a 400 naming the
field (`param`), in whichever API's error format the dialect writes."""

from __future__ import annotations

import math
from typing import Any

from rung._errors import RequestError
from rung.types import JSON

NUMBER = ((int, float), "a number")
INTEGER = ((int,), "an integer")
STRING = ((str,), "a string")
BOOLEAN = ((bool,), "a boolean")
OBJECT = ((dict,), "an object")
LIST = ((list,), "a list")
STRINGS = ((str, list), "a string or a list of strings")
Kind = tuple[tuple[type, ...], str]  # accepted types, and their name for the error message
Range = tuple[float, float]


def check_fields(
    body: JSON, kinds: dict[str, Kind], ranges: dict[str, Range], prefix: str = ""
) -> None:
    """Each known field of `body` has its kind and lies in its range (None is always allowed:
    the field's default). `prefix` names where `body` sits ("options.")."""
    for name, value in body.items():
        kind = kinds.get(name)
        if kind is None or value is None:
            continue
        types, description = kind
        where = prefix + name
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise RequestError(
                f"'{where}' must be {description}, not {kind_of(value)}", param=where
            )
        low, high = ranges.get(name, (-math.inf, math.inf))
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and not low <= value <= high
        ):
            raise RequestError(f"'{where}' must be between {low:g} and {high:g}", param=where)


def check_strings(value: Any, where: str, most: int | None = None) -> None:
    """`value` is a string, or a list of strings (of at most `most` items)."""
    if value is None or isinstance(value, str):
        return
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RequestError(f"'{where}' must be a string or a list of strings", param=where)
    if most is not None and len(value) > most:
        raise RequestError(f"'{where}' may hold at most {most} strings", param=where)


def kind_of(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}
    names |= {list: "a list", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)
