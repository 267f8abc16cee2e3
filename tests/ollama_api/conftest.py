from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.completions.live import live_gateway
from tests.conftest import Served


@pytest.fixture(scope="module")
def gateway(llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with live_gateway(llama_server, tmp_path_factory.mktemp("text") / "log.db") as served:
        yield served
