"""`rung import litellm CONFIG`: another gateway's configuration as a rung config, printed on
stdout (or written to `--output`); each setting that cannot be carried over is one line on
stderr, naming its key."""

from __future__ import annotations

import os
from pathlib import Path

import click

from rung._errors import ConfigError


@click.group("import")
def import_group() -> None:
    """Convert another gateway's configuration into a rung config."""


@import_group.command("litellm")
@click.argument("config_file", type=click.Path(dir_okay=False))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), default=None,
    help="Write the rung config here (default: stdout).",
)  # fmt: skip
def import_litellm(config_file: str, output: str | None) -> None:
    """Convert a LiteLLM proxy config.yaml: `rung import litellm config.yaml > rung.yaml`."""
    from rung.importers import check, convert_file, to_yaml

    try:
        conversion = convert_file(config_file)
        check(conversion, output or "<converted>")
    except ConfigError as exc:
        raise click.ClickException(exc.message) from exc
    for note in conversion.notes:
        click.echo(f"rung import litellm: {note}", err=True)
    for name in conversion.env:
        if not os.environ.get(name):
            click.echo(f"rung import litellm: set {name} before `rung serve`", err=True)
    text = to_yaml(conversion, config_file)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
