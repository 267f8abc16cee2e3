"""Terminal tables for the request log."""

from __future__ import annotations

import sys
import time
from typing import Any

from rich.console import Console
from rich.table import Table


def _calls(row: dict[str, Any]) -> str:
    return "\n".join(
        f"{c['backend']} {c['latency_ms']:.0f}ms {c['prompt_tokens']}+{c['completion_tokens']}t"
        + ("" if c["status"] == "ok" else " (error)")
        for c in row["calls"]
    )


def _who(row: dict[str, Any]) -> str:
    """The key's name and team (never the key), `-` for an anonymous request."""
    name = row.get("key_name")
    if not name:
        return "-"
    return f"{name}/{row['team']}" if row.get("team") else str(name)


def print_requests(rows: list[dict[str, Any]]) -> None:
    table = Table(box=None, pad_edge=False)
    for name in ("time", "id", "route", "key", "status", "ms", "finish", "calls"):
        table.add_column(name, no_wrap=True)
    table.add_column("error", overflow="fold")
    for row in rows:
        table.add_row(
            time.strftime("%m-%d %H:%M:%S", time.localtime(row["time"])),
            row["id"],
            f"{row['route'] or '-'} ({row['pattern'] or '-'})",
            _who(row),
            str(row["status"]),
            f"{row['latency_ms']:.0f}",
            row.get("finish_reason") or "-",
            _calls(row) or "-",
            row["error"] or "",
        )
    Console(width=None if sys.stdout.isatty() else 200).print(table)


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}" if abs(value) < 1 else f"{value:.1f}"
    return str(value)


def print_stats(data: dict[str, Any]) -> None:
    console = Console(width=None if sys.stdout.isatty() else 200)
    for title in [t for t in data if t != "since"]:  # routes (or keys, teams), backends
        rows = data[title]
        if not rows:
            console.print(f"no {title} in this window")
            continue
        columns = list(next(iter(rows.values())))
        table = Table(title=title, box=None, pad_edge=False)
        table.add_column(title[:-1], no_wrap=True)
        for column in columns:
            table.add_column(column, justify="right", no_wrap=True)
        for name, figures in rows.items():
            table.add_row(name, *(_fmt(figures[c]) for c in columns))
        console.print(table)
