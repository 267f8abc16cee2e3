"""The web dashboard at `/ui`: overview, routes, requests and traces, experiments, keys,
backends. Served by the gateway (`mount`) and by `rung ui` without one (`standalone_app`).

Server-rendered HTML (Jinja2) with a little JavaScript and a vendored chart library
(uPlot 1.6.32, MIT, from npm: `static/uPlot.LICENSE`); no build step, no network. It reads the
request log (a SQLite file or a PostgreSQL database) through `rung.ui.queries.LogReader` only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rung.config import Config
from rung.gateway.http import Receive, Scope, Send, send_error
from rung.keys.auth import Authenticator, master_secret
from rung.telemetry.logstore import Target, log_target
from rung.ui.pages import Pages
from rung.ui.queries import LogReader
from rung.ui.server import PREFIX, Dashboard

if TYPE_CHECKING:
    from rung.gateway.app import App


def mount(app: App) -> Dashboard:
    """The dashboard of a running gateway: its log, its keys, its live backends' health."""
    gateway = app.gateway
    config = gateway.config
    target = log_target(config) if config.log.enabled else config.log_path()  # as the writer's
    pages = Pages(config, LogReader(target), app.health)
    dashboard = Dashboard(pages, gateway.auth)
    if gateway.config.log.enabled:
        dashboard.warm()
    return dashboard


class Standalone:
    """`rung ui`: the dashboard alone, on a log without a gateway (the edge's Host and Origin
    checks still apply; the master key, when the config sets one, is still required)."""

    def __init__(self, config: Config, log: Target | None = None) -> None:
        from rung.gateway.edge import Policy

        reader = LogReader(log or log_target(config))
        auth = Authenticator(None, master_secret(config.auth.master_key))
        self.dashboard = Dashboard(Pages(config, reader), auth)
        self.dashboard.warm()
        self.policy = Policy(config.server)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from rung._errors import NotFound
        from rung.gateway.edge import refusal

        if scope["type"] != "http":
            return
        error = refusal(scope, self.policy, dict(scope["headers"]))
        if error is not None:
            await send_error(send, error)
        elif scope["path"] == "/":
            start = {"type": "http.response.start", "status": 307}
            await send({**start, "headers": [(b"location", b"/ui/")]})
            await send({"type": "http.response.body", "body": b""})
        elif Dashboard.serves(scope["path"]):
            await self.dashboard(scope, receive, send)
        else:
            await send_error(
                send, NotFound(f"no such path: {scope['path']}; the dashboard is at /ui")
            )


def standalone_app(config: Config, log: Target | None = None) -> Standalone:
    """`log`: a SQLite file or a `postgresql://` URL (default: the config's log)."""
    return Standalone(config, log)


__all__ = ["PREFIX", "Dashboard", "LogReader", "Pages", "Standalone", "mount", "standalone_app"]
