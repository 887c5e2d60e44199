"""A pre-warmed launcher for the SIGKILL tests: forks ``photoclip`` commands and kills them on request.

Importing torch takes seconds, far longer than indexing a few dozen photos
with the test-tiny model, so a test that started ``python -m photoclip index``
afresh for every kill would mostly kill the interpreter while it imports.
This driver imports everything once and then, for each request, forks a child
that runs the command line (``photoclip.cli.main``) exactly as
``python -m photoclip`` does. The child is a real process: it takes the
library's OS write lock, writes the catalog and the index files, and is killed
with SIGKILL at the requested moment, so nothing in it gets to clean up.

Protocol (one JSON object per line): the driver prints ``{"ready": true}``;
each request ``{"argv": [...], "kill_after": seconds, "log": path}`` is
answered with ``{"killed": bool, "rc": int | null, "elapsed": seconds}``
(``rc`` is the exit status when the command finished before the kill).
A request may add ``"kill_at": [module, "Class.function" or "function", n]``:
the child then SIGKILLs itself as the n-th call of that function starts, a
moment no timer can hit reliably (inside a transaction, between an index
file and its metadata). EOF is the end.

Run it as ``python -m tests.reliability.kill_driver`` from the repository root.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import time
from typing import Any


def _arm(module_name: str, attr: str, nth: int) -> None:
    """Make the ``nth`` call of ``module.attr`` kill this process (SIGKILL) as it starts."""
    owner: Any = importlib.import_module(module_name)
    *parents, name = attr.split(".")
    for part in parents:
        owner = getattr(owner, part)
    original = getattr(owner, name)
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def _child(argv: list[str], log: str, kill_at: list[Any] | None) -> None:
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdout = os.fdopen(1, "w", buffering=1)
    sys.stderr = os.fdopen(2, "w", buffering=1)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if kill_at:
        _arm(*kill_at)
    from photoclip.cli import main

    code = 1
    try:
        code = main(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> int:
    # Everything the command needs, imported before any fork; no thread is
    # started here (torch's thread pools start on first use, in the child).
    import open_clip  # noqa: F401
    import torch  # noqa: F401
    import tqdm  # noqa: F401

    import photoclip.cli
    import photoclip.core.library
    import photoclip.core.models.embedder  # noqa: F401

    out = sys.stdout
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    for line in sys.stdin:
        request = json.loads(line)
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child(request["argv"], request["log"], request.get("kill_at"))
        deadline = started + float(request["kill_after"])
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() >= deadline:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                break
            time.sleep(0.002)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        rc = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        out.write(json.dumps({"killed": killed, "rc": rc, "elapsed": time.monotonic() - started}) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
