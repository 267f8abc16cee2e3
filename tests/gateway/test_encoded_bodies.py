"""Compressed request bodies (`content-encoding: gzip` / `deflate`) on every API: read as the
client meant them; an unknown coding, a broken stream or a small bomb is the client's 4xx in its
own error format, and costs no breaker anything."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import orjson
import pytest

from rung._errors import BodyTooLarge, RequestError
from rung.gateway.http import decoded
from tests.conftest import Served
from tests.gateway.test_hostile_input import FakeUpstream, refusal_is_in_the_clients_format

BODIES = {
    "/v1/chat/completions": {"model": "fixed", "messages": [{"role": "user", "content": "Hi"}]},
    "/v1/messages": {"model": "fixed", "max_tokens": 8,
                     "messages": [{"role": "user", "content": "Hi"}]},
    "/api/chat": {"model": "fixed", "stream": False,
                  "messages": [{"role": "user", "content": "Hi"}]},
}  # fmt: skip


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    upstream = FakeUpstream()
    hosted = {"backend": "openai", "base_url": upstream.url, "model": "up"}
    config = {"models": {"hosted": hosted}, "routes": {"fixed": {"model": "hosted"}}}
    log: Path = tmp_path_factory.mktemp("encoded") / "log.db"
    with Served(config, log) as served:
        yield served
    upstream.close()


def post(gateway: Served, path: str, body: bytes, encoding: str) -> httpx.Response:
    headers = {"content-type": "application/json", "content-encoding": encoding}
    return httpx.post(gateway.url + path, content=body, headers=headers, timeout=30)


@pytest.mark.parametrize("path", list(BODIES))
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "identity"])
def test_a_compressed_body_is_answered_like_a_plain_one(
    gateway: Served, path: str, encoding: str
) -> None:
    plain = orjson.dumps(BODIES[path])
    body = {"gzip": gzip.compress, "deflate": zlib.compress}.get(encoding, bytes)(plain)
    answer = post(gateway, path, body, encoding)
    assert answer.status_code == 200, answer.text
    assert answer.headers["x-rung-route"] == "fixed"  # the body was read: its model chose it
    assert text(path, answer) == text(path, post(gateway, path, plain, "identity")) != ""


def text(path: str, answer: httpx.Response) -> str:
    body = answer.json()
    if path == "/v1/messages":
        return str(body["content"][0]["text"])
    if path == "/api/chat":
        return str(body["message"]["content"])
    return str(body["choices"][0]["message"]["content"])


@pytest.mark.parametrize("path", list(BODIES))
def test_what_cannot_be_read_is_the_clients_4xx_in_its_format(gateway: Served, path: str) -> None:
    plain = orjson.dumps(BODIES[path])
    packed = gzip.compress(plain)
    bomb = gzip.compress(b" " * (5 * 1024 * 1024))  # 5 KB that inflate past the 4 MiB limit
    cases = [
        (plain, "br", 415),
        (packed, "gzip, br", 415),
        (plain, "gzip", 400),  # not gzip at all
        (packed[: len(packed) // 2], "gzip", 400),  # cut off
        (bomb, "gzip", 413),
    ]
    for body, encoding, status in cases:
        answer = post(gateway, path, body, encoding)
        assert answer.status_code == status, (encoding, answer.text)
        assert refusal_is_in_the_clients_format(path, answer)
    health = httpx.get(gateway.url + "/health").json()
    assert health["backends"]["hosted"]["breaker"]["state"] == "closed"
    assert post(gateway, path, packed, "gzip").status_code == 200


def test_decoded_names_the_coding_and_bounds_the_output() -> None:
    assert decoded(b"abc", None, 10) == b"abc"
    assert decoded(gzip.compress(b"abc"), b"GZIP", 10) == b"abc"
    members = gzip.compress(b"ab") + gzip.compress(b"c") + b"\0\0"  # as `cat a.gz b.gz`
    assert decoded(members, b"gzip", 10) == b"abc"
    with pytest.raises(BodyTooLarge):  # the limit holds over all the members together
        decoded(gzip.compress(b"x" * 6) + gzip.compress(b"x" * 6), b"gzip", 10)
    with pytest.raises(RequestError, match="data after its end"):
        decoded(zlib.compress(b"abc") + b"junk", b"deflate", 10)
    with pytest.raises(Exception, match="'zstd' is not supported"):
        decoded(b"abc", b"zstd", 10)
    with pytest.raises(Exception, match="limit of 10 bytes"):
        decoded(zlib.compress(b"x" * 11), b"deflate", 10)
    assert decoded(zlib.compress(b"x" * 10), b"deflate", 10) == b"x" * 10
