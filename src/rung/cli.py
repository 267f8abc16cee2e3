"""The command line, grouped by nouns: `rung serve`, `rung chat`, `rung models`, `rung check`,
`rung logs list`."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

import click
import orjson

from rung._errors import ConfigError
from rung.config import Config, load
from rung.defaults import default_config
from rung.evals.ab_report import report_command as ab_report_command
from rung.evals.mbpp_replay import replay_command
from rung.evals.routing import eval_routers
from rung.routers.train import train_command

CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    envvar="RUNG_CONFIG",
    type=click.Path(dir_okay=False),
    help="YAML configuration file (default: $RUNG_CONFIG, else the embedded default).",
)


def _config(path: str | None) -> Config:
    try:
        return load(path) if path else default_config()
    except ConfigError as exc:
        raise click.ClickException(exc.message) from exc


@click.group()
@click.version_option(package_name="rung")
def main() -> None:
    """rung: local models first, hosted models when a check says so."""


@main.command()
@CONFIG_OPTION
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port to listen on (default 8080).")
def serve(config_path: str | None, host: str | None, port: int | None) -> None:
    """Start the OpenAI-compatible gateway."""
    import uvicorn

    from rung.gateway import create_app
    from rung.gateway.edge import header_timeout_protocol, host_notice

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    config = _config(config_path)
    if host:  # the Host check accepts the address rung listens on
        config.server = config.server.model_copy(update={"host": host})
    click.echo(f"rung: config {config.source}; routes: {', '.join(config.routes)}", err=True)
    if notice := host_notice(config.server):
        click.echo(f"rung: {notice}", err=True)
    uvicorn.run(
        create_app(config),
        host=config.server.host,
        port=port or config.server.port,
        loop="uvloop",
        http=header_timeout_protocol(config.server.header_timeout),  # httptools, bounded headers
        lifespan="on",
        access_log=False,
        timeout_keep_alive=config.server.keep_alive_timeout,
        timeout_graceful_shutdown=30,
    )


@main.command()
@CONFIG_OPTION
@click.argument("route")
@click.argument("prompt")
@click.option("--max-tokens", default=256, show_default=True)
@click.option("--temperature", default=None, type=float)
def chat(
    config_path: str | None, route: str, prompt: str, max_tokens: int, temperature: float | None
) -> None:
    """Send PROMPT to ROUTE through the gateway's own code path, streaming the answer."""
    from rung.chat import chat_once

    body: dict[str, Any] = {
        "model": route,
        "messages": [{"role": "user", "content": prompt}],
        "stream": True,
        "max_tokens": max_tokens,
    }
    if temperature is not None:
        body["temperature"] = temperature
    code = asyncio.run(chat_once(_config(config_path), body))
    sys.exit(code)


@main.command()
@CONFIG_OPTION
def models(config_path: str | None) -> None:
    """List the routes a client may name, and what answers each."""
    config = _config(config_path)
    for name, route in config.routes.items():
        fields = route.model_dump(exclude={"pattern"})
        click.echo(f"{name}\t{getattr(route, 'pattern', 'fixed')}\t{orjson.dumps(fields).decode()}")


@main.command()
@click.argument("config_file", type=click.Path(dir_okay=False))
def check(config_file: str) -> None:
    """Check a configuration file without starting anything."""
    config = _config(config_file)
    click.echo(f"{config_file}: ok ({len(config.models)} models, {len(config.routes)} routes)")


@main.group()
def logs() -> None:
    """The request log."""


@logs.command("list")
@CONFIG_OPTION
@click.option("-n", "--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def logs_list(config_path: str | None, limit: int, as_json: bool) -> None:
    """Show the newest requests."""
    from rung.telemetry.log import recent
    from rung.telemetry.show import print_requests

    path = _config(config_path).log_path()
    if not Path(path).exists():
        raise click.ClickException(f"no request log at {path} yet")
    rows = recent(path, limit)
    if as_json:
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
    else:
        print_requests(rows)


@main.group("eval")
def eval_group() -> None:
    """Offline evaluation on real data: no model is called."""


eval_group.add_command(replay_command())
eval_group.add_command(eval_routers)


@main.group("routers")
def routers_group() -> None:
    """Learned routers: train one on replay data, save it as one versioned file."""


routers_group.add_command(train_command)


@main.group("ab")
def ab_group() -> None:
    """A/B tests: compare the arms of a route."""


ab_group.add_command(ab_report_command)


@main.command("stats")
@CONFIG_OPTION
@click.option("--since", default="24h", show_default=True, help="Window: 30m, 24h, 7d, ...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def stats_command(config_path: str | None, since: str, as_json: bool) -> None:
    """Per route and backend: calls, latency, tokens, cost, escalation and feedback."""
    from rung.telemetry.show import print_stats
    from rung.telemetry.stats import parse_window, stats

    path = _config(config_path).log_path()
    if not Path(path).exists():
        raise click.ClickException(f"no request log at {path} yet")
    try:
        window = parse_window(since)
    except ValueError as exc:
        raise click.BadParameter(f"not a window: {since!r}", param_hint="--since") from exc
    data = stats(path, window)
    if as_json:
        click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
    else:
        print_stats(data)


if __name__ == "__main__":
    main()
