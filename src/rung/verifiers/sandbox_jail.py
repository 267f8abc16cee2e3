"""The kernel-enforced part of the sandbox: bubblewrap, a seccomp filter, and a cgroup per run.

`Jail.command()` builds the command line that starts one sandboxed interpreter:

    sh -c <join the run's cgroups> -- setpriv <fresh uid> -- bwrap <namespaces, mounts> -- python

- **bubblewrap** (Debian's `bubblewrap`) puts the interpreter in new user, mount, pid, network,
  IPC and UTS namespaces, with no capabilities, `no_new_privs`, no further user namespaces
  (`--disable-userns`), and a root file system that holds only `/usr` (read-only; `/bin`,
  `/lib`, `/lib64` are links into it), a fresh `/proc`, a minimal read-only `/dev` and one
  size-limited tmpfs at `/tmp`, the only writable place (and the working directory). Nothing
  else of the host is visible: not its `/tmp`, `/dev/shm`, `/var`, `/etc`, `/root`, nor any file
  of rung (its config, its request log).
- **seccomp** (libseccomp through `pyseccomp` or Debian's `python3-seccomp`) refuses with EPERM
  what test code never needs: device nodes and FIFOs, namespaces, mounts, ptrace, keyrings, BPF,
  perf, io_uring, kernel modules, and sockets other than AF_UNIX. The compiled filter is handed
  to bwrap (`--seccomp FD`), which installs it just before running the interpreter, so it holds
  for every process the code starts.
- **A cgroup per run** (v2 when `/sys/fs/cgroup` is cgroup2, else the v1 `memory`, `pids` and
  `cpu` hierarchies) bounds the memory, process count and CPU share of all the run's processes
  together; see `sandbox_cgroup.py`.
- As root, the whole chain runs under a fresh unprivileged uid (`setpriv`), so that even an
  escape from the namespaces lands as a nobody.

`missing()` names what this machine lacks. A sandbox with something missing refuses to run code
(the verdict fails with that reason); it never runs code with less confinement.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rung.verifiers.sandbox_cgroup import RunGroup, cgroup_flavour

SYSTEM_PYTHON = "/usr/bin/python3"
REFUSED_SYSCALLS = (
    "mknod",
    "mknodat",
    "unshare",
    "setns",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsmount",
    "fsconfig",
    "fspick",
    "mount_setattr",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "kcmp",
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "swapon",
    "swapoff",
    "reboot",
    "acct",
    "quotactl",
    "syslog",
    "open_by_handle_at",
    "name_to_handle_at",
    "fanotify_init",
    "lookup_dcookie",
    "personality",
)
# CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
NAMESPACE_FLAGS = (
    0x00020000,
    0x02000000,
    0x04000000,
    0x08000000,
    0x10000000,
    0x20000000,
    0x40000000,
)
TIOCSTI = 0x5412
AF_UNIX = 1
CG_JOIN = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"'


def seccomp_module() -> Any:
    """A libseccomp binding: PyPI's `pyseccomp` or Debian's `seccomp` (None when neither)."""
    for name in ("pyseccomp", "seccomp"):
        try:
            return __import__(name)
        except ImportError:
            continue
    return None


@cache
def seccomp_program() -> bytes:
    """The compiled BPF filter (raises OSError/ImportError when libseccomp is unusable)."""
    sc = seccomp_module()
    if sc is None:
        raise ImportError("no libseccomp binding (pip install pyseccomp)")
    refuse = sc.ERRNO(errno.EPERM)
    rules = sc.SyscallFilter(defaction=sc.ALLOW)
    for name in REFUSED_SYSCALLS:
        rules.add_rule(refuse, name)
    for flag in NAMESPACE_FLAGS:
        rules.add_rule(refuse, "clone", sc.Arg(0, sc.MASKED_EQ, flag, flag))
    rules.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")  # flags unreadable: glibc falls back
    rules.add_rule(refuse, "ioctl", sc.Arg(1, sc.EQ, TIOCSTI))
    rules.add_rule(sc.ERRNO(errno.EAFNOSUPPORT), "socket", sc.Arg(0, sc.NE, AF_UNIX))
    rules.add_rule(sc.ERRNO(errno.EAFNOSUPPORT), "socketpair", sc.Arg(0, sc.NE, AF_UNIX))
    with tempfile.TemporaryFile() as handle:
        rules.export_bpf(handle)
        handle.seek(0)
        return handle.read()


@dataclass(frozen=True, slots=True)
class Confinement:
    """What the jail enforces for one run."""

    memory_bytes: int
    processes: int
    cpu_cores: float
    tmp_bytes: int


class Jail:
    """Builds sandboxed command lines; `missing()` says what stops it from working here."""

    def __init__(self, python: str | None = None) -> None:
        self.python = python or SYSTEM_PYTHON
        self.bwrap = shutil.which("bwrap")
        self.setpriv = shutil.which("setpriv")
        self.as_root = os.geteuid() == 0
        self.cgroups = cgroup_flavour()

    def missing(self) -> str:
        """'' when every piece is here, else what is missing (the reason runs are refused)."""
        if self.bwrap is None:
            return "bubblewrap (bwrap) is not installed (apt-get install bubblewrap)"
        if self.as_root and self.setpriv is None:
            return "setpriv (util-linux) is not installed"
        if not os.access(self.python, os.X_OK):
            return f"no interpreter for sandboxed code at {self.python}"
        if not self.python.startswith("/usr/"):
            return f"the sandbox's interpreter must live under /usr, not {self.python}"
        if self.cgroups is None:
            return "no writable cgroup (v2, or v1 memory+pids) to bound a run's processes"
        try:
            seccomp_program()
        except (ImportError, OSError, RuntimeError, ValueError) as exc:
            return f"seccomp filter unavailable: {exc}"
        return ""

    def command(
        self,
        uid: int | None,
        group: RunGroup | None,
        seccomp_fd: int,
        argv: Sequence[str],
        tmp: int,
    ) -> list[str]:
        """The full command line; `argv` is what runs inside (the interpreter and its args)."""
        procs = group.procs_files() if group is not None else []
        join = ["/bin/sh", "-c", CG_JOIN, "sh", *procs, "--"]
        drop: list[str] = []
        if uid is not None:
            drop = [str(self.setpriv), f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]
            drop += ["--no-new-privs", "--"]
        return [*join, *drop, *self.bwrap_args(seccomp_fd, tmp), "--", *argv]

    def bwrap_args(self, seccomp_fd: int, tmp: int) -> list[str]:
        return [
            str(self.bwrap),
            "--unshare-all",
            "--unshare-user",
            "--disable-userns",
            "--die-with-parent",
            "--new-session",
            "--cap-drop",
            "ALL",
            "--ro-bind",
            "/usr",
            "/usr",
            *("--symlink", "usr/bin", "/bin"),
            *("--symlink", "usr/lib", "/lib"),
            *("--symlink", "usr/lib64", "/lib64"),
            *("--proc", "/proc"),
            *("--dev", "/dev"),
            *("--remount-ro", "/dev"),
            *("--size", str(tmp), "--perms", "1777", "--tmpfs", "/tmp"),
            *("--remount-ro", "/"),
            *("--chdir", "/tmp"),
            "--clearenv",
            *("--setenv", "PATH", "/usr/bin:/bin"),
            *("--setenv", "LANG", "C.UTF-8"),
            *("--setenv", "HOME", "/tmp"),
            *("--seccomp", str(seccomp_fd)),
        ]


def seccomp_fd() -> int:
    """A readable fd holding the compiled filter (bwrap reads it to the end)."""
    read, write = os.pipe()
    program = seccomp_program()
    if len(program) > 60_000:  # a pipe holds 64 KiB; the filter is a few KiB
        raise OSError("seccomp filter too large for a pipe")
    os.write(write, program)
    os.close(write)
    return read
