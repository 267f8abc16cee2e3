"""Deterministic checks on the text of a draft: JSON, JSON Schema, regular expressions."""

from __future__ import annotations

import json
import re
from typing import Any

from rung._errors import ConfigError, RequestError
from rung.types import JSON, ChatRequest, Completion, Trace
from rung.verifiers.base import Verdict, Verifier

FENCED_JSON = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n?```\s*$", re.DOTALL)
REGEX_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


def parse_json(text: str, allow_fence: bool) -> Any:
    """The JSON value of `text` (raises ValueError). A ```json fence is removed if allowed."""
    if allow_fence and (match := FENCED_JSON.match(text)):
        text = match.group(1)
    try:
        return json.loads(text)
    except RecursionError as exc:  # an answer nested too deeply to read is not valid JSON
        raise ValueError("the JSON nests too deeply") from exc


def request_schema(request: ChatRequest) -> JSON | None:
    """The schema of `response_format: {type: json_schema, json_schema: {schema: ...}}`."""
    response_format = request.body.get("response_format")
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return None
    schema = (response_format.get("json_schema") or {}).get("schema")
    return schema if isinstance(schema, dict) else None


def schema_error(schema: JSON) -> str | None:
    """Why `schema` is not a valid JSON Schema, or None."""
    from jsonschema import exceptions, validators

    try:
        validators.validator_for(schema).check_schema(schema)
    except exceptions.SchemaError as exc:
        return str(exc.message)
    return None


def first_violation(instance: Any, schema: JSON) -> str | None:
    """The most relevant violation of `schema` by `instance` (": msg", or " at $.path: msg"
    below the root), or None."""
    from jsonschema import exceptions, validators

    validator = validators.validator_for(schema)(schema)
    error = exceptions.best_match(validator.iter_errors(instance))
    if error is None:
        return None
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return f" at ${path}: {error.message}" if path else f": {error.message}"


class JsonVerifier(Verifier):
    """Passes when the draft is JSON (optionally inside one ```json fence)."""

    name = "json"

    def __init__(self, allow_fence: bool = False) -> None:
        self.allow_fence = allow_fence

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        try:
            parse_json(completion.text, self.allow_fence)
        except ValueError as exc:
            return Verdict(False, 0.0, f"json failed: {exc}")
        return Verdict(True, 1.0, "json passed")


class JsonSchemaVerifier(Verifier):
    """Passes when the draft is JSON valid against a schema.

    The schema is the request's own (`response_format` of type `json_schema`) when it carries
    one, else the configured one; with neither, only parsing is checked.
    """

    name = "json_schema"

    def __init__(self, schema: JSON | None = None, allow_fence: bool = False) -> None:
        if schema is not None and (problem := schema_error(schema)):
            raise ConfigError(f"json_schema: the configured schema is invalid: {problem}")
        self.schema = schema
        self.allow_fence = allow_fence

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        schema = request_schema(request)
        if schema is not None and (problem := schema_error(schema)):
            raise RequestError(f"response_format's JSON schema is invalid: {problem}")
        schema = schema if schema is not None else self.schema
        try:
            instance = parse_json(completion.text, self.allow_fence)
        except ValueError as exc:
            return Verdict(False, 0.0, f"json_schema failed: not JSON: {exc}")
        if schema is None:
            return Verdict(True, 1.0, "json_schema passed: JSON parses (no schema given)")
        violation = first_violation(instance, schema)
        if violation is not None:
            return Verdict(False, 0.0, f"json_schema failed{violation}")
        return Verdict(True, 1.0, "json_schema passed")


class RegexVerifier(Verifier):
    """Passes when `pattern` is found in the draft (or, with must_match=False, is not)."""

    name = "regex"

    def __init__(
        self, pattern: str, must_match: bool = True, flags: str = "", full: bool = False
    ) -> None:
        unknown = set(flags) - set(REGEX_FLAGS)
        if unknown:
            raise ConfigError(f"regex: unknown flags {sorted(unknown)} (use i, m, s, x)")
        bits = 0
        for flag in flags:
            bits |= REGEX_FLAGS[flag]
        try:
            self.pattern = re.compile(pattern, bits)
        except re.error as exc:
            raise ConfigError(f"regex: bad pattern {pattern!r}: {exc}") from exc
        self.must_match = must_match
        self.full = full

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        text = completion.text
        found = self.pattern.fullmatch(text) if self.full else self.pattern.search(text)
        shown = self.pattern.pattern
        if self.must_match and found is None:
            return Verdict(False, 0.0, f"regex failed: no match for {shown!r}")
        if not self.must_match and found is not None:
            return Verdict(False, 0.0, f"regex failed: forbidden {shown!r} matched {found[0]!r}")
        return Verdict(True, 1.0, "regex passed")
