"""Score the detector on the generated sets: per kind, and PERSON/ADDRESS per language.

    PYTHONPATH=src python data/pii/score_sets.py                 # the dev sets
    PYTHONPATH=src python data/pii/score_sets.py --heldout       # held-out C only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-d     # dev-d (held-out D of round 4)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-e     # dev-e (held-out E of round 5)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-f     # dev-f (held-out F of round 6)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-g     # dev-g (held-out G of round 7)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-h     # dev-h (held-out H of round 8)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-i     # dev-i (held-out I of round 9)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-j     # dev-j (held-out J of round 10)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-k     # dev-k (held-out K of round 11)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-m     # dev-m (held-out M of round 13)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-n     # dev-n (held-out N of round 14)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-o     # dev-o (held-out O of round 15)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-p     # dev-p (held-out P of round 16)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-q     # dev-q (held-out Q of round 17)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-r     # dev-r (held-out R of round 18)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-s     # dev-s (held-out S, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-t     # dev-t (held-out T, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-u     # held-out U only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-v     # dev-v (held-out V, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-w     # dev-w (held-out W, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-x     # dev-x (held-out X, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-y     # dev-y (held-out Y, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-z     # dev-z (held-out Z, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-aa    # dev-aa (held-out AA, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ab    # dev-ab (held-out AB, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ac    # dev-ac (held-out AC, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ad    # dev-ad (held-out AD, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ae    # dev-ae (held-out AE, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-af    # dev-af (held-out AF, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ag    # dev-ag (held-out AG, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ah    # dev-ah (held-out AH, spent)
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ai    # held-out AI only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-aj    # held-out AJ only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-ak    # held-out AK only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-al    # held-out AL only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-am    # held-out AM only
    PYTHONPATH=src python data/pii/score_sets.py --heldout-an    # held-out AN only
    PYTHONPATH=src python data/pii/score_sets.py --no-tagger     # without the name tagger
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
then), dev-w to dev-ah (`generated-heldout-{w,x,y,z,aa,ab,ac,ad,ae,af,ag,ah}.jsonl`, held-out
W to AH, the same by a second to a thirteenth writer, each scored once or twice; dev sets since
then): neither tagger learns from them (`train_address_tagger.LEFT_OUT`).
Held-out C (`generated-heldout-c.jsonl`), U (`generated-heldout-u.jsonl`, written by a helper
who did not tune), AI to AN (`generated-heldout-{ai,aj,ak,al,am,an}.jsonl`, names as the
population has them, a fourteenth to a nineteenth writer who did not tune) are scored, never
listed: `--errors` refuses them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rung.privacy.detect import DEFAULT_MODEL, DEFAULT_TAGGER_THRESHOLD, Detector
from rung.privacy.evaluate import Report, evaluate, load

HERE = Path(__file__).parent
DEV_SETS = {
    "dev": HERE / "generated-dev.jsonl",
    "dev-b": HERE / "generated-heldout.jsonl",
    "dev-c": HERE / "generated-heldout-b.jsonl",
    "dev-d": HERE / "generated-heldout-d.jsonl",
    "dev-e": HERE / "generated-heldout-e.jsonl",
    "dev-f": HERE / "generated-heldout-f.jsonl",
    "dev-g": HERE / "generated-heldout-g.jsonl",
    "dev-h": HERE / "generated-heldout-h.jsonl",
    "dev-i": HERE / "generated-heldout-i.jsonl",
    "dev-j": HERE / "generated-heldout-j.jsonl",
    "dev-k": HERE / "generated-heldout-k.jsonl",
    "dev-l": HERE / "generated-heldout-l.jsonl",
    "dev-m": HERE / "generated-heldout-m.jsonl",
    "dev-n": HERE / "generated-heldout-n.jsonl",
    "dev-o": HERE / "generated-heldout-o.jsonl",
    "dev-p": HERE / "generated-heldout-p.jsonl",
    "dev-q": HERE / "generated-heldout-q.jsonl",
    "dev-r": HERE / "generated-heldout-r.jsonl",
    "dev-s": HERE / "generated-heldout-s.jsonl",
    "dev-t": HERE / "generated-heldout-t.jsonl",
    "dev-v": HERE / "generated-heldout-v.jsonl",
    "dev-w": HERE / "generated-heldout-w.jsonl",
    "dev-x": HERE / "generated-heldout-x.jsonl",
    "dev-y": HERE / "generated-heldout-y.jsonl",
    "dev-z": HERE / "generated-heldout-z.jsonl",
    "dev-aa": HERE / "generated-heldout-aa.jsonl",
    "dev-ab": HERE / "generated-heldout-ab.jsonl",
    "dev-ac": HERE / "generated-heldout-ac.jsonl",
    "dev-ad": HERE / "generated-heldout-ad.jsonl",
    "dev-ae": HERE / "generated-heldout-ae.jsonl",
    "dev-af": HERE / "generated-heldout-af.jsonl",
    "dev-ag": HERE / "generated-heldout-ag.jsonl",
    "dev-ah": HERE / "generated-heldout-ah.jsonl",
}
HELDOUT_C = HERE / "generated-heldout-c.jsonl"
HELDOUT_D = HERE / "generated-heldout-d.jsonl"
HELDOUT_E = HERE / "generated-heldout-e.jsonl"
HELDOUT_F = HERE / "generated-heldout-f.jsonl"
HELDOUT_G = HERE / "generated-heldout-g.jsonl"
HELDOUT_H = HERE / "generated-heldout-h.jsonl"
HELDOUT_I = HERE / "generated-heldout-i.jsonl"
HELDOUT_J = HERE / "generated-heldout-j.jsonl"
HELDOUT_K = HERE / "generated-heldout-k.jsonl"
HELDOUT_L = HERE / "generated-heldout-l.jsonl"
HELDOUT_M = HERE / "generated-heldout-m.jsonl"
HELDOUT_N = HERE / "generated-heldout-n.jsonl"
HELDOUT_O = HERE / "generated-heldout-o.jsonl"
HELDOUT_P = HERE / "generated-heldout-p.jsonl"
HELDOUT_Q = HERE / "generated-heldout-q.jsonl"
HELDOUT_R = HERE / "generated-heldout-r.jsonl"
HELDOUT_S = HERE / "generated-heldout-s.jsonl"
HELDOUT_T = HERE / "generated-heldout-t.jsonl"
HELDOUT_U = HERE / "generated-heldout-u.jsonl"
HELDOUT_V = HERE / "generated-heldout-v.jsonl"
HELDOUT_W = HERE / "generated-heldout-w.jsonl"
HELDOUT_X = HERE / "generated-heldout-x.jsonl"
HELDOUT_Y = HERE / "generated-heldout-y.jsonl"
HELDOUT_Z = HERE / "generated-heldout-z.jsonl"
HELDOUT_AA = HERE / "generated-heldout-aa.jsonl"
HELDOUT_AB = HERE / "generated-heldout-ab.jsonl"
HELDOUT_AC = HERE / "generated-heldout-ac.jsonl"
HELDOUT_AD = HERE / "generated-heldout-ad.jsonl"
HELDOUT_AE = HERE / "generated-heldout-ae.jsonl"
HELDOUT_AF = HERE / "generated-heldout-af.jsonl"
HELDOUT_AG = HERE / "generated-heldout-ag.jsonl"
HELDOUT_AH = HERE / "generated-heldout-ah.jsonl"
HELDOUT_AI = HERE / "generated-heldout-ai.jsonl"
HELDOUT_AJ = HERE / "generated-heldout-aj.jsonl"
HELDOUT_AK = HERE / "generated-heldout-ak.jsonl"
HELDOUT_AL = HERE / "generated-heldout-al.jsonl"
HELDOUT_AM = HERE / "generated-heldout-am.jsonl"
HELDOUT_AN = HERE / "generated-heldout-an.jsonl"


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
    parser.add_argument("--heldout", action="store_true", help="score held-out C (only)")
    parser.add_argument("--heldout-d", action="store_true", help="score dev-d (held-out D)")
    parser.add_argument("--heldout-e", action="store_true", help="score dev-e (held-out E)")
    parser.add_argument("--heldout-f", action="store_true", help="score dev-f (held-out F)")
    parser.add_argument("--heldout-g", action="store_true", help="score dev-g (held-out G)")
    parser.add_argument("--heldout-h", action="store_true", help="score dev-h (held-out H)")
    parser.add_argument("--heldout-i", action="store_true", help="score dev-i (held-out I)")
    parser.add_argument("--heldout-j", action="store_true", help="score dev-j (held-out J)")
    parser.add_argument("--heldout-k", action="store_true", help="score dev-k (held-out K)")
    parser.add_argument("--heldout-l", action="store_true", help="score dev-l (held-out L)")
    parser.add_argument("--heldout-m", action="store_true", help="score dev-m (held-out M)")
    parser.add_argument("--heldout-n", action="store_true", help="score dev-n (held-out N)")
    parser.add_argument("--heldout-o", action="store_true", help="score dev-o (held-out O)")
    parser.add_argument("--heldout-p", action="store_true", help="score dev-p (held-out P)")
    parser.add_argument("--heldout-q", action="store_true", help="score dev-q (held-out Q)")
    parser.add_argument("--heldout-r", action="store_true", help="score dev-r (held-out R)")
    parser.add_argument("--heldout-s", action="store_true", help="score dev-s (held-out S)")
    parser.add_argument("--heldout-t", action="store_true", help="score dev-t (held-out T)")
    parser.add_argument("--heldout-u", action="store_true", help="score held-out U (only)")
    parser.add_argument("--heldout-v", action="store_true", help="score dev-v (held-out V)")
    parser.add_argument("--heldout-w", action="store_true", help="score dev-w (held-out W)")
    parser.add_argument("--heldout-x", action="store_true", help="score dev-x (held-out X)")
    parser.add_argument("--heldout-y", action="store_true", help="score dev-y (held-out Y)")
    parser.add_argument("--heldout-z", action="store_true", help="score dev-z (held-out Z)")
    parser.add_argument("--heldout-aa", action="store_true", help="score dev-aa (held-out AA)")
    parser.add_argument("--heldout-ab", action="store_true", help="score dev-ab (held-out AB)")
    parser.add_argument("--heldout-ac", action="store_true", help="score dev-ac (held-out AC)")
    parser.add_argument("--heldout-ad", action="store_true", help="score dev-ad (held-out AD)")
    parser.add_argument("--heldout-ae", action="store_true", help="score dev-ae (held-out AE)")
    parser.add_argument("--heldout-af", action="store_true", help="score dev-af (held-out AF)")
    parser.add_argument("--heldout-ag", action="store_true", help="score dev-ag (held-out AG)")
    parser.add_argument("--heldout-ah", action="store_true", help="score dev-ah (held-out AH)")
    parser.add_argument("--heldout-ai", action="store_true", help="score held-out AI (only)")
    parser.add_argument("--heldout-aj", action="store_true", help="score held-out AJ (only)")
    parser.add_argument("--heldout-ak", action="store_true", help="score held-out AK (only)")
    parser.add_argument("--heldout-al", action="store_true", help="score held-out AL (only)")
    parser.add_argument("--heldout-am", action="store_true", help="score held-out AM (only)")
    parser.add_argument("--heldout-an", action="store_true", help="score held-out AN (only)")
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
    sets = {"held-out C": HELDOUT_C} if args.heldout else DEV_SETS
    sets = {"dev-d": HELDOUT_D} if args.heldout_d else sets
    sets = {"dev-e": HELDOUT_E} if args.heldout_e else sets
    sets = {"dev-f": HELDOUT_F} if args.heldout_f else sets
    sets = {"dev-g": HELDOUT_G} if args.heldout_g else sets
    sets = {"dev-h": HELDOUT_H} if args.heldout_h else sets
    sets = {"dev-i": HELDOUT_I} if args.heldout_i else sets
    sets = {"dev-j": HELDOUT_J} if args.heldout_j else sets
    sets = {"dev-k": HELDOUT_K} if args.heldout_k else sets
    sets = {"dev-l": HELDOUT_L} if args.heldout_l else sets
    sets = {"dev-m": HELDOUT_M} if args.heldout_m else sets
    sets = {"dev-n": HELDOUT_N} if args.heldout_n else sets
    sets = {"dev-o": HELDOUT_O} if args.heldout_o else sets
    sets = {"dev-p": HELDOUT_P} if args.heldout_p else sets
    sets = {"dev-q": HELDOUT_Q} if args.heldout_q else sets
    sets = {"dev-r": HELDOUT_R} if args.heldout_r else sets
    sets = {"dev-s": HELDOUT_S} if args.heldout_s else sets
    sets = {"dev-t": HELDOUT_T} if args.heldout_t else sets
    sets = {"held-out U": HELDOUT_U} if args.heldout_u else sets
    sets = {"dev-v": HELDOUT_V} if args.heldout_v else sets
    sets = {"dev-w": HELDOUT_W} if args.heldout_w else sets
    sets = {"dev-x": HELDOUT_X} if args.heldout_x else sets
    sets = {"dev-y": HELDOUT_Y} if args.heldout_y else sets
    sets = {"dev-z": HELDOUT_Z} if args.heldout_z else sets
    sets = {"dev-aa": HELDOUT_AA} if args.heldout_aa else sets
    sets = {"dev-ab": HELDOUT_AB} if args.heldout_ab else sets
    sets = {"dev-ac": HELDOUT_AC} if args.heldout_ac else sets
    sets = {"dev-ad": HELDOUT_AD} if args.heldout_ad else sets
    sets = {"dev-ae": HELDOUT_AE} if args.heldout_ae else sets
    sets = {"dev-af": HELDOUT_AF} if args.heldout_af else sets
    sets = {"dev-ag": HELDOUT_AG} if args.heldout_ag else sets
    sets = {"dev-ah": HELDOUT_AH} if args.heldout_ah else sets
    sets = {"held-out AI": HELDOUT_AI} if args.heldout_ai else sets
    sets = {"held-out AJ": HELDOUT_AJ} if args.heldout_aj else sets
    sets = {"held-out AK": HELDOUT_AK} if args.heldout_ak else sets
    sets = {"held-out AL": HELDOUT_AL} if args.heldout_al else sets
    sets = {"held-out AM": HELDOUT_AM} if args.heldout_am else sets
    sets = {"held-out AN": HELDOUT_AN} if args.heldout_an else sets
    for name, path in sets.items():
        score(detector, name, path)


if __name__ == "__main__":
    main()
