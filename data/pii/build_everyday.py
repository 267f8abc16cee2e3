"""Write `src/rung/privacy/lexicons/everyday-words.txt`: how common a word is in Swedish and
English, a feature of the name tagger (`rung.privacy.tagger`); and `one-language-words.txt`
(round five): words of one language only, which the detector does not take for a name.

    pip install wordfreq==3.1.1   # (dev extra) frequency lists, data CC-BY-SA 4.0
    python data/pii/build_everyday.py

Each line: a casefolded word, its Zipf frequency in Swedish and in English (rounded down; 0
when not listed), for the 30,000 most frequent words of each language. Names are in these
lists too (`anna` 4 and 4); the tagger learns what a frequency means next to its other
features. Licence of the data: `lexicons/LICENSE-everyday-words.txt`.

`one-language-words.txt`: words (4+ letters) of the 200,000 most frequent of one language with
Zipf 2.3 or more there and 0 in the other (`inbetalning`, `prescribed`, `handover`): a name is
written in texts of both languages, an everyday word mostly in one. Words of the public name
lists are left out (since 2026-12-02 also those of held-out C's eighth, which the lexicons now
hold).
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


ONE_LANGUAGE = OUT.with_name("one-language-words.txt")
ONE_TOP = 200_000
ONE_ZIPF = 2.3


def one_language() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from name_sources import all_names

    given, family = all_names()
    names = {w.casefold() for t in (given, family) for s in t.values() for w in s}
    kept = set()
    for one, other in (("sv", "en"), ("en", "sv")):
        for word in wordfreq.top_n_list(one, ONE_TOP):
            if len(word) < 4 or not word.isalpha() or word in names:
                continue
            if wordfreq.zipf_frequency(word, one) >= ONE_ZIPF and (
                wordfreq.zipf_frequency(word, other) == 0
            ):
                kept.add(word)
    header = (
        "# Words of one language only: Zipf 2.3+ in Swedish or English (wordfreq 3.1.1, top\n"
        "# 200,000) and 0 in the other, less the public name lists' words (data CC-BY-SA 4.0,\n"
        "# see LICENSE-everyday-words.txt). Written by data/pii/build_everyday.py.\n"
    )
    ONE_LANGUAGE.write_text(header + "\n".join(sorted(kept)) + "\n", encoding="utf-8")
    print(f"{len(kept)} words written to {ONE_LANGUAGE} ({ONE_LANGUAGE.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
    one_language()
