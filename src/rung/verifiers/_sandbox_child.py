"""The first code to run inside a sandbox process (stdlib only; run as `python -I -B thisfile`).

It reads its job from stdin (JSON), then, still as root where it was started as root: enters
new network and pid namespaces, sets resource limits, drops to the job's unprivileged uid,
forks the pid namespace's init (this process stays outside, waits and relays its exit), installs
an audit hook that refuses sockets, native calls and writes outside the working directory, and
only then compiles, imports and tests the untrusted code. It reports one line on stdout,
`RUNG-RESULT <nonce> <pid> <json>`; the parent trusts only the line with its nonce and the pid
of its first process (1 inside a new pid namespace).
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import sys
import traceback
import types
from typing import Any

CLONE_NEWNET = 0x40000000
CLONE_NEWPID = 0x20000000
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
PATH_EVENTS = {
    "os.remove": (0,),
    "os.rmdir": (0,),
    "os.mkdir": (0,),
    "os.chmod": (0,),
    "os.chown": (0,),
    "os.utime": (0,),
    "os.truncate": (0,),
    "shutil.rmtree": (0,),
    "os.rename": (0, 1),
    "os.link": (0, 1),
    "os.symlink": (1,),
}
NET_EVENTS = {
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
    "socket.sendmsg",
    "ctypes.dlopen",
    "ctypes.dlsym",
}


def unshare(flag: int) -> bool:
    """Enter a new namespace (CLONE_NEWNET: no network at all; CLONE_NEWPID: the next child is
    its init, and when that init exits the kernel kills every process left in it)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.unshare(flag)) == 0
    except (OSError, AttributeError):
        return False


def relay(child: int, report: Any) -> None:
    """Wait for the namespace's init and end the same way it did, first reporting why when a
    signal killed it (an init ignores SIGXCPU, so the CPU limit ends it with SIGKILL)."""
    _, status, usage = os.wait4(child, 0)
    if os.WIFSIGNALED(status):
        signum = os.WTERMSIG(status)
        cpu = usage.ru_utime + usage.ru_stime
        limit = resource.getrlimit(resource.RLIMIT_CPU)[0]
        if limit != resource.RLIM_INFINITY and cpu >= limit - 0.05:
            error = f"CPU time limit ({limit}s) exceeded"
        else:
            error = f"killed by signal {signal.Signals(signum).name} after {cpu:.1f}s of CPU"
        report({"ok": False, "stage": "killed", "error": error})
        if signum != signal.SIGKILL:
            signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1)


def set_limits(limits: dict[str, int]) -> None:
    pairs = {
        "cpu": resource.RLIMIT_CPU,
        "memory": resource.RLIMIT_AS,
        "nproc": resource.RLIMIT_NPROC,
        "fsize": resource.RLIMIT_FSIZE,
        "nofile": resource.RLIMIT_NOFILE,
    }
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for key, which in pairs.items():
        if key in limits:
            soft = int(limits[key])
            hard = soft + 1 if key == "cpu" else soft  # SIGXCPU at soft, SIGKILL at hard
            resource.setrlimit(which, (soft, hard))


def drop_privileges(uid: int | None) -> None:
    if uid is None or os.getuid() != 0:
        return
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def inside(path: Any, root: str) -> bool:
    if isinstance(path, int) or path is None:
        return True
    real = os.path.realpath(os.fsdecode(path))
    return real == root or real.startswith(root + os.sep) or real == os.devnull


def make_hook(root: str) -> Any:
    """The audit hook: no sockets, no writes outside `root`."""

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in NET_EVENTS:
            raise PermissionError(f"sandbox: {event} refused (no network, no native calls)")
        if event == "open":
            path, mode, flags = (*args, None, None, None)[:3]
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & WRITE_FLAGS
            )
            if writing and not inside(path, root):
                raise PermissionError(f"sandbox: write outside the sandbox refused: {path!r}")
        elif event in PATH_EVENTS:
            for index in PATH_EVENTS[event]:
                if index < len(args) and not inside(args[index], root):
                    raise PermissionError(f"sandbox: {event} outside the sandbox refused")

    return hook


def last_line(exc: BaseException) -> str:
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    line = text.splitlines()[-1] if text else type(exc).__name__
    return line if len(line) <= 300 else line[:300] + "..."


def failing_test(exc: BaseException, tests: str) -> str:
    """The source line of the test that raised, when the error came from the tests."""
    lines = tests.splitlines()
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == "<tests>" and frame.lineno and frame.lineno <= len(lines):
            return lines[frame.lineno - 1].strip()
    return ""


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    source: str = job["source"]
    tests: str = job.get("tests") or ""
    try:
        code = compile(source, "solution.py", "exec")
    except (SyntaxError, ValueError) as exc:
        return {"ok": False, "stage": "compile", "error": last_line(exc)}
    module = types.ModuleType("solution")
    module.__file__ = os.path.join(os.getcwd(), "solution.py")
    sys.modules["solution"] = module
    namespace = module.__dict__
    try:
        exec(code, namespace)
    except BaseException as exc:
        return {"ok": False, "stage": "import", "error": last_line(exc)}
    alias = job.get("alias")
    if alias and alias[0] not in namespace and alias[1] in namespace:
        namespace[alias[0]] = namespace[alias[1]]
    if not tests:
        return {"ok": True, "stage": "import", "error": ""}
    try:
        exec(compile(tests, "<tests>", "exec"), namespace)
    except BaseException as exc:
        test = failing_test(exc, tests)
        return {"ok": False, "stage": "tests", "error": last_line(exc), "test": test}
    return {"ok": True, "stage": "tests", "error": ""}


def reporter(nonce: str) -> Any:
    """A function writing the result line, bound now so later code cannot swap `os.write`."""
    write, getpid, dumps = os.write, os.getpid, json.dumps

    def report(result: dict[str, Any]) -> None:
        write(1, f"\nRUNG-RESULT {nonce} {getpid()} {dumps(result)}\n".encode())

    return report


def main() -> None:
    job = json.loads(sys.stdin.read())
    report = reporter(job["nonce"])
    root = os.path.realpath(job["dir"])
    os.chdir(root)
    netns = unshare(CLONE_NEWNET)
    pidns = unshare(CLONE_NEWPID)
    set_limits(job.get("limits") or {})
    drop_privileges(job.get("uid"))
    if pidns:
        child = os.fork()
        if child:
            relay(child, report)
    sys.addaudithook(make_hook(root))
    result = run_job(job)
    result.update(netns=netns, pidns=pidns, uid=os.getuid())
    report(result)
    os._exit(0)


if __name__ == "__main__":
    main()
