"""Write `src/rung/privacy/lexicons/everyday-words.txt`: how common a word is in Swedish and
English, a feature of the name tagger (`rung.privacy.tagger`).

    pip install wordfreq==3.1.1   # (dev extra) frequency lists, data CC-BY-SA 4.0
    python data/pii/build_everyday.py

Each line: a casefolded word, its Zipf frequency in Swedish and in English (rounded down; 0
when not listed), for the 30,000 most frequent words of each language. Names are in these
lists too (`anna` 4 and 4); the tagger learns what a frequency means next to its other
features. Licence of the data: `lexicons/LICENSE-everyday-words.txt`.
"""

from __future__ import annotations

from pathlib import Path

import wordfreq

TOP = 30_000
OUT = Path(__file__).parents[2] / "src" / "rung" / "privacy" / "lexicons" / "everyday-words.txt"
HEADER = (
    "# Everyday words: casefolded word, Zipf frequency in Swedish and English (rounded down),\n"
    f"# the {TOP:,} most frequent words of each language in wordfreq 3.1.1\n"
    "# (data CC-BY-SA 4.0, see LICENSE-everyday-words.txt). Written by\n"
    "# data/pii/build_everyday.py (do not edit).\n"
)


def main() -> None:
    words = set(wordfreq.top_n_list("sv", TOP)) | set(wordfreq.top_n_list("en", TOP))
    lines = []
    for word in sorted(w for w in words if w.isalpha() and len(w) > 1):
        sv = int(wordfreq.zipf_frequency(word, "sv"))
        en = int(wordfreq.zipf_frequency(word, "en"))
        lines.append(f"{word} {sv} {en}")
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words written to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
