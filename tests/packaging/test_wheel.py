"""The wheel built from the repository is the whole product: installed alone into a fresh
venv and run from a directory outside the repository, it trains and evaluates routers on the
replay data it carries and serves /health, with its licences inside.

The new venv sees the heavy dependencies (llama-cpp-python, scikit-learn, torch, ...) of the
dev venv through a `.pth` line, but rung itself only from the wheel: the tests assert that
`rung.__file__` lies inside the new venv. No model is loaded (about 20 s in all). Run with
`-s` to see the transcript (tests/packaging/transcript.txt).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHIPPED_DATA = ("routellm", "routerbench", "mbpp")


@dataclass
class Installed:
    wheel: Path
    venv: Path
    work: Path  # a directory outside the repository, the commands' working directory
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        print(f"\n$ {' '.join(args)}")
        done = subprocess.run(
            [str(self.venv / "bin" / args[0]), *args[1:]],
            cwd=self.work,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        print(done.stdout + done.stderr, end="")
        return done


def _source_copy(tmp: Path) -> Path:
    """What a clone holds for building (the build then leaves nothing in the repository)."""
    copy = tmp / "source"
    shutil.copytree(
        REPO / "src",
        copy / "src",
        symlinks=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    for name in SHIPPED_DATA:
        shutil.copytree(REPO / "data" / name, copy / "data" / name)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, copy / name)
    return copy


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RUNG_", "BERGET_"))}
    env.pop("PYTHONPATH", None)
    env.update(HOME=str(tmp / "home"), XDG_DATA_HOME=str(tmp / "share"))
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("wheel")
    env = _clean_env(tmp)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    source = _source_copy(tmp)
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), str(source)],
        check=True,
        env=env,
        cwd=tmp,
        timeout=300,
    )
    [wheel] = (tmp / "dist").glob("rung-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run(
        [
            *pip,
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        env=env,
        cwd=tmp,
        timeout=300,
    )
    # The heavy dependencies from the dev venv (its .pth files, e.g. the editable rung, are
    # not read: a path line in a .pth adds a directory, not a site directory).
    site = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import sysconfig; print(sysconfig.get_path('purelib'))",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "dev-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    work = tmp / "elsewhere"
    work.mkdir()
    print(f"\nwheel {wheel.name} ({wheel.stat().st_size:,} bytes), venv {venv}, cwd {work}")
    yield Installed(wheel, venv, work, env)


def test_the_wheel_carries_licences_and_data(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    licences = {n.split("licenses/", 1)[1] for n in names if "dist-info/licenses/" in n}
    assert {"LICENSE", *(f"data/{d}/LICENSE" for d in SHIPPED_DATA)} <= licences
    for name in SHIPPED_DATA:
        assert f"rung/data/{name}/LICENSE" in names
    assert "rung/data/routerbench/mbpp_train.csv" in names
    assert sum(n.startswith("rung/data/routellm/mmlu/mmlu_") for n in names) == 57


def test_rung_comes_from_the_wheel_alone(installed: Installed) -> None:
    done = installed.run("python", "-c", "import rung, sklearn; print(rung.__file__)")
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).is_relative_to(installed.venv)
    assert str(REPO) not in done.stdout


def test_routers_train_on_shipped_data(installed: Installed) -> None:
    # All 57 MMLU files are read from the wheel; `random` keeps the training itself instant
    # (tfidf on 14,037 rows with 5-fold calibration takes a minute on two busy cores).
    out = installed.work / "random.rung"
    args = ["routers", "train", "--data", "mmlu", "--router", "random", "--share", "0.3"]
    done = installed.run("rung", *args, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.exists() and "random on mmlu (n=14037)" in done.stdout
    tfidf = installed.work / "tfidf.rung"
    args = ["routers", "train", "--data", "mbpp", "--router", "tfidf", "--share", "0.3"]
    done = installed.run("rung", *args, "-o", str(tfidf))
    assert done.returncode == 0, done.stderr
    assert tfidf.exists() and "tfidf on mbpp (n=299)" in done.stdout


def test_eval_routers_on_shipped_data(installed: Installed) -> None:
    args = ["--data", "mbpp", "--router", "random", "--router", "tfidf", "--protocol", "kfold"]
    done = installed.run("rung", "eval", "routers", *args)
    assert done.returncode == 0, done.stderr
    assert "mbpp 5-fold" in done.stdout and "tfidf" in done.stdout
    again = installed.run("rung", "routers", "eval", *args)  # the new spelling
    assert again.returncode == 0 and "mbpp 5-fold" in again.stdout


def test_mbpp_replay_on_shipped_data(installed: Installed) -> None:
    report = installed.work / "mbpp.json"
    done = installed.run("rung", "eval", "mbpp-replay", "--limit", "3", "--json", str(report))
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text())["rows"] == 3


def test_a_missing_data_dir_says_where_to_get_the_data(installed: Installed) -> None:
    done = installed.run(
        "rung",
        "routers",
        "train",
        "--data",
        "mmlu",
        "--router",
        "random",
        "--share",
        "0.3",
        "--data-dir",
        "nowhere",
        "-o",
        "x.rung",
    )
    assert done.returncode == 1
    assert "ships inside the rung wheel" in done.stderr and "Traceback" not in done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read()


# An upstream that is never called: /health needs no model, and the test stays fast.
CONFIG = """\
models:
  hosted: {backend: openai, base_url: "http://127.0.0.1:9/v1", model: m}
routes:
  chat: {model: hosted}
"""


def test_serve_answers_health_with_an_access_line(installed: Installed) -> None:
    port = _free_port()
    config = installed.work / "rung.yaml"
    config.write_text(CONFIG)
    assert installed.run("rung", "check", str(config)).returncode == 0
    console = installed.work / "serve.log"
    args = ["serve", "--config", str(config), "--port", str(port)]
    print(f"\n$ rung {' '.join(args)}")
    with console.open("w") as err:
        server = subprocess.Popen(
            [str(installed.venv / "bin" / "rung"), *args],
            cwd=installed.work,
            env=installed.env,
            stdout=err,
            stderr=subprocess.STDOUT,
        )
        try:
            status, body = _wait_for_health(f"http://127.0.0.1:{port}/health", server)
        finally:
            server.terminate()
            server.wait(timeout=60)
    text = console.read_text()
    print(text + f"GET /health -> {status} {body.decode()}")
    assert status == 200
    assert "GET /health 200 route=-" in text


def _wait_for_health(url: str, server: subprocess.Popen[bytes]) -> tuple[int, bytes]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"rung serve exited with {server.returncode}")
        try:
            return _get(url)
        except OSError:
            time.sleep(0.2)  # polling for readiness, not a timing assumption
    pytest.fail("rung serve did not answer /health within 120 s")
