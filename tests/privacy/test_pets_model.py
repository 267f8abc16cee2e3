"""Round thirty-five (issue 15): the learned second opinion on names in texts about animals
(`rung.privacy.pets_model`), which a route turns on (`privacy: {pets_model: true}`); made-up
texts, in no set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rung.privacy import pets_model
from rung.privacy.detect import Detector

DATA = Path(__file__).resolve().parents[2] / "data" / "pii"
LITTER = "Kullen föddes i maj.\nValparna: Tore (blå band), Signe (röd), Ebbe (gul)\n"
LITTER += "Uppfödare: Margit Holm, 070-123 45 67"


def _people(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


def test_a_litters_puppies_are_dropped_and_their_breeder_kept(detector: Detector) -> None:
    assert {"Signe", "Ebbe"} <= set(_people(detector, LITTER))  # the rules alone, the default
    assert _people(detector.variant(pets_model=True), LITTER) == ["Margit Holm"]


def test_a_route_can_ask_for_the_pets_model(tmp_path: Path) -> None:
    """`privacy: {pets_model: true}`: a route that would rather miss a dog than mask one drops
    the puppies (same loaded models); the other routes keep every name the rules find."""
    from tests.privacy.test_tagger import _gateway

    gateway = _gateway(tmp_path, {"usual": {}, "pets": {"pets_model": True}})

    def people(route: str) -> list[str]:
        return _people(gateway.detector_for(gateway.config.routes[route].privacy), LITTER)

    assert people("pets") == ["Margit Holm"]
    assert {"Signe", "Ebbe", "Margit Holm"} <= set(people("usual"))
    pets = gateway.detector_for(gateway.config.routes["pets"].privacy)
    assert pets is not gateway.detector and pets._analyzer is gateway.detector._analyzer
    assert gateway.detector_for(gateway.config.routes["usual"].privacy) is gateway.detector


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Officer Bowman responded; the dog was returned to its owner.", "Bowman"),
        ("Our dog walker Jean is away in April.", "Jean"),
        ("Vi på Larssons Djurklinik AB har nya tider för hundar och katter.", "Larsson"),
        ("Mats och hunden Majken kom hem från jakten.", "Mats"),
        ("Booked with Colleen Johnson for the cat's booster.", "Colleen Johnson"),
    ],
)
def test_a_person_for_sure_is_never_asked_about(detector: Detector, text: str, person: str) -> None:
    start = text.index(person)
    assert pets_model.person_for_sure(text, start, start + len(person), [])
    assert person in _people(detector.variant(pets_model=True), text)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Hunden Ludde är på dagis.", True),
        ("Ring Djurkliniken i Lund om Tessan.", True),
        ("mamma: vet ni om mormor Birgit var född Sandström?", False),  # `vet`: know
        ("Hi Anders, can you look at this tax arrears case?", False),  # `tax`: no dachshund
        ("Tack för i går! /Kon-Tiki-gänget", False),
    ],
)
def test_only_texts_about_animals_are_read(text: str, about: bool) -> None:
    assert pets_model.animal_text(text) is about


def test_a_text_about_no_animal_keeps_every_name(detector: Detector) -> None:
    text = "mamma: vet ni om mormor Birgit var född Sandström?"
    assert _people(detector.variant(pets_model=True), text) == _people(detector, text) != []


def test_the_names_own_words_are_no_feature() -> None:
    """A writer's pet names are not another's: the model reads around a name, not the name."""
    text = "Valparna: Tore (blå band), Signe (röd)"
    start = text.index("Signe")
    found = pets_model.features(text, start, start + 5, [(10, 14), (start, start + 5)])
    assert not [f for f in found if "signe" in f or "tore" in f]
    assert "l1:," in found and "r1:(" in found and "person_before_on_line" in found


def test_the_shipped_model_is_what_the_script_builds(tmp_path: Path) -> None:
    """`train_pets_model.py` rebuilds the shipped weights byte for byte from the examples."""
    out = tmp_path / "pets-model.json"
    subprocess.run(
        [sys.executable, str(DATA / "train_pets_model.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(DATA.parents[1] / "src"), "PATH": "/usr/bin:/bin"},
    )
    shipped = DATA.parents[1] / "src" / "rung" / "privacy" / "lexicons" / "pets-model.json"
    assert out.read_bytes() == shipped.read_bytes()
