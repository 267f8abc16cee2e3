"""Verifiers: checks on a draft answer that decide whether a cascade climbs.

Deterministic first (JSON, JSON Schema, regex, Python tests in a sandbox), then statistical
(self-consistency, token logprobs), then model-based (a stronger model's one-token verdict).
"""

from rung.verifiers.base import Verdict, Verifier
from rung.verifiers.compose import AllOf, AnyOf
from rung.verifiers.consistency import EXTRACTORS, ConsistencyVerifier
from rung.verifiers.factory import build_verifier
from rung.verifiers.judge import JudgeVerifier
from rung.verifiers.logprob import LogprobVerifier
from rung.verifiers.python import PythonVerifier
from rung.verifiers.sandbox import Limits, Sandbox, SandboxResult
from rung.verifiers.structured import JsonSchemaVerifier, JsonVerifier, RegexVerifier

__all__ = [
    "EXTRACTORS",
    "AllOf",
    "AnyOf",
    "ConsistencyVerifier",
    "JsonSchemaVerifier",
    "JsonVerifier",
    "JudgeVerifier",
    "Limits",
    "LogprobVerifier",
    "PythonVerifier",
    "RegexVerifier",
    "Sandbox",
    "SandboxResult",
    "Verdict",
    "Verifier",
    "build_verifier",
]
