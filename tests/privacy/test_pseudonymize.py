"""Placeholders in, values back out: whole bodies, completions and streams at every split."""

from __future__ import annotations

import json
import random

import orjson

from rung.privacy import (
    ChunkRestorer,
    Detector,
    Pseudonyms,
    StreamRestorer,
    pseudonymize_body,
    restore_completion,
    restore_text,
)
from rung.privacy.findings import Finding

VALUES = ["Anna Svensson", "anna.svensson@example.se", "070-123 45 67", "850314-1239"]


def plain_body() -> dict[str, object]:
    return {
        "model": "chat",
        "stream": False,
        "messages": [
            {"role": "system", "content": "Kunden heter Anna Svensson."},
            {
                "role": "user",
                "content": (
                    "Skriv ett mejl till anna.svensson@example.se och be Anna Svensson ringa "
                    "070-123 45 67. Hennes personnummer är 850314-1239."
                ),
            },
        ],
    }


def tool_body() -> dict[str, object]:
    arguments = json.dumps({"recipient": "Anna Svensson", "phone": "070-123 45 67"})
    return {
        "model": "agent",
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Sms:a Anna Svensson."}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "send_sms", "arguments": arguments},
                    }
                ],
            },
            {
                "role": "tool",
                "tool_call_id": "call_1",
                "content": "Skickat till 070-123 45 67 (anna.svensson@example.se kopia)",
            },
        ],
    }


def test_plain_body_has_no_value_left(detector: Detector) -> None:
    body = plain_body()
    sent, mapping, located = pseudonymize_body(body, detector)
    raw = orjson.dumps(sent).decode()
    for value in VALUES:
        assert value not in raw
    assert body == plain_body()  # the original is untouched
    assert {p.path for p in located} == {"messages[0].content", "messages[1].content"}
    assert set(mapping.originals.values()) == set(VALUES)


def test_same_value_same_placeholder(detector: Detector) -> None:
    sent, mapping, _ = pseudonymize_body(plain_body(), detector)
    system = sent["messages"][0]["content"]
    user = sent["messages"][1]["content"]
    [person] = [p for p, v in mapping.originals.items() if v == "Anna Svensson"]
    assert person in system and user.count(person) == 1
    assert person.startswith("<PERSON_")


def test_round_trip_plain(detector: Detector) -> None:
    body = plain_body()
    sent, mapping, _ = pseudonymize_body(body, detector)
    for original, changed in zip(body["messages"], sent["messages"], strict=True):
        assert restore_text(changed["content"], mapping) == original["content"]


def test_tool_call_body_round_trip(detector: Detector) -> None:
    body = tool_body()
    sent, mapping, _ = pseudonymize_body(body, detector)
    raw = orjson.dumps(sent).decode()
    for value in ("Anna Svensson", "070-123 45 67", "anna.svensson@example.se"):
        assert value not in raw
    arguments = sent["messages"][1]["tool_calls"][0]["function"]["arguments"]
    restored = json.loads(restore_text(arguments, mapping, json_string=True))
    assert restored == {"recipient": "Anna Svensson", "phone": "070-123 45 67"}
    tool_result = restore_text(sent["messages"][2]["content"], mapping)
    assert tool_result == body["messages"][2]["content"]


def test_placeholder_never_collides_with_request_text(detector: Detector) -> None:
    body = {"messages": [{"role": "user", "content": "Literal <PERSON_1> here; Anna Svensson."}]}
    sent, mapping, _ = pseudonymize_body(body, detector)
    assert "<PERSON_1>" not in mapping.originals
    assert restore_text(sent["messages"][0]["content"], mapping) == body["messages"][0]["content"]


def test_restore_completion_content_and_tool_arguments() -> None:
    mapping = Pseudonyms()
    person = mapping.placeholder("PERSON", 'Anna "Nina" Svensson')
    email = mapping.placeholder("EMAIL", "anna@example.se")
    completion = {
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": f"Hej {person}, ditt konto {email} är klart.",
                    "tool_calls": [
                        {
                            "id": "c",
                            "type": "function",
                            "function": {
                                "name": "mail",
                                "arguments": json.dumps({"to": email, "name": person}),
                            },
                        }
                    ],
                },
            }
        ],
    }
    restored = restore_completion(completion, mapping)
    message = restored["choices"][0]["message"]
    assert message["content"] == 'Hej Anna "Nina" Svensson, ditt konto anna@example.se är klart.'
    arguments = json.loads(message["tool_calls"][0]["function"]["arguments"])
    assert arguments == {"to": "anna@example.se", "name": 'Anna "Nina" Svensson'}
    assert person in completion["choices"][0]["message"]["content"]  # input untouched


def streamed_mapping() -> tuple[Pseudonyms, str, str]:
    mapping = Pseudonyms()
    names = ["Anna Svensson", "Erik Berg", "Sara Lind"]
    holders = [mapping.placeholder("PERSON", name) for name in names]
    for number in range(2, 12):  # <PERSON_1> is a prefix-like sibling of <PERSON_10>, <PERSON_11>
        holders.append(mapping.placeholder("PERSON", f"Person {number}"))
    email = mapping.placeholder("EMAIL", "a@b.se")
    text = (
        f"{holders[0]} och {holders[1]}<{holders[2]}> skrev <b>till</b> {email}. "
        f"{holders[12]}{holders[0]} <PERSON_ <EMAIL_9> <"
    )
    expected = (
        "Anna Svensson och Erik Berg<Sara Lind> skrev <b>till</b> a@b.se. "
        "Person 11Anna Svensson <PERSON_ <EMAIL_9> <"
    )
    return mapping, text, expected


def feed_pieces(mapping: Pseudonyms, pieces: list[str], expected: str) -> str:
    restorer = StreamRestorer(mapping)
    out = ""
    for piece in pieces:
        out += restorer.feed(piece)
        assert expected.startswith(out), (pieces, out)  # nothing wrong or partial was sent
    return out + restorer.flush()


def test_stream_every_two_way_split() -> None:
    mapping, text, expected = streamed_mapping()
    for cut in range(len(text) + 1):
        assert feed_pieces(mapping, [text[:cut], text[cut:]], expected) == expected


def test_stream_one_character_at_a_time() -> None:
    mapping, text, expected = streamed_mapping()
    assert feed_pieces(mapping, list(text), expected) == expected


def test_stream_random_splits() -> None:
    mapping, text, expected = streamed_mapping()
    rng = random.Random(7)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, len(text)), rng.randint(1, 12)))
        pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        assert feed_pieces(mapping, pieces, expected) == expected


def test_stream_holds_back_only_a_placeholder_prefix() -> None:
    mapping, _, _ = streamed_mapping()
    restorer = StreamRestorer(mapping)
    assert restorer.feed("Hej <PER") == "Hej "
    assert restorer.feed("SON_1") == ""
    assert restorer.feed(">!") == "Anna Svensson!"
    assert restorer.feed("a <b> c") == "a <b> c"


def stream_chunks(pieces: list[str], argument_pieces: list[str]) -> list[dict[str, object]]:
    chunks: list[dict[str, object]] = [
        {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        for piece in pieces
    ]
    for number, piece in enumerate(argument_pieces):
        call: dict[str, object] = {"index": 0, "function": {"arguments": piece}}
        if number == 0:
            call.update({"id": "call_1", "type": "function"})
            call["function"] = {"name": "send", "arguments": piece}
        chunks.append(
            {"choices": [{"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}]}
        )
    chunks.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    return chunks


def collect(chunks: list[dict[str, object]], mapping: Pseudonyms) -> tuple[str, str]:
    restorer = ChunkRestorer(mapping)
    content, arguments = "", ""
    for chunk in chunks:
        out = restorer.restore(chunk)
        for choice in out["choices"]:
            delta = choice["delta"]
            content += delta.get("content") or ""
            for call in delta.get("tool_calls") or []:
                arguments += call["function"].get("arguments") or ""
    assert restorer.flush() == []
    return content, arguments


def test_chunk_restorer_content_and_tool_arguments_at_every_split() -> None:
    mapping = Pseudonyms()
    person = mapping.placeholder("PERSON", 'Anna "A" Svensson')
    phone = mapping.placeholder("PHONE", "070-123 45 67")
    text = f"Jag skickar till {person} på {phone}."
    arguments = json.dumps({"to": person, "phone": phone})
    expected_text = 'Jag skickar till Anna "A" Svensson på 070-123 45 67.'
    expected_args = {"to": 'Anna "A" Svensson', "phone": "070-123 45 67"}
    for cut in range(len(arguments) + 1):
        text_cut = cut % (len(text) + 1)
        chunks = stream_chunks(
            [text[:text_cut], text[text_cut:]], [arguments[:cut], arguments[cut:]]
        )
        content, args = collect(chunks, mapping)
        assert content == expected_text
        assert json.loads(args) == expected_args


def test_chunk_restorer_flushes_a_stream_without_finish_reason() -> None:
    mapping = Pseudonyms()
    mapping.placeholder("PERSON", "Anna")
    restorer = ChunkRestorer(mapping)
    out = restorer.restore({"choices": [{"index": 0, "delta": {"content": "Hej <PERS"}}]})
    assert out["choices"][0]["delta"]["content"] == "Hej "
    assert restorer.flush() == [{"index": 0, "delta": {"content": "<PERS"}, "finish_reason": None}]


def test_chunk_restorer_passes_through_without_mapping() -> None:
    chunk = {"choices": [{"index": 0, "delta": {"content": "<PERSON_1>"}}]}
    assert ChunkRestorer(Pseudonyms()).restore(chunk) is chunk


class OnlyFirstText:
    """A detector that finds values only in the first text it is asked about."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self.calls = 0

    def find(self, text: str) -> list[Finding]:
        self.calls += 1
        return self.detector.find(text) if self.calls == 1 else []


def test_a_value_found_once_is_replaced_everywhere(detector: Detector) -> None:
    arguments = json.dumps({"to": "Anna Svensson", "note": "AnnaSvensson is no match"})
    body = {
        "messages": [
            {"role": "system", "content": "Kunden heter Anna Svensson, 070-123 45 67."},
            {"role": "user", "content": "anna svensson? Nej: Anna Svensson. Ring 070-123 45 67!"},
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": "c",
                        "type": "function",
                        "function": {"name": "f", "arguments": arguments},
                    }
                ],
            },
        ]
    }
    sent, mapping, located = pseudonymize_body(body, OnlyFirstText(detector))
    user = sent["messages"][1]["content"]
    assert "Anna Svensson" not in user and "070-123 45 67" not in user
    assert "anna svensson?" in user  # only exact occurrences are propagated
    sent_arguments = json.loads(sent["messages"][2]["tool_calls"][0]["function"]["arguments"])
    assert sent_arguments["to"] in mapping.originals
    assert sent_arguments["note"] == "AnnaSvensson is no match"
    assert len(located) == 3


def test_text_and_embedding_fields_are_scanned(detector: Detector) -> None:
    """A text request's prompt and suffix and an embedding's input are texts a model reads."""
    body = {
        "model": "complete",
        "prompt": ["# mail anna.svensson@example.se\n", "call(", 3],
        "suffix": ")  # Anna Svensson, 070-123 45 67",
        "input": "Hennes personnummer är 850314-1239.",
    }
    sent, mapping, located = pseudonymize_body(body, detector)
    raw = orjson.dumps(sent).decode()
    for value in VALUES:
        assert value not in raw
    assert sent["prompt"][1:] == ["call(", 3]  # what holds no personal data is kept as it was
    assert {p.path for p in located} == {"prompt[0]", "suffix", "input"}
    assert restore_text(sent["suffix"], mapping) == body["suffix"]
