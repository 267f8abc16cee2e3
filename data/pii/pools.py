"""What the generators of the late held-out sets (I, J) share: writing a set's name pool, and
their command line. Each set keeps its own generator and templates, so regenerating one set
never changes another's bytes; only the pool writer and the command line are common."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def write_pool(
    letter: str,
    out: Path,
    pool: Path,
    earlier_pools: Iterable[Path],
    candidates: Any,
    weights: Mapping[str, Any],
    origins: Mapping[str, Sequence[str]],
    bases: Iterable[str],
    strict: bool = False,
) -> None:
    """Write the set's pool file: candidate name words that are in no lexicon, no earlier
    pool and no generated set (the set's own output is removed first); report the street
    bases and towns that are (`strict`: refuse to write the pool while any is)."""
    from generate_e import lexicon_words, pool_lines
    from generate_f import earlier_words_all

    out.unlink(missing_ok=True)  # the set's own text is not an earlier set
    words = set()
    for path in earlier_pools:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(line.split("\t")[2].casefold())
    banned = lexicon_words() | earlier_words_all() | words
    for path in sorted(HERE.glob("generated-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            banned |= {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    lines = pool_lines(letter, banned, candidates, weights, origins)
    streets = [b for b in bases if any(w.casefold() in banned for w in b.split())]
    if strict and streets:
        raise SystemExit(f"street words also in earlier sets or lexicons: {streets}")
    pool.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} name words written to {pool}")
    print("street bases and towns also in earlier sets or lexicons:", streets or "none")


def command_line(
    letter: str,
    out: Path,
    build_pool: Callable[[], None],
    generate: Callable[[], list[dict[str, object]]],
    write_rows: Callable[[list[dict[str, object]], Path], Any],
) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", action="store_true", help=f"rebuild names-{letter}.txt first")
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args()
    if args.pool:
        build_pool()
    write_rows(generate(), args.out)
