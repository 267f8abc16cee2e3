"""The learned address tagger (rung.privacy.address_tagger), in union with the address rules:
address lines no rule was written for, whole; codes and times are no address; and the model
shipped is the one its script builds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.privacy.values import addresses

from rung.privacy import Detector
from rung.privacy.address_tagger import MODEL_FILE, with_tagged
from rung.privacy.findings import Finding

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a rural village and a four-digit number, no street word (made up, in no set)
        ("Leverans till Rävgrytsbyn 5120, Kalix.", "Rävgrytsbyn 5120, Kalix"),
        ("Paketet går till Kvarnbäcksbyn 2214 Överkalix i morgon.", "Kvarnbäcksbyn 2214 Överkalix"),
        # a flat number before the house number, kept with it
        (
            "Send it to 3/41 Quillerton Crescent, Bideford EX39 4QT, UK please",
            "3/41 Quillerton Crescent, Bideford EX39 4QT, UK",
        ),
        # a Lithuanian flat (`butas`) between street and postcode: one address, not two
        (
            "Hon bor på Ošupių g. 77 butas 4, LT-44211 Panevėžys sedan maj.",
            "Ošupių g. 77 butas 4, LT-44211 Panevėžys",
        ),
    ],
)
def test_address_lines_no_rule_was_written_for_are_whole(
    detector: Detector, text: str, address: str
) -> None:
    assert addresses(detector, text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Felkod 0x3FA2 i loggen igen",
        "Mötet flyttas till kl 14 30 i rum B 204.",
        "Order 55120 levereras vecka 14.",
    ],
)
def test_codes_times_and_order_numbers_are_no_address(detector: Detector, text: str) -> None:
    assert addresses(detector, text) == []


def test_a_tagged_address_widens_one_found_and_never_covers_another_kind() -> None:
    found = [
        Finding("PERSON", 0, 10, 0.9),
        Finding("ADDRESS", 20, 30, 0.95),
        Finding("PHONE", 50, 60, 1.0),
    ]
    tagged = [
        Finding("ADDRESS", 5, 15, 0.8),  # over the name: left out
        Finding("ADDRESS", 15, 35, 0.8),  # around the address: widens it
        Finding("ADDRESS", 55, 70, 0.8),  # over the phone number: left out
        Finding("ADDRESS", 80, 90, 0.8),  # alone: added
    ]
    assert with_tagged(found, tagged, "x" * 100) == [
        Finding("PERSON", 0, 10, 0.9),
        Finding("ADDRESS", 15, 35, 0.95),
        Finding("PHONE", 50, 60, 1.0),
        Finding("ADDRESS", 80, 90, 0.8),
    ]


@pytest.mark.parametrize(
    ("text", "run", "kept"),
    [
        # a path and the sentence going on, no number: no address (round twenty-seven)
        ("vi kör på motorvägen norrut", "motorvägen norrut", False),
        ("cykla på cykelstråket längs ån", "cykelstråket längs", False),
        # a place and a year: the rules take no year for a rural number
        ("Det var 1999 och Lillbyn 2001 stängde.", "Lillbyn 2001 stängde", False),
        # what these checks must leave: a number and a town, a street and its town
        ("bor på storgatan 5 kumla nu", "storgatan 5 kumla", True),
        ("Leverans till Rävgrytsbyn 5120, Kalix.", "Rävgrytsbyn 5120, Kalix", True),
        ("flyttat till norra kanonjär allé", "norra kanonjär allé", True),
    ],
)
def test_a_tagged_run_alone_is_an_address_only_if_it_ends_like_one(
    text: str, run: str, kept: bool
) -> None:
    start = text.index(run)
    tagged = [Finding("ADDRESS", start, start + len(run), 0.8)]
    assert bool(with_tagged([], tagged, text)) is kept


def test_the_shipped_model_is_what_the_script_builds(tmp_path: Path) -> None:
    out = tmp_path / MODEL_FILE
    subprocess.run(
        [sys.executable, str(ROOT / "data" / "pii" / "train_address_tagger.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    shipped = ROOT / "src" / "rung" / "privacy" / "lexicons" / MODEL_FILE
    assert out.read_bytes() == shipped.read_bytes()


@pytest.mark.parametrize(
    ("text", "rule", "tagged", "kept"),
    [
        # a capitalised address is not lengthened by lower-case words alone
        ("Adress: Storgatan 5 i kväll", "Storgatan 5", "Storgatan 5 i kväll", "Storgatan 5"),
        # but by a capitalised town, and a chat's lower-case address by its lower-case town
        (
            "Adress: Storgatan 5 Kumla i dag",
            "Storgatan 5",
            "Storgatan 5 Kumla",
            "Storgatan 5 Kumla",
        ),
        ("bor på storgatan 5 kumla nu", "storgatan 5", "storgatan 5 kumla", "storgatan 5 kumla"),
        # nor by what follows a stop word, in any case
        ("bor på storgatan 5 i kväll", "storgatan 5", "storgatan 5 i kväll", "storgatan 5"),
    ],
)
def test_a_tagged_address_lengthens_one_found_in_its_own_case(
    text: str, rule: str, tagged: str, kept: str
) -> None:
    def at(value: str) -> Finding:
        start = text.index(value)
        return Finding("ADDRESS", start, start + len(value), 0.9)

    (result,) = with_tagged([at(rule)], [at(tagged)], text)
    assert result.value(text) == kept


def test_a_tagged_run_never_joins_two_addresses_across_a_stop_word() -> None:
    text = "Hon flyttar från Ekgatan 2 till Lindvägen 4 i maj."
    first, second = text.index("Ekgatan 2"), text.index("Lindvägen 4")
    found = [
        Finding("ADDRESS", first, first + len("Ekgatan 2"), 0.9),
        Finding("ADDRESS", second, second + len("Lindvägen 4"), 0.9),
    ]
    tagged = [Finding("ADDRESS", first, second + len("Lindvägen 4"), 0.8)]
    assert with_tagged(found, tagged, text) == found
