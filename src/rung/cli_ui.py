"""`rung ui`: the dashboard on a request log, without a running gateway."""

from __future__ import annotations

import click

from rung.cli_common import CONFIG_OPTION, load_config
from rung.cli_logs import LOG_OPTION


@click.command("ui")
@CONFIG_OPTION
@LOG_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8081, show_default=True, type=int, help="Port to listen on.")
def ui_command(config_path: str | None, log_file: str | None, host: str, port: int) -> None:
    """Serve the web dashboard (http://HOST:PORT/ui/) on the config's request log.

    It reads the log only. Without a master key in the config it serves loopback clients only;
    with one, it asks for it (any user name, the key as password)."""
    import uvicorn

    from rung.cli_logs import resolve_log
    from rung.telemetry.logstore import describe, open_reader
    from rung.ui import standalone_app

    config = load_config(config_path)
    if host:
        config.server = config.server.model_copy(update={"host": host})
    log = resolve_log(config_path, log_file)  # a SQLite file or a postgresql:// URL
    open_reader(log).close()  # a missing or old log is an error now, not on the first page
    click.echo(f"rung ui: log {describe(log)}; http://{host}:{port}/ui/", err=True)
    uvicorn.run(standalone_app(config, log), host=host, port=port, lifespan="off",
                log_level="warning")  # fmt: skip
