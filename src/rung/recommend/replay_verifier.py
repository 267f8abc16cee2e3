"""The verifier check of `rung recommend` replayed on real outcome data, against the known answer.

RouterBench MBPP has, per query and model, the recorded answer and a 0/1 correctness label;
`rung.evals.mbpp_replay` runs rung's `python` verifier (the MBPP task's tests, in the sandbox)
on each answer. So a cascade [cheap, strong] verified by `python` can be written as a real
request log: every query a request (kept at the cheap model when the verifier passed, else
escalated and paying both calls, at the dataset's measured costs), and a sample of them (`rate`)
observed with the label as the judge (a judge as good as the labels). `rung recommend` reads
the log; its verifier verdict (lax, strict, both, fits; or no call: too thin, unclear) is
compared with the known answer, the same rule on every query with point values.

The verdicts depend on the cheap model only (the strong one changes the price difference), so
the scenarios of one cheap model are not independent. GSM8K and MMLU carry no verifier verdicts
(the labels are the only check there), so they have no such replay.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from rung.datasets.replay import ReplayDataset
from rung.recommend.evidence import Judged, RouteEvidence
from rung.recommend.replay import Tally, _call
from rung.recommend.report import recommend
from rung.recommend.verifier import axes, verdict, verifier_figures
from rung.telemetry.log import Feedback, RequestLog, RequestRecord
from rung.telemetry.logstore import Target
from rung.types import Decision, Trace

Case = tuple[list[bool], list[bool], list[float], list[float]]  # verdicts, labels, costs


def _word(passed: bool) -> str:
    return "passed" if passed else "failed"


def write_cascade_log(
    path: Target,
    case: Case,
    observed: set[int],
    names: tuple[str, str] = ("cheap", "strong"),
    feedback: Sequence[float | None] = (),
) -> None:
    """Requests to route `r`, a cascade [cheap, strong] whose verifier said `case[0]`; the
    `observed` ones judged as `case[1]` says; `feedback` (a value or None per request)."""
    passed, judged, cheap_cost, strong_cost = case
    cheap, strong = names
    log = RequestLog(path)
    log.start()
    start = time.time() - len(passed)
    for i, ok in enumerate(passed):
        parent = RequestRecord(id=f"req_{i}", time=start + i, route="r", pattern="cascade")
        calls = [_call(cheap, cheap_cost[i])] + ([] if ok else [_call(strong, strong_cost[i])])
        code = "verifier_passed" if ok else "verifier_failed"
        said = Decision(f"verify {cheap}", _word(ok), f"python: {_word(ok)}", "verify", code)
        parent.trace = Trace(calls=calls, decisions=[said], escalated=not ok,
                             answered_by=cheap if ok else strong)  # fmt: skip
        log.write(parent)
        if i < len(feedback) and feedback[i] is not None:
            log.write(Feedback(f"req_{i}", "thumbs", float(feedback[i] or 0.0), "", start + i))
        if i in observed:
            record = RequestRecord(id=f"obs_{i}", time=start + i, route="r",
                                   pattern="observe", parent_id=f"req_{i}")  # fmt: skip
            record.trace = Trace(answered_by=cheap, variant=f"observe:{cheap}", decisions=[
                Decision("observe verifier", _word(ok), f"python: {_word(ok)}", "observe"),
                Decision("observe judge", _word(judged[i]), "outcome label", "observe"),
            ])  # fmt: skip
            log.write(record)
    log.close()


def case_evidence(case: Case) -> RouteEvidence:
    """Every query of `case` as judged evidence: for the known answer."""
    passed, judged, cheap_cost, strong_cost = case
    ev = RouteEvidence("r", "cascade", requests=len(passed))
    for ok, good, cc, cs in zip(passed, judged, cheap_cost, strong_cost, strict=True):
        cost = cc + (0.0 if ok else cs)
        ev.costs.append(cost)
        ev.escalated.append(not ok)
        (ev.cost_kept if ok else ev.cost_escalated).append(cost)
        ev.judged.append(Judged(ok, good, cost, 0.0))
    return ev


def known_verdict(case: Case) -> str:
    return verdict(verifier_figures(case_evidence(case)), exact=True)


def known_axes(case: Case) -> dict[str, str]:
    """Too lax? too strict? ('yes' or 'no') on every query of `case`."""
    return axes(verifier_figures(case_evidence(case)), exact=True)


def mbpp_cases(
    data: ReplayDataset, cheap_models: Sequence[str], limit: int | None = None
) -> dict[tuple[str, str], Case]:
    """(cheap, strong) -> the case, for each cheap model and each dearer model of `data`, the
    `python` verifier run on the cheap model's recorded answers (rung.evals.mbpp_replay)."""
    from rung.datasets.readers import packaged_data_dir
    from rung.evals.mbpp_replay import run

    shipped = packaged_data_dir()
    csv, tests = (
        shipped / "routerbench" / "mbpp_train.csv",
        shipped / "mbpp" / "sanitized-mbpp.json",
    )
    report = run(csv, tests, cheap_models, limit=limit)
    cases: dict[tuple[str, str], Case] = {}
    for cascade in report["cascades"]:
        cheap = cascade["column"]
        n = len(cascade["passed"])  # the first `limit` rows
        labels = [o >= 0.5 for o in data.outcomes[cheap][:n]]
        for strong in data.models:
            if sum(data.costs[strong][:n]) > sum(data.costs[cheap][:n]):
                costs = data.costs[cheap][:n], data.costs[strong][:n]
                case = (cascade["passed"], labels, *costs)
                cases[(cheap, strong)] = case
    return cases


def replay_verifier(
    cases: dict[tuple[str, str], Case], rate: float, seeds: int
) -> dict[str, Tally]:
    """Per question ("lax", "strict"), the tally of `rung recommend`'s answers (yes, no; or no
    call: unclear, too thin) against the known answers."""
    tallies = {"lax": Tally(), "strict": Tally()}
    memory = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=memory if memory.is_dir() else None) as tmp:
        for (cheap, strong), case in cases.items():
            truth, n = known_axes(case), len(case[0])
            for seed in range(seeds):
                picked = set(random.Random(seed).sample(range(n), round(rate * n)))
                path = Path(tmp) / f"{seed}.db"
                write_cascade_log(path, case, picked, (cheap, strong))
                [rec] = recommend(path, 10 * 365 * 86400.0)
                path.unlink()
                figures = rec.evidence.get("verifier", {})
                for axis, tally in tallies.items():
                    said = figures.get(f"too_{axis}", "too_thin")
                    tally.count(truth[axis], said, f"{cheap} -> {strong}")
    return tallies


def format_verifier_tally(rate: float, cases: int, tallies: dict[str, Tally]) -> str:
    lines = [
        f"mbpp cascades verified by `python`, labels as judge, {rate:.0%} of requests judged "
        f"({cases} cascades):",
        "  question     replays  right  wrong  no call  wrong among calls  known answers",
    ]
    for axis, t in tallies.items():
        rate_text = "-" if t.wrong_rate is None else f"{t.wrong_rate:.1%}"
        truths = ", ".join(f"{k} {v}" for k, v in t.truth.most_common())
        lines.append(
            f"  too {axis:<8} {t.right + t.wrong + t.no_call:>7}  {t.right:>5}  {t.wrong:>5}"
            f"  {t.no_call:>7}  {rate_text:>17}  {truths}"
        )
        lines.extend(f"    wrong: {example}" for example in t.examples)
    return "\n".join(lines)


def format_known(cases: dict[tuple[str, str], Case]) -> str:
    """Per first tier, the verifier against the labels on every query (the known answers)."""
    lines = ["mbpp: the python verifier against the labels, on every query:"]
    done: set[str] = set()
    for (cheap, strong), case in cases.items():
        if cheap in done:
            continue
        done.add(cheap)
        f = verifier_figures(case_evidence(case))
        lines.append(
            f"  {cheap}: passes {f['verifier_passed']} of {f['pairs']}; the labels fail "
            f"{f['lax'].value:.1%} of those (lax), pass {f['strict'].value:.1%} of the rest "
            f"(strict); against {strong}: {verdict(f, exact=True)}"
        )
    return "\n".join(lines)
