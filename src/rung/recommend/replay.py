"""`rung eval recommend`: `rung recommend` replayed on real outcome data, against the known answer.

Each dataset the project ships (RouterBench MBPP: 11 models, measured costs, unit-test
outcomes; RouteLLM MMLU and GSM8K: Mixtral-8x7B and GPT-4, list-price cost estimates,
correctness labels) becomes, for each ordered pair of models (the route's model, the shadow),
a request log: every query a request to a `fixed` route on the first model, and a sample of
them (`rate`) observed, the shadow's answer and the route's graded by the dataset's outcome
(for MBPP the unit tests, exactly what the `python` verifier says; for MMLU and GSM8K the
labels, i.e. a judge as good as the labels: optimistic). `rung recommend` reads that log.

The known answer is the same rule applied to every query with the point values (what the
best pattern actually was on the whole dataset). A replay is *right* when the recommendation
equals it, *wrong* when it names another action, and *no call* when it says "too thin" or
"unclear" (it asks for more data instead of guessing).
"""

from __future__ import annotations

import random
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

from rung.datasets.replay import ReplayDataset
from rung.recommend.advice import advise_fixed, choose
from rung.recommend.evidence import Pair, RouteEvidence
from rung.recommend.figures import pair_figures
from rung.recommend.report import recommend
from rung.telemetry.log import RequestLog, RequestRecord
from rung.telemetry.logstore import Target
from rung.types import Call, Decision, Trace

NO_CALL = ("too_thin", "unclear")


@dataclass(slots=True)
class Tally:
    truth: Counter[str] = field(default_factory=Counter)
    said: Counter[str] = field(default_factory=Counter)
    right: int = 0
    wrong: int = 0
    no_call: int = 0
    learned_truth: int = 0  # scenarios where the replay on all queries proposes a router
    learned_said: int = 0  # samples where `rung recommend` proposed one
    learned_right: int = 0  # ... in a scenario where the full replay proposes one too
    examples: list[str] = field(default_factory=list)  # a few wrong ones, for the report

    @property
    def wrong_rate(self) -> float | None:
        decisive = self.right + self.wrong
        return self.wrong / decisive if decisive else None

    def count(self, truth: str, said: str, name: str) -> None:
        """One replay: what the full data says (`truth`) against what was said."""
        self.truth[truth] += 1
        self.said[said] += 1
        if said in NO_CALL:
            self.no_call += 1
        elif said == truth:
            self.right += 1
        else:
            self.wrong += 1
            if len(self.examples) < 3:
                self.examples.append(f"{name}: said {said}, truth {truth}")


def dataset_pairs(data: ReplayDataset, route: str, shadow: str) -> list[Pair]:
    """Every query as an observed request: `route` answers, `shadow` is observed."""
    return [
        Pair(
            bool(data.outcomes[route][i] >= 0.5),
            bool(data.outcomes[shadow][i] >= 0.5),
            data.costs[route][i],
            data.costs[shadow][i],
            0.0,
            data.prompts[i],
        )
        for i in range(len(data))
    ]


def known_answer(pairs: list[Pair]) -> str:
    down = sum(p.shadow_cost for p in pairs) <= sum(p.primary_cost for p in pairs)
    return choose(pair_figures(pairs, down), down, exact=True)


def learned_truth(pairs: list[Pair]) -> bool:
    """Whether the learned-router rule, on every query, proposes a router."""
    from rung.recommend.report import learned_on_top

    ev = RouteEvidence("r", "fixed", requests=len(pairs), shadow="shadow", pairs=pairs)
    ev.answered_by["route"] = len(pairs)
    first = advise_fixed(ev, [])
    return first.evidence.get("figures") is not None and learned_on_top(ev, first) is not None


def write_log(
    path: Target, data: ReplayDataset, route: str, shadow: str, observed: set[int]
) -> None:
    """The dataset as requests to route `r` (fixed on `route`), `observed` ones observed."""
    log = RequestLog(path)
    log.start()
    start = time.time() - len(data)
    for i in range(len(data)):
        parent = RequestRecord(
            id=f"req_{i}", time=start + i, route="r", pattern="fixed", prompt=data.prompts[i]
        )
        parent.trace = Trace(answered_by=route, calls=[_call(route, data.costs[route][i])])
        log.write(parent)
        if i in observed:
            log.write(_observation(data, i, route, shadow, start + i))
    log.close()


def _call(model: str, cost: float) -> Call:
    call = Call(model, model)
    call.cost = cost
    return call


def _observation(data: ReplayDataset, i: int, route: str, shadow: str, at: float) -> RequestRecord:
    def outcome(model: str) -> str:
        return "passed" if data.outcomes[model][i] >= 0.5 else "failed"

    record = RequestRecord(
        id=f"obs_{i}", time=at, route="r", pattern="observe", parent_id=f"req_{i}"
    )
    record.trace = Trace(
        calls=[_call(shadow, data.costs[shadow][i])],
        answered_by=shadow,
        variant=f"observe:{shadow}",
        decisions=[
            Decision("observe primary", outcome(route), "outcome label", "observe"),
            Decision("observe shadow", outcome(shadow), "outcome label", "observe"),
        ],
    )
    return record


def scenarios(data: ReplayDataset, models: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """Ordered (route, shadow) pairs of models whose costs differ."""
    names = models or data.models
    for route, shadow in permutations(names, 2):
        if sum(data.costs[route]) != sum(data.costs[shadow]):
            yield route, shadow


def replay(
    data: ReplayDataset, rate: float, seeds: int, models: list[str] | None = None
) -> dict[str, Tally]:
    """Per direction ("down": the shadow is cheaper; "up"), the tally of right and wrong."""
    tallies: dict[str, Tally] = {"down": Tally(), "up": Tally()}
    memory = Path("/dev/shm")  # a RAM disk where there is one: no fsync to wait for
    with tempfile.TemporaryDirectory(dir=memory if memory.is_dir() else None) as tmp:
        for route, shadow in scenarios(data, models):
            pairs = dataset_pairs(data, route, shadow)
            truth = known_answer(pairs)
            router = learned_truth(pairs)
            down = sum(data.costs[shadow]) <= sum(data.costs[route])
            tally = tallies["down" if down else "up"]
            for seed in range(seeds):
                picked = set(random.Random(seed).sample(range(len(data)), round(rate * len(data))))
                path = Path(tmp) / f"{seed}.db"
                write_log(path, data, route, shadow, picked)
                said = [r.action for r in recommend(path, 10 * 365 * 86400.0)]
                path.unlink()
                tally.count(truth, said[0], f"{route} <- {shadow}")
                tally.learned_truth += router and seed == 0
                tally.learned_said += "learned" in said
                tally.learned_right += "learned" in said and router
    return tallies


def format_tallies(name: str, rate: float, tallies: dict[str, Tally]) -> str:
    lines = [f"{name}, {rate:.0%} of requests observed:"]
    lines.append("  direction  replays  right  wrong  no call  wrong rate  known answers")
    for direction, t in tallies.items():
        total = t.right + t.wrong + t.no_call
        if not total:
            continue
        rate_text = "-" if t.wrong_rate is None else f"{t.wrong_rate:.1%}"
        truths = ", ".join(f"{k} {v}" for k, v in t.truth.most_common())
        lines.append(
            f"  {direction:<9}  {total:>7}  {t.right:>5}  {t.wrong:>5}  {t.no_call:>7}"
            f"  {rate_text:>10}  {truths}"
        )
        lines.extend(f"    wrong: {example}" for example in t.examples)
        if t.learned_truth or t.learned_said:
            lines.append(
                f"    learned router: proposed on all queries in {t.learned_truth} "
                f"scenarios; by the samples {t.learned_said} times, "
                f"{t.learned_right} of them where the full replay agrees"
            )
    return "\n".join(lines)


def _click_command() -> object:
    import click

    @click.command("recommend")
    @click.option(
        "--data",
        "names",
        multiple=True,
        default=("mbpp", "gsm8k", "mmlu"),
        show_default=True,
        help="Datasets to replay (repeat the option).",
    )
    @click.option(
        "--rate",
        "rates",
        multiple=True,
        type=float,
        default=(0.05, 0.2),
        show_default=True,
        help="Shares of requests observed (repeat the option).",
    )
    @click.option("--seeds", default=5, show_default=True, help="Samples per pair and rate.")
    @click.option(
        "--cheap",
        multiple=True,
        default=("mistral-7b", "mixtral-8x7b", "gpt-3.5-turbo-1106"),
        show_default=True,
        help="MBPP: the first tiers of the replayed cascades (the python verifier runs on "
        "their answers, ~30 s per model).",
    )
    @click.option("--verifier/--no-verifier", default=True, help="MBPP: replay the verifier check.")
    @click.option("--fixed/--no-fixed", default=True, help="Replay the fixed-route rules.")
    def command(
        names: tuple[str, ...],
        rates: tuple[float, ...],
        seeds: int,
        cheap: tuple[str, ...],
        verifier: bool,
        fixed: bool,
    ) -> None:
        """Replay `rung recommend` on real outcome data and count how often it is wrong."""
        from rung.datasets.readers import load_dataset
        from rung.recommend.replay_verifier import format_known, format_verifier_tally, mbpp_cases
        from rung.recommend.replay_verifier import replay_verifier as cascades

        for name in names:
            try:
                data = load_dataset(name)
            except (KeyError, FileNotFoundError) as exc:
                raise click.BadParameter(str(exc), param_hint="--data") from exc
            for rate in rates if fixed else ():
                click.echo(
                    format_tallies(f"{name} ({len(data)} queries)", rate, replay(data, rate, seeds))
                )
            if name == "mbpp" and verifier:
                cases = mbpp_cases(data, cheap)
                click.echo(format_known(cases))
                for rate in rates:
                    tally = cascades(cases, rate, seeds)
                    click.echo(format_verifier_tally(rate, len(cases), tally))

    return command


replay_command = _click_command()
