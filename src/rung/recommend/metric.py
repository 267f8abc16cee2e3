"""`rung recommend` as a metric: `rung_recommendation{route, action} 1` on `/metrics`.

Reading the whole log is too slow for a scrape, so a scrape only starts a refresh (in a
thread, read-only, at most once per `every` seconds) and shows the last one's result.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from rung.config import Config
from rung.telemetry.logstore import Target
from rung.telemetry.metrics import Gauge

logger = logging.getLogger("rung")
WINDOW = 30 * 86400.0  # the log window read, as `rung recommend`'s default --since 30d


class RecommendationGauge:
    def __init__(
        self,
        gauge: Gauge,
        path: Target | None,
        config: Config,
        every: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.gauge, self.path, self.config = gauge, path, config
        self.every, self.clock = every, clock
        self.last: float | None = None
        self.thread: threading.Thread | None = None

    def refresh(self) -> None:
        """Start a refresh when the last is older than `every` and none is running."""
        if self.path is None or (isinstance(self.path, Path) and not self.path.exists()):
            return
        if self.thread is not None and self.thread.is_alive():
            return
        if self.last is not None and self.clock() - self.last < self.every:
            return
        self.last = self.clock()
        self.thread = threading.Thread(target=self._run, name="rung-recommend", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from rung.recommend.report import recommend

        assert self.path is not None
        try:
            items = recommend(self.path, WINDOW, self.config)
        except Exception as exc:  # a metric must never take the gateway down
            logger.warning("rung recommend (for /metrics) failed: %s", exc)
            return
        self.gauge.clear()
        for item in items:
            self.gauge.set(item.route, item.action, value=1.0)
