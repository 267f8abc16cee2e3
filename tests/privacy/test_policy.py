"""Policies as decisions, residency across fallbacks, and the audit record."""

from __future__ import annotations

import hashlib
import json

import pytest

from rung._errors import PolicyError
from rung.backends.base import Capabilities
from rung.privacy import (
    Detector,
    Policy,
    audit_record,
    check_call,
    decide,
    pseudonymize_body,
    residency_allowed,
)
from rung.privacy.findings import Finding, Located

BODY = {
    "messages": [
        {
            "role": "user",
            "content": "Jag heter Anna Svensson, personnummer 850314-1239, "
            "mejla anna.svensson@example.se.",
        },
    ]
}
SECRETS = ("Anna Svensson", "850314-1239", "anna.svensson@example.se")


def located(*kinds: str) -> list[Located]:
    findings = tuple(Finding(kind, i, i + 1, 0.9) for i, kind in enumerate(kinds))
    return [Located("messages[0].content", "x" * len(kinds), findings)]


def test_block_names_kinds_never_values(detector: Detector) -> None:
    with pytest.raises(PolicyError) as caught:
        decide("block", detector.scan(BODY), route="chat")
    error = caught.value
    assert error.status == 400
    message = json.dumps(error.to_json())
    for kind in ("PERSON", "NATIONAL_ID", "EMAIL"):
        assert kind in message
    for secret in SECRETS:
        assert secret not in message
    assert "chat" in message


def test_block_passes_clean_request() -> None:
    verdict = decide(Policy.BLOCK, [])
    assert verdict.action == "none" and not verdict.found


def test_verdict_counts_kinds() -> None:
    verdict = decide("allow", located("PERSON", "EMAIL", "PERSON"))
    assert verdict.kinds == {"EMAIL": 1, "PERSON": 2}
    assert verdict.action == "allow"


@pytest.mark.parametrize(
    ("regions", "residency", "allowed"),
    [
        (["local", "eu"], "local", True),
        (["local", "eu"], "eu", True),
        (["local", "eu"], "us", False),
        (["local"], "eu", False),
        ([], "us", True),
        (["eu"], "local", True),
    ],
)
def test_residency(regions: list[str], residency: str, allowed: bool) -> None:
    assert residency_allowed(regions, residency) is allowed


FALLBACKS = [("hosted-us", "us"), ("hosted-eu", "eu"), ("local", "local")]


def first_allowed(policy: str, kinds: tuple[str, ...], regions: list[str]) -> list[str]:
    verdict = decide(policy, located(*kinds))
    return [
        name
        for name, residency in FALLBACKS
        if check_call(verdict, regions, name, Capabilities(residency=residency).residency).allowed
    ]


def test_residency_enforced_across_fallbacks() -> None:
    assert first_allowed("allow", (), ["local", "eu"]) == ["hosted-eu", "local"]
    assert first_allowed("allow", ("PERSON",), ["local"]) == ["local"]
    assert first_allowed("pseudonymize", ("PERSON",), ["local", "eu"]) == ["hosted-eu", "local"]


def test_local_only_keeps_personal_data_local() -> None:
    assert first_allowed("local_only", ("EMAIL",), []) == ["local"]
    # Without personal data local_only does not restrict.
    assert first_allowed("local_only", (), []) == ["hosted-us", "hosted-eu", "local"]


def test_pseudonymize_only_for_non_local_calls() -> None:
    verdict = decide("pseudonymize", located("PERSON"))
    assert check_call(verdict, [], "hosted", "eu").pseudonymize
    assert not check_call(verdict, [], "local", "local").pseudonymize
    clean = decide("pseudonymize", [])
    assert not check_call(clean, [], "hosted", "eu").pseudonymize


def test_refusals_give_reasons() -> None:
    verdict = decide("local_only", located("PHONE"))
    refused = check_call(verdict, ["local", "eu"], "hosted-us", "us")
    assert not refused.allowed and "us" in refused.reason
    refused = check_call(verdict, ["local", "eu"], "hosted-eu", "eu")
    assert not refused.allowed and "PHONE" in refused.reason


def test_audit_record_has_kinds_action_and_hash_but_no_values(detector: Detector) -> None:
    sent_body, mapping, places = pseudonymize_body(BODY, detector)
    verdict = decide("pseudonymize", places)
    sent = json.dumps(sent_body).encode()
    record = audit_record(
        verdict, sent, request_id="req-1", route="chat", backend="hosted-eu", residency="eu"
    )
    logged = json.dumps(record.to_json())
    assert record.sent_sha256 == hashlib.sha256(sent).hexdigest()
    assert record.action == "pseudonymize"
    assert record.kinds == {"EMAIL": 1, "NATIONAL_ID": 1, "PERSON": 1}
    for secret in SECRETS:
        assert secret not in logged
    with_values = audit_record(
        verdict,
        sent,
        request_id="r",
        route="c",
        backend="b",
        residency="eu",
        values=mapping.originals,
    )
    assert "Anna Svensson" in json.dumps(with_values.to_json())
