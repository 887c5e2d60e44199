"""Searches through the running app: a local socket that ``photoclip search`` asks before loading a model itself.

A cold ``photoclip search`` spends nearly all its time importing torch and
loading the model. The process that writes the library (the app, or
``photoclip watch``) has both loaded already, so it listens on a Unix domain
socket in the library home (:func:`socket_path`) and answers searches there;
the CLI asks it first (:func:`ask_search`) and loads the model itself only
when nothing answers.

Only the user who owns the library may ask: the socket file is made
owner-only (0600), and on Linux every connection's peer is checked with
``SO_PEERCRED`` and closed unanswered when it runs as another user (the
client checks the server the same way, so a socket someone else put there is
never told a query). Where the peer cannot be asked (macOS, the BSDs), the
file permissions alone keep others out. Windows has no such sockets here:
there the CLI always loads the model itself.

The protocol is one JSON object each way, a line each: ``{"search": TEXT,
"k": K, "cut": BOOL, "filters": {...}}`` in, ``{"hits": [...], "relevant":
N}`` (a :class:`~photoclip.core.search.SearchResult`) or ``{"error": MESSAGE,
"hint": HINT}`` out, and the connection closes. A query with a photo in it is
not sent: its path means something in the asking process's folder, not the
server's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import socket
import socketserver
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from photoclip.core.search import SearchFilters, SearchHit, SearchResult
from photoclip.core.storage.records import PhotoRecord
from photoclip.errors import PhotoclipError

log = logging.getLogger(__name__)

SOCKET_NAME = "search.sock"
# sun_path holds 108 bytes on Linux, 104 on macOS: a longer path is reached
# through its folder's descriptor on Linux, and serves nothing elsewhere.
MAX_SOCKET_PATH = 100
# A request is a query and its filters: anything bigger is not one.
MAX_REQUEST_BYTES = 1 << 16
# How long the CLI waits for an answer. A search that arrives while the app is
# still loading its model waits for that load, which can take this long.
ANSWER_TIMEOUT_S = 120.0

# What answers a search: Library.query's signature (query text, k, filters, cut).
SearchFunction = Callable[[str, int, SearchFilters, bool], SearchResult]


def socket_path(home: Path) -> Path:
    """Where the library at ``home`` listens for searches."""
    return Path(home) / SOCKET_NAME


def supported() -> bool:
    """Whether this platform has Unix domain sockets (not Windows)."""
    return hasattr(socket, "AF_UNIX")


def peer_uid(sock: socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix socket (Linux), or None where it cannot be asked."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    creds = sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


class QueryServer:
    """Answers searches from other processes of the same user, on a thread of its own.

    Args:
        path: The socket file (from :func:`socket_path`).
        search: Answers a query (the library's ``query``); called on the
            server's threads, one per connection.
    """

    def __init__(self, path: Path, search: SearchFunction) -> None:
        self.path = Path(path)
        self._search = search
        self._server: _UnixServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def listening(self) -> bool:
        """Whether the server is up."""
        return self._server is not None

    def start(self) -> bool:
        """Listen (a leftover socket file of a process that died is replaced).

        Returns:
            True when listening; False when this platform cannot have the
            socket (Windows; a path too long for one outside Linux), or
            another live process answers on it (the CLI then keeps loading
            the model itself: nothing breaks).
        """
        if self._server is not None:
            return True
        if not supported():
            return False
        if self.path.exists() or self.path.is_symlink():
            if _answers(self.path):
                log.warning("photoclip: %s already answers searches; not serving them here", self.path)
                return False
            self.path.unlink(missing_ok=True)
        try:
            with _short(self.path) as address:
                server = _UnixServer(address, _Handler)
        except OSError as exc:
            log.warning("photoclip: cannot serve searches on %s: %s", self.path, exc)
            return False
        server.answer = self._search
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="photoclip-queries", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop listening and remove the socket file (idempotent)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(5)
        try:
            if os.stat(self.path).st_ino == server.inode:  # still ours, not a later server's
                self.path.unlink()
        except OSError:
            pass


class _UnixServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
    answer: SearchFunction
    inode = 0

    def server_bind(self) -> None:
        super().server_bind()
        path = str(self.server_address)
        # Owner only. The moment between bind and chmod is covered by the peer check below.
        os.chmod(path, 0o600)
        self.inode = os.stat(path).st_ino

    def verify_request(self, request: Any, client_address: Any) -> bool:
        uid = peer_uid(request)
        if uid is not None and uid != os.getuid():
            log.warning("photoclip: refused a search from user id %d", uid)
            return False
        return True


class _Handler(socketserver.StreamRequestHandler):
    server: _UnixServer

    def handle(self) -> None:
        line = self.rfile.readline(MAX_REQUEST_BYTES)
        try:
            request = json.loads(line)
            text, k, cut = str(request["search"]), int(request["k"]), bool(request.get("cut", True))
            filters = SearchFilters(**request.get("filters", {}))
        except (ValueError, KeyError, TypeError):
            self._reply({"error": "photoclip could not read the request."})
            return
        try:
            result = self.server.answer(text, k, filters, cut)
        except PhotoclipError as exc:
            self._reply({"error": exc.message, "hint": exc.hint})
            return
        except Exception:  # a bug: logged here, and the CLI falls back to searching itself
            log.exception("photoclip: a search through the socket failed")
            return
        hits = [{"record": dataclasses.asdict(h.record), "score": float(h.score), "words": h.words} for h in result.hits]
        self._reply({"hits": hits, "relevant": result.relevant})

    def _reply(self, data: dict[str, Any]) -> None:
        self.wfile.write(json.dumps(data).encode() + b"\n")


@contextlib.contextmanager
def _short(path: Path) -> Iterator[str]:
    """An address for the socket file that fits ``sun_path``, valid inside the ``with``.

    A path too long for it is reached on Linux through the folder's open
    descriptor (``/proc/self/fd/N/search.sock``); elsewhere it raises OSError.
    """
    if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
        yield str(path)
        return
    if not os.path.isdir("/proc/self/fd"):
        raise OSError(f"{path} is too long for a local socket")
    fd = os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        yield f"/proc/self/fd/{fd}/{path.name}"
    finally:
        os.close(fd)


def _answers(path: Path) -> bool:
    """Whether a live process listens on the socket file."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock, _short(path) as address:
            sock.settimeout(1.0)
            sock.connect(address)
            return True
    except OSError:
        return False


def ask_search(
    home: Path, text: str, k: int, filters: SearchFilters, cut: bool = True, timeout: float = ANSWER_TIMEOUT_S
) -> SearchResult | None:
    """Ask the process that serves this library's searches, if one runs.

    Args:
        home: The library home.
        text: The query, as ``Library.query`` takes it (without a photo in it: see the module docstring).
        k: How many results.
        filters: The query's filters.
        cut: Apply the relevance cut.
        timeout: Seconds to wait for the answer.

    Returns:
        The result as the running process found it, or None when nothing
        answers (no app, a socket left by a crash, another user's socket, a
        refusal, a timeout): then the caller searches itself.

    Raises:
        PhotoclipError: The running process could not search (its message and hint).
    """
    path = socket_path(home)
    if not supported() or not path.exists():
        return None
    request = json.dumps({"search": text, "k": k, "cut": cut, "filters": dataclasses.asdict(filters)}).encode() + b"\n"
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            with _short(path) as address:
                sock.connect(address)
            uid = peer_uid(sock)
            if uid is not None and uid != os.getuid():
                return None  # not our server: it hears nothing
            sock.sendall(request)
            answer = _read_all(sock)
    except OSError:
        return None
    try:
        data = json.loads(answer)
    except ValueError:
        return None  # refused, or closed without an answer
    if "error" in data:
        raise PhotoclipError(str(data["error"]), data.get("hint"))
    hits = tuple(SearchHit(PhotoRecord(**hit["record"]), float(hit["score"]), bool(hit.get("words", False))) for hit in data["hits"])
    return SearchResult(hits, int(data.get("relevant", len(hits))))


def _read_all(sock: socket.socket) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = sock.recv(1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
