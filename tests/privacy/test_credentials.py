"""The SECRET kind: provider token formats, credentials by context, entropy; whole tokens win
over phone numbers; pseudonymised whole and named (never shown) by `block`."""

from __future__ import annotations

import pytest

from rung._errors import PolicyError
from rung.privacy import Detector, decide, pseudonymize_body
from rung.privacy.credentials import find_secrets, shannon_entropy
from rung.privacy.findings import Finding

# Fictional or documented example values only (AWS's own EXAMPLE key, the pii-leak-benchmark
# fixtures, jwt.io's sample token, Stripe's documented test key).
SECRETS = [
    ("aws key AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE"),
    ("temporary ASIAY34FZKBOKMUTVV7A in use", "ASIAY34FZKBOKMUTVV7A"),
    (
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (
        "maps key AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI.",
        "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI",
    ),
    (
        "conn DefaultEndpointsProtocol=https;AccountName=acme;AccountKey="
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        "EndpointSuffix=core.windows.net",
        "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey="
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        "EndpointSuffix=core.windows.net",
    ),
    (
        "github token ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000, ok",
        "ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000",
    ),
    (
        "app gho_16C7e42F292c6912E7710c838347Ae178B4a used",
        "gho_16C7e42F292c6912E7710c838347Ae178B4a",
    ),
    (
        "pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ done",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
    ),
    (
        "slack token xoxb-00000-00000-EXAMPLENOTAREALTOKEN",
        "xoxb-00000-00000-EXAMPLENOTAREALTOKEN",
    ),
    ("user token xoxp-1234-5678-abcdefABCDEF", "xoxp-1234-5678-abcdefABCDEF"),
    (
        "key sk-proj-abcDEF1234567890ghiJKL0987 for the project",
        "sk-proj-abcDEF1234567890ghiJKL0987",
    ),
    (
        "old key sk-4f9aB2cD8eF1gH7iJ3kL6mN0oP5qR9sT2uV8wX1yZ4aB7cD0",
        "sk-4f9aB2cD8eF1gH7iJ3kL6mN0oP5qR9sT2uV8wX1yZ4aB7cD0",
    ),
    (
        "claude sk-ant-api03-AbCdEf0123456789xyzXYZ_-abc works",
        "sk-ant-api03-AbCdEf0123456789xyzXYZ_-abc",
    ),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc now", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    (
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U end",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ),
    (
        "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx\nq83vEi\n"
        "-----END RSA PRIVATE KEY-----\nthanks",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx\nq83vEi\n-----END RSA PRIVATE KEY-----",
    ),
    (
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA (cut off)",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA (cut off)",
    ),
    ("db at postgres://admin:S3cr3t!pw@db.example.com:5432/app", "admin:S3cr3t!pw"),
    ("DATABASE_URL=mysql://root:hunter22@10.0.0.5/shop", "root:hunter22"),
    ("password=hunter2 in the file", "hunter2"),
    ("set api_key: 'abcd1234efgh' first", "abcd1234efgh"),
    ('{"client_secret": "q8Zr2-vT1xL0"}', "q8Zr2-vT1xL0"),
    ("export DB_PASSWORD=Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("my password is Sommar2024! ok", "Sommar2024!"),
    ("min lösenord: Kanelbulle7", "Kanelbulle7"),
    ("Authorization: Bearer abcDEF123456ghiJKL789mno", "abcDEF123456ghiJKL789mno"),
    ("session token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0 ok", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    (
        "random Zx8Qp2Lm9Vb4Nc7Rt1Yw6Ks3Hd5Fg0Ja8Ue2Io4Tt here",
        "Zx8Qp2Lm9Vb4Nc7Rt1Yw6Ks3Hd5Fg0Ja8Ue2Io4Tt",
    ),
]

NOT_SECRETS = [
    "commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it",
    "The token count was 12345 and the key idea is simple.",
    "api_key: env:BERGET_API_KEY",
    "password: ******** (hidden)",
    "api_key=${OPENAI_API_KEY}",
    "token: <your token here>",
    "Release v1.2.3-alpha.20240101.build.123456 is out.",
    "See /usr/lib/python3.11/site-packages/foo for details.",
    "Ordernummer 2024-000123-SE-456789 skickad.",
    "Open https://user@example.com/x or http://example.com:8080/a@b today.",
    "The password is required. Our secret: nothing.",
    "Ring mig på 070-123 45 67 efter lunch.",
    "Ask the task-runner-for-the-nightly-builds about it.",
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_finds_secret(text: str, secret: str) -> None:
    values = {text[f.start : f.end] for f in find_secrets(text)}
    assert secret in values


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_leaves_ordinary_text(text: str) -> None:
    assert [text[f.start : f.end] for f in find_secrets(text)] == []


def test_entropy() -> None:
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == 2.0
    assert shannon_entropy("") == 0.0


@pytest.mark.parametrize(
    "token",
    ["ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000", "xoxb-00000-00000-EXAMPLENOTAREALTOKEN"],
)
def test_secret_beats_phone(detector: Detector, token: str) -> None:
    """Runs of zeros inside a token are not a phone number: the token is one SECRET."""
    text = f"my token {token} please"
    found = [(f.kind, f.value(text)) for f in detector.find(text)]
    assert found == [("SECRET", token)]


def test_detector_kinds_secret_alone() -> None:
    only = Detector(kinds=["SECRET"])
    text = "Anna Svensson, key AKIAIOSFODNN7EXAMPLE"
    assert [(f.kind, f.value(text)) for f in only.find(text)] == [
        ("SECRET", "AKIAIOSFODNN7EXAMPLE")
    ]


def test_pseudonymize_replaces_the_whole_token(detector: Detector) -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": "aws key AKIAIOSFODNN7EXAMPLE, github token "
                "ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000, slack token "
                "xoxb-00000-00000-EXAMPLENOTAREALTOKEN",
            },
            {"role": "assistant", "content": "Noted AKIAIOSFODNN7EXAMPLE."},
        ]
    }
    sent, mapping, _ = pseudonymize_body(body, detector)
    first = sent["messages"][0]["content"]
    assert first == "aws key <SECRET_1>, github token <SECRET_2>, slack token <SECRET_3>"
    assert sent["messages"][1]["content"] == "Noted <SECRET_1>."
    assert set(mapping.originals.values()) == {
        "AKIAIOSFODNN7EXAMPLE",
        "ghp_EXAMPLENOTAREALGITHUBTOKEN0000000000",
        "xoxb-00000-00000-EXAMPLENOTAREALTOKEN",
    }


def test_block_names_the_kind_never_the_value(detector: Detector) -> None:
    body = {
        "messages": [{"role": "user", "content": "deploy with sk_live_4eC39HqLyjWDarjtT1zdp7dc"}]
    }
    _, _, located = pseudonymize_body(body, detector)
    with pytest.raises(PolicyError) as caught:
        decide("block", located, route="chat")
    assert "SECRET (1)" in caught.value.message
    assert "sk_live" not in caught.value.message


class FindsNothing:
    def find(self, text: str) -> list[Finding]:
        return []


def test_a_restored_secret_is_masked_again_in_a_later_call(detector: Detector) -> None:
    """A value restored into an answer and sent on in a later call of the same request (a
    cascade's or advisor's next step) is replaced again, even if no detector finds it there."""
    token = "xoxb-00000-00000-EXAMPLENOTAREALTOKEN"
    first = {"messages": [{"role": "user", "content": f"rotate {token}"}]}
    _, mapping, _ = pseudonymize_body(first, detector)
    later = {
        "messages": [
            *first["messages"],
            {"role": "assistant", "content": f"Rotated {token}; the old one is revoked."},
        ]
    }
    sent, _, _ = pseudonymize_body(later, FindsNothing(), mapping)
    assert token not in str(sent) and "<SECRET_1>" in sent["messages"][1]["content"]
