"""Build the name tagger's model (`src/rung/privacy/lexicons/name-tagger.crfsuite`).

    PYTHONPATH=src python data/pii/train_tagger.py              # train and write the model
    PYTHONPATH=src python data/pii/train_tagger.py --validate   # score on the validation sets

Training text: `generate_train.py` (9,000 sentences, names outside the held-out eighth, a third made
up), the dev sets' templates (`train_templates.py`) and, since round eighteen, the rows of every dev
set but dev-c, dev-s and dev-t (`LEFT_OUT`: fifteen writers' sentences; `--without dev-x` leaves one
more out), less every sentence with a name word of the held-out eighth. For 35% of the sentences the
lexicon features are left out, so that the model also learns names without a lexicon hit. Validation
(never trained on): dev-c as it is, and `val-templates`: 600 sentences of the training generator's
held-back templates (every fifth), whose made-up names come from the other half of the words (in no
lexicon and not in the training text), the real ones from the lists outside the held-out eighth.
Deterministic: python-crfsuite's L-BFGS with fixed settings on the same input gives the same model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from generate_train import SEED, TRAIN, generate  # noqa: E402
from name_sources import heldout_c  # noqa: E402

from rung.privacy.tagger import MODEL_FILE, labels, sentence_features, tokens  # noqa: E402

ROOT = HERE.parents[1]
MODEL = ROOT / "src" / "rung" / "privacy" / "lexicons" / MODEL_FILE
VALIDATION = HERE / "generated-heldout-b.jsonl"
TEMPLATE_SETS = ("e", "f", "g", "h", "i", "j")  # round eleven: see train_templates.py
LEXICON_DROPOUT = 0.35
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def person_spans(row: dict[str, object]) -> list[tuple[int, int]]:
    spans = row["spans"]
    assert isinstance(spans, list)
    return [(s["start"], s["end"]) for s in spans if s["kind"] == "PERSON"]


def clean(row: dict[str, object]) -> bool:
    """No name word of the held-out eighth in the sentence's names."""
    text = str(row["text"])
    return not any(
        heldout_c(word)
        for start, end in person_spans(row)
        for word in text[start:end].replace("-", " ").split()
    )


# The dev sets the name tagger does not learn from, and why.
LEFT_OUT = {
    "dev-c": "the validation set",
    # One writer out on R (the model trained without dev-r, scored on it): without S's rows
    # PERSON P 0.914 R 0.879, with them 0.904 / 0.884 (and dev-m's P 0.991 -> 0.987); without
    # T's rows the same 0.914 / 0.879, with them 0.908 / 0.884 (docs/privacy.md, "Held-out T").
    "dev-s": "precision for as much recall on a writer it never saw",
    "dev-t": "the same",
    "dev-v": "held-out V measures common names as they occur; kept apart",
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
    "dev-bm": "the same, by a forty-fourth writer",
    "dev-bn": "the same, by a forty-fifth writer",
    "dev-bo": "the same, by a forty-sixth writer",
    "dev-bq": "the same, by a forty-eighth writer",
    "dev-br": "the same, by a forty-ninth writer",
    "dev-bs": "the same, by a fiftieth writer",
    "dev-bt": "the same, by a fifty-first writer",
    "dev-bv": "the same, by a fifty-third writer",
    "dev-bw": "the same, by a fifty-fourth writer",
    "dev-bx": "the same, by a fifty-fifth writer",
    "dev-bz": "the same, by a fifty-seventh writer",
    "dev-ca": "the same, by a fifty-eighth writer",
    "dev-cb": "the same, by a fifty-ninth writer",
    "dev-cd": "the same, by a sixty-first writer",
    "dev-ce": "the same, by a sixty-second writer",
    "dev-cg": "the same, by a sixty-fourth writer",
    "dev-ch": "the same, by a sixty-fifth writer",
    "dev-cj": "the same, by a sixty-seventh writer",
    "dev-ck": "the same, by a sixty-eighth writer",
    "dev-cm": "the same, by a seventieth writer",
    "dev-cn": "the same, by a seventy-first writer",
    "dev-cp": "the same, by a seventy-third writer",
    "dev-cq": "the same, by a seventy-fourth writer",
    "dev-cs": "the same, by a seventy-sixth writer",
    "dev-ct": "the same, by a seventy-seventh writer",
    "dev-cv": "the same, by a seventy-ninth writer",
    "dev-cw": "the same, by an eightieth writer",
    "dev-cy": "the same, by an eighty-second writer",
    "dev-cz": "the same, by an eighty-third writer",
    "dev-db": "the same, by an eighty-fifth writer",
    "dev-dd": "the same, by an eighty-seventh writer",
    "dev-df": "the same, by an eighty-ninth writer",
    "dev-dh": "the same, by a ninety-first writer",
    "dev-dj": "the same, by a ninety-third writer",
    "dev-dl": "the same, by a ninety-fifth writer",
    "dev-dn": "the same, by a ninety-seventh writer",
    "dev-dp": "the same, by a ninety-ninth writer",
    "dev-dr": "the same, by a hundred-and-first writer",
    "dev-dt": "the same, by a hundred-and-third writer",
    "dev-dv": "the same, by a hundred-and-fifth writer",
    "dev-dx": "the same, by a hundred-and-seventh writer",
    "dev-dz": "the same, by a hundred-and-ninth writer",
    "dev-eb": "the same, by a hundred-and-eleventh writer",
    "dev-ed": "the same, by a hundred-and-thirteenth writer",
    "dev-ef": "the same, by a hundred-and-fifteenth writer",
    "dev-eh": "the same, by a hundred-and-seventeenth writer",
    "dev-ej": "the same, by a hundred-and-nineteenth writer",
    "dev-el": "the same, by a hundred-and-twenty-first writer",
    "dev-en": "the same, by a hundred-and-twenty-third writer",
    "dev-ep": "the same, by a hundred-and-twenty-fifth writer",
    "dev-er": "the same, by a hundred-and-twenty-seventh writer",
    "dev-et": "the same, by a hundred-and-twenty-ninth writer",
    "dev-ev": "the same, by a hundred-and-thirty-first writer",
    "dev-ex": "the same, by a hundred-and-thirty-third writer",
    "dev-ez": "the same, by a hundred-and-thirty-fifth writer",
    "dev-fb": "the same, by a hundred-and-thirty-seventh writer",
    "dev-fd": "the same, by a hundred-and-thirty-ninth writer",
    "dev-ff": "the same, by a hundred-and-forty-first writer",
    "dev-fh": "the same, by a hundred-and-forty-third writer",
    "dev-fj": "the same, by a hundred-and-forty-fifth writer",
    "dev-fl": "the same, by a hundred-and-forty-seventh writer",
    "dev-fn": "the same, by a hundred-and-forty-ninth writer",
    "dev-fp": "the same, by a hundred-and-fifty-first writer",
    "dev-fr": "the same, by a hundred-and-fifty-third writer",
    "dev-ft": "the same, by a hundred-and-fifty-fifth writer",
    "dev-fv": "the same, by a hundred-and-fifty-seventh writer",
    "dev-fx": "the same, by a hundred-and-fifty-ninth writer",
    "dev-fz": "the same, by a hundred-and-sixty-first writer",
    "dev-gb": "the same, by a hundred-and-sixty-third writer",
    "dev-gd": "the same, by a hundred-and-sixty-fifth writer",
    "dev-gf": "the same, by a hundred-and-sixty-seventh writer",
    "dev-gh": "the same, by a hundred-and-sixty-ninth writer",
    "dev-gj": "the same, by a hundred-and-seventy-first writer",
    "dev-gl": "the same, by a hundred-and-seventy-third writer",
    "dev-gn": "the same, by a hundred-and-seventy-fifth writer",
    "dev-gp": "the same, by a hundred-and-seventy-seventh writer",
    "dev-gr": "the same, by a hundred-and-seventy-ninth writer",
    "dev-gt": "the same, by a hundred-and-eighty-first writer",
    "dev-gv": "the same, by a hundred-and-eighty-third writer",
    "dev-gx": "the same, by a hundred-and-eighty-fifth writer",
    "dev-gz": "the same, by a hundred-and-eighty-seventh writer",
    "dev-hb": "the same, by a hundred-and-eighty-ninth writer",
    "dev-hd": "the same, by a hundred-and-ninety-first writer",
    "dev-hf": "the same, by a hundred-and-ninety-third writer",
    "dev-hh": "the same, by a hundred-and-ninety-fifth writer",
    "dev-hj": "the same, by a hundred-and-ninety-seventh writer",
    "dev-hl": "the same, by a hundred-and-ninety-ninth writer",
    "dev-hn": "the same, by a two-hundred-and-first writer",
    "dev-hp": "the same, by a two-hundred-and-third writer",
    "dev-hr": "the same, by a two-hundred-and-fifth writer",
    "dev-ht": "the same, by a two-hundred-and-seventh writer",
    "dev-hv": "the same, by a two-hundred-and-ninth writer",
    "dev-hx": "the same, by a two-hundred-and-eleventh writer",
    "dev-hz": "the same, by a two-hundred-and-thirteenth writer",
    "dev-ib": "the same, by a two-hundred-and-fifteenth writer",
}


def dev_paths(without: str | None = None) -> list[Path]:
    """Every dev set of `score_sets.DEV_SETS` (each written by another hand) but those of
    `LEFT_OUT` and `without` (one writer left out, to measure what the tagger does on a writer it
    never saw)."""
    from score_sets import DEV_SETS

    return [path for name, path in DEV_SETS.items() if name not in (*LEFT_OUT, without)]


def training_rows(
    letters: tuple[str, ...] = TEMPLATE_SETS, without: str | None = None, keep: bool = False
) -> list[dict[str, object]]:
    """`keep`: write the generated sentences beside the shipped model (`TRAIN`, not committed)."""
    import train_templates

    train = generate()
    if keep:
        TRAIN.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in train), "utf-8")
    dev = [r for path in dev_paths(without) for r in rows(path) if clean(r)]
    return train + dev + (train_templates.generate(letters) if letters else [])


def train(
    letters: tuple[str, ...] = TEMPLATE_SETS, out: Path = MODEL, without: str | None = None
) -> None:
    import pycrfsuite

    data = training_rows(letters, without, keep=out == MODEL)
    rng = random.Random(SEED)
    trainer = pycrfsuite.Trainer(verbose=False)
    for row in data:
        text = str(row["text"])
        toks = tokens(text)
        if not toks:
            continue
        lexicon = rng.random() >= LEXICON_DROPOUT
        trainer.append(sentence_features(text, toks, lexicon), labels(toks, person_spans(row)))
    trainer.set_params(PARAMS)
    started = time.perf_counter()
    trainer.train(str(out))
    seconds = time.perf_counter() - started
    print(f"{len(data)} sentences, trained in {seconds:.0f} s, {out.stat().st_size} bytes")


def validate() -> None:
    from rung.privacy.detect import Detector
    from rung.privacy.evaluate import Example, Finding, evaluate

    def examples(data: list[dict[str, object]]) -> list[Example]:
        return [
            Example(
                str(r["id"]),
                str(r["lang"]),
                str(r["text"]),
                [Finding(s["kind"], s["start"], s["end"], 1.0) for s in r["spans"]],  # type: ignore[union-attr]
                "validation",
            )
            for r in data
        ]

    dev_c = rows(VALIDATION)
    sets = {
        "dev-c": examples(dev_c),
        "val-templates": examples(generate(validation=True, size=600)),
    }
    for label, tagger in (("rules only", None), ("union 0.5", 0.5), ("union 0.7", 0.7)):
        detector = Detector(tagger=tagger)
        for name, data in sets.items():
            report = evaluate(detector, data)
            s, t = report.kinds["PERSON"], report.total()
            print(
                f"{label:<11} {name:<14} PERSON {s.gold} P {s.precision:.3f} R {s.recall:.3f}"
                f" | all P {t.precision:.3f} R {t.recall:.3f}"
                f" | {report.seconds / max(report.sentences, 1) * 1000:.1f} ms/sentence"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--validate", action="store_true")
    parser.add_argument(
        "--templates",
        default=",".join(TEMPLATE_SETS),
        help="the dev generators whose templates add training text (train_templates.py)",
    )
    parser.add_argument("--out", type=Path, default=MODEL, help="where to write the model")
    parser.add_argument("--without", help="leave this dev set out of the training text")
    args = parser.parse_args()
    if args.validate:
        validate()
    else:
        train(tuple(x for x in args.templates.split(",") if x), args.out, args.without)


if __name__ == "__main__":
    main()
