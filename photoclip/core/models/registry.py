"""Which CLIP models photoclip can use, where their weights live, and how to load them.

The supported models are *data*: ``model_registry.json`` next to this module
lists every built-in (open_clip architecture, pretrained tag) pair with what the
user needs to choose between them (languages, download size, description) and
where the weights come from (a Hugging Face hub repository and file). Adding a
model means adding an entry there, not a code branch here. This mirrors how
open_clip itself keeps its registry as data (``open_clip/pretrained.py`` and
``open_clip/model_configs/*.json``).

Weights live in the library's model cache (:attr:`LibraryPaths.models_dir`),
one sub-folder per model::

    models/
        imported.json                       # models the user imported by hand
        vit-b-32/open_clip_model.safetensors
        multilingual-vit-b-32/open_clip_pytorch_model.bin
        multilingual-vit-b-32/text-tower/   # xlm-roberta config + tokenizer files
        test-tiny/test-tiny.safetensors     # generated locally, never downloaded

Three ways for weights to get there:

* **download** from the hub (``$HF_ENDPOINT``, default https://huggingface.co),
  resumable, verified before it is given its final name;
* **import** of a checkpoint the user fetched elsewhere (for machines without
  internet); pickled checkpoints are read with ``weights_only=True`` so no
  pickled code ever runs, and are re-saved as safetensors;
* **generation** for ``test-tiny``: seeded random weights for a tiny
  architecture, bit-identical on every machine, so tests and offline smoke runs
  need no network at all.

There is exactly one loader, :func:`load_open_clip`, and it is open_clip's own
``create_model_and_transforms`` given a local file: tests fake the *weights*
(test-tiny), never the loader.

torch and open_clip are imported lazily so that listing models (``photoclip
models list``) does not pay for importing torch.
"""

from __future__ import annotations

import builtins
import contextlib
import difflib
import functools
import hashlib
import http.client
import importlib.util
import json
import logging
import os
import pickle
import re
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Literal

from photoclip.errors import DownloadError, ModelUnavailableError, PhotoclipError
from photoclip.paths import atomic_write_text

if TYPE_CHECKING:  # pragma: no cover - typing only
    import torch

__all__ = [
    "DEFAULT_HF_ENDPOINT",
    "ModelRegistry",
    "ModelSpec",
    "ProgressCallback",
    "hub_url",
    "load_open_clip",
    "register_model_configs",
]

log = logging.getLogger(__name__)

#: The registry data and the architecture configs open_clip does not ship.
REGISTRY_FILE = Path(__file__).with_name("model_registry.json")
MODEL_CONFIGS_DIR = Path(__file__).with_name("model_configs")

#: Where user-imported models are recorded, inside ``models_dir``.
IMPORTED_FILE = "imported.json"
#: Sub-folder (next to the weights) holding a Hugging Face text tower's config and tokenizer.
TEXT_TOWER_DIR = "text-tower"

DEFAULT_HF_ENDPOINT = "https://huggingface.co"
#: Seconds to wait for the hub to connect or send the next bytes. Tests lower it.
HTTP_TIMEOUT_S: float = 30.0
#: How often one :meth:`ModelRegistry.download` call resumes after the connection drops.
DOWNLOAD_ATTEMPTS = 3
_CHUNK = 1 << 20

#: Checkpoint formats :meth:`ModelRegistry.import_weights` accepts (open_clip's own).
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth")

#: ``progress(bytes_done, bytes_total_or_None)``, called as a download advances.
ProgressCallback = Callable[[int, "int | None"], None]

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
# Keys open_clip's load_checkpoint drops or synthesises itself, so a file may
# lack them (or carry them) and still load.
_OPTIONAL_KEYS = frozenset({"text.transformer.embeddings.position_ids", "logit_bias"})


@dataclass(frozen=True)
class ModelSpec:
    """One model the user can choose.

    Attributes:
        name: The name used on the command line and in settings (``vit-b-32``).
        arch: The open_clip architecture (``ViT-B-32``), a key of ``open_clip.list_models()``.
        pretrained: The open_clip pretrained tag the weights correspond to, or None
            (generated or imported weights). Informational: loading always uses the
            local file.
        embed_dim: Length of the image and text embeddings.
        image_size: Side of the square input image in pixels.
        languages: Languages the text encoder understands (``"en"``, ``"es"``, ... or
            a free-form entry such as ``"100+ languages"``); empty when unknown.
        download_mb: Approximate download size in megabytes (0 when nothing is downloaded).
        description: One or two sentences for ``photoclip models list`` and the GUI.
        hf_repo: Hugging Face hub repository holding the weights, or None.
        hf_filename: File inside ``hf_repo`` to download, or None.
        for_tests: True for models whose results are meaningless (test-tiny).
        source: ``"builtin"`` (from the registry data) or ``"imported"`` (by the user).
        text_tower_repo: For architectures with a Hugging Face text tower (the
            multilingual model), the hub repository of its config and tokenizer.
        text_tower_files: The files to fetch from ``text_tower_repo``.
        packaged_weights: For a model trained here and shipped in the package
            (shapes-world), the compact weights file in ``photoclip/resources/models``.
        revision: The hub commit of ``hf_repo`` the weights are pinned to.
        sha256: The pinned sha256 of the weights file, or None when it is not known
            yet (then the first verified file's digest is recorded and any other
            file under this name is refused).
        text_tower_revision: The hub commit of ``text_tower_repo`` its files are pinned to.
    """

    name: str
    arch: str
    pretrained: str | None
    embed_dim: int
    image_size: int
    languages: tuple[str, ...]
    download_mb: float
    description: str
    hf_repo: str | None
    hf_filename: str | None
    for_tests: bool = False
    source: Literal["builtin", "imported"] = "builtin"
    text_tower_repo: str | None = None
    text_tower_files: tuple[str, ...] = ()
    packaged_weights: str | None = None
    revision: str | None = None
    sha256: str | None = None
    text_tower_revision: str | None = None

    @property
    def generated(self) -> bool:
        """True if the weights are made locally (test-tiny, shapes-world) instead of downloaded."""
        return self.source == "builtin" and self.for_tests and self.hf_repo is None


# --------------------------------------------------------------------------- registry data


_REQUIRED_FIELDS = (
    "name", "arch", "pretrained", "embed_dim", "image_size", "languages",
    "download_mb", "description", "hf_repo", "hf_filename", "for_tests",
)


def _spec_from_entry(entry: dict[str, Any], source: Literal["builtin", "imported"]) -> ModelSpec:
    return ModelSpec(
        name=str(entry["name"]),
        arch=str(entry["arch"]),
        pretrained=entry.get("pretrained"),
        embed_dim=int(entry["embed_dim"]),
        image_size=int(entry["image_size"]),
        languages=tuple(str(lang) for lang in entry.get("languages", ())),
        download_mb=float(entry.get("download_mb", 0.0)),
        description=str(entry.get("description", "")),
        hf_repo=entry.get("hf_repo"),
        hf_filename=entry.get("hf_filename"),
        for_tests=bool(entry.get("for_tests", False)),
        source=source,
        text_tower_repo=entry.get("text_tower_repo"),
        text_tower_files=tuple(entry.get("text_tower_files", ())),
        packaged_weights=entry.get("packaged_weights"),
        revision=entry.get("revision"),
        sha256=entry.get("sha256"),
        text_tower_revision=entry.get("text_tower_revision"),
    )


#: Environment variable naming a registry file that replaces the built-in one (tests, mirrors).
REGISTRY_ENV = "PHOTOCLIP_MODEL_REGISTRY"


def registry_file() -> Path:
    """The registry data in use: ``$PHOTOCLIP_MODEL_REGISTRY`` if set, else the built-in file."""
    env = os.environ.get(REGISTRY_ENV)
    return Path(env).expanduser() if env else REGISTRY_FILE


def _builtin_registry() -> tuple[tuple[ModelSpec, ...], str]:
    """The registry in use (see :func:`registry_file`), read at call time: (specs, default name)."""
    path = registry_file()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise PhotoclipError(f"The model registry {path} cannot be read: {exc.strerror}.",
                             hint=f"Check the {REGISTRY_ENV} environment variable.") from exc
    return _parse_registry(path, stamp)


@functools.lru_cache(maxsize=4)
def _parse_registry(path: Path, _stamp: int) -> tuple[tuple[ModelSpec, ...], str]:
    """Parse a registry file once per version of it.

    A malformed registry is a packaging bug, not a user error, hence ValueError.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    specs = []
    for entry in data["models"]:
        missing = [f for f in _REQUIRED_FIELDS if f not in entry]
        if missing:
            raise ValueError(f"{path}: entry {entry.get('name')!r} lacks {missing}")
        specs.append(_spec_from_entry(entry, "builtin"))
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        raise ValueError(f"{path}: duplicate model names in {names}")
    default = data["default"]
    by_name = {s.name: s for s in specs}
    if default not in by_name or by_name[default].for_tests:
        # A test model as the default would silently give users meaningless search.
        raise ValueError(f"{path}: default {default!r} is unknown or a test model")
    return tuple(specs), default


_configs_lock = threading.Lock()
_configs_registered = False


def register_model_configs() -> None:
    """Make open_clip aware of photoclip's own architecture configs (test-tiny).

    ``open_clip.add_model_config`` appends to a global search path and rescans
    every time, so it is called once per process; safe to call repeatedly and
    from several threads.
    """
    global _configs_registered
    with _configs_lock:
        if _configs_registered:
            return
        import open_clip

        open_clip.add_model_config(MODEL_CONFIGS_DIR)
        _configs_registered = True


@contextlib.contextmanager
def _quiet_open_clip() -> Iterator[None]:
    """Hide open_clip's "No pretrained weights loaded ... initialized randomly" warning.

    open_clip logs it on the root logger whenever a model is built without a
    checkpoint, which photoclip does on purpose (test-tiny generation, import
    validation); with no logging configured Python would print it to stderr and
    alarm the user.
    """

    def _drop(record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("No pretrained weights loaded")

    root = logging.getLogger()
    root.addFilter(_drop)
    try:
        yield
    finally:
        root.removeFilter(_drop)


def _hf_text_model(arch: str) -> str | None:
    """The Hugging Face text model an architecture builds on, or None (open_clip's own tower)."""
    import open_clip

    register_model_configs()
    cfg = open_clip.get_model_config(arch) or {}
    return cfg.get("text_cfg", {}).get("hf_model_name")


def _require_transformers(arch: str, what: str) -> None:
    """Raise a PhotoclipError saying how to install transformers if ``arch`` needs it."""
    hf_model = _hf_text_model(arch)
    if hf_model and importlib.util.find_spec("transformers") is None:
        raise PhotoclipError(
            f"{what} needs the 'transformers' package for its {hf_model} text encoder "
            f"(architecture {arch}), and it is not installed.",
            hint="Install it with: pip install transformers",
        )


def _unknown_arch_error(arch: str) -> PhotoclipError:
    import open_clip

    known = open_clip.list_models()
    close = difflib.get_close_matches(arch, known, n=6, cutoff=0.5)
    suggestions = close or [m for m in known if m.startswith(("ViT-B", "ViT-L", "xlm"))][:8]
    return PhotoclipError(
        f"Unknown open_clip architecture {arch!r}.",
        hint=f"Did you mean one of: {', '.join(suggestions)}? "
        f"(`python -c \"import open_clip; print(open_clip.list_models())\"` lists all {len(known)}.)",
    )


@functools.lru_cache(maxsize=8)
def _expected_shapes(arch: str) -> dict[str, tuple[int, ...]] | None:
    """Parameter names and shapes of ``arch``, built on the meta device (no memory, ~0.1 s).

    Returns None when the architecture cannot be built here without the network
    (a Hugging Face text tower), in which case callers fall back to weaker checks.
    """
    import open_clip
    import torch

    register_model_configs()
    if _hf_text_model(arch):
        # Building a Hugging Face text tower asks the hub for its config (and,
        # by default, its pretrained weights): not something a check may do.
        return None
    try:
        with torch.device("meta"), _quiet_open_clip():
            model = open_clip.create_model(arch, device="meta")
    except Exception:  # noqa: BLE001 - any failure only means "cannot pre-check"
        log.debug("cannot build %s on the meta device", arch, exc_info=True)
        return None
    return {k: tuple(v.shape) for k, v in model.state_dict().items()}


# --------------------------------------------------------------------------- checkpoints


def _unwrap_state_dict(obj: Any) -> dict[str, Any]:
    """Reduce a loaded checkpoint to ``{name: tensor}`` the way open_clip's load_state_dict does.

    Training checkpoints wrap the weights as ``{"state_dict": ..., "epoch": ...}``
    and DistributedDataParallel prefixes every key with ``module.``.
    """
    if isinstance(obj, dict) and isinstance(obj.get("state_dict"), dict):
        obj = obj["state_dict"]
    if not isinstance(obj, dict) or not obj:
        raise PhotoclipError("The file does not contain a state dict (a mapping of names to tensors).")
    if all(isinstance(k, str) and k.startswith("module.") for k in obj):
        obj = {k[len("module."):]: v for k, v in obj.items()}
    return obj


def _read_checkpoint(path: Path, *, mmap: bool = False) -> dict[str, Any]:
    """Load a checkpoint file without ever executing pickled code.

    Args:
        path: A ``.safetensors`` file, or a torch pickle (``.bin``/``.pt``/``.pth``).
        mmap: Map torch pickles instead of reading them (used for the cheap download check).

    Returns:
        The unwrapped state dict.

    Raises:
        PhotoclipError: The file holds pickled code/objects (refused), or cannot be read.
    """
    import torch

    if _is_safetensors_name(path):
        from safetensors.torch import load_file

        try:
            return _unwrap_state_dict(load_file(str(path), device="cpu"))
        except PhotoclipError:
            raise
        except Exception as exc:  # noqa: BLE001 - SafetensorError, OSError, ...: all "unreadable"
            raise PhotoclipError(f"{path.name} is not a valid safetensors file ({exc}).") from exc
    try:
        # weights_only=True: the unpickler only rebuilds tensors and plain
        # containers and raises on anything else, so a malicious __reduce__
        # never runs. This is the whole point of the import path.
        # mmap only works for torch's zip format (not the legacy one).
        obj = torch.load(
            str(path), map_location="cpu", weights_only=True,
            mmap=mmap and zipfile.is_zipfile(path),
        )
    except pickle.UnpicklingError as exc:
        raise PhotoclipError(
            f"Import refused: this file contains pickled code or Python objects other than "
            f"tensors ({path.name}), and photoclip never executes code from a weights file.",
            hint="Get the model's .safetensors (or plain state-dict .bin) file instead, or convert "
            "it on a machine where you trust its origin.",
        ) from exc
    except Exception as exc:  # noqa: BLE001 - truncated zip, wrong format, ...: all "unreadable"
        raise PhotoclipError(f"Cannot read {path.name} as a PyTorch checkpoint ({exc}).") from exc
    return _unwrap_state_dict(obj)


def _is_safetensors_name(path: Path) -> bool:
    """True for ``x.safetensors`` and its partial download ``x.safetensors.part``."""
    return path.name.lower().removesuffix(".part").endswith(".safetensors")


def _shapes_of(path: Path) -> dict[str, tuple[int, ...]]:
    """Names and shapes of the tensors in a checkpoint, reading as little as possible."""
    import torch

    if _is_safetensors_name(path):
        from safetensors import safe_open

        try:
            with safe_open(str(path), framework="pt", device="cpu") as fh:
                keys = list(fh.keys())
                raw = {k: tuple(fh.get_slice(k).get_shape()) for k in keys}
        except Exception as exc:  # noqa: BLE001 - any parse failure means "corrupt"
            raise PhotoclipError(f"not a valid safetensors file ({exc})") from exc
        if raw and all(k.startswith("module.") for k in raw):
            raw = {k[len("module."):]: v for k, v in raw.items()}
        return raw
    state = _read_checkpoint(path, mmap=True)
    return {k: tuple(v.shape) for k, v in state.items() if isinstance(v, torch.Tensor)}


def _check_against_arch(shapes: dict[str, tuple[int, ...]], arch: str) -> None:
    """Raise PhotoclipError if a checkpoint's tensors do not fit ``arch``.

    Compares names and element counts (not exact shapes: open_clip reshapes
    ``logit_scale``) against the architecture built on the meta device. When the
    architecture cannot be built here, only checks that it looks like a CLIP model.
    """
    if not shapes:
        raise PhotoclipError("the file holds no tensors")
    expected = _expected_shapes(arch)
    if expected is None:
        if not any(k.startswith("visual.") for k in shapes):
            raise PhotoclipError(f"it holds no image-tower ('visual.*') weights, so it is not a {arch} model")
        return
    missing = sorted(set(expected) - set(shapes) - _OPTIONAL_KEYS)
    unexpected = sorted(set(shapes) - set(expected) - _OPTIONAL_KEYS)
    wrong = sorted(
        k for k in set(expected) & set(shapes)
        if _numel(expected[k]) != _numel(shapes[k])
    )
    if missing or unexpected or wrong:
        raise PhotoclipError(_mismatch_text(arch, missing, unexpected, [
            f"{k} {shapes[k]} (expected {expected[k]})" for k in wrong
        ]))


def _numel(shape: tuple[int, ...]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


def _mismatch_text(arch: str, missing: list[str], unexpected: list[str], wrong: list[str]) -> str:
    def few(items: list[str]) -> str:
        more = f", ... ({len(items)} in all)" if len(items) > 4 else ""
        return ", ".join(items[:4]) + more

    parts = [f"The weights do not match the {arch} architecture:"]
    if missing:
        parts.append(f"missing keys: {few(missing)}")
    if unexpected:
        parts.append(f"unexpected keys: {few(unexpected)}")
    if wrong:
        parts.append(f"wrong sizes: {few(wrong)}")
    return " ".join(parts[:1]) + " " + "; ".join(parts[1:]) + "."


def _save_safetensors_atomic(state: dict[str, "torch.Tensor"], dest: Path, metadata: dict[str, str]) -> None:
    """Save tensors as safetensors via a temp file + os.replace (never a half file under ``dest``)."""
    from safetensors.torch import save_file

    dest.parent.mkdir(parents=True, exist_ok=True)
    # Suffix .safetensors so open_clip's loader would recognise the temp file too.
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.stem}.", suffix=".tmp.safetensors", dir=dest.parent)
    os.close(fd)
    try:
        save_file(state, tmp, metadata=metadata)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------- downloading


def hf_endpoint() -> str:
    """The hub base URL: ``$HF_ENDPOINT`` (a mirror, or a test server) or huggingface.co."""
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_HF_ENDPOINT).rstrip("/")


def hub_url(repo: str, filename: str) -> str:
    """The URL of ``filename`` in hub repository ``repo`` (main revision) at :func:`hf_endpoint`."""
    return f"{hf_endpoint()}/{repo}/resolve/main/{urllib.parse.quote(filename)}"


class _RecordingRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects like urllib's default and remembers the redirect responses' headers.

    The hub answers ``/resolve/`` for large files with a redirect to its CDN; the
    file's sha256 travels in that first response (``X-Linked-Etag``), which urllib
    would otherwise discard. (urllib keeps our ``Range`` header across redirects.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.seen_headers: list[Any] = []

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        self.seen_headers.append(headers)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _expected_sha256(header_sets: builtins.list[Any]) -> str | None:
    for headers in header_sets:
        for name in ("X-Linked-Etag", "ETag"):
            value = (headers.get(name) or "").strip()
            value = value.removeprefix("W/").strip('"').lower()
            if _SHA256_RE.match(value):
                return value
    return None


def _parse_content_range(value: str | None) -> tuple[int, int | None] | None:
    """``bytes 100-199/1000`` -> (100, 1000); ``bytes 100-199/*`` -> (100, None)."""
    m = re.match(r"^\s*bytes\s+(\d+)-\d+/(\d+|\*)\s*$", value or "")
    if not m:
        return None
    return int(m.group(1)), (None if m.group(2) == "*" else int(m.group(2)))


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _fetch(
    url: str,
    part: Path,
    progress: ProgressCallback | None,
    offline_error: Callable[[BaseException], PhotoclipError],
) -> str | None:
    """Download ``url`` into ``part``, resuming what is already there.

    The connection dropping mid-file is retried (resuming with a ``Range``
    request) up to :data:`DOWNLOAD_ATTEMPTS` times; the partial file is kept on
    failure so the next call resumes. Never renames ``part``: the caller does
    that after verifying it.

    Args:
        url: What to fetch.
        part: The partial file (created or appended to).
        progress: Called with (bytes_done, bytes_total_or_None), non-decreasing
            unless the server ignores ``Range`` and the download restarts.
        offline_error: Builds the error raised when the server cannot be reached.

    Returns:
        The file's sha256 if the server announced one, else None.

    Raises:
        ModelUnavailableError: (from ``offline_error``) no connection to the server.
        DownloadError: HTTP error status, or the transfer kept breaking off.
    """
    from photoclip import __version__

    last_problem = "no attempt made"
    for _attempt in range(DOWNLOAD_ATTEMPTS):
        offset = part.stat().st_size if part.exists() else 0
        headers = {"User-Agent": f"photoclip/{__version__}", "Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        redirects = _RecordingRedirectHandler()
        opener = urllib.request.build_opener(redirects)
        try:
            response = opener.open(urllib.request.Request(url, headers=headers), timeout=HTTP_TIMEOUT_S)
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 416 and offset:
                # The partial file is as long as (or longer than) the server's file:
                # it is stale or already complete; we cannot tell, so start over.
                part.unlink()
                last_problem = "the server refused to resume"
                continue
            raise DownloadError(
                f"Downloading {url} failed: HTTP {exc.code} {exc.reason}.",
                hint="Check the address (HF_ENDPOINT is "
                f"{hf_endpoint()}) or try again later.",
            ) from exc
        except ValueError as exc:  # "unknown url type": a malformed HF_ENDPOINT
            raise DownloadError(
                f"Cannot download {url}: {exc}.",
                hint="HF_ENDPOINT must be a URL such as https://huggingface.co.",
            ) from exc
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            # Refused, DNS failure, no route, TLS failure, connect timeout: offline.
            raise offline_error(exc) from exc

        with response:
            total: int | None
            length = response.headers.get("Content-Length")
            if response.status == 206:
                content_range = _parse_content_range(response.headers.get("Content-Range"))
                if not offset or content_range is None or content_range[0] != offset:
                    # Not the range we asked for: appending it would corrupt the file.
                    part.unlink(missing_ok=True)
                    last_problem = "the server answered with an unexpected byte range"
                    continue
                mode, done, total = "ab", offset, content_range[1]
            else:
                # A plain 200: a fresh start, or the server ignored Range.
                mode, done = "wb", 0
                total = int(length) if length and length.isdigit() else None
            if progress is not None:
                progress(done, total)
            broke: BaseException | None = None
            part.parent.mkdir(parents=True, exist_ok=True)  # only now: no empty folders when offline
            with open(part, mode) as fh:
                while True:
                    try:
                        chunk = response.read(_CHUNK)
                    except (OSError, http.client.HTTPException) as exc:
                        broke = exc  # the network failed; disk errors below propagate as they are
                        break
                    if not chunk:
                        break
                    fh.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
        if broke is not None or (total is not None and done < total):
            last_problem = f"the connection broke off after {done}" + (
                f" of {total} bytes" if total is not None else " bytes"
            ) + (f" ({broke})" if broke is not None else "")
            continue
        return _expected_sha256([*redirects.seen_headers, response.headers])
    raise DownloadError(
        f"Downloading {url} did not complete: {last_problem}.",
        hint="Run the same command again: the download resumes where it stopped.",
    )


# --------------------------------------------------------------------------- the registry


class ModelRegistry:
    """The models available to one library: the built-ins plus the user's imports.

    Args:
        models_dir: The library's model cache (``LibraryPaths.models_dir``). It is
            created when something is written to it.
    """

    def __init__(self, models_dir: Path) -> None:
        self.models_dir = Path(models_dir)

    # -- listing -----------------------------------------------------------------

    @staticmethod
    def builtin_specs() -> builtins.list[ModelSpec]:
        """The models defined by ``model_registry.json``, in file order."""
        return builtins.list(_builtin_registry()[0])

    def list(self) -> builtins.list[ModelSpec]:
        """All models: built-ins first (registry order), then imported ones by name.

        Raises:
            PhotoclipError: ``imported.json`` is damaged.
        """
        return self.builtin_specs() + self._imported()

    def get(self, name: str) -> ModelSpec:
        """The model called ``name``.

        Raises:
            PhotoclipError: No such model; the message lists the known names.
        """
        specs = self.list()
        for spec in specs:
            if spec.name == name:
                return spec
        raise PhotoclipError(
            f"Unknown model {name!r}.",
            hint=f"Known models: {', '.join(s.name for s in specs)}.",
        )

    def default(self) -> ModelSpec:
        """The model used when the user has not chosen one (never a test model)."""
        specs, default = _builtin_registry()
        return next(s for s in specs if s.name == default)

    # -- where files are ---------------------------------------------------------

    def model_dir(self, spec: ModelSpec) -> Path:
        """The folder holding ``spec``'s weights (and text-tower files)."""
        return self.models_dir / spec.name

    def _weights_file(self, spec: ModelSpec) -> Path:
        if spec.source == "imported" or spec.generated:
            return self.model_dir(spec) / f"{spec.name}.safetensors"
        if not spec.hf_filename:
            raise PhotoclipError(f"Model {spec.name!r} has no weights file name in the registry.")
        return self.model_dir(spec) / Path(spec.hf_filename).name

    def weights_path(self, spec: ModelSpec) -> Path | None:
        """The complete local weights file of ``spec``, or None if there is none yet.

        Partial downloads (``*.part``) are never returned.
        """
        path = self._weights_file(spec)
        return path if path.is_file() else None

    def text_tower_missing(self, spec: ModelSpec) -> builtins.list[str]:
        """Text-tower files (config/tokenizer) of ``spec`` not yet on disk."""
        folder = self.model_dir(spec) / TEXT_TOWER_DIR
        return [f for f in spec.text_tower_files if not (folder / f).is_file()]

    # -- getting weights ---------------------------------------------------------

    def ensure_weights(
        self,
        spec: ModelSpec,
        progress: ProgressCallback | None = None,
        *,
        allow_download: bool = True,
    ) -> Path:
        """Return the local weights file of ``spec``, generating or downloading it if needed.

        Args:
            spec: The model.
            progress: Download progress callback, see :data:`ProgressCallback`.
            allow_download: False to never touch the network (raises instead).

        Returns:
            Path of the complete weights file.

        Raises:
            ModelUnavailableError: Not on disk and offline, or ``allow_download`` is False,
                or an imported model's file has gone missing.
            DownloadError: The download failed or produced a corrupt file.
        """
        if spec.generated:
            path = self._weights_file(spec)
            if not path.is_file():
                self._generate_test_weights(spec, path)
            return path
        existing = self.weights_path(spec)
        if spec.source == "imported":
            if existing is None:
                raise ModelUnavailableError(
                    f"The weights of imported model {spec.name!r} are missing "
                    f"({self._weights_file(spec)}).",
                    hint=f"Import them again: photoclip models import FILE --arch {spec.arch} "
                    f"--name {spec.name}-2",
                )
            return existing
        if existing is not None and not self.text_tower_missing(spec):
            return existing
        if not allow_download:
            raise ModelUnavailableError(
                f"The weights of model {spec.name!r} are not downloaded yet.",
                hint=self._offline_hint(spec),
            )
        if existing is None:
            return self.download(spec, progress)
        self._download_text_tower(spec)
        return existing

    def download(self, spec: ModelSpec, progress: ProgressCallback | None = None) -> Path:
        """Download ``spec``'s weights from the hub into its model folder.

        Fetches ``{HF_ENDPOINT}/{hf_repo}/resolve/main/{hf_filename}`` into
        ``<file>.part``, resuming a previous partial download with an HTTP Range
        request, verifies it (sha256 if the server announces one; the tensors'
        names and sizes against the architecture) and only then renames it to its
        final name (replacing a file already there). Also fetches the text-tower
        files the model needs.

        Why urllib and not ``huggingface_hub.hf_hub_download``: the files must land
        in the library's own model folder with a ``.part`` file we control (so
        :meth:`weights_path` can never mistake a half file for a complete one),
        progress must reach our callback rather than a tqdm bar, and the whole
        HTTP exchange (Range, redirects, dropped connections) has to be testable
        against a tiny loopback server; hf_hub_download adds HEAD/metadata
        requests, its own cache layout and version-dependent transports that a
        fake server would have to imitate.

        Args:
            spec: A model with ``hf_repo`` and ``hf_filename``.
            progress: Called with (bytes_done, bytes_total_or_None).

        Returns:
            Path of the verified weights file.

        Raises:
            ModelUnavailableError: The hub cannot be reached (offline); the hint says how
                to import the weights by hand instead.
            DownloadError: HTTP error, interrupted transfer (run again to resume), or a
                corrupt file (deleted).
        """
        if not spec.hf_repo or not spec.hf_filename:
            raise PhotoclipError(f"Model {spec.name!r} cannot be downloaded: it has no hub location.")
        dest = self._weights_file(spec)
        part = dest.with_name(dest.name + ".part")
        url = hub_url(spec.hf_repo, spec.hf_filename)

        def offline(exc: BaseException) -> PhotoclipError:
            reason = getattr(exc, "reason", exc)
            return ModelUnavailableError(
                f"Cannot download model {spec.name!r}: {hf_endpoint()} is unreachable ({reason}).",
                hint=self._offline_hint(spec),
            )

        sha256 = _fetch(url, part, progress, offline)
        try:
            if sha256 is not None and _sha256_of(part) != sha256:
                raise PhotoclipError("its sha256 does not match the one the server announced")
            _check_against_arch(_shapes_of(part), spec.arch)
        except PhotoclipError as exc:
            # Corrupt: delete it, so the next attempt starts clean instead of resuming garbage.
            part.unlink(missing_ok=True)
            raise DownloadError(
                f"The downloaded weights for {spec.name!r} are corrupt and were deleted: {exc.message}",
                hint=f"Try again; if it keeps failing, check HF_ENDPOINT ({hf_endpoint()}) "
                "or import the file by hand (photoclip models import).",
            ) from exc
        os.replace(part, dest)
        self._download_text_tower(spec)
        return dest

    def _download_text_tower(self, spec: ModelSpec) -> None:
        """Fetch the config/tokenizer files of a Hugging Face text tower (multilingual model).

        open_clip would otherwise have transformers fetch them from the hub at *load*
        time (``AutoConfig/AutoTokenizer.from_pretrained('xlm-roberta-base')``),
        which fails offline. They are small, so they are fetched here, next to the
        weights, and :func:`load_open_clip` points open_clip at that folder.
        """
        if not spec.text_tower_repo:
            return
        folder = self.model_dir(spec) / TEXT_TOWER_DIR
        for name in self.text_tower_missing(spec):
            url = hub_url(spec.text_tower_repo, name)
            part = folder / (name + ".part")

            def offline(exc: BaseException, _url: str = url) -> PhotoclipError:
                return ModelUnavailableError(
                    f"Cannot download the text encoder files of {spec.name!r} ({_url}): "
                    f"{getattr(exc, 'reason', exc)}.",
                    hint=self._offline_hint(spec),
                )

            _fetch(url, part, None, offline)
            os.replace(part, folder / name)

    def _offline_hint(self, spec: ModelSpec) -> str:
        file_url = hub_url(spec.hf_repo, spec.hf_filename) if spec.hf_repo and spec.hf_filename else "the weights"
        local = f"{spec.name}-local"
        hint = (
            f"On a machine with internet access, download {file_url}, copy it here and run:\n"
            f"  photoclip models import FILE --arch {spec.arch} --name {local}\n"
            f"  photoclip models use {local}\n"
            "For an offline smoke run (meaningless results), use: photoclip models use test-tiny"
        )
        if spec.text_tower_repo:
            # load_open_clip looks for the text tower's files next to the weights;
            # without them transformers must find them in its own cache (HF_HOME).
            hint += (
                f"\nThis model's text encoder also needs {', '.join(spec.text_tower_files)} from "
                f"{hf_endpoint()}/{spec.text_tower_repo}: put them in "
                f"{self.models_dir / local / TEXT_TOWER_DIR} after the import."
            )
        return hint

    def _generate_test_weights(self, spec: ModelSpec, dest: Path) -> None:
        """Create the weights of a model made locally: shapes-world's from its compact
        packaged file, or seeded random ones for a test architecture (test-tiny).

        Bit-identical in every home on machines with the same torch/open_clip
        versions (CPU initialisation under a fixed seed is deterministic).

        The global RNG is forked so generating weights does not disturb the
        caller's random state.
        """
        import open_clip
        import torch

        register_model_configs()
        if spec.packaged_weights:
            from importlib import resources

            from safetensors.torch import load as load_safetensors

            from photoclip.core.world.train import expand_state

            packaged = resources.files("photoclip").joinpath("resources", "models", spec.packaged_weights)
            with _quiet_open_clip():
                state = expand_state(load_safetensors(packaged.read_bytes()))
            _save_safetensors_atomic(state, dest, {"photoclip": f"{spec.name}, expanded from {spec.packaged_weights}"})
            return
        with torch.random.fork_rng(devices=[]), _quiet_open_clip():
            torch.manual_seed(0)
            model = open_clip.create_model(spec.arch, device="cpu")
        # clone(): safetensors refuses tensors that share storage.
        state = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
        _save_safetensors_atomic(
            state, dest, {"photoclip": f"generated test weights for {spec.arch}, torch seed 0"}
        )

    # -- importing ---------------------------------------------------------------

    def _imported_file(self) -> Path:
        return self.models_dir / IMPORTED_FILE

    def _imported_records(self) -> builtins.list[dict[str, Any]]:
        path = self._imported_file()
        if not path.is_file():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            records = data["models"]
            if not isinstance(records, builtins.list):
                raise TypeError("'models' is not a list")
            return records
        except (ValueError, KeyError, TypeError) as exc:
            raise PhotoclipError(
                f"The list of imported models ({path}) is damaged: {exc}.",
                hint="Delete it and import the models again.",
            ) from exc

    def _imported(self) -> builtins.list[ModelSpec]:
        specs = [_spec_from_entry(r, "imported") for r in self._imported_records()]
        return sorted(specs, key=lambda s: s.name)

    def import_weights(self, file: Path, arch: str, name: str) -> ModelSpec:
        """Import an open_clip checkpoint the user downloaded by hand.

        Accepts ``.safetensors``, ``.bin``, ``.pt`` and ``.pth``. Pickled files are
        read with ``torch.load(weights_only=True)``, so pickled code is refused, never
        run. The weights are checked by building ``arch`` and loading them through
        open_clip's own ``load_checkpoint``; then saved as safetensors in the model
        cache (later loads never unpickle) and recorded in ``imported.json``.

        Args:
            file: The checkpoint.
            arch: Its open_clip architecture (``ViT-B-32``).
            name: The name to give the model; must not be a built-in or imported name.

        Returns:
            The new model's spec (``source == "imported"``).

        Raises:
            PhotoclipError: Bad name, unknown architecture, unreadable file, pickled
                code, or weights that do not fit the architecture.
        """
        import open_clip
        import torch

        file = Path(file).expanduser()
        if not _NAME_RE.match(name):
            raise PhotoclipError(
                f"Invalid model name {name!r}.",
                hint="Use letters, digits, '.', '_' and '-' (at most 64 characters).",
            )
        existing = {s.name: s for s in self.list()}
        if name in existing:
            kind = "a built-in model" if existing[name].source == "builtin" else "an imported model"
            raise PhotoclipError(
                f"The name {name!r} is already used by {kind}.",
                hint="Choose another name with --name.",
            )
        if not file.is_file():
            raise PhotoclipError(f"No such file: {file}")
        if file.suffix.lower() not in WEIGHT_SUFFIXES:
            raise PhotoclipError(
                f"Cannot import {file.name}: expected an open_clip checkpoint "
                f"({', '.join(WEIGHT_SUFFIXES)}).",
            )
        register_model_configs()
        if arch not in open_clip.list_models():
            raise _unknown_arch_error(arch)
        _require_transformers(arch, f"Importing a {arch} model")

        state = _read_checkpoint(file)
        bad = [k for k, v in state.items() if not isinstance(v, torch.Tensor)]
        if bad:
            raise PhotoclipError(f"{file.name} holds non-tensor entries ({', '.join(map(str, bad[:4]))}).")

        dest = self._weights_file(
            ModelSpec(name, arch, None, 0, 0, (), 0.0, "", None, None, source="imported")
        )
        # Write the cleaned state dict first and validate *that file* with
        # open_clip's load_checkpoint: the exact code path that loads it later.
        # A cheap first check with a precise message (missing keys, wrong sizes);
        # open_clip's loader below stays the final word.
        try:
            _check_against_arch({k: tuple(v.shape) for k, v in state.items()}, arch)
        except PhotoclipError as exc:
            raise PhotoclipError(
                exc.message, hint=f"Check --arch: is {file.name} really a {arch} checkpoint?"
            ) from exc
        state = {k: v.contiguous() for k, v in state.items()}
        tmp = dest.with_name(f".{dest.stem}.importing.safetensors")
        tmp.parent.mkdir(parents=True, exist_ok=True)
        try:
            _save_safetensors_atomic(dict(_dedupe(state)), tmp, {"photoclip": f"imported {arch} from {file.name}"})
            del state
            try:
                with _quiet_open_clip():
                    # pretrained_hf=False: a Hugging Face text tower must not fetch
                    # its own pretrained weights; ours replace them anyway. (The old
                    # name; open_clip 3 maps it to pretrained_text, 2.x knows only it.)
                    model = open_clip.create_model(arch, device="cpu", pretrained_hf=False)
            except Exception as exc:  # noqa: BLE001 - e.g. transformers cannot find its config offline
                raise PhotoclipError(f"Cannot build the {arch} architecture: {exc}") from exc
            try:
                incompatible = open_clip.load_checkpoint(model, str(tmp), strict=False)
            except Exception as exc:  # noqa: BLE001 - size mismatches raise even when not strict; open_clip's resizers assert
                lines = [ln.strip() for ln in str(exc).splitlines() if "size mismatch" in ln]
                raise PhotoclipError(
                    _mismatch_text(arch, [], [], lines or [f"{type(exc).__name__}: {str(exc)[:300]}"])
                ) from exc
            if incompatible.missing_keys or incompatible.unexpected_keys:
                raise PhotoclipError(
                    _mismatch_text(arch, builtins.list(incompatible.missing_keys),
                                   builtins.list(incompatible.unexpected_keys), [])
                    + f" Is {file.name} really a {arch} checkpoint?"
                )
            image_size = model.visual.image_size
            image_size = int(image_size[0] if isinstance(image_size, (tuple, builtins.list)) else image_size)
            embed_dim = int(open_clip.get_model_config(arch)["embed_dim"])
            del model
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                dest.parent.rmdir()  # only succeeds if the import failed and left it empty

        same_arch = next((s for s in self.builtin_specs() if s.arch == arch), None)
        record = {
            "name": name,
            "arch": arch,
            "pretrained": None,
            "embed_dim": embed_dim,
            "image_size": image_size,
            "languages": builtins.list(same_arch.languages) if same_arch else [],
            "download_mb": round(dest.stat().st_size / 1e6, 1),
            "description": f"Imported from {file.name} ({arch}).",
            "hf_repo": None,
            "hf_filename": None,
            "for_tests": False,
            "imported_from": str(file.resolve()),
        }
        records = [r for r in self._imported_records() if r.get("name") != name] + [record]
        atomic_write_text(self._imported_file(), json.dumps({"format": 1, "models": records}, indent=2) + "\n")
        return _spec_from_entry(record, "imported")


def _dedupe(state: dict[str, "torch.Tensor"]) -> Iterator[tuple[str, "torch.Tensor"]]:
    """Yield the tensors, cloning any that share storage with an earlier one (safetensors refuses shared storage)."""
    seen: set[int] = set()
    for key, tensor in state.items():
        ptr = tensor.untyped_storage().data_ptr()
        if tensor.numel() and ptr in seen:
            tensor = tensor.clone()
        elif tensor.numel():
            seen.add(ptr)
        yield key, tensor


# --------------------------------------------------------------------------- loading


def load_open_clip(
    spec: ModelSpec, weights: Path, device: str = "cpu"
) -> tuple["torch.nn.Module", Callable[[Any], "torch.Tensor"], Callable[..., "torch.Tensor"]]:
    """Load a model through open_clip's real loader from a local weights file.

    Args:
        spec: The model (its ``arch`` picks the open_clip architecture).
        weights: The local weights file (from :meth:`ModelRegistry.ensure_weights`).
        device: Torch device string (``"cpu"``, ``"cuda"``, ``"mps"``).

    Returns:
        ``(model, preprocess, tokenizer)``: the model in eval mode; the inference
        image transform (PIL image -> tensor); the tokenizer (texts -> token tensor).

    Raises:
        PhotoclipError: transformers is needed but missing (hint: pip install
            transformers), the file is missing, or open_clip cannot load it.
    """
    import open_clip

    register_model_configs()
    config = open_clip.get_model_config(spec.arch)
    if config is None:
        raise _unknown_arch_error(spec.arch)
    _require_transformers(spec.arch, f"The model {spec.name!r}")
    weights = Path(weights).resolve()
    if not weights.is_file():
        raise ModelUnavailableError(
            f"The weights of model {spec.name!r} are missing ({weights}).",
            hint="Run the command again to download them, or import them (photoclip models import).",
        )

    model_kwargs: dict[str, Any] = {}
    text_cfg = dict(config.get("text_cfg", {}))
    tower = weights.parent / TEXT_TOWER_DIR
    local_tower = "hf_model_name" in text_cfg and (tower / "config.json").is_file()
    if local_tower:
        # Point the Hugging Face text tower at the files fetched next to the weights,
        # so transformers reads them locally instead of asking the hub; its weights
        # come from our checkpoint (hf_model_pretrained=False).
        text_cfg.update(hf_model_name=str(tower), hf_tokenizer_name=str(tower), hf_model_pretrained=False)
        model_kwargs["text_cfg"] = text_cfg

    try:
        with _quiet_open_clip():
            model, _train_transform, preprocess = open_clip.create_model_and_transforms(
                spec.arch, pretrained=str(weights), device=device, **model_kwargs
            )
        if local_tower:
            from open_clip.tokenizer import DEFAULT_CONTEXT_LENGTH, HFTokenizer

            tokenizer_kwargs = dict(text_cfg.get("tokenizer_kwargs", {}))
            if text_cfg.get("tokenizer_mode"):  # only newer open_clip knows this argument
                tokenizer_kwargs["tokenizer_mode"] = text_cfg["tokenizer_mode"]
            tokenizer = HFTokenizer(
                str(tower),
                context_length=text_cfg.get("context_length", DEFAULT_CONTEXT_LENGTH),
                **tokenizer_kwargs,
            )
        else:
            tokenizer = open_clip.get_tokenizer(spec.arch)
    except Exception as exc:  # noqa: BLE001 - anything open_clip raises means "cannot load"
        raise PhotoclipError(
            f"Cannot load model {spec.name!r} ({spec.arch}) from {weights}: {exc}",
            hint="The file may be damaged or for another architecture: delete it and download "
            "or import it again.",
        ) from exc
    model.eval()
    return model, preprocess, tokenizer
