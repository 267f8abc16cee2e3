"""The learned name tagger (rung.privacy.tagger): names no list holds, in the places people write
them; its training text keeps the held-out eighth of the name lists out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from rung.privacy import Detector, names
from rung.privacy.tagger import NameTagger, labels, sentence_features, tokens

if TYPE_CHECKING:
    from rung.gateway.app import Gateway

DATA = Path(__file__).resolve().parents[2] / "data" / "pii"
# Made up for this test: in no lexicon, name-shaped.
UNKNOWN = ("Quorvild", "Brenhaldt", "Zelmira")


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    found = NameTagger()
    found.load()
    return found


def test_made_up_names_are_in_no_lexicon() -> None:
    for word in UNKNOWN:
        assert not names.known_name(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hej zelmira, har du tid?", "zelmira"),
        ("VD Quorvild Brenhaldt har godkänt budgeten.", "Quorvild Brenhaldt"),
        ("Please forward this to Zelmira Brenhaldt in legal.", "Zelmira Brenhaldt"),
        ("Mvh Quorvild", "Quorvild"),
    ],
)
def test_tagger_finds_unknown_names(tagger: NameTagger, text: str, name: str) -> None:
    found = [text[s:e] for s, e, _ in tagger.find(text)]
    assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "uppdatera sidan så funkar det",
        "The Oslo office is closed on Friday.",
        "Fakturan är betald, tack!",
        "refresh the page and it works",
    ],
)
def test_tagger_leaves_ordinary_text(tagger: NameTagger, text: str) -> None:
    assert tagger.find(text) == []


def test_detector_adds_what_the_rules_miss(detector: Detector) -> None:
    # (round sixteen's rules read `ok quorvild, jag ...`: `ok`, a rare word, a pronoun)
    text = "ok quorvild, fixar du det"
    rules_only = Detector(tagger=None, cache_size=0)
    assert [f.kind for f in detector.find(text)] == ["PERSON"]
    assert all(f.kind != "PERSON" for f in rules_only.find(text))


def test_a_name_is_never_tagged_inside_another_kind(detector: Detector) -> None:
    text = "Skicka till zelmira.quorvild@example.org i dag"
    assert [f.kind for f in detector.find(text)] == ["EMAIL"]


def test_labels_and_features_line_up() -> None:
    text = "Hej Zelmira Brenhaldt!\nmvh Quorvild"
    toks = tokens(text)
    assert [t.text for t in toks] == ["Hej", "Zelmira", "Brenhaldt", "!", "mvh", "Quorvild"]
    assert labels(toks, [(4, 21), (27, 35)]) == ["O", "B", "I", "O", "O", "B"]
    feats = sentence_features(text, toks)
    assert "line_start" in feats[4] and "line_start" not in feats[5]
    # an open-class word's identity is never a feature: unseen names look like seen ones
    assert not any(f.startswith("w=") for f in feats[1])


def test_training_text_keeps_the_heldout_eighth_out() -> None:
    sys.path.insert(0, str(DATA))
    from generate_train import generate
    from name_sources import heldout_c

    rows = generate(size=400) + generate(size=200, validation=True)
    words = {
        word
        for row in rows
        for span in row["spans"]  # type: ignore[attr-defined]
        for word in str(row["text"])[span["start"] : span["end"]].replace("-", " ").split()
    }
    words = {w.removeprefix("al-") for w in words} - {"van", "der", "de", "bin", "von", "di", "al"}
    assert len(words) > 300
    assert not any(heldout_c(w) for w in words)
    heldout_d = [json.loads(line) for line in (DATA / "generated-heldout-d.jsonl").open()]
    assert len(heldout_d) >= 400


def _gateway(tmp_path: Path, privacy: dict[str, dict[str, object]]) -> Gateway:
    """A gateway whose routes (by name) each have these privacy settings, its detector loaded."""
    from rung.configure import parse
    from rung.gateway.app import Gateway

    hosted = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}
    routes = {
        name: {"pattern": "fixed", "model": "hosted", "privacy": {"policy": "pseudonymize", **p}}
        for name, p in privacy.items()
    }
    config = parse(
        {"models": {"hosted": hosted}, "routes": routes, "log": {"path": str(tmp_path / "l.db")}},
        "<test>",
    )
    gateway = Gateway(config)
    assert gateway.detector is not None
    gateway.detector.load()
    return gateway


def test_a_route_can_leave_the_tagger_out(tmp_path: Path) -> None:
    """`privacy: {name_tagger: false}`: that route's requests are scanned by the rules alone
    (same loaded model); the other routes keep the tagger."""
    import asyncio

    from rung.keys import ANONYMOUS
    from rung.keys.floor import guard_for
    from rung.types import ChatRequest

    gateway = _gateway(tmp_path, {"tagged": {}, "plain": {"name_tagger": False}})
    body = {"model": "m", "messages": [{"role": "user", "content": "ok quorvild, fixar du det"}]}

    def kinds(route: str) -> dict[str, int]:
        privacy = gateway.config.routes[route].privacy
        guard = asyncio.run(guard_for(gateway, ChatRequest(body), privacy, ANONYMOUS))
        assert guard is not None
        return guard.verdict.kinds

    assert kinds("tagged") == {"PERSON": 1}
    assert "PERSON" not in kinds("plain")
    plain = gateway.detector_for(gateway.config.routes["plain"].privacy)
    assert plain is not gateway.detector and plain._analyzer is gateway.detector._analyzer


def test_a_route_can_leave_the_address_tagger_out(tmp_path: Path) -> None:
    """`privacy: {address_tagger: false}`: that route's addresses are found by the rules alone
    (made up: a Dutch postcode's town and country, a `-gärdet` house with a stair number); the
    other routes keep the tagger, and a route may leave both out."""
    gateway = _gateway(
        tmp_path,
        {
            "tagged": {},
            "rules": {"address_tagger": False},
            "neither": {"address_tagger": False, "name_tagger": False},
        },
    )

    def detector(route: str) -> Detector:
        return gateway.detector_for(gateway.config.routes[route].privacy)

    def addresses(route: str, text: str) -> list[str]:
        return [f.value(text) for f in detector(route).find(text) if f.kind == "ADDRESS"]

    # three spaces before the town: the rules take two since round forty-three (`733 95  SALA`)
    dutch = "Pickup at Wilgenstraat 311\n8841 KQ   Harlingen\nNederland, ask for me."
    assert addresses("tagged", dutch) == ["Wilgenstraat 311\n8841 KQ   Harlingen\nNederland"]
    assert addresses("rules", dutch) == ["Wilgenstraat 311\n8841 KQ"]
    stair = "Hämtas på Grävlingsgärdet 17-3 senast fredag."
    assert addresses("tagged", stair) == ["Grävlingsgärdet 17-3"]
    assert addresses("rules", stair) == addresses("neither", stair) == []
    rules = detector("rules")
    assert rules is not gateway.detector and rules._analyzer is gateway.detector._analyzer
    names = "ok quorvild, fixar du det"
    assert [f.kind for f in rules.find(names)] == ["PERSON"]
    assert detector("neither").find(names) == []


# Round five: precision. Everyday words where names stand are not names, whoever found them.
def _people(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a word of one language only (`one-language-words.txt`), capitalised at the start
        ("Inbetalning från Quorvild Brenhaldt har kommit in.", ["Quorvild Brenhaldt"]),
        ("Prescribed by Dr Zelmira Brenhaldt after the visit.", ["Zelmira Brenhaldt"]),
        # a lower-case word in a text whose writer capitalises names
        ("Hi Zelmira, fakturan från Quorvild Brenhaldt är fortfarande unpaid.",
         ["Zelmira", "Quorvild Brenhaldt"]),
        # capitalised everyday words, one very common, none a known name
        ("The Cold Storage migration is done, says Zelmira.", ["Zelmira"]),
        ("Wiki Home har flyttats, fråga Quorvild.", ["Quorvild"]),
    ],
)  # fmt: skip
def test_everyday_words_are_not_names(detector: Detector, text: str, people: list[str]) -> None:
    assert _people(detector, text) == people


def test_the_filters_drop_these_words_by_themselves() -> None:
    """The round-five filter drops these words whatever the model says (the model of round
    four took them for names; the one retrained in round eleven no longer does), so the tests
    above test the filters, not only the model."""
    from rung.privacy.person_checks import one_language_only

    assert one_language_only("Inbetalning") and one_language_only("Prescribed")
    assert not one_language_only("Quorvild") and not one_language_only("Zelmira")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("vet inte, fråga quorvild", ["quorvild"]),
        ("no idea, ask zelmira", ["zelmira"]),
        ("no idea, ask questions", []),
        ("zelmira: kan du godkänna PR 412?", ["zelmira"]),
        ("todo: uppdatera sidan", []),
        ("jag och quorvild tar ärendet", ["quorvild"]),
        ("Med vänlig hälsning\nQuorvild", ["Quorvild"]),
    ],
)
def test_rules_for_chat_and_signatures(text: str, people: list[str]) -> None:
    assert [text[s:e] for s, e, _ in names.find_names(text)] == people


@pytest.mark.parametrize("text", ["aws", "zelmira", "Quorvild"])
def test_a_text_of_one_word_gets_no_name_from_the_tagger(detector: Detector, text: str) -> None:
    """A JSON key or a label alone: nothing around it to read a name by (the tagger trained on
    the writers' rows gave `aws` 0.998)."""
    tagged = [f for f in detector.find(text) if f.kind == "PERSON" and f.score < 0.85]
    assert tagged == []


# `pii-leak-benchmark selfcheck` ties its captured requests to the run by a marker of five
# of its tool words (`pedal-lantern-handle-rung-mantle`); the tagger gave such a marker 0.887
# as a name, and a run whose marker was hidden measured nothing (2.4% of 3,000 prompts).
SLUG_PROMPT = (
    "Synthetic conformance record pedal-lantern-handle-rung-mantle: contact "
    "xiimglzj@example.com, SSN 943-16-8944, card 4242-4242-4242-4242"
)


def test_a_lower_case_slug_is_no_name(detector: Detector, tagger: NameTagger) -> None:
    slug = "pedal-lantern-handle-rung-mantle"
    assert [SLUG_PROMPT[s:e] for s, e, _ in tagger.find(SLUG_PROMPT)] == [slug]
    assert _people(detector, SLUG_PROMPT) == []


@pytest.mark.parametrize(
    ("value", "slug"),
    [
        ("pedal-lantern-handle-rung-mantle", True),
        ("fix-login-timeout", True),
        ("api-gateway-7f9c-xk2p", True),
        ("khanh-vy", False),  # a name in lower-case chat: two parts
        ("anna-maria-lena", False),  # known names among the parts
        ("Pedal-Lantern-Handle", False),
        ("pedal-lantern handle", False),
    ],
)
def test_kebab_slug(value: str, slug: bool) -> None:
    from rung.privacy.tagged_names import kebab_slug

    assert kebab_slug(value) is slug


def test_selfcheck_markers_keep_their_words(detector: Detector) -> None:
    """Every word the benchmark draws its markers from, in every place of a marker of five."""
    import random

    from pii_leak_benchmark import http_profile

    words = list(http_profile._NONCE_WORDS)
    rng = random.Random(5)
    hidden = []
    for _ in range(5):
        rng.shuffle(words)
        for i in range(0, len(words) - 4, 5):
            marker = "-".join(words[i : i + 5])
            text = SLUG_PROMPT.replace("pedal-lantern-handle-rung-mantle", marker)
            start = text.index(marker)
            found = detector.find(text)
            hidden += [
                f.value(text) for f in found if f.start < start + len(marker) and start < f.end
            ]
    assert hidden == []


def test_the_tagger_learns_from_every_dev_set_but_those_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(DATA))
    import score_sets
    import train_tagger

    every = train_tagger.dev_paths()
    # validation; no gain for their writers; V to AN measure common names, kept apart
    left_out = {"dev-c", "dev-s", "dev-t"} | {f"dev-{x}" for x in ("v", "w", "x", "y", "z")}
    left_out |= {"dev-aa", "dev-ab", "dev-ac", "dev-ad", "dev-ae", "dev-af", "dev-ag", "dev-ah"}
    left_out |= {"dev-ai", "dev-aj", "dev-ak", "dev-al", "dev-am", "dev-an", "dev-ao", "dev-ap"}
    left_out |= {"dev-aq", "dev-ar", "dev-as", "dev-at", "dev-av", "dev-aw", "dev-ay"}
    left_out |= {"dev-az", "dev-ba", "dev-bb", "dev-bc", "dev-bd", "dev-be", "dev-bf", "dev-bg"}
    left_out |= {"dev-bm", "dev-bn", "dev-bo", "dev-bq", "dev-br", "dev-bs", "dev-bt"}
    left_out |= {"dev-bv", "dev-bw", "dev-bx", "dev-bz", "dev-ca", "dev-cb", "dev-cd", "dev-ce"}
    left_out |= {"dev-cg", "dev-ch", "dev-cj", "dev-ck", "dev-cm", "dev-cn", "dev-cp", "dev-cq"}
    left_out |= {"dev-cs", "dev-ct", "dev-cv", "dev-cw", "dev-cy", "dev-cz"}
    left_out |= {"dev-db", "dev-dd", "dev-df", "dev-dh", "dev-dj", "dev-dl", "dev-dn", "dev-dp"}
    left_out |= {"dev-dr", "dev-dt", "dev-dv", "dev-dx", "dev-dz", "dev-eb", "dev-ed"}
    left_out |= {"dev-ef", "dev-eh", "dev-ej", "dev-el", "dev-en", "dev-ep"}
    left_out |= {"dev-er", "dev-et", "dev-ev", "dev-ex", "dev-ez", "dev-fb", "dev-fd", "dev-ff"}
    left_out |= {"dev-fh", "dev-fj", "dev-fl", "dev-fn", "dev-fp", "dev-fr", "dev-ft", "dev-fv"}
    left_out |= {"dev-fx", "dev-fz", "dev-gb", "dev-gd", "dev-gf", "dev-gh", "dev-gj", "dev-gl"}
    left_out |= {"dev-gn", "dev-gp", "dev-gr"}
    left_out |= {"dev-gt", "dev-gv", "dev-gx"}
    left_out |= {"dev-gz", "dev-hb", "dev-hd"}
    left_out |= {"dev-hf", "dev-hh", "dev-hj"}
    left_out |= {"dev-hl", "dev-hn", "dev-hp"}
    left_out |= {"dev-hr", "dev-ht", "dev-hv", "dev-hx", "dev-hz", "dev-ib"}
    assert set(train_tagger.LEFT_OUT) == left_out
    left_out = {score_sets.DEV_SETS[name] for name in train_tagger.LEFT_OUT}
    assert set(every) == set(score_sets.DEV_SETS.values()) - left_out
    assert score_sets.DEV_SETS["dev-r"] not in train_tagger.dev_paths(without="dev-r")
    assert score_sets.HELDOUT_C not in every


def test_the_shipped_model_is_what_the_script_builds(tmp_path: Path) -> None:
    """`train_tagger.py` rebuilds the shipped name model byte for byte (a held-out set's new name
    pool, a dev set's rows or a generator's change shows here, and the model is built again)."""
    import subprocess

    from rung.privacy.tagger import MODEL_FILE

    out = tmp_path / MODEL_FILE
    subprocess.run(
        [sys.executable, str(DATA / "train_tagger.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(DATA.parents[1] / "src"), "PATH": "/usr/bin:/bin"},
    )
    shipped = DATA.parents[1] / "src" / "rung" / "privacy" / "lexicons" / MODEL_FILE
    assert out.read_bytes() == shipped.read_bytes()
