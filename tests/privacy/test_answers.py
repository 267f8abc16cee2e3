"""scan_answers / mask_answers: personal data a hosted answer adds is counted for the audit log
and masked before the client sees it, whole and streamed at every split."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.privacy_gateway.capture import CaptureUpstream

from rung.privacy import ChunkRestorer, Detector, Pseudonyms
from rung.privacy.answers import HOLD, AnswerScanner, AnswerStream
from rung.privacy.findings import Finding


class Digits:
    """A fake detector: runs of 6+ digits are PHONE, words after 'Dr ' are PERSON."""

    def find(self, text: str) -> list[Finding]:
        found = [Finding("PHONE", m.start(), m.end(), 1.0) for m in re.finditer(r"\d{6,}", text)]
        found += [
            Finding("PERSON", m.start(1), m.end(1), 1.0) for m in re.finditer(r"Dr (\w+)", text)
        ]
        return found


ANSWER = "Sure. Call Dr Berg on 0701234567 today.\nOr 0709999999. Dr Known says hi."
MASKED = "Sure. Call Dr [PERSON] on [PHONE] today.\nOr [PHONE]. Dr Known says hi."


def chunk(text: str | None, finish: str | None = None) -> dict[str, Any]:
    delta = {} if text is None else {"content": text}
    return {"id": "c", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def streamed(pieces: list[str], *, mask: bool, finish: bool = True) -> tuple[str, AnswerScanner]:
    scanner = AnswerScanner(Digits(), ["Ask Dr Known."], mask=mask)
    stream = AnswerStream(scanner, ChunkRestorer(Pseudonyms()))
    out = []
    for piece in pieces:
        for choice in stream.restore(chunk(piece))["choices"]:
            out.append(choice["delta"].get("content") or "")
    if finish:
        for choice in stream.restore(chunk(None, "stop"))["choices"]:
            out.append(choice["delta"].get("content") or "")
    else:
        out.extend(choice["delta"].get("content") or "" for choice in stream.flush())
    return "".join(out), scanner


def test_whole_answer_counts_only_what_the_request_lacked() -> None:
    record: dict[str, Any] = {}
    scanner = AnswerScanner(Digits(), ["Ask Dr Known."], mask=False, record=record)
    data = {"choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}}]}
    assert scanner.completion(data)["choices"][0]["message"]["content"] == ANSWER
    assert record == {"action": "answer_reported", "kinds": {"PERSON": 1, "PHONE": 2}}


def test_whole_answer_masked_and_values_kept_only_when_asked() -> None:
    record: dict[str, Any] = {}
    scanner = AnswerScanner(Digits(), [], mask=True, record=record, keep_values=True)
    data = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "Dr Berg"}}]}
    assert scanner.completion(data)["choices"][0]["message"]["content"] == "Dr [PERSON]"
    assert data["choices"][0]["message"]["content"] == "Dr Berg"  # the input is not changed
    assert record["action"] == "answer_masked" and record["values"] == {"[PERSON]#1": "Berg"}


def test_clean_answer() -> None:
    record: dict[str, Any] = {}
    AnswerScanner(Digits(), [], mask=True, record=record).text("Nothing here.")
    assert record == {"action": "answer_clean", "kinds": {}}


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_masked_stream_in_pieces(size: int) -> None:
    pieces = [ANSWER[i : i + size] for i in range(0, len(ANSWER), size)]
    text, scanner = streamed(pieces, mask=True)
    assert text == MASKED
    assert scanner.kinds == {"PERSON": 1, "PHONE": 2}


def test_masked_stream_at_every_two_way_split() -> None:
    for cut in range(1, len(ANSWER)):
        text, _ = streamed([ANSWER[:cut], ANSWER[cut:]], mask=True)
        assert text == MASKED, cut


def test_masked_stream_holds_no_value_part_before_masking() -> None:
    """Each piece sent is final: no digit of a number leaves before the number is whole."""
    scanner = AnswerScanner(Digits(), [], mask=True)
    stream = AnswerStream(scanner, ChunkRestorer(Pseudonyms()))
    sent = [
        stream.restore(chunk(c))["choices"][0]["delta"].get("content") or ""
        for c in "Ring 0701234567 nu. Tack."
    ]
    assert not any(ch.isdigit() for piece in sent for ch in piece)
    assert (
        "".join(sent)
        + stream.restore(chunk(None, "stop"))["choices"][0]["delta"].get("content", "")
        == "Ring [PHONE] nu. Tack."
    )


def test_masked_stream_without_sentence_ends_is_not_held_forever() -> None:
    long = "word " * (HOLD // 5 + 40)
    scanner = AnswerScanner(Digits(), [], mask=True)
    stream = AnswerStream(scanner, ChunkRestorer(Pseudonyms()))
    sent = "".join(
        stream.restore(chunk(long[i : i + 5]))["choices"][0]["delta"].get("content") or ""
        for i in range(0, len(long), 5)
    )
    assert len(sent) >= len(long) - HOLD


def test_masked_stream_flushed_without_finish_reason() -> None:
    text, scanner = streamed(["Dr Berg 07012", "34567"], mask=True, finish=False)
    assert text == "Dr [PERSON] [PHONE]" and scanner.kinds == {"PERSON": 1, "PHONE": 1}


def test_reported_stream_is_not_held_back() -> None:
    scanner = AnswerScanner(Digits(), [], mask=False)
    stream = AnswerStream(scanner, ChunkRestorer(Pseudonyms()))
    for piece in ("Dr Be", "rg 0701", "234567"):
        assert stream.restore(chunk(piece))["choices"][0]["delta"]["content"] == piece
    assert scanner.kinds == {}
    stream.restore(chunk(None, "stop"))
    assert scanner.kinds == {"PERSON": 1, "PHONE": 1}


def test_restored_placeholders_are_not_reported(detector: Detector) -> None:
    """The request's own values come back restored and count as known, not as new."""
    mapping = Pseudonyms()
    mapping.placeholder("PERSON", "Anna Lindqvist")
    scanner = AnswerScanner(detector, ["Mejla Anna Lindqvist."], mask=True)
    stream = AnswerStream(scanner, ChunkRestorer(mapping))
    answer = "Hej <PERSON_1>! Ring Erik Johansson på 070-987 65 43. Hälsningar."
    out = ""
    for c in answer:
        out += stream.restore(chunk(c))["choices"][0]["delta"].get("content") or ""
    out += stream.restore(chunk(None, "stop"))["choices"][0]["delta"].get("content") or ""
    assert out == "Hej Anna Lindqvist! Ring [PERSON] på [PHONE]. Hälsningar."
    assert scanner.kinds == {"PERSON": 1, "PHONE": 1}


# Through a live gateway, with an upstream whose answer carries data the request did not.

NEW_PERSON, NEW_PHONE, NEW_EMAIL = "Erik Johansson", "070-987 65 43", "erik.johansson@example.com"
REPLY = f"Kontakta {NEW_PERSON} på {NEW_PHONE} eller {NEW_EMAIL}. Hälsningar, Anna Lindqvist."
MASKED_REPLY = "Kontakta [PERSON] på [PHONE] eller [EMAIL]. Hälsningar, Anna Lindqvist."
ASK = "Vem ska Anna Lindqvist kontakta?"


@pytest.fixture(scope="module")
def upstream() -> Iterator[CaptureUpstream]:
    with CaptureUpstream(piece=1) as capture:
        capture.reply = REPLY
        yield capture


@pytest.fixture(scope="module")
def gateway(upstream: CaptureUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import Served

    def route(**privacy: Any) -> dict[str, Any]:
        return {"model": "eu", "privacy": {"policy": "pseudonymize", **privacy}}

    config = {
        "models": {"eu": {"backend": "openai", "base_url": upstream.url, "model": "m",
                          "residency": "eu", "num_retries": 0}},
        "routes": {"plain": route(), "report": route(scan_answers=True),
                   "mask": route(scan_answers=True, mask_answers=True)},
    }  # fmt: skip
    with Served(config, tmp_path_factory.mktemp("answers") / "log.db") as served:
        yield served


def ask(gateway: Any, route: str, stream: bool) -> tuple[str, str]:
    body = {"model": route, "messages": [{"role": "user", "content": ASK}], "stream": stream}
    response = httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=60)
    assert response.status_code == 200, response.text
    if not stream:
        return response.json()["choices"][0]["message"]["content"], response.headers["x-request-id"]
    text = "".join(
        (choice.get("delta") or {}).get("content") or ""
        for line in response.text.splitlines()
        if line.startswith("data: {")
        for choice in json.loads(line[6:]).get("choices") or []
    )
    return text, response.headers["x-request-id"]


def answer_rows(gateway: Any, request_id: str) -> list[dict[str, Any]]:
    rows = gateway.log_rows("audit", at_least=2, where=lambda r: r["request_id"] == request_id)
    return [r for r in rows if r["action"].startswith("answer")]


@pytest.mark.parametrize("stream", [False, True])
def test_reported_in_the_audit_log_not_changed(gateway: Any, stream: bool) -> None:
    text, request_id = ask(gateway, "report", stream)
    assert text == REPLY
    [row] = answer_rows(gateway, request_id)
    assert row["action"] == "answer_reported" and row["raw_values"] is None
    assert json.loads(row["kinds"]) == {"EMAIL": 1, "PERSON": 1, "PHONE": 1}


@pytest.mark.parametrize("stream", [False, True])
def test_masked_before_the_client_sees_it(gateway: Any, stream: bool) -> None:
    text, request_id = ask(gateway, "mask", stream)
    assert text == MASKED_REPLY
    [row] = answer_rows(gateway, request_id)
    assert row["action"] == "answer_masked"
    assert json.loads(row["kinds"]) == {"EMAIL": 1, "PERSON": 1, "PHONE": 1}


def test_off_by_default(gateway: Any) -> None:
    text, request_id = ask(gateway, "plain", False)
    assert text == REPLY
    rows = gateway.log_rows("audit", where=lambda r: r["request_id"] == request_id)
    assert [r["action"] for r in rows] == ["pseudonymize"]


def test_log_holds_no_answer_value(gateway: Any) -> None:
    ask(gateway, "report", False)
    gateway.app.gateway.log.flush()
    stored = Path(gateway.log_path).read_bytes()
    wal = Path(f"{gateway.log_path}-wal")
    stored += wal.read_bytes() if wal.exists() else b""
    assert not any(v.encode() in stored for v in (NEW_PERSON, NEW_PHONE, NEW_EMAIL))
