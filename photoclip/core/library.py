"""The facade every use case enters through: ``Library(paths, settings)``.

A library owns its catalog (the truth), the vector index of each model (a
cache), the model registry, and the embedders (loaded lazily). The CLI and the
GUI only talk to this class; they never reach into the catalog or the index.

Model identity: the *chosen* model is the one new photos are embedded with;
the *serving* model is the one searches answer from. They differ only while a
model switch is being embedded: the old model keeps answering until the new
one covers every photo, and then serving moves over. Nothing is wiped.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from photoclip.core.catalog import Catalog, FolderRecord, PhotoRecord
from photoclip.core.embedder import ClipEmbedder, Embedder
from photoclip.core.imaging import ImageDecodeError, load_for_model
from photoclip.core.indexer import IndexProgress, run_index
from photoclip.core.lock import LibraryLock
from photoclip.core.models import ModelRegistry, ModelSpec
from photoclip.core.scanner import normalise_root
from photoclip.core.search import SearchFilters, SearchHit, Searcher
from photoclip.core.tagsets import TagManager
from photoclip.core.thumbnails import ThumbnailStore
from photoclip.core.vectors import VectorIndex
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings

EmbedderFactory = Callable[[ModelSpec], Embedder]


@dataclass(frozen=True)
class IndexHealth:
    """The state of a model's saved vector index, read without loading it."""

    model: str
    state: str  # "ok", "stale", "missing"
    vectors_in_file: int
    synced_seq: int
    catalog_seq: int


@dataclass(frozen=True)
class LibraryStatus:
    """A summary of a library for ``photoclip status`` and the GUI."""

    home: str
    folders: tuple[FolderRecord, ...]
    photos: int
    errors: int
    deleted: int
    chosen_model: str
    serving_model: str
    embedded: int
    pending: int
    index: IndexHealth
    embeddings_by_model: dict[str, int]
    offline: int = 0  # photos in folders that are missing (an unplugged drive): hidden, kept


class Library:
    """One photo library.

    A writable library holds the library's write lock (see ``core/lock.py``)
    until it is closed: one process writes, any number read.

    Args:
        paths: Where its files live.
        settings: Behaviour settings (default: read from ``paths.settings_file``).
        read_only: Open the catalog without writing (and without the lock).
        embedder_factory: Builds the embedder for a model spec (tests pass
            their own; default: :class:`ClipEmbedder`).
        download_progress: Called with (bytes done, total) while weights download.

    Raises:
        LibraryLockedError: Another open library (in this process or another)
            holds the write lock; open it with ``read_only=True`` to search.
        PhotoclipError: The catalog cannot be opened.
    """

    def __init__(
        self,
        paths: LibraryPaths,
        settings: Settings | None = None,
        *,
        read_only: bool = False,
        embedder_factory: EmbedderFactory | None = None,
        download_progress: Callable[[int, int | None], None] | None = None,
    ) -> None:
        self.paths = paths
        self._closed = False
        self._write_lock: LibraryLock | None = None
        if not read_only:
            paths.ensure()
            # Before the catalog is opened: never migrate or write a catalog
            # another process is writing.
            self._write_lock = LibraryLock(paths.lock_file, paths.home)
            self._write_lock.acquire()
        elif not paths.catalog.exists():
            raise PhotoclipError(f"There is no library at {paths.home}.", hint="Add a folder first: `photoclip folders add DIR`.")
        try:
            self.settings = settings if settings is not None else Settings.load(paths.settings_file)
            self.catalog = Catalog(paths.catalog, read_only=read_only)
        except BaseException:
            if self._write_lock is not None:
                self._write_lock.release()
            raise
        self.registry = ModelRegistry(paths.models_dir)
        self._download_progress = download_progress
        self._embedder_factory = embedder_factory or self._default_embedder
        self._embedders: dict[str, Embedder] = {}
        self._vectors: dict[str, VectorIndex] = {}
        self._searchers: dict[str, Searcher] = {}
        self._lock = threading.RLock()
        self._tags: TagManager | None = None

    def close(self) -> None:
        """Save dirty indexes, close the catalog and release the write lock (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self.save_indexes()
                self.catalog.close()
            finally:
                if self._write_lock is not None:
                    self._write_lock.release()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- models
    def _default_embedder(self, spec: ModelSpec) -> Embedder:
        s = self.settings
        return ClipEmbedder(
            self.registry,
            spec,
            device=s.device,
            batch_size=s.batch_size or None,
            threads=s.threads or None,
            download_progress=self._download_progress,
        )

    def chosen_model(self) -> ModelSpec:
        """The model new photos are embedded with (the registry default until one is chosen)."""
        name = self.catalog.get_meta("model")
        if name:
            try:
                return self.registry.get(name)
            except PhotoclipError:
                pass  # an imported model that was removed: fall back to the default
        return self.registry.default()

    def serving_model(self) -> ModelSpec:
        """The model searches answer from: the last one that covered the library, else the chosen one."""
        name = self.catalog.get_meta("serving_model")
        chosen = self.chosen_model()
        if name and name != chosen.name and self.catalog.embedding_count(name) > 0:
            try:
                return self.registry.get(name)
            except PhotoclipError:
                pass
        return chosen

    def use_model(self, name: str) -> ModelSpec:
        """Choose the model for this library; the next ``index`` embeds every photo with it.

        Search keeps answering from the previous model until the new one is complete.

        Raises:
            PhotoclipError: Unknown model name.
        """
        spec = self.registry.get(name)
        self.catalog.set_meta("model", spec.name)
        return spec

    def embedder(self, spec: ModelSpec | None = None) -> Embedder:
        """The (lazily loading) embedder of a model, shared by indexing and search."""
        spec = spec or self.chosen_model()
        with self._lock:
            if spec.name not in self._embedders:
                self._embedders[spec.name] = self._embedder_factory(spec)
            return self._embedders[spec.name]

    def vectors(self, spec: ModelSpec | None = None) -> VectorIndex:
        """The vector index of a model, loaded (or caught up, or rebuilt) from the catalog on first use."""
        spec = spec or self.chosen_model()
        with self._lock:
            if spec.name not in self._vectors:
                index = VectorIndex(self.paths.index_dir, spec.name, spec.embed_dim)
                index.open(self.catalog, persist=not self.catalog.read_only)
                self._vectors[spec.name] = index
            return self._vectors[spec.name]

    def index_health(self, spec: ModelSpec | None = None) -> IndexHealth:
        """How the saved index of a model compares with the catalog, without loading it."""
        spec = spec or self.serving_model()
        index = VectorIndex(self.paths.index_dir, spec.name, spec.embed_dim)
        catalog_seq = self.catalog.current_seq()
        try:
            meta = json.loads(index.meta_path.read_text())
        except (OSError, ValueError):
            return IndexHealth(spec.name, "missing", 0, 0, catalog_seq)
        if not index.index_path.exists():
            return IndexHealth(spec.name, "missing", 0, 0, catalog_seq)
        synced = int(meta.get("seq", 0))
        state = "ok" if synced == catalog_seq else "stale"
        return IndexHealth(spec.name, state, int(meta.get("count", 0)), synced, catalog_seq)

    # ---------------------------------------------------------------- folders
    def add_folder(self, path: str | Path) -> str:
        """Add a folder to the library (photos are picked up by the next index).

        Returns:
            The folder's normalised absolute path.

        Raises:
            PhotoclipError: The folder does not exist or is not a folder.
        """
        root = normalise_root(path)
        if not Path(root).is_dir():
            raise PhotoclipError(f"{path} is not a folder.", hint="Give the path of an existing folder of photos.")
        for folder in self.catalog.folders():
            if root != folder.path and (root.startswith(folder.path.rstrip("/") + "/")):
                raise PhotoclipError(f"{root} is already inside the library folder {folder.path}.")
        self.catalog.add_folder(root)
        return root

    def remove_folder(self, path: str | Path) -> int:
        """Remove a folder from the library; its photos leave search. Returns how many."""
        root = normalise_root(path)
        known = {f.path for f in self.catalog.folders()}
        if root not in known and str(path) in known:
            root = str(path)
        removed = self.catalog.remove_folder(root)
        self.catch_up_indexes()
        return removed

    def folders(self) -> list[FolderRecord]:
        """The library folders with their photo counts."""
        return self.catalog.folders()

    # ------------------------------------------------------------------ index
    def catch_up_indexes(self) -> None:
        """Bring every loaded vector index in line with the catalog (after a scan or a folder removal)."""
        with self._lock:
            loaded = list(self._vectors.values())
        for vectors in loaded:
            vectors.catch_up(self.catalog)

    def save_indexes(self) -> None:
        """Save the loaded vector indexes that have unsaved changes (no-op when read-only)."""
        if self.catalog.read_only:
            return
        with self._lock:
            loaded = list(self._vectors.values())
        for vectors in loaded:
            if vectors.dirty:
                vectors.save()

    def pending(self, spec: ModelSpec | None = None) -> int:
        """How many searchable photos still lack an embedding for a model (default: the chosen one)."""
        spec = spec or self.chosen_model()
        active = self.catalog.count_by_status().get("active", 0)
        return max(0, active - self.catalog.embedding_count(spec.name))

    def serve_chosen_model_if_complete(self) -> bool:
        """Let searches move to the chosen model once it covers every photo. Returns whether it serves now."""
        chosen = self.chosen_model()
        if self.pending(chosen) == 0:
            if self.catalog.get_meta("serving_model") != chosen.name:
                self.catalog.set_meta("serving_model", chosen.name)
            return True
        return False

    def index(self, cancel: threading.Event | None = None) -> Iterator[IndexProgress]:
        """Scan the folders and embed what is new or changed with the chosen model.

        Yields progress events (see :func:`indexer.run_index`). When the chosen
        model covers every photo at the end, searches switch to it.
        """
        spec = self.chosen_model()
        embedder = self.embedder(spec)
        vectors = self.vectors(spec)
        for event in run_index(self.catalog, vectors, embedder, self.settings, cancel):
            if event.summary is not None and not event.summary.cancelled and event.summary.remaining == 0:
                self.catalog.set_meta("serving_model", spec.name)
            if event.phase == "done" and not self.catalog.read_only:
                # Tag sets file the new photos into albums (a matrix product over
                # their stored embeddings), and re-apply whole after a model switch.
                for _ in self.tags.label_new(cancel):
                    pass
            yield event

    @property
    def tags(self) -> TagManager:
        """Tag sets and their albums (``core/tagsets.py``), scored with the serving model."""
        with self._lock:
            if self._tags is None:
                self._tags = TagManager(
                    self.catalog,
                    lambda: self.serving_model().name,
                    lambda: self.embedder(self.serving_model()),
                    self.settings,
                )
            return self._tags

    # ----------------------------------------------------------------- search
    def searcher(self, spec: ModelSpec | None = None) -> Searcher:
        """The searcher of the serving model (or of ``spec``)."""
        spec = spec or self.serving_model()
        with self._lock:
            if spec.name not in self._searchers:
                embedder = self.embedder(spec)
                self._searchers[spec.name] = Searcher(
                    self.catalog, self.vectors(spec), spec.name, lambda text: embedder.encode_texts([text])[0]
                )
            return self._searchers[spec.name]

    def search(self, text: str, k: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Photos matching a description, best first.

        Raises:
            PhotoclipError: Empty query, or the model is not available.
        """
        if not text.strip():
            raise PhotoclipError("The search text is empty.", hint='Describe a photo, e.g. photoclip search "a dog on a beach".')
        return self.searcher().text(text, k, filters)

    def similar(self, photo: str | Path | int, k: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Photos most like a given one: a library photo (path or id) or any image file.

        Raises:
            PhotoclipError: The file is missing or cannot be decoded.
        """
        searcher = self.searcher()
        if isinstance(photo, int):
            try:
                return searcher.similar(photo, k, filters)
            except KeyError:
                raise PhotoclipError(f"Photo {photo} has not been indexed yet.", hint="Run `photoclip index`.") from None
        path = Path(photo).expanduser()
        record = self.catalog.photo_by_path(str(path.resolve())) or self.catalog.photo_by_path(str(path.absolute()))
        if record is not None and record.status == "active":
            try:
                return searcher.similar(record.id, k, filters)
            except KeyError:
                pass  # in the catalog but not embedded yet: encode it below
        if not path.is_file():
            raise PhotoclipError(f"{photo} is not a file.")
        embedder = self.embedder(self.serving_model())
        try:
            pixels, _info = load_for_model(
                path, embedder.preprocess_config, draft=self.settings.draft_decode, max_pixels=self.settings.max_pixels
            )
        except ImageDecodeError as exc:
            raise PhotoclipError(f"{photo} cannot be read: {exc.reason}.") from None
        _features, embedding = embedder.encode_images(pixels[None])
        hits = searcher.vector(embedding[0], k + 1, filters)
        own = str(path.resolve())
        return [h for h in hits if h.path != own][:k]

    def browse(self, filters: SearchFilters | None = None) -> list[PhotoRecord]:
        """Searchable photos matching the filters, newest first (the "All photos" view)."""
        f = filters or SearchFilters()
        return self.catalog.photos_matching(folder_prefix=f.folder, date_from=f.date_from, date_to=f.date_to)

    def photo(self, photo_id: int) -> PhotoRecord | None:
        """One photo's catalog record."""
        return self.catalog.photos_by_ids([photo_id]).get(photo_id)

    @property
    def thumbnails(self) -> ThumbnailStore:
        """The thumbnail cache of this library."""
        return ThumbnailStore(self.paths.thumbnails_dir)

    # ----------------------------------------------------------------- status
    def status(self) -> LibraryStatus:
        """Counts, models and index health (does not load any model)."""
        counts = self.catalog.count_by_status()
        chosen = self.chosen_model()
        serving = self.serving_model()
        embedded = self.catalog.embedding_count(chosen.name)
        active = counts.get("active", 0)
        return LibraryStatus(
            home=str(self.paths.home),
            folders=tuple(self.catalog.folders()),
            photos=active,
            errors=counts.get("error", 0),
            deleted=counts.get("deleted", 0),
            offline=counts.get("offline", 0),
            chosen_model=chosen.name,
            serving_model=serving.name,
            embedded=embedded,
            pending=max(0, active - embedded),
            index=self.index_health(serving),
            embeddings_by_model=self.catalog.models_with_embeddings(),
        )

    def errors(self) -> list[tuple[str, str]]:
        """Files that could not be read, with their reasons."""
        return [(r.path, r.error or "unknown error") for r in self.catalog.errors()]

    # ------------------------------------------------------------ model files
    def download_model(self, name: str, progress: Callable[[int, int | None], None] | None = None) -> Path:
        """Download a model's weights into the cache (no-op when cached)."""
        spec = self.registry.get(name)
        return self.registry.ensure_weights(spec, progress)

    def import_model(self, file: str | Path, arch: str, name: str) -> ModelSpec:
        """Import a weights file (safely, without running pickled code) as a named model."""
        return self.registry.import_weights(Path(file).expanduser(), arch, name)

    def models(self) -> list[ModelSpec]:
        """Every model this library can use."""
        return self.registry.list()
