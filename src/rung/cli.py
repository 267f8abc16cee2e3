"""The command line, grouped by nouns like simonw/llm:

    rung serve | chat | routes | check
    rung logs list | path | stats
    rung keys create | list | show | revoke | rotate
    rung teams create | list | delete
    rung routers train | eval
    rung eval mbpp-replay
    rung eval escalation
    rung ab report
    rung import litellm
    rung recommend
    rung ui

Older spellings still work as hidden aliases: `rung models` (`rung routes`), `rung stats`
(`rung logs stats`), `rung eval routers` (`rung routers eval`).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

import click
import orjson

from rung.cli_common import CONFIG_OPTION, Group, alias, load_config
from rung.cli_import import import_group
from rung.cli_logs import logs_group, logs_stats
from rung.cli_ui import ui_command
from rung.evals.ab_report import report_command as ab_report_command
from rung.evals.escalation import escalation_command
from rung.evals.mbpp_replay import replay_command
from rung.evals.routing import eval_routers
from rung.keys.cli_keys import keys_group, open_door, teams_group
from rung.recommend.cli import recommend_command
from rung.recommend.replay import replay_command as recommend_replay_command
from rung.routers.train import train_command


@click.group(cls=Group)
@click.version_option(package_name="rung")
def main() -> None:
    """rung: local models first, hosted models when a check says so."""


@main.command()
@CONFIG_OPTION
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port to listen on (default 8080).")
@click.option("--quiet", is_flag=True, help="No access log line per request.")
@click.option(
    "--insecure", is_flag=True, help="Serve a non-loopback address without authentication."
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Processes sharing the port (needs `state: {url: redis://...}` when more than 1).",
)
@click.option(
    "--per-worker-state",
    is_flag=True,
    help="With --workers N, accept that each worker keeps its own cache, breakers and limits.",
)
def serve(
    config_path: str | None,
    host: str | None,
    port: int | None,
    quiet: bool,
    insecure: bool,
    workers: int,
    per_worker_state: bool,
) -> None:
    """Start the OpenAI-compatible gateway."""
    import uvicorn

    from rung.gateway import create_app
    from rung.gateway.access import AccessLog, ConsoleLines
    from rung.gateway.edge import header_timeout_protocol, host_notice

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    config = load_config(config_path)
    if host:  # the Host check accepts the address rung listens on
        config.server = config.server.model_copy(update={"host": host})
    click.echo(f"rung: config {config.source}; routes: {', '.join(config.routes)}", err=True)
    if reason := open_door(config, insecure):
        raise click.ClickException(reason)
    if notice := host_notice(config.server):
        click.echo(f"rung: {notice}", err=True)
    if workers > 1:
        serve_workers(config_path, config, host, port, quiet, workers, per_worker_state)
        return
    app: Any = create_app(config)
    app.freeze_after_start = True  # see App
    uvicorn.run(
        app if quiet else AccessLog(app, write=ConsoleLines(sys.stderr, "INFO rung.access: ")),
        host=config.server.host,
        port=port or config.server.port,
        loop="uvloop",
        http=header_timeout_protocol(config.server.header_timeout),  # httptools, bounded headers
        lifespan="on",
        access_log=False,  # rung's own line (AccessLog) names the route and the request id
        timeout_keep_alive=config.server.keep_alive_timeout,
        timeout_graceful_shutdown=30,
    )


def serve_workers(
    config_path: str | None,
    config: Any,
    host: str | None,
    port: int | None,
    quiet: bool,
    workers: int,
    per_worker_state: bool,
) -> None:
    """`rung serve --workers N` (see rung.workers)."""
    import os

    from rung.workers import ENV_CONFIG, ENV_HOST, ENV_QUIET, bind, refusal, supervise

    if reason := refusal(config, workers, per_worker_state):
        raise click.ClickException(reason)
    env = {**os.environ, ENV_CONFIG: os.path.abspath(config_path) if config_path else ""}
    env.update({ENV_HOST: host or "", ENV_QUIET: "1" if quiet else ""})
    try:
        sock = bind(config.server.host, port or config.server.port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {config.server.host}: {exc}") from exc
    click.echo(f"rung: {workers} workers on {config.server.host}:{sock.getsockname()[1]}", err=True)
    sys.exit(supervise(sock, workers, env))


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
    code = asyncio.run(chat_once(load_config(config_path), body))
    sys.exit(code)


@main.command("routes")
@CONFIG_OPTION
def routes_command(config_path: str | None) -> None:
    """List the routes a client may name (its `model`), and what answers each."""
    config = load_config(config_path)
    for name, route in config.routes.items():
        fields = route.model_dump(exclude={"pattern"})
        click.echo(f"{name}\t{getattr(route, 'pattern', 'fixed')}\t{orjson.dumps(fields).decode()}")


@main.command()
@click.argument("config_file", type=click.Path(dir_okay=False))
def check(config_file: str) -> None:
    """Check a configuration file without starting anything."""
    config = load_config(config_file)
    click.echo(f"{config_file}: ok ({len(config.models)} models, {len(config.routes)} routes)")


@main.group("routers")
def routers_group() -> None:
    """Learned routers: train one on replay data (one versioned file); evaluate them offline."""


routers_group.add_command(train_command, "train")
routers_group.add_command(eval_routers, "eval")


@main.group("eval")
def eval_group() -> None:
    """Offline evaluation on real data: no model is called."""


eval_group.add_command(replay_command())
eval_group.add_command(recommend_replay_command)  # type: ignore[arg-type]
eval_group.add_command(escalation_command())


@main.group("ab")
def ab_group() -> None:
    """A/B tests: compare the arms of a route."""


ab_group.add_command(ab_report_command)
main.add_command(logs_group)
main.add_command(keys_group)
main.add_command(teams_group)
main.add_command(import_group)
main.add_command(recommend_command)
main.add_command(ui_command)

# Older spellings, kept working for now (hidden from --help).
main.add_command(alias(routes_command, "models", "routes"))
main.add_command(alias(logs_stats, "stats", "logs stats"))
eval_group.add_command(alias(eval_routers, "routers", "routers eval"))


if __name__ == "__main__":
    main()
