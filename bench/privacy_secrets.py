"""How well SECRET is found, and what of it would reach a hosted upstream under `pseudonymize`.

    PYTHONPATH=src python bench/privacy_secrets.py [--count 300] [--errors]

Sentences are generated from templates with secrets drawn at random in each provider's format
(AWS, Google, Azure, GitHub, GitLab, Slack, OpenAI, Anthropic, Stripe, JWT, PEM keys, URLs with
passwords, password and token assignments, bare high-entropy tokens after a key word), and
look-alikes that are not secrets (commit SHAs, UUIDs, SHA-256 sums, version strings, order
numbers, references such as `env:NAME`). Two parts, each with its own templates and seed:
`dev` (templates written alongside the recognisers, which were tuned on such text) and
`heldout` (templates written afterwards, in other settings: code, YAML, .env files, JSON,
chat, Swedish mail; run as they stand). Per part it prints, with the full detector (every kind,
as the gateway runs it): gold secrets, recall (found: overlapped by a SECRET finding; hidden:
every character inside some finding), false SECRET findings in sentences without secrets and
outside gold spans, and the end-to-end count after `pseudonymize_body`: values that remain
verbatim in the body sent upstream, and values of which a run of 8 or more characters remains.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from rung.privacy import Detector, pseudonymize_body

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"


def draw(rng: random.Random, alphabet: str, size: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(size))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng: random.Random) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = {"sub": str(rng.randrange(10**9)), "iat": rng.randrange(1_600_000_000, 1_800_000_000)}
    return f"{header}.{b64url(json.dumps(claims).encode())}.{draw(rng, URLSAFE, 43)}"


def pem(rng: random.Random) -> str:
    kind = rng.choice(["RSA ", "EC ", "OPENSSH ", ""])
    lines = [draw(rng, B64, 64) for _ in range(rng.randint(2, 5))]
    return (
        f"-----BEGIN {kind}PRIVATE KEY-----\n"
        + "\n".join(lines)
        + f"\n-----END {kind}PRIVATE KEY-----"
    )


def password(rng: random.Random) -> str:
    word = rng.choice(["Sommar", "winter", "Kanel", "dragon", "Hunter", "Solros", "tiger"])
    return word + str(rng.randint(1, 9999)) + rng.choice(["!", "#", "", "?", "%", "&"])


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "aws_id": lambda r: r.choice(["AKIA", "ASIA"]) + draw(r, UPPER_DIGITS, 16),
    "gcp": lambda r: "AIza" + draw(r, URLSAFE, 35),
    "github": lambda r: r.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + draw(r, ALNUM, 36),
    "github_pat": lambda r: "github_pat_" + draw(r, ALNUM, 22) + "_" + draw(r, ALNUM, 59),
    "gitlab": lambda r: "glpat-" + draw(r, URLSAFE, 20),
    "slack": lambda r: (
        r.choice(["xoxb-", "xoxp-"])
        + f"{r.randrange(10**11, 10**12)}-{r.randrange(10**11, 10**12)}-{draw(r, ALNUM, 24)}"
    ),
    "openai": lambda r: "sk-" + draw(r, ALNUM, 48),
    "openai_proj": lambda r: "sk-proj-" + draw(r, URLSAFE, 64),
    "anthropic": lambda r: "sk-ant-api03-" + draw(r, URLSAFE, 93) + "AA",
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_", "sk_test_"]) + draw(r, ALNUM, 24),
    "jwt": jwt,
    "pem": pem,
    "hf": lambda r: "hf_" + draw(r, ALNUM, 34),
}
# Secrets that are secret only in their context: (template of the context, value drawer).
CONTEXTUAL: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "aws_secret": ("aws_secret_access_key = {v}", lambda r: draw(r, B64, 40)),
    "url_password": (
        "postgres://app:{v}@db.internal:5432/shop",
        lambda r: password(r),
    ),
    "password": ("password={v}", password),
    "api_key": ('"api_key": "{v}"', lambda r: draw(r, ALNUM, 32)),
    "token": ("token: {v}", lambda r: draw(r, string.hexdigits.lower()[:16], 40)),
    "bearer": ("Authorization: Bearer {v}", lambda r: draw(r, URLSAFE, 40)),
    "azure": (
        "DefaultEndpointsProtocol=https;AccountName=acme{n};AccountKey={v};"
        "EndpointSuffix=core.windows.net",
        lambda r: draw(r, B64, 86) + "==",
    ),
}

NEGATIVES: list[Callable[[random.Random], str]] = [
    lambda r: f"Fixed in commit {draw(r, '0123456789abcdef', 40)}, please pull.",
    lambda r: f"Request id {r.getrandbits(128):032x} failed at 12:04.",
    lambda r: "Trace 123e4567-e89b-12d3-a456-" + draw(r, "0123456789abcdef", 12) + " is slow.",
    lambda r: f"sha256sum: {draw(r, '0123456789abcdef', 64)}  rung-0.9.tar.gz",
    lambda r: (
        f"Upgrade to v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}"
        f"-rc.{r.randint(1, 9)} now."
    ),
    lambda r: f"Order 2024-{r.randint(100000, 999999)}-SE was shipped to the warehouse.",
    lambda r: "Set api_key: env:OPENAI_API_KEY in the config, never the key itself.",
    lambda r: "The password field is required; leave token: <your token> as it is.",
    lambda r: (
        f"Ring kundtjänst på 08-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}."
    ),
    lambda r: "Our secret: good tests. The key idea is to measure first.",
    lambda r: f"Ticket ABC-{r.randint(1000, 9999)} mentions the login page.",
    lambda r: f"See https://docs.example.com/api/v{r.randint(1, 3)}/auth#tokens for details.",
]

DEV_TEMPLATES = [
    "Here is my key {s}, can you check why it fails?",
    "Använd {s} för att logga in på testmiljön.",
    "The deploy broke; the log shows {s} in the request.",
    "Kan du rotera {s} åt mig?",
    "My config has {s} and nothing else.",
]
HELDOUT_TEMPLATES = [
    "```yaml\nservice:\n  credentials: {s}\n  retries: 3\n```\nWhy does this not load?",
    "export CONFIG='{s}'\nnpm run deploy",
    'curl -H "X-Api: {s}" https://api.example.com/v1/items',
    "Hej Lisa! Jag råkade klistra in {s} i Slack-kanalen igår, vad gör jag nu?",
    '{{"env": "prod", "secret": "{s}", "region": "eu-north-1"}}',
    "lol accidentally pushed {s} to the public repo, how bad is it",
    "Stacktrace:\n  File app.py line 12\n    client = Client({s})\nValueError: bad key",
]


@dataclass
class Sentence:
    text: str
    secrets: list[tuple[int, int]]  # gold spans


def sentences(templates: list[str], count: int, seed: int) -> list[Sentence]:
    rng = random.Random(seed)
    kinds = [*GENERATORS, *CONTEXTUAL]
    made = []
    for i in range(count):
        if i % 4 == 3:  # a quarter without secrets
            made.append(Sentence(rng.choice(NEGATIVES)(rng), []))
            continue
        kind = kinds[i % len(kinds)]
        if kind in GENERATORS:
            value = GENERATORS[kind](rng)
            snippet = value
        else:
            context, drawer = CONTEXTUAL[kind]
            value = drawer(rng)
            snippet = context.format(v=value, n=rng.randint(1, 99))
        text = rng.choice(templates).format(s=snippet)
        start = text.index(value)
        made.append(Sentence(text, [(start, start + len(value))]))
    return made


def evaluate(detector: Detector, part: list[Sentence], errors: bool) -> dict[str, float]:
    gold = found = hidden = false = verbatim = partly = 0
    for sentence in part:
        findings = detector.find(sentence.text)
        secrets = [f for f in findings if f.kind == "SECRET"]
        for start, end in sentence.secrets:
            gold += 1
            hit = any(f.start < end and start < f.end for f in secrets)
            covered = all(any(f.start <= i < f.end for f in findings) for i in range(start, end))
            found += hit
            hidden += covered
            if errors and not covered:
                print("MISSED:", repr(sentence.text[start:end]), "in", repr(sentence.text[:120]))
        for f in secrets:
            if not any(f.start < end and start < f.end for start, end in sentence.secrets):
                false += 1
                if errors:
                    print("FALSE:", repr(f.value(sentence.text)), "in", repr(sentence.text[:120]))
        body = {"messages": [{"role": "user", "content": sentence.text}]}
        sent = json.dumps(pseudonymize_body(body, detector)[0], ensure_ascii=False)
        sent_text = json.loads(sent)["messages"][0]["content"]
        for start, end in sentence.secrets:
            value = sentence.text[start:end]
            verbatim += value in sent_text
            partly += any(value[i : i + 8] in sent_text for i in range(len(value) - 7))
    return {
        "sentences": len(part),
        "gold": gold,
        "found": found / gold,
        "hidden": hidden / gold,
        "false": false,
        "precision": found / (found + false) if found + false else 1.0,
        "verbatim": verbatim,
        "partly": partly,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=300, help="sentences per part")
    parser.add_argument("--errors", action="store_true", help="print misses and false finds")
    args = parser.parse_args()
    detector = Detector()
    detector.load()
    parts = {
        "dev": sentences(DEV_TEMPLATES, args.count, seed=1),
        "heldout": sentences(HELDOUT_TEMPLATES, args.count, seed=2),
    }
    print("| part | sentences | secrets | recall (found) | hidden | false finds | precision "
          "| reached upstream verbatim | partly (8+ chars) |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, part in parts.items():
        r = evaluate(detector, part, args.errors)
        print(f"| {name} | {r['sentences']} | {r['gold']} | {r['found']:.3f} "
              f"| {r['hidden']:.3f} | {r['false']} | {r['precision']:.3f} | {r['verbatim']} "
              f"| {r['partly']} |")  # fmt: skip


if __name__ == "__main__":
    main()
