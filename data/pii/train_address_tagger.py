"""Build the address tagger's model (`src/rung/privacy/lexicons/address-tagger.crfsuite`).

    PYTHONPATH=src python data/pii/train_address_tagger.py                  # train, write
    PYTHONPATH=src python data/pii/train_address_tagger.py --validate dev-p  # one writer out

Training text: every dev set of `score_sets.DEV_SETS` (each written by another hand; never
held-out C nor a held-out set being scored), its ADDRESS spans as B/I/O labels. One writer out
on R (trained without dev-r, scored on it; docs/privacy.md, "Held-out T"): without S's and T's
rows ADDRESS P 0.982 R 0.941 hidden 0.846, with S's 0.984 / 0.947 / 0.852, with T's 0.967 /
0.954 / 0.863, with both 0.978 / 0.954 / 0.859: both kept. Not dev-v to dev-at, dev-av,
dev-aw, dev-ay (`LEFT_OUT`).
`--validate NAME` trains a model without that dev set (in a temporary file) and scores the
detector on it with the rules alone and with the tagger: what the tagger adds on a writer it
never saw. Deterministic: python-crfsuite's L-BFGS with fixed settings on the same input
gives the same model.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from score_sets import DEV_SETS  # noqa: E402

from rung.privacy.address_tagger import MODEL_FILE, AddressTagger, features, labels  # noqa: E402
from rung.privacy.tagger import tokens  # noqa: E402

MODEL = HERE.parents[1] / "src" / "rung" / "privacy" / "lexicons" / MODEL_FILE
# The dev sets the address tagger does not learn from, and why.
LEFT_OUT = {
    "dev-v": "held-out V measures common names and streets as they occur; kept apart",
    "dev-w": "the same, by a second writer",
    "dev-x": "the same, by a third writer",
    "dev-y": "the same, by a fourth writer",
    "dev-z": "the same, by a fifth writer",
    "dev-aa": "the same, by a sixth writer",
    "dev-ab": "the same, by a seventh writer",
    "dev-ac": "the same, by an eighth writer",
    "dev-ad": "the same, by a ninth writer",
    "dev-ae": "the same, by a tenth writer",
    "dev-af": "the same, by an eleventh writer",
    "dev-ag": "the same, by a twelfth writer",
    "dev-ah": "the same, by a thirteenth writer",
    "dev-ai": "the same, by a fourteenth writer",
    "dev-aj": "the same, by a fifteenth writer",
    "dev-ak": "the same, by a sixteenth writer",
    "dev-al": "the same, by a seventeenth writer",
    "dev-am": "the same, by an eighteenth writer",
    "dev-an": "the same, by a nineteenth writer",
    "dev-ao": "the same, by a twentieth writer",
    "dev-ap": "the same, by a twenty-first writer",
    "dev-aq": "the same, by a twenty-second writer",
    "dev-ar": "the same, by a twenty-third writer",
    "dev-as": "the same, by a twenty-fourth writer",
    "dev-at": "the same, by a twenty-fifth writer",
    "dev-av": "the same, by a twenty-seventh writer",
    "dev-aw": "the same, by a twenty-eighth writer",
    "dev-ay": "the same, by a thirtieth writer",
    "dev-az": "the same, by a thirty-first writer",
    "dev-ba": "the same, by a thirty-second writer",
    "dev-bb": "the same, by a thirty-third writer",
    "dev-bc": "the same, by a thirty-fourth writer",
    "dev-bd": "the same, by a thirty-fifth writer",
    "dev-be": "the same, by a thirty-sixth writer",
    "dev-bf": "the same, by a thirty-seventh writer",
    "dev-bg": "the same, by a thirty-eighth writer",
}
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def train(out: Path, without: str | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for name, path in DEV_SETS.items():
        if name == without or name in LEFT_OUT:
            continue
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            toks = tokens(row["text"])
            if toks:
                spans = [(s["start"], s["end"]) for s in row["spans"] if s["kind"] == "ADDRESS"]
                trainer.append(features(toks), labels(toks, spans))
                count += 1
    trainer.set_params(PARAMS)
    started = time.perf_counter()
    trainer.train(str(out))
    seconds = time.perf_counter() - started
    print(f"{count} sentences, trained in {seconds:.0f} s, {out.stat().st_size} bytes")


def validate(name: str) -> None:
    from score_sets import line

    from rung.privacy.detect import Detector
    from rung.privacy.evaluate import evaluate, load

    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / MODEL_FILE
        train(model, without=name)
        examples = load(DEV_SETS[name])
        for label, tagger in (("rules", None), ("+ tagger", AddressTagger(path=str(model)))):
            detector = Detector()
            detector.address_tagger = tagger
            print(line(f"{name} {label}", evaluate(detector, examples)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--validate", choices=sorted(DEV_SETS), help="leave this set out")
    parser.add_argument("--out", type=Path, default=MODEL, help="where to write the model")
    args = parser.parse_args()
    if args.validate:
        validate(args.validate)
    else:
        train(args.out)


if __name__ == "__main__":
    main()
