"""End to end: how many labelled values reach a hosted upstream under `pseudonymize`.

    PYTHONPATH=src:. python bench/privacy_leaks.py [--data data/pii/generated-heldout-c.jsonl]

Starts a real gateway (uvicorn, as in the tests) with one `pseudonymize` route to a recording
upstream (tests/privacy_gateway/capture.py), sends every sentence of the set as a user
message, once plain and once streamed (the upstream echoes it back in 3-character SSE
pieces), and counts, per kind, the gold values that reached the upstream:
- `verbatim`: the whole value is in what the upstream received, as a word of its own and more
  often than the text has it outside its labelled spans (a value labelled twice and leaked once
  counts once);
- `partly`: not whole, but one of its words (3+ letters, not elsewhere in the sentence) is;
- `restored`: the client's answer holds the value again (the placeholder was put back).

`--list` prints each leaked value and what the upstream received (dev sets only: it refuses
held-out C, U, AU, AX, AZ and BA to BC, whose errors are never listed; O is a dev set, dev-o, since
round sixteen, P is dev-p since round seventeen, Q is dev-q since round eighteen, R is dev-r
since S was written, S is dev-s since T was, T and V to AE are dev-t and dev-v to dev-ae
since their one score, AF to AH are dev-af to dev-ah since AL to AN were written, and AI to
AK are dev-ai to dev-ak since AO to AQ were, AL to AN dev-al to dev-an since AR to AT were,
AO to AQ dev-ao to dev-aq since AU to AW were, AR to AT dev-ar to dev-at since AX to AZ
were, and AV, AW and AY dev-av, dev-aw and dev-ay since BA to BC were).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from rung.privacy.evaluate import Example, load


def sse_text(response: httpx.Response) -> str:
    text = ""
    for line in response.text.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices") or []:
                text += (choice.get("delta") or {}).get("content") or ""
    return text


def answer_text(response: httpx.Response, stream: bool) -> str:
    if stream:
        return sse_text(response)
    return str(response.json()["choices"][0]["message"]["content"])


def verbatim(value: str, sent: str, text: str, spans: list[tuple[int, int]]) -> int:
    """How many times `value` reached the upstream whole: as a word of its own (`eva` is not in
    `Uddevalla`), beyond the times the text has it outside the spans labelled with it (the
    pronoun `hans` in `till hans mamma` beside a `Hans` that was replaced is no leak); at most
    once per labelled span."""
    pattern = re.compile(rf"(?<![\w]){re.escape(value)}(?![\w])")
    rest = text
    for start, end in spans:  # the labelled spans blanked, so that they are not counted
        rest = rest[:start] + "\0" * (end - start) + rest[end:]
    elsewhere = len(pattern.findall(rest))
    return max(0, min(len(spans), len(pattern.findall(sent)) - elsewhere))


def partly(value: str, sent: str, text: str, start: int, end: int) -> bool:
    """Whether a word of `value` reached the upstream (and is not elsewhere in the text), also
    in its genitive (`i Hagmans gamla hus`, `Hagman's`), which is a word of its own."""
    rest = text[:start] + " " + text[end:]
    for word in re.findall(r"[^\W\d_]{3,}|\d{3,}", value):
        pattern = rf"(?<![\w]){re.escape(word)}(?:s|['’]s?)?(?![\w])"
        if re.search(pattern, sent) and not re.search(pattern, rest):
            return True
    return False


HELDOUT = (
    "generated-heldout-c.jsonl",
    "generated-heldout-u.jsonl",
    "generated-heldout-au.jsonl",
    "generated-heldout-ax.jsonl",
    "generated-heldout-bh.jsonl",
    "generated-heldout-bi.jsonl",
    "generated-heldout-bj.jsonl",
    "generated-heldout-bk.jsonl",
    "generated-heldout-bl.jsonl",
    "generated-heldout-bp.jsonl",
    "generated-heldout-bu.jsonl",
    "generated-heldout-by.jsonl",
    "generated-heldout-cc.jsonl",
    "generated-heldout-cf.jsonl",
    "generated-heldout-ci.jsonl",
    "generated-heldout-cl.jsonl",
    "generated-heldout-co.jsonl",
    "generated-heldout-cr.jsonl",
    "generated-heldout-cu.jsonl",
    "generated-heldout-cx.jsonl",
    "generated-heldout-da.jsonl",
    "generated-heldout-dc.jsonl",
    "generated-heldout-de.jsonl",
    "generated-heldout-dg.jsonl",
    "generated-heldout-di.jsonl",
    "generated-heldout-dk.jsonl",
    "generated-heldout-dm.jsonl",
    "generated-heldout-do.jsonl",
    "generated-heldout-dq.jsonl",
    "generated-heldout-ds.jsonl",
    "generated-heldout-du.jsonl",
    "generated-heldout-dw.jsonl",
    "generated-heldout-dy.jsonl",
    "generated-heldout-ea.jsonl",
    "generated-heldout-ec.jsonl",
    "generated-heldout-ee.jsonl",
    "generated-heldout-eg.jsonl",
    "generated-heldout-ei.jsonl",
    "generated-heldout-ek.jsonl",
    "generated-heldout-em.jsonl",
    "generated-heldout-eo.jsonl",
    "generated-heldout-eq.jsonl",
    "generated-heldout-es.jsonl",
    "generated-heldout-eu.jsonl",
    "generated-heldout-ew.jsonl",
    "generated-heldout-ey.jsonl",
    "generated-heldout-fa.jsonl",
    "generated-heldout-fc.jsonl",
    "generated-heldout-fe.jsonl",
    "generated-heldout-fg.jsonl",
    "generated-heldout-fi.jsonl",
    "generated-heldout-fk.jsonl",
    "generated-heldout-fm.jsonl",
    "generated-heldout-fo.jsonl",
    "generated-heldout-fq.jsonl",
    "generated-heldout-fs.jsonl",
    "generated-heldout-fu.jsonl",
    "generated-heldout-fw.jsonl",
    "generated-heldout-fy.jsonl",
    "generated-heldout-ga.jsonl",
    "generated-heldout-gc.jsonl",
    "generated-heldout-ge.jsonl",
    "generated-heldout-gg.jsonl",
    "generated-heldout-gi.jsonl",
    "generated-heldout-gk.jsonl",
    "generated-heldout-gm.jsonl",
    "generated-heldout-go.jsonl",
    "generated-heldout-gq.jsonl",
    "generated-heldout-gs.jsonl",
    "generated-heldout-gu.jsonl",
    "generated-heldout-gw.jsonl",
    "generated-heldout-gy.jsonl",
    "generated-heldout-ha.jsonl",
    "generated-heldout-hc.jsonl",
    "generated-heldout-he.jsonl",
    "generated-heldout-hg.jsonl",
    "generated-heldout-hi.jsonl",
    "generated-heldout-hk.jsonl",
    "generated-heldout-hm.jsonl",
    "generated-heldout-ho.jsonl",
    "generated-heldout-hq.jsonl",
    "generated-heldout-hs.jsonl",
    "generated-heldout-hu.jsonl",
    "generated-heldout-hw.jsonl",
    "generated-heldout-hy.jsonl",
    "generated-heldout-ia.jsonl",
    "generated-heldout-ic.jsonl",
)


def run(
    examples: list[Example], url: str, upstream: Any, stream: bool, leaks: list[str] | None = None
) -> dict[str, Counter[str]]:
    """Counts per kind; with `leaks`, a line per leaked value is appended to it."""
    counts: dict[str, Counter[str]] = {}
    with httpx.Client(timeout=60) as client:
        for example in examples:
            if not example.spans:
                continue
            before = len(upstream.requests)
            body = {
                "model": "mask",
                "messages": [{"role": "user", "content": example.text}],
                "max_tokens": 8,
                "stream": stream,
            }
            response = client.post(url + "/v1/chat/completions", json=body)
            response.raise_for_status()
            answer = answer_text(response, stream)
            sent = "\n".join(
                str(m.get("content"))
                for request in upstream.requests[before:]
                for m in request["body"]["messages"]
            )
            whole: dict[str, int] = {}  # value -> its labelled spans left to count as leaked
            for gold in example.spans:
                value = gold.value(example.text)
                if value not in whole:
                    spans = [
                        (g.start, g.end) for g in example.spans if g.value(example.text) == value
                    ]
                    whole[value] = verbatim(value, sent, example.text, spans)
                count = counts.setdefault(gold.kind, Counter())
                count["values"] += 1
                count["restored"] += value in answer
                if whole[value] > 0:
                    whole[value] -= 1
                    how = "verbatim"
                elif partly(value, sent, example.text, gold.start, gold.end):
                    how = "partly"
                else:
                    continue
                count[how] += 1
                if leaks is not None:
                    leaks.append(f"{example.id} {gold.kind} {how} {value!r} <- {sent!r}")
    return counts


def table(title: str, counts: dict[str, Counter[str]]) -> str:
    lines = [
        f"{title}\n",
        "| kind | values | verbatim | partly | leaked % | restored |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    total: Counter[str] = Counter()
    for kind in sorted(counts):
        total.update(counts[kind])
    for kind, c in [*sorted(counts.items()), ("all", total)]:
        leaked = (c["verbatim"] + c["partly"]) / c["values"] * 100 if c["values"] else 0.0
        lines.append(
            f"| {kind} | {c['values']} | {c['verbatim']} | {c['partly']} | {leaked:.2f} "
            f"| {c['restored']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("data/pii/generated-heldout-c.jsonl"))
    parser.add_argument("--list", action="store_true", help="list leaked values (dev sets)")
    args = parser.parse_args()
    if args.list and args.data.name in HELDOUT:
        parser.error(f"{args.data.name} is a held-out set: its leaks are counted, never listed")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.conftest import Served
    from tests.privacy_gateway.capture import CaptureUpstream

    examples = load(args.data)
    with CaptureUpstream(piece=3) as upstream, tempfile.TemporaryDirectory() as tmp:
        config = {
            "models": {
                "up": {"backend": "openai", "base_url": upstream.url, "model": "m",
                       "num_retries": 0},
            },
            "routes": {"mask": {"model": "up", "privacy": {"policy": "pseudonymize"}}},
        }  # fmt: skip
        with Served(config, Path(tmp) / "log.db") as served:
            print(f"{args.data}: {len(examples)} sentences\n")
            for stream in (False, True):
                started = time.perf_counter()
                leaks: list[str] | None = [] if args.list and not stream else None
                counts = run(examples, served.url, upstream, stream, leaks)
                print("\n".join(leaks or []))
                seconds = time.perf_counter() - started
                title = f"{'streamed' if stream else 'not streamed'} ({seconds:.0f} s)"
                print(table(title, counts) + "\n")


if __name__ == "__main__":
    main()
