"""`rung recommend [--route R] [--since 30d] [--json]`."""

from __future__ import annotations

import dataclasses

import click
import orjson

from rung.cli_common import CONFIG_OPTION, load_config
from rung.cli_logs import LOG_OPTION, resolve_log


@click.command("recommend")
@CONFIG_OPTION
@LOG_OPTION
@click.option("--route", default=None, help="Only this route.")
@click.option("--since", default="30d", show_default=True, help="Window: 24h, 7d, 30d, ...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def recommend_command(
    config_path: str | None, log_file: str | None, route: str | None, since: str, as_json: bool
) -> None:
    """Per route, what the log supports: stay, move a tier, a cascade, a learned router, an
    A/B arm to keep; with the figures, their uncertainty and the config to paste."""
    from rung.recommend.report import format_recommendations, recommend
    from rung.telemetry.stats import parse_window

    try:
        window = parse_window(since)
    except ValueError as exc:
        raise click.BadParameter(f"not a window: {since!r}", param_hint="--since") from exc
    config = load_config(config_path) if config_path or not log_file else None
    items = recommend(resolve_log(config_path, log_file), window, config, route)
    if route is not None and not items:
        raise click.ClickException(f"no requests for route {route!r} in the last {since}")
    if as_json:
        data = [dataclasses.asdict(item) for item in items]
        click.echo(
            orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY).decode()
        )
    else:
        click.echo(format_recommendations(items), nl=False)
