"""`rung logs list|path|stats`: commands that read the request log, never write it.

Every one takes `--log PATH` or `--log postgresql://...` (else the config's `log.url`, else
its `log.path`, else `$RUNG_LOG`, else `$XDG_DATA_HOME/rung/logs.db`, i.e.
`~/.local/share/rung/logs.db`). They open the log read-only: a missing file (or a database
without a log) is an error (exit code 1), not a new empty log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import orjson

from rung.cli_common import CONFIG_OPTION, load_config
from rung.telemetry.logstore import Target, describe, is_url, log_target, target_of

LOG_OPTION = click.option(
    "--log",
    "log_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="The request log: a file or a postgresql:// URL (default: the config's; see "
    "`rung logs path`).",
)


def resolve_log(config_path: str | None, log_file: str | None) -> Target:
    """The request log a command reads: `--log` (a file or a postgresql:// URL) when given,
    else the config's (`log.url`, else its file)."""
    if log_file:
        return target_of(log_file)
    try:
        return log_target(load_config(config_path))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("logs")
def logs_group() -> None:
    """The request log (a SQLite file or PostgreSQL): list requests, show where, sum it up."""


@logs_group.command("list")
@CONFIG_OPTION
@LOG_OPTION
@click.option("-n", "--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def logs_list(config_path: str | None, log_file: str | None, limit: int, as_json: bool) -> None:
    """Show the newest requests."""
    from rung.telemetry.log import recent
    from rung.telemetry.show import print_requests

    rows = recent(resolve_log(config_path, log_file), limit)
    if as_json:
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
    else:
        print_requests(rows)


@logs_group.command("path")
@CONFIG_OPTION
@LOG_OPTION
def logs_path(config_path: str | None, log_file: str | None) -> None:
    """Print the path of the request log the other commands read (and `rung serve` writes)."""
    path = resolve_log(config_path, log_file)
    click.echo(describe(path))
    if not is_url(path) and not Path(path).exists():
        click.echo("(it does not exist yet: nothing has been logged there)", err=True)


@logs_group.command("stats")
@CONFIG_OPTION
@LOG_OPTION
@click.option("--since", default="24h", show_default=True, help="Window: 30m, 24h, 7d, ...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option(
    "--by", type=click.Choice(["route", "key", "team"]), default="route", show_default=True,
    help="Group requests by route, by key (name and id) or by team.",
)  # fmt: skip
def logs_stats(
    config_path: str | None, log_file: str | None, since: str, as_json: bool, by: str
) -> None:
    """Per route (or key, team) and backend: calls, latency, tokens, cost, escalation, feedback."""
    from rung.telemetry.show import print_stats
    from rung.telemetry.stats import parse_window, stats

    try:
        window = parse_window(since)
    except ValueError as exc:
        raise click.BadParameter(f"not a window: {since!r}", param_hint="--since") from exc
    data: dict[str, Any] = stats(resolve_log(config_path, log_file), window, by)
    if as_json:
        click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
    else:
        print_stats(data)
