"""Detection quality: recall per kind must not fall below what rung reached.

Five sets: data/pii/labelled.jsonl (written for rung), three generated dev sets that are tuned
on (dev and "dev-b" = generated-heldout.jsonl from data/pii/generate.py; "dev-c" =
generated-heldout-b.jsonl from generate_b.py, round two's held-out B) and held-out C
(generated-heldout-c.jsonl from data/pii/generate_c.py: names from the part of the public name
lists that rung's lexicons leave out; never tuned on; see docs/privacy.md), and held-out D of
round four (generate_d.py, same name source, new templates; scored once, a dev set "dev-d" since
round five), and held-out E of round five (generate_e.py: its own name split, byte-reproducible;
scored twice; dev-e since round six), and held-out F of round six (generate_f.py: its own name
split, 263 addresses; scored twice). The floors sit just below the measured figures; raise a
floor when recall improves.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from rung.privacy import KINDS, Detector, names
from rung.privacy.checksums import digits_of, luhn_ok
from rung.privacy.evaluate import (
    Example,
    Report,
    default_data_path,
    evaluate,
    format_report,
    load,
)

PII_KINDS = tuple(k for k in KINDS if k != "SECRET")  # SECRET: tests/privacy/test_credentials.py
HELDOUT = default_data_path().parent / "generated-heldout.jsonl"  # dev-b since round two
HELDOUT_B = default_data_path().parent / "generated-heldout-b.jsonl"  # dev-c since round three
HELDOUT_C = default_data_path().parent / "generated-heldout-c.jsonl"

# Measured on 375 sentences (344 spans): PERSON 1.000 (P 0.977), CREDIT_CARD 0.958, the others 1.0;
# precision over all kinds 0.991.
RECALL_FLOORS = {
    "PERSON": 0.97,
    "EMAIL": 0.99,
    "PHONE": 0.99,
    "ADDRESS": 0.99,
    "IBAN": 0.99,
    "CREDIT_CARD": 0.95,
    "IP_ADDRESS": 0.99,
    "NATIONAL_ID": 0.99,
}
PRECISION_FLOOR = 0.97
# dev-b (the first round's held-out set), per language (issue 15: PERSON recall >= 0.95 with
# precision >= 0.9 in Swedish and in English). Measured in round one, before tuning on it:
# sv PERSON P 0.997 R 0.976, en PERSON P 0.987 R 0.987, ADDRESS R 1.000 (sv) / 0.947 (en).
HELDOUT_FLOORS = {"PERSON": 0.95, "ADDRESS": 0.93}
HELDOUT_PRECISION_FLOOR = 0.95


@pytest.fixture(scope="module")
def report(detector: Detector) -> Report:
    return evaluate(detector, load())


def test_labelled_set_is_big_and_mixed() -> None:
    examples = load()
    assert len(examples) >= 200
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    assert {s.kind for e in examples for s in e.spans} == set(PII_KINDS)
    assert sum(not e.spans for e in examples) >= 50  # hard negatives
    for example in examples:
        for span in example.spans:
            assert example.text[span.start : span.end].strip() == span.value(example.text)


@pytest.mark.parametrize("kind", PII_KINDS)
def test_recall_floor(report: Report, kind: str) -> None:
    score = report.kinds[kind]
    assert score.recall >= RECALL_FLOORS[kind], format_report(report)


def test_precision_floor(report: Report) -> None:
    assert report.total().precision >= PRECISION_FLOOR, format_report(report)


@pytest.fixture(scope="module")
def heldout(detector: Detector) -> dict[str, Report]:
    examples = load(HELDOUT)
    return {
        lang: evaluate(detector, [e for e in examples if e.lang == lang]) for lang in ("sv", "en")
    }


def test_heldout_set_is_big_and_generated_apart() -> None:
    examples = load(HELDOUT)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout"}
    assert sum(s.kind == "PERSON" for e in examples for s in e.spans) >= 500
    dev_names = {s.value(e.text) for e in load(HELDOUT.with_name("generated-dev.jsonl"))
                 for s in e.spans if s.kind == "PERSON"}  # fmt: skip
    held_names = {s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"}
    # Name pools are split by hash: a full name drawn for held-out is (almost) never in dev.
    assert len(held_names & dev_names) < 0.05 * len(held_names)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", sorted(HELDOUT_FLOORS))
def test_heldout_recall_floor(heldout: dict[str, Report], lang: str, kind: str) -> None:
    score = heldout[lang].kinds[kind]
    assert score.recall >= HELDOUT_FLOORS[kind], format_report(heldout[lang])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_heldout_precision_floor(heldout: dict[str, Report], lang: str) -> None:
    assert heldout[lang].kinds["PERSON"].precision >= 0.9, format_report(heldout[lang])
    assert heldout[lang].total().precision >= HELDOUT_PRECISION_FLOOR


# dev-c (held-out B of round two, tuned on since round three): after round three PERSON P 0.996
# R 1.000, ADDRESS P 1.000 R 1.000, all kinds P 0.997 R 1.000. Round four's name tagger (dev-c is
# its validation set, never trained on) finds a few capitalised words that are not names:
# PERSON P 0.968 R 1.000, all kinds P 0.978. Round five's filters (everyday words where names
# stand): PERSON P 0.987 R 0.999, all kinds P 0.991.
HELDOUT_B_FLOORS = {"PERSON": 0.98, "ADDRESS": 0.97}
HELDOUT_B_PRECISION_FLOORS = {"PERSON": 0.98, "all": 0.98}


@pytest.fixture(scope="module")
def heldout_b(detector: Detector) -> Report:
    return evaluate(detector, load(HELDOUT_B))


def test_heldout_b_is_big_and_apart_from_the_first_sets() -> None:
    examples = load(HELDOUT_B)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-b"}
    first = {
        s.value(e.text)
        for path in (HELDOUT, HELDOUT.with_name("generated-dev.jsonl"))
        for e in load(path)
        for s in e.spans
        if s.kind == "PERSON"
    }
    names_b = {s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"}
    assert len(names_b) >= 400
    assert len(names_b & first) < 0.02 * len(names_b)


@pytest.mark.parametrize("kind", sorted(HELDOUT_B_FLOORS))
def test_heldout_b_recall_floor(heldout_b: Report, kind: str) -> None:
    assert heldout_b.kinds[kind].recall >= HELDOUT_B_FLOORS[kind], format_report(heldout_b)


def test_heldout_b_precision_floor(heldout_b: Report) -> None:
    person = heldout_b.kinds["PERSON"].precision
    assert person >= HELDOUT_B_PRECISION_FLOORS["PERSON"], format_report(heldout_b)
    assert heldout_b.total().precision >= HELDOUT_B_PRECISION_FLOORS["all"]


# Held-out C (data/pii/generate_c.py; never tuned on, errors never listed). Measured twice:
# before round three's tuning (PERSON P 0.905 R 0.720, ADDRESS R 0.709) and after it:
# PERSON P 0.909 R 0.817, ADDRESS P 1.000 R 0.884, all kinds P 0.929 R 0.843. Below issue 15's
# target (PERSON recall 0.95): the floors guard against regressions only. Tuned on as a dev set in
# round five (with the tagger of round four and round five's filters): PERSON P 0.961 R 0.976,
# ADDRESS R 0.884, all kinds P 0.969 R 0.969.
HELDOUT_C_FLOORS = {"PERSON": 0.96, "ADDRESS": 0.95}
HELDOUT_C_PRECISION_FLOORS = {"PERSON": 0.95, "all": 0.96}


@pytest.fixture(scope="module")
def heldout_c(detector: Detector) -> Report:
    return evaluate(detector, load(HELDOUT_C))


def lexicons_without_the_eighth() -> frozenset[str]:
    """The lexicons as the sets from C to U were checked against: without held-out C's eighth of
    the public lists (data/pii/name_sources.py), which they hold since 2026-12-02."""
    import sys

    sys.path.insert(0, str(default_data_path().parent))
    from name_sources import heldout_c

    known = names.given_names() | names.family_names()
    return frozenset(w for w in known if not heldout_c(w))


def test_heldout_c_draws_its_names_from_the_eighth() -> None:
    """Held-out C draws names only from the eighth of the public lists (data/pii/name_sources.py;
    in the lexicons since 2026-12-02, so C no longer measures unknown names) and no word of
    rung's hand-written lists."""
    examples = load(HELDOUT_C)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-c"}
    values = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert len(set(values)) >= 400
    words = {w for v in values for w in re.split(r"[\s-]+", v.casefold()) if w}
    assert len(words) >= 500
    assert not words & lexicons_without_the_eighth()
    assert not words & (names.lexicon("given.txt") | names.lexicon("surnames.txt"))


@pytest.mark.parametrize("kind", sorted(HELDOUT_C_FLOORS))
def test_heldout_c_recall_floor(heldout_c: Report, kind: str) -> None:
    assert heldout_c.kinds[kind].recall >= HELDOUT_C_FLOORS[kind], format_report(heldout_c)


def test_heldout_c_precision_floor(heldout_c: Report) -> None:
    person = heldout_c.kinds["PERSON"].precision
    assert person >= HELDOUT_C_PRECISION_FLOORS["PERSON"], format_report(heldout_c)
    assert heldout_c.total().precision >= HELDOUT_C_PRECISION_FLOORS["all"]


# Held-out D (data/pii/generate_d.py, round four; scored once), with the name tagger: PERSON P
# 0.813 R 0.921, ADDRESS P 1.000 R 0.979, all kinds P 0.837 R 0.931. Dev-d since round five (its
# errors listed and tuned on): PERSON P 0.936 R 0.938, all kinds P 0.945 R 0.945; after round
# seven PERSON P 0.948 R 0.982, ADDRESS R 1.000, all kinds P 0.955.
HELDOUT_D = default_data_path().parent / "generated-heldout-d.jsonl"
HELDOUT_D_FLOORS = {"PERSON": 0.97, "ADDRESS": 0.99}
HELDOUT_D_PRECISION_FLOORS = {"PERSON": 0.94, "all": 0.95}


@pytest.fixture(scope="module")
def heldout_d(detector: Detector) -> Report:
    return evaluate(detector, load(HELDOUT_D))


def test_heldout_d_shares_no_name_word_with_the_lexicons() -> None:
    examples = load(HELDOUT_D)
    assert len(examples) >= 400
    assert {e.split for e in examples} == {"heldout-d"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    values = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert len(set(values)) >= 300
    known = lexicons_without_the_eighth()
    words = {w for v in values for w in re.split(r"[\s-]+", v.casefold()) if w}
    particles = {"van", "de", "bin", "von", "da"}
    assert not (words - particles) & known


@pytest.mark.parametrize("kind", sorted(HELDOUT_D_FLOORS))
def test_heldout_d_recall_floor(heldout_d: Report, kind: str) -> None:
    assert heldout_d.kinds[kind].recall >= HELDOUT_D_FLOORS[kind], format_report(heldout_d)


def test_heldout_d_precision_floor(heldout_d: Report) -> None:
    person = heldout_d.kinds["PERSON"].precision
    assert person >= HELDOUT_D_PRECISION_FLOORS["PERSON"], format_report(heldout_d)
    assert heldout_d.total().precision >= HELDOUT_D_PRECISION_FLOORS["all"]


# Held-out E (data/pii/generate_e.py, round five; scored twice, errors never listed): baseline
# PERSON P 0.788 R 0.947; at the end of round five PERSON P 0.885 R 0.947, ADDRESS P 1.000 R
# 0.981, all kinds P 0.904 R 0.955. Below issue 15's target (PERSON R 0.95 at P 0.9). A dev set
# (dev-e) since round six: PERSON P 0.912 R 0.947, ADDRESS R 1.000 exact 1.000; after round seven
# PERSON P 0.927 R 0.997, all kinds P 0.939.
HELDOUT_E = default_data_path().parent / "generated-heldout-e.jsonl"
HELDOUT_E_SHA256 = "aa5a65b24386c3615c7e66107adcacc9c058e51d85fec5c73c1871992ed9c00b"
HELDOUT_E_FLOORS = {"PERSON": 0.99, "ADDRESS": 0.99}
HELDOUT_E_PRECISION_FLOORS = {"PERSON": 0.92, "all": 0.93}


@pytest.fixture(scope="module")
def heldout_e(detector: Detector) -> Report:
    return evaluate(detector, load(HELDOUT_E))


def test_heldout_e_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_E)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-e"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    values = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert len(set(values)) >= 400
    words = {w for v in values for w in re.split(r"[\s-]+", v.casefold()) if w}
    particles = {"al", "el", "abu", "bin", "ibn", "van", "der", "de", "von"}
    words -= particles
    assert not words & lexicons_without_the_eighth()
    earlier = set()
    for path in HELDOUT_E.parent.glob("*.jsonl"):
        if path in (HELDOUT_H, HELDOUT_I):  # built after E: its names, not its template words
            for example in load(path):
                people = [s.value(example.text) for s in example.spans if s.kind == "PERSON"]
                earlier |= {w for v in people for w in re.split(r"[\s-]+", v.casefold()) if w}
        elif path not in (
            HELDOUT_E,
            HELDOUT_V,
            HELDOUT_W,
            HELDOUT_X,
            HELDOUT_Y,
            HELDOUT_Z,
            HELDOUT_AA,
            HELDOUT_AB,
            HELDOUT_AC,
            HELDOUT_AD,
            HELDOUT_AE,
            HELDOUT_AF,
            HELDOUT_AG,
            HELDOUT_AH,
            HELDOUT_AI,
            HELDOUT_AJ,
            HELDOUT_AK,
            HELDOUT_AL,
            HELDOUT_AM,
            HELDOUT_AN,
            HELDOUT_AO,
            HELDOUT_AP,
            HELDOUT_AQ,
            HELDOUT_AR,
            HELDOUT_AS,
            HELDOUT_AT,
            HELDOUT_AU,
            HELDOUT_AV,
            HELDOUT_AW,
            HELDOUT_AX,
            HELDOUT_AY,
            HELDOUT_AZ,
            HELDOUT_BA,
            HELDOUT_BB,
            HELDOUT_BC,
            HELDOUT_BD,
            HELDOUT_BE,
            HELDOUT_BF,
            HELDOUT_BG,
            HELDOUT_BH,
            HELDOUT_BI,
            HELDOUT_BJ,
            HELDOUT_BK,
            HELDOUT_BL,
            HELDOUT_BM,
            HELDOUT_BN,
            HELDOUT_BO,
            HELDOUT_BP,
            HELDOUT_BQ,
            HELDOUT_BR,
            HELDOUT_BS,
            HELDOUT_BT,
            HELDOUT_BU,
            HELDOUT_BV,
            HELDOUT_BW,
            HELDOUT_BX,
            HELDOUT_BY,
            HELDOUT_BZ,
            HELDOUT_CA,
            HELDOUT_CB,
            HELDOUT_CC,
            HELDOUT_CD,
            HELDOUT_CE,
            HELDOUT_CF,
            HELDOUT_CG,
            HELDOUT_CH,
            HELDOUT_CI,
            HELDOUT_CJ,
            HELDOUT_CK,
            HELDOUT_CL,
            HELDOUT_CM,
            HELDOUT_CN,
            HELDOUT_CO,
            HELDOUT_CP,
            HELDOUT_CQ,
            HELDOUT_CR,
            HELDOUT_CS,
            HELDOUT_CT,
            HELDOUT_CU,
            HELDOUT_CV,
            HELDOUT_CW,
            HELDOUT_CX,
            HELDOUT_CY,
            HELDOUT_CZ,
            HELDOUT_DA,
            HELDOUT_DB,
            HELDOUT_DC,
            HELDOUT_DD,
            HELDOUT_DE,
            HELDOUT_DF,
            HELDOUT_DG,
            HELDOUT_DH,
            HELDOUT_DI,
            HELDOUT_DJ,
            HELDOUT_DK,
            HELDOUT_DL,
            HELDOUT_DM,
            HELDOUT_DN,
            HELDOUT_DO,
            HELDOUT_DP,
            HELDOUT_DQ,
            HELDOUT_DR,
            HELDOUT_DS,
            HELDOUT_DT,
            HELDOUT_DU,
            HELDOUT_DV,
            HELDOUT_DW,
            HELDOUT_DX,
            HELDOUT_DY,
            HELDOUT_DZ,
            HELDOUT_EA,
            HELDOUT_EB,
            HELDOUT_EC,
            HELDOUT_ED,
            HELDOUT_EE,
            HELDOUT_EF,
            HELDOUT_EG,
            HELDOUT_EH,
            HELDOUT_EI,
            HELDOUT_EJ,
            HELDOUT_EK,
            HELDOUT_EL,
            HELDOUT_EM,
            HELDOUT_EN,
            HELDOUT_EO,
            HELDOUT_EP,
            HELDOUT_EQ,
            HELDOUT_ER,
            HELDOUT_ES,
            HELDOUT_ET,
            HELDOUT_EU,
            HELDOUT_EV,
            HELDOUT_EW,
            HELDOUT_EX,
            HELDOUT_EY,
            HELDOUT_EZ,
            HELDOUT_FA,
            HELDOUT_FB,
            HELDOUT_FC,
            HELDOUT_FD,
            HELDOUT_FE,
            HELDOUT_FF,
            HELDOUT_FG,
            HELDOUT_FH,
            HELDOUT_FI,
            HELDOUT_FJ,
            HELDOUT_FK,
            HELDOUT_FL,
            HELDOUT_FM,
            HELDOUT_FN,
            HELDOUT_FO,
            HELDOUT_FP,
            HELDOUT_FQ,
            HELDOUT_FR,
            HELDOUT_FS,
            HELDOUT_FT,
            HELDOUT_FU,
            HELDOUT_FV,
            HELDOUT_FW,
            HELDOUT_FX,
            HELDOUT_FY,
            HELDOUT_FZ,
            HELDOUT_GA,
            HELDOUT_GB,
            HELDOUT_GC,
            HELDOUT_GD,
            HELDOUT_GE,
            HELDOUT_GF,
            HELDOUT_GG,
            HELDOUT_GH,
            HELDOUT_GI,
            HELDOUT_GJ,
            HELDOUT_GK,
            HELDOUT_GL,
            HELDOUT_GM,
            HELDOUT_GN,
            HELDOUT_GO,
            HELDOUT_GP,
            HELDOUT_GQ,
            HELDOUT_GR,
            HELDOUT_GS,
            HELDOUT_GT,
            HELDOUT_GU,
            HELDOUT_GV,
            HELDOUT_GW,
            HELDOUT_GX,
            HELDOUT_GY,
            HELDOUT_GZ,
            HELDOUT_HA,
            HELDOUT_HB,
            HELDOUT_HC,
            HELDOUT_HD,
            HELDOUT_HE,
            HELDOUT_HF,
            HELDOUT_HG,
            HELDOUT_HH,
            HELDOUT_HI,
            HELDOUT_HJ,
            HELDOUT_HK,
            HELDOUT_HL,
            HELDOUT_HM,
            HELDOUT_HN,
            HELDOUT_HO,
            HELDOUT_HP,
            HELDOUT_HQ,
            HELDOUT_HR,
            HELDOUT_HS,
            HELDOUT_HT,
            HELDOUT_HU,
            HELDOUT_HV,
            HELDOUT_HW,
            HELDOUT_HX,
            HELDOUT_HY,
            HELDOUT_HZ,
            HELDOUT_IA,
            HELDOUT_IB,
            HELDOUT_IC,
        ):
            for example in load(path):
                earlier |= {s.value(example.text).casefold() for s in example.spans}
                earlier |= set(re.findall(r"[^\W\d_]+", example.text.casefold()))
    assert not words & earlier - particles


@pytest.mark.parametrize("kind", sorted(HELDOUT_E_FLOORS))
def test_heldout_e_recall_floor(heldout_e: Report, kind: str) -> None:
    assert heldout_e.kinds[kind].recall >= HELDOUT_E_FLOORS[kind], format_report(heldout_e)


def test_heldout_e_precision_floor(heldout_e: Report) -> None:
    person = heldout_e.kinds["PERSON"].precision
    assert person >= HELDOUT_E_PRECISION_FLOORS["PERSON"], format_report(heldout_e)
    assert heldout_e.total().precision >= HELDOUT_E_PRECISION_FLOORS["all"]


# Held-out F (data/pii/generate_f.py, round six; scored twice, errors never listed): baseline
# PERSON P 0.915 R 0.968, ADDRESS R 0.856 (exact 0.498); at the end of round six PERSON P 0.944
# R 0.968, ADDRESS P 1.000 R 0.935 (exact 0.913, hidden 0.932), all kinds P 0.955 R 0.962. A dev
# set (dev-f) since round seven: PERSON P 0.969 R 0.997, ADDRESS R 0.996 (hidden 1.000), all P
# 0.979.
HELDOUT_F = default_data_path().parent / "generated-heldout-f.jsonl"
HELDOUT_F_SHA256 = "b863648cbf40991f1d34a7354b6f1efcdcf6e35e25bea87be9812b2c18839270"


def test_heldout_f_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_F)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-f"}
    assert sum(1 for e in examples for s in e.spans if s.kind == "ADDRESS") >= 120
    assert_new_names(examples, HELDOUT_F)


# Held-out G (data/pii/generate_g.py, round seven; dev-g since round eight, floors at its round-8
# figures PERSON P 0.967 R 0.992, ADDRESS R 1.000, hidden 1.000, all P 0.975). Round seven: baseline
# PERSON P 0.869 R 0.949, ADDRESS R 0.880 (hidden 0.800); at the end of round seven PERSON P 0.880
# R 0.979, ADDRESS P 1.000 R 0.947 (exact 0.853, hidden 0.853), all kinds P 0.905 R 0.974.
HELDOUT_G = default_data_path().parent / "generated-heldout-g.jsonl"
HELDOUT_G_SHA256 = "bb0cd58d5f6644091324f4d8dafb4efbb989a091e421f5b4bddb909088eac4af"


def test_heldout_g_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_G)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-g"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    assert sum(1 for e in examples for s in e.spans if s.kind == "ADDRESS") >= 120
    assert_new_names(examples, HELDOUT_G, ("names-e.txt", "names-f.txt"))


# Held-out H (data/pii/generate_h.py, round eight; scored twice, errors never listed): baseline
# PERSON P 0.815 R 0.906, ADDRESS R 0.676 (hidden 0.466); at the end of round eight PERSON P 0.909
# R 0.947, ADDRESS P 1.000 R 0.870 (exact 0.454, hidden 0.703), all kinds P 0.944 R 0.920.
# A dev set (dev-h) since round nine, floors at its round-nine figures: PERSON P 0.967 R 0.990,
# ADDRESS R 0.966 (hidden 0.961), all P 0.980.
HELDOUT_H = default_data_path().parent / "generated-heldout-h.jsonl"
HELDOUT_H_SHA256 = "6d7125c1d620bb3842e90b13e4f698a4356cb47b499e75bee70c1b55e351ebb2"


def test_heldout_h_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_H)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-h"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    assert sum(1 for e in examples for s in e.spans if s.kind == "ADDRESS") >= 300
    assert any("\n" in e.text and any(s.kind == "ADDRESS" for s in e.spans) for e in examples)
    assert_new_names(examples, HELDOUT_H, ("names-e.txt", "names-f.txt", "names-g.txt"))


# Held-out I (data/pii/generate_i.py, round nine; scored twice then), written from issue 15's
# description before any change of that round. Baseline and end of round nine alike: PERSON P
# 0.952 R 0.915 (hidden 0.864 -> 0.866), ADDRESS P 0.968 R 1.000 (hidden 0.876), all P 0.959 R
# 0.935. A dev set (dev-i) since round ten, which tuned on it: PERSON P 0.954 R 0.984, ADDRESS R
# 1.000 (hidden 1.000), all P 0.960 R 0.988; floors in LATE_FLOORS below.
HELDOUT_I = default_data_path().parent / "generated-heldout-i.jsonl"
HELDOUT_I_SHA256 = "5f3a0185bce1202a3db490d4607ab4372db21a98e4b6b66d361ab3885911af87"


def test_heldout_i_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_I)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-i"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert any(p.islower() for p in people) and any(p.isupper() for p in people)
    assert any(", " in p for p in people) and any("-" in p for p in people)
    assert sum(1 for e in examples for s in e.spans if s.kind == "ADDRESS") >= 120
    pools = ("names-e.txt", "names-f.txt", "names-g.txt", "names-h.txt")
    assert_new_names(examples, HELDOUT_I, pools)


# Held-out J (data/pii/generate_j.py, round ten; scored twice, errors never listed), written
# before any change of that round from issue 15 and from how personal data appears in business
# text (forms, tables, signatures, letters, tickets, chat, HR and medical notes, invoices).
# Baseline -> end of round ten: PERSON P 0.934 -> 0.931, R 0.886 -> 0.908 (hidden 0.724 ->
# 0.887); ADDRESS P 0.892 R 0.948 (hidden 0.906) both times; all P 0.938 -> 0.935, R 0.906 ->
# 0.923. A dev set (dev-j) since round eleven, which tuned on it (and trained the tagger on its
# templates): PERSON P 0.974 R 0.961, ADDRESS R 0.948 (hidden 0.948), all P 0.968. Floors in
# LATE_FLOORS below.
HELDOUT_J = default_data_path().parent / "generated-heldout-j.jsonl"
HELDOUT_J_SHA256 = "a7f1a2f75460a263f931d3d7f8ec372cc40fbb8976f0683c8ee029c5fca4e0ea"


def test_heldout_j_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_J)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-j"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert any(p.islower() for p in people) and any(p.isupper() for p in people)
    assert any(", " in p for p in people) and any(re.match(r"\w\. ", p) for p in people)
    assert sum(1 for e in examples for s in e.spans if s.kind == "ADDRESS") >= 80
    pools = ("names-e.txt", "names-f.txt", "names-g.txt", "names-h.txt", "names-i.txt")
    assert_new_names(examples, HELDOUT_J, pools)


# Held-out K (data/pii/generate_k.py, round eleven; scored twice; dev-k since round twelve), written
# before any change of that round from issue 15 and from how personal data appears in business
# text (forms, tables, signatures, letters, tickets, chat, HR and medical notes, invoices, CVs,
# meeting minutes); its street, village and town words are apart from every earlier set too.
# Baseline -> end of round eleven: PERSON P 0.947 -> 0.970, R 0.955 -> 0.960 (hidden 0.950 ->
# 0.956); ADDRESS P 1.000 R 0.903 (hidden 0.806) both times; all P 0.958 -> 0.976, R 0.954 ->
# 0.958. Floors in LATE_FLOORS below.
HELDOUT_K = default_data_path().parent / "generated-heldout-k.jsonl"
HELDOUT_K_SHA256 = "5775e432e0cb8444a5a5c34aab461661c5e42762a23236a843b8a0064e2a1e0d"


def test_heldout_k_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_K)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-k"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert any(p.islower() for p in people) and any(p.isupper() for p in people)
    assert any(", " in p for p in people) and any(re.search(r" \w\. ", p) for p in people)
    assert sum(1 for e in examples for s in e.spans if s.kind == "ADDRESS") >= 100
    pools = tuple(f"names-{x}.txt" for x in "efghij")
    # L's text holds `rad` (Swedish `row`, in a negative), a part of one of K's surnames.
    assert_new_names(examples, HELDOUT_K, pools, later=("generated-heldout-l.jsonl",))


# Held-out L (data/pii/generate_l.py, round twelve; scored twice, errors never listed), written
# before any change of that round from issue 15 and from how addresses and names appear in
# business text (letters and envelopes, invoices, forms, registers, tickets, chat, HR and medical
# notes, tenancy); address-heavy: streets alone, rural, a town after a unit, multi-line,
# European, P.O. boxes, c/o lines. Its street, village and town words are apart from every
# earlier set too. Baseline -> end of round twelve: PERSON P 0.942 -> 0.958, R 0.957 -> 0.957
# (hidden 0.913 both times); ADDRESS P 1.000, R 0.878 -> 0.976, hidden 0.748 -> 0.905; all P
# 0.973 -> 0.981, R 0.921 -> 0.969. Floors in LATE_FLOORS below.
HELDOUT_L = default_data_path().parent / "generated-heldout-l.jsonl"
HELDOUT_L_SHA256 = "beb5eb37423bfc7f6c2a532c01594588365e679cfba2d814c858bafb2c331a98"


def test_heldout_l_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_L)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-l"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert any(p.islower() for p in people) and any(p.isupper() for p in people)
    assert any(", " in p for p in people)
    addresses = [s.value(e.text) for e in examples for s in e.spans if s.kind == "ADDRESS"]
    assert len(addresses) >= 200
    assert any("\n" in a for a in addresses) and any(a.startswith("c/o ") for a in addresses)
    assert any(a.startswith(("Box ", "P.O. Box ")) for a in addresses)
    pools = tuple(f"names-{x}.txt" for x in "efghijk")
    assert_new_names(examples, HELDOUT_L, pools)


# Held-out M (data/pii/generate_m.py, round thirteen; scored twice, errors never listed), written
# before any change of that round from issue 15 and from how names appear in business text
# (greetings and sign-offs, minutes, rosters and tables, tickets, chat in lower case, HR and
# medical notes, letters); name-heavy: a name alone at a sentence start, genitives, initials,
# lists, lower case, capitals, surname first. Its street, village and town words are apart from
# every earlier set too. Baseline -> end of round thirteen: PERSON P 0.972 -> 0.973, R 0.951 ->
# 0.959 (hidden 0.951 -> 0.959); ADDRESS P 1.000 R 0.963 (hidden 0.963) both times; all P 0.976
# both times, R 0.955 -> 0.962. Floors in LATE_FLOORS below.
HELDOUT_M = default_data_path().parent / "generated-heldout-m.jsonl"
HELDOUT_M_SHA256 = "1309da119a5a6d4eac611a417110a97ac2cdc0ed92f9624dcd0f2afdc3f96c53"


def test_heldout_m_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_M)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-m"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert len(people) >= 450
    assert any(p.islower() for p in people) and any(p.isupper() for p in people)
    assert any(", " in p for p in people) and any(re.search(r"\w\. ", p) for p in people)
    assert sum(1 for e in examples for s in e.spans if s.kind == "ADDRESS") >= 50
    pools = tuple(f"names-{x}.txt" for x in "efghijkl")
    assert_new_names(examples, HELDOUT_M, pools)


# Held-out N (data/pii/generate_n.py, round fourteen; scored twice, errors never listed), written
# before any change of that round from issue 15 and from how Swedish and English business, chat,
# medical and HR text names people and gives addresses (phone notes, care handovers, school,
# social services, customer service, moving, minutes); Swedish-heavy (at least 40% of rows),
# at least 450 names and 120 addresses. Its street, village and town words are apart from every
# earlier set too. Baseline -> end of round fourteen: PERSON P 0.955 -> 0.957, R 0.968 -> 0.987
# (hidden 0.966 -> 0.986); ADDRESS P 1.000, R 0.857 -> 0.903, hidden 0.773 -> 0.818; all P
# 0.964 -> 0.966, R 0.951 -> 0.974. Floors in LATE_FLOORS below.
HELDOUT_N = default_data_path().parent / "generated-heldout-n.jsonl"
HELDOUT_N_SHA256 = "8bd8dcc47d69908284fb4b1a8ea40551622a65ea604b4cbfd3885a75914ba80c"


def test_heldout_n_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_N)
    assert len(examples) >= 500
    assert {e.split for e in examples} == {"heldout-n"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    assert sum(1 for e in examples if e.lang == "sv") >= 0.4 * len(examples)
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert len(people) >= 450
    assert any(p.islower() for p in people) and any(p.isupper() for p in people)
    assert any(", " in p for p in people) and any(re.search(r"\w\. ", p) for p in people)
    addresses = [s.value(e.text) for e in examples for s in e.spans if s.kind == "ADDRESS"]
    assert len(addresses) >= 120
    pools = tuple(f"names-{x}.txt" for x in "efghijklm")
    assert_new_names(examples, HELDOUT_N, pools)


# Held-out O (data/pii/generate_o.py, round fifteen; scored, errors never listed), written by a
# helper who did not tune the detector and read neither its rules, lexicons and tagger nor the
# kept rules of earlier rounds nor any dev set's errors, while another helper tuned without
# opening O's files; from how people really write (mail threads with quoted replies, signatures
# and display names, invites, delivery notices, insurance claims, property listings, GP
# referrals, school messages, chat with typos, forms, CSV and markdown tables), Swedish-heavy (at
# least 40% of rows), at least 500 names and 160 addresses in Swedish and European/US formats.
# Its street, town and foreign street words are apart from every earlier set too. Not yet scored
# when it was committed: its baseline is scored by the lead.
HELDOUT_O = default_data_path().parent / "generated-heldout-o.jsonl"
HELDOUT_O_SHA256 = "a5099299c17d32aa3c86738a1bd25edf0ad548fd85fda07d1df5935d3e3aae3c"


def test_heldout_o_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_O)
    assert len(examples) >= 560
    assert {e.split for e in examples} == {"heldout-o"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    assert sum(1 for e in examples if e.lang == "sv") >= 0.4 * len(examples)
    assert any(not e.spans for e in examples)  # negatives
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert len(people) >= 500
    assert any(p.islower() for p in people) and any(p.isupper() for p in people)
    assert any(", " in p for p in people) and any(re.search(r"\w\. ", p) for p in people)
    assert any(re.search(r"[\"'“]\w+[\"'”]", p) for p in people)  # a nickname in quotes
    assert any(re.search(r"^[A-ZÅÄÖ]{2,} \w", p) for p in people)  # SURNAME Given on a form
    display = [e for e in examples if re.search(r'"[^"\n]+, [^"\n]+" <[^>]+@', e.text)]
    assert display  # "Surname, Given" <mail> in a header
    addresses = [s.value(e.text) for e in examples for s in e.spans if s.kind == "ADDRESS"]
    assert len(addresses) >= 160
    assert any("\n" in a for a in addresses) and any(a.islower() for a in addresses)
    kinds = {s.kind for e in examples for s in e.spans}
    assert {"PHONE", "EMAIL", "NATIONAL_ID"} <= kinds
    pools = tuple(f"names-{x}.txt" for x in "efghijklmn")
    assert_new_names(examples, HELDOUT_O, pools)


def test_dev_o_errors_are_listed_and_c_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """O is spent (scored after round fifteen): since round sixteen a dev set, dev-o, whose errors
    `score_sets.py --errors dev-o` lists and `privacy_leaks.py --list` no longer refuses; held-out C
    is still refused by both."""
    import importlib
    import sys

    root = default_data_path().resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "data" / "pii"))
    monkeypatch.syspath_prepend(str(root))
    score_sets = importlib.import_module("score_sets")
    leaks = importlib.import_module("bench.privacy_leaks")
    assert HELDOUT_O.resolve() == score_sets.HELDOUT["o"]
    assert score_sets.DEV_SETS["dev-o"] == HELDOUT_O.resolve()
    assert HELDOUT_O.name not in leaks.HELDOUT
    assert score_sets.HELDOUT_C not in score_sets.DEV_SETS.values()
    monkeypatch.setattr(sys, "argv", ["score_sets.py", "--errors", "held-out C"])
    with pytest.raises(SystemExit):
        score_sets.main()
    heldout_c = str(score_sets.HELDOUT_C)
    monkeypatch.setattr(sys, "argv", ["privacy_leaks.py", "--list", "--data", heldout_c])
    with pytest.raises(SystemExit):
        leaks.main()


# Held-out P (data/pii/generate_p.py; a dev set, dev-p, since round seventeen), written like O by
# a helper who did not tune the detector and read neither its rules, lexicons and tagger nor the
# kept rules of earlier rounds nor any dev set's errors, while another helper tuned without
# opening P's files; in genres O used little or not at all (Slack/Teams chat, forwarded chains,
# minutes, tenancy contracts, police-style reports, pharmacy and lab notes, rosters, guest lists,
# itineraries, recruitment notes, customer-service transcripts, JSON/YAML, log lines, git
# trailers), Swedish-heavy (at least 40% of rows), at least 500 names and 250 addresses, Swedish
# (urban, rural, box) and European/US. Its street, village, farm and town words are apart from
# every earlier set too. Not yet scored when it was committed: its baseline is scored by the lead.
HELDOUT_P = default_data_path().parent / "generated-heldout-p.jsonl"
HELDOUT_P_SHA256 = "a867276e55e48b22b900987fa7344e8d800acda4ff5645b76ab5ed245e724db1"


def test_heldout_p_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_P)
    people, addresses = _written_to_the_brief(examples, "p")
    assert any(re.search(r"^[A-ZÅÄÖ]{2,}/[A-ZÅÄÖ]{2,}", p) for p in people)  # SURNAME/GIVEN
    assert any(", " in p for p in people) and any(re.search(r"\w\. ", p) for p in people)
    assert any(
        re.search(r"\b(?:von|de|van der|bin|ibn) |\b(?:al|el)-|\bMac[A-Z]", p) for p in people
    )
    trailers = [e for e in examples if re.search(r"Co-authored-by: [^<\n]+ <[^>]+@", e.text)]
    assert trailers  # git commit trailers
    assert any(re.search(r"\b\d{4}\b", a) and "gården" in a for a in addresses)  # a farm
    assert_new_names(examples, HELDOUT_P, _pools_before("p"))


def test_dev_p_errors_are_listed_and_c_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """P is spent (scored after round sixteen): since round seventeen a dev set, dev-p, whose
    errors `score_sets.py --errors dev-p` lists and `privacy_leaks.py --list` no longer refuses;
    held-out C is still refused by both."""
    import importlib
    import sys

    root = default_data_path().resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "data" / "pii"))
    monkeypatch.syspath_prepend(str(root))
    score_sets = importlib.import_module("score_sets")
    leaks = importlib.import_module("bench.privacy_leaks")
    assert HELDOUT_P.resolve() == score_sets.HELDOUT["p"]
    assert score_sets.DEV_SETS["dev-p"] == HELDOUT_P.resolve()
    assert HELDOUT_P.name not in leaks.HELDOUT
    assert score_sets.HELDOUT_C not in score_sets.DEV_SETS.values()
    monkeypatch.setattr(sys, "argv", ["score_sets.py", "--errors", "held-out C"])
    with pytest.raises(SystemExit):
        score_sets.main()
    heldout_c = str(score_sets.HELDOUT_C)
    monkeypatch.setattr(sys, "argv", ["privacy_leaks.py", "--list", "--data", heldout_c])
    with pytest.raises(SystemExit):
        leaks.main()


# Held-out Q (data/pii/generate_q.py; a dev set, dev-q, since round eighteen), written like P by a
# helper who did not tune the detector and read neither its rules, lexicons and tagger nor the
# kept rules of earlier rounds nor any dev set's errors, while another helper tuned (O and P among
# its dev sets) without opening Q's files; in genres O and P used little or not at all (voicemail
# and call transcripts, chatbot prompts, tickets and CRM notes, out-of-office replies,
# classifieds, reviews and forums, death and birth notices, local news, estate inventories, wills
# and powers of attorney, vehicle and land registration, permit notices, vet and dental records,
# home-care rotas, payroll, expenses and payments, OCR'd letters, family trees, thesis
# acknowledgements and references, vCard, iCalendar, SQL, CSV, XML, LDAP, HTTP bodies, WhatsApp
# exports), Swedish-heavy (at least 40% of rows), at least 500 names and 250 addresses, Swedish
# (urban, rural, box) and European/US. Its street, village, farm and town words are apart from
# every earlier set too. Not yet scored when it was committed: its baseline was scored by the
# lead.
HELDOUT_Q = default_data_path().parent / "generated-heldout-q.jsonl"
HELDOUT_Q_SHA256 = "394f1dd55ce0655df6b7a5b5d1ef1152545ae39ca0576f32d451ca632479b72b"


def test_heldout_q_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_Q)
    people, addresses = _written_to_the_brief(examples, "q")
    assert any(p.isupper() and " " in p for p in people)  # a whole name in capitals
    assert any(", " in p for p in people) and any(re.search(r"\w\. ", p) for p in people)
    assert any(len(p.split()) >= 4 for p in people)  # a name in four parts
    swedish_genitive = [
        e for e in examples for s in e.spans if s.kind == "PERSON" and e.text[s.end :][:2] == "s "
    ]
    english_genitive = [
        e for e in examples for s in e.spans if s.kind == "PERSON" and e.text[s.end :][:2] == "'s"
    ]
    assert swedish_genitive and english_genitive  # `Humles mamma`, `Tempest's flat`
    assert any(re.search(r"^BEGIN:VCARD\nVERSION:3\.0\nFN:", e.text) for e in examples)
    assert any(re.search(r"(?:gården|torpet|hemmanet|hemmet) \d{4}\b", a) for a in addresses)
    assert any(re.search(r"\blgh \d{4}\b", a) for a in addresses)
    assert any(re.search(r"^(?:Box|Postfack|PO Box|Postboks) \d+", a) for a in addresses)
    assert_new_names(examples, HELDOUT_Q, _pools_before("q"))


@pytest.mark.parametrize(
    "letter",
    [*"qrstvwxyz", *(f"a{x}" for x in "abcdefghijklmnopqrstvwyz"), *(f"b{x}" for x in "abcdefg")],
)
def test_a_spent_set_is_a_dev_set_and_c_still_refused(
    monkeypatch: pytest.MonkeyPatch, letter: str
) -> None:
    """Q (scored after round seventeen), R (after round eighteen), S (scored twice), T, V to AE
    (scored once), AF to AH (scored once or twice), AI to AK (scored up to five times), AL to
    AN (seven times), AO to AQ (nine times), AR to AT (nine times), AV, AW (eight times), AY
    (four times), AZ (six times), BA to BC and BD to BG (three times each) are spent: dev sets,
    whose errors `score_sets.py --errors dev-X` lists and `privacy_leaks.py --list` no longer
    refuses; held-out C is still refused by both."""
    import importlib
    import sys

    root = default_data_path().resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "data" / "pii"))
    monkeypatch.syspath_prepend(str(root))
    score_sets = importlib.import_module("score_sets")
    leaks = importlib.import_module("bench.privacy_leaks")
    path = default_data_path().parent / f"generated-heldout-{letter}.jsonl"
    assert score_sets.DEV_SETS[f"dev-{letter}"] == path.resolve()
    assert path.name not in leaks.HELDOUT
    assert score_sets.HELDOUT_C.name in leaks.HELDOUT
    monkeypatch.setattr(sys, "argv", ["score_sets.py", "--errors", "held-out C"])
    with pytest.raises(SystemExit):
        score_sets.main()
    heldout_c = str(score_sets.HELDOUT_C)
    monkeypatch.setattr(sys, "argv", ["privacy_leaks.py", "--list", "--data", heldout_c])
    with pytest.raises(SystemExit):
        leaks.main()


@pytest.mark.parametrize(
    ("text", "value", "sent", "leaked"),
    [
        ("Bor i Per Hagmans gamla hus.", "Per Hagman", "Bor i <PERSON_1> Hagmans gamla hus.", True),
        ("Ask Per Hagman's mum.", "Per Hagman", "Ask <PERSON_1> Hagman's mum.", True),
        ("Ring Per Hagman.", "Per Hagman", "Ring <PERSON_1> <PERSON_2>.", False),
        ("Ring Per Hagman, Hagmans firma.", "Per Hagman", "Ring <PERSON_1> Hagmans", False),
    ],
)  # fmt: skip
def test_the_leak_count_sees_a_word_in_its_genitive(
    monkeypatch: pytest.MonkeyPatch, text: str, value: str, sent: str, leaked: bool
) -> None:
    """`bench/privacy_leaks.py`: a surname left in its genitive reached the upstream (it was not
    counted before: `Hagmans` is another word than `Hagman`), unless the text has it elsewhere."""
    import importlib

    monkeypatch.syspath_prepend(str(default_data_path().resolve().parents[2]))
    leaks = importlib.import_module("bench.privacy_leaks")
    start = text.index(value)
    assert leaks.partly(value, sent, text, start, start + len(value)) is leaked


@pytest.mark.parametrize(
    ("text", "value", "starts", "sent", "leaked"),
    [
        ("begravningen i Uddevalla, eva skickade", "eva", [26],
         "begravningen i Uddevalla, <PERSON_1> skickade", 0),
        ("begravningen i Uddevalla, eva skickade", "eva", [26],
         "begravningen i Uddevalla, eva skickade", 1),
        ("blommor till hans mamma\nhans: byta däck", "hans", [24],
         "blommor till hans mamma\n<PERSON_1>: byta däck", 0),
        ("blommor till hans mamma\nhans: byta däck", "hans", [24],
         "blommor till hans mamma\nhans: byta däck", 1),
        ("Anna och Anna", "Anna", [0, 9], "<PERSON_1> och Anna", 1),
        ("Anna och Anna", "Anna", [0, 9], "Anna och Anna", 2),
        ("Junis mamma ringde", "Juni", [0], "<PERSON_1>s mamma ringde", 0),
        ("Junis mamma ringde", "Juni", [0], "Junis mamma ringde", 0),  # `partly` counts it
    ],
)  # fmt: skip
def test_the_leak_count_takes_a_value_whole_and_as_a_word(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    value: str,
    starts: list[int],
    sent: str,
    leaked: int,
) -> None:
    """`bench/privacy_leaks.py`: a value reached the upstream verbatim as often as it is there as
    a word beyond the times the text has it outside its labelled spans, at most once a span."""
    import importlib

    monkeypatch.syspath_prepend(str(default_data_path().resolve().parents[2]))
    leaks = importlib.import_module("bench.privacy_leaks")
    spans = [(start, start + len(value)) for start in starts]
    assert all(text[s:e] == value for s, e in spans)
    assert leaks.verbatim(value, sent, text, spans) == leaked


# Held-out R (data/pii/generate_r.py; scored, errors never listed), written like Q by a helper who
# did not tune the detector and read neither its rules, lexicons and tagger nor the kept rules of
# earlier rounds nor any dev set's errors, while another helper tuned (O, P and Q among its dev
# sets) without opening R's files; in genres O, P and Q used little or not at all (bookings, work
# orders and moving quotes, stairwell notices, change-of-address notices, greeting cards and
# seating plans, race results and referees' reports, screenplays and subtitles, research
# interviews, enforcement and parking letters, visitor logs and key receipts, school lists, loan
# applications, petitions, library reminders, diaries, social posts, code and config metadata),
# Swedish-heavy (at least 40% of rows), at least 500 names and 250 addresses, Swedish (urban,
# rural, box) and European/US. Its street, village, farm and town words are apart from every
# earlier set too. Not yet scored when it was committed: its baseline is scored by the lead.
HELDOUT_R = default_data_path().parent / "generated-heldout-r.jsonl"
HELDOUT_R_SHA256 = "a50f27b8016d5824dfa68145086d2bc4860b992c3fdae89cb1ea81ea13fcf8ca"


def test_heldout_r_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_R)
    people, addresses = _written_to_the_brief(examples, "r")
    spans = [(e, s) for e in examples for s in e.spans]
    assert any(re.search(r"^[A-ZÅÄÖ]{2,} [A-ZÅÄÖ][a-zåäö]", p) for p in people)  # SURNAME Given
    assert any(", " in p for p in people) and any(re.search(r"\w\. ", p) for p in people)
    assert any(len(p.split()) >= 4 for p in people)  # a name in four parts
    handles = [e for e, s in spans if s.kind == "PERSON" and e.text[s.start - 1 : s.start] == "@"]
    assert handles  # `@name` in chat, posts and CODEOWNERS
    assert any(re.search(r"^\d+\n\d\d:\d\d:\d\d,\d{3} --> ", e.text) for e in examples)  # SRT
    assert any(re.search(r"(?:gården|torpet|hemmanet|stugan| by) \d{4}\b", a) for a in addresses)
    assert any(re.search(r"\b[Ll]gh \d{4}\b", a) for a in addresses)
    assert any(re.search(r"^(?:Box|BOX|P\.O\. Box) \d+", a) for a in addresses)
    assert_new_names(examples, HELDOUT_R, _pools_before("r"))


# Held-out S (data/pii/generate_s.py; scored, errors never listed), written like R by a helper who
# did not tune the detector and read neither its rules, lexicons and tagger nor the kept rules of
# earlier rounds nor any dev set's errors, while another helper tuned (O, P, Q and R among its dev
# sets) without opening S's files; in genres O to R used little or not at all (Slack and Teams
# chat, forwarded mail chains, meeting minutes, tenancy contracts, police and court-style reports,
# pharmacy and lab notes, sports rosters, guest lists, itineraries, recruitment notes,
# customer-service transcripts, JSON and YAML records, log lines, git trailers), Swedish-heavy (at
# least 40% of rows), at least 500 names and 250 addresses, Swedish (urban, rural, box) and
# European/US. Its street, village, farm and town words are apart from every earlier set too.
# Not yet scored when it was committed: its baseline is scored by the lead.
HELDOUT_S = default_data_path().parent / "generated-heldout-s.jsonl"
HELDOUT_S_SHA256 = "d65ff1cbfcc8afda64cfd3b17b257bcd7f9b5555040bfd7850e425a51282c32e"


def test_heldout_s_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_S)
    people, addresses = _written_to_the_brief(examples, "s")
    assert any("-" in p for p in people) and any(len(p.split()) >= 4 for p in people)
    assert any(re.search(r"\w\. ", p) for p in people)  # initials
    trailers = [e for e in examples if "Co-authored-by: " in e.text]
    assert trailers and any("Agent: " in e.text for e in examples)  # git trailers, transcripts
    assert any(re.search(r"(?:gården|torpet|hemmanet|stugan| by) \d{4}\b", a) for a in addresses)
    assert any(re.search(r"\b[Ll]gh \d{4}\b", a) for a in addresses)
    assert any(re.search(r"svängen|allé", a) for a in addresses)
    assert any(re.search(r"^(?:Box|BOX|PO Box) \d+|, Box \d+", a) for a in addresses)
    assert_new_names(examples, HELDOUT_S, _pools_before("s"))


# Held-out T (data/pii/generate_t.py; scored, errors never listed), written like S by a helper who
# did not tune the detector and read neither its rules, lexicons and tagger nor the kept rules of
# earlier rounds nor any dev set's errors, while another helper tuned (O to S among its dev sets)
# without opening T's files; in forms O to S used little or not at all (SMS exports, school
# platform messages and pick-up authorisations, viewing lists and bidding logs, adjusters' call
# notes, RSVP exports, funeral notices and GEDCOM, WEBVTT captions, speech to text, OCR'd scans,
# vCard and ICS with escaped commas, raw mail headers, git blame, bug reports, crash paths, courier
# SMS, forum quotes, mail-merge labels, guardianship reports, marina and allotment registers),
# Swedish-heavy (at least 40% of rows), at least 500 names and 250 addresses, Swedish (urban,
# rural, box) and European/US. Its street, village, farm and town words are apart from every
# earlier set too. Not yet scored when it was committed: its baseline is scored by the lead.
HELDOUT_T = default_data_path().parent / "generated-heldout-t.jsonl"
HELDOUT_T_SHA256 = "d1397af89abb5b8d26c1aecc1605c04d7d18b8dd303594140dae340e7d39ac15"


def test_heldout_t_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_T)
    people, addresses = _written_to_the_brief(examples, "t")
    assert any("-" in p for p in people) and any(len(p.split()) >= 4 for p in people)
    assert any(re.search(r"\w\. ", p) for p in people)  # initials
    texts = [e.text for e in examples]
    for form in ("WEBVTT", "BEGIN:VCARD", "BEGIN:VEVENT", "Return-Path: ", "1 NAME "):
        assert any(form in t for t in texts), form
    assert any(re.search(r"(?:gården|torpet|hemmanet|stugan| by) \d{4}\b", a) for a in addresses)
    assert any(re.search(r"\b[Ll]gh \d{4}\b", a) for a in addresses)
    assert any(re.search(r"svängen|allé", a) for a in addresses)
    assert any(re.search(r"^(?:Box|PO Box|Postbox) \d+|, Box \d+", a) for a in addresses)
    assert any("\\," in a for a in addresses)  # an ICS LOCATION, commas escaped
    assert any(re.search(r"^[^;]+ \d+\w*;[^;]+;;\d{3} \d{2}$", a) for a in addresses)  # vCard
    assert_new_names(examples, HELDOUT_T, _pools_before("t"))


# Held-out U (data/pii/generate_u.py; scored, errors never listed), written like T by a helper who
# did not tune the detector and read neither its rules, lexicons and tagger nor the kept rules of
# earlier rounds nor any dev set's errors, while another helper tuned (O to T among its dev sets)
# without opening U's files; in forms O to T used little or not at all (court rulings, church
# books, sports commentary and team sheets, dating profiles, thesis acknowledgements, museum
# labels, police logs, wills and estate inventories, customs declarations, bills of lading, app
# reviews, podcast notes, crosswords, family trees, chess PGN, BibTeX and CITATION.cff, land
# registry and planning notices, hunting teams, passenger and crew lists, census transcriptions),
# Swedish-heavy (at least 40% of rows), at least 500 names and 250 addresses, Swedish (urban,
# rural, box) and European/US. Its street, village, farm and town words are apart from every
# earlier set too. Not yet scored when it was committed: its baseline is scored by the lead.
HELDOUT_U = default_data_path().parent / "generated-heldout-u.jsonl"
HELDOUT_U_SHA256 = "6bec09d8ec150a26b5a31afe0e48765b3232132daa7b4119cebbec5211bb8674"


def test_heldout_u_shares_no_name_word_with_the_lexicons_nor_earlier_sets() -> None:
    examples = load(HELDOUT_U)
    people, addresses = _written_to_the_brief(examples, "u")
    assert any("-" in p for p in people) and any(len(p.split()) >= 4 for p in people)
    assert any(re.search(r"\w\. ", p) for p in people)  # initials
    assert any(re.search(r"^[^\W\d_]+, [^\W\d_]", p) for p in people)  # PGN `Surname, Given`
    texts = [e.text for e in examples]
    for form in ('[White "', "cff-version: ", "author = ", "CN23", "DOM ", "Dopbok"):
        assert any(form in t for t in texts), form
    assert any(re.search(r"(?:gården|torpet|hemmanet|stugan| by) \d{4}\b", a) for a in addresses)
    assert any(re.search(r"\b[Ll]gh \d{4}\b", a) for a in addresses)
    assert any(re.search(r"svängen|allé", a) for a in addresses)
    assert any(re.search(r"^(?:Box|PO Box|Postbox) \d+|, Box \d+", a) for a in addresses)
    assert any(re.search(r"^[^\n]+ \d+\S*\n\d{3} \d{2}\n[^\n\d]+$", a) for a in addresses)
    assert_new_names(examples, HELDOUT_U, _pools_before("u"))


def test_heldout_u_errors_are_never_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """`score_sets.py --errors` and `privacy_leaks.py --list` refuse U (and score it, or count)."""
    import importlib
    import sys

    root = default_data_path().resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "data" / "pii"))
    monkeypatch.syspath_prepend(str(root))
    score_sets = importlib.import_module("score_sets")
    leaks = importlib.import_module("bench.privacy_leaks")
    assert HELDOUT_U.resolve() == score_sets.HELDOUT["u"]
    assert HELDOUT_U.resolve() not in score_sets.DEV_SETS.values()
    assert HELDOUT_U.name in leaks.HELDOUT
    monkeypatch.setattr(sys, "argv", ["score_sets.py", "--errors", "held-out U"])
    with pytest.raises(SystemExit):
        score_sets.main()
    monkeypatch.setattr(sys, "argv", ["privacy_leaks.py", "--list", "--data", str(HELDOUT_U)])
    with pytest.raises(SystemExit):
        leaks.main()


# Held-out V, W, X and Y (data/pii/generate_{v,w,x,y}.py; each scored once, then dev-v to dev-y):
# names as the population has them, beside the worst-case sets O to U. Their name words are drawn
# by population frequency from data/pii/names_{v,w,x,y}.py (SCB's ranks for Sweden, the commonest
# names of the origins common in Sweden by their share of its population, the US Census 1990 and
# UK rankings for English rows; 80% from the head of a list, 20% from its tail), so they are NOT
# disjoint from the lexicons, by design, and have no disjointness test. Each was written by a
# helper who did not tune the detector and read neither its rules, lexicons and tagger, nor any
# dev set's errors, nor the other three sets' names and templates; none was scored by its writer.
HELDOUT_V = default_data_path().parent / "generated-heldout-v.jsonl"
HELDOUT_V_SHA256 = "c93381f72bc342593bdf18c02e6b8c023b1576a1c59d51b849c6fb54e1788b57"
HELDOUT_W = default_data_path().parent / "generated-heldout-w.jsonl"
HELDOUT_W_SHA256 = "02ef47f394dc4b71379c754da8cef962d0bcac251d5f8cddc1de6711b6b8d0c2"
HELDOUT_X = default_data_path().parent / "generated-heldout-x.jsonl"
HELDOUT_X_SHA256 = "db092a2366ed5b79a046c358365a0e28357600090518ad47f2f85940da38db7c"
HELDOUT_Y = default_data_path().parent / "generated-heldout-y.jsonl"
HELDOUT_Y_SHA256 = "2fd3bfa6e59da48d077e8c4840295f9c982466b639db45713c3fbfd4feff51b5"
# Held-out Z (data/pii/generate_z.py; scored once, then dev-z): names as the population has
# them, a fifth writer, drawn as V to Y were (names_z.py: SCB's ranks, the origins common in Sweden
# by their share, the US Census 1990 and the ONS ranks; 80% head, 20% tail), in public services
# and private life (school, 1177 and home care, municipal cases, housing, clubs, parishes, family
# chats, Swish; UK and US text of the same kinds), with many phone numbers. Written by a helper who
# did not tune the detector and read neither its rules, lexicons and tagger, nor any dev set's
# errors, nor V's to Y's names and templates; not scored by its writer. Not disjoint, by design.
HELDOUT_Z = default_data_path().parent / "generated-heldout-z.jsonl"
HELDOUT_Z_SHA256 = "09532a163702fea2eb9e0afd4f2f0abc1649320f915fdf39fdb5ddd95a643ce5"
# Held-out AA (data/pii/generate_aa.py): the same by a sixth writer who did not tune, in commerce
# and logistics, with phone numbers in every common grouping (at least 90 of them), 40 e-mail
# addresses and 20 personnummer. Scored once by the lead, then dev-aa.
HELDOUT_AA = default_data_path().parent / "generated-heldout-aa.jsonl"
HELDOUT_AA_SHA256 = "9381d782b1f2ebafdf729a63cb2fc8697f16b8a560baeba87ab164b7310a5ae4"
# Held-out AB (data/pii/generate_ab.py): the same by a seventh writer who did not tune, in law,
# money and property (tenancy, property sales, BRF transfers, bank KYC and loans, debt collection
# and Kronofogden, tax, accounting, insurance, pensions, estates, powers of attorney, divorce and
# custody, court summons, UK solicitors, US attorneys and escrow), with 90 phone numbers or more,
# 40 e-mail addresses and 20 personnummer. Scored once by the lead, then dev-ab.
HELDOUT_AB = default_data_path().parent / "generated-heldout-ab.jsonl"
HELDOUT_AB_SHA256 = "bc74374bde0d00063f86909f68b5ead1da04459d79b5bf7b104922b2d15eeb77"
# Held-out AC (data/pii/generate_ac.py): the same by an eighth writer who did not tune, in learning,
# travel and public life (admissions, theses, rosters, student housing, registrations, group
# bookings, local news and police logs, forums and reviews, transcripts, genealogy, volunteering),
# with 90 phone numbers or more, 40 e-mail addresses and 20 personnummer. Scored once by the
# lead, then dev-ac.
HELDOUT_AC = default_data_path().parent / "generated-heldout-ac.jsonl"
HELDOUT_AC_SHA256 = "231174a284e69dd8d20ecf8e6ec619b5fe710586dbbcbc7122809bb98cdf2aef"
# Held-out AD (data/pii/generate_ad.py): the same by a ninth writer who did not tune, in health and
# care in depth and the trades (discharge summaries, lab and X-ray referrals, psychiatry and physio
# notes, pharmacy dialogues, dental recalls, vet bills, home-help logs, occupational health;
# plumbers', electricians', cleaners' and movers' quotes, ROT/RUT invoices, job sheets, key
# handovers, SMS with customers), with 90 phone numbers or more, 40 e-mail addresses and 20
# personnummer. Scored once by the lead, then dev-ad.
HELDOUT_AD = default_data_path().parent / "generated-heldout-ad.jsonl"
HELDOUT_AD_SHA256 = "254e8b1a274dab81f5c411e23e469f86d9735e06aeb93a5ead921013f0386a42"
# Held-out AE (data/pii/generate_ae.py): the same by a tenth writer who did not tune, on the
# internet and in software work (support chat widgets, app-store and marketplace reviews, GitHub
# issues and commits with co-authors, Slack/Discord, CRM exports as CSV/TSV, JSON and YAML records,
# log lines, mail headers and forwarded threads, calendar invites, forms, spreadsheet rows), with
# 90 phone numbers or more, 40 e-mail addresses and 20 personnummer. Scored once by the lead,
# then dev-ae.
HELDOUT_AE = default_data_path().parent / "generated-heldout-ae.jsonl"
HELDOUT_AE_SHA256 = "7b6f2956f1f012c684c5f16780da06a0cfe5b9e3621b2c268c011ad52b0c98f2"
# Held-out AF (data/pii/generate_af.py): the same by an eleventh writer who did not tune, in
# everyday private life (family group chats and SMS, dating, neighbourhood and buy-sell groups,
# birthdays and weddings, babysitting and carpools, holiday rentals and house swaps, sports-club
# parents, pet sitting, voicemail, postcards and letters), with 90 phone numbers or more, 40
# e-mail addresses and 20 personnummer. Scored twice by the lead, then dev-af (round nineteen).
HELDOUT_AF = default_data_path().parent / "generated-heldout-af.jsonl"
HELDOUT_AF_SHA256 = "5a3b99a64c1e1d3c55c61594252c625480eadca1f88c722f2b3f47757d9dddc7"

# Held-out AG (data/pii/generate_ag.py; names as the population has them, a twelfth writer who did
# not tune): public sector and working life (Försäkringskassan, Arbetsförmedlingen and
# Skatteverket letters, municipal decisions and appeals, police and court letters, union cases,
# HR files, payroll and time reports, association minutes, school and university administration,
# UK council and NHS letters), with 90 phone numbers or more in every common grouping, 40 e-mail
# addresses and 20 personnummer. Scored twice by the lead, then dev-ag (round nineteen).
HELDOUT_AG = default_data_path().parent / "generated-heldout-ag.jsonl"
HELDOUT_AG_SHA256 = "43b69252a38c73392763f91191aa55a60c6c3e68166323e6882fb967ee4acfda"

# Held-out AH and AI (data/pii/generate_ah.py, generate_ai.py; names as the population has them, a
# thirteenth and a fourteenth writer who did not tune): culture, sport, leisure, media and life
# events (AH); industry, construction, farming, energy and transport, with spoken transcripts
# (AI); nicknames where people use them. Scored by the lead; AH is dev-ah since round nineteen,
# AI is never read and its errors never listed.
HELDOUT_AH = default_data_path().parent / "generated-heldout-ah.jsonl"
HELDOUT_AH_SHA256 = "7225b0064be51a9e19d2743e7093f9d8c51a7b2009b5349926f7c913e6405c6b"
HELDOUT_AI = default_data_path().parent / "generated-heldout-ai.jsonl"
HELDOUT_AI_SHA256 = "669030c1cf47467c5e081af1d6dc95debd78504df887b7b801ae7510e08f4dea"

# Held-out AJ and AK (data/pii/generate_aj.py, generate_ak.py; a fifteenth and a sixteenth writer
# who did not tune): money and customer service online, marketplaces, forums and reviews (AJ);
# research, civil society and migration (AK). Scored once by the lead, never read.
HELDOUT_AJ = default_data_path().parent / "generated-heldout-aj.jsonl"
HELDOUT_AJ_SHA256 = "9981d95821500a13b94beb4a0fbe77301872e0be7fb1c832169e0f76b9020c76"
HELDOUT_AK = default_data_path().parent / "generated-heldout-ak.jsonl"
HELDOUT_AK_SHA256 = "52c1279c988ea0a06dc7dc239e667dcf14df98684fe0dd3f72717112fd062277"

# Held-out AL, AM and AN (data/pii/generate_al.py, generate_am.py, generate_an.py; a seventeenth to
# a nineteenth writer who did not tune): home and neighbourhood (AL); messaging as people type it
# (AM); public life and the press (AN). Never read; errors never listed.
HELDOUT_AL = default_data_path().parent / "generated-heldout-al.jsonl"
HELDOUT_AL_SHA256 = "1986ba769853089bb8a9834bdbbc791c9f3a79124c41ad7dc410a9065e0b1663"
HELDOUT_AM = default_data_path().parent / "generated-heldout-am.jsonl"
HELDOUT_AM_SHA256 = "c943719bf758c5467a3d3dff18fdd1c8d53a16d0d8b45e2fe029fd5feabb84e9"
HELDOUT_AN = default_data_path().parent / "generated-heldout-an.jsonl"
HELDOUT_AN_SHA256 = "8b2af93f570dd02698b74a4a80c6c92d86bad2aee1b42a44e235c927b3bb394c"
# Held-out AO, AP and AQ (generate_ao.py, generate_ap.py, generate_aq.py; a twentieth to a
# twenty-second writer who did not tune): leisure and clubs (AO); work life by the hour (AP);
# research, tech and careers (AQ). Never read; errors never listed.
HELDOUT_AO = default_data_path().parent / "generated-heldout-ao.jsonl"
HELDOUT_AO_SHA256 = "f765d0655838425729a94f9d993cfea7a57068e00dd1ecf3f64567ace6b460db"
HELDOUT_AP = default_data_path().parent / "generated-heldout-ap.jsonl"
HELDOUT_AP_SHA256 = "dab93f3cb3d9919a808c76fa2660ecf5bd1f2476c25b70b452a75c5156cf931a"
HELDOUT_AQ = default_data_path().parent / "generated-heldout-aq.jsonl"
HELDOUT_AQ_SHA256 = "d5a00f7d00b719a52c15693d50ad49fda8830c0de8d2c09ad09fe77ba2a4f864"
# Held-out AR, AS and AT (generate_ar.py, generate_as.py, generate_at.py; a twenty-third to a
# twenty-fifth writer who did not tune): transport and travel (AR); money and customer service
# (AS); family, school and childcare (AT). Never read; errors never listed.
HELDOUT_AR = default_data_path().parent / "generated-heldout-ar.jsonl"
HELDOUT_AR_SHA256 = "898b40c4899fb324ff814ca13d681a892afd69dd7f55d4e5a8916bd2412279ce"
HELDOUT_AS = default_data_path().parent / "generated-heldout-as.jsonl"
HELDOUT_AS_SHA256 = "2f0435e75e7fc2e981f43056d1951281f4d4cd727678410ea07f48843c99123a"
HELDOUT_AT = default_data_path().parent / "generated-heldout-at.jsonl"
HELDOUT_AT_SHA256 = "50054398f65efcd1463ae9fbd8d2770ebc2ffa610e666eaaca30c8b6384b49fe"
# Held-out AU, AV and AW (generate_au.py, generate_av.py, generate_aw.py; a twenty-sixth to a
# twenty-eighth writer who did not tune): hospitality, food and events (AU); migration and
# international life (AV); the countryside and the trades (AW). Never read; errors never listed.
HELDOUT_AU = default_data_path().parent / "generated-heldout-au.jsonl"
HELDOUT_AU_SHA256 = "4c0808208d0ce749dca04727007a52a54e59894f64ddb00f009361ce0f7ddcde"
HELDOUT_AV = default_data_path().parent / "generated-heldout-av.jsonl"
HELDOUT_AV_SHA256 = "57c33212655942703dc47a60eefc72d9614bf1154cfb90594499f35ccc6cf710"
HELDOUT_AW = default_data_path().parent / "generated-heldout-aw.jsonl"
HELDOUT_AW_SHA256 = "a051c7c4f79212fdfb507894d90d1f63ef3f5c433925a305d3ef5e679913a134"
# Held-out AX, AY and AZ (generate_ax.py, generate_ay.py, generate_az.py; a twenty-ninth to a
# thirty-first writer who did not tune): health and care (AX); property, housing and moving
# (AY); retail, e-commerce and logistics (AZ). Never read; errors never listed.
HELDOUT_AX = default_data_path().parent / "generated-heldout-ax.jsonl"
HELDOUT_AX_SHA256 = "b5c09e363b1586c56275d504d1e5c882bc52ef8361f81187c2f7eb72d0acf50a"
HELDOUT_AY = default_data_path().parent / "generated-heldout-ay.jsonl"
HELDOUT_AY_SHA256 = "6a2cddf1fa5a4fb365fbf9acb044fb0a0760ce0e424784f0136fe55d04a357a0"
HELDOUT_AZ = default_data_path().parent / "generated-heldout-az.jsonl"
HELDOUT_AZ_SHA256 = "c381ec320c0c5da39f6c99394724154ee1015edf69d55156b456b4ab55ecc2b3"
# Held-out BA, BB and BC (generate_ba.py, generate_bb.py, generate_bc.py; a thirty-second to a
# thirty-fourth writer who did not tune): courts, police and the law (BA); sport, clubs and
# volunteering (BB); industry and the workplace floor (BC). Never read; errors never listed.
HELDOUT_BA = default_data_path().parent / "generated-heldout-ba.jsonl"
HELDOUT_BA_SHA256 = "e725a9d34fe2b0cea8f564c7ae0161b57bc42ca93511b2483aa1a85c339f1369"
HELDOUT_BB = default_data_path().parent / "generated-heldout-bb.jsonl"
HELDOUT_BB_SHA256 = "e99779ebb4d676bfce3f7ae243a9221b6d1489ca38846eedaab8f2ed66e533bd"
HELDOUT_BC = default_data_path().parent / "generated-heldout-bc.jsonl"
HELDOUT_BC_SHA256 = "ac572fe49621b6c96861e14468a73695f3978514da23f5fb3357e1ffff1e0f39"
# Held-out BD to BG (generate_bd.py to generate_bg.py; a thirty-fifth to a thirty-eighth writer
# who did not tune): schools and education (BD); travel, hotels and transport (BE); family events
# and the public registers (BF); municipal services and social insurance (BG). Never read;
# errors never listed.
HELDOUT_BD = default_data_path().parent / "generated-heldout-bd.jsonl"
HELDOUT_BD_SHA256 = "fcfad4566211b04c15a69522398e70baf722d24f5e8b52c25fbf799c65154172"
HELDOUT_BE = default_data_path().parent / "generated-heldout-be.jsonl"
HELDOUT_BE_SHA256 = "b1dcfc5dee19043cd4840a00695d0e1e0156ceea9948fe214ec8e86a97e11065"
HELDOUT_BF = default_data_path().parent / "generated-heldout-bf.jsonl"
HELDOUT_BF_SHA256 = "4d6815f3fc0f7584836dd8f19c146d909842e64f1ae29569214f8ea0391d8319"
HELDOUT_BG = default_data_path().parent / "generated-heldout-bg.jsonl"
HELDOUT_BG_SHA256 = "6badd1a19c7ef3b88ecbeb26a53585512b16599a02a9e472cbcf875eea2fc45c"
# Held-out BH to BK (generate_bh.py to generate_bk.py; a thirty-ninth to a forty-second writer
# who did not tune): faith communities, associations and volunteering (BH); IT support and
# software work (BI); animals and veterinary care (BJ); utilities, energy and telecom (BK).
# Never read; errors never listed.
HELDOUT_BH = default_data_path().parent / "generated-heldout-bh.jsonl"
HELDOUT_BH_SHA256 = "3eaab300e70df5db562f66895f440a68e35a1f4ad058899ef8160f5ad25f1667"
HELDOUT_BI = default_data_path().parent / "generated-heldout-bi.jsonl"
HELDOUT_BI_SHA256 = "21f216b88320d35a401cbb0f5a5a404e36d2346c2d1b8bf8151306f776343d25"
HELDOUT_BJ = default_data_path().parent / "generated-heldout-bj.jsonl"
HELDOUT_BJ_SHA256 = "50f017d5e55abdf95a85535c254f2b9ff33a27a7e7938c383e35a1c0c4cd73d6"
HELDOUT_BK = default_data_path().parent / "generated-heldout-bk.jsonl"
HELDOUT_BK_SHA256 = "6c5886ddff3b96883a8c2847f4310a5e66b2cb7b3f6610bb8b35da865143d490"
# Held-out BL (generate_bl.py; a forty-third writer who did not tune): people and their animals
# away from the vet's desk (shelters, sitters, breeders, shows, farms, stables); animals' names,
# registered and kennel names never labelled. Never read; errors never listed.
HELDOUT_BL = default_data_path().parent / "generated-heldout-bl.jsonl"
HELDOUT_BL_SHA256 = "90f94937faf5dd327470cc4c5619d5839677600ec464af3df8c316e5c4f0ba20"
# BM (generate_bm.py; a forty-fourth writer who did not tune): everyday life with animals,
# written as BL was and spent at once in round twenty-eight (dev-bm): its errors were read.
HELDOUT_BM = default_data_path().parent / "generated-heldout-bm.jsonl"
HELDOUT_BM_SHA256 = "6430513550d560737ae5ad02400872ab426b2b8d1569a762dca84ccbb6892d8d"
# BN (generate_bn.py; a forty-fifth writer who did not tune): field service and work in people's
# homes, written as BL was and spent at once in round twenty-nine (dev-bn): its errors were read.
HELDOUT_BN = default_data_path().parent / "generated-heldout-bn.jsonl"
HELDOUT_BN_SHA256 = "71fef3640f674ab43b5762f734ec6d580ebf61164d8c14888a865474ebf5eacc"
# BO (generate_bo.py; a forty-sixth writer who did not tune): horses, dogs and their people
# across borders (start lists, results, sales, imports, phones of 36 countries), spent at once
# in round twenty-nine (dev-bo): its errors were read.
HELDOUT_BO = default_data_path().parent / "generated-heldout-bo.jsonl"
HELDOUT_BO_SHA256 = "e54ea791932d95f74a4f457b3e0f3c2a71f049ff4a859ed14eb0da1c8a781b19"
# Held-out BP (generate_bp.py; a forty-seventh writer who did not tune): neighbours, housing and
# local life (housing cooperatives, tenant lists, moving, buy-and-sell, lost and found). Never
# read; errors never listed.
HELDOUT_BP = default_data_path().parent / "generated-heldout-bp.jsonl"
HELDOUT_BP_SHA256 = "a7daa7937ea1f623644d25404474c72334ce4b582f4de9d5ec7a6beca6d9f4db"
# BQ (generate_bq.py; a forty-eighth writer who did not tune): housing, streets and neighbours,
# written after BP's address leaks were counted (aggregate only) and spent at once in round
# twenty-nine (dev-bq): its errors were read.
HELDOUT_BQ = default_data_path().parent / "generated-heldout-bq.jsonl"
HELDOUT_BQ_SHA256 = "5e3b642e7f4c4035a2dee3ceaa551fb57faf9416d0b86f700411a3bc672345e9"
# BR (generate_br.py; a forty-ninth writer who did not tune): IT and software work from sides other
# than a help desk's queue (deliveries to home offices, onboarding, commit logs, exports pasted into
# tickets), spent at once in round thirty (dev-br): its errors were read.
HELDOUT_BR = default_data_path().parent / "generated-heldout-br.jsonl"
HELDOUT_BR_SHA256 = "40d650b63ba552e8c8db5634e5eccb6e6ccec86281df63d7e683f12d7d8deeb2"
# BS (generate_bs.py; a fiftieth writer who did not tune): utilities, energy and telecom from many
# sides (meter readings, connection and billing addresses, street works, moves, contracts), spent
# at once in round thirty (dev-bs): its errors were read. Its writer saw, by a mistake, a few
# pages of docs/privacy.md beyond the section it was allowed (its section says so).
HELDOUT_BS = default_data_path().parent / "generated-heldout-bs.jsonl"
HELDOUT_BS_SHA256 = "9766a404863657a4c7cabbcc5e4029fa06fbad7d166d7975f4f2f6ae99f86adc"
# BT (generate_bt.py; a fifty-first writer who did not tune): animals and their people from many
# sides (clinics, insurers, shelters, breeders, stables, shows), spent at once in round thirty
# (dev-bt): its errors were read.
HELDOUT_BT = default_data_path().parent / "generated-heldout-bt.jsonl"
HELDOUT_BT_SHA256 = "d47555da7ed488a2951e34b0700b4de920c2c936c6bc51cb03cd8d484cc1223c"
# Held-out BU (generate_bu.py; a fifty-second writer who did not tune): an everyday mix (support,
# HR, care, chat, invoices, school, insurance). Never read; errors never listed.
HELDOUT_BU = default_data_path().parent / "generated-heldout-bu.jsonl"
HELDOUT_BU_SHA256 = "bfdb04be2e9052112f24513647fee0c19bf47bee294f754f57a638c5498fdbf0"
# BV (generate_bv.py; a fifty-third writer who did not tune): animals on farms, in stables and in
# the field (livestock, the vet on call, farriers, livery yards, hunting teams), spent at once in
# round thirty-one (dev-bv): its errors were read.
HELDOUT_BV = default_data_path().parent / "generated-heldout-bv.jsonl"
HELDOUT_BV_SHA256 = "f93493026c453e237f6a252f3e21d6b117dd149b732be763e7c476a0eaa44390"
# BW (generate_bw.py; a fifty-fourth writer who did not tune): clubs, associations and parents'
# groups, spent at once in round thirty-one (dev-bw): its errors were read.
HELDOUT_BW = default_data_path().parent / "generated-heldout-bw.jsonl"
HELDOUT_BW_SHA256 = "6c34b5311d0f50e826108419933aaae8d55553d0298ff8c47e416b68e6067481"
# BX (generate_bx.py; a fifty-fifth writer who did not tune): offices, deliveries and equipment
# (couriers, office moves, suppliers abroad, asset registers), spent at once in round thirty-one
# (dev-bx): its errors were read.
HELDOUT_BX = default_data_path().parent / "generated-heldout-bx.jsonl"
HELDOUT_BX_SHA256 = "b84d06e6899863dac6b914e1a6f0f90c565473382bf1b19b5034df0d78004541"
# Held-out BY (generate_by.py; a fifty-sixth writer who did not tune): what people paste into an
# assistant (letters to rewrite, CVs, minutes, case notes, contracts, chat logs). Never read;
# errors never listed.
HELDOUT_BY = default_data_path().parent / "generated-heldout-by.jsonl"
HELDOUT_BY_SHA256 = "efff72ddc64d2183682bcef2f752bdd77511cafa6be5a5cedbccdd23161aa33f"
# BZ (generate_bz.py; a fifty-seventh writer who did not tune): the vet's clinic and the pet
# insurer, spent at once in round thirty-two (dev-bz): its errors were read.
HELDOUT_BZ = default_data_path().parent / "generated-heldout-bz.jsonl"
HELDOUT_BZ_SHA256 = "f77c366dc48bd477af66b6527c6de4c209e11c5596cdceb28356bcd5aaf4d3b0"
# CA (generate_ca.py; a fifty-eighth writer who did not tune): housing, landlords and neighbours,
# spent at once in round thirty-two (dev-ca): its errors were read.
HELDOUT_CA = default_data_path().parent / "generated-heldout-ca.jsonl"
HELDOUT_CA_SHA256 = "90d2fafa7ce82e8fbf08b8f1b0778cb8046944e8d8d9ea966ca2b198af803982"
# CB (generate_cb.py; a fifty-ninth writer who did not tune): IT support, on-call and software
# work, spent at once in round thirty-two (dev-cb): its errors were read.
HELDOUT_CB = default_data_path().parent / "generated-heldout-cb.jsonl"
HELDOUT_CB_SHA256 = "1e9a739fa1ae8c6dde9101b6148a58cdec7a27d3effb3eebb1b7918cc39caf8d"
# Held-out CC (generate_cc.py; a sixtieth writer who did not tune): support, HR, health, chat and
# invoices, the issue's own mix. Never read; errors never listed.
HELDOUT_CC = default_data_path().parent / "generated-heldout-cc.jsonl"
HELDOUT_CC_SHA256 = "4d680681d3fb418b1f2b1928d643dd5de395261820afeb12ac5b40db40d18b7c"
# CD (generate_cd.py; a sixty-first writer who did not tune): farms, stables and the countryside,
# spent at once in round thirty-three (dev-cd): its errors were read.
HELDOUT_CD = default_data_path().parent / "generated-heldout-cd.jsonl"
HELDOUT_CD_SHA256 = "061d78172f264a28200e9863d294e64ae1dfcadd781f502d6ba0440e37289c78"
# CE (generate_ce.py; a sixty-second writer who did not tune): moving, deliveries and addresses,
# spent at once in round thirty-three (dev-ce): its errors were read.
HELDOUT_CE = default_data_path().parent / "generated-heldout-ce.jsonl"
HELDOUT_CE_SHA256 = "0656faf6e8e69e35ec7e63f9271ffc9df1e50d81b9c9f9841941ffa75c999b2e"
# Held-out CF (generate_cf.py; a sixty-third writer who did not tune): support, HR, health, chat,
# invoices and threads, the issue's own mix. Never read; errors never listed.
HELDOUT_CF = default_data_path().parent / "generated-heldout-cf.jsonl"
HELDOUT_CF_SHA256 = "6d6e3cda3b81dc5e0c0f3a73e046c52a39338104acf06c3b72f22ceaed00f6a4"
# CG (generate_cg.py; a sixty-fourth writer who did not tune): pets, vets and the people around
# them, spent at once in round thirty-four (dev-cg): its errors were read.
HELDOUT_CG = default_data_path().parent / "generated-heldout-cg.jsonl"
HELDOUT_CG_SHA256 = "51af68129fc03eb9765980388a6431147a263a5140e371edfdb1551db46841e1"
# CH (generate_ch.py; a sixty-fifth writer who did not tune): housing, neighbours and moving,
# spent at once in round thirty-four (dev-ch): its errors were read.
HELDOUT_CH = default_data_path().parent / "generated-heldout-ch.jsonl"
HELDOUT_CH_SHA256 = "d7f66ca84686bd40067bd9921d3ff28c90ea87cea2aff724cbdbc5354b4e3e56"
# Held-out CI (generate_ci.py; a sixty-sixth writer who did not tune): associations, schools and
# clubs. Never read; errors never listed.
HELDOUT_CI = default_data_path().parent / "generated-heldout-ci.jsonl"
HELDOUT_CI_SHA256 = "f81d38b1d424800e74ca64ce440b13c6382e0eb5a7e6e63339cf321fcf2b9899"
# CJ (generate_cj.py; a sixty-seventh writer who did not tune): utilities, energy, telecom and
# installers at home, spent at once in round thirty-five (dev-cj): its errors were read.
HELDOUT_CJ = default_data_path().parent / "generated-heldout-cj.jsonl"
HELDOUT_CJ_SHA256 = "53d02c8fa3bfb8fafa74e8d7e12906d17b22c2521b7260d9218c8e40eac0b6bb"
# CK (generate_ck.py; a sixty-eighth writer who did not tune): IT work that touches homes and
# whereabouts, spent at once in round thirty-five (dev-ck): its errors were read.
HELDOUT_CK = default_data_path().parent / "generated-heldout-ck.jsonl"
HELDOUT_CK_SHA256 = "0bc0ecd111203d98fe3ecb5fa7036feefd2735f5e4e5ac3256d384c2fd74bf18"
# Held-out CL (generate_cl.py; a sixty-ninth writer who did not tune): cars and motoring. Never
# read; errors never listed.
HELDOUT_CL = default_data_path().parent / "generated-heldout-cl.jsonl"
HELDOUT_CL_SHA256 = "415c3693bd8350520d4e79669edc731f7300f4849ae73655ba95464132dad682"
# CM (generate_cm.py; a seventieth writer who did not tune): travel, hotels and hospitality,
# spent at once in round thirty-six (dev-cm): its errors were read.
HELDOUT_CM = default_data_path().parent / "generated-heldout-cm.jsonl"
HELDOUT_CM_SHA256 = "fede0019007dbf11868c4015c2a6df684bc572690e6656f09303145758707e28"
# CN (generate_cn.py; a seventy-first writer who did not tune): law, estates and money at home,
# spent at once in round thirty-six (dev-cn): its errors were read.
HELDOUT_CN = default_data_path().parent / "generated-heldout-cn.jsonl"
HELDOUT_CN_SHA256 = "218ba65d9b2f7cb5c58f44922332ad855e5265d414fefb3c86a4d7fb062f2918"
# Held-out CO (generate_co.py; a seventy-second writer who did not tune): care of the elderly and
# everyday health. Never read; errors never listed.
HELDOUT_CO = default_data_path().parent / "generated-heldout-co.jsonl"
HELDOUT_CO_SHA256 = "71d5cd80a8091f5f323401c76005485c4a4608638fbb4b371d477be75118572e"
# CP (generate_cp.py; a seventy-third writer who did not tune): pets and the people around them,
# spent at once in round thirty-seven (dev-cp): its errors were read.
HELDOUT_CP = default_data_path().parent / "generated-heldout-cp.jsonl"
HELDOUT_CP_SHA256 = "2355486cf21f174ed62e01ce57205ba8d058937de47f47912a4c80282ff54d32"
# CQ (generate_cq.py; a seventy-fourth writer who did not tune): property management and
# caretaking, spent at once in round thirty-seven (dev-cq): its errors were read.
HELDOUT_CQ = default_data_path().parent / "generated-heldout-cq.jsonl"
HELDOUT_CQ_SHA256 = "e816f2f16e1341fdc323b88670745a092e2165b918ce3b3a693fad2dd650d99f"
# Held-out CR (generate_cr.py; a seventy-fifth writer who did not tune): public transport, taxis
# and getting about. Never read; errors never listed.
HELDOUT_CR = default_data_path().parent / "generated-heldout-cr.jsonl"
HELDOUT_CR_SHA256 = "fe0ea616d95e2ce600bf3973d5f150881a3fd365e974cde46c296fb45592ac13"
# CS (generate_cs.py; a seventy-sixth writer who did not tune): weddings, funerals, christenings
# and family celebrations, spent at once in round thirty-eight (dev-cs): its errors were read.
HELDOUT_CS = default_data_path().parent / "generated-heldout-cs.jsonl"
HELDOUT_CS_SHA256 = "1ddfd80f0b5d2b4bb584183c2318db64edbce39736b38cc47532721608381b2a"
# CT (generate_ct.py; a seventy-seventh writer who did not tune): recruitment and job seeking,
# spent at once in round thirty-eight (dev-ct): its errors were read.
HELDOUT_CT = default_data_path().parent / "generated-heldout-ct.jsonl"
HELDOUT_CT_SHA256 = "27c50901dd75ef5c294add780fe654ed87e6a00e7e53af77b3303ffa2c5fb26a"
# Held-out CU (generate_cu.py; a seventy-eighth writer who did not tune): the local newspaper.
# Never read; errors never listed.
HELDOUT_CU = default_data_path().parent / "generated-heldout-cu.jsonl"
HELDOUT_CU_SHA256 = "626e0a17991aa98d14ca5cbd09a7e649a8c7e7bd1eac743c6f8f8e38e7935e1c"
# CV (generate_cv.py; a seventy-ninth writer who did not tune): regional and local news in Sweden,
# the UK, Ireland and the US, commissioned in round thirty-eight after CU's first count and spent
# at once (dev-cv): its errors were read.
HELDOUT_CV = default_data_path().parent / "generated-heldout-cv.jsonl"
HELDOUT_CV_SHA256 = "55a9ec62f36259a052b5864ce09b1b3881c361e8920ac1e22b86a7548c8c4b03"
# CW (generate_cw.py; an eightieth writer who did not tune): public notices and registers that list
# people with their addresses, spent at once in round thirty-nine (dev-cw): its errors were read.
HELDOUT_CW = default_data_path().parent / "generated-heldout-cw.jsonl"
HELDOUT_CW_SHA256 = "33b2b2e753540fa566ebc0cbae79a68c3381a612695ec4445a92b0c5a480935a"
# Held-out CX (generate_cx.py; an eighty-first writer who did not tune): trade unions, political
# parties and civic associations. Never read; errors never listed.
HELDOUT_CX = default_data_path().parent / "generated-heldout-cx.jsonl"
HELDOUT_CX_SHA256 = "a2c23380b9060cbd4b88a12ed6bd21fa17d6c65dbaa196e76b1a8301f40d2fad"
# CY (generate_cy.py; an eighty-second writer who did not tune): the justice system as the people in
# it see it, spent at once in round thirty-nine (dev-cy): its errors were read.
HELDOUT_CY = default_data_path().parent / "generated-heldout-cy.jsonl"
HELDOUT_CY_SHA256 = "69d8d7878bb6f803d83ed1cd62b8049949db066d57d20831f82d00c7e6222dad"
# CZ (generate_cz.py; an eighty-third writer who did not tune): community newspapers in the
# English-speaking world and Sweden, commissioned in round thirty-nine for CU's genre and spent at
# once (dev-cz): its errors were read.
HELDOUT_CZ = default_data_path().parent / "generated-heldout-cz.jsonl"
HELDOUT_CZ_SHA256 = "dec2c8f720d923f22de7224e880f34a91c0e38c4f5f1c954ab7099c05b9e25df"
# Held-out DA (generate_da.py; an eighty-fourth writer who did not tune): cars and traffic seen by
# their owners. Never read; errors never listed.
HELDOUT_DA = default_data_path().parent / "generated-heldout-da.jsonl"
HELDOUT_DA_SHA256 = "c6eb0d111973315d085462155655dcc54e179fd7c1db7f8c16e08bf6a7bb5b7b"
# DB (generate_db.py; an eighty-fifth writer who did not tune): homes bought, sold and let as the
# papers and agents list them, spent at once in round forty (dev-db): its errors were read.
HELDOUT_DB = default_data_path().parent / "generated-heldout-db.jsonl"
HELDOUT_DB_SHA256 = "8d6d6af720ff9e3f8cc9a3d51b9703d86bcb5b79796ae22693d4c54ac9c7e54e"
# Held-out DC (generate_dc.py; an eighty-sixth writer who did not tune): family history and
# archives. Never read; errors never listed.
HELDOUT_DC = default_data_path().parent / "generated-heldout-dc.jsonl"
HELDOUT_DC_SHA256 = "30985f743940cd362675a7a143935c1acc4081e3d0f0f1c4243c07e34542bd17"
# DD (generate_dd.py; an eighty-seventh writer who did not tune): emergency services and their
# aftermath, spent at once in round forty (dev-dd): its errors were read.
HELDOUT_DD = default_data_path().parent / "generated-heldout-dd.jsonl"
HELDOUT_DD_SHA256 = "adc110c8c50e6c03ee925f8aedd6de274af3300f7e6aa875e6754dfb1219af53"
# Held-out DE (generate_de.py; an eighty-eighth writer who did not tune): boats, marinas and the
# sea. Never read; errors never listed.
HELDOUT_DE = default_data_path().parent / "generated-heldout-de.jsonl"
HELDOUT_DE_SHA256 = "5d2d8c52ade59ccd46ef3f6e23330777e48731c2a3528ab90bc91cf998650435"
# DF (generate_df.py; an eighty-ninth writer who did not tune): the local newspapers of Britain,
# Ireland and Sweden, commissioned in round forty for CU's genre (a third writer of it) and spent
# at once (dev-df): its errors were read.
HELDOUT_DF = default_data_path().parent / "generated-heldout-df.jsonl"
HELDOUT_DF_SHA256 = "091e623ed6addcebe8efe52eddb81a714880556dbd3ab562b1079aab743f3199"
# Held-out DG (generate_dg.py; a ninetieth writer who did not tune): collectors and second-hand
# trade. Never read; errors never listed.
HELDOUT_DG = default_data_path().parent / "generated-heldout-dg.jsonl"
HELDOUT_DG_SHA256 = "ce6c76f0ad25608db1b3a72cf45962af89dd395414cb7318f15bbc61b8b1e29e"
# DH (generate_dh.py; a ninety-first writer who did not tune): couriers, deliveries and moving
# house, spent at once in round forty-one (dev-dh): its errors were read.
HELDOUT_DH = default_data_path().parent / "generated-heldout-dh.jsonl"
HELDOUT_DH_SHA256 = "2dcb37fc8d50b6154f31c51d808d79695d64d2068cff1ed693dbd04aa473cfc4"
# Held-out DI (generate_di.py; a ninety-second writer who did not tune): weddings, funerals and
# family celebrations. Never read; errors never listed.
HELDOUT_DI = default_data_path().parent / "generated-heldout-di.jsonl"
HELDOUT_DI_SHA256 = "afedbde13af60bd07bade0bc54eae0c87e70ed50a1a14a648a684e7fe8017dbb"
# DJ (generate_dj.py; a ninety-third writer who did not tune): online communities and gaming,
# spent at once in round forty-one (dev-dj): its errors were read.
HELDOUT_DJ = default_data_path().parent / "generated-heldout-dj.jsonl"
HELDOUT_DJ_SHA256 = "9af7e9f528321ce04d4b1c203140b5d2f6b083f5f08d0d9e48265a847084711e"
# Held-out DK (generate_dk.py; a ninety-fourth writer who did not tune): churches, mosques,
# synagogues and other congregations. Never read; errors never listed.
HELDOUT_DK = default_data_path().parent / "generated-heldout-dk.jsonl"
HELDOUT_DK_SHA256 = "0136d21e72122b5fff11148eee44119f06eae49a9c68a96abfb5edbe5c36db1a"
# DL (generate_dl.py; a ninety-fifth writer who did not tune): student life, spent at once in
# round forty-one (dev-dl): its errors were read.
HELDOUT_DL = default_data_path().parent / "generated-heldout-dl.jsonl"
HELDOUT_DL_SHA256 = "2778d517c369b7f790d3727751515d571d093e0dee0854899d5e21428c92fd17"
# Held-out DM (generate_dm.py; a ninety-sixth writer who did not tune): tradespeople and home
# services. Never read; errors never listed.
HELDOUT_DM = default_data_path().parent / "generated-heldout-dm.jsonl"
HELDOUT_DM_SHA256 = "148ecf257eed0c1ece1c38786ad18632f2c3c2ed3697eb615c33a06916698bf2"
# DN (generate_dn.py; a ninety-seventh writer who did not tune): banks, loans, debt collection
# and household finances, spent at once in round forty-two (dev-dn): its errors were read.
HELDOUT_DN = default_data_path().parent / "generated-heldout-dn.jsonl"
HELDOUT_DN_SHA256 = "82ab027b048158703b934a63962224255b5e7245b48829c225d63c63b6f0cab9"
# Held-out DO (generate_do.py; a ninety-eighth writer who did not tune): genealogy, archives,
# libraries and local history societies. Never read; errors never listed.
HELDOUT_DO = default_data_path().parent / "generated-heldout-do.jsonl"
HELDOUT_DO_SHA256 = "7ad2eb65f4d3bec6deab92321ffc615ba349aa5f4332e57155f10c9394f01ad4"
# DP (generate_dp.py; a ninety-ninth writer who did not tune): restaurants, catering, cafés and
# food delivery, spent at once in round forty-two (dev-dp): its errors were read.
HELDOUT_DP = default_data_path().parent / "generated-heldout-dp.jsonl"
HELDOUT_DP_SHA256 = "bc731bd330b4f96363c935d7455d6306d0238c3b48cc4cb2a0ce6bc818038de9"
# Held-out DQ (generate_dq.py; a hundredth writer who did not tune): public transport, taxis,
# ride sharing and lost property. Never read; errors never listed.
HELDOUT_DQ = default_data_path().parent / "generated-heldout-dq.jsonl"
HELDOUT_DQ_SHA256 = "7702aee100d4d044100a06a08eb7fbc1cd385cc63baafeb0a4a32c109bde85d7"
# DR (generate_dr.py; a hundred-and-first writer who did not tune): insurance claims, accidents
# and damage at home, spent at once in round forty-two (dev-dr): its errors were read.
HELDOUT_DR = default_data_path().parent / "generated-heldout-dr.jsonl"
HELDOUT_DR_SHA256 = "a21680168c3b583ddf1fa4818b85d973ffbbda494025855006911cea9e33f91a"
# Held-out DS (generate_ds.py; a hundred-and-second writer who did not tune): elder care, home
# help and care homes. Never read; errors never listed.
HELDOUT_DS = default_data_path().parent / "generated-heldout-ds.jsonl"
HELDOUT_DS_SHA256 = "ed0753e5b4f01b2d94a4cd6257547ba043ea2a010b1e41109eb7e671609c55e9"
# DT (generate_dt.py; a hundred-and-third writer who did not tune): building permits, municipal
# planning and neighbour consultations, spent at once in round forty-three (dev-dt): its errors were
# read.
HELDOUT_DT = default_data_path().parent / "generated-heldout-dt.jsonl"
HELDOUT_DT_SHA256 = "aca7d06865e8de5974a93fe0d3d6b589fea16b38ff8fb22a1eef410f4a650317"
# Held-out DU (generate_du.py; a hundred-and-fourth writer who did not tune): moving firms, removals
# and storage. Never read; errors never listed.
HELDOUT_DU = default_data_path().parent / "generated-heldout-du.jsonl"
HELDOUT_DU_SHA256 = "8638748f4ca2c451654ad4d190cd0d43d469f3d5229142b70f9e3a59064dca97"
# DV (generate_dv.py; a hundred-and-fifth writer who did not tune): hairdressers, barbers, beauty
# salons and spas, spent at once in round forty-three (dev-dv): its errors were read.
HELDOUT_DV = default_data_path().parent / "generated-heldout-dv.jsonl"
HELDOUT_DV_SHA256 = "aeff312aad1a59667ef1b98fc6def5f3b1ca1905aee70b3da3be82c03b6d5a3c"
# Held-out DW (generate_dw.py; a hundred-and-sixth writer who did not tune): volunteering, charities
# and food banks. Never read; errors never listed.
HELDOUT_DW = default_data_path().parent / "generated-heldout-dw.jsonl"
HELDOUT_DW_SHA256 = "fa607006477b9013c0e44097645edcb87aaa594b0efe76b2dd7cd97c4d1d0dfb"
# DX (generate_dx.py; a hundred-and-seventh writer who did not tune): accounting firms, bookkeeping
# and tax returns, spent at once in round forty-three (dev-dx): its errors were read.
HELDOUT_DX = default_data_path().parent / "generated-heldout-dx.jsonl"
HELDOUT_DX_SHA256 = "302ce2e0620456ca10eae2ed73372cbc5c4fab19b3bcb19a26ed72f074a284e9"
# Held-out DY (generate_dy.py; a hundred-and-eighth writer who did not tune): hunting, fishing and
# forestry. Never read; errors never listed.
HELDOUT_DY = default_data_path().parent / "generated-heldout-dy.jsonl"
HELDOUT_DY_SHA256 = "7ecc907ddd0ce57cf050e7fbecca44d1e654a45a3d176da5620cd29a6525ad5c"
# DZ (generate_dz.py; a hundred-and-ninth writer who did not tune): dentists, opticians and
# pharmacies, spent at once in round forty-four (dev-dz): its errors were read.
HELDOUT_DZ = default_data_path().parent / "generated-heldout-dz.jsonl"
HELDOUT_DZ_SHA256 = "f191f68e5d145cc181678299a26a4e2eac581caf4836cc126b349203242f5afc"
# Held-out EA (generate_ea.py; a hundred-and-tenth writer who did not tune): recruitment, job
# applications and staffing agencies. Never read; errors never listed.
HELDOUT_EA = default_data_path().parent / "generated-heldout-ea.jsonl"
HELDOUT_EA_SHA256 = "72e138ef7648ceb00a8a9ea3df7c6727b5322c78d20d4cc30916c97f1c4892e3"
# EB (generate_eb.py; a hundred-and-eleventh writer who did not tune): music, choirs, theatre and
# concert venues, spent at once in round forty-four (dev-eb): its errors were read.
HELDOUT_EB = default_data_path().parent / "generated-heldout-eb.jsonl"
HELDOUT_EB_SHA256 = "e99b096a24b0a42962090e6d73845f32f731bfe6c4f516f29dedb28fc674ad78"
# Held-out EC (generate_ec.py; a hundred-and-twelfth writer who did not tune): camping, cabins,
# holiday rentals and hostels. Never read; errors never listed.
HELDOUT_EC = default_data_path().parent / "generated-heldout-ec.jsonl"
HELDOUT_EC_SHA256 = "029ce479651d93d60361b8ad46785564bb5f40c3766e97c4edbbd15ee44e6ace"
# ED (generate_ed.py; a hundred-and-thirteenth writer who did not tune): gyms, sports clubs and
# personal trainers, spent at once in round forty-four (dev-ed): its errors were read.
HELDOUT_ED = default_data_path().parent / "generated-heldout-ed.jsonl"
HELDOUT_ED_SHA256 = "621167d06f7985ee4576b32103db63a9392768a5f375c63e1e8b44e77ccdfb98"
# Held-out EE (generate_ee.py; a hundred-and-fourteenth writer who did not tune): preschools,
# after-school care and parents. Never read; errors never listed.
HELDOUT_EE = default_data_path().parent / "generated-heldout-ee.jsonl"
HELDOUT_EE_SHA256 = "ff622fef0c0edff1f060163caa9cdc80d750039113503d4718b009fa782ee205"
# EF (generate_ef.py; a hundred-and-fifteenth writer who did not tune): libraries, archives, book
# circles and study associations, spent at once in round forty-five (dev-ef): its errors were read.
HELDOUT_EF = default_data_path().parent / "generated-heldout-ef.jsonl"
HELDOUT_EF_SHA256 = "08944fac1f9de2dd796d026593618655612de2293c8b80ab515eaf41af60f7f9"
# Held-out EG (generate_eg.py; a hundred-and-sixteenth writer who did not tune): telecom operators,
# mobile subscriptions, broadband installs and customer service. Never read; errors never listed.
HELDOUT_EG = default_data_path().parent / "generated-heldout-eg.jsonl"
HELDOUT_EG_SHA256 = "8a194636c10c704e90be9d4c27cc1b83c220dd4f510dc9df87ecd69f4295d56f"
# EH (generate_eh.py; a hundred-and-seventeenth writer who did not tune): farms and agriculture:
# farm shops, livestock, machinery hire, farm vets and harvest help, spent at once in round forty-
# five (dev-eh): its errors were read.
HELDOUT_EH = default_data_path().parent / "generated-heldout-eh.jsonl"
HELDOUT_EH_SHA256 = "89e6f7da5aac47f93e400e4f740df23a50dce82526e3c0ce9c8ce9e1fa2b5adf"
# Held-out EI (generate_ei.py; a hundred-and-eighteenth writer who did not tune): travel agencies,
# package tours, flights, group trips and travel insurance claims. Never read; errors never listed.
HELDOUT_EI = default_data_path().parent / "generated-heldout-ei.jsonl"
HELDOUT_EI_SHA256 = "3f7d73a79c8f6ae4568acc15ce24f74ac182f00edba7a4cfb10bef079d0a59b6"
# EJ (generate_ej.py; a hundred-and-nineteenth writer who did not tune): estate agents, property
# viewings, bids and housing cooperatives' transfers, spent at once in round forty-five (dev-ej):
# its errors were read.
HELDOUT_EJ = default_data_path().parent / "generated-heldout-ej.jsonl"
HELDOUT_EJ_SHA256 = "31fe687d55cf48d4bc40d71d819a50e4c21566e1a3d358f1437d770f478564eb"
# Held-out EK (generate_ek.py; a hundred-and-twentieth writer who did not tune): cleaning, gardening
# and home services (RUT), window cleaners and snow clearing. Never read; errors never listed.
HELDOUT_EK = default_data_path().parent / "generated-heldout-ek.jsonl"
HELDOUT_EK_SHA256 = "41069fec477ca1a37099f09f93561a260c1b7c9f8f221f73581e65902823d908"
# EL (generate_el.py; a hundred-and-twenty-first writer who did not tune): dental care, clinics,
# treatment plans, high-cost protection and complaints, spent at once in round forty-six (dev-el):
# its errors were read.
HELDOUT_EL = default_data_path().parent / "generated-heldout-el.jsonl"
HELDOUT_EL_SHA256 = "1c07819753386be341dddd34f6c0f1e9115317566623ec319a16065f9143e592"
# Held-out EM (generate_em.py; a hundred-and-twenty-second writer who did not tune): funerals,
# death notices, estates and probate, graves and clearing a home. Never read; errors never listed.
HELDOUT_EM = default_data_path().parent / "generated-heldout-em.jsonl"
HELDOUT_EM_SHA256 = "e09e025b0ce8964a3f422ed332311a2caea2d65b3325ab83d1592795c861fe08"
# EN (generate_en.py; a hundred-and-twenty-third writer who did not tune): weddings, parties and
# events, venues, catering and guest lists, spent at once in round forty-six (dev-en): its errors
# were read.
HELDOUT_EN = default_data_path().parent / "generated-heldout-en.jsonl"
HELDOUT_EN_SHA256 = "95ad3e21e73e69b79d3e682535b38f4a4609355c0560e1ee6c3d8d6fa5283c37"
# Held-out EO (generate_eo.py; a hundred-and-twenty-fourth writer who did not tune): lawyers,
# courts, legal aid and disputes with neighbours and landlords. Never read; errors never listed.
HELDOUT_EO = default_data_path().parent / "generated-heldout-eo.jsonl"
HELDOUT_EO_SHA256 = "92c437a6d8b3a03b7c82e5e6c6577b72b9d4417990b0d2e5454d47045561a111"
# EP (generate_ep.py; a hundred-and-twenty-fifth writer who did not tune): universities and
# students, theses, exams, student housing and conferences, spent at once in round forty-six
# (dev-ep): its errors were read.
HELDOUT_EP = default_data_path().parent / "generated-heldout-ep.jsonl"
HELDOUT_EP_SHA256 = "db9e399765ad23b9eb44e355768a6e3c8a44b87b1a4d232e7db491d2e767b034"
# Held-out EQ (generate_eq.py; a hundred-and-twenty-sixth writer who did not tune): recruitment
# and staffing, applications, references, shifts and timesheets. Never read; errors never listed.
HELDOUT_EQ = default_data_path().parent / "generated-heldout-eq.jsonl"
HELDOUT_EQ_SHA256 = "ab06789d3b38f11b703c7c811a05818eba1172222e821f378fddecc22e89f1f2"
# ER (generate_er.py; a hundred-and-twenty-seventh writer who did not tune): pharmacies,
# prescriptions, powers of attorney to collect medicines, online orders and dose dispensing,
# spent at once in round forty-seven (dev-er): its errors were read.
HELDOUT_ER = default_data_path().parent / "generated-heldout-er.jsonl"
HELDOUT_ER_SHA256 = "409dde0d5edd3c02f7b787c44b5b29da2df7a73d2d3aed67ac6f65bbf8bb6ca4"
# Held-out ES (generate_es.py; a hundred-and-twenty-eighth writer who did not tune): churches
# and parishes, baptisms, confirmations, church weddings, parish halls and church fees. Never
# read; errors never listed.
HELDOUT_ES = default_data_path().parent / "generated-heldout-es.jsonl"
HELDOUT_ES_SHA256 = "4e82f4f53412c8675c974a28080ed8f026ba81f675b3d397703969a860225e40"
# ET (generate_et.py; a hundred-and-twenty-ninth writer who did not tune): driving schools,
# driving tests, licences and vehicle inspection, spent at once in round forty-seven (dev-et): its
# errors were read.
HELDOUT_ET = default_data_path().parent / "generated-heldout-et.jsonl"
HELDOUT_ET_SHA256 = "f7cc1c686738dbf24e5f5a5fd94c5f80b7e067899b2b75f891e7b0a6ec037a83"
# Held-out EU (generate_eu.py; a hundred-and-thirtieth writer who did not tune): accountants,
# bookkeeping, tax returns and small firms' dealings with the tax agency. Never read; errors
# never listed.
HELDOUT_EU = default_data_path().parent / "generated-heldout-eu.jsonl"
HELDOUT_EU_SHA256 = "5ec717c379a5e1078ad9ea717f3b63fc06237904aa6d6d3da7810736a03f1d26"
# EV (generate_ev.py; a hundred-and-thirty-first writer who did not tune): restaurants, cafés,
# catering and table bookings, spent at once in round forty-seven (dev-ev): its errors were read.
HELDOUT_EV = default_data_path().parent / "generated-heldout-ev.jsonl"
HELDOUT_EV_SHA256 = "5e81d076ebde1528d1772f8e8e57a131b61c71ddab51ed0b02874279b08a6ec3"
# Held-out EW (generate_ew.py; a hundred-and-thirty-second writer who did not tune): hunting,
# fishing and outdoor associations, permits, hunting teams and game accidents. Never read; errors
# never listed.
HELDOUT_EW = default_data_path().parent / "generated-heldout-ew.jsonl"
HELDOUT_EW_SHA256 = "f7a607b94a1527012362d63b9434fe416fe831760dea7978fa09cf861bfe7f73"
# EX (generate_ex.py; a hundred-and-thirty-third writer who did not tune): builders, plumbers,
# electricians and renovation, quotes, ROT deductions, site diaries and inspection reports, spent
# at once in round forty-eight (dev-ex): its errors were read.
HELDOUT_EX = default_data_path().parent / "generated-heldout-ex.jsonl"
HELDOUT_EX_SHA256 = "3f5dac0d1826c63714612137be1cc67f6c790d899d60012c1af0ace911059c30"
# Held-out EY (generate_ey.py; a hundred-and-thirty-fourth writer who did not tune): social
# services and municipal case handling, försörjningsstöd, LSS, child welfare, guardians and
# appeals. Never read; errors never listed.
HELDOUT_EY = default_data_path().parent / "generated-heldout-ey.jsonl"
HELDOUT_EY_SHA256 = "259adc86cf4a1c7a0bb6f9292d1753dbac739a69c476ce226770577444255b4d"
# EZ (generate_ez.py; a hundred-and-thirty-fifth writer who did not tune): hotels, conferences and
# business travel, reservations, rooming lists, registrations and lost property, spent at once in
# round forty-eight (dev-ez): its errors were read.
HELDOUT_EZ = default_data_path().parent / "generated-heldout-ez.jsonl"
HELDOUT_EZ_SHA256 = "47ebcaf7c23213ee20947ddaed7a98e4bdbadb587502a5388dca09fbf7f15a6c"
# Held-out FA (generate_fa.py; a hundred-and-thirty-sixth writer who did not tune): schools,
# teachers' and mentors' messages, absences, grades, class lists, trips and student health. Never
# read; errors never listed.
HELDOUT_FA = default_data_path().parent / "generated-heldout-fa.jsonl"
HELDOUT_FA_SHA256 = "a71192c682420e2627fe5d181bdab5071c220f372ecd313dda5143821ceef75c"
# FB (generate_fb.py; a hundred-and-thirty-seventh writer who did not tune): veterinary clinics
# and animal care, bookings, case notes, pet insurance, kennels and breeders, spent at once in
# round forty-eight (dev-fb): its errors were read.
HELDOUT_FB = default_data_path().parent / "generated-heldout-fb.jsonl"
HELDOUT_FB_SHA256 = "46c048eae39cad47d279968e106d32d04efadb98f298d602f0a1fcae75eb68a1"
# Held-out FC (generate_fc.py; a hundred-and-thirty-eighth writer who did not tune): sports events
# and races, registrations, start lists, results, volunteers, relay teams and emergency contacts.
# Never read; errors never listed.
HELDOUT_FC = default_data_path().parent / "generated-heldout-fc.jsonl"
HELDOUT_FC_SHA256 = "c43d823f7795d2cd6a415aa0c99ac1db0ffc3f2759fe0b13c1495b5434322f4f"
# FD (generate_fd.py; a hundred-and-thirty-ninth writer who did not tune): car workshops and car
# dealers, service bookings, inspections, quotes, warranty claims, tyre hotels and courtesy cars,
# spent at once in round forty-nine (dev-fd): its errors were read.
HELDOUT_FD = default_data_path().parent / "generated-heldout-fd.jsonl"
HELDOUT_FD_SHA256 = "9134161852f214501ff041916733fcc20b95a0805efd8f2dc80f01a21929111a"
# Held-out FE (generate_fe.py; a hundred-and-fortieth writer who did not tune): trade unions and
# membership associations, union reps' cases, unemployment funds and annual meetings. Never read;
# errors never listed.
HELDOUT_FE = default_data_path().parent / "generated-heldout-fe.jsonl"
HELDOUT_FE_SHA256 = "21b44f05c7dadc3c24b5f1fec63b1439634a9fa69ab7ca8b183c93cf202f3dbb"
# FF (generate_ff.py; a hundred-and-forty-first writer who did not tune): online shops' customer
# service, orders, parcel lockers, returns, complaints and support chats, spent at once in round
# forty-nine (dev-ff): its errors were read.
HELDOUT_FF = default_data_path().parent / "generated-heldout-ff.jsonl"
HELDOUT_FF_SHA256 = "02dd0b00a88524a069d5eeabbda595a3a302049b7b8bde9d2ab8d8f5ffe860d0"
# Held-out FG (generate_fg.py; a hundred-and-forty-second writer who did not tune): newsrooms and
# journalism, readers' tips, sources, corrections, press releases and letters to the editor. Never
# read; errors never listed.
HELDOUT_FG = default_data_path().parent / "generated-heldout-fg.jsonl"
HELDOUT_FG_SHA256 = "cac20e0e009007d65241c72d8243a79444ce0a23bfea90a42acf920bc6b979d3"
# FH (generate_fh.py; a hundred-and-forty-third writer who did not tune): opticians and hearing
# clinics, eye tests, prescriptions, hearing aids, referrals and repairs, spent at once in round
# forty-nine (dev-fh): its errors were read.
HELDOUT_FH = default_data_path().parent / "generated-heldout-fh.jsonl"
HELDOUT_FH_SHA256 = "7aafb55dc3c1c61d9d2e2e91307eb3d6e4fd96026c2980de5e3da38b1c75c211"
# Held-out FI (generate_fi.py; a hundred-and-forty-fourth writer who did not tune): film, theatre
# and TV production, casting, call sheets, locations, contracts, box office and touring. Never
# read; errors never listed.
HELDOUT_FI = default_data_path().parent / "generated-heldout-fi.jsonl"
HELDOUT_FI_SHA256 = "c60680c9c3cd13ad9ed8da811bd6d7dbe99fcd69aed2bd4832d65f1a76ac45a8"
# FJ (generate_fj.py; a hundred-and-forty-fifth writer who did not tune): photographers' studios and
# printing shops, portrait and school photo bookings, print proofs, deliveries and complaints about
# colours, spent at once in round fifty (dev-fj): its errors were read.
HELDOUT_FJ = default_data_path().parent / "generated-heldout-fj.jsonl"
HELDOUT_FJ_SHA256 = "8ecbcf8fc8d12a03a6892bcb195e96a490bd327c2b9ce4754ff8470bea119d20"
# Held-out FK (generate_fk.py; a hundred-and-forty-sixth writer who did not tune): a municipality's
# building permits and inspections, neighbours' objections, inspectors' site notes, decisions and
# certified supervisors. Never read; errors never listed.
HELDOUT_FK = default_data_path().parent / "generated-heldout-fk.jsonl"
HELDOUT_FK_SHA256 = "71cba5d909ebd439a9ea49e9f31f26bc9c35694176a2f8afdd39e22b16d4460e"
# FL (generate_fl.py; a hundred-and-forty-seventh writer who did not tune): energy and utility
# companies, bills, meter readings, moving in and out, disconnection notices, outages and payment
# plans, spent at once in round fifty (dev-fl): its errors were read.
HELDOUT_FL = default_data_path().parent / "generated-heldout-fl.jsonl"
HELDOUT_FL_SHA256 = "c8d7686857402cd05c9d9871fd6ad3784b5f3e0887da29d754bb4a6c8c5fbe60"
# Held-out FM (generate_fm.py; a hundred-and-forty-eighth writer who did not tune): museums,
# galleries and archives, loans, donors' gifts, reading-room orders, tours, provenance notes and
# catalogue records. Never read; errors never listed.
HELDOUT_FM = default_data_path().parent / "generated-heldout-fm.jsonl"
HELDOUT_FM_SHA256 = "02ccae2277efbee06ce49ba7900983c86e398a1637b4a770c4140f445ffaf63f"
# FN (generate_fn.py; a hundred-and-forty-ninth writer who did not tune): locksmiths, alarm
# companies and property guards, lock changes, key receipts, alarm call-outs, patrol logs and
# incident reports, spent at once in round fifty (dev-fn): its errors were read.
HELDOUT_FN = default_data_path().parent / "generated-heldout-fn.jsonl"
HELDOUT_FN_SHA256 = "fd00e1e6d17f5dccfc3f672af196f1ab9df3ced0e8c8bf3ef40c84b0dccf0f3c"
# Held-out FO (generate_fo.py; a hundred-and-fiftieth writer who did not tune): blood donation and
# clinical trial recruitment, donors' bookings and deferrals, screening, consent forms and travel
# reimbursements. Never read; errors never listed.
HELDOUT_FO = default_data_path().parent / "generated-heldout-fo.jsonl"
HELDOUT_FO_SHA256 = "410cc0dd79404da1d34d5629a2198e4d1cf0efefd365c7842be887d7e20e08dc"
# FP (generate_fp.py; a hundred-and-fifty-first writer who did not tune): tailors, dry cleaners,
# shoe and watch repair shops: orders, pick-up slips, complaints and staff chat, spent at once in
# round fifty-one (dev-fp): its errors were read.
HELDOUT_FP = default_data_path().parent / "generated-heldout-fp.jsonl"
HELDOUT_FP_SHA256 = "0a5c9000e64d025f671e5f2efedb083295e101035db3ac2e43577e2314377a2d"
# Held-out FQ (generate_fq.py; a hundred-and-fifty-second writer who did not tune): debt collection
# and bailiffs' letters, reminders, payment plans, disputes, case notes and call logs. Never read;
# errors never listed.
HELDOUT_FQ = default_data_path().parent / "generated-heldout-fq.jsonl"
HELDOUT_FQ_SHA256 = "fe0a7e000f1f365a5989eb8919d8e226a7a18140fcbc1291dbe8ad38a073a7e9"
# FR (generate_fr.py; a hundred-and-fifty-third writer who did not tune): garden centres,
# landscapers and tree surgeons: quotes, site visits, deliveries and crew chat, spent at once in
# round fifty-one (dev-fr): its errors were read.
HELDOUT_FR = default_data_path().parent / "generated-heldout-fr.jsonl"
HELDOUT_FR_SHA256 = "6d9611f1b35cd5837898b184965846e3edd9323a2d1b3a24cdd9985b05332fed"
# Held-out FS (generate_fs.py; a hundred-and-fifty-fourth writer who did not tune): psychologists',
# counsellors' and therapy practices' bookings, referrals, session admin and cancellations. Never
# read; errors never listed.
HELDOUT_FS = default_data_path().parent / "generated-heldout-fs.jsonl"
HELDOUT_FS_SHA256 = "14b6f277e6dab2291e85ee04c053981ddf12ed7af8235fad4c1f5157172807bd"
# FT (generate_ft.py; a hundred-and-fifty-fifth writer who did not tune): pest control companies and
# chimney sweeps: inspection reports, call-outs, invoices and technician chat, spent at once in
# round fifty-one (dev-ft): its errors were read.
HELDOUT_FT = default_data_path().parent / "generated-heldout-ft.jsonl"
HELDOUT_FT_SHA256 = "03fbe6650d336e922f175c852b1a0035f31e7c627c61e74327cc10c4b8b807dd"
# Held-out FU (generate_fu.py; a hundred-and-fifty-sixth writer who did not tune): parking
# companies, towing and parking fines: appeals, permits, tow notices and operator logs. Never read;
# errors never listed.
HELDOUT_FU = default_data_path().parent / "generated-heldout-fu.jsonl"
HELDOUT_FU_SHA256 = "32f52d12a766c762ea76079410d9159b919355a20d3c61de2bbc14e291829d7f"
# FV (generate_fv.py; a hundred-and-fifty-seventh writer who did not tune): bike shops, repair
# workshops and bike rental: repair orders, pick-up notices, warranty claims, rentals, stolen-bike
# reports and mechanics' chat, spent at once in round fifty-two (dev-fv): its errors were read.
HELDOUT_FV = default_data_path().parent / "generated-heldout-fv.jsonl"
HELDOUT_FV_SHA256 = "d857b6dc2ab2cb355db6505c3329e0c298f88412a12a825c3e97ed79d6098dc8"
# Held-out FW (generate_fw.py; a hundred-and-fifty-eighth writer who did not tune): waste collection
# and recycling centres: collection changes, bulky-waste bookings, missed-bin complaints, sludge
# invoices, route logs and customer-service notes. Never read; errors never listed.
HELDOUT_FW = default_data_path().parent / "generated-heldout-fw.jsonl"
HELDOUT_FW_SHA256 = "d7fd63c0c23496c899459527b5b0c142b4e9a4ff21eddd1971ea8f94fd5ad5c3"
# FX (generate_fx.py; a hundred-and-fifty-ninth writer who did not tune): florists and flower
# delivery: orders with card messages, delivery notes, wedding and funeral flowers, complaints and
# shop chat, spent at once in round fifty-two (dev-fx): its errors were read.
HELDOUT_FX = default_data_path().parent / "generated-heldout-fx.jsonl"
HELDOUT_FX_SHA256 = "06d4176fa68ebe21062a00432802dfa727fc2a6cf437298189a7eba4f62b795e"
# Held-out FY (generate_fy.py; a hundred-and-sixtieth writer who did not tune): translation and
# interpreting agencies: interpreter bookings for hospitals, courts and authorities, translation
# orders, certified translations, invoices and coordinators' chat. Never read; errors never listed.
HELDOUT_FY = default_data_path().parent / "generated-heldout-fy.jsonl"
HELDOUT_FY_SHA256 = "81e9fc01aef5bc903c055e95414ac876ca266f7805e3ececc82d3b8bd150920a"
# FZ (generate_fz.py; a hundred-and-sixty-first writer who did not tune): bakeries, cafés and cake
# orders: custom cakes, catering, allergy notes, pick-up and delivery slips, complaints and staff
# chat, spent at once in round fifty-two (dev-fz): its errors were read.
HELDOUT_FZ = default_data_path().parent / "generated-heldout-fz.jsonl"
HELDOUT_FZ_SHA256 = "f35bfb71596a91eabf7d8029fc1757a437e458d2c6057a9178fc28f113ae0629"
# Held-out GA (generate_ga.py; a hundred-and-sixty-second writer who did not tune): scouts, youth
# clubs and leisure associations: camp sign-ups, consent forms, leader rotas, fees, incident reports
# and leaders' chat. Never read; errors never listed.
HELDOUT_GA = default_data_path().parent / "generated-heldout-ga.jsonl"
HELDOUT_GA_SHA256 = "3e8c07628d044b16ed676154c6dd7a532828d5d76ccca7c7d1bcc734454c746b"
# GB (generate_gb.py; a hundred-and-sixty-third writer who did not tune): plumbers, electricians and
# other tradespeople on call-outs: job tickets, quotes, customer messages, invoices with ROT
# deduction, site notes and technicians' rotas, spent at once in round fifty-three (dev-gb): its
# errors were read.
HELDOUT_GB = default_data_path().parent / "generated-heldout-gb.jsonl"
HELDOUT_GB_SHA256 = "46b778b5f3a2eafa24dfb71b2b8ebe3a3cbd82ad86fb32da607a367a922396ad"
# Held-out GC (generate_gc.py; a hundred-and-sixty-fourth writer who did not tune): coworking spaces
# and office rentals: membership sign-ups, desk and meeting-room bookings, visitor logs, mailroom
# notices, invoices, member chat and access-card tickets. Never read; errors never listed.
HELDOUT_GC = default_data_path().parent / "generated-heldout-gc.jsonl"
HELDOUT_GC_SHA256 = "475435a0920a33ac9f4168c91e9594acca41e9eddd65f8015b1895c2eb8ddc20"
# GD (generate_gd.py; a hundred-and-sixty-fifth writer who did not tune): tattoo and piercing
# studios: booking requests, consent forms, aftercare messages, artist schedules, deposit receipts,
# DMs and reviews, spent at once in round fifty-three (dev-gd): its errors were read.
HELDOUT_GD = default_data_path().parent / "generated-heldout-gd.jsonl"
HELDOUT_GD_SHA256 = "7f37cd6ae3e7c80ca3e1d0a1cb6e537da6b0d5cf8d74e835b3d90433b735dd27"
# Held-out GE (generate_ge.py; a hundred-and-sixty-sixth writer who did not tune): ski resorts and
# ski schools: lift-pass orders, lesson bookings, ski and boot rental, instructor rotas, accident
# reports, cabin rentals and guest chat. Never read; errors never listed.
HELDOUT_GE = default_data_path().parent / "generated-heldout-ge.jsonl"
HELDOUT_GE_SHA256 = "721b27e7afc789916b5074a6062952b71d7c5a254d0fe16739cf77140d580606"
# GF (generate_gf.py; a hundred-and-sixty-seventh writer who did not tune): spas, massage and beauty
# clinics: treatment bookings, health questionnaires, gift cards, staff schedules, customer
# messages, cancellations and reviews, spent at once in round fifty-three (dev-gf): its errors were
# read.
HELDOUT_GF = default_data_path().parent / "generated-heldout-gf.jsonl"
HELDOUT_GF_SHA256 = "8d9d3f42e5d3db4292fa58e1def9a336cacd53a42bd8eab328d88709eb5b936b"
# Held-out GG (generate_gg.py; a hundred-and-sixty-eighth writer who did not tune): second-hand,
# consignment and pawn shops: intake forms, consignment contracts, payout slips, pawn tickets,
# customer chat, donation pick-ups and staff notes. Never read; errors never listed.
HELDOUT_GG = default_data_path().parent / "generated-heldout-gg.jsonl"
HELDOUT_GG_SHA256 = "eed2b814727956454bdfc893ddd9b59625e2e98d908740107194e2d6baee95a6"
# GH (generate_gh.py; a hundred-and-sixty-ninth writer who did not tune): laundries, dry cleaners
# and clothing repair: drop-off and pick-up slips, damage reports, complaints, home and hotel
# deliveries, staff rotas and invoices, spent at once in round fifty-four (dev-gh): its errors were
# read.
HELDOUT_GH = default_data_path().parent / "generated-heldout-gh.jsonl"
HELDOUT_GH_SHA256 = "9d4ca015d76a6cd46c2b75f432476d49e468016c52a943e0a06a23d59049e068"
# Held-out GI (generate_gi.py; a hundred-and-seventieth writer who did not tune): airlines and
# airports: lost and delayed luggage, missed connections, compensation claims, special assistance,
# lost property, crew rosters and gate staff chat. Never read; errors never listed.
HELDOUT_GI = default_data_path().parent / "generated-heldout-gi.jsonl"
HELDOUT_GI_SHA256 = "4bd31c8b66d138f146c5ae59ec6a4a3b8895ae414d85e7a3b0d92dd5144e0262"
# GJ (generate_gj.py; a hundred-and-seventy-first writer who did not tune): publishers and
# bookshops: manuscripts, authors' contracts, royalty statements, launches and readings, special
# orders, translators and editors, review copies, spent at once in round fifty-four (dev-gj): its
# errors were read.
HELDOUT_GJ = default_data_path().parent / "generated-heldout-gj.jsonl"
HELDOUT_GJ_SHA256 = "87dcc77bbdf1852da951efc52ad0e405e9ecbc970eacde0d310bce27167a7d65"
# Held-out GK (generate_gk.py; a hundred-and-seventy-second writer who did not tune): event venues
# and party bookings: conference rooms, parties, caterers and DJs, guest lists, deposits and
# cancellations, seating plans, allergy lists. Never read; errors never listed.
HELDOUT_GK = default_data_path().parent / "generated-heldout-gk.jsonl"
HELDOUT_GK_SHA256 = "12478b89248a89151c9dbd2cccdf5c017d1c8ce1813bc8767e6db18089ad600b"
# GL (generate_gl.py; a hundred-and-seventy-third writer who did not tune): breweries, wineries and
# bars: tastings and tours, orders and deliveries, bar shifts, licensing, age checks, festival
# stands, spent at once in round fifty-four (dev-gl): its errors were read.
HELDOUT_GL = default_data_path().parent / "generated-heldout-gl.jsonl"
HELDOUT_GL_SHA256 = "a1d8f57ac30e8a53fd521be3164de3d732f419032eaf8e3ed777b1e8e3cbb409"
# Held-out GM (generate_gm.py; a hundred-and-seventy-fourth writer who did not tune): visas,
# residence and work permits: agencies' and employers' applications, embassies, appointments,
# missing documents, family reunification, lawyers and case officers. Never read; errors never
# listed.
HELDOUT_GM = default_data_path().parent / "generated-heldout-gm.jsonl"
HELDOUT_GM_SHA256 = "88823004265ddcbcc6a35b922ed53df99cef037fd9ffdeb20b952cbdabbe028a"
# GN (generate_gn.py; a hundred-and-seventy-fifth writer who did not tune): auction houses,
# pawnbrokers and estate sales: winner notices, bids, lots and valuations, pickups by power of
# attorney, pawn tickets and forfeits, estate inventories and clearances, spent at once in round
# fifty-five (dev-gn): its errors were read.
HELDOUT_GN = default_data_path().parent / "generated-heldout-gn.jsonl"
HELDOUT_GN_SHA256 = "10b5174c1e2b049785d047fa61d8bc29aa228aaf125ac5987b7499312a2bb9f7"
# Held-out GO (generate_go.py; a hundred-and-seventy-sixth writer who did not tune): tax returns and
# the tax agency: decisions and requests, preliminary tax, assessed values, estates, pay slips, ROT
# and RUT, HMRC and IRS letters. Never read; errors never listed.
HELDOUT_GO = default_data_path().parent / "generated-heldout-go.jsonl"
HELDOUT_GO_SHA256 = "4a0d714af0429096c71229fe4e412223ab25e3e12a4f7ad424b1a62da03bd78c"
# GP (generate_gp.py; a hundred-and-seventy-seventh writer who did not tune): adult education and
# language courses: SFI and Komvux enrolment, attendance, certificates and grade lists, folk high
# schools, study circles, ESOL registers, spent at once in round fifty-five (dev-gp): its errors
# were read.
HELDOUT_GP = default_data_path().parent / "generated-heldout-gp.jsonl"
HELDOUT_GP_SHA256 = "a596645c84f148337b0c0a7bce64ec037fda985b4ede67abf4e59e22278a5a3b"
# Held-out GQ (generate_gq.py; a hundred-and-seventy-eighth writer who did not tune): roadside
# assistance, towing and car rental: breakdown calls, tow orders and tow-yard releases, rental
# contracts, damage reports and fines passed on. Never read; errors never listed.
HELDOUT_GQ = default_data_path().parent / "generated-heldout-gq.jsonl"
HELDOUT_GQ_SHA256 = "241cdefcaf5e12946874e460fb0956a118423700eae844cc1991f196030b58e9"
# GR (generate_gr.py; a hundred-and-seventy-ninth writer who did not tune): charities and
# fundraising: monthly givers, gift letters and tax receipts, memorial gifts, bequests, thank-you
# letters, collections and volunteers' rotas, spent at once in round fifty-five (dev-gr): its errors
# were read.
HELDOUT_GR = default_data_path().parent / "generated-heldout-gr.jsonl"
HELDOUT_GR_SHA256 = "4ce6260d8acd662aea0d76f8ce9f0c319c03b0b9b5a0a580efa3fb4736f4302f"
# Held-out GS (generate_gs.py; a hundred-and-eightieth writer who did not tune): elections and
# political parties: polling stations' staff, proxy and postal votes, party members' registers,
# candidate lists and results, canvassing volunteers. Never read; errors never listed.
HELDOUT_GS = default_data_path().parent / "generated-heldout-gs.jsonl"
HELDOUT_GS_SHA256 = "92378b779780f4bf1f0c465146c5befebe0fea87d50c3b726b5b9e12c7d711df"
# GT (generate_gt.py; a hundred-and-eighty-first writer who did not tune): primary care health
# centres and GP surgeries: appointment bookings and reminders, referrals, prescription renewals,
# lab results letters, patient lists, callback queues and staff rotas, spent at once in round fifty-
# six (dev-gt): its errors were read.
HELDOUT_GT = default_data_path().parent / "generated-heldout-gt.jsonl"
HELDOUT_GT_SHA256 = "f737e4dcb4114f41d416456eb23cc21d15bd391cc240a7a2a98980803769b654"
# Held-out GU (generate_gu.py; a hundred-and-eighty-second writer who did not tune): pensions and
# retirement: pension statements, withdrawal applications, survivors' pensions, transfers between
# funds, employers' contributions and advisers' meeting notes. Never read; errors never listed.
HELDOUT_GU = default_data_path().parent / "generated-heldout-gu.jsonl"
HELDOUT_GU_SHA256 = "cc9ce4f3e782fda4855b346fab5109c49128fca173b5fa3b983819a976447a27"
# GV (generate_gv.py; a hundred-and-eighty-third writer who did not tune): lost property and police
# reports: found-item registers, theft and loss reports, claim receipts, bicycle registrations,
# complaints about a neighbour's disturbance and case officers' notes, spent at once in round fifty-
# six (dev-gv): its errors were read.
HELDOUT_GV = default_data_path().parent / "generated-heldout-gv.jsonl"
HELDOUT_GV_SHA256 = "8e8b28b8c43b3ae68abeea7c3109557334aae10ff51c12c9d598f7e2914984dd"
# Held-out GW (generate_gw.py; a hundred-and-eighty-fourth writer who did not tune): car dealerships
# and used-car sales: test drives, purchase contracts, trade-ins, vehicle registers and transfers of
# ownership, financing applications and warranty claims. Never read; errors never listed.
HELDOUT_GW = default_data_path().parent / "generated-heldout-gw.jsonl"
HELDOUT_GW_SHA256 = "2817db84489034655e75292c8955efbb7f8010c038a1150eb7b03844a1023afa"
# GX (generate_gx.py; a hundred-and-eighty-fifth writer who did not tune): clinical trials and
# research studies: screening and consent forms, visit schedules, adverse event reports,
# investigators' logs, recruitment letters and ethics board correspondence, spent at once in round
# fifty-six (dev-gx): its errors were read.
HELDOUT_GX = default_data_path().parent / "generated-heldout-gx.jsonl"
HELDOUT_GX_SHA256 = "86c61d1101470b1114b7fa5001224aa682fbcc2afe6300446ca72c58862b4b62"
# Held-out GY (generate_gy.py; a hundred-and-eighty-sixth writer who did not tune): conscription and
# military service: enlistment tests, call-up letters, home guard units, duty rosters, leave
# requests, veterans' associations and next-of-kin contacts. Never read; errors never listed.
HELDOUT_GY = default_data_path().parent / "generated-heldout-gy.jsonl"
HELDOUT_GY_SHA256 = "53285f412c6fa433e4233b11ea407842cd77237c0e5f9e0fb4997cedd0c97c3c"
# GZ (generate_gz.py; a hundred-and-eighty-seventh writer who did not tune): physiotherapy and
# rehabilitation clinics: journal notes, referrals, exercise programmes, clinic rosters, booking
# reminders and patients' messages, spent at once in round fifty-seven (dev-gz): its errors were
# read.
HELDOUT_GZ = default_data_path().parent / "generated-heldout-gz.jsonl"
HELDOUT_GZ_SHA256 = "d59a9dff7808b80a30bfc9042c3ebecf697226da4bff2b9ba40d937e1adc204c"
# Held-out HA (generate_ha.py; a hundred-and-eighty-eighth writer who did not tune): audiology and
# hearing-aid services: hearing tests, fitting appointments, repair slips, device loans and
# customers' messages. Never read; errors never listed.
HELDOUT_HA = default_data_path().parent / "generated-heldout-ha.jsonl"
HELDOUT_HA_SHA256 = "5d69f22099ce6ba35be9552b62112a5350522d1d5582dfe47a1681594cd10621"
# HB (generate_hb.py; a hundred-and-eighty-ninth writer who did not tune): zoos and aquariums:
# keeper logs, annual passes, school visits, animal adoptions, staff rotas and visitors' complaints,
# spent at once in round fifty-seven (dev-hb): its errors were read.
HELDOUT_HB = default_data_path().parent / "generated-heldout-hb.jsonl"
HELDOUT_HB_SHA256 = "9059eccb205172951d2f0061e527a76ed95f3bff387adbd4dcd956b82ca4485e"
# Held-out HC (generate_hc.py; a hundred-and-ninetieth writer who did not tune): prisons and
# probation services: visiting lists, probation officers' notes, parcels, release planning and staff
# rosters. Never read; errors never listed.
HELDOUT_HC = default_data_path().parent / "generated-heldout-hc.jsonl"
HELDOUT_HC_SHA256 = "92785b0efb8f26123c4387038b80de2ca5d90924c4b88924f1f30e48ff8dd1fd"
# HD (generate_hd.py; a hundred-and-ninety-first writer who did not tune): patents and trademarks:
# applications, inventors' declarations, agents' letters, oppositions and renewal reminders, spent
# at once in round fifty-seven (dev-hd): its errors were read.
HELDOUT_HD = default_data_path().parent / "generated-heldout-hd.jsonl"
HELDOUT_HD_SHA256 = "1d1e8fc7c73af0927be171cc89b2f0117463877361ef683a4717a26675dd040c"
# Held-out HE (generate_he.py; a hundred-and-ninety-second writer who did not tune): fishing clubs
# and fishing licences: permits, catch reports, membership lists, boat rentals and water bailiffs'
# notes. Never read; errors never listed.
HELDOUT_HE = default_data_path().parent / "generated-heldout-he.jsonl"
HELDOUT_HE_SHA256 = "665ad6857cae205e79f14e082e975a6444cd67b818fcc82ecb5c528f6481d181"
# HF (generate_hf.py; a hundred-and-ninety-third writer who did not tune): beekeeping associations
# and honey sales: swarm calls, hive inspections, member registers, apiary visits and honey orders,
# spent at once in round fifty-eight (dev-hf): its errors were read.
HELDOUT_HF = default_data_path().parent / "generated-heldout-hf.jsonl"
HELDOUT_HF_SHA256 = "cc2fddceb4095bbf1110599f85d1ee256c2194bff1443a3fc55d003a80feda34"
# Held-out HG (generate_hg.py; a hundred-and-ninety-fourth writer who did not tune): customs brokers
# and freight forwarding: import declarations, consignee details, duty queries, warehouse pickups
# and shipment tracking. Never read; errors never listed.
HELDOUT_HG = default_data_path().parent / "generated-heldout-hg.jsonl"
HELDOUT_HG_SHA256 = "2bc2761d9afa1353d7999c16b5dd8c4b02461ddf756abcdfde79dbe5a9cfc3a5"
# HH (generate_hh.py; a hundred-and-ninety-fifth writer who did not tune): speech and language
# therapy: referrals, assessment notes, parents' messages, session bookings and school liaison,
# spent at once in round fifty-eight (dev-hh): its errors were read.
HELDOUT_HH = default_data_path().parent / "generated-heldout-hh.jsonl"
HELDOUT_HH_SHA256 = "d94007c6fa8efb15644c1fbc5283eb805ab7b927ab3702cc1f2cd277470b4759"
# Held-out HI (generate_hi.py; a hundred-and-ninety-sixth writer who did not tune): chess clubs and
# tournaments: registrations, pairings, rating queries, arbiters' reports and club newsletters.
# Never read; errors never listed.
HELDOUT_HI = default_data_path().parent / "generated-heldout-hi.jsonl"
HELDOUT_HI_SHA256 = "693092fe6b51a55343d585c6a3acd6a51e9fb16b8223a92db89310a854b9d105"
# HJ (generate_hj.py; a hundred-and-ninety-seventh writer who did not tune): archaeology excavations
# and heritage sites: dig volunteers, finds registers, landowners' permissions, site diaries and
# museum handovers, spent at once in round fifty-eight (dev-hj): its errors were read.
HELDOUT_HJ = default_data_path().parent / "generated-heldout-hj.jsonl"
HELDOUT_HJ_SHA256 = "bd8f63ed7fdbbf7d16fd1c2cbfa2847b3994419052f9e8fb9428452a04f7634f"
# Held-out HK (generate_hk.py; a hundred-and-ninety-eighth writer who did not tune): solar panel
# installers and energy advice: site surveys, grid connection forms, quotes, installers' notes and
# homeowners' e-mails. Never read; errors never listed.
HELDOUT_HK = default_data_path().parent / "generated-heldout-hk.jsonl"
HELDOUT_HK_SHA256 = "cc17afa18c77cfcc171846b3e9838699dfd29a16ad8c4703b84f0fcaad1367b4"
# HL (generate_hl.py; a hundred-and-ninety-ninth writer who did not tune): midwives and maternity
# care: antenatal appointments, birth plans, parents' classes, home visits and lab results, spent at
# once in round fifty-nine (dev-hl): its errors were read.
HELDOUT_HL = default_data_path().parent / "generated-heldout-hl.jsonl"
HELDOUT_HL_SHA256 = "50ebb81f0b022618499360814998a8df0afce45d41a319bde9188395a8c982a8"
# Held-out HM (generate_hm.py; a two-hundredth writer who did not tune): land surveyors and property
# registration: boundary disputes, subdivisions, landowners' letters, field notes and title deeds.
# Never read; errors never listed.
HELDOUT_HM = default_data_path().parent / "generated-heldout-hm.jsonl"
HELDOUT_HM_SHA256 = "e4d57534c02be53aae36a318f398f4db795a4377519faf45490a175a952b9e79"
# HN (generate_hn.py; a two-hundred-and-first writer who did not tune): lost property offices: item
# reports, owners' claims, handover receipts, transit staff notes and unclaimed-item auction lists,
# spent at once in round fifty-nine (dev-hn): its errors were read.
HELDOUT_HN = default_data_path().parent / "generated-heldout-hn.jsonl"
HELDOUT_HN_SHA256 = "ad53e4e606e96a7cc8c1ccc889faf2e44de59bbf5f2069dd431c75a9d22ec95a"
# Held-out HO (generate_ho.py; a two-hundred-and-second writer who did not tune): forestry and
# timber sales: forest owners' management plans, felling notices, haulage bookings and timber
# measurement slips. Never read; errors never listed.
HELDOUT_HO = default_data_path().parent / "generated-heldout-ho.jsonl"
HELDOUT_HO_SHA256 = "e1787fea17f6bf624ddfae9005fbf7bc7212abc3df4210b772330f10abd2c249"
# HP (generate_hp.py; a two-hundred-and-third writer who did not tune): snow clearing and road
# maintenance contractors: route lists, residents' complaints, damage claims and shift rosters,
# spent at once in round fifty-nine (dev-hp): its errors were read.
HELDOUT_HP = default_data_path().parent / "generated-heldout-hp.jsonl"
HELDOUT_HP_SHA256 = "c423e2ddcda9c27cea2244dd1d926576d8b9e629760b4f3de2eab0ca28b2113c"
# Held-out HQ (generate_hq.py; a two-hundred-and-fourth writer who did not tune): dance schools:
# class sign-ups, parents' messages, recital programmes, teacher rotas and fee reminders. Never
# read; errors never listed.
HELDOUT_HQ = default_data_path().parent / "generated-heldout-hq.jsonl"
HELDOUT_HQ_SHA256 = "d9f6bb7e0430c7185a0b72699cf3440465101b3e351bc1e6e992f4665f1f42fe"
# HR (generate_hr.py; a two-hundred-and-fifth writer who did not tune): golf clubs: tee-time
# bookings, membership renewals, handicap lists, competition start lists and results, course-staff
# rotas, spent at once in round sixty (dev-hr): its errors were read.
HELDOUT_HR = default_data_path().parent / "generated-heldout-hr.jsonl"
HELDOUT_HR_SHA256 = "e11ba78b85d00a7eaf48939a4534f93d3d6d8a84a049ed8be62f8a5eaf99a89b"
# Held-out HS (generate_hs.py; a two-hundred-and-sixth writer who did not tune): bowling halls,
# escape rooms and amusement arcades: group bookings, birthday parties, score sheets, lost-item
# messages, staff rotas. Never read; errors never listed.
HELDOUT_HS = default_data_path().parent / "generated-heldout-hs.jsonl"
HELDOUT_HS_SHA256 = "1c4a65c852e33716a4bfceb2eca41f767af47c92d77950b87bb74baf3027ee94"
# HT (generate_ht.py; a two-hundred-and-seventh writer who did not tune): orienteering and running
# clubs: race sign-ups, start lists and results, carpool messages, club-shop orders, volunteer
# rotas, spent at once in round sixty (dev-ht): its errors were read.
HELDOUT_HT = default_data_path().parent / "generated-heldout-ht.jsonl"
HELDOUT_HT_SHA256 = "77fbbf18ca6ebdf66ce19abec936e44fe84b72a2291086bd839aa84899a6f6b2"
# Held-out HU (generate_hu.py; a two-hundred-and-eighth writer who did not tune): chess and bridge
# clubs: tournament entries, pairings and results tables, rating lists, club-night rotas, membership
# fees. Never read; errors never listed.
HELDOUT_HU = default_data_path().parent / "generated-heldout-hu.jsonl"
HELDOUT_HU_SHA256 = "59fdc153f1d32e505c1da1d9806f2786d8ab13d9e27c54ecd56033d939d8fe0a"
# HV (generate_hv.py; a two-hundred-and-ninth writer who did not tune): sailing schools and canoe
# rental: course bookings, boat-rental slips, safety briefings, lost-and-found, weather
# cancellations, spent at once in round sixty (dev-hv): its errors were read.
HELDOUT_HV = default_data_path().parent / "generated-heldout-hv.jsonl"
HELDOUT_HV_SHA256 = "52ea095f949412a0e0f08ee1fcb623a654873bb3e2dcdc9dc9ea276ab8615053"
# Held-out HW (generate_hw.py; a two-hundred-and-tenth writer who did not tune): window cleaners,
# painters and roofers: quote requests, job sheets, scaffolding permits, customer SMS, invoices with
# ROT deductions. Never read; errors never listed.
HELDOUT_HW = default_data_path().parent / "generated-heldout-hw.jsonl"
HELDOUT_HW_SHA256 = "10a9c4e526063ea6babc4ecf50722017db18d962b999824e389cbf2fa19d1af7"
# HX (generate_hx.py; a two-hundred-and-eleventh writer who did not tune): allotment gardens and
# community gardening associations: queue letters, plot transfers, garden rounds and complaints,
# work-day rotas, AGM notices and water invoices, spent at once in round sixty-one (dev-hx): its
# errors were read.
HELDOUT_HX = default_data_path().parent / "generated-heldout-hx.jsonl"
HELDOUT_HX_SHA256 = "a7ac41a286ebd3112063649919b2607176439055dedaba89b6fedb3c8ea81990"
# Held-out HY (generate_hy.py; a two-hundred-and-twelfth writer who did not tune): car rental, car
# sharing and ferry bookings: rental agreements with drivers, damage and excess claims, fines passed
# on, car-sharing chats, passenger lists, roadside logs. Never read; errors never listed.
HELDOUT_HY = default_data_path().parent / "generated-heldout-hy.jsonl"
HELDOUT_HY_SHA256 = "808c491300804226bf4d5dd9cc128a8f47778e951be5c5a5d563c46485648287"
# HZ (generate_hz.py; a two-hundred-and-thirteenth writer who did not tune): florists and flower
# deliveries: orders with card messages, deliveries to hospitals and homes, wedding and funeral
# orders, subscriptions, drivers' notes and complaints, spent at once in round sixty-one (dev-hz):
# its errors were read.
HELDOUT_HZ = default_data_path().parent / "generated-heldout-hz.jsonl"
HELDOUT_HZ_SHA256 = "9e55faa5c6a51cd8fdce0d0890bcb1aa51f36217f519403d66f173f14c3a8373"
# Held-out IA (generate_ia.py; a two-hundred-and-fourteenth writer who did not tune): municipal arts
# schools and instrument rental: applications and queue lists, lesson schedules, concert programmes,
# rental agreements, fee invoices, teachers' messages. Never read; errors never listed.
HELDOUT_IA = default_data_path().parent / "generated-heldout-ia.jsonl"
HELDOUT_IA_SHA256 = "35d03bdcaf4a65b61907c82b5a8d7c068d90f6b8c253c98267ac259c3f581225"
# IB (generate_ib.py; a two-hundred-and-fifteenth writer who did not tune): home care and personal
# assistance: visit schedules and rotas, care plans and daily notes, key handovers and alarm calls,
# relatives' messages, time reports, spent at once in round sixty-one (dev-ib): its errors were
# read.
HELDOUT_IB = default_data_path().parent / "generated-heldout-ib.jsonl"
HELDOUT_IB_SHA256 = "09e96a3f96a13e462241b2e035ac4f4513ffb53429560cacdb8d33a994839ea6"
# Held-out IC (generate_ic.py; a two-hundred-and-sixteenth writer who did not tune): dog daycare,
# kennels and dog trainers: daycare contracts and waiting lists, boarding bookings, course sign-ups
# and class lists, incident reports between dogs, invoices. Never read; errors never listed.
HELDOUT_IC = default_data_path().parent / "generated-heldout-ic.jsonl"
HELDOUT_IC_SHA256 = "47e28e2daac166276fa652001344f1151de461fa5364884470155a6586064899"


@pytest.mark.parametrize(
    "letter",
    ["v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak"],
)
def test_a_population_set_draws_its_names_from_its_weighted_pools(letter: str) -> None:
    """Every word of every PERSON value is a name of `names_<letter>.py`'s pools (a hyphenated
    word whole or part by part; an initial is no name word), in the sizes and forms of its brief."""
    import importlib
    import sys

    path = default_data_path().parent / f"generated-heldout-{letter}.jsonl"
    examples = load(path)
    people, addresses = _written_to_the_brief(examples, letter)
    sys.path.insert(0, str(path.parent))
    names = importlib.import_module(f"names_{letter}")
    pools = names.name_words() if hasattr(names, "name_words") else _pool_words(names)
    for person in people:
        for word in re.split(r"[\s,]+", person):
            if re.fullmatch(r"[^\W\d_](?:-[^\W\d_])?\.?", word):  # an initial
                continue
            parts = word.casefold().split("-")
            assert word.casefold() in pools or all(p in pools for p in parts), person
    assert len(examples) >= 600 and len(people) >= 550 and len(addresses) >= 250
    assert sum(1 for e in examples if not e.spans) >= 55  # about 60
    assert any(re.fullmatch(r"[^\W\d_]+-[^\W\d_]+", p) for p in people)  # `Anna-Karin`
    assert any(re.match(r"[^\W\d_](?:-[^\W\d_])?\. ", p) for p in people)  # `J. Berg`
    assert sum(1 for p in people if p.islower()) >= 50  # chat
    assert any(re.fullmatch(r"[^\W\d_]+, [^\W\d_]+", p) for p in people)  # `Svensson, Anna`
    assert any(re.search(r"\blgh \d{4}\b", a) for a in addresses)
    ids = [s.value(e.text) for e in examples for s in e.spans if s.kind == "NATIONAL_ID"]
    assert ids and all(luhn_ok(digits_of(i)[-10:]) for i in ids)


def _pool_words(names: Any) -> set[str]:
    """Every name word of a set's pools (`ORIGINS`) and short forms (`NICKNAMES`, by name or by
    origin and name), case-folded, with its typed-plain and feminine forms (AH to AK)."""
    nicks = [
        n
        for value in names.NICKNAMES.values()
        for forms in (value.values() if isinstance(value, dict) else [value])
        for n in forms
    ]
    words: set[str] = set()
    for origin in names.ORIGINS.values():
        for pool in (origin.given_f, origin.given_m, origin.surnames):
            for name in (*pool.names, *nicks):
                plain = names.plain(name)
                for form in {name, plain, names.feminine(name), names.feminine(plain)}:
                    words.add(form.casefold())
                    words.update(part.casefold() for part in form.split("-"))
    return words


# V's generator records no split; BA's draws through another API (no `Draw.pick`)
@pytest.mark.parametrize(
    "letter",
    [*"wxyz", *(f"a{x}" for x in "abcdefghijkmnopqrstvwyz"), *(f"b{x}" for x in "bcdefg")],
)
def test_a_population_set_draws_near_eighty_per_cent_from_the_heads(letter: str) -> None:
    """The head/tail split a set records is near 80/20; a tail name is drawn only past its head."""
    import importlib
    import sys

    sys.path.insert(0, str(default_data_path().parent))
    generate = importlib.import_module(f"generate_{letter}")
    draw = generate.Draw(generate.SEED)
    generate.generate(draw=draw)
    total = draw.split["head"] + draw.split["tail"]
    assert total >= 1000
    assert 0.75 <= draw.split["head"] / total <= 0.85
    module = importlib.import_module(f"names_{letter}")
    pool = getattr(module, "SV_SURNAMES", None) or module.ORIGINS["swedish"].surnames
    picks = [draw.pick(pool) for _ in range(400)]
    assert {part for _, part in picks} == {"head", "tail"}
    for name, part in picks:
        assert (pool.names.index(name) < pool.head) == (part == "head")


# The shapes of phone numbers each of Z to AQ's briefs asked for (matched at a number's start).
# AM, AO and AP wrote fewer than 40 e-mail addresses, which their briefs no longer asked for.
PHONE_SHAPES = {
    "z": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"08-\d{3} \d{3} \d\d$", r"\+46\(0\)7",
          r"\+46 7", r"00(?!46)\d"),
    "aa": (r"07\d-\d{3} \d\d \d\d", r"07\d{8}", r"\+46 7\d \d{3} \d\d \d\d", r"\+46 ?\(0\)",
           r"08-\d", r"00(?:4[5-9]|358)", r"\+(?:47|45|358|44|49|48|1) "),
    "ab": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"08-\d{3} \d{3} \d\d$",
           r"\+46 7\d \d{3} \d\d \d\d$", r"\+46\(0\)7", r"0046 7", r"00(?:47|358|44|49|48) ",
           r"\+(?:47|45|358|44|49|48|1|34|33) "),
    "ac": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"07\d \d{3} \d\d \d\d$",
           r"\+46 7\d \d{3} \d\d \d\d$", r"\+46 ?\(0\)", r"0046 ", r"08-\d{3} \d{3} \d\d$",
           r"0[1-9]\d-\d", r"00(?:4[4-9]|358) ", r"\+(?:47|45|358|44|49|48|1) "),
    "ad": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"07\d \d{3} \d\d \d\d$",
           r"\+46 7\d \d{3} \d\d \d\d$", r"\+46\(0\)7", r"\+467\d{8}$", r"0046 7",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d", r"0[1-9]\d\d-\d",
           r"00(?:47|45|358|44|49|48) ", r"\+(?:47|45|358|44|49|48|1|34|33) ", r"\(\d{3}\) 555-"),
    "ae": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"07\d \d{3} \d\d \d\d$", r"07\d-\d{7}$",
           r"\+46 7\d \d{3} \d\d \d\d$", r"\+467\d{8}$", r"\+46 ?\(0\)7", r"0046 7",
           r"08-\d{3} \d{3} \d\d$", r"08-\d\d \d\d \d\d$", r"0[1-9]\d-\d", r"0[1-9]\d\d-\d",
           r"00(?:4[5-9]|358) ", r"\+(?:47|45|358|44|49|48|1) ", r"\(\d{3}\) 555-"),
    "af": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"07\d \d{3} \d\d \d\d$", r"07\d-\d{7}$",
           r"\+46 7\d \d{3} \d\d \d\d$", r"\+467\d{8}$", r"\+46 \(0\)7", r"0046 7",
           r"08-\d{3} \d{3} \d\d$", r"08-\d\d \d\d \d\d$", r"0[1-9]\d-\d", r"0[1-9]\d\d-\d",
           r"00(?:4[5-9]|358) ", r"\+(?:47|45|358|44|49|48|1) ", r"\+1 \(\d{3}\) 555-"),
    "ag": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"07\d \d{3} \d\d \d\d$", r"07\d-\d{7}$",
           r"\+46 7\d \d{3} \d\d \d\d$", r"\+467\d{8}$", r"\+46 ?\(0\)7", r"0046 7",
           r"08-\d{3} \d{3} \d\d$", r"08-\d\d \d\d \d\d$", r"0[1-9]\d-\d", r"0[1-9]\d\d-\d",
           r"00(?:47|358|44|49|48) ", r"\+(?:47|45|358|44|49|48|1) ", r"0\d{3} \d{3} \d{4}$"),
    "ah": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"\+46 7\d \d{3} \d\d \d\d$",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d\d \d\d \d\d$", r"00\d", r"\+(?!46)\d"),
    "ai": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"\+46 7\d \d{3} \d\d \d\d$",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d\d \d\d \d\d$", r"00\d", r"\+(?!46)\d"),
    "aj": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"\+46 7\d \d{3} \d\d \d\d$",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d\d \d\d \d\d$", r"00\d", r"\+(?!46)\d"),
    "ak": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"\+46 7\d \d{3} \d\d \d\d$",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d\d \d\d \d\d$", r"00\d", r"\+(?!46)\d"),
    "al": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"\+46 7\d \d{3} \d\d \d\d$",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d\d \d\d \d\d$", r"00\d", r"\+(?!46)\d"),
    "an": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"\+46 7\d \d{3} \d\d \d\d$",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d\d \d\d \d\d$", r"00\d", r"\+(?!46)\d"),
    "aq": (r"07\d-\d{3} \d\d \d\d$", r"07\d{8}$", r"\+46 7\d \d{3} \d\d \d\d$",
           r"08-\d{3} \d{3} \d\d$", r"0[1-9]\d-\d\d \d\d \d\d$", r"00\d", r"\+(?!46)\d"),
}  # fmt: skip


@pytest.mark.parametrize("letter", sorted(PHONE_SHAPES))
def test_a_set_writes_phones_mails_and_ids_as_its_brief_asked(letter: str) -> None:
    """Z's to AK's briefs beyond the population sets': 90 phone numbers or more, Swedish in several
    groupings and from abroad with `+` and `00`, from 6 countries or more; 40 e-mail addresses,
    20 personnummer with valid check digits (AH to AK's brief: some, 15 or more), about 60 rows
    without a value. Counts only."""
    examples = load(default_data_path().parent / f"generated-heldout-{letter}.jsonl")
    values: dict[str, list[str]] = {}
    for example in examples:
        for span in example.spans:
            values.setdefault(span.kind, []).append(span.value(example.text))
    phones = values["PHONE"]
    assert len(phones) >= 90 and len(values["EMAIL"]) >= 40
    assert len(values["NATIONAL_ID"]) >= (
        15 if letter in ("ah", "ai", "aj", "ak", "al", "am", "an", "aq") else 20
    )
    assert all(luhn_ok(digits_of(i)[-10:]) for i in values["NATIONAL_ID"])
    assert sum(1 for e in examples if not e.spans) >= 55  # about 60
    assert len({p.split()[0] for p in phones if p.startswith("+")}) >= 6
    for shape in PHONE_SHAPES[letter]:
        assert any(re.match(shape, p) for p in phones), shape


# The address shapes AD's and AG's briefs asked for (searched in each address).
ADDRESS_SHAPES = {
    "ad": (r"\d{3} \d\d [A-ZÅÄÖ]", r"SE-\d{3} \d\d ", r"^Box \d+",
           r"[A-Z]{1,2}\d+ \d[A-Z]{2}$", r"\d{5} (?:Berlin|München|Köln|Hamburg)",
           r"\d{4} (?:Oslo|Bergen)", r"ul\. ", r"\d{5} (?:Lyon|Toulouse|Paris)",
           r"0\d{4} Helsinki|\d{5} (?:Tampere|Oulu)"),
    "ag": (r"\d{3} \d\d [A-ZÅÄÖ]", r"lgh \d{4}", r"^Box \d+", r"[A-Z]{1,2}\d+ \d[A-Z]{2}$",
           r"\d{5} (?:Berlin|München|Hamburg)", r"\d{4} (?:Oslo|Bergen)", r"ul\. ",
           r"\d{5} (?:Lyon|Paris)", r"00100 Helsinki", r"København K", r"\d{5} Madrid"),
}  # fmt: skip


@pytest.mark.parametrize("letter", sorted(ADDRESS_SHAPES))
def test_a_set_writes_addresses_as_its_brief_asked(letter: str) -> None:
    """AD's and AG's briefs: addresses from Sweden, the UK and elsewhere in Europe."""
    examples = load(default_data_path().parent / f"generated-heldout-{letter}.jsonl")
    addresses = [s.value(e.text) for e in examples for s in e.spans if s.kind == "ADDRESS"]
    for shape in ADDRESS_SHAPES[letter]:
        assert any(re.search(shape, a) for a in addresses), shape


def test_heldout_ae_writes_its_forms() -> None:
    """AE's brief beyond its phones: commit trailers, mail headers, TSV, JSON and YAML records."""
    texts = [e.text for e in load(HELDOUT_AE)]
    for form in ("Co-authored-by: ", "From: ", "Från: ", "Cc: ", "\t", '{"', "  - name: "):
        assert any(form in t for t in texts), form


# BF draws Swedish names from pools by age (`swedish (old)`, `swedish (baby)`), not its mixes' keys
@pytest.mark.parametrize(
    "letter",
    [
        *(f"a{x}" for x in "efghijklmnopqrstvwyz"),
        *(f"b{x}" for x in "abcdegnopqrstuvwxyz"),
        *(f"c{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
        *(f"d{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
        *(f"e{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
        *(f"f{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
        *(f"g{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
        *(f"h{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
        *(f"i{x}" for x in "abc"),
    ],
)
def test_a_set_draws_every_origin_of_its_mixes(
    monkeypatch: pytest.MonkeyPatch, letter: str
) -> None:
    """Every origin of `names_<letter>.MIXES` is drawn, Swedish the most."""
    import importlib

    monkeypatch.syspath_prepend(str(default_data_path().resolve().parent))
    generate = importlib.import_module(f"generate_{letter}")
    draw = generate.Draw(generate.SEED)
    generate.generate(draw=draw)
    mixes = importlib.import_module(f"names_{letter}").MIXES
    extra = _ORIGINS_BY_RECORD.get(letter, set())
    assert set(draw.origins) - extra == {key for mix in mixes.values() for key in mix}
    assert draw.origins["swedish"] == max(draw.origins.values())


# DC's parish books name people from the 1800s' pool (`old`), which a record asks for by itself
# (`@old`), not through MIXES; DO's church books the same (`swedish 1800s`).
_ORIGINS_BY_RECORD = {"dc": {"old"}, "do": {"swedish 1800s"}}


@pytest.mark.parametrize(
    "letter",
    [
        "au",
        "ax",
        "bh",
        "bi",
        "bj",
        "bk",
        "bl",
        "bp",
        "bu",
        "by",
        "cc",
        "cf",
        "ci",
        "cl",
        "co",
        "cr",
        "cu",
        "cx",
        "da",
        "dc",
        "de",
        "dg",
        "di",
        "dk",
        "dm",
        "do",
        "dq",
        "ds",
        "du",
        "dw",
        "dy",
        "ea",
        "ec",
        "ee",
        "eg",
        "ei",
        "ek",
        "em",
        "eo",
        "eq",
        "es",
        "eu",
        "ew",
        "ey",
        "fa",
        "fc",
        "fe",
        "fg",
        "fi",
        "fk",
        "fm",
        "fo",
        "fq",
        "fs",
        "fu",
        "fw",
        "fy",
        "ga",
        "gc",
        "ge",
        "gg",
        "gi",
        "gk",
        "gm",
        "go",
        "gq",
        "gs",
        "gu",
        "gw",
        "gy",
        "ha",
        "hc",
        "he",
        "hg",
        "hi",
        "hk",
        "hm",
        "ho",
        "hq",
        "hs",
        "hu",
        "hw",
        "hy",
        "ia",
        "ic",
    ],
)
def test_a_heldout_set_is_never_listed(monkeypatch: pytest.MonkeyPatch, letter: str) -> None:
    """Every held-out set of `score_sets.UNREAD` from AU on (unread):
    `score_sets.py --errors` and `privacy_leaks.py --list` refuse them (and score them, or
    count)."""
    import importlib
    import sys

    path = default_data_path().parent / f"generated-heldout-{letter}.jsonl"
    root = default_data_path().resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "data" / "pii"))
    monkeypatch.syspath_prepend(str(root))
    score_sets = importlib.import_module("score_sets")
    leaks = importlib.import_module("bench.privacy_leaks")
    assert path.resolve() == score_sets.HELDOUT[letter]
    assert path.resolve() not in score_sets.DEV_SETS.values()
    assert path.name in leaks.HELDOUT
    monkeypatch.setattr(sys, "argv", ["score_sets.py", "--errors", f"held-out {letter.upper()}"])
    with pytest.raises(SystemExit):
        score_sets.main()
    monkeypatch.setattr(sys, "argv", ["privacy_leaks.py", "--list", "--data", str(path)])
    with pytest.raises(SystemExit):
        leaks.main()


def test_the_leak_count_refuses_the_sets_held_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """`privacy_leaks.HELDOUT` names the same sets as `score_sets.UNREAD`."""
    import importlib

    root = default_data_path().resolve().parents[2]
    monkeypatch.syspath_prepend(str(root / "data" / "pii"))
    monkeypatch.syspath_prepend(str(root))
    score_sets = importlib.import_module("score_sets")
    leaks = importlib.import_module("bench.privacy_leaks")
    assert set(leaks.HELDOUT) == {f"generated-heldout-{x}.jsonl" for x in score_sets.UNREAD}


WHOLE_ADDRESSES = [
    # round twenty-four: a suburb's centre, Chilean and Ukrainian units, an Indian PIN, farms
    # named by a plain noun after a preposition or a cabin's label, streets named after a person
    # with a given name, a person's name before the street (labelled, or before a farm), and no
    # surname-first name taken for a town after a flat
    ("Vi ses på ", "Rinkeby Centrum 8", " i morgon."),
    ("Skicka till ", "Av. Italia 1450, depto 12, Ñuñoa", ". Tack!"),
    ("De bor nu i Odessa, adress ", "vul. Franka 12, kv. 7, Lviv 79005", ". Ring mig."),
    ("Ny adress till familjen: ", "Flat 9, 27 MG Road, Pune 411001", ". Innan dess Oslo."),
    ("Stugan på ", "Lugnet 14", " är ledig."),
    ("tack från oss alla på ", "Nedre Byn 12", "!"),
    ("Stuga: ", "Mossen 3", ". Check-in 14."),
    ("Visning på ", "Gustav Adolfs plan 4", " i dag."),
    ("The viewing på ", "Birger Jarlsgatan 33", " är bokad."),
    ("Billing address: Lena Ek, ", "Björkvägen 3, 741 30 Knivsta", "."),
    ("Anmälda: Ulla Strand ", "Björkdal 12, 830 51 Offerdal", "."),
    ("Boende\n", "Ekgatan 2\nlgh 1101", " Sjöberg, Alma\nlgh 1102 Nyström, Leo"),
    ("Till hyresgästerna på ", "Mårten Trotzigs gränd", ": vattnet stängs av i dag."),
    ("ses vi på ", "sankt eriksgatan 12", " kl 15?"),
    # round twenty-three: `lgh nr`, a lower-case town of two words, a US street after a person
    # with `Jr` and a direction, a house's name in English, `strand`, a street after a royal
    ("Vi bor på ", "Smedjegatan 4 lgh nr 1203, 582 22 Linköping", " sedan i maj."),
    ("skicka till ", "bergsgatan 13, 19491 upplands väsby", " istället?"),
    ("Ship to ", "712 Martin Luther King Jr Blvd, Apt. 4C, Austin, TX 78702", ". Thanks."),
    ("Bill to: Ada Moss\n", "8396 SW Birch St\nPortland, OR 97201", "\nPlumbing repair"),
    ("Sender:\n", "Mill House, 12 High Street\nLeeds\nLS6 2AB", ""),
    ("Kontor: ", "Solna strand 5, 171 54 Solna", ". Tel 08-123 45 67."),
    ("Ny adress: ", "Drottning Kristinas väg 3 B, 761 30 Norrtälje", "."),
    ("vi bor på ", "axel dahlströms torg 8", ". jag jobbar sent."),
    ("Guest list for the 30th at ", "fisktorget 5", ": Per, Eva and Bo."),
    ("vi kör möblerna till ", "stora torget 10", " i morgon"),
    # round twenty-two: a Swedish village's address
    ("Adress: ", "Öjeheden by 8687 Botsmark", ". Ring först."),
    ("Vi bor i ", "Lillkläppen by, Grangärde", " sedan 2019."),
    # round twenty: a US street of no street word, a town after `St.`
    ("Post it to ", "9414 W 4th Street, #777, St. Paul, MN 55198", "? Thanks"),
    ("Pickup: ", "348 Route 9, Fargo, ND 58128", " before noon."),
    ("Victim: Anna Berg, ", "5141 Broadway, Apt 82, Austin, TX 78726", ", phone 555-0100."),
    # and a town in lower case after a Swedish postcode
    ("Welcome dinner at Anna's place, ", "hyllie allé 6, 255 83 helsingborg", ", kl 18!"),
    ("fakturan till ", "storgatan 1, 123 45", " och sen"),
    ("Skicka till c/o Anna Berg, ", "Tallvägen 4, 123 45 Lund", " i dag."),  # round 30: `care_of`
    ("Adress: ", "Villa Björkhagen, Storgatan 12, lgh 1102, 411 38 Göteborg, Sverige", "."),
    ("Vi har flyttat till ", "Granvägen, 123 45 Kumla", " nu."),
    ("Ship to ", "Kong Oscars gate 12 B, 5017 Bergen, Norge", " today."),
    ("", "Skovgade 4, 3. th., 8000 Aarhus C, Danmark", "."),
    ("", "Hämeenkatu 12 A 5, 33100 Tampere", ""),
    ("Post: ", "Am Lindenhof 3, 04109 Leipzig", "."),
    ("| Kund | Adress |\n| Sara | ", "Ekbacka torg 12A Kungälv", " |"),
    ("Deliver to ", "Flat 2, 14 Elm Road, Leeds LS6 2AB, United Kingdom", "."),
    # round eight: the rest of an address once a part is found
    ("Skicka till ", "Veldstraat 8 bus 3, 9000 Gent", " i morgon."),
    ("Adress: ", "ul. Polna 12 m. 4, 00-625 Warszawa", ""),
    ("", "Nørregade 7, st. tv., 5000 Odense", " er ny."),
    ("We moved to ", "12 Clonskeagh Road, Dublin 6, Ireland", "."),
    ("", "Narva mnt 5, 10117 Tallinn, Eesti", ""),
    ("Ring först. ", "Box 118, SE-581 02 Linköping", "."),
    ("Bor på ", "Granbacksvägen 9, Stora Skedvi", "."),
    ("Ny adress från 1 maj: ", "Ekebo gård", "."),
    ("skicka till ", "Gården Sjöbo, 733 91 Sala", " tack"),
    ("Send it to ", "Kossuth Lajos utca 4, 7621 Pécs", " please."),
    # round nine: every European Latin letter, floors number first, a code after the town
    ("Sūtiet uz ", "Brīvības iela 40-2, Rīga, LV-1050", "."),
    ("Skicka till ", "Grankottsvägen 5, 3 tr, 541 30 Skövde", "."),
    ("Envíe a ", "C/ Balmes 12, 3º dcha., 08007 Barcelona", "."),
    ("Ship to ", "Apt 4, 9 Glasheen Road, Cork T12 K8AF", " today."),
    ("", "Via Gramsci 3, 56127 Pisa PI", ""),
    ("| Kund | Adress |\n| Sara | ", "Ilica 44, HR-10000 Zagreb", " |"),
    ("Mvh Kim\n", "Flat 2/1\n14 Marchmont Road, Edinburgh EH9 1HY", ""),
    ("Post: ", "Triq il-Wied 4, Birkirkara BKR 1234", " closes."),
    ("Hämtas på ", "Norrgården 1120, 794 92 Orsa", "."),
    ("Hyran för ", "1061 Budapest, Király utca 12. 3/1", " är betald."),
    ("Skicka till ", "Sörgården 88 Stora Skedvi", "."),
    # round ten: a Portuguese floor, a Polish `lok.`, a third slash part, a Dutch floor, Dublin
    ("Morada: ", "Rua do Ouro 12, 3.º Dto., 1100-063 Lisboa", "."),
    ("Adres: ", "ul. Złota 7 lok. 12, 00-019 Warszawa", " – pilne."),
    ("Post an ", "Kandlgasse 30/2/7, 1070 Wien", "."),
    ("Send to ", "Kinkerstraat 40-III, 1053 DX Amsterdam", " today."),
    ("We moved to ", "7 Ranelagh Road, Dublin 6", "."),
    # round twenty-one: a street named after a person, a house's name, a US street after a
    # direction, a street word cut short, a lower-case British address of three parts
    ("Vi flyttar till ", "Dag Hammarskjölds väg 14, SE-703 48 Örebro", ". Ring oss."),
    ("läckage i källaren på ", "Per Albin Hanssons väg 9", ", ventilen är stängd."),
    (
        "Delgivning: Anna Berg, ",
        "The Old Rectory\nBeech Grove\nGreat Ayton\nNorth Yorkshire\nTS17 5DL",
        ", samt Per Ek.",
    ),
    (
        "Police were called to ",
        "Rose Cottage, Northgate, Nether Wallop, Hampshire SO3 6XR",
        " at 11.40pm",
    ),
    (
        "Watch: Sam Hill (co-ordinator), ",
        "The Old Forge, Station Road, London SW12 9AP",
        ". Thanks",
    ),
    ("residing at ", "8843 N Broadway, Apt. 128, Brooklyn, NY 11231", ", is summoned"),
    ("Kontakter: Eva Lind (", "Prästg. 19", "), Bo Ek."),
    ("the keys for ", "2 mill cottages, mill lane, leeds ls3 6wu", " are under the mat"),
]


def test_a_multi_line_address_is_hidden_line_by_line(detector: Detector) -> None:
    text = "Mvh Kim\nLövåsvägen 3\n792 91 Mora\nSverige"
    found = [f.value(text) for f in detector.find(text) if f.kind == "ADDRESS"]
    assert found == ["Lövåsvägen 3\n792 91 Mora\nSverige"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Det var Tewelde som hittade felet.", "Tewelde"),
        ("Address changed at Dhuxulow's request.", "Dhuxulow"),
        ("who has the keys, sagal or ubaxnuur?", "ubaxnuur"),
        ("qorsheeye warsame is out sick today", "qorsheeye warsame"),
        ("Hi, I'm Tuulikki Vesterinen.", "Tuulikki Vesterinen"),
    ],
)
def test_round_eight_names(detector: Detector, text: str, name: str) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert name in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Faktura till Reza bin Tahmasbi, 123 45 Lund.", "Reza bin Tahmasbi"),
        ("Contract for Joost van der Heijden is signed.", "Joost van der Heijden"),
        ("hämta paketet på kontoret, ok hodanxi?", "hodanxi"),
        ("send the keys to reception pls wuroodi", "wuroodi"),
        ("Lunch med Birgitta Ekdahl och Haverinen på fredag.", "Haverinen"),
        ("Överlämning från Anna Berg till Sigurlaug inför helgen.", "Sigurlaug"),
        ("Contract ended; Kowalczykowa has been told.", "Kowalczykowa"),
        ("Skicka till Ingrid Wachtberg, 556 37 Hjo, Storgatan 4.", "Ingrid Wachtberg"),
    ],
)
def test_round_nine_names(detector: Detector, text: str, name: str) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "Sjukresa från sjukhuset bokas av avdelningen.",
        "Läkemedelsgenomgång gjord på avdelningen.",
        "just talked to them, she's fine with it",
        "I've escalated this ticket.",
        "Seen today; wound healing well.",
        "The flight from Lisbon was late.",
    ],
)
def test_round_eight_not_names(detector: Detector, text: str) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert not found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Discharge summary copied to the ward.", "Discharge"),
        ("| Patient | Avdelning |\n| 12 | 4 |", "Patient"),
        ("Vänliga hälsningar\nAnna Berg\nTel. 08-123 45 67", "Tel"),
        ("Mail from Anna Berg to Finance.", "Finance"),
    ],
)
def test_round_nine_not_names(detector: Detector, text: str, word: str) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert not any(word in value for value in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sökande: Vuorikoski, Ylvina\nPersonnr: 19800101-1234", "Vuorikoski, Ylvina"),
        ("Deltagare: Grubbström, Torvalda; Ekqvist, Ansgar", "Grubbström, Torvalda"),
        ("Remiss ang. Tähtinen, Olavia.", "Tähtinen, Olavia"),
        ("| Saarivuori, Ylvina | Ekonomi | 08-123 45 67 |", "Saarivuori, Ylvina"),
        (
            "Betalare: YLVINA SAARIVUORI-BERG\nAdress: Storgatan 4, 123 45 Lund",
            "YLVINA SAARIVUORI-BERG",
        ),
        ("Vänliga hälsningar\nTORVALDA GRUBBSTRÖM\nINKÖPSCHEF", "TORVALDA GRUBBSTRÖM"),
        ("Attesterad av Y. Vuorikoski i dag.", "Y. Vuorikoski"),
        ("Approved by J-P. Okonkwo-Berg on Monday.", "J-P. Okonkwo-Berg"),
        ("Ylvina: kan du kolla ärendet? /Torvalda", "Torvalda"),
        ("Ylvina: can you check the ticket? -Torvalda", "Ylvina"),
        ("Re: your claim (Vuorikoski, ref. 4471) – see notes.", "Vuorikoski"),
        ("torvalda o ylvina ni är bäst", "ylvina"),
        ("jag skickar det till ylvina sen", "ylvina"),
    ],
)
def test_round_ten_names(detector: Detector, text: str, name: str) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "GREENWOOD HOLDINGS LTD sent a quote.",
        "ORDERBEKRÄFTELSE – SKICKAS EJ TILL KUND",
        "DATE OF BIRTH: 02/11/1979",
        "Kontakta KUNDTJÄNST SVERIGE i dag.",
        "Avdelning: Ekonomi, Lön",
        "Obs: kan du kolla mejlen?",
        "Anna, Maria och Erik kommer.",
        "skicka till lgh 3 sen",
    ],
)
def test_round_ten_not_names(detector: Detector, text: str) -> None:
    """Headings and companies in capitals, a label's list, a chat line are no new names (the
    names a text already had stay as they were: `Anna`, `Maria`, `Erik` one by one)."""
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert all(" " not in value and "," not in value for value in found), found
    assert not {"GREENWOOD", "KUNDTJÄNST", "Ekonomi", "Obs", "lgh"} & {
        w for value in found for w in value.split()
    }


@pytest.mark.parametrize(("before", "address", "after"), WHOLE_ADDRESSES)
def test_an_address_is_found_whole(
    detector: Detector, before: str, address: str, after: str
) -> None:
    """No part of an address is left in the clear: its flat, postcode and town, country,
    and house name are part of it (since round thirty a `c/o` name is a PERSON of its own and the
    address starts after it: `rung.privacy.care_of`)."""
    text = before + address + after
    found = [f.value(text) for f in detector.find(text) if f.kind == "ADDRESS"]
    assert found == [address]


@pytest.mark.parametrize(
    "text",
    [
        "The invoice from Nordlåns AB is still unpaid.",
        "Shout-out to the whole team for the launch!",
        "We'll ship the order on Thursday.",
        "Tolk på tigrinya är bokad till måndag.",
    ],
)
def test_companies_hyphenated_words_contractions_and_languages_are_not_names(
    detector: Detector, text: str
) -> None:
    assert [f.value(text) for f in detector.find(text) if f.kind == "PERSON"] == []


def test_a_name_before_a_company_word_is_still_a_name(detector: Detector) -> None:
    text = "Kontakta Anna Lindqvist på Lindqvist Bygg AB."
    assert "Anna Lindqvist" in [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sölve can you send me the file?", "sölve"),
        ("@ksawery kolla tråden", "ksawery"),
        ("vi ses hos radwan ikväll", "radwan"),
        ("can someone remind wahhaab about the 2pm", "wahhaab"),
        ("talk to mensur about the release", "mensur"),
        ("va sa xamdi om deployen", "xamdi"),
        ("haha khatereh forgot it again", "khatereh"),
        ("hawo jimcaale was looking for you", "hawo jimcaale"),
        ("Company secretary: Peregrine Tattersall.", "Peregrine Tattersall"),
        ("Quote for Rinaldo Söding, Flat 17, 83 Elm Street, Leeds LS6 2AB.", "Rinaldo Söding"),
        ("Överlämning från Ghunayn till Tijmen inför helgen.", "Tijmen"),
        ("Bill to: Raymond Vestin", "Raymond Vestin"),
    ],
)
def test_names_where_chat_and_forms_put_them(detector: Detector, text: str, name: str) -> None:
    """Round seven: cues of chat and forms; a name is not lost to a SECRET or an address."""
    assert name in [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


def test_is_it_x_or_y_finds_both(detector: Detector) -> None:
    text = "is it xamdi or taban who has the key?"
    assert [f.value(text) for f in detector.find(text) if f.kind == "PERSON"] == ["xamdi", "taban"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Leverera till Kolbottensvängen – ring mig innan.", "Kolbottensvängen"),
        ("Hon bodde på Granlunds backe vid tillfället.", "Granlunds backe"),
        ("Avsändare: Anna Berg, Flatensplatsen", "Flatensplatsen"),
        ("Besiktningen av Stenhamraslingan 120 Lund gjordes i maj.", "Stenhamraslingan 120 Lund"),
    ],
)
def test_a_street_without_number_after_a_cue_and_a_town_mid_sentence(
    detector: Detector, text: str, address: str
) -> None:
    assert [f.value(text) for f in detector.find(text) if f.kind == "ADDRESS"] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "thaer akkad owes me lunch",
        "Vi kör Sprint Review på Thursday i Stora Salen.",
        "Hela Ekonomiavdelningen har möte.",
    ],
)
def test_everyday_words_are_not_names(detector: Detector, text: str) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert not {"owes", "Salen", "Hela Ekonomiavdelningen"} & set(found)


@pytest.mark.parametrize(
    ("letter", "path", "sha256"),
    [("e", HELDOUT_E, HELDOUT_E_SHA256), ("f", HELDOUT_F, HELDOUT_F_SHA256),
     ("g", HELDOUT_G, HELDOUT_G_SHA256), ("h", HELDOUT_H, HELDOUT_H_SHA256),
     ("i", HELDOUT_I, HELDOUT_I_SHA256), ("j", HELDOUT_J, HELDOUT_J_SHA256),
     ("k", HELDOUT_K, HELDOUT_K_SHA256), ("l", HELDOUT_L, HELDOUT_L_SHA256),
     ("m", HELDOUT_M, HELDOUT_M_SHA256), ("n", HELDOUT_N, HELDOUT_N_SHA256),
     ("o", HELDOUT_O, HELDOUT_O_SHA256), ("p", HELDOUT_P, HELDOUT_P_SHA256),
     ("q", HELDOUT_Q, HELDOUT_Q_SHA256), ("r", HELDOUT_R, HELDOUT_R_SHA256),
     ("s", HELDOUT_S, HELDOUT_S_SHA256), ("t", HELDOUT_T, HELDOUT_T_SHA256),
     ("u", HELDOUT_U, HELDOUT_U_SHA256), ("v", HELDOUT_V, HELDOUT_V_SHA256),
     ("w", HELDOUT_W, HELDOUT_W_SHA256), ("x", HELDOUT_X, HELDOUT_X_SHA256),
     ("y", HELDOUT_Y, HELDOUT_Y_SHA256), ("z", HELDOUT_Z, HELDOUT_Z_SHA256),
     ("aa", HELDOUT_AA, HELDOUT_AA_SHA256), ("ab", HELDOUT_AB, HELDOUT_AB_SHA256),
     ("ac", HELDOUT_AC, HELDOUT_AC_SHA256), ("ad", HELDOUT_AD, HELDOUT_AD_SHA256),
     ("ae", HELDOUT_AE, HELDOUT_AE_SHA256), ("af", HELDOUT_AF, HELDOUT_AF_SHA256),
     ("ag", HELDOUT_AG, HELDOUT_AG_SHA256), ("ah", HELDOUT_AH, HELDOUT_AH_SHA256),
     ("ai", HELDOUT_AI, HELDOUT_AI_SHA256), ("aj", HELDOUT_AJ, HELDOUT_AJ_SHA256),
     ("ak", HELDOUT_AK, HELDOUT_AK_SHA256), ("al", HELDOUT_AL, HELDOUT_AL_SHA256),
     ("am", HELDOUT_AM, HELDOUT_AM_SHA256), ("an", HELDOUT_AN, HELDOUT_AN_SHA256),
     ("ao", HELDOUT_AO, HELDOUT_AO_SHA256), ("ap", HELDOUT_AP, HELDOUT_AP_SHA256),
     ("aq", HELDOUT_AQ, HELDOUT_AQ_SHA256), ("ar", HELDOUT_AR, HELDOUT_AR_SHA256),
     ("as", HELDOUT_AS, HELDOUT_AS_SHA256), ("at", HELDOUT_AT, HELDOUT_AT_SHA256),
     ("au", HELDOUT_AU, HELDOUT_AU_SHA256), ("av", HELDOUT_AV, HELDOUT_AV_SHA256),
     ("aw", HELDOUT_AW, HELDOUT_AW_SHA256), ("ax", HELDOUT_AX, HELDOUT_AX_SHA256),
     ("ay", HELDOUT_AY, HELDOUT_AY_SHA256), ("az", HELDOUT_AZ, HELDOUT_AZ_SHA256),
     ("ba", HELDOUT_BA, HELDOUT_BA_SHA256), ("bb", HELDOUT_BB, HELDOUT_BB_SHA256),
     ("bc", HELDOUT_BC, HELDOUT_BC_SHA256), ("bd", HELDOUT_BD, HELDOUT_BD_SHA256),
     ("be", HELDOUT_BE, HELDOUT_BE_SHA256), ("bf", HELDOUT_BF, HELDOUT_BF_SHA256),
     ("bg", HELDOUT_BG, HELDOUT_BG_SHA256), ("bh", HELDOUT_BH, HELDOUT_BH_SHA256),
     ("bi", HELDOUT_BI, HELDOUT_BI_SHA256), ("bj", HELDOUT_BJ, HELDOUT_BJ_SHA256),
     ("bk", HELDOUT_BK, HELDOUT_BK_SHA256), ("bl", HELDOUT_BL, HELDOUT_BL_SHA256),
     ("bm", HELDOUT_BM, HELDOUT_BM_SHA256), ("bn", HELDOUT_BN, HELDOUT_BN_SHA256),
     ("bo", HELDOUT_BO, HELDOUT_BO_SHA256), ("bp", HELDOUT_BP, HELDOUT_BP_SHA256),
     ("bq", HELDOUT_BQ, HELDOUT_BQ_SHA256), ("br", HELDOUT_BR, HELDOUT_BR_SHA256),
     ("bs", HELDOUT_BS, HELDOUT_BS_SHA256), ("bt", HELDOUT_BT, HELDOUT_BT_SHA256),
     ("bu", HELDOUT_BU, HELDOUT_BU_SHA256), ("bv", HELDOUT_BV, HELDOUT_BV_SHA256),
     ("bw", HELDOUT_BW, HELDOUT_BW_SHA256), ("bx", HELDOUT_BX, HELDOUT_BX_SHA256),
     ("by", HELDOUT_BY, HELDOUT_BY_SHA256), ("bz", HELDOUT_BZ, HELDOUT_BZ_SHA256),
     ("ca", HELDOUT_CA, HELDOUT_CA_SHA256), ("cb", HELDOUT_CB, HELDOUT_CB_SHA256),
     ("cc", HELDOUT_CC, HELDOUT_CC_SHA256), ("cd", HELDOUT_CD, HELDOUT_CD_SHA256),
     ("ce", HELDOUT_CE, HELDOUT_CE_SHA256), ("cf", HELDOUT_CF, HELDOUT_CF_SHA256),
     ("cg", HELDOUT_CG, HELDOUT_CG_SHA256), ("ch", HELDOUT_CH, HELDOUT_CH_SHA256),
     ("ci", HELDOUT_CI, HELDOUT_CI_SHA256), ("cj", HELDOUT_CJ, HELDOUT_CJ_SHA256),
     ("ck", HELDOUT_CK, HELDOUT_CK_SHA256), ("cl", HELDOUT_CL, HELDOUT_CL_SHA256),
     ("cm", HELDOUT_CM, HELDOUT_CM_SHA256), ("cn", HELDOUT_CN, HELDOUT_CN_SHA256),
     ("co", HELDOUT_CO, HELDOUT_CO_SHA256), ("cp", HELDOUT_CP, HELDOUT_CP_SHA256),
     ("cq", HELDOUT_CQ, HELDOUT_CQ_SHA256), ("cr", HELDOUT_CR, HELDOUT_CR_SHA256),
     ("cs", HELDOUT_CS, HELDOUT_CS_SHA256), ("ct", HELDOUT_CT, HELDOUT_CT_SHA256),
     ("cu", HELDOUT_CU, HELDOUT_CU_SHA256), ("cv", HELDOUT_CV, HELDOUT_CV_SHA256),
     ("cw", HELDOUT_CW, HELDOUT_CW_SHA256), ("cx", HELDOUT_CX, HELDOUT_CX_SHA256),
     ("cy", HELDOUT_CY, HELDOUT_CY_SHA256), ("cz", HELDOUT_CZ, HELDOUT_CZ_SHA256),
     ("da", HELDOUT_DA, HELDOUT_DA_SHA256), ("db", HELDOUT_DB, HELDOUT_DB_SHA256),
     ("dc", HELDOUT_DC, HELDOUT_DC_SHA256), ("dd", HELDOUT_DD, HELDOUT_DD_SHA256),
     ("de", HELDOUT_DE, HELDOUT_DE_SHA256), ("df", HELDOUT_DF, HELDOUT_DF_SHA256),
     ("dg", HELDOUT_DG, HELDOUT_DG_SHA256), ("dh", HELDOUT_DH, HELDOUT_DH_SHA256),
     ("di", HELDOUT_DI, HELDOUT_DI_SHA256), ("dj", HELDOUT_DJ, HELDOUT_DJ_SHA256),
     ("dk", HELDOUT_DK, HELDOUT_DK_SHA256), ("dl", HELDOUT_DL, HELDOUT_DL_SHA256),
     ("dm", HELDOUT_DM, HELDOUT_DM_SHA256), ("dn", HELDOUT_DN, HELDOUT_DN_SHA256),
     ("do", HELDOUT_DO, HELDOUT_DO_SHA256), ("dp", HELDOUT_DP, HELDOUT_DP_SHA256),
     ("dq", HELDOUT_DQ, HELDOUT_DQ_SHA256), ("dr", HELDOUT_DR, HELDOUT_DR_SHA256),
     ("ds", HELDOUT_DS, HELDOUT_DS_SHA256), ("dt", HELDOUT_DT, HELDOUT_DT_SHA256),
     ("du", HELDOUT_DU, HELDOUT_DU_SHA256), ("dv", HELDOUT_DV, HELDOUT_DV_SHA256),
     ("dw", HELDOUT_DW, HELDOUT_DW_SHA256), ("dx", HELDOUT_DX, HELDOUT_DX_SHA256),
     ("dy", HELDOUT_DY, HELDOUT_DY_SHA256), ("dz", HELDOUT_DZ, HELDOUT_DZ_SHA256),
     ("ea", HELDOUT_EA, HELDOUT_EA_SHA256), ("eb", HELDOUT_EB, HELDOUT_EB_SHA256),
     ("ec", HELDOUT_EC, HELDOUT_EC_SHA256), ("ed", HELDOUT_ED, HELDOUT_ED_SHA256),
     ("ee", HELDOUT_EE, HELDOUT_EE_SHA256), ("ef", HELDOUT_EF, HELDOUT_EF_SHA256),
     ("eg", HELDOUT_EG, HELDOUT_EG_SHA256), ("eh", HELDOUT_EH, HELDOUT_EH_SHA256),
     ("ei", HELDOUT_EI, HELDOUT_EI_SHA256), ("ej", HELDOUT_EJ, HELDOUT_EJ_SHA256),
     ("ek", HELDOUT_EK, HELDOUT_EK_SHA256), ("el", HELDOUT_EL, HELDOUT_EL_SHA256),
     ("em", HELDOUT_EM, HELDOUT_EM_SHA256), ("en", HELDOUT_EN, HELDOUT_EN_SHA256),
     ("eo", HELDOUT_EO, HELDOUT_EO_SHA256), ("ep", HELDOUT_EP, HELDOUT_EP_SHA256),
     ("eq", HELDOUT_EQ, HELDOUT_EQ_SHA256), ("er", HELDOUT_ER, HELDOUT_ER_SHA256),
     ("es", HELDOUT_ES, HELDOUT_ES_SHA256), ("et", HELDOUT_ET, HELDOUT_ET_SHA256),
     ("eu", HELDOUT_EU, HELDOUT_EU_SHA256), ("ev", HELDOUT_EV, HELDOUT_EV_SHA256),
     ("ew", HELDOUT_EW, HELDOUT_EW_SHA256), ("ex", HELDOUT_EX, HELDOUT_EX_SHA256),
     ("ey", HELDOUT_EY, HELDOUT_EY_SHA256), ("ez", HELDOUT_EZ, HELDOUT_EZ_SHA256),
     ("fa", HELDOUT_FA, HELDOUT_FA_SHA256), ("fb", HELDOUT_FB, HELDOUT_FB_SHA256),
     ("fc", HELDOUT_FC, HELDOUT_FC_SHA256), ("fd", HELDOUT_FD, HELDOUT_FD_SHA256),
     ("fe", HELDOUT_FE, HELDOUT_FE_SHA256), ("ff", HELDOUT_FF, HELDOUT_FF_SHA256),
     ("fg", HELDOUT_FG, HELDOUT_FG_SHA256), ("fh", HELDOUT_FH, HELDOUT_FH_SHA256),
     ("fi", HELDOUT_FI, HELDOUT_FI_SHA256), ("fj", HELDOUT_FJ, HELDOUT_FJ_SHA256),
     ("fk", HELDOUT_FK, HELDOUT_FK_SHA256), ("fl", HELDOUT_FL, HELDOUT_FL_SHA256),
     ("fm", HELDOUT_FM, HELDOUT_FM_SHA256), ("fn", HELDOUT_FN, HELDOUT_FN_SHA256),
     ("fo", HELDOUT_FO, HELDOUT_FO_SHA256), ("fp", HELDOUT_FP, HELDOUT_FP_SHA256),
     ("fq", HELDOUT_FQ, HELDOUT_FQ_SHA256), ("fr", HELDOUT_FR, HELDOUT_FR_SHA256),
     ("fs", HELDOUT_FS, HELDOUT_FS_SHA256), ("ft", HELDOUT_FT, HELDOUT_FT_SHA256),
     ("fu", HELDOUT_FU, HELDOUT_FU_SHA256), ("fv", HELDOUT_FV, HELDOUT_FV_SHA256),
     ("fw", HELDOUT_FW, HELDOUT_FW_SHA256), ("fx", HELDOUT_FX, HELDOUT_FX_SHA256),
     ("fy", HELDOUT_FY, HELDOUT_FY_SHA256), ("fz", HELDOUT_FZ, HELDOUT_FZ_SHA256),
     ("ga", HELDOUT_GA, HELDOUT_GA_SHA256), ("gb", HELDOUT_GB, HELDOUT_GB_SHA256),
     ("gc", HELDOUT_GC, HELDOUT_GC_SHA256), ("gd", HELDOUT_GD, HELDOUT_GD_SHA256),
     ("ge", HELDOUT_GE, HELDOUT_GE_SHA256), ("gf", HELDOUT_GF, HELDOUT_GF_SHA256),
     ("gg", HELDOUT_GG, HELDOUT_GG_SHA256), ("gh", HELDOUT_GH, HELDOUT_GH_SHA256),
     ("gi", HELDOUT_GI, HELDOUT_GI_SHA256), ("gj", HELDOUT_GJ, HELDOUT_GJ_SHA256),
     ("gk", HELDOUT_GK, HELDOUT_GK_SHA256), ("gl", HELDOUT_GL, HELDOUT_GL_SHA256),
     ("gm", HELDOUT_GM, HELDOUT_GM_SHA256), ("gn", HELDOUT_GN, HELDOUT_GN_SHA256),
     ("go", HELDOUT_GO, HELDOUT_GO_SHA256), ("gp", HELDOUT_GP, HELDOUT_GP_SHA256),
     ("gq", HELDOUT_GQ, HELDOUT_GQ_SHA256), ("gr", HELDOUT_GR, HELDOUT_GR_SHA256),
     ("gs", HELDOUT_GS, HELDOUT_GS_SHA256), ("gt", HELDOUT_GT, HELDOUT_GT_SHA256),
     ("gu", HELDOUT_GU, HELDOUT_GU_SHA256), ("gv", HELDOUT_GV, HELDOUT_GV_SHA256),
     ("gw", HELDOUT_GW, HELDOUT_GW_SHA256), ("gx", HELDOUT_GX, HELDOUT_GX_SHA256),
     ("gy", HELDOUT_GY, HELDOUT_GY_SHA256), ("gz", HELDOUT_GZ, HELDOUT_GZ_SHA256),
     ("ha", HELDOUT_HA, HELDOUT_HA_SHA256), ("hb", HELDOUT_HB, HELDOUT_HB_SHA256),
     ("hc", HELDOUT_HC, HELDOUT_HC_SHA256), ("hd", HELDOUT_HD, HELDOUT_HD_SHA256),
     ("he", HELDOUT_HE, HELDOUT_HE_SHA256), ("hf", HELDOUT_HF, HELDOUT_HF_SHA256),
     ("hg", HELDOUT_HG, HELDOUT_HG_SHA256), ("hh", HELDOUT_HH, HELDOUT_HH_SHA256),
     ("hi", HELDOUT_HI, HELDOUT_HI_SHA256), ("hj", HELDOUT_HJ, HELDOUT_HJ_SHA256),
     ("hk", HELDOUT_HK, HELDOUT_HK_SHA256), ("hl", HELDOUT_HL, HELDOUT_HL_SHA256),
     ("hm", HELDOUT_HM, HELDOUT_HM_SHA256), ("hn", HELDOUT_HN, HELDOUT_HN_SHA256),
     ("ho", HELDOUT_HO, HELDOUT_HO_SHA256), ("hp", HELDOUT_HP, HELDOUT_HP_SHA256),
     ("hq", HELDOUT_HQ, HELDOUT_HQ_SHA256), ("hr", HELDOUT_HR, HELDOUT_HR_SHA256),
     ("hs", HELDOUT_HS, HELDOUT_HS_SHA256), ("ht", HELDOUT_HT, HELDOUT_HT_SHA256),
     ("hu", HELDOUT_HU, HELDOUT_HU_SHA256), ("hv", HELDOUT_HV, HELDOUT_HV_SHA256),
     ("hw", HELDOUT_HW, HELDOUT_HW_SHA256), ("hx", HELDOUT_HX, HELDOUT_HX_SHA256),
     ("hy", HELDOUT_HY, HELDOUT_HY_SHA256), ("hz", HELDOUT_HZ, HELDOUT_HZ_SHA256),
     ("ia", HELDOUT_IA, HELDOUT_IA_SHA256), ("ib", HELDOUT_IB, HELDOUT_IB_SHA256),
     ("ic", HELDOUT_IC, HELDOUT_IC_SHA256)],
)  # fmt: skip
def test_a_heldout_set_is_reproducible_to_the_byte(letter: str, path: Path, sha256: str) -> None:
    """Same seed, same bytes: each generator reads only its names-X.txt (and the pools of the
    sets before it) and one seeded Random; the file and its recorded sha256 agree."""
    import hashlib
    import importlib
    import json
    import sys

    sys.path.insert(0, str(path.parent))
    generate = importlib.import_module(f"generate_{letter}").generate

    def serialised() -> bytes:
        rows = generate()
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()

    first = serialised()
    assert first == serialised()
    assert hashlib.sha256(first).hexdigest() == sha256
    assert path.read_bytes() == first


def _written_to_the_brief(examples: list[Example], letter: str) -> tuple[list[str], list[str]]:
    """What every set from P on was written to: 560 rows or more, Swedish at least 40% of them,
    English and mixed the rest, 30 with no value, 500 names or more (one a given name in
    lower-case chat), 250 addresses or more (one over lines, one in lower case), and phone
    numbers, e-mail and personal numbers; its names and its addresses."""
    assert len(examples) >= 560
    assert {e.split for e in examples} == {f"heldout-{letter}"}
    assert {e.lang for e in examples} == {"sv", "en", "mixed"}
    assert sum(1 for e in examples if e.lang == "sv") >= 0.4 * len(examples)
    assert sum(1 for e in examples if not e.spans) >= 30  # negatives
    people = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    assert len(people) >= 500
    assert any(p.islower() and " " not in p for p in people)  # a given name in chat
    addresses = [s.value(e.text) for e in examples for s in e.spans if s.kind == "ADDRESS"]
    assert len(addresses) >= 250
    assert any("\n" in a for a in addresses) and any(a.islower() for a in addresses)
    assert {"PHONE", "EMAIL", "NATIONAL_ID"} <= {s.kind for e in examples for s in e.spans}
    return people, addresses


def _pools_before(letter: str) -> tuple[str, ...]:
    """The name pools of the sets from E to the one before `letter` (`names-X.txt`)."""
    return tuple(f"names-{chr(x)}.txt" for x in range(ord("e"), ord(letter)))


# Sets whose text the disjointness checks do not read: the tagger's training text, and held-out V
# to CO, whose names are drawn by population frequency and were checked against no other set (by
# design).
NOT_DISJOINT = (
    "generated-train.jsonl",
    "generated-heldout-v.jsonl",
    "generated-heldout-w.jsonl",
    "generated-heldout-x.jsonl",
    "generated-heldout-y.jsonl",
    "generated-heldout-z.jsonl",
    "generated-heldout-aa.jsonl",
    "generated-heldout-ab.jsonl",
    "generated-heldout-ac.jsonl",
    "generated-heldout-ad.jsonl",
    "generated-heldout-ae.jsonl",
    "generated-heldout-af.jsonl",
    "generated-heldout-ag.jsonl",
    "generated-heldout-ah.jsonl",
    "generated-heldout-ai.jsonl",
    "generated-heldout-aj.jsonl",
    "generated-heldout-ak.jsonl",
    "generated-heldout-al.jsonl",
    "generated-heldout-am.jsonl",
    "generated-heldout-an.jsonl",
    "generated-heldout-ao.jsonl",
    "generated-heldout-ap.jsonl",
    "generated-heldout-aq.jsonl",
    "generated-heldout-ar.jsonl",
    "generated-heldout-as.jsonl",
    "generated-heldout-at.jsonl",
    "generated-heldout-au.jsonl",
    "generated-heldout-av.jsonl",
    "generated-heldout-aw.jsonl",
    "generated-heldout-ax.jsonl",
    "generated-heldout-ay.jsonl",
    "generated-heldout-az.jsonl",
    "generated-heldout-ba.jsonl",
    "generated-heldout-bb.jsonl",
    "generated-heldout-bc.jsonl",
    "generated-heldout-bd.jsonl",
    "generated-heldout-be.jsonl",
    "generated-heldout-bf.jsonl",
    "generated-heldout-bg.jsonl",
    "generated-heldout-bh.jsonl",
    "generated-heldout-bi.jsonl",
    "generated-heldout-bj.jsonl",
    "generated-heldout-bk.jsonl",
    "generated-heldout-bl.jsonl",
    "generated-heldout-bm.jsonl",
    "generated-heldout-bn.jsonl",
    "generated-heldout-bo.jsonl",
    "generated-heldout-bp.jsonl",
    "generated-heldout-bq.jsonl",
    "generated-heldout-br.jsonl",
    "generated-heldout-bs.jsonl",
    "generated-heldout-bt.jsonl",
    "generated-heldout-bu.jsonl",
    "generated-heldout-bv.jsonl",
    "generated-heldout-bw.jsonl",
    "generated-heldout-bx.jsonl",
    "generated-heldout-by.jsonl",
    "generated-heldout-bz.jsonl",
    "generated-heldout-ca.jsonl",
    "generated-heldout-cb.jsonl",
    "generated-heldout-cc.jsonl",
    "generated-heldout-cd.jsonl",
    "generated-heldout-ce.jsonl",
    "generated-heldout-cf.jsonl",
    "generated-heldout-cg.jsonl",
    "generated-heldout-ch.jsonl",
    "generated-heldout-ci.jsonl",
    "generated-heldout-cj.jsonl",
    "generated-heldout-ck.jsonl",
    "generated-heldout-cl.jsonl",
    "generated-heldout-cm.jsonl",
    "generated-heldout-cn.jsonl",
    "generated-heldout-co.jsonl",
    "generated-heldout-cp.jsonl",
    "generated-heldout-cq.jsonl",
    "generated-heldout-cr.jsonl",
    "generated-heldout-cs.jsonl",
    "generated-heldout-ct.jsonl",
    "generated-heldout-cu.jsonl",
    "generated-heldout-cv.jsonl",
    "generated-heldout-cw.jsonl",
    "generated-heldout-cx.jsonl",
    "generated-heldout-cy.jsonl",
    "generated-heldout-cz.jsonl",
    "generated-heldout-da.jsonl",
    "generated-heldout-db.jsonl",
    "generated-heldout-dc.jsonl",
    "generated-heldout-dd.jsonl",
    "generated-heldout-de.jsonl",
    "generated-heldout-df.jsonl",
    "generated-heldout-dg.jsonl",
    "generated-heldout-dh.jsonl",
    "generated-heldout-di.jsonl",
    "generated-heldout-dj.jsonl",
    "generated-heldout-dk.jsonl",
    "generated-heldout-dl.jsonl",
    "generated-heldout-dm.jsonl",
    "generated-heldout-dn.jsonl",
    "generated-heldout-do.jsonl",
    "generated-heldout-dp.jsonl",
    "generated-heldout-dq.jsonl",
    "generated-heldout-dr.jsonl",
    "generated-heldout-ds.jsonl",
    "generated-heldout-dt.jsonl",
    "generated-heldout-du.jsonl",
    "generated-heldout-dv.jsonl",
    "generated-heldout-dw.jsonl",
    "generated-heldout-dx.jsonl",
    "generated-heldout-dy.jsonl",
    "generated-heldout-dz.jsonl",
    "generated-heldout-ea.jsonl",
    "generated-heldout-eb.jsonl",
    "generated-heldout-ec.jsonl",
    "generated-heldout-ed.jsonl",
    "generated-heldout-ee.jsonl",
    "generated-heldout-ef.jsonl",
    "generated-heldout-eg.jsonl",
    "generated-heldout-eh.jsonl",
    "generated-heldout-ei.jsonl",
    "generated-heldout-ej.jsonl",
    "generated-heldout-ek.jsonl",
    "generated-heldout-el.jsonl",
    "generated-heldout-em.jsonl",
    "generated-heldout-en.jsonl",
    "generated-heldout-eo.jsonl",
    "generated-heldout-ep.jsonl",
    "generated-heldout-eq.jsonl",
    "generated-heldout-er.jsonl",
    "generated-heldout-es.jsonl",
    "generated-heldout-et.jsonl",
    "generated-heldout-eu.jsonl",
    "generated-heldout-ev.jsonl",
    "generated-heldout-ew.jsonl",
    "generated-heldout-ex.jsonl",
    "generated-heldout-ey.jsonl",
    "generated-heldout-ez.jsonl",
    "generated-heldout-fa.jsonl",
    "generated-heldout-fb.jsonl",
    "generated-heldout-fc.jsonl",
    "generated-heldout-fd.jsonl",
    "generated-heldout-fe.jsonl",
    "generated-heldout-ff.jsonl",
    "generated-heldout-fg.jsonl",
    "generated-heldout-fh.jsonl",
    "generated-heldout-fi.jsonl",
    "generated-heldout-fj.jsonl",
    "generated-heldout-fk.jsonl",
    "generated-heldout-fl.jsonl",
    "generated-heldout-fm.jsonl",
    "generated-heldout-fn.jsonl",
    "generated-heldout-fo.jsonl",
    "generated-heldout-fp.jsonl",
    "generated-heldout-fq.jsonl",
    "generated-heldout-fr.jsonl",
    "generated-heldout-fs.jsonl",
    "generated-heldout-ft.jsonl",
    "generated-heldout-fu.jsonl",
    "generated-heldout-fv.jsonl",
    "generated-heldout-fw.jsonl",
    "generated-heldout-fx.jsonl",
    "generated-heldout-fy.jsonl",
    "generated-heldout-fz.jsonl",
    "generated-heldout-ga.jsonl",
    "generated-heldout-gb.jsonl",
    "generated-heldout-gc.jsonl",
    "generated-heldout-gd.jsonl",
    "generated-heldout-ge.jsonl",
    "generated-heldout-gf.jsonl",
    "generated-heldout-gg.jsonl",
    "generated-heldout-gh.jsonl",
    "generated-heldout-gi.jsonl",
    "generated-heldout-gj.jsonl",
    "generated-heldout-gk.jsonl",
    "generated-heldout-gl.jsonl",
    "generated-heldout-gm.jsonl",
    "generated-heldout-gn.jsonl",
    "generated-heldout-go.jsonl",
    "generated-heldout-gp.jsonl",
    "generated-heldout-gq.jsonl",
    "generated-heldout-gr.jsonl",
    "generated-heldout-gs.jsonl",
    "generated-heldout-gt.jsonl",
    "generated-heldout-gu.jsonl",
    "generated-heldout-gv.jsonl",
    "generated-heldout-gw.jsonl",
    "generated-heldout-gx.jsonl",
    "generated-heldout-gy.jsonl",
    "generated-heldout-gz.jsonl",
    "generated-heldout-ha.jsonl",
    "generated-heldout-hb.jsonl",
    "generated-heldout-hc.jsonl",
    "generated-heldout-hd.jsonl",
    "generated-heldout-he.jsonl",
    "generated-heldout-hf.jsonl",
    "generated-heldout-hg.jsonl",
    "generated-heldout-hh.jsonl",
    "generated-heldout-hi.jsonl",
    "generated-heldout-hj.jsonl",
    "generated-heldout-hk.jsonl",
    "generated-heldout-hl.jsonl",
    "generated-heldout-hm.jsonl",
    "generated-heldout-hn.jsonl",
    "generated-heldout-ho.jsonl",
    "generated-heldout-hp.jsonl",
    "generated-heldout-hq.jsonl",
    "generated-heldout-hr.jsonl",
    "generated-heldout-hs.jsonl",
    "generated-heldout-ht.jsonl",
    "generated-heldout-hu.jsonl",
    "generated-heldout-hv.jsonl",
    "generated-heldout-hw.jsonl",
    "generated-heldout-hx.jsonl",
    "generated-heldout-hy.jsonl",
    "generated-heldout-hz.jsonl",
    "generated-heldout-ia.jsonl",
    "generated-heldout-ib.jsonl",
    "generated-heldout-ic.jsonl",
)


def assert_new_names(
    examples: list[Example], path: Path, pools: tuple[str, ...] = (), later: tuple[str, ...] = ()
) -> None:
    """No word of a held-out set's names is in a lexicon, in any other set's text (but the
    `later` sets, which were checked against it when they were built) or in the name pools of
    the sets before it (`names-X.txt`)."""
    values = [s.value(e.text) for e in examples for s in e.spans if s.kind == "PERSON"]
    words = {w for v in values for w in re.split(r"[\s-]+", v.casefold()) if w}
    words -= {"al", "el", "abu", "bin", "ibn", "van", "der", "de", "von"}
    words = {w for w in words if len(w.rstrip(".")) > 1}  # an initial is no name word
    assert not words & lexicons_without_the_eighth()
    earlier = set()
    for other in path.parent.glob("*.jsonl"):
        if other != path and other.name not in (*NOT_DISJOINT, *later):
            for example in load(other):
                earlier |= set(re.findall(r"[^\W\d_]+", example.text.casefold()))
    assert not words & earlier
    pooled = set()
    for pool in pools:
        lines = (path.parent / pool).read_text(encoding="utf-8").splitlines()
        pooled |= {line.split("\t")[2].casefold() for line in lines if "\t" in line}
    assert not words & pooled


# The floors of the late held-out sets, each now a dev set or spent (their figures at the end of
# the round that last tuned on them are in the comments above): recall per kind, precision of
# PERSON and of all kinds, and the share of address values wholly hidden.
LATE_FLOORS: dict[str, tuple[dict[str, float], dict[str, float], float]] = {
    "f": ({"PERSON": 0.99, "ADDRESS": 0.99}, {"PERSON": 0.96, "all": 0.97}, 0.99),
    "g": ({"PERSON": 0.99, "ADDRESS": 0.99}, {"PERSON": 0.96, "all": 0.97}, 0.99),
    # dev-h raised in round fifteen (ADDRESS R 0.966 -> 0.983, hidden 0.966 -> 0.983).
    "h": ({"PERSON": 0.98, "ADDRESS": 0.98}, {"PERSON": 0.95, "all": 0.97}, 0.98),
    "i": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.95, "all": 0.95}, 0.99),
    # dev-j raised in round fourteen (PERSON R 0.980 P 0.993, all P 0.984 at its end) and in
    # round fifteen (PERSON R 0.982 P 0.995, ADDRESS R 1.000 hidden 1.000, all P 0.985).
    "j": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.99, "all": 0.98}, 0.99),
    # dev-k since round twelve, dev-l since round thirteen, dev-m since round fourteen (at the end
    # of round fourteen: dev-k PERSON R 0.998 P 0.991, ADDRESS R 1.000 hidden 1.000, all P 0.993;
    # dev-l PERSON R 0.996 P 0.992, ADDRESS R 1.000 hidden 0.997, all P 0.997; dev-m PERSON R
    # 0.987 P 0.991, ADDRESS R 1.000 hidden 1.000, all P 0.993); dev-n since round fifteen (at its
    # end: PERSON R 0.996 P 0.994, ADDRESS R 1.000 hidden 1.000, all P 0.996; tuned on its errors,
    # so these floors say nothing of text nobody tuned for).
    "k": ({"PERSON": 0.99, "ADDRESS": 0.99}, {"PERSON": 0.98, "all": 0.99}, 0.99),
    "l": ({"PERSON": 0.99, "ADDRESS": 0.99}, {"PERSON": 0.98, "all": 0.99}, 0.99),
    # dev-m raised in round sixteen (PERSON R 0.987 -> 0.994: its lower-case chat names).
    "m": ({"PERSON": 0.99, "ADDRESS": 0.99}, {"PERSON": 0.98, "all": 0.99}, 0.99),
    "n": ({"PERSON": 0.99, "ADDRESS": 0.99}, {"PERSON": 0.99, "all": 0.99}, 0.99),
    # dev-o: held-out O, written by a helper who tunes nothing (its baseline, main 8aa30e3:
    # PERSON R 0.942 P 0.937, ADDRESS R 0.914 hidden 0.843, all P 0.959; after round fifteen,
    # main 9decd5d: PERSON R 0.940 P 0.942, ADDRESS R 0.929 hidden 0.882, all P 0.963); spent,
    # and a dev set since round sixteen, which read its errors and tuned on them (at its end:
    # PERSON R 0.991 P 0.995, ADDRESS R 0.998 hidden 0.998, all P 0.995): tuned figures.
    "o": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.99, "all": 0.99}, 0.99),
    # dev-p: held-out P, written by a helper who tunes nothing; scored by the lead, aggregate only
    # (its baseline, main f4c236e: PERSON R 0.923 P 0.908, ADDRESS R 0.958 hidden 0.916, all P
    # 0.934; after round sixteen and the e-mail change, main ed03869: PERSON R 0.941 P 0.913,
    # ADDRESS R 0.963 hidden 0.920, all P 0.937); spent, and a dev set since round seventeen,
    # which read its errors and tuned on them (at its end: PERSON R 0.979 P 0.985, ADDRESS R
    # 0.993 hidden 0.993, all P 0.988): tuned figures, floors against losing what was tuned.
    "p": ({"PERSON": 0.97, "ADDRESS": 0.99}, {"PERSON": 0.98, "all": 0.98}, 0.99),
    # dev-q: held-out Q, written by a helper who tunes nothing; scored by the lead, aggregate only
    # (round sixteen's rules, main 9934ffc: PERSON R 0.926 P 0.885, ADDRESS R 0.892 hidden
    # 0.757; round seventeen and the address tagger, main 7f58030: PERSON R 0.921 P 0.891,
    # ADDRESS R 0.950 hidden 0.907, all P 0.926); spent, and a dev set since round eighteen, which
    # read its errors and tuned on them (at its end: PERSON R 0.976 P 0.955, ADDRESS R 0.996
    # hidden 0.985, all P 0.971): tuned figures, floors against losing what was tuned.
    "q": ({"PERSON": 0.96, "ADDRESS": 0.99}, {"PERSON": 0.95, "all": 0.97}, 0.98),
    # dev-r: held-out R, written by a helper who tunes nothing; scored by the lead, aggregate only
    # (round seventeen and the address tagger, main f026736: PERSON R 0.848 P 0.888, ADDRESS R
    # 0.932 hidden 0.827; round eighteen, main 1c9be1a: PERSON R 0.848 P 0.890, ADDRESS R 0.939
    # hidden 0.850, all P 0.917); spent, and never tuned on by rules: its rows are among the
    # learned taggers' training text since then (in-sample for them), floors below those figures.
    "r": ({"PERSON": 0.84, "ADDRESS": 0.93}, {"PERSON": 0.88, "all": 0.91}, 0.84),
    # dev-s: held-out S, written by a helper who tunes nothing; scored by the lead, aggregate only
    # (rounds seventeen and eighteen and the address tagger, main 2c7e614: PERSON R 0.935 P
    # 0.930, ADDRESS hidden 0.869; with the name tagger trained on fifteen writers, main a79d270
    # and again at d495065: PERSON R 0.949 P 0.961, ADDRESS R 0.971 hidden 0.869, all P 0.970);
    # spent, never tuned on by rules; the address tagger learns from it since T was scored (ADDRESS
    # hidden 0.902), the name tagger does not (`LEFT_OUT`): floors below those figures.
    "s": ({"PERSON": 0.94, "ADDRESS": 0.96}, {"PERSON": 0.95, "all": 0.96}, 0.89),
    # dev-t: held-out T, written by a helper who tunes nothing; scored once by the lead, aggregate
    # only (main e1322bd: PERSON R 0.917 P 0.887, ADDRESS R 0.945 hidden 0.805, all P 0.916);
    # spent, its phone and card errors read and fixed (`phones.py`, `cards.py`), the address
    # tagger learns from it (main at the fixes: PERSON R 0.919 P 0.891, ADDRESS R 0.966 hidden
    # 0.878, all P 0.924; tuned and in-sample): floors below those figures.
    "t": ({"PERSON": 0.91, "ADDRESS": 0.96}, {"PERSON": 0.88, "all": 0.92}, 0.87),
    # dev-v: held-out V, names as the population has them, written by a helper who tunes nothing;
    # scored once by the lead, aggregate only (main 7484bd2: PERSON R 0.988 P 0.981, ADDRESS R 1.000
    # hidden 1.000, all P 0.986; 1.51% of names reached the upstream); spent, its errors read; only
    # the address tagger learns from it (since round twenty-seven): floors below those figures.
    "v": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.97, "all": 0.98}, 0.99),
    # dev-w: held-out W, the same by a second writer; scored once by the lead, aggregate only (main
    # 1fe6758: PERSON R 0.988 P 0.941, ADDRESS R 0.994 hidden 0.987, all P 0.954; 0.86% of names and
    # 1.27% of addresses reached the upstream); spent, its errors read; only the address tagger
    # learns from it (since round twenty-seven): floors below those figures.
    "w": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.93, "all": 0.95}, 0.98),
    # dev-x: held-out X, the same by a third writer; scored once by the lead, aggregate only (main
    # 5a71c62: PERSON R 0.977 P 0.906, ADDRESS R 0.987 hidden 0.985, all P 0.937; 2.50% of names and
    # 1.53% of addresses reached the upstream); spent, its errors read; only the address tagger
    # learns from it (since round twenty-seven): floors below those figures.
    "x": ({"PERSON": 0.97, "ADDRESS": 0.98}, {"PERSON": 0.90, "all": 0.93}, 0.98),
    # dev-y: held-out Y, the same by a fourth writer; scored once by the lead, aggregate only (main
    # 48f25cf: PERSON R 0.989 P 0.937, ADDRESS R 0.989 hidden 0.982, all P 0.948; 1.71% of names,
    # 1.44% of addresses and 9.28% of phones reached the upstream); spent, its errors read; only the
    # address tagger learns from it (since round twenty-seven): floors below those figures.
    "y": ({"PERSON": 0.98, "ADDRESS": 0.98}, {"PERSON": 0.93, "all": 0.94}, 0.97),
    # dev-z: held-out Z, the same by a fifth writer; scored once by the lead, aggregate only (main
    # 30006f3: PERSON R 0.993 P 0.954, ADDRESS R 1.000 hidden 0.994, all P 0.966; 1.12% of names,
    # 0.31% of addresses and 2.46% of phones reached the upstream); spent, its errors read; only the
    # address tagger learns from it (since round twenty-seven): floors below those figures.
    "z": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.95, "all": 0.96}, 0.99),
    # dev-aa: held-out AA, the same by a sixth writer; scored once by the lead, aggregate only (main
    # 30006f3: PERSON R 0.985 P 0.948, ADDRESS R 0.997 hidden 0.991, all P 0.967; 1.67% of names,
    # 0.58% of addresses and 0.45% of phones reached the upstream); spent, its errors read; only the
    # address tagger learns from it (since round twenty-seven): floors below those figures.
    "aa": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.94, "all": 0.96}, 0.99),
    # dev-ab: held-out AB, the same by a seventh writer; scored once by the lead, aggregate only
    # (main feb5d00: PERSON R 0.991 P 0.949, ADDRESS R 0.992 hidden 0.984, all P 0.966; 1.03% of
    # names and 1.33% of addresses reached the upstream, no other value); spent, its errors read;
    # only the address tagger learns from it (since round twenty-seven): floors below those figures.
    "ab": ({"PERSON": 0.98, "ADDRESS": 0.98}, {"PERSON": 0.94, "all": 0.96}, 0.98),
    # dev-ac: held-out AC, the same by an eighth writer; scored once by the lead, aggregate only
    # (main feb5d00: PERSON R 0.990 P 0.931, ADDRESS R 1.000 hidden 0.956, all P 0.947; 1.05% of
    # names and 4.38% of addresses reached the upstream, no other value); spent, its errors read;
    # only the address tagger learns from it (since round twenty-seven): floors below those figures.
    "ac": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.92, "all": 0.94}, 0.95),
    # dev-ad: held-out AD, the same by a ninth writer; scored once by the lead, aggregate only (main
    # aadc713: PERSON R 0.986 P 0.920, ADDRESS R 0.997 hidden 0.997, all P 0.941; 1.52% of names and
    # 0.32% of addresses reached the upstream, no other value); spent, its errors read; only the
    # address tagger learns from it (since round twenty-seven): floors below those figures.
    "ad": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.91, "all": 0.93}, 0.99),
    # dev-ae: held-out AE, the same by a tenth writer; scored once by the lead, aggregate only (main
    # aadc713: PERSON R 0.993 P 0.919, ADDRESS R 1.000 hidden 1.000, all P 0.947; 0.95% of names
    # reached the upstream, no other value); spent, its errors read; only the address tagger learns
    # from it (since round twenty-seven): floors below those figures.
    "ae": ({"PERSON": 0.98, "ADDRESS": 0.99}, {"PERSON": 0.91, "all": 0.94}, 0.99),
}


@pytest.mark.parametrize("letter", sorted(LATE_FLOORS))
def test_a_late_heldout_set_keeps_its_floors(detector: Detector, letter: str) -> None:
    recall, precision, hidden = LATE_FLOORS[letter]
    path = default_data_path().parent / f"generated-heldout-{letter}.jsonl"
    report = evaluate(detector, load(path))
    table = format_report(report)
    for kind, floor in recall.items():
        assert report.kinds[kind].recall >= floor, (kind, table)
    assert report.kinds["PERSON"].precision >= precision["PERSON"], table
    assert report.total().precision >= precision["all"], table
    address = report.kinds["ADDRESS"]
    assert address.hidden / address.gold >= hidden, table
