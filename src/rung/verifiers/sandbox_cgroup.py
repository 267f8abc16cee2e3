"""One cgroup per sandboxed run: memory, process count and CPU bounded across all its processes.

cgroup v2 (`/sys/fs/cgroup` is cgroup2 with the `memory` and `pids` controllers enabled for
rung's own cgroup) is used when present: `memory.max`, `memory.swap.max = 0`, `pids.max`,
`cpu.max`, and `cgroup.kill` to end the run. Otherwise the v1 hierarchies: `memory` (with
`memory.limit_in_bytes` and, where swap is accounted, `memory.memsw.limit_in_bytes`), `pids`
(`pids.max`) and, when mounted, `cpu` (`cpu.cfs_quota_us`). Run groups are created under the
cgroup rung itself is in, so the host's limits on rung still apply to them.

The first process joins the group before it execs bwrap (see `sandbox_jail.CG_JOIN`), so every
process of the run is born inside it and counted.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import time
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
V1_NEEDED = ("memory", "pids")
V1_OPTIONAL = ("cpu",)


def own_path(controller: str) -> str:
    """rung's own cgroup path in a v1 hierarchy ('' for v2's unified line)."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return "/"
    for line in lines:
        _, names, path = line.split(":", 2)
        if controller in names.split(","):
            return path
    return "/"


def v2_base() -> Path | None:
    """rung's own v2 cgroup when it delegates memory and pids to children, else None."""
    if not (ROOT / "cgroup.controllers").exists():
        return None
    base = ROOT / own_path("").lstrip("/")
    try:
        enabled = (base / "cgroup.subtree_control").read_text().split()
        for needed in ("memory", "pids", "cpu"):
            if needed not in enabled:
                (base / "cgroup.subtree_control").write_text(f"+{needed}")
        enabled = (base / "cgroup.subtree_control").read_text().split()
    except OSError:
        return None
    return base if {"memory", "pids"} <= set(enabled) else None


def v1_bases() -> dict[str, Path] | None:
    """The writable v1 hierarchies (memory and pids at least), at rung's own cgroup."""
    bases: dict[str, Path] = {}
    for controller in (*V1_NEEDED, *V1_OPTIONAL):
        base = ROOT / controller / own_path(controller).lstrip("/")
        if base.is_dir() and os.access(base, os.W_OK) and (base / "cgroup.procs").exists():
            bases[controller] = base
    return bases if all(c in bases for c in V1_NEEDED) else None


def cgroup_flavour() -> tuple[str, dict[str, Path]] | None:
    """('v2', {'unified': base}) or ('v1', {controller: base}) or None when neither works."""
    base = v2_base()
    if base is not None:
        return "v2", {"unified": base}
    bases = v1_bases()
    return ("v1", bases) if bases else None


def write(path: Path, value: str, required: bool = True) -> None:
    try:
        path.write_text(value)
    except OSError:
        if required:
            raise


class RunGroup:
    """The cgroup(s) of one run: created with limits, then killed and removed."""

    def __init__(self, flavour: tuple[str, dict[str, Path]]) -> None:
        self.version, bases = flavour
        name = f"rung-run-{secrets.token_hex(6)}"
        self.dirs = {controller: base / name for controller, base in bases.items()}

    def create(self, memory: int, processes: int, cpu_cores: float) -> None:
        for directory in self.dirs.values():
            directory.mkdir()
        quota = max(1000, int(cpu_cores * 100_000))
        if self.version == "v2":
            unified = self.dirs["unified"]
            write(unified / "memory.max", str(memory))
            write(unified / "memory.swap.max", "0", required=False)
            write(unified / "pids.max", str(processes))
            write(unified / "cpu.max", f"{quota} 100000", required=False)
            return
        write(self.dirs["memory"] / "memory.limit_in_bytes", str(memory))
        write(self.dirs["memory"] / "memory.memsw.limit_in_bytes", str(memory), required=False)
        write(self.dirs["pids"] / "pids.max", str(processes))
        if "cpu" in self.dirs:
            write(self.dirs["cpu"] / "cpu.cfs_period_us", "100000", required=False)
            write(self.dirs["cpu"] / "cpu.cfs_quota_us", str(quota), required=False)

    def procs_files(self) -> list[str]:
        return [str(directory / "cgroup.procs") for directory in self.dirs.values()]

    def pids(self) -> set[int]:
        found: set[int] = set()
        for directory in self.dirs.values():
            with contextlib.suppress(OSError, ValueError):
                found |= {int(p) for p in (directory / "cgroup.procs").read_text().split()}
        return found

    def peak_memory(self) -> int | None:
        name = "memory.peak" if self.version == "v2" else "memory.max_usage_in_bytes"
        directory = self.dirs.get("unified" if self.version == "v2" else "memory")
        try:
            return int((directory / name).read_text()) if directory else None
        except (OSError, ValueError):
            return None

    def counter(self, filename: str, key: str) -> int:
        """A counter from a `key value` file such as memory.events or pids.events."""
        for directory in self.dirs.values():
            with contextlib.suppress(OSError):
                for line in (directory / filename).read_text().splitlines():
                    parts = line.split()
                    if len(parts) == 2 and parts[0] == key:
                        return int(parts[1])
        return 0

    def oom_kills(self) -> int:
        return self.counter(
            "memory.events" if self.version == "v2" else "memory.oom_control", "oom_kill"
        )

    def refused_forks(self) -> int:
        return self.counter("pids.events", "max")

    def destroy(self, rounds: int = 200) -> list[int]:
        """Kill every process of the run, then remove the groups; the pids still alive."""
        if self.version == "v2":
            write(self.dirs["unified"] / "cgroup.kill", "1", required=False)
        for _ in range(rounds):
            pids = self.pids()
            if not pids:
                break
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.005)
        for directory in self.dirs.values():
            for _ in range(rounds):
                try:
                    directory.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.005)
        return sorted(self.pids())
