"""Downloads from the Hugging Face hub into the user's shared Hugging Face cache.

Weights land where every Hugging Face tool looks for them
(``$HF_HUB_CACHE``, by default ``~/.cache/huggingface/hub``), at the commit the
registry pins, so a file open_clip or anyone else already downloaded is used
as it is, and every library on the machine shares one copy.

The environment is read at call time, not at import: ``HF_ENDPOINT`` (a
mirror, or a test server), ``HF_HOME``/``HF_HUB_CACHE`` (where the cache is)
and ``HF_HUB_OFFLINE`` (then no request is made at all).

The transfer is ``huggingface_hub``'s own (its metadata request, redirects,
retries, headers and cache layout), with one difference: huggingface_hub 2.x
downloads into a temporary file unique to each call and deletes it when the
call fails, so a 1.5 GB transfer cut off at 90 % would start again from zero.
Here the partial file is ``blobs/<etag>.incomplete`` in the cache (the name
earlier huggingface_hub versions resumed from) and survives the failure; the
next call resumes it with ``huggingface_hub.file_download.http_get``'s Range
request. It is verified before it becomes the blob, and the snapshot link is
then made by ``hf_hub_download`` itself.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from photoclip.core.models.files import check_free_space, disk_full, is_disk_full
from photoclip.core.models.progress import ModelProgress, ModelProgressCallback
from photoclip.errors import DownloadError, PhotoclipError

DEFAULT_HF_ENDPOINT = "https://huggingface.co"
#: Seconds to wait for the hub's answer to the metadata request.
METADATA_TIMEOUT_S: float = 10.0
_TRUE = {"1", "ON", "YES", "TRUE"}
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_GIT_ID_RE = re.compile(r"^[0-9a-f]{40}$")


def hf_endpoint() -> str:
    """The hub base URL: ``$HF_ENDPOINT`` or huggingface.co."""
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_HF_ENDPOINT).rstrip("/")


def hf_offline() -> bool:
    """True when ``HF_HUB_OFFLINE`` (or ``TRANSFORMERS_OFFLINE``) is set: no request may be made."""
    value = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return value.strip().upper() in _TRUE


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache, as huggingface_hub resolves it, read now.

    ``$HF_HUB_CACHE``, else ``$HUGGINGFACE_HUB_CACHE``, else ``$HF_HOME/hub``,
    else ``$XDG_CACHE_HOME/huggingface/hub``, else ``~/.cache/huggingface/hub``.
    """
    env = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    if env:
        return Path(os.path.expandvars(env)).expanduser()
    home = os.environ.get("HF_HOME")
    if home:
        return Path(os.path.expandvars(home)).expanduser() / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path("~").expanduser() / ".cache")
    return Path(xdg).expanduser() / "huggingface" / "hub"


def hub_url(repo: str, filename: str, revision: str = "main") -> str:
    """The address of ``filename`` in hub repository ``repo`` at ``revision``, at :func:`hf_endpoint`."""
    from huggingface_hub import hf_hub_url

    return hf_hub_url(repo, filename, revision=revision, endpoint=hf_endpoint())


def cached_file(repo: str, filename: str, revision: str | None) -> Path | None:
    """The file in the Hugging Face cache at ``revision`` (a commit), or None; no network.

    Args:
        repo: The hub repository.
        filename: The file in it.
        revision: The pinned commit. None (an unpinned entry) looks at ``main`` as
            the cache last saw it.
    """
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(repo, filename, cache_dir=str(hf_cache_dir()), revision=revision)
    return Path(found) if isinstance(found, str) else None


@dataclass(frozen=True)
class Announced:
    """What the hub says a file is, to check the bytes against when nothing is pinned.

    Attributes:
        sha256: The LFS sha256 (``X-Linked-Etag``), or None.
        git_id: The git blob id of a small file (its ``ETag``), or None.
        size: The size in bytes, or None.
    """

    sha256: str | None
    git_id: str | None
    size: int | None


#: ``verify(partial_file, announced)``: raise to refuse the file (delete it first if it is corrupt).
Verifier = Callable[[Path, Announced], None]


def _bar_class(progress: ModelProgressCallback | None, filename: str) -> type:
    """A tqdm stand-in for ``http_get``: it forwards the byte count to ``progress``.

    huggingface_hub creates it with ``total``/``initial`` and calls ``update(n)``
    (negative when a server ignores the Range and the transfer restarts). An
    exception raised by ``progress`` stops the transfer; the partial file stays.
    """

    class _Bar:
        def __init__(self, *args: Any, total: int | None = None, initial: int = 0, **kwargs: Any) -> None:
            self.total = total
            self.n = initial
            self._report()

        def _report(self) -> None:
            if progress is not None:
                progress(ModelProgress("download", self.n, self.total, filename))

        def update(self, n: int = 1) -> None:
            self.n += n
            self._report()

        def __enter__(self) -> "_Bar":
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def close(self) -> None:
            pass

    return _Bar


def fetch(
    repo: str,
    filename: str,
    revision: str | None,
    *,
    verify: Verifier,
    progress: ModelProgressCallback | None,
    unreachable: Callable[[BaseException], PhotoclipError],
) -> Path:
    """Download one file of a hub repository into the Hugging Face cache, resuming a partial one.

    The caller has made sure that requests are allowed (not :func:`hf_offline`).

    Args:
        repo: The hub repository.
        filename: The file.
        revision: The pinned commit (None: ``main``).
        verify: Checks the complete partial file before it becomes the blob
            (sha256 against the pin); it deletes the file when it is corrupt.
        progress: Phase ``download`` as bytes arrive (``verify`` reports its own).
        unreachable: Builds the error raised when the hub cannot be reached.

    Returns:
        The file's path in the cache (``snapshots/<commit>/<filename>``).

    Raises:
        PhotoclipError: From ``unreachable``: no connection.
        DownloadError: HTTP error, a server that is not a hub, or a transfer that
            broke off (the partial file is kept; running again resumes it).
        DiskFullError: No room in the cache (the partial file is kept).
    """
    import httpx2
    from huggingface_hub import get_hf_file_metadata, hf_hub_download
    from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled
    from huggingface_hub.file_download import http_get, repo_folder_name
    from huggingface_hub.utils import build_hf_headers

    from photoclip import __version__

    rev = revision or "main"
    cache = hf_cache_dir()
    url = hub_url(repo, filename, rev)
    headers = build_hf_headers(library_name="photoclip", library_version=__version__)
    try:
        meta = get_hf_file_metadata(url, timeout=METADATA_TIMEOUT_S, headers=headers, endpoint=hf_endpoint())
    except (httpx2.ConnectError, httpx2.TimeoutException, OfflineModeIsEnabled) as exc:
        raise unreachable(exc) from exc
    except HfHubHTTPError as exc:
        raise _http_error(repo, filename, rev, exc) from exc
    except (httpx2.HTTPError, ValueError) as exc:  # a malformed HF_ENDPOINT, a broken proxy
        raise DownloadError(f"Cannot download {url}: {exc}.",
                            hint="HF_ENDPOINT must be the address of a Hugging Face hub or mirror.") from exc
    if not meta.commit_hash or not meta.etag:
        raise DownloadError(
            f"{hf_endpoint()} does not answer like a Hugging Face hub (no commit or ETag for {filename}).",
            hint="HF_ENDPOINT must be the address of a Hugging Face hub or mirror.",
        )
    etag = meta.etag
    announced = Announced(
        sha256=etag if _SHA256_RE.match(etag) else None,
        git_id=etag if _GIT_ID_RE.match(etag) else None,
        size=meta.size,
    )
    blobs = cache / repo_folder_name(repo_id=repo, repo_type="model") / "blobs"
    blob = blobs / etag
    partial = blobs / f"{etag}.incomplete"
    if not blob.is_file():
        have = partial.stat().st_size if partial.is_file() else 0
        if meta.size is not None and have > meta.size:
            partial.unlink()  # longer than the file: not a prefix of it
            have = 0
        if meta.size is None or have < meta.size:
            _transfer(url if meta.location == url else meta.location, partial, have, meta.size, headers,
                      filename, progress, http_get)
        verify(partial, announced)
        os.replace(partial, blob)
    try:
        # The blob is in place: hf_hub_download only links the snapshot to it
        # (and records the revision), exactly as after its own download.
        return Path(hf_hub_download(repo, filename, revision=rev, cache_dir=str(cache),
                                    endpoint=hf_endpoint(), headers=headers))
    except (httpx2.HTTPError, OSError) as exc:
        if is_disk_full(exc):
            raise disk_full(cache, None, filename) from exc
        raise unreachable(exc) from exc


def _transfer(
    url: str,
    partial: Path,
    have: int,
    size: int | None,
    headers: dict[str, str],
    filename: str,
    progress: ModelProgressCallback | None,
    http_get: Callable[..., None],
) -> None:
    """Append the rest of ``url`` to ``partial`` (huggingface_hub's http_get: Range, retries)."""
    import httpx2
    from huggingface_hub.errors import HfHubHTTPError

    partial.parent.mkdir(parents=True, exist_ok=True)
    if size is not None:
        check_free_space(partial.parent, size - have, filename)
    try:
        with open(partial, "ab") as fh:
            http_get(url, fh, resume_size=have, headers=headers, expected_size=size,
                     displayed_filename=filename, tqdm_class=_bar_class(progress, filename))
    except HfHubHTTPError as exc:
        raise DownloadError(f"Downloading {filename} failed: HTTP {exc.response.status_code}.",
                            hint=f"Check the address (HF_ENDPOINT is {hf_endpoint()}) or try again later.") from exc
    except (httpx2.HTTPError, OSError) as exc:
        if is_disk_full(exc):
            raise disk_full(partial.parent, None if size is None else size - have, filename) from exc
        got = partial.stat().st_size if partial.is_file() else 0
        of = f"{size / 1e6:.1f}" if size is not None else "?"
        raise DownloadError(
            f"The download of {filename} broke off after {got / 1e6:.1f} of {of} MB.",
            hint="Run it again: the download resumes where it stopped.",
        ) from exc


def _http_error(repo: str, filename: str, revision: str, exc: Exception) -> DownloadError:
    from huggingface_hub.errors import RemoteEntryNotFoundError, RepositoryNotFoundError, RevisionNotFoundError

    if isinstance(exc, RevisionNotFoundError):
        what = f"revision {revision} of {repo}"
    elif isinstance(exc, RemoteEntryNotFoundError):
        what = f"{filename} at revision {revision} of {repo}"
    elif isinstance(exc, RepositoryNotFoundError):
        what = f"the repository {repo}"
    else:
        response = getattr(exc, "response", None)
        status = response.status_code if response is not None else "?"
        return DownloadError(f"Downloading {filename} from {repo} failed: HTTP {status}.",
                             hint=f"Check the address (HF_ENDPOINT is {hf_endpoint()}) or try again later.")
    return DownloadError(f"The hub at {hf_endpoint()} has no {what}.",
                         hint="A mirror may lack it: check HF_ENDPOINT, or set up the model from a file.")

