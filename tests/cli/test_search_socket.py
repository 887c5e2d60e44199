"""`photoclip search` through a running `photoclip watch` (its local socket), and on its own: the same answer.

(The query language, the cut and words on their own are in test_search.py.)
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from photoclip.core.query_socket import socket_path
from photoclip.paths import LibraryPaths
from tests.conftest import run_cli as run
from tests.conftest import wait_until, write_photo

ROOT = Path(__file__).resolve().parents[2]
# `photoclip ARGV` in a fresh process that also says, on its last stderr line, whether it imported torch.
SEARCH = "import sys\nfrom photoclip.cli import main\nrc = main(sys.argv[1:])\nprint('torch', 'torch' in sys.modules, file=sys.stderr)\nsys.exit(rc)"


def _search(home: str, query: str) -> tuple[str, bool, float]:
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", SEARCH, "search", query, "-k", "5", "--all", "--home", home],  # test-tiny matches nothing well
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    seconds = time.monotonic() - started
    assert out.returncode == 0, out.stderr
    return out.stdout, out.stderr.strip().splitlines()[-1] == "torch True", seconds


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix domain sockets on this platform")
def test_search_asks_the_running_watch_and_answers_as_a_cold_search_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home, folder = str(tmp_path / "home"), tmp_path / "photos"
    for i in range(8):
        write_photo(folder / f"p{i}.jpg", i)
    assert run(capsys, "folders", "add", str(folder), "--home", home)[0] == 0
    assert run(capsys, "models", "use", "test-tiny", "--home", home)[0] == 0
    assert run(capsys, "index", "--home", home)[0] == 0
    watch = subprocess.Popen(
        [sys.executable, "-m", "photoclip", "watch", "--home", home],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        wait_until(lambda: socket_path(LibraryPaths.at(home).home).exists(), "the watcher's socket", timeout=120)
        warm, torch_loaded, _ = _search(home, "a red bicycle")
        assert not torch_loaded  # the running watcher's model answered
        _, _, seconds = _search(home, "a blue boat")
        print(f"\nwarm CLI search through the socket: {seconds:.2f} s")
    finally:
        watch.terminate()
        watch.wait(60)
    assert not socket_path(LibraryPaths.at(home).home).exists()
    cold, _, _ = _search(home, "a red bicycle")
    assert warm == cold and len(warm.splitlines()) == 5
    _, torch_loaded, _ = _search(home, "a green tree")  # a query no process has encoded yet
    assert torch_loaded  # nobody to ask: this process loaded the model
