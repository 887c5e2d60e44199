"""Searches through the running service's local socket: same hits, owner only, and nothing breaks when nobody answers."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from photoclip.core.indexing.service import IndexService
from photoclip.core.library import Library
from photoclip.core.query_socket import QueryServer, ask_search, socket_path
from photoclip.core.search import SearchFilters, SearchResult
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix domain sockets on this platform")


@pytest.fixture
def served(home: Path, photo_dir: Path) -> Iterator[Library]:
    """An indexed test-tiny library whose service answers searches on its socket."""
    lib = Library(LibraryPaths.at(home), Settings(settle_seconds=0))
    lib.use_model("test-tiny")
    lib.add_folder(photo_dir)
    for _ in lib.index():
        pass
    service = IndexService(lib, watch=False, rescan_seconds=0)
    service.start()
    assert service.serve_queries()
    try:
        yield lib
    finally:
        service.stop()
        lib.close()


def test_a_search_through_the_socket_gives_the_library_s_own_hits(served: Library) -> None:
    filters = SearchFilters(folder=str(served.folders()[0].path))
    remote = ask_search(served.paths.home, "a red square", 5, filters)
    assert remote is not None and remote == served.query("a red square", 5, filters)  # records, scores and the cut, exactly
    remote = ask_search(served.paths.home, "a red square", 5, filters, cut=False)
    assert remote is not None and len(remote.hits) == 5
    assert remote is not None and list(remote.hits) == served.search("a red square", 5, filters)


def test_the_socket_is_owner_only_and_goes_when_the_service_stops(home: Path, photo_dir: Path) -> None:
    lib = Library(LibraryPaths.at(home))
    lib.use_model("test-tiny")
    service = IndexService(lib, watch=False, rescan_seconds=0)
    service.start()
    assert service.serve_queries()
    path = socket_path(lib.paths.home)
    mode = os.stat(path).st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
    service.stop()
    lib.close()
    assert not path.exists()
    assert ask_search(home, "a dog", 3, SearchFilters()) is None  # nobody answers: the caller searches itself


def test_the_running_process_s_refusal_comes_back_as_its_message(served: Library) -> None:
    with pytest.raises(PhotoclipError, match="The search text is empty"):
        ask_search(served.paths.home, "   ", 3, SearchFilters())


def test_a_socket_left_by_a_crash_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "search.sock"
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()  # the file stays, nobody listens: what a killed app leaves
    assert ask_search(tmp_path, "x", 1, SearchFilters()) is None
    server = QueryServer(path, lambda text, k, filters, cut: SearchResult())
    assert server.start()
    try:
        assert ask_search(tmp_path, "x", 1, SearchFilters()) == SearchResult()
        assert not QueryServer(path, lambda text, k, filters, cut: SearchResult()).start()  # a live one is never taken over
    finally:
        server.stop()


def test_a_home_too_long_for_a_socket_address_still_serves_on_linux(tmp_path: Path) -> None:
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("reaching a long path through its folder's descriptor needs Linux's /proc")
    deep = tmp_path / ("d" * 120)
    deep.mkdir()
    assert len(str(socket_path(deep))) > 108  # more than sun_path holds
    server = QueryServer(socket_path(deep), lambda text, k, filters, cut: SearchResult())
    assert server.start()
    try:
        assert stat.S_IMODE(os.stat(socket_path(deep)).st_mode) == 0o600
        assert ask_search(deep, "x", 1, SearchFilters()) == SearchResult()
    finally:
        server.stop()
    assert not socket_path(deep).exists()


# A client run as another user: connects (the test opened the file's permissions
# to let it reach the server at all) and prints what came back.
ASK_AS_NOBODY = r"""
import json, os, pwd, socket, sys
nobody = pwd.getpwnam("nobody")
os.setgid(nobody.pw_gid)
os.setuid(nobody.pw_uid)
sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
sock.settimeout(10)
sock.connect(sys.argv[1])
data = b""
try:  # the server may close before the request is even sent
    sock.sendall(json.dumps({"search": "a dog", "k": 3, "filters": {}}).encode() + b"\n")
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
except (BrokenPipeError, ConnectionResetError):
    pass
print(json.dumps({"uid": os.getuid(), "answer": data.decode()}))
"""


def test_a_connection_from_another_user_is_refused(served: Library) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the peer's user id is checked with SO_PEERCRED, which only Linux has")
    if os.geteuid() != 0:
        pytest.skip("needs root, to run the client as another user")
    try:
        import pwd

        pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody' to run the client as")
    import subprocess

    # Beside the library's socket, a second server on the same code in a folder
    # nobody can reach, its file opened to everyone: only the peer check stands.
    base = Path(tempfile.mkdtemp(prefix="photoclip-sock-"))
    try:
        os.chmod(base, 0o755)
        answered: list[str] = []
        server = QueryServer(base / "search.sock", lambda text, k, filters, cut: answered.append(text) or served.query(text, k, filters, cut=cut))
        assert server.start()
        try:
            os.chmod(base / "search.sock", 0o666)
            out = subprocess.run([sys.executable, "-c", ASK_AS_NOBODY, str(base / "search.sock")], capture_output=True, text=True, timeout=60)
            assert out.returncode == 0, out.stderr
            data = json.loads(out.stdout)
            assert data["uid"] != 0
            assert data["answer"] == "" and answered == []  # closed unanswered, the search never ran
            # The same request from this user is answered: the refusal was about who asked.
            assert ask_search(base, "a dog", 3, SearchFilters()) is not None and answered == ["a dog"]
        finally:
            server.stop()
        # With the file as the server makes it (0600), another user cannot even connect.
        server = QueryServer(base / "search.sock", lambda text, k, filters, cut: SearchResult())
        assert server.start()
        try:
            out = subprocess.run([sys.executable, "-c", ASK_AS_NOBODY, str(base / "search.sock")], capture_output=True, text=True, timeout=60)
            assert out.returncode != 0 and "PermissionError" in out.stderr
        finally:
            server.stop()
    finally:
        import shutil

        shutil.rmtree(base, ignore_errors=True)
