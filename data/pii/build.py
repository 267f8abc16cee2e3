"""Turn data/pii/sentences*.txt (readable markup) into data/pii/labelled.jsonl (text and spans).

Run from the repository root: `python data/pii/build.py`. Each output line is like
{"id": "pii-0001", "split": "dev", "lang": "sv", "text": "...",
 "spans": [{"start": 4, "end": 16, "kind": "PERSON"}]}
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"PERSON", "EMAIL", "PHONE", "ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "NATIONAL_ID"}
MARK = re.compile(r"\{\{([A-Z_]+):(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """The plain text of a marked-up sentence and its spans."""
    text, spans, last = "", [], 0
    for match in MARK.finditer(marked):
        kind, value = match.group(1), match.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {marked!r}")
        text += marked[last : match.start()]
        spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
        text += value
        last = match.end()
    return text + marked[last:], spans


def main() -> None:
    rows: list[dict[str, object]] = []
    parts = (
        ("dev", "sentences.txt"),
        ("heldout", "sentences-heldout.txt"),
        ("heldout2", "sentences-heldout2.txt"),
    )
    for split, name in parts:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, marked = line.split("\t", 1)
            text, spans = parse(marked)
            row_id = f"pii-{len(rows) + 1:04d}"
            rows.append({"id": row_id, "split": split, "lang": lang, "text": text, "spans": spans})
    write_rows(rows, HERE / "labelled.jsonl")


def write_rows(rows: list[dict[str, object]], out: Path) -> None:
    """`rows` as JSON lines in `out` (UTF-8, unescaped), the way every set here is written."""
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
