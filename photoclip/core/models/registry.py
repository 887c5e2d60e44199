"""Where each model's weights are, and how they get there: :class:`ModelRegistry`.

Where weights live:

* **Downloaded built-ins**: the user's shared Hugging Face cache
  (``$HF_HUB_CACHE``, by default ``~/.cache/huggingface/hub``), at the commit
  the registry pins, in huggingface_hub's own layout; a copy open_clip or any
  other tool put there is found and used with no network, and every library
  on the machine shares it.
* **The library's model folder** (:attr:`LibraryPaths.models_dir`), one
  sub-folder per model::

      models/
          imported.json                        # models imported under their own names
          verified.json                        # digests checked, so big files are hashed once
          my-model/my-model.safetensors        # an imported model
          my-model/text-tower/                 # its Hugging Face text tower (config, tokenizer)
          vit-b-32/open_clip_model.safetensors # a built-in imported from an archive, or
                                               # downloaded by photoclip before 0.x used the HF cache
          test-tiny/test-tiny.safetensors      # generated locally, never downloaded

Every file is checked before it is used: against the sha256 the registry pins,
or, for an entry whose digest is not known (``sha256: null``), against the
digest recorded the first time a file for that name was verified here. A file
that does not match is refused, so a library never mixes embeddings of two
different weights under one model name. Checks are recorded by (device,
inode, size, mtime), so a 600 MB file is hashed once, not on every start.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import importlib.util
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from photoclip.core.models import checkpoints, download
from photoclip.core.models.download import Announced, hf_cache_dir, hf_endpoint, hf_offline
from photoclip.core.models.files import sha256_file
from photoclip.core.models.loader import check_arch, hf_text_model, quiet_open_clip, register_model_configs, require_packages
from photoclip.core.models.progress import ModelProgressCallback
from photoclip.core.models.spec import ModelSpec, builtin_registry, spec_entry, spec_from_entry
from photoclip.errors import DownloadError, ModelUnavailableError, PhotoclipError
from photoclip.paths import atomic_write_text

#: Models imported under their own names, inside ``models_dir``.
IMPORTED_FILE = "imported.json"
#: Digests of verified files, inside ``models_dir``.
VERIFIED_FILE = "verified.json"
#: Sub-folder (next to the weights) holding a Hugging Face text tower's config and tokenizer.
TEXT_TOWER_DIR = "text-tower"

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_TOWER_PACKAGES = ("transformers", "tokenizers")


class ModelRegistry:
    """The models available to one library: the built-ins plus the user's imports.

    Args:
        models_dir: The library's model folder (``LibraryPaths.models_dir``). It is
            created when something is written to it.
    """

    def __init__(self, models_dir: Path) -> None:
        self.models_dir = Path(models_dir)

    # -- listing -----------------------------------------------------------------

    @staticmethod
    def builtin_specs() -> builtins.list[ModelSpec]:
        """The models of the registry data in use, in file order."""
        return builtins.list(builtin_registry()[0])

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
        specs, default = builtin_registry()
        return next(s for s in specs if s.name == default)

    # -- where files are ---------------------------------------------------------

    def model_dir(self, spec: ModelSpec) -> Path:
        """The model's folder in the library (imported, generated, or a built-in imported from an archive)."""
        return self.models_dir / spec.name

    def _local_weights(self, spec: ModelSpec) -> Path:
        if spec.source == "imported" or spec.generated:
            return self.model_dir(spec) / (spec.weights_file or f"{spec.name}.safetensors")
        if not spec.hf_filename:
            raise PhotoclipError(f"Model {spec.name!r} has no weights file name in the registry.")
        return self.model_dir(spec) / Path(spec.hf_filename).name

    def weights_path(self, spec: ModelSpec) -> Path | None:
        """Where ``spec``'s complete weights are on this machine, or None; no network, no hashing.

        A built-in is looked for in the Hugging Face cache at its pinned commit,
        then in the library's model folder. Partial downloads are never returned.
        """
        if spec.source == "builtin" and spec.hf_repo and spec.hf_filename:
            cached = download.cached_file(spec.hf_repo, spec.hf_filename, spec.revision)
            if cached is not None:
                return cached
        local = self._local_weights(spec)
        return local if local.is_file() else None

    def text_tower_dir(self, spec: ModelSpec) -> Path | None:
        """The folder with all of ``spec``'s text-tower files (the Hugging Face cache's snapshot, or the
        model's own ``text-tower/``), or None when the model has none or they are not all here."""
        if not spec.needs_text_tower:
            return None
        if spec.source == "builtin" and spec.text_tower_repo:
            found = [download.cached_file(spec.text_tower_repo, f, spec.text_tower_revision)
                     for f in spec.text_tower_files]
            folders = {p.parent for p in found if p is not None}
            if None not in found and len(folders) == 1:
                return folders.pop()
        local = self.model_dir(spec) / TEXT_TOWER_DIR
        return local if all((local / f).is_file() for f in spec.text_tower_files) else None

    def is_ready_offline(self, spec: ModelSpec) -> bool:
        """True if ``spec`` can be used now with no network at all (nothing is hashed: it stays quick)."""
        if spec.needs_text_tower and any(importlib.util.find_spec(p) is None for p in _TOWER_PACKAGES):
            return False
        if spec.generated:
            return True
        return self.weights_path(spec) is not None and (
            not spec.needs_text_tower or self.text_tower_dir(spec) is not None
        )

    def check_requirements(self, spec: ModelSpec) -> None:
        """Raise before any download if ``spec`` cannot work here (unknown architecture, missing package).

        Raises:
            PhotoclipError: open_clip does not know the architecture, or a package it
                needs (transformers for a Hugging Face text tower) is not installed.
        """
        check_arch(spec.arch)
        require_packages(spec.arch, spec.name)

    # -- getting weights ---------------------------------------------------------

    def ensure_weights(
        self,
        spec: ModelSpec,
        progress: ModelProgressCallback | None = None,
        *,
        allow_download: bool = True,
    ) -> Path:
        """Return the verified local weights file of ``spec``, generating or downloading it if needed.

        Found files (Hugging Face cache at the pinned commit, the library's model
        folder) are verified (phase ``verify``, once per file); missing ones are
        downloaded into the Hugging Face cache with its text-tower files.

        Args:
            spec: The model.
            progress: Called as the download and the verification advance.
            allow_download: False to never touch the network (raises instead). The
                network is never touched either when ``HF_HUB_OFFLINE`` is set.

        Returns:
            Path of the complete weights file.

        Raises:
            ModelUnavailableError: Not on this machine and downloads are not allowed, or
                the hub cannot be reached.
            DownloadError: The download failed, broke off (run again to resume), or
                delivered a corrupt file (refused).
            DiskFullError: No room for the download.
            PhotoclipError: A file on disk is not the one pinned for the model, or the
                model needs a package that is missing.
        """
        if spec.generated:
            made = self._local_weights(spec)
            if not made.is_file():
                self._generate_test_weights(spec, made)
            return made
        path = self.weights_path(spec)
        tower_ok = not spec.needs_text_tower or self.text_tower_dir(spec) is not None
        if path is not None and tower_ok:
            self._verify(spec, path, progress)
            return path
        if spec.source == "imported":
            raise ModelUnavailableError(
                f"The files of imported model {spec.name!r} are missing from {self.model_dir(spec)}.",
                hint="Import the model again.",
                model=spec.name,
            )
        if hf_offline():
            raise ModelUnavailableError(
                f"The model {spec.name!r} is not on this machine yet, and downloads are off (HF_HUB_OFFLINE is set).",
                hint=self._offline_hint(),
                model=spec.name,
            )
        if not allow_download:
            raise ModelUnavailableError(
                f"The model {spec.name!r} is not on this machine yet.",
                hint=self._offline_hint(),
                model=spec.name,
            )
        self.check_requirements(spec)
        if not tower_ok:
            self._fetch_text_tower(spec, progress)
        if path is None:
            assert spec.hf_repo and spec.hf_filename
            path = download.fetch(
                spec.hf_repo, spec.hf_filename, spec.revision,
                verify=lambda partial, announced: self._verify_download(spec, partial, announced, progress),
                progress=progress,
                unreachable=lambda exc: self._unreachable(spec, exc),
            )
            self._verify(spec, path, progress)  # records the blob (stat only: it was just hashed)
        else:
            self._verify(spec, path, progress)
        return path

    def _fetch_text_tower(self, spec: ModelSpec, progress: ModelProgressCallback | None) -> None:
        """Download the text tower's config and tokenizer (small) at their pinned commit into the HF cache."""
        if not spec.text_tower_repo:
            raise ModelUnavailableError(
                f"The text encoder files of model {spec.name!r} are missing.",
                hint="Import the model again.", model=spec.name,
            )
        for name in spec.text_tower_files:
            if download.cached_file(spec.text_tower_repo, name, spec.text_tower_revision) is None:

                def verify(partial: Path, announced: Announced, name: str = name) -> None:
                    _check_announced(spec, name, partial, announced)

                download.fetch(
                    spec.text_tower_repo, name, spec.text_tower_revision,
                    verify=verify, progress=progress, unreachable=lambda exc: self._unreachable(spec, exc),
                )

    def _unreachable(self, spec: ModelSpec, exc: BaseException) -> ModelUnavailableError:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return ModelUnavailableError(
            f"Cannot download model {spec.name!r}: {hf_endpoint()} is unreachable ({reason}).",
            hint=self._offline_hint(),
            model=spec.name,
        )

    @staticmethod
    def _offline_hint() -> str:
        return (
            "To set it up without a network, export it to a file on a machine that has it and import "
            f"that file here, or copy a Hugging Face cache that holds it to {hf_cache_dir()}."
        )

    # -- verification ------------------------------------------------------------

    def _verify_download(
        self, spec: ModelSpec, partial: Path, announced: Announced, progress: ModelProgressCallback | None
    ) -> None:
        """Check a complete download before it becomes the cache's blob; delete it when it is corrupt."""
        name = spec.hf_filename or partial.name
        try:
            self._verify(spec, partial, progress, announced=announced, filename=name)
            tower = self.text_tower_dir(spec)
            safetensors = name.lower().endswith(".safetensors")
            checkpoints.check_against_arch(checkpoints.shapes_of(partial, safetensors=safetensors), spec.arch, tower)
        except PhotoclipError as exc:
            partial.unlink(missing_ok=True)  # corrupt: the next attempt starts clean
            raise DownloadError(
                f"The downloaded file {name} of model {spec.name!r} is corrupt and was deleted: {exc.message}",
                hint=f"Try again; if it keeps failing, the server (HF_ENDPOINT: {hf_endpoint()}) "
                "serves another file than the one pinned.",
            ) from exc

    def _verify(
        self,
        spec: ModelSpec,
        path: Path,
        progress: ModelProgressCallback | None,
        *,
        announced: Announced | None = None,
        filename: str | None = None,
    ) -> None:
        """Refuse ``path`` unless its sha256 is the pinned (or first recorded) one for ``spec``.

        Raises:
            PhotoclipError: The digest differs (the file is left where it is).
        """
        if spec.generated:
            return
        records = self._verified()
        record = records.get(spec.name, {})
        expected = spec.sha256 or record.get("sha256")
        key, stamp = _identity(path)
        if expected and record.get("sha256") == expected and record.get("files", {}).get(key) == stamp:
            return
        digest = sha256_file(path, progress, filename=filename or path.name)
        if spec.sha256 and digest != spec.sha256:
            raise PhotoclipError(
                f"The weights file {filename or path.name} of model {spec.name!r} is not the one pinned "
                f"for it (its sha256 is {digest}, not {spec.sha256}).",
                hint=f"photoclip does not use it ({path}): delete it and download the model again.",
            )
        if expected and digest != expected:
            raise PhotoclipError(
                f"The weights file {filename or path.name} of model {spec.name!r} is not the one this "
                f"library verified first for it (its sha256 is {digest}, not {expected}); embeddings "
                "made with other weights would not mix.",
                hint=f"photoclip does not use it ({path}): delete it, or import it as a model of another name.",
            )
        if not expected and announced is not None and announced.sha256 and digest != announced.sha256:
            raise PhotoclipError(f"its sha256 is {digest}, not {announced.sha256} as the server announced")
        files = dict(record.get("files", {})) if record.get("sha256") == digest else {}
        files[key] = stamp
        records[spec.name] = {"sha256": digest, "files": files}
        self._write_verified(records)

    def _verified(self) -> dict[str, Any]:
        path = self.models_dir / VERIFIED_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            models = data["models"]
            return dict(models) if isinstance(models, dict) else {}
        except (OSError, ValueError, KeyError, TypeError):
            return {}  # no record (or a damaged one): files are hashed again

    def _write_verified(self, records: dict[str, Any]) -> None:
        atomic_write_text(self.models_dir / VERIFIED_FILE, json.dumps({"format": 1, "models": records}, indent=2) + "\n")

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

            packaged = resources.files("photoclip").joinpath("resources").joinpath("models").joinpath(spec.packaged_weights)
            with quiet_open_clip():
                state = expand_state(load_safetensors(packaged.read_bytes()))
            checkpoints.save_safetensors_atomic(state, dest, {"photoclip": f"{spec.name}, expanded from {spec.packaged_weights}"})
            return
        with torch.random.fork_rng(devices=[]), quiet_open_clip():
            torch.manual_seed(0)
            model = open_clip.create_model(spec.arch, device="cpu")
        # clone(): safetensors refuses tensors that share storage.
        state = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
        checkpoints.save_safetensors_atomic(
            state, dest, {"photoclip": f"generated test weights for {spec.arch}, torch seed 0"}
        )

    # -- imported models -----------------------------------------------------------

    def _imported_records(self) -> builtins.list[dict[str, Any]]:
        path = self.models_dir / IMPORTED_FILE
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
        specs = [spec_from_entry(r, "imported") for r in self._imported_records()]
        return sorted(specs, key=lambda s: s.name)

    def _check_new_name(self, name: str) -> None:
        if not _NAME_RE.match(name):
            raise PhotoclipError(
                f"Invalid model name {name!r}.",
                hint="Use letters, digits, '.', '_' and '-' (at most 64 characters).",
            )
        existing = {s.name: s for s in self.list()}
        if name in existing:
            kind = "a built-in model" if existing[name].source == "builtin" else "an imported model"
            raise PhotoclipError(f"The name {name!r} is already used by {kind}.", hint="Choose another name.")

    @contextlib.contextmanager
    def _staging(self) -> Any:
        """A fresh folder inside ``models_dir`` (same disk, so the result moves in with a rename); removed after."""
        self.models_dir.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=".importing-", dir=self.models_dir))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _install(self, staging: Path, target: Path) -> None:
        """Put the staged folder in place of ``target`` (a rename; an old folder is removed after)."""
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.replaced")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def import_weights(
        self,
        file: Path,
        arch: str | None = None,
        name: str | None = None,
        progress: ModelProgressCallback | None = None,
    ) -> ModelSpec:
        """Import a photoclip model archive, or a plain open_clip checkpoint, with no network at all.

        An archive (made by :meth:`export_model`) carries the model's spec and
        the sha256 of each file, all checked while it is unpacked. An archive of
        a built-in model makes that model ready here (when its weights are the
        ones pinned for it); any other becomes an imported model.

        A plain checkpoint (``.safetensors``, ``.bin``, ``.pt``, ``.pth``) needs
        its architecture; it is read without running pickled code, checked by
        loading it into the architecture with open_clip's own loader, and saved
        as safetensors. A Hugging Face text tower's files come from the built-in
        model of the same architecture when they are on this machine.

        Args:
            file: The archive or checkpoint.
            arch: The checkpoint's open_clip architecture (``ViT-B-32``); not needed for an archive.
            name: The name to give the model (default: the archive's, or ``<arch>-local``).
            progress: Phase ``import`` as the file is unpacked or converted.

        Returns:
            The model's spec.

        Raises:
            PhotoclipError: Bad name, unknown architecture, unreadable or foreign file,
                pickled code, weights that do not fit, or a damaged archive. A failed
                import leaves nothing behind.
            DiskFullError: No room for the model.
        """
        file = Path(file).expanduser()
        if not file.is_file():
            raise PhotoclipError(f"No such file: {file}")
        if checkpoints.is_archive(file):
            return self._import_archive(file, name, progress)
        if arch is None:
            raise PhotoclipError(
                f"{file.name} is a plain weights file, so photoclip needs to be told its open_clip "
                "architecture (such as ViT-B-32).",
                hint="Give the architecture, or import a model archive instead (exported by photoclip): it carries it.",
            )
        if file.suffix.lower() not in checkpoints.WEIGHT_SUFFIXES:
            raise PhotoclipError(
                f"Cannot import {file.name}: expected an open_clip checkpoint "
                f"({', '.join(checkpoints.WEIGHT_SUFFIXES)}) or a photoclip model archive.",
            )
        name = name or f"{arch.lower()}-local"
        self._check_new_name(name)
        check_arch(arch)
        require_packages(arch, name)
        tower_src = self._tower_for_arch(arch, progress) if hf_text_model(arch) else None
        with self._staging() as staging:
            tower = None
            if tower_src is not None:
                tower = staging / TEXT_TOWER_DIR
                tower.mkdir()
                for f, src in tower_src.items():
                    shutil.copyfile(src, tower / f)
            weights = staging / f"{name}.safetensors"
            converted = checkpoints.convert_checkpoint(file, arch, weights, text_tower=tower, progress=progress)
            digest = sha256_file(weights, progress)
            record = {
                "name": name,
                "arch": arch,
                "pretrained": None,
                "embed_dim": converted.embed_dim,
                "image_size": converted.image_size,
                "languages": self._languages_of(arch),
                "download_mb": round(weights.stat().st_size / 1e6, 1),
                "description": f"Imported from {file.name} ({arch}).",
                "hf_repo": None,
                "hf_filename": None,
                "for_tests": False,
                "sha256": digest,
                "weights_file": weights.name,
                "text_tower_files": sorted(tower_src) if tower_src else [],
                "imported_from": str(file.resolve()),
            }
            target = self.models_dir / name
            self._install(staging, target)
        return self._record_import(record, target / weights.name)

    def _languages_of(self, arch: str) -> builtins.list[str]:
        same_arch = next((s for s in self.builtin_specs() if s.arch == arch), None)
        return builtins.list(same_arch.languages) if same_arch else []

    def _tower_for_arch(self, arch: str, progress: ModelProgressCallback | None) -> dict[str, Path]:
        """The text-tower files of the built-in with architecture ``arch`` (downloaded if allowed and missing)."""
        builtin = next((s for s in self.builtin_specs() if s.arch == arch and s.needs_text_tower), None)
        if builtin is None:
            raise PhotoclipError(
                f"The {arch} architecture needs a text encoder's files (config and tokenizer), "
                "and photoclip does not know where they come from.",
                hint="Import a model archive instead (exported by photoclip): it carries them.",
            )
        folder = self.text_tower_dir(builtin)
        if folder is None and not hf_offline():
            with contextlib.suppress(ModelUnavailableError):
                self._fetch_text_tower(builtin, progress)
            folder = self.text_tower_dir(builtin)
        if folder is None:
            raise PhotoclipError(
                f"The {arch} architecture also needs its text encoder's files (config and tokenizer), "
                "and they are not on this machine.",
                hint="Import a model archive instead (exported by photoclip on a machine that has the model): it carries them.",
            )
        return {f: folder / f for f in builtin.text_tower_files}

    def _import_archive(self, file: Path, name: str | None, progress: ModelProgressCallback | None) -> ModelSpec:
        manifest = checkpoints.read_manifest(file)
        try:
            carried = spec_from_entry(manifest.entry, "imported")
        except (KeyError, ValueError, TypeError) as exc:
            raise PhotoclipError(f"The model archive {file.name} is damaged ({exc}).",
                                 hint="Export the model again and copy the archive once more.") from exc
        name = name or carried.name
        check_arch(carried.arch)
        require_packages(carried.arch, name)
        builtin = next((s for s in self.builtin_specs() if s.name == name), None)
        weights_sha = manifest.weights.sha256
        if builtin is not None:
            want = builtin.sha256 or self._verified().get(name, {}).get("sha256")
            if builtin.arch != carried.arch or (want and weights_sha != want):
                raise PhotoclipError(
                    f"The archive {file.name} holds other weights than the built-in model {name!r} "
                    f"(architecture {carried.arch}, sha256 {weights_sha}).",
                    hint="Import it under another name.",
                )
            target_spec = builtin
        else:
            self._check_new_name(name)
            suffix = Path(manifest.weights.path).suffix
            target_spec = dataclasses.replace(carried, name=name, weights_file=f"{name}{suffix}")
        if target_spec.needs_text_tower and {f.path.split("/", 1)[1] for f in manifest.text_tower} != set(target_spec.text_tower_files):
            raise PhotoclipError(f"The model archive {file.name} lacks the text encoder files of {name!r}.",
                                 hint="Export the model again and copy the archive once more.")
        with self._staging() as staging:
            unpacked = checkpoints.extract_archive(file, manifest, staging / "unpacked", progress)
            folder = staging / "model"
            folder.mkdir()
            weights = folder / self._local_weights(target_spec).name
            os.replace(unpacked[manifest.weights.path], weights)
            tower = None
            if manifest.text_tower:
                tower = folder / TEXT_TOWER_DIR
                tower.mkdir()
                for f in manifest.text_tower:
                    os.replace(unpacked[f.path], tower / f.path.split("/", 1)[1])
            shapes = checkpoints.shapes_of(weights, safetensors=weights.suffix == ".safetensors")
            try:
                checkpoints.check_against_arch(shapes, carried.arch, tower)
            except PhotoclipError as exc:
                raise PhotoclipError(f"The model archive {file.name} is damaged: {exc.message}",
                                     hint="Export the model again and copy the archive once more.") from exc
            target = self.model_dir(target_spec)
            self._install(folder, target)
        final = target / weights.name
        if builtin is not None:
            self._record_digest(builtin.name, weights_sha, final)
            return builtin
        record = spec_entry(target_spec)
        record.update(sha256=weights_sha, imported_from=str(file.resolve()))
        return self._record_import(record, final)

    def _record_digest(self, name: str, digest: str, path: Path) -> None:
        records = self._verified()
        key, stamp = _identity(path)
        old = records.get(name, {})
        files = dict(old.get("files", {})) if old.get("sha256") == digest else {}
        files[key] = stamp
        records[name] = {"sha256": digest, "files": files}
        self._write_verified(records)

    def _record_import(self, record: dict[str, Any], weights: Path) -> ModelSpec:
        records = [r for r in self._imported_records() if r.get("name") != record["name"]] + [record]
        atomic_write_text(self.models_dir / IMPORTED_FILE, json.dumps({"format": 1, "models": records}, indent=2) + "\n")
        self._record_digest(record["name"], record["sha256"], weights)
        return spec_from_entry(record, "imported")

    # -- exporting -----------------------------------------------------------------

    def export_model(self, spec: ModelSpec, dest: Path, progress: ModelProgressCallback | None = None) -> Path:
        """Write one archive with everything ``spec`` needs on a machine without network.

        The weights are verified first; the archive holds them, a Hugging Face
        text tower's config and tokenizer, and a manifest with the model's spec
        and every file's sha256 (see :mod:`photoclip.core.models.checkpoints`).

        Args:
            spec: The model; it must be on this machine (nothing is downloaded).
            dest: The archive to write.
            progress: Phases ``verify`` (when the weights were not checked yet) and ``export``.

        Returns:
            The archive's path.

        Raises:
            ModelUnavailableError: The model is not on this machine.
            DiskFullError: No room for the archive (nothing is left behind).
        """
        weights = self.ensure_weights(spec, progress, allow_download=False)
        tower = self.text_tower_dir(spec)
        files = {f: tower / f for f in spec.text_tower_files} if tower is not None else {}
        return checkpoints.write_archive(Path(dest).expanduser(), spec_entry(spec), weights, files, progress)


def _identity(path: Path) -> tuple[str, builtins.list[int]]:
    """A key for "this very file, unchanged": (device:inode, [size, mtime]). A rename keeps it."""
    st = path.stat()
    return f"{st.st_dev}:{st.st_ino}", [st.st_size, st.st_mtime_ns]


def _check_announced(spec: ModelSpec, filename: str, partial: Path, announced: Announced) -> None:
    """Check a small downloaded file against the hub's own id for it (git blob id, or LFS sha256)."""
    import hashlib

    data = partial.read_bytes()
    if announced.sha256:
        ok = hashlib.sha256(data).hexdigest() == announced.sha256
    elif announced.git_id:
        ok = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest() == announced.git_id
    else:
        ok = True
    if not ok:
        partial.unlink(missing_ok=True)
        raise DownloadError(
            f"The downloaded file {filename} of model {spec.name!r} is corrupt and was deleted: "
            "it does not match the checksum the server announced.",
            hint=f"Try again; if it keeps failing, check HF_ENDPOINT ({hf_endpoint()}).",
        )
