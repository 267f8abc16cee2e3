"""Secrets and credentials in text: the `SECRET` kind.

    find_secrets("aws key AKIAIOSFODNN7EXAMPLE")   # [Finding('SECRET', 8, 28, 1.0)]

Three layers, strongest first:

1. Token formats that providers document (a prefix and a fixed alphabet): AWS access key ids,
   Google API keys, Azure storage connection strings, GitHub, GitLab, Slack, OpenAI, Anthropic,
   Stripe, SendGrid, npm, PyPI, Hugging Face and Telegram tokens, JWTs, PEM and PuTTY private
   keys, Slack webhooks. Most regular expressions are ported from Yelp's detect-secrets 1.5.0
   plugins (Apache-2.0, https://github.com/Yelp/detect-secrets), widened where providers added
   formats (`github_pat_`, `sk-proj-`, `sk-ant-`); the package itself is not needed.
2. Credentials by their context: the `user:password` of a URL (`postgres://u:p@host`), and
   the value of an assignment to a key-like name (`password=...`, `api_key: ...`,
   `"client_secret": "..."`, `lösenord: ...`), except values that are plainly references or
   blanks (`env:NAME`, `${NAME}`, `<...>`, `****`, `None`).
3. Shannon entropy: a long token of mixed letters and digits right after a key-like word
   (`token`, `key`, `bearer`, ...) counts when its entropy per character is high, as in
   detect-secrets' HighEntropyString plugin; a very long one (40+) of upper and lower case
   letters and digits counts anywhere.

Findings are whole tokens, so a token with runs of zeros is replaced whole, never in part
as a phone number (`SECRET` wins every overlap in `rung.privacy.detect`).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from rung.privacy.findings import Finding

KIND = "SECRET"

# (pattern, group holding the secret (0: the whole match), strings one of which the text must
# contain for the pattern to be tried: `in` is much faster than a pattern that starts with a
# look-behind or a character class)
_TOKEN_SPECS: tuple[tuple[str, int, int, tuple[str, ...]], ...] = (
    # AWS access key ids (detect-secrets aws.py)
    (
        r"(?<![A-Z0-9])(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])",
        0, 0, ("A3T", "ABIA", "ACCA", "AKIA", "ASIA"),
    ),
    # Google API keys
    (r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])", 0, 0, ("AIza",)),
    # Azure storage / service bus connection strings and keys (detect-secrets azure)
    (
        r"DefaultEndpointsProtocol=[^\s;]+;(?:[A-Za-z]+=[^\s;'\"]+;?)*"
        r"AccountKey=[A-Za-z0-9+/=]{20,}(?:;[A-Za-z]+=[^\s;'\"]+)*",
        0, 0, ("DefaultEndpointsProtocol=",),
    ),
    (
        r"Endpoint=sb://[^\s;]+;(?:[A-Za-z]+=[^\s;'\"]+;?)*SharedAccessKey=[A-Za-z0-9+/=]{20,}",
        0, 0, ("Endpoint=sb://",),
    ),
    (
        r"(?:AccountKey|SharedAccessKey|SharedAccessSignature)=([A-Za-z0-9+/=%&:-]{20,})",
        0, 1, ("Key=", "Signature="),
    ),
    # GitHub (detect-secrets github_token.py, plus fine-grained `github_pat_`)
    (
        r"(?<![\w-])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36,255}(?![\w-])",
        0, 0, ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    ),
    (r"(?<![\w-])github_pat_[A-Za-z0-9_]{22,255}(?![\w-])", 0, 0, ("github_pat_",)),
    # GitLab (detect-secrets gitlab_token.py)
    (
        r"(?<![\w-])(?:glpat|gldt|glft|glsoat|glrt|glcbt|glimt|glptt|gloas)-"
        r"[A-Za-z0-9_-]{20,64}(?![\w-])",
        0, 0, ("glpat-", "gldt-", "glft-", "glsoat-", "glrt-", "glcbt-", "glimt-", "glptt-",
               "gloas-"),
    ),
    # Slack tokens and webhooks (detect-secrets slack.py, any xox? type)
    (r"(?<![\w-])xox[abeoprs]-[A-Za-z0-9-]{10,}(?![\w-])", 0, 0, ("xox",)),
    (
        r"https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+",
        0, 0, ("hooks.slack.com",),
    ),
    # OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-) and Anthropic (sk-ant-...)
    (r"(?<![\w-])sk-(?:[A-Za-z]+-)?[A-Za-z0-9_-]{20,}(?![\w-])", 0, 0, ("sk-",)),
    # Stripe (detect-secrets stripe.py, test keys too)
    (
        r"(?<![\w-])(?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{16,}(?![\w-])",
        0, 0, ("k_live_", "k_test_"),
    ),
    # SendGrid, npm, PyPI, Hugging Face, Telegram, Twilio (detect-secrets plugins)
    (r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", 0, 0, ("SG.",)),
    (r"(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])", 0, 0, ("npm_",)),
    (r"pypi-AgE[A-Za-z0-9_-]{70,}", 0, 0, ("pypi-AgE",)),
    (r"(?<![\w-])hf_[A-Za-z0-9]{30,}(?![\w-])", 0, 0, ("hf_",)),
    (r"(?<![\w:])\d{8,10}:AA[0-9A-Za-z_-]{33}(?![\w-])", 0, 0, (":AA",)),
    (r"(?<![\w-])SK[0-9a-f]{32}(?![\w-])", 0, 0, ("SK",)),
    # JSON Web Tokens: header.payload.signature (detect-secrets jwt.py)
    (
        r"(?<![\w-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*",
        0, 0, ("eyJ",),
    ),
    # Private keys: the whole block, to its END line or the end of the text
    (
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?"
        r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)",
        re.DOTALL, 0, ("PRIVATE KEY",),
    ),
    (
        r"PuTTY-User-Key-File-\d+:.*?(?:Private-MAC: [0-9a-fA-F]+|\Z)",
        re.DOTALL, 0, ("PuTTY-User-Key-File-",),
    ),
    # The user:password of a URL (detect-secrets basic_auth.py)
    (
        r"[A-Za-z][A-Za-z0-9+.-]*://([^\s/?#@:'\"<>]+:[^\s/'\"<>]+)@[^\s/?#'\"<>]",
        0, 1, ("://",),
    ),
)  # fmt: skip
_TOKENS = tuple(
    (re.compile(pattern, flags), group, hints) for pattern, flags, group, hints in _TOKEN_SPECS
)


def _folded(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A lower-case pattern, to run on the lower-cased text (much faster than IGNORECASE),
    and its IGNORECASE twin for a text whose length lower-casing changes."""
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


# Secrets found by a case-insensitive name: (patterns, group holding the secret)
_NAMED_TOKENS = (
    # AWS secret access key next to its name (detect-secrets aws.py, widened)
    (
        _folded(
            r"aws.{0,20}?(?:secret|key|pwd|pw|password|pass|token).{0,20}?[\s'\"=:]"
            r"([0-9a-za-z/+]{40})(?![0-9a-za-z/+])"
        ),
        1,
        ("aws",),
    ),
    # Authorization headers
    (
        _folded(r"\b(?:bearer|basic|token)\s+([a-z0-9._~+/-]{20,}=*)"),
        1,
        ("bearer", "basic", "token"),
    ),
)

_KEY_WORDS = (
    r"pass(?:word|wd|phrase)?|pwd|l[öo]senord|secret|client[_-]?secret|secret[_-]?key"
    r"|api[_-]?key|apikey|api[_-]?token|access[_-]?key(?:[_-]?id)?|auth[_-]?(?:key|token)"
    r"|access[_-]?token|refresh[_-]?token|private[_-]?key|priv[_-]?key|token|credentials?"
    r"|db[_-]?pass|conn(?:ection)?[_-]?string"
)
# `name = value`, `name: value`, `"name": "value"`, `NAME=value`; the name may have a prefix
# (`DB_PASSWORD`, `stripeApiKey`).
_ASSIGNMENT = _folded(
    rf"(?:{_KEY_WORDS})[\w-]{{0,20}}?['\"]?\s*(?::=|=>|=|:)\s*"
    r"(?:'([^'\n]{4,200})'|\"([^\"\n]{4,200})\"|([^\s'\",;<>)}\]]{4,200}))"
)
_KEY_HINTS = ("pass", "pwd", "senord", "secret", "key", "token", "credential", "conn", "pin")
_NAME_FOLLOWS = re.compile(r"\s*(?::=|=>|=|:)")
# "my password is hunter22", "lösenordet är Sommar2024!"
_SAID = _folded(
    r"\b(?:password|passphrase|passcode|l[öo]senord(?:et)?|pin(?:-?kod(?:en)?)?)"
    r"\s+(?:is|was|är|var)\s+['\"]?([^\s'\"]{4,100})"
)
_REFERENCE = re.compile(
    r"(?i)^(?:env:|\$|%\(|\{\{|<|os\.|process\.env|getenv|secrets?\.|vault:|file:|none$|null$"
    r"|true$|false$|nil$|undefined$|required$|optional$|string$|str$|\*+$|x+$|\.+$|-+$"
    r"|redacted|changeme$|example$|your[_-]|\[)"
)
_CANDIDATE = re.compile(r"[A-Za-z0-9+/_.~-]{20,}={0,2}")
_CUE = re.compile(
    r"(?i)(?:key|token|secret|password|passwd|pwd|credential|bearer|auth\w*|nyckel|lösen\w*"
    r"|signature|sig)\W{0,3}(?:\w+\W{1,3}){0,2}$"
)
ENTROPY_WITH_CUE = 3.5  # bits per character, for 20+ characters after a key-like word
ENTROPY_ALONE = 4.3  # for 40+ characters of upper, lower case and digits with no cue


def find_secrets(text: str) -> list[Finding]:
    """Every secret in `text`, possibly overlapping (the detector resolves overlaps)."""
    found: list[Finding] = []
    for pattern, group, hints in _TOKENS:
        if not any(hint in text for hint in hints):
            continue
        for match in pattern.finditer(text):
            if match.group(group):
                found.append(Finding(KIND, match.start(group), match.end(group), 1.0))
    lowered = text.lower()
    folded = len(lowered) == len(text)  # else the IGNORECASE patterns, on the text itself
    subject = lowered if folded else text
    for (lower, anycase), group, hints in _NAMED_TOKENS:
        if folded and not any(hint in subject for hint in hints):
            continue
        for match in (lower if folded else anycase).finditer(subject):
            found.append(Finding(KIND, match.start(group), match.end(group), 1.0))
    if not folded or any(hint in subject for hint in _KEY_HINTS):
        found.extend(_assignments(text, subject, 0 if folded else 1))
    found.extend(_entropic(text, found))
    return found


def _assignments(text: str, subject: str, which: int) -> list[Finding]:
    """Values assigned or said to be a secret; `subject` is `text` lower-cased (`which` 0)
    or `text` itself (`which` 1: the IGNORECASE patterns)."""
    found = []
    position = 0
    while match := _ASSIGNMENT[which].search(subject, position):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        if _word_ending_in_pass(text, match.start()):
            position = match.end()
            continue  # "nödpass: 070-5426988", "bypass: ...": a word's end, no credential's key
        start = match.start(group)
        value = text[start : match.end(group)]
        if group == 3:  # unquoted: a sentence's full stop or comma is not part of it
            value = value.rstrip(".,:;?")
            if _capitalised_word(value):
                position = match.end()
                continue  # "Company secretary: Peregrine", "Passenger: Anna": a name, a word
        if _NAME_FOLLOWS.match(text, start + len(value) + (group != 3)):
            position = start  # the value is the next assignment's name: read that one
            continue
        position = match.end()
        if _plausible_value(value):
            found.append(Finding(KIND, start, start + len(value), 0.9))
    for said in _SAID[which].finditer(subject):
        value = text[said.start(1) : said.end(1)].rstrip(".,;:?")
        if _plausible_value(value) and any(not c.isalpha() for c in value):
            found.append(Finding(KIND, said.start(1), said.start(1) + len(value), 0.9))
    return found


def _word_ending_in_pass(text: str, start: int) -> bool:
    """`pass` at `start` ends a longer lower-case word (`nödpass`, `bypass`, `compass`): a
    passport or a path, not a password's key (`db_pass`, `DbPass`, `dbpass` are keys)."""
    return (
        start > 0
        and text[start - 1].islower()
        and text[start : start + 4] == "pass"
        and not text[start + 4 : start + 5].isalpha()
    )


def _capitalised_word(value: str) -> bool:
    """One capitalised word of letters (`Peregrine`, `Ellerby-Hepplewhite`), as names are
    written: after `Secretary:` or `Passenger:` it is a name, not a secret."""
    parts = re.split(r"['’-]", value)
    return (len(value) < 16 or len(parts) > 1) and all(
        p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts
    )


def _plausible_value(value: str) -> bool:
    """Whether an assigned value may be a secret, not a reference, blank or plain word."""
    value = value.strip()
    if len(value) < 4 or _REFERENCE.match(value) or (" " in value and len(value.split()) > 3):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_other = any(not c.isalnum() for c in value)
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
    return has_digit or has_other or mixed or len(value) >= 12


def _entropic(text: str, known: list[Finding]) -> list[Finding]:
    found = []
    for match in _CANDIDATE.finditer(text):
        token = match.group().strip(".=-~")
        start = match.start() + match.group().find(token)
        end = start + len(token)
        if any(f.start < end and start < f.end for f in known) or not _mixed(token):
            continue
        cue = _CUE.search(text, max(0, start - 40), start)
        limit = ENTROPY_WITH_CUE if cue else ENTROPY_ALONE
        if not cue and (len(token) < 40 or not _all_classes(token)):
            continue
        if shannon_entropy(token) >= limit:
            found.append(Finding(KIND, start, end, 0.8))
    return found


def _mixed(token: str) -> bool:
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


def _all_classes(token: str) -> bool:
    return any(c.isupper() for c in token) and any(c.islower() for c in token)


def shannon_entropy(data: str) -> float:
    """Bits of entropy per character of `data` (as detect-secrets computes it)."""
    if not data:
        return 0.0
    counts = Counter(data)
    size = len(data)
    return -sum(n / size * math.log2(n / size) for n in counts.values())
