"""Score the detector on the generated sets: per kind, and PERSON/ADDRESS per language.

    PYTHONPATH=src python data/pii/score_sets.py                 # the dev sets
    PYTHONPATH=src python data/pii/score_sets.py --heldout       # held-out C only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ak    # one set alone, by its letter
    PYTHONPATH=src python data/pii/score_sets.py --heldout-au --heldout-by  # these sets only
    PYTHONPATH=src python data/pii/score_sets.py --errors dev-c  # list one dev set's errors

Dev sets (tuned on): dev, dev-b (`generated-heldout.jsonl`), dev-c (`generated-heldout-b.jsonl`,
held-out B of round two), dev-d (`generated-heldout-d.jsonl`, held-out D of round four, a dev
set since round five), dev-e (`generated-heldout-e.jsonl`, held-out E of round five, a dev set
since round six), dev-f (`generated-heldout-f.jsonl`, held-out F of round six, a dev set since
round seven), dev-g (`generated-heldout-g.jsonl`, held-out G of round seven, a dev set since
round eight), dev-h (`generated-heldout-h.jsonl`, held-out H of round eight, a dev set since
round nine), dev-i (`generated-heldout-i.jsonl`, held-out I of round nine, a dev set since round
ten), dev-j (`generated-heldout-j.jsonl`, held-out J of round ten, a dev set since round
eleven), dev-k (`generated-heldout-k.jsonl`, held-out K of round eleven, a dev set since
round twelve), dev-l (`generated-heldout-l.jsonl`, held-out L of round twelve, a dev set since
round thirteen), dev-m (`generated-heldout-m.jsonl`, held-out M of round thirteen, a dev set
since round fourteen), dev-n (`generated-heldout-n.jsonl`, held-out N of round fourteen, a dev
set since round fifteen), dev-o (`generated-heldout-o.jsonl`, held-out O, written by a helper who
did not tune and scored after round fifteen; a dev set since round sixteen), dev-p
(`generated-heldout-p.jsonl`, held-out P, written by a helper who did not tune and scored after
round sixteen; a dev set since round seventeen), dev-q (`generated-heldout-q.jsonl`, held-out Q,
written by a helper who did not tune and scored after round seventeen; a dev set since round
eighteen), dev-r (`generated-heldout-r.jsonl`, held-out R, written by a helper who did not tune
and scored after rounds seventeen and eighteen; a dev set since then, its rows among the learned
taggers' training text), dev-s (`generated-heldout-s.jsonl`, held-out S, written by a helper who
did not tune and scored twice in the stop that wrote it; a dev set since then), dev-t
(`generated-heldout-t.jsonl`, held-out T, written by a helper who did not tune and scored once; a
dev set since then): the address tagger learns from both, the name tagger from neither
(`train_tagger.LEFT_OUT`); dev-v (`generated-heldout-v.jsonl`, held-out V, names as the
population has them, written by a helper who did not tune and scored once; a dev set since
then), dev-w to dev-at, dev-av, dev-aw, dev-ay to dev-bg
(`generated-heldout-{w,x,y,z,aa,...,at,av,aw,ay,az,...,bg}.jsonl`, held-out W to AT, AV, AW
and AY to BG, the same by a second to a thirty-eighth writer, each scored once to nine times; dev
sets since then):
the name tagger does not learn from them (`train_tagger.LEFT_OUT`), the address tagger does
since round twenty-seven; dev-bm (`generated-heldout-bm.jsonl`, a forty-fourth writer's, spent
unscored in round twenty-eight to tune on animals' names) dev-bn, dev-bo and dev-bq (a
forty-fifth, forty-sixth and forty-eighth writer's, spent unscored in round twenty-nine: field
service, horses and dogs across borders, housing and streets), dev-br, dev-bs and dev-bt (a
forty-ninth, fiftieth and fifty-first writer's, spent unscored in round thirty: IT work,
utilities, animals and their people), dev-bv, dev-bw and dev-bx (a fifty-third to a fifty-fifth
writer's, spent in round thirty-one: farms and stables, clubs, offices and deliveries), dev-bz,
dev-ca and dev-cb (a fifty-seventh to a fifty-ninth writer's, spent in round thirty-two: the
vet's clinic, housing, IT support), dev-cd and dev-ce (a sixty-first and a sixty-second writer's,
spent in round thirty-three: farms and stables, moving and deliveries), dev-cg and dev-ch (a
sixty-fourth and a sixty-fifth writer's, spent in round thirty-four: pets and vets, housing and
neighbours), the same.
Held-out C (`generated-heldout-c.jsonl`), U (`generated-heldout-u.jsonl`, written by a helper
who did not tune), AU, AX, BH to BL, BP, BU, BY, CC, CF and CI
(`generated-heldout-{au,ax,bh,...,bl,bp,bu,by,cc,cf,ci}.jsonl`, names as the population has
them, a twenty-sixth, a twenty-ninth, a thirty-ninth to a forty-third, a forty-seventh, a
fifty-second, a fifty-sixth, a sixtieth, a sixty-third and a sixty-sixth writer who did not tune)
are scored, never listed:
`--errors` refuses them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rung.privacy.detect import DEFAULT_MODEL, DEFAULT_TAGGER_THRESHOLD, Detector
from rung.privacy.evaluate import Report, evaluate, load

HERE = Path(__file__).parent
# The sets of held-out C on, by their letter (`generated-heldout-X.jsonl`). Held out, scored and
# never listed: C, U, AU, AX, BH to BL, BP, BU, BY, CC, CF, CI, CL, CO, CR, CU, CX, DA, DC, DE,
# DG, DI, DK, DM, DO, DQ, DS, DU, DW, DY, EA, EC, EE, EG, EI, EK, EM, EO, EQ, ES, EU, EW, EY,
# FA, FC, FE, FG, FI, FK, FM, FO, FQ, FS, FU, FW, FY, GA, GC, GE, GG, GI, GK, GM, GO, GQ,
# GS, GU, GW, GY, HA, HC, HE, HG, HI, HK, HM, HO, HQ, HS, HU, HW, HY, IA and IC (`UNREAD`);
# every other one was spent.
LETTERS = (
    *"cdefghijklmnopqrstuvwxyz",
    *(f"a{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
    *(f"b{x}" for x in "abcdefghijklmnopqrstuvwxyz"),
    "ca",
    "cb",
    "cc",
    "cd",
    "ce",
    "cf",
    "cg",
    "ch",
    "ci",
    "cj",
    "ck",
    "cl",
    "cm",
    "cn",
    "co",
    "cp",
    "cq",
    "cr",
    "cs",
    "ct",
    "cu",
    "cv",
    "cw",
    "cx",
    "cy",
    "cz",
    "da",
    "db",
    "dc",
    "dd",
    "de",
    "df",
    "dg",
    "dh",
    "di",
    "dj",
    "dk",
    "dl",
    "dm",
    "dn",
    "do",
    "dp",
    "dq",
    "dr",
    "ds",
    "dt",
    "du",
    "dv",
    "dw",
    "dx",
    "dy",
    "dz",
    "ea",
    "eb",
    "ec",
    "ed",
    "ee",
    "ef",
    "eg",
    "eh",
    "ei",
    "ej",
    "ek",
    "el",
    "em",
    "en",
    "eo",
    "ep",
    "eq",
    "er",
    "es",
    "et",
    "eu",
    "ev",
    "ew",
    "ex",
    "ey",
    "ez",
    "fa",
    "fb",
    "fc",
    "fd",
    "fe",
    "ff",
    "fg",
    "fh",
    "fi",
    "fj",
    "fk",
    "fl",
    "fm",
    "fn",
    "fo",
    "fp",
    "fq",
    "fr",
    "fs",
    "ft",
    "fu",
    "fv",
    "fw",
    "fx",
    "fy",
    "fz",
    "ga",
    "gb",
    "gc",
    "gd",
    "ge",
    "gf",
    "gg",
    "gh",
    "gi",
    "gj",
    "gk",
    "gl",
    "gm",
    "gn",
    "go",
    "gp",
    "gq",
    "gr",
    "gs",
    "gt",
    "gu",
    "gv",
    "gw",
    "gx",
    "gy",
    "gz",
    "ha",
    "hb",
    "hc",
    "hd",
    "he",
    "hf",
    "hg",
    "hh",
    "hi",
    "hj",
    "hk",
    "hl",
    "hm",
    "hn",
    "ho",
    "hp",
    "hq",
    "hr",
    "hs",
    "ht",
    "hu",
    "hv",
    "hw",
    "hx",
    "hy",
    "hz",
    "ia",
    "ib",
    "ic",
)
UNREAD = (
    "c", "u", "au", "ax", "bh", "bi", "bj", "bk", "bl", "bp", "bu", "by", "cc", "cf", "ci", "cl",
    "co", "cr", "cu", "cx", "da", "dc", "de", "dg", "di", "dk", "dm", "do", "dq", "ds", "du", "dw",
    "dy", "ea", "ec", "ee", "eg", "ei", "ek", "em", "eo", "eq", "es", "eu", "ew",
    "ey", "fa", "fc", "fe", "fg", "fi", "fk", "fm", "fo", "fq", "fs", "fu", "fw", "fy", "ga",
    "gc", "ge", "gg", "gi", "gk", "gm", "go", "gq", "gs", "gu", "gw", "gy",
    "ha", "hc", "he", "hg", "hi", "hk", "hm", "ho", "hq", "hs", "hu", "hw",
    "hy", "ia", "ic",
)  # fmt: skip
DEV_SETS = {
    "dev": HERE / "generated-dev.jsonl",
    "dev-b": HERE / "generated-heldout.jsonl",
    "dev-c": HERE / "generated-heldout-b.jsonl",
    **{f"dev-{x}": HERE / f"generated-heldout-{x}.jsonl" for x in LETTERS if x not in UNREAD},
}
# Every set `--heldout-X` scores without the dev sets (`--heldout` for C): a held-out set by its own
# name, a spent one by its dev name.
HELDOUT = {x: HERE / f"generated-heldout-{x}.jsonl" for x in LETTERS}
HELDOUT_C = HELDOUT["c"]


def scored_name(letter: str) -> str:
    """`held-out C`, or `dev-d` for a spent set."""
    path = HELDOUT[letter]
    return next((name for name, p in DEV_SETS.items() if p == path), f"held-out {letter.upper()}")


def line(name: str, report: Report) -> str:
    cells = []
    for kind in ("PERSON", "ADDRESS"):
        s = report.kinds[kind]
        cells.append(f"{kind} {s.gold:4d} P {s.precision:.3f} R {s.recall:.3f}")
    address = report.kinds["ADDRESS"]
    if address.gold:
        cells.append(
            f"ADDR exact {address.exact / address.gold:.3f}"
            f" hidden {address.hidden / address.gold:.3f}"
        )
    total = report.total()
    cells.append(f"all {total.gold:4d} P {total.precision:.3f} R {total.recall:.3f}")
    return f"{name:<14} " + " | ".join(cells)


def score(detector: Detector, name: str, path: Path) -> Report:
    examples = load(path)
    report = evaluate(detector, examples)
    print(line(name, report))
    for lang in ("sv", "en", "mixed"):
        part = evaluate(detector, [e for e in examples if e.lang == lang])
        print(line(f"  {lang}", part))
    others = [k for k, s in report.kinds.items() if k not in ("PERSON", "ADDRESS") and s.gold]
    worst = min((report.kinds[k].recall for k in others), default=1.0)
    print(f"  other kinds: lowest recall {worst:.3f}")
    per = report.seconds / max(report.sentences, 1) * 1000
    print(f"  {report.sentences} sentences, {per:.1f} ms per sentence")
    return report


def main() -> None:
    parser = argparse.ArgumentParser()
    for letter in HELDOUT:
        flag = "--heldout" if letter == "c" else f"--heldout-{letter}"
        help_ = f"score {scored_name(letter)} only"
        parser.add_argument(flag, action="store_true", dest=f"heldout_{letter}", help=help_)
    parser.add_argument("--no-tagger", action="store_true", help="the rules without the tagger")
    parser.add_argument(
        "--model", default=DEFAULT_MODEL, help="the spaCy model (an installed package)"
    )
    parser.add_argument("--errors", choices=sorted(DEV_SETS), help="list a dev set's errors")
    args = parser.parse_args()
    detector = Detector(
        model=args.model, tagger=None if args.no_tagger else DEFAULT_TAGGER_THRESHOLD
    )
    if args.errors:
        report = evaluate(detector, load(DEV_SETS[args.errors]))
        print("\n".join(report.misses))
        return
    chosen = {scored_name(x): path for x, path in HELDOUT.items() if getattr(args, f"heldout_{x}")}
    for name, path in (chosen or DEV_SETS).items():  # several flags: several sets, in order
        score(detector, name, path)


if __name__ == "__main__":
    main()
