"""A loopback stand-in for the Hugging Face hub, for tests of model downloads.

It answers the requests ``huggingface_hub`` makes, with the headers it relies on:

* ``HEAD|GET /{repo}/resolve/{revision}/{file}`` with ``revision`` the repo's
  commit or ``main``. A small file is answered in place (200, ``ETag`` = its git
  blob id, ``X-Repo-Commit``). A large (LFS) file is answered like the real hub:
  a 302 to the "CDN" with ``X-Repo-Commit``, ``X-Linked-Etag`` (its sha256) and
  ``X-Linked-Size``. The CDN is this same server reached as ``localhost``
  instead of ``127.0.0.1``: another host to ``huggingface_hub``, so it stops at
  the redirect and reads the file's metadata there, as it does on the real hub.
* ``GET /cdn/{sha256}``: the bytes, with ``Range`` support (resume).
* Unknown repos, revisions and files: the hub's 401/404 with ``X-Error-Code``.

It can misbehave on purpose: drop a transfer after N bytes, stall after N bytes
until released, serve corrupt bytes under the right name and size, announce no
sha256 (a mirror), and be stopped so connections are refused. It records every
request, so a test can assert that none was made.

:meth:`FakeHub.add_model` serves a model's files and writes the test registry
(the ``PHOTOCLIP_MODEL_REGISTRY`` file) entry that pins its commit and sha256.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Files at least this large, or with these suffixes, are LFS files (redirected to the CDN).
LFS_MIN_BYTES = 10_000_000
LFS_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".model")


@dataclass(frozen=True)
class HubRequest:
    """One request the fake hub received."""

    method: str
    path: str
    headers: dict[str, str]


def commit_of(repo: str) -> str:
    """The fake commit id (40 hex digits) of ``repo``: stable, so tests can pin it."""
    return hashlib.sha1(f"commit of {repo}".encode()).hexdigest()


def git_blob_id(content: bytes) -> str:
    """The git object id of ``content`` (what the hub sends as a small file's ETag)."""
    # Hashed in two updates, not as one concatenated copy: copying a 600 MB
    # file holds the GIL for most of a second and would freeze the app under test.
    digest = hashlib.sha1(b"blob %d\0" % len(content))
    digest.update(content)
    return digest.hexdigest()


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass
class FakeHub:
    """The state and the faults of the fake hub; see the module docstring.

    Attributes:
        registry_file: The test registry this hub's models are written to.
        repos: repo -> {file name -> content}.
        commits: repo -> its commit id (default :func:`commit_of`).
        drop_after: With ``drops > 0``: a body transfer sends this many bytes, then the
            connection is closed (the client sees EOF before Content-Length).
        drops: How many transfers still to drop.
        stall_after: A body transfer sends this many bytes, then waits until
            :meth:`release` (or :meth:`stop`) and closes the connection.
        corrupt: Serve every LFS file with one byte changed (same name, size and
            announced sha256).
        announce_sha256: False to answer like a mirror that sends a git id, not the sha256.
        announce_size: Announce this size (``X-Linked-Size``) for LFS files instead of the real one.
        requests: Every request received, in order.
    """

    registry_file: Path
    repos: dict[str, dict[str, bytes]] = field(default_factory=dict)
    commits: dict[str, str] = field(default_factory=dict)
    drop_after: int | None = None
    drops: int = 0
    stall_after: int | None = None
    corrupt: bool = False
    announce_sha256: bool = True
    announce_size: int | None = None
    requests: list[HubRequest] = field(default_factory=list)
    models: list[dict[str, Any]] = field(default_factory=list)
    default_model: str | None = None
    _server: http.server.ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _released: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- life cycle ---------------------------------------------------------------

    def start(self, port: int = 0) -> "FakeHub":
        """Start serving on loopback ``port`` (default: a free one; after :meth:`stop`, the old one again)."""
        self._released.clear()
        self._server = _Server(("127.0.0.1", port), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: from now on connections to :attr:`endpoint` are refused."""
        self._released.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def release(self) -> None:
        """End the current stall (the stalled transfer closes; later ones are served whole)."""
        with self._lock:
            self.stall_after = None
            self._released.set()

    @property
    def port(self) -> int:
        assert self._server is not None, "the fake hub is not running"
        return int(self._server.server_address[1])

    @property
    def endpoint(self) -> str:
        """The value for ``HF_ENDPOINT``."""
        return f"http://127.0.0.1:{self.port}"

    # -- content ------------------------------------------------------------------

    def serve(self, repo: str, filename: str, content: bytes) -> str:
        """Serve ``content`` as ``filename`` of ``repo``; returns the repo's commit."""
        self.repos.setdefault(repo, {})[filename] = content
        return self.commits.setdefault(repo, commit_of(repo))

    def add_model(
        self,
        name: str,
        *,
        arch: str,
        weights: bytes,
        filename: str = "open_clip_model.safetensors",
        repo: str | None = None,
        embed_dim: int = 64,
        image_size: int = 64,
        text_tower: dict[str, bytes] | None = None,
        pin_sha256: bool = True,
        default: bool = False,
        **entry: Any,
    ) -> dict[str, Any]:
        """Serve a model's files and list it, pinned, in :attr:`registry_file`.

        Args:
            name: The model's name in the test registry.
            arch: Its open_clip architecture.
            weights: The weights file's content.
            filename: The weights file's name in the repo.
            repo: The hub repo (default ``photoclip-test/<name>``).
            embed_dim: Embedding size (must match ``arch``).
            image_size: Input size (must match ``arch``).
            text_tower: For a Hugging Face text tower: its files (config, tokenizer),
                served from ``<repo>-text`` and pinned to that repo's commit.
            pin_sha256: False to list the model with ``sha256: null``.
            default: Make it the registry's default model.
            **entry: Further registry fields (``languages``, ``description``, ``preprocess``, ...).

        Returns:
            The registry entry written.
        """
        repo = repo or f"photoclip-test/{name}"
        record: dict[str, Any] = {
            "name": name,
            "arch": arch,
            "pretrained": None,
            "embed_dim": embed_dim,
            "image_size": image_size,
            "languages": ["en"],
            "download_mb": round(len(weights) / 1e6, 1),
            "description": f"{arch} stand-in weights served by the fake hub.",
            "hf_repo": repo,
            "hf_filename": filename,
            "revision": self.serve(repo, filename, weights),
            "sha256": sha256_of(weights) if pin_sha256 else None,
            "for_tests": False,
        }
        if text_tower:
            tower_repo = f"{repo}-text"
            for file, content in text_tower.items():
                tower_commit = self.serve(tower_repo, file, content)
            record.update(
                text_tower_repo=tower_repo,
                text_tower_revision=tower_commit,
                text_tower_files=sorted(text_tower),
            )
        record.update(entry)
        self.models = [m for m in self.models if m["name"] != name] + [record]
        if default:
            self.default_model = name
        self.write_registry()
        return record

    def add_entry(self, record: dict[str, Any]) -> None:
        """List a model that the hub does not serve (test-tiny, generated locally)."""
        self.models = [m for m in self.models if m["name"] != record["name"]] + [record]
        self.write_registry()

    def write_registry(self) -> None:
        default = self.default_model or next(
            (m["name"] for m in self.models if not m.get("for_tests")), None
        )
        data = {"format": 1, "default": default, "models": self.models}
        self.registry_file.parent.mkdir(parents=True, exist_ok=True)
        self.registry_file.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")

    # -- what was asked -----------------------------------------------------------

    def paths(self, method: str | None = None) -> list[str]:
        """The paths requested (with ``method`` only, if given)."""
        return [r.path for r in self.requests if method is None or r.method == method]

    def range_requests(self) -> list[str]:
        """The ``Range`` headers of the GETs received, in order."""
        return [r.headers["Range"] for r in self.requests if r.method == "GET" and "Range" in r.headers]

    # -- internals ----------------------------------------------------------------

    def _lfs(self, filename: str, content: bytes) -> bool:
        return len(content) >= LFS_MIN_BYTES or filename.lower().endswith(LFS_SUFFIXES)

    def _by_sha256(self, digest: str) -> bytes | None:
        for files in self.repos.values():
            for filename, content in files.items():
                if self._lfs(filename, content) and sha256_of(content) == digest:
                    return content
        return None

    def _take_drop(self) -> int | None:
        with self._lock:
            if self.drop_after is not None and self.drops > 0:
                self.drops -= 1
                return self.drop_after
        return None


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that goes away mid-transfer (a test cancelling, a killed process) is expected.
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _handler_for(hub: FakeHub) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep pytest's output clean
            pass

        def do_HEAD(self) -> None:
            self._answer(body=False)

        def do_GET(self) -> None:
            self._answer(body=True)

        def _answer(self, body: bool) -> None:
            hub.requests.append(HubRequest(self.command, self.path, dict(self.headers.items())))
            path = urllib.parse.urlsplit(self.path).path
            if path.startswith("/cdn/"):
                content = hub._by_sha256(path.removeprefix("/cdn/"))
                if content is None:
                    self._error(404, "EntryNotFound")
                    return
                if hub.corrupt:
                    content = content[:-1] + bytes([content[-1] ^ 0xFF])
                self._send_content(content, {"ETag": f'"{sha256_of(content)}"'}, body)
                return
            repo, sep, rest = path.lstrip("/").partition("/resolve/")
            revision, _, filename = rest.partition("/")
            repo, filename = urllib.parse.unquote(repo), urllib.parse.unquote(filename)
            if not sep or repo not in hub.repos:
                self._error(401, "RepoNotFound")
                return
            commit = hub.commits[repo]
            if revision not in (commit, "main"):
                self._error(404, "RevisionNotFound")
                return
            content = hub.repos[repo].get(filename)
            if content is None:
                self._error(404, "EntryNotFound", {"X-Repo-Commit": commit})
                return
            headers = {"X-Repo-Commit": commit, "ETag": f'"{git_blob_id(content)}"'}
            if not hub._lfs(filename, content):
                self._send_content(content, headers, body)
                return
            digest = sha256_of(content)
            self.send_response(302)
            for key, value in headers.items():
                self.send_header(key, value)
            if hub.announce_sha256:
                self.send_header("X-Linked-Etag", f'"{digest}"')
            self.send_header("X-Linked-Size", str(hub.announce_size or len(content)))
            self.send_header("Location", f"http://localhost:{hub.port}/cdn/{digest}")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _error(self, code: int, error_code: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(code)
            self.send_header("X-Error-Code", error_code)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _send_content(self, content: bytes, headers: dict[str, str], body: bool) -> None:
            start = 0
            rng = self.headers.get("Range")
            if rng and body:
                start = int(rng.removeprefix("bytes=").split("-")[0])
                if start >= len(content):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(content)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(content) - 1}/{len(content)}")
            else:
                self.send_response(200)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", str(len(content) - start))
            self.end_headers()
            if not body:
                return
            data = memoryview(content)[start:]
            cut = hub._take_drop()
            with hub._lock:  # a release() between reading stall_after and clearing must not be lost
                stall = hub.stall_after
                if stall is not None:
                    hub._released.clear()
            if stall is not None:
                self.wfile.write(data[:stall])
                self.wfile.flush()
                hub._released.wait(timeout=120)
                self.close_connection = True
                return
            if cut is not None:
                self.wfile.write(data[:cut])
                self.wfile.flush()
                self.close_connection = True  # EOF before Content-Length
                return
            self.wfile.write(data)

    return Handler
