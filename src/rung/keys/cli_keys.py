"""`rung keys create|list|show|revoke|rotate` and `rung teams create|list|show|delete`.

They write the keys and teams tables of the request log's database (`--log`, else the config's
log path). A running `rung serve` on the same file sees a change within about a second.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import click
import orjson

from rung.cli_common import CONFIG_OPTION
from rung.cli_logs import LOG_OPTION, resolve_log
from rung.config import Config
from rung.keys.store import KeyError_, KeySpec, KeyStore
from rung.telemetry.logstore import is_url, log_target

JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
LIMIT = click.IntRange(0, 2**63 - 1)  # rpm / tpm: what either log store keeps (64-bit)


def _store(config_path: str | None, log_file: str | None) -> KeyStore:
    return KeyStore(resolve_log(config_path, log_file))


def _when(value: float | None) -> str:
    if value is None:
        return "-"
    return datetime.datetime.fromtimestamp(value, datetime.UTC).strftime("%Y-%m-%d %H:%M")


def _limits(row: dict[str, Any]) -> str:
    parts = [f"rpm {row['rpm']}" if row["rpm"] is not None else "",
             f"tpm {row['tpm']}" if row["tpm"] is not None else "",
             f"budget {row['budget']:g}/{row['period']}" if row["budget"] is not None else "",
             f"privacy {row['privacy']}" if row["privacy"] else ""]  # fmt: skip
    return ", ".join(p for p in parts if p) or "-"


def _state(row: dict[str, Any]) -> str:
    if row["revoked"] is not None:
        return "revoked"
    if row["expires"] is not None and row["expires"] <= datetime.datetime.now().timestamp():
        return "expired"
    return "active"


def _echo_key(row: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(orjson.dumps(row, option=orjson.OPT_INDENT_2).decode())
        return
    routes = ",".join(row["routes"]) if row["routes"] is not None else "*"
    click.echo(
        f"{row['id']}  {row['name']}  team={row['team'] or '-'}  routes={routes}  "
        f"{_limits(row)}  expires={_when(row['expires'])}  {_state(row)}"
    )


def _run(action: Any) -> Any:
    try:
        return action()
    except KeyError_ as exc:
        raise click.ClickException(exc.message) from exc


@click.group("keys")
def keys_group() -> None:
    """Virtual keys: who may call rung, which routes, within which limits."""


@keys_group.command("create")
@CONFIG_OPTION
@LOG_OPTION
@click.option("--name", required=True, help="Who or what the key is for.")
@click.option("--team", default=None, help="The key's team (create it first: rung teams create).")
@click.option("--routes", default=None, help="Routes the key may call, comma separated (all).")
@click.option("--budget", default=None, help="Spend per period, like 50/month (day|week|month).")
@click.option("--rpm", type=LIMIT, default=None, help="Requests per minute.")
@click.option("--tpm", type=LIMIT, default=None, help="Tokens per minute.")
@click.option("--expires", default=None, help="Lifetime, like 90d, 12h, 2w (never).")
@click.option("--privacy", default=None, help="Privacy floor: pseudonymize|local_only|block.")
@click.option(
    "--allow-request-tests",
    "request_tests",
    is_flag=True,
    help="The key may send tests for the sandbox to run (`rung.tests`) on routes that allow it.",
)
@JSON_OPTION
def keys_create(
    config_path: str | None, log_file: str | None, as_json: bool, routes: str | None, **fields: Any
) -> None:
    """Create a key and print it, once: it is stored only as a hash."""
    chosen = None if routes is None else tuple(r for r in routes.split(",") if r)
    store = _store(config_path, log_file)
    row, secret = _run(lambda: store.create_key(KeySpec(routes=chosen, **fields)))
    if as_json:
        click.echo(orjson.dumps({**row, "key": secret}, option=orjson.OPT_INDENT_2).decode())
        return
    _echo_key(row, False)
    click.echo(secret)
    click.echo("rung: this key is shown once; rung keeps only its hash", err=True)


@keys_group.command("list")
@CONFIG_OPTION
@LOG_OPTION
@JSON_OPTION
def keys_list(config_path: str | None, log_file: str | None, as_json: bool) -> None:
    """Every key (never the key itself)."""
    rows = _store(config_path, log_file).keys()
    if as_json:
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return
    for row in rows:
        _echo_key(row, False)


@keys_group.command("show")
@CONFIG_OPTION
@LOG_OPTION
@click.argument("key")
@JSON_OPTION
def keys_show(config_path: str | None, log_file: str | None, key: str, as_json: bool) -> None:
    """One key, by id or name."""
    store = _store(config_path, log_file)
    _echo_key(_run(lambda: store.key(key)), as_json)


@keys_group.command("revoke")
@CONFIG_OPTION
@LOG_OPTION
@click.argument("key")
def keys_revoke(config_path: str | None, log_file: str | None, key: str) -> None:
    """Revoke a key (by id or name): it stops working within a second."""
    store = _store(config_path, log_file)
    _echo_key(_run(lambda: store.revoke(key)), False)


@keys_group.command("rotate")
@CONFIG_OPTION
@LOG_OPTION
@click.argument("key")
def keys_rotate(config_path: str | None, log_file: str | None, key: str) -> None:
    """A new key for the same id, name and limits; the old key stops working."""
    store = _store(config_path, log_file)
    row, secret = _run(lambda: store.rotate(key))
    _echo_key(row, False)
    click.echo(secret)


@click.group("teams")
def teams_group() -> None:
    """Teams: groups of keys with their own budget and limits (both apply)."""


@teams_group.command("create")
@CONFIG_OPTION
@LOG_OPTION
@click.option("--name", required=True)
@click.option("--budget", default=None, help="Spend per period, like 500/month.")
@click.option("--rpm", type=LIMIT, default=None, help="Requests per minute (all its keys).")
@click.option("--tpm", type=LIMIT, default=None, help="Tokens per minute (all its keys).")
@click.option("--privacy", default=None, help="Privacy floor: pseudonymize|local_only|block.")
def teams_create(config_path: str | None, log_file: str | None, name: str, **limits: Any) -> None:
    """Create a team, or set the limits of an existing one."""
    store = _store(config_path, log_file)
    row = _run(lambda: store.create_team(name, **limits))
    click.echo(f"{row['name']}  {_limits(row)}")


@teams_group.command("list")
@CONFIG_OPTION
@LOG_OPTION
@JSON_OPTION
def teams_list(config_path: str | None, log_file: str | None, as_json: bool) -> None:
    """Every team and its limits."""
    rows = _store(config_path, log_file).teams()
    if as_json:
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return
    for row in rows:
        click.echo(f"{row['name']}  {_limits(row)}")


@teams_group.command("delete")
@CONFIG_OPTION
@LOG_OPTION
@click.argument("name")
def teams_delete(config_path: str | None, log_file: str | None, name: str) -> None:
    """Delete a team that has no active keys."""
    store = _store(config_path, log_file)
    _run(lambda: store.delete_team(name))
    click.echo(f"deleted {name}")


def open_door(config: Config, insecure: bool) -> str | None:
    """Why `rung serve` must not start: a non-loopback address with no authentication."""
    from rung.gateway.edge import is_loopback

    host = config.server.host.strip("[]")
    if insecure or is_loopback(host) or config.auth.master_key is not None:
        return None
    path = log_target(config) if config.log.enabled else None
    if path is not None and (is_url(path) or Path(path).exists()):
        store = KeyStore(path)
        try:
            if store.entries():
                return None
        finally:
            store.close()
    return (
        f"refusing to serve {config.server.host} without authentication: anyone who can reach "
        "it could spend your hosted models. Set a master key (`auth: {master_key: "
        "env:RUNG_MASTER_KEY}` in the config) and create keys with `rung keys create --name "
        "NAME`, or listen on 127.0.0.1, or pass --insecure to serve it open anyway"
    )


__all__ = ["keys_group", "open_door", "teams_group"]
