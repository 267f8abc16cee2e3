"""Upstream calls through an HTTP proxy (`rung.backends.proxy`), against a real forward proxy:
tinyproxy, started on a free port for each test (scripts/ci-deps.sh installs it). An http
upstream is reached with requests in absolute form, an https one through a CONNECT tunnel with
its certificate still checked; the proxy's password reaches the proxy only, and no error or
log line says it. Which proxy applies (the environment, NO_PROXY, loopback, the config) is
checked without one."""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from rung._errors import ConfigError
from rung.backends.proxy import Proxy, parse_proxy, proxy_for
from rung.backends.wire import Wire, WireError
from rung.configure import load
from tests.conftest import free_port
from tests.streams.test_wire import Upstream, answer, fixed, self_signed
from tests.streams.upstream import DONE, ScriptedSSE, content, event
from tests.waiting import poll

PASSWORD = "pr0xy-s3cret"
CONF = """Port {port}
Listen 127.0.0.1
Timeout 30
LogFile "{dir}/tinyproxy.log"
LogLevel Info
PidFile "{dir}/tinyproxy.pid"
MaxClients 20
Allow 127.0.0.1
{auth}
"""


class Tinyproxy:
    def __init__(self, directory: Path, port: int) -> None:
        self.directory, self.port = directory, port

    def proxy(self, password: str | None = None) -> Proxy:
        auth = f"alice:{password}@" if password is not None else ""
        return parse_proxy(f"http://{auth}127.0.0.1:{self.port}")

    def log(self) -> str:
        return (self.directory / "tinyproxy.log").read_text(errors="replace")


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def start_tinyproxy(directory: Path, password: str | None) -> Iterator[Tinyproxy]:
    binary = shutil.which("tinyproxy") or shutil.which("tinyproxy", path="/usr/sbin:/usr/bin")
    if binary is None:
        pytest.skip("tinyproxy is not installed (scripts/ci-deps.sh installs it)")
    port = free_port()
    auth = f"BasicAuth alice {password}" if password else ""
    conf = directory / "tinyproxy.conf"
    conf.write_text(CONF.format(port=port, dir=directory, auth=auth))
    process = subprocess.Popen([binary, "-d", "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=(directory / "tinyproxy.out").open("wb"))  # fmt: skip
    try:
        assert poll(lambda: _listening(port), bool), "tinyproxy did not start"
        yield Tinyproxy(directory, port)
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def tinyproxy(tmp_path: Path) -> Iterator[Tinyproxy]:
    yield from start_tinyproxy(tmp_path, PASSWORD)


@pytest.fixture
def open_proxy(tmp_path: Path) -> Iterator[Tinyproxy]:
    yield from start_tinyproxy(tmp_path, None)


def test_an_http_upstream_is_reached_through_the_proxy(tinyproxy: Tinyproxy) -> None:
    async def run() -> None:
        async with Upstream(fixed) as up:
            url = up.url + "/chat/completions"
            pool = Wire(url, limit=4, connect_timeout=5.0, headers={},
                        proxy=tinyproxy.proxy(PASSWORD))  # fmt: skip
            for _ in range(2):
                async with await pool.post(url, b"{}") as got:
                    assert got.status == 200 and (await got.read()).startswith(b'{"n": ')
            pool.close()
        assert len(up.requests) == 2
        head = up.requests[0].split(b"\r\n\r\n")[0].lower()
        assert b"\r\nvia: 1.1 " in head and b"(tinyproxy/" in head  # through the proxy
        assert b"proxy-authorization" not in head and PASSWORD.encode() not in head
        assert f"POST {url} HTTP/1.1" in tinyproxy.log()

    asyncio.run(run())


def test_an_https_upstream_is_reached_through_a_tunnel_its_certificate_checked(
    tinyproxy: Tinyproxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, context = self_signed(tmp_path)
    heads: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            heads.append(await reader.readuntil(b"\r\n\r\n{}"))
            writer.write(answer(b"secure"))
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        writer.close()

    async def run() -> None:
        server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context)
        url = f"https://localhost:{server.sockets[0].getsockname()[1]}/v1"
        proxy = tinyproxy.proxy(PASSWORD)
        untrusted = Wire(url, limit=2, connect_timeout=5.0, headers={}, proxy=proxy)
        with pytest.raises(WireError, match="certificate verify failed"):
            await untrusted.post(url, b"{}")  # the tunnel does not weaken TLS
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # now trusted
        pool = Wire(url, limit=2, connect_timeout=5.0, headers={"authorization": "Bearer k"},
                    proxy=proxy)  # fmt: skip
        async with await pool.post(url, b"{}") as got:
            assert await got.read() == b"secure"
        pool.close()
        server.close()
        port = url.split(":")[2].split("/")[0]
        assert f"CONNECT localhost:{port} HTTP/1.1" in tinyproxy.log()
        assert heads and heads[-1].lower().startswith(b"post /v1 http/1.1")  # origin form inside
        assert b"proxy-authorization" not in heads[-1].lower()
        assert b"authorization: bearer k" in heads[-1].lower()

    asyncio.run(run())


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_proxy_that_wants_another_password_is_an_error_that_never_says_one(
    tinyproxy: Tinyproxy, scheme: str
) -> None:
    async def run() -> None:
        async with Upstream(fixed) as up:
            url = up.url.replace("http", scheme, 1) + "/chat/completions"
            pool = Wire(url, limit=2, connect_timeout=5.0, headers={},
                        proxy=tinyproxy.proxy("wrong-password"))  # fmt: skip
            if scheme == "https":  # the tunnel is refused
                with pytest.raises(WireError, match=r"refused the tunnel: 40[17]") as refused:
                    await pool.post(url, b"{}")
                assert "wrong-password" not in str(refused.value)
                assert f"through the proxy 127.0.0.1:{tinyproxy.port}" in str(refused.value)
            else:  # the proxy answers the request itself
                async with await pool.post(url, b"{}") as got:
                    assert got.status in (401, 407)  # tinyproxy says 401
            pool.close()
            assert up.requests == []  # nothing reached the upstream

    asyncio.run(run())


def test_a_proxy_that_is_down_is_named_by_host_and_port_only() -> None:
    async def run() -> None:
        port = free_port()
        proxy = parse_proxy(f"http://alice:{PASSWORD}@127.0.0.1:{port}")
        pool = Wire("https://api.example:443/v1", limit=1, connect_timeout=5.0, headers={},
                    proxy=proxy)  # fmt: skip
        with pytest.raises(WireError) as failed:
            await pool.post("https://api.example:443/v1/chat/completions", b"{}")
        text = str(failed.value)
        assert f"api.example:443 through the proxy 127.0.0.1:{port}" in text
        assert PASSWORD not in text and "alice" not in text

    asyncio.run(run())


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (None, "no connection within 0.5 s"),  # silent: the connect timeout covers it
        (b"SSH-2.0-OpenSSH_9.2\r\n\r\n", "not HTTP"),
        (b"HTTP/1.1 200 OK\r\n" + b"x-pad: " + b"a" * 20_000, "has no end"),
        (b"HTTP/1.1 200 Connection established\r\n\r\nsurprise", "bytes before the tunnel"),
        (b"", "closed the connection instead of a tunnel"),
    ],
    ids=["silent", "not-http", "endless", "early-bytes", "closed"],
)
def test_a_proxy_that_misbehaves_is_a_wire_error(reply: bytes | None, said: str) -> None:
    """Fault injection: a scripted server in the proxy's place."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        if reply is None:
            await reader.read()  # until the client gives up
        else:
            writer.write(reply)
            await writer.drain()
        writer.close()

    async def run() -> None:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        url = "https://api.example:443/v1"
        pool = Wire(url, limit=1, connect_timeout=0.5, headers={},
                    proxy=Proxy("127.0.0.1", port))  # fmt: skip
        with pytest.raises(WireError, match=said):
            await pool.post(url + "/chat/completions", b"{}")
        server.close()

    asyncio.run(run())


def test_a_gateway_route_goes_through_the_proxy_its_model_names(
    serve: Any, open_proxy: Tinyproxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: `proxy: env:NAME` on the models; a whole answer and a relayed stream come
    through tinyproxy."""
    monkeypatch.setenv("RUNG_TEST_PROXY", f"http://127.0.0.1:{open_proxy.port}")
    answer = orjson.dumps({"id": "c1", "object": "chat.completion", "model": "up-m",
                           "choices": [{"index": 0, "finish_reason": "stop", "message":
                                        {"role": "assistant", "content": "Hello"}}]})  # fmt: skip
    pieces = [event(content("Hel")), event(content("lo", "stop")), DONE]
    with ScriptedSSE(pieces) as streams, ScriptedSSE([], json=answer) as whole:
        models = {
            name: {"backend": "openai", "base_url": up.url, "model": "up-m", "num_retries": 0,
                   "proxy": "env:RUNG_TEST_PROXY"}
            for name, up in (("streams", streams), ("whole", whole))
        }  # fmt: skip
        routes = {"chat": {"model": "whole"}, "live": {"model": "streams"}}
        with serve({"models": models, "routes": routes}) as gw:
            turn = [{"role": "user", "content": "Hi"}]
            url = gw.url + "/v1/chat/completions"
            got = httpx.post(url, json={"model": "chat", "messages": turn}, timeout=30)
            live = {"model": "live", "messages": turn, "stream": True}
            streamed = httpx.post(url, json=live, timeout=30)
    assert got.status_code == 200 and got.json()["choices"][0]["message"]["content"] == "Hello"
    assert streamed.status_code == 200 and streamed.text.endswith("data: [DONE]\n\n")
    assert '"content":"lo"' in streamed.text
    log = open_proxy.log()
    assert f"POST {whole.url}/chat/completions" in log
    assert f"POST {streams.url}/chat/completions" in log


# ---- which proxy applies ---------------------------------------------------------------


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_the_environment_names_the_proxy_per_scheme(no_proxy_env: pytest.MonkeyPatch) -> None:
    no_proxy_env.setenv("HTTPS_PROXY", "http://corp-proxy:3128")
    no_proxy_env.setenv("http_proxy", "http://plain-proxy")
    assert proxy_for("https://api.berget.ai/v1", None) == Proxy("corp-proxy", 3128)
    assert proxy_for("http://models.internal:8000/v1", None) == Proxy("plain-proxy", 80)
    no_proxy_env.setenv("NO_PROXY", "internal,.example.org")
    assert proxy_for("http://models.internal:8000/v1", None) is None
    assert proxy_for("https://eu.example.org/v1", None) is None
    assert proxy_for("https://api.berget.ai/v1", None) == Proxy("corp-proxy", 3128)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/v1", "http://localhost:11434/v1", "https://[::1]:8443/v1"]
)
def test_a_loopback_upstream_never_takes_the_environments_proxy(
    no_proxy_env: pytest.MonkeyPatch, url: str
) -> None:
    no_proxy_env.setenv("HTTP_PROXY", "http://corp-proxy:3128")
    no_proxy_env.setenv("HTTPS_PROXY", "http://corp-proxy:3128")
    assert proxy_for(url, None) is None


def test_the_config_overrides_the_environment(no_proxy_env: pytest.MonkeyPatch) -> None:
    no_proxy_env.setenv("HTTPS_PROXY", "http://corp-proxy:3128")
    assert proxy_for("https://api.berget.ai/v1", "none") is None
    assert proxy_for("https://api.berget.ai/v1", "http://other:8080") == Proxy("other", 8080)
    no_proxy_env.setenv("RUNG_PROXY", f"http://bob:{PASSWORD}@vault-proxy:3128")
    found = proxy_for("https://api.berget.ai/v1", "env:RUNG_PROXY")
    assert found is not None and found.authorization == b"Basic Ym9iOnByMHh5LXMzY3JldA=="
    assert PASSWORD not in repr(found) and found.name == "vault-proxy:3128"
    assert proxy_for("https://api.berget.ai/v1", "env:RUNG_UNSET_PROXY") is None


@pytest.mark.parametrize(
    "url", ["https://proxy:3128", "socks5://proxy:1080", "http://:3128", "http://proxy:99999"]
)
def test_a_proxy_rung_cannot_use_is_refused_without_its_url(url: str) -> None:
    with pytest.raises(ValueError, match="proxy") as refused:
        parse_proxy(url)
    assert url not in str(refused.value)


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (f"http://alice:{PASSWORD}@proxy:3128", "secret"),
        ("https://proxy:3128", "not supported"),
        ("env:not a name", "env:VARIABLE_NAME"),
    ],
)
def test_the_config_refuses_a_proxy_it_cannot_use_naming_the_key(
    tmp_path: Path, value: str, said: str
) -> None:
    path = tmp_path / "rung.yaml"
    path.write_text(
        "models:\n  up: {backend: openai, base_url: 'https://api.example/v1', model: m,\n"
        f"       proxy: '{value}'}}\nroutes:\n  chat: {{model: up}}\n"
    )
    with pytest.raises(ConfigError, match=said) as refused:
        load(path)
    text = str(refused.value)
    assert "models.up.proxy" in text and "rung.yaml" in text and PASSWORD not in text
