"""rung without its extras (no redis-py, hiredis, psycopg, spaCy, torch, ...): the gateway and
the CLI import, and a Redis `state.url` is refused at start-up naming what to install."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
EXTRAS = ("redis", "hiredis", "psycopg", "psycopg_pool", "presidio_analyzer", "spacy", "torch",
          "opentelemetry", "sklearn", "numpy", "sentence_transformers", "pyseccomp", "pycrfsuite")
for name in EXTRAS:
    sys.modules[name] = None  # as if not installed: importing it raises ModuleNotFoundError
import rung.cli, rung.gateway, rung.state  # every module the gateway imports at start
from rung.config import StateConfig
try:
    rung.state.open_state(StateConfig(url="redis://127.0.0.1:6379/0"))
except ModuleNotFoundError as exc:
    print(exc)
"""


def test_the_gateway_imports_without_extras_and_redis_says_what_is_missing() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "pip install 'rung[redis]'" in done.stdout
    assert "(hiredis)" in done.stdout or "(redis)" in done.stdout
