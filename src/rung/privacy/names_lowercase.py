"""Names written in lower case, as in chat (`hej kavinaya!`, `jag pratade med georg palm`,
`dr boiko is running late`): `name_at` is `names.find_names`'s rule for a word that does not
start with a capital. (The checks on lower-case words already found as PERSONs are in
`names_lower`.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rung.privacy import names as n
from rung.privacy.name_words import CHAT_VERBS, GREETINGS, PLACES, VERBS, words
from rung.privacy.names_chat import (
    TIME_WORDS,
    asked_about,
    chat_address,
    chat_person,
    closing,
    it_was,
    rare,
    rare_run,
    spoke_with,
    with_me,
)

if TYPE_CHECKING:
    from rung.privacy.names import Word

LOWER_TITLES = words("dr doktor mr mrs")


def name_at(text: str, words: list[Word], index: int, cue: str | None) -> tuple[int, float] | None:
    """A name written in lower case, as in chat: a known given name after a greeting or at
    the start of a sentence, a known given name or any word then a surname by its ending
    (`edit almqvist`), or an unknown word that a greeting puts right before a phrase's end."""
    word = words[index]
    key = word.key
    if not word.text.islower() or key in n.stop_words() or key in n.NOT_A_NAME or len(key) < 3:
        return None
    if with_me(words, index) and rare(key):
        return index, 0.5  # "jag och desmond tar ärendet", "me and oliwer will take it"
    if spoke_with(words, index):
        return _lower_run(text, words, index), 0.5  # "jag pratade med georg palm igår"
    if it_was(words, index):
        run = _lower_run(text, words, index)
        if run + 1 < len(words) and words[run + 1].key in ("som", "who", "that"):
            return run, 0.5  # "det var zenia einer bruun som ringde"
    last = n.extend(text, words, index, lower=True)
    if last > index and (n.given(word.text) or n.shaped_surname(words[last].text)):
        return last, 0.6
    if n.given(word.text) and index + 1 < len(words):
        nxt = words[index + 1]
        plain = nxt.text.islower() and nxt.key not in n.stop_words() and nxt.key not in n.NOT_A_NAME
        surname_like = n.surname(nxt.text) or rare(nxt.key)  # not `@ksawery kolla tråden`
        if plain and text[word.end : nxt.start] == " " and len(nxt.key) >= 3 and surname_like:
            return index + 1, 0.5  # "dylan marsh": a given name and, likely, a surname
    if cue in LOWER_TITLES and not n.common_word(key) and key not in TIME_WORDS:
        return last, 0.5  # "dr boiko is running late" (round forty-six, dev-el)
    greeted = cue in GREETINGS or cue in CHAT_VERBS or (cue in VERBS and asked_about(words, index))
    if cue in ("welcome", "välkommen", "välkomna") and not rare(key):
        greeted = False  # "welcome aboard", "welcome back" (round sixteen)
    if n.given(word.text):
        return last, 0.6
    if key in n.family_names() and n.shaped_surname(word.text) and len(key) >= 6:
        from rung.privacy.tagger import one_language

        if key not in one_language():  # not `isberg`
            return index, 0.5  # "frågar serdar om lundström kan ta passet": a listed surname
    if n.sentence_start(text, words, index) and n.verb_after(text, words, index):
        return index, 0.5  # "steinar sa att det funkar"
    line_start = text[: word.start].rstrip(" \t").endswith("\n") or not text[: word.start].strip()
    if line_start and _no_word_at_all(key) and n.verb_after(text, words, index, n.PAIR_VERBS):
        return index, 0.5  # "kavinaya har nyckeln": no word of any list, then a verb
    after = text[word.end : word.end + 2].lstrip(" ")
    ends_phrase = not after or after[0] in ",.!?:;)"
    stop_after = index + 1 < len(words) and words[index + 1].key in n.stop_words()
    if greeted and key not in TIME_WORDS and (ends_phrase or stop_after) and not everyday_word(key):
        return last, 0.5  # "hej kavinaya!", not "Hej kusin!", "bästa tiden att" (round forty)
    if cue in VERBS and ends_phrase and rare(key):
        return index, 0.5  # "vet inte, fråga kliment", "no idea, ask georg"
    if closing(text, words, index) and rare(key):
        return index, 0.5  # "ship it to ... pls dhuha", "skickar nycklarna ..., ok maandeeq?"
    if chat_address(text, words, index) and rare(key):
        return index, 0.5  # "omolara: kan du godkänna PR 412?"
    if chat_person(text, words, index) and rare(key):
        return rare_run(text, words, index), 0.5  # "ksawery can you ...", "hos radwan"
    return None


def everyday_word(key: str) -> bool:
    """An everyday word (Zipf 4+ in Swedish or English) and no word of the name lists: `kusin`,
    `tiden` (not `grace`, `rosa`)."""
    from rung.privacy.tagger import everyday_zipf

    return max(everyday_zipf(key)) >= 4 and not n.listed(key)


def _lower_run(text: str, words: list[Word], index: int) -> int:
    """The last of up to three lower-case words from `index` that are not everyday words."""
    last = index
    while last + 1 < len(words) and last - index < 2:
        nxt = words[last + 1]
        plain = nxt.text.islower() and nxt.key not in n.stop_words() and nxt.key not in n.NOT_A_NAME
        if not plain or text[words[last].end : nxt.start] != " " or nxt.key in TIME_WORDS:
            break
        last += 1
    return last


def _no_word_at_all(key: str) -> bool:
    """No everyday word in either language (Zipf 0), no word of one language, no stop word,
    no known place, no compound of everyday words (round thirteen: a lower-case name at a chat
    line's start)."""
    from rung.privacy.names_links import _compound
    from rung.privacy.tagger import everyday_zipf, one_language

    return (
        everyday_zipf(key) == (0, 0)
        and key not in one_language()
        and key not in n.stop_words()
        and key not in PLACES
        and len(key) >= 4
        and not _compound(key)
    )
