"""Build `src/rung/privacy/lexicons/pets-model.json` (rung.privacy.pets_model).

    python data/pii/train_pets_model.py --examples   # pets/examples.jsonl from the dev sets
    python data/pii/train_pets_model.py --evaluate   # leave one dev set out at a time
    python data/pii/train_pets_model.py              # the shipped model, from the examples

The examples are the PERSONs the detector finds, before this model, in the dev sets' texts about
animals, each labelled a pet (1) when it overlaps no PERSON of the labels, else a person (0).
The held-out sets (score_sets.UNREAD) are never read. Training is a logistic regression with an
L2 penalty, by Adagrad over the examples in file order: the same examples give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXAMPLES = HERE / "pets" / "examples.jsonl"
MODEL = ROOT / "src" / "rung" / "privacy" / "lexicons" / "pets-model.json"
THRESHOLD = 0.95  # chosen with --evaluate (docs/privacy.md, round thirty-five)
EPOCHS, RATE, L2 = 30, 0.2, 1e-4

Example = tuple[list[str], int, bool]  # features, a pet, a person for sure (never dropped)


def _texts() -> dict[str, dict[str, str]]:
    sys.path.insert(0, str(HERE))
    from score_sets import DEV_SETS

    texts: dict[str, dict[str, str]] = {}
    for name, path in sorted(DEV_SETS.items()):
        with open(path, encoding="utf-8") as rows:
            texts[name] = {r["id"]: r["text"] for r in map(json.loads, rows)}
    return texts


def write_examples() -> None:
    """Run the detector without this model over the dev sets; keep texts about animals."""
    sys.path.insert(0, str(HERE))
    from score_sets import DEV_SETS

    from rung.privacy.detect import DEFAULT_TAGGER_THRESHOLD, Detector
    from rung.privacy.pets_model import animal_text

    detector = Detector(tagger=DEFAULT_TAGGER_THRESHOLD)  # the pets' model off, as by default
    with open(EXAMPLES, "w", encoding="utf-8") as out:
        for name, path in sorted(DEV_SETS.items()):
            with open(path, encoding="utf-8") as rows:
                for row in map(json.loads, rows):
                    text = row["text"]
                    if not animal_text(text):
                        continue
                    found = [f for f in detector.find(text) if f.kind == "PERSON"]
                    if not found:
                        continue
                    gold = [(s["start"], s["end"]) for s in row["spans"] if s["kind"] == "PERSON"]
                    people = [[f.start, f.end] for f in found]
                    pets = [int(not any(s < f.end and f.start < e for s, e in gold)) for f in found]
                    line = {"set": name, "id": row["id"], "people": people, "pets": pets}
                    out.write(json.dumps(line) + "\n")


def examples() -> dict[str, list[Example]]:
    """The examples' features, by dev set."""
    from rung.privacy.pets_model import features, person_for_sure

    texts = _texts()
    by_set: dict[str, list[Example]] = defaultdict(list)
    with open(EXAMPLES, encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            text = texts[row["set"]][row["id"]]
            people = [(s, e) for s, e in row["people"]]
            for (s, e), pet in zip(people, row["pets"], strict=True):
                sure = person_for_sure(text, s, e, people)
                by_set[row["set"]].append((features(text, s, e, people), pet, sure))
    return by_set


def train(data: list[Example]) -> dict[str, float]:
    from rung.privacy.pets_model import probability

    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    for _ in range(EPOCHS):
        for feats, label, _ in data:
            p = probability(weights, feats)
            for f in feats:
                grad = (p - label) + L2 * weights[f]
                squares[f] += grad * grad
                weights[f] -= RATE * grad / math.sqrt(squares[f])
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3}


def evaluate(by_set: dict[str, list[Example]]) -> None:
    """Leave one dev set out at a time: what the model trained on the others drops in it."""
    from rung.privacy.pets_model import probability

    cuts = (0.5, 0.7, 0.8, 0.9, 0.95, 0.97)
    pets_dropped = dict.fromkeys(cuts, 0)
    people_dropped = dict.fromkeys(cuts, 0)
    pets = people = 0
    for name in sorted(by_set):
        rest = [x for other, xs in sorted(by_set.items()) if other != name for x in xs]
        weights = train(rest)
        row = []
        for cut in cuts:
            probs = [(0.0 if sure else probability(weights, f), y) for f, y, sure in by_set[name]]
            pd = sum(1 for p, y in probs if y and p > cut)
            hd = sum(1 for p, y in probs if not y and p > cut)
            pets_dropped[cut] += pd
            people_dropped[cut] += hd
            row.append(f"{pd}/{hd}")
        n_pets = sum(y for _, y, _ in by_set[name])
        pets += n_pets
        people += len(by_set[name]) - n_pets
        print(f"{name}: pets {n_pets}, people {len(by_set[name]) - n_pets}; dropped", *row)
    print(f"all: {pets} pets, {people} people found in texts about animals")
    for cut in cuts:
        print(
            f"  above {cut}: pets dropped {pets_dropped[cut]} ({pets_dropped[cut] / pets:.1%}),"
            f" people dropped {people_dropped[cut]} ({people_dropped[cut] / people:.2%})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", action="store_true", help="write pets/examples.jsonl")
    parser.add_argument("--evaluate", action="store_true", help="leave one dev set out")
    parser.add_argument("--out", type=Path, default=MODEL, help="where the model goes")
    args = parser.parse_args()
    if args.examples:
        write_examples()
        return
    by_set = examples()
    if args.evaluate:
        evaluate(by_set)
        return
    weights = train([x for _, xs in sorted(by_set.items()) for x in xs])
    model = {"threshold": THRESHOLD, "weights": weights}
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out.name}: {len(weights)} weights, threshold {THRESHOLD}")


if __name__ == "__main__":
    main()
