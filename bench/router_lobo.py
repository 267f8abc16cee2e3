"""Leave-one-benchmark-out: each shipped benchmark (RouteLLM MMLU and GSM8K, RouterBench MBPP,
HumanEval from Reflexion's logs) is scored by routers trained on the others; APGR, CPT(50%),
CPT(80%) with 95% bootstrap intervals, beside random and RouteLLM's published figures
(data/routellm/PUBLISHED.md).

    PYTHONPATH=src python bench/router_lobo.py                   # light routers (~1 min)
    PYTHONPATH=src python bench/router_lobo.py --embeddings      # + MiniLM routers (cached)
    PYTHONPATH=src python bench/perplexity_cache.py              # the local model's surprise
    PYTHONPATH=src python bench/router_lobo.py --perplexity      # ... scored from its cache
    PYTHONPATH=src python bench/router_lobo.py --variants        # recipe variants (MBPP)
    PYTHONPATH=src python bench/router_lobo.py --benchmarks mmlu,gsm8k,mbpp   # without HumanEval

Pairs (weak vs strong): Mixtral-8x7B-Instruct vs gpt-4-1106-preview (RouteLLM MMLU, GSM8K);
mixtral-8x7b-chat vs gpt-4-1106-preview (RouterBench MBPP); text-davinci-003 vs gpt-4 (HumanEval).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rung.evals import lobo
from rung.routers.ensemble import EnsembleRouter, fit_member
from rung.routers.general import RECIPE, make_general
from rung.routers.simple import RandomRouter

FEATURES_C: dict[str, Any] = {"c": 0.01, "consistent": True}


def light_routers() -> dict[str, lobo.Trainer]:
    def ensemble(d: Any) -> Any:
        return EnsembleRouter(["features", "tfidf"], [2, 1], True, None, [FEATURES_C, {}]).fit(
            d, lobo.WEAK, lobo.STRONG
        )

    return {
        "random": lambda d: RandomRouter(),
        "heuristic": lobo.default_trainer("heuristic"),
        "tfidf": lobo.default_trainer("tfidf"),
        "tfidf, per-benchmark": lambda d: fit_member("tfidf", d, True, None),
        "features (all, c=0.3)": lobo.default_trainer("features"),
        "ensemble features+tfidf 2:1": ensemble,
        "builtin:general recipe": lambda d: make_general().fit(d, lobo.WEAK, lobo.STRONG),
    }


def variant_routers() -> dict[str, lobo.Trainer]:
    """Changes to the recipe tried to lift MBPP's lower bound: its shrinkage, without the
    consistent-feature rule, and averaged with the heuristic router (standardised logits)."""
    from rung.routers.features import FeatureRouter

    def recipe(**change: Any) -> lobo.Trainer:
        return lambda d: FeatureRouter(**{**RECIPE, **change}).fit(d, lobo.WEAK, lobo.STRONG)

    def with_heuristic(weights: list[float]) -> lobo.Trainer:
        options = [{"c": RECIPE["c"], "consistent": True}, {}]
        return lambda d: EnsembleRouter(["features", "heuristic"], weights, True, None,
                                        options).fit(d, lobo.WEAK, lobo.STRONG)  # fmt: skip

    return {
        "recipe, c=0.003": recipe(c=0.003),
        "recipe, c=0.1": recipe(c=0.1),
        "recipe, every feature": recipe(consistent=False),
        "ensemble recipe+heuristic 1:1": with_heuristic([1, 1]),
        "ensemble recipe+heuristic 2:1": with_heuristic([2, 1]),
        "ensemble recipe+heuristic 1:2": with_heuristic([1, 2]),
    }


def embedding_routers(cache_dir: Path | None) -> dict[str, lobo.Trainer]:
    from rung.routers.embedder import Embedder, default_cache_dir

    embedder = Embedder(cache_dir=cache_dir or default_cache_dir())

    def ensemble(d: Any) -> Any:
        kinds, weights = ["features", "embedding"], [2.0, 1.0]
        router = EnsembleRouter(kinds, weights, True, embedder, [FEATURES_C, {}])
        return router.fit(d, lobo.WEAK, lobo.STRONG)

    return {
        "embedding": lobo.default_trainer("embedding", embedder),
        "embedding, per-benchmark": lambda d: fit_member("embedding", d, True, embedder),
        "knn": lobo.default_trainer("knn", embedder),
        "mf": lobo.default_trainer("mf", embedder),
        "ensemble features+embedding 2:1": ensemble,
    }


def perplexity_routers(surprise: Any) -> dict[str, lobo.Trainer]:
    """The local model's prompt surprise (``rung.routers.perplexity``): (a) alone, (b) as one
    more feature of the recipe, (c) averaged with the recipe (standardised logits)."""
    from rung.routers.ensemble import Member, logits
    from rung.routers.perplexity import PerplexityRouter, SurpriseFeatureRouter

    def alone(d: Any) -> Any:
        return PerplexityRouter(surprise=surprise).fit(d, lobo.WEAK, lobo.STRONG)

    def with_feature(**change: Any) -> lobo.Trainer:
        options = {**RECIPE, **change}
        return lambda d: SurpriseFeatureRouter(**options, surprise=surprise).fit(
            d, lobo.WEAK, lobo.STRONG
        )

    def ensemble(weights: list[float]) -> lobo.Trainer:
        def train(d: Any) -> Any:
            router = EnsembleRouter(["features", "perplexity"], weights, True)
            router.weak, router.strong = lobo.WEAK, lobo.STRONG
            for member, weight in zip((make_general(), PerplexityRouter(surprise=surprise)),
                                      weights, strict=True):  # fmt: skip
                member.fit(d, lobo.WEAK, lobo.STRONG)
                values = logits(member.score_many(d.prompts))
                router.members.append(
                    Member(member, weight, float(values.mean()), float(values.std()))
                )
            return router

        return train

    return {
        "perplexity alone": alone,
        "recipe + perplexity feature": with_feature(),
        "recipe + perplexity feature, every feature": with_feature(consistent=False),
        "ensemble recipe+perplexity 1:1": ensemble([1, 1]),
        "ensemble recipe+perplexity 2:1": ensemble([2, 1]),
        "ensemble recipe+perplexity 1:2": ensemble([1, 2]),
    }


def cached_rows(benchmarks: dict[str, Any], surprise: Any, mmlu: int, seed: int) -> dict[str, Any]:
    """Each benchmark's rows in the seeded order of ``bench/perplexity_cache.py`` (MMLU: its
    first ``mmlu`` rows), cut at the first row whose surprise is not cached."""
    from rung.routers.perplexity import surprise_key

    cache = surprise._cached()
    out = {}
    for name, data in benchmarks.items():
        order = lobo.sample_rows(len(data), mmlu if name == "mmlu" else len(data), seed)
        done = [surprise_key(data.prompts[i], surprise.model, surprise.max_tokens) in cache
                for i in order]  # fmt: skip
        size = done.index(False) if False in done else len(done)
        out[name] = data.subset(order[:size])
        print(f"{name}: {size} of {len(order)} rows with a cached surprise ({sum(done)} cached)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embeddings", action="store_true", help="add the MiniLM routers")
    parser.add_argument("--cache-dir", type=Path, default=None, help="embedding cache")
    parser.add_argument(
        "--perplexity",
        action="store_true",
        help="add the local model's prompt surprise, read from the cache that "
        "bench/perplexity_cache.py fills; only rows with a cached value are scored",
    )
    parser.add_argument("--mmlu", type=int, default=2000, help="MMLU sample with --perplexity")
    parser.add_argument("--perplexity-cache", type=Path, default=None)
    parser.add_argument("--variants", action="store_true", help="add the recipe's variants")
    parser.add_argument("--only", default=None, help="routers to run, separated by ';'")
    parser.add_argument(
        "--benchmarks",
        default=",".join(lobo.BENCHMARKS),
        help="benchmarks to leave out in turn (and train on), separated by ','; with "
        "--perplexity, only those whose prompts bench/perplexity_cache.py has cached",
    )
    parser.add_argument("--resamples", type=int, default=lobo.BOOTSTRAP)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--markdown", type=Path, default=None)
    args = parser.parse_args()

    benchmarks = lobo.load_benchmarks(args.benchmarks.split(","))
    routers = light_routers()
    if args.perplexity:
        from rung.routers.perplexity import PromptSurprise, default_cache_path

        surprise = PromptSurprise(cache_path=args.perplexity_cache or default_cache_path())
        benchmarks = cached_rows(benchmarks, surprise, args.mmlu, args.seed)
        routers.update(perplexity_routers(surprise))
    if args.embeddings:
        routers.update(embedding_routers(args.cache_dir))
    if args.variants:
        routers.update(variant_routers())
    if args.only:
        routers = {n: routers[n] for n in args.only.split(";")}
    print(f"builtin:general recipe: features router {RECIPE}")
    results = lobo.run_lobo(
        routers, benchmarks, resamples=args.resamples, seed=args.seed, log=print
    )
    table = lobo.markdown(results, lobo.published())
    print(table)
    for hold in results:
        secs = ", ".join(f"{r.router} {r.train_seconds:.1f}s" for r in hold.rows)
        print(f"train time, {hold.test} left out: {secs}")
    if args.markdown:
        args.markdown.write_text(table, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(lobo.to_json(results)), encoding="utf-8")


if __name__ == "__main__":
    main()
