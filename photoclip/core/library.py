"""The facade every use case enters through: ``Library(paths, settings)``.

A library owns its catalog (the truth), the vector index of each model (a
cache), the model registry, and the embedders (loaded lazily). The CLI and the
GUI only talk to this class; they never reach into the catalog or the index.

Model identity: the *chosen* model is the one new photos are embedded with;
the *serving* model is the one searches answer from. They differ only while a
model switch is being embedded: the old model keeps answering until the new
one covers every photo, and then serving moves over. Nothing is wiped.

Personalisation (``core/personalize/``) gives the serving model a *profile*:
trained projection heads, served under the identity ``<model>+<profile>``
(:meth:`Library.serving_identity`) with its own embedding rows, index file and
query cache. Applying one re-projects the stored features (no photo is
encoded again); reverting goes back to the untouched original vectors.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from photoclip.core.albums.store import AlbumStore
from photoclip.core.captions import CaptionCounts, CaptionImport, add_captions, caption_pairs, captions_for, clean_captions, import_captions, set_captions
from photoclip.core.copying import CopyProgress, CopyResult, copy_files
from photoclip.core.duplicates import Duplicates
from photoclip.core.duplicates.finding import NearSource
from photoclip.core.explore import ExploreMap
from photoclip.core.folder_tree import FolderNode, build_folder_tree, photo_counts_by_directory
from photoclip.core.imaging import ImageDecodeError, read_photo_metadata
from photoclip.core.indexing.jobs import run_jobs, startup_jobs
from photoclip.core.indexing.records import IndexProgress
from photoclip.core.indexing.scanner import normalise_root
from photoclip.core.metadata import PhotoMetadata
from photoclip.core.models import ModelProgressCallback, ModelRegistry, ModelSpec
from photoclip.core.models.embedder import ClipEmbedder, Embedder
from photoclip.core.personalize.profiles import PersonalizedEmbedder, ProfileStore, identity
from photoclip.core.personalize.records import PersonalizationRefused, PersonalizeProgress, ProfileInfo, TrainingConfig, TrainingResult
from photoclip.core.personalize.training import train
from photoclip.core.query import Query, QueryTerm, parse_query
from photoclip.core.search import PhotoVector, Searcher, SearchFilters, SearchHit, SearchResult, photo_vector
from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.lock import LibraryLock
from photoclip.core.storage.records import FolderRecord, PhotoRecord
from photoclip.core.storage.vectors import VectorIndex
from photoclip.core.tagsets.manager import TagManager
from photoclip.core.thumbnails import ThumbnailStore
from photoclip.core.vocabulary import Words
from photoclip.core.warmup import WarmUp
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
    profile: str | None = None  # the serving model's active personalisation profile


class Library:
    """One photo library.

    A writable library holds the library's write lock (see ``core/storage/lock.py``)
    until it is closed: one process writes, any number read.

    Args:
        paths: Where its files live.
        settings: Behaviour settings (default: read from ``paths.settings_file``).
        read_only: Open the catalog without writing (and without the lock).
        embedder_factory: Builds the embedder for a model spec (tests pass
            their own; default: :class:`ClipEmbedder`).
        download_progress: Follows the download and verification of a model's weights.
        allow_download: False: loading a model never downloads it (it raises
            ModelUnavailableError instead). The desktop app downloads in its own
            dialog, with progress and Cancel, never silently inside a job.

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
        download_progress: ModelProgressCallback | None = None,
        allow_download: bool = True,
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
        self._allow_download = allow_download
        self._embedder_factory = embedder_factory or self._default_embedder
        self._embedders: dict[str, Embedder] = {}
        self._vectors: dict[str, VectorIndex] = {}
        self._searchers: dict[str, Searcher] = {}
        self._lock = threading.RLock()
        self._tags: TagManager | None = None
        # The photo's own words (``core/vocabulary/``): describe_photo and best_words are ``words.describe`` and ``words.best``.
        self.words = Words(self.catalog, self.serving_identity, lambda: self.query_embedder(), lambda: self.serving_model().languages)
        # The map of the photos by meaning (``core/explore/``), of the serving identity's embeddings (no model loaded).
        self.explore = ExploreMap(
            self.catalog, self.serving_identity, lambda: self.vectors(self.serving_model(), name=self.serving_identity()),
            paths.maps_dir, lambda: self.tags.tag_vectors(), self.words.named_vectors,
        )

    def close(self) -> None:
        """Save dirty indexes, close the catalog and release the write lock (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                try:
                    self.save_indexes()  # may fail (a full disk): the catalog is closed all the same
                finally:
                    self.catalog.close()
            finally:
                if self._write_lock is not None:
                    self._write_lock.release()

    @property
    def read_only(self) -> bool:
        """Whether the library was opened read-only (it can be searched, not changed)."""
        return self.catalog.read_only

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
            precision=s.precision,
            download_progress=self._download_progress,
            allow_download=self._allow_download,
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
            PhotoclipError: Unknown model name, or the model cannot work here (a
                package it needs is missing): refused before anything is downloaded.
        """
        spec = self.registry.get(name)
        self.registry.check_requirements(spec)
        self.catalog.set_meta("model", spec.name)
        return spec

    def embedder(self, spec: ModelSpec | None = None) -> Embedder:
        """The (lazily loading) embedder of a model, shared by indexing and search."""
        spec = spec or self.chosen_model()
        with self._lock:
            if spec.name not in self._embedders:
                self._embedders[spec.name] = self._embedder_factory(spec)
            return self._embedders[spec.name]

    def vectors(self, spec: ModelSpec | None = None, *, name: str | None = None) -> VectorIndex:
        """The vector index of a model, loaded (or caught up, or rebuilt) from the catalog on first use.

        Args:
            name: The identity whose vectors to index, when not ``spec.name``
                (a personalised ``<model>+<profile>``).
        """
        spec = spec or self.chosen_model()
        name = name or spec.name
        with self._lock:
            if name not in self._vectors:
                index = VectorIndex(self.paths.index_dir, name, spec.embed_dim)
                index.open(self.catalog, persist=not self.catalog.read_only)
                self._vectors[name] = index
            return self._vectors[name]

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

    def folder_tree(self) -> list[FolderNode]:
        """Every folder with photos, below each library root, with counts that include subfolders."""
        return build_folder_tree(self.catalog.folders(), photo_counts_by_directory(self.catalog))

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
        """Let searches move to the chosen model once it covers every photo: the one rule for switching.

        Embedding jobs apply it when they finish, in the background service
        and in :meth:`index` alike.

        Returns:
            True when searches moved to the chosen model just now.
        """
        chosen = self.chosen_model()
        if self.pending(chosen) > 0 or self.catalog.get_meta("serving_model") == chosen.name:
            return False
        self.catalog.set_meta("serving_model", chosen.name)
        return True

    def index(self, cancel: threading.Event | None = None) -> Iterator[IndexProgress]:
        """Scan the folders, embed what is new or changed, and file new photos into albums; here, synchronously.

        The very jobs the background service runs when it starts
        (:func:`~photoclip.core.indexing.jobs.startup_jobs`), run in this
        thread with the follow-ups they queue. When the chosen model covers
        every photo at the end, searches switch to it
        (:meth:`serve_chosen_model_if_complete`).

        Args:
            cancel: Set it to stop after the current item; what was stored stays.

        Yields:
            The jobs' progress events (``scan``, ``load-model``, ``embed``,
            ``tag-prompts``, ``tags``), then one ``done`` event whose summary
            adds up the whole run, with ``remaining`` photos still lacking a
            vector for the chosen model.

        Raises:
            PhotoclipError: The model cannot be loaded (see :meth:`embedder`).
        """
        cancel = cancel or threading.Event()
        started = time.monotonic()
        try:
            total = yield from run_jobs(self, startup_jobs(self), cancel)
        finally:
            self.save_indexes()  # also when the caller stops early: what was stored is kept
        chosen = self.chosen_model()
        summary = replace(
            total, model=chosen.name, seconds=time.monotonic() - started, cancelled=cancel.is_set(), remaining=self.pending(chosen)
        )
        yield IndexProgress("done", summary.embedded, summary.embedded, summary=summary)

    @property
    def tags(self) -> TagManager:
        """Tag sets and their albums (``core/tagsets/``), scored with the serving model."""
        with self._lock:
            if self._tags is None:
                self._tags = TagManager(
                    self.catalog,
                    self.serving_identity,  # a personalised model files photos through its own heads
                    lambda: self.query_embedder(),
                    self.settings,
                )
            return self._tags

    # ----------------------------------------------------------------- search
    def searcher(self, spec: ModelSpec | None = None) -> Searcher:
        """The searcher of the serving model (or of ``spec``), through its active personalisation profile if any."""
        spec = spec or self.serving_model()
        name = identity(spec.name, self.active_profile(spec))
        with self._lock:
            if name not in self._searchers:
                embedder = self.query_embedder(spec)
                self._searchers[name] = Searcher(
                    self.catalog, self.vectors(spec, name=name), name, lambda text: embedder.encode_texts([text])[0]
                )
            searcher = self._searchers[name]
        if (name != spec.name or self.catalog.read_only) and searcher.vectors.synced_seq != self.catalog.current_seq():
            # The catalog derives a profile's rows as photos are embedded, but
            # the indexer only adds to the base model's index: catch up here.
            # A read-only library, likewise, never sees what the writing
            # process (a running `photoclip watch`) adds to its own index.
            searcher.vectors.catch_up(self.catalog)
        return searcher

    def query(self, query: str | Query, k: int = 200, filters: SearchFilters | None = None, *, cut: bool = True) -> SearchResult:
        """Photos matching a query (``core/query.py``'s language), the matches first (``core/search.py``'s cut and words).

        Raises:
            PhotoclipError: Bad syntax, a photo of the query that cannot be read or is not indexed, or no model.
        """
        query = parse_query(query) if isinstance(query, str) else query
        return self.searcher().query(query, self._photo_vector, k, filters, cut=cut)

    def search(self, text: str, k: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Photos matching a query, best first, without the relevance cut (see :meth:`query`)."""
        return list(self.query(text, k, filters, cut=False).hits)

    def warm_up(self) -> WarmUp:
        """Load the serving model, its index and its text tower on a thread of their own, so the first search answers at once."""
        return WarmUp(lambda: (self.searcher(), self.query_embedder().encode_texts(["a photo"])))

    def similar(self, photo: str | Path | int, k: int = 20, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Photos most like a given one (itself left out), a library photo (path or id) or any image file, best first."""
        term = QueryTerm("photo", "", photo_id=photo) if isinstance(photo, int) else QueryTerm("photo", str(photo))
        return list(self.query(Query((term,)), k, filters, cut=False).hits)

    def _photo_vector(self, term: QueryTerm) -> PhotoVector:
        """A photo term's embedding (see :func:`~photoclip.core.search.photo_vector`)."""
        return photo_vector(self.catalog, self.searcher().model, term, self.query_embedder, self.settings)

    def browse(self, filters: SearchFilters | None = None) -> list[PhotoRecord]:
        """Searchable photos matching the filters, newest first (the "All photos" view)."""
        return self.catalog.photos_matching(**(filters or SearchFilters()).catalog_filters())

    def photo(self, photo_id: int) -> PhotoRecord | None:
        """One photo's catalog record."""
        return self.catalog.photos_by_ids([photo_id]).get(photo_id)

    def photo_metadata(self, photo_id: int) -> PhotoMetadata | None:
        """What the photo view shows about a photo (a disk read: call it off the GUI thread); None for an unknown id.

        When the file cannot be read now, the catalog's size, pixels and date come back with no camera facts.
        """
        record = self.photo(photo_id)
        if record is None:
            return None
        try:
            return read_photo_metadata(Path(record.path))
        except ImageDecodeError:
            return PhotoMetadata(record.path, record.size, record.width, record.height, date_taken=record.date_taken)

    def copy_photos(
        self, photos: Sequence[PhotoRecord], folder: str | Path, report: Callable[[CopyProgress], None] | None = None
    ) -> CopyResult:
        """Copy photo files into a folder outside the library; see :func:`~photoclip.core.copying.copy_files`."""
        return copy_files([p.path for p in photos], Path(folder), report)

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
            profile=self.active_profile(serving),
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
    def download_model(self, name: str, progress: ModelProgressCallback | None = None) -> Path:
        """Make a model's weights ready here: found (and verified) or downloaded; returns their path.

        Raises:
            PhotoclipError: Unknown model, or it cannot work here (checked before any download);
                see :meth:`ModelRegistry.ensure_weights` for the rest.
        """
        spec = self.registry.get(name)
        self.registry.check_requirements(spec)
        return self.registry.ensure_weights(spec, progress)

    def import_model(
        self, file: str | Path, arch: str | None = None, name: str | None = None,
        progress: ModelProgressCallback | None = None,
    ) -> ModelSpec:
        """Import a model archive, or a weights file of architecture ``arch`` (safely, without running pickled code)."""
        return self.registry.import_weights(Path(file).expanduser(), arch, name, progress)

    def export_model(self, name: str, dest: str | Path, progress: ModelProgressCallback | None = None) -> Path:
        """Write model ``name`` (weights, text tower, manifest) to one archive for an offline machine."""
        return self.registry.export_model(self.registry.get(name), Path(dest).expanduser(), progress)

    def models(self) -> list[ModelSpec]:
        """Every model this library can use."""
        return self.registry.list()

    # ----------------------------------------------------------- short writes
    # While the background service runs it is the library's one writer, with
    # one exception: the *short writes*, which any thread may make (the GUI
    # makes them from its pool): saving, importing and removing a tag set
    # (``tags.save``, ``tags.import_file``, ``tags.remove``), caption edits
    # (below) and the user's albums and favourites (``albums``). Each is one
    # catalog transaction, under the catalog's lock (it cannot interleave with
    # a job's own transactions); none loads a model or touches a vector index.
    # They are not service jobs because a job queue would make them wait
    # behind a long job that cannot be preempted (an embedding batch, a
    # training run) while someone waits on the editor, and a service stop
    # would drop them with the queue. Anything slower, or using the model, is
    # a job (see service.py).

    # --------------------------------------------------------------- captions
    def captions(self, photo: int | str | Path) -> list[str]:
        """A photo's captions, oldest first.

        Raises:
            PhotoclipError: Not a photo of this library.
        """
        return captions_for(self.catalog, self.tags.photo_id(photo))

    def set_captions(self, photo: int | str | Path, texts: Sequence[str]) -> list[str]:
        """Replace a photo's captions (trimmed; empty ones and repeats dropped). Returns what was stored.

        A short write (see the section above): the photo view saves from its pool.

        Raises:
            PhotoclipError: Not a photo of this library.
        """
        cleaned = clean_captions(texts)
        set_captions(self.catalog, self.tags.photo_id(photo), cleaned)
        return cleaned

    def add_caption(self, photo: int | str | Path, text: str) -> bool:
        """Add one caption to a photo (a short write). Returns False when it is empty or the photo already has it.

        Raises:
            PhotoclipError: Not a photo of this library.
        """
        cleaned = clean_captions([text])
        return bool(cleaned) and add_captions(self.catalog, [(self.tags.photo_id(photo), cleaned[0])]) > 0

    def caption_counts(self) -> CaptionCounts:
        """How many captions the library's photos have, and how many photos have one."""
        pairs = caption_pairs(self.catalog)
        return CaptionCounts(captions=len(pairs), photos=len({photo_id for photo_id, _ in pairs}))

    def import_captions(self, csv_file: str | Path, base: str | Path | None = None) -> CaptionImport:
        """Add captions from a ``path,caption`` CSV file (a short write); unusable rows are skipped and reported by line.

        Args:
            base: Folder relative paths in the file are relative to (default: the file's folder).

        Raises:
            PhotoclipError: The file cannot be read.
        """
        return import_captions(self.catalog, csv_file, base)

    # ------------------------------------------------------- user albums
    @property
    def albums(self) -> AlbumStore:
        """Albums of the user's own and favourites (``core/albums/``); their writes are short writes too."""
        return AlbumStore(self.catalog)

    @property
    def duplicates(self) -> Duplicates:
        """Exact and near copies among the photos, set aside with an undo (``core/duplicates/``), by the serving model."""
        return Duplicates(self.catalog, lambda: NearSource(self.searcher().model, self.searcher().vectors), self.paths.trash_dir, self.catch_up_indexes)

    # -------------------------------------------------------- personalisation
    def profile_store(self, spec: ModelSpec | None = None) -> ProfileStore:
        """The saved heads (original and personalised) of a model (default: the serving one)."""
        spec = spec or self.serving_model()
        return ProfileStore(self.paths.profiles_dir, spec.name)

    def active_profile(self, spec: ModelSpec | None = None) -> str | None:
        """The personalisation profile searches with a model use (default: the serving model), or None."""
        spec = spec or self.serving_model()
        return self.catalog.get_meta(_profile_key(spec.name)) or None

    def serving_identity(self) -> str:
        """The identity searches answer from: the serving model's name, plus ``+<profile>`` when personalised."""
        spec = self.serving_model()
        return identity(spec.name, self.active_profile(spec))

    def query_embedder(self, spec: ModelSpec | None = None) -> Embedder:
        """The embedder queries go through: the model (default: serving), seen through its active profile's heads."""
        spec = spec or self.serving_model()
        base = self.embedder(spec)
        profile = self.active_profile(spec)
        if profile is None:
            return base
        name = identity(spec.name, profile)
        with self._lock:
            if name not in self._embedders:
                image_head, text_head = self.profile_store(spec).load(profile)
                self._embedders[name] = PersonalizedEmbedder(base, profile, image_head, text_head)  # type: ignore[arg-type]
            return self._embedders[name]

    def personalize(
        self,
        config: TrainingConfig | None = None,
        cancel: threading.Event | None = None,
        *,
        split: tuple[Sequence[int], Sequence[int]] | None = None,
    ) -> Iterator[PersonalizeProgress]:
        """Train the serving model's projection heads on the library's captions (nothing is applied).

        Training starts from, and is held near, the model's original heads.
        Pass the ``done`` event's result to :meth:`apply_personalization`.

        Args:
            config: Training settings.
            cancel: Set it to stop after the current epoch.
            split: Fixed ``(train_photo_ids, heldout_photo_ids)`` instead of the seeded split.

        Yields:
            :class:`personalize.PersonalizeProgress`; the last has ``phase == "done"`` and the result.

        Raises:
            PhotoclipError: A model switch is still being indexed, too few
                captioned photos, or the model cannot be personalised.
        """
        spec = self.serving_model()
        if spec.name != self.chosen_model().name:
            raise PhotoclipError(
                f"Photos are still being embedded with {self.chosen_model().name}.",
                hint="Run `photoclip index` to finish the model switch, then personalise.",
            )
        embedder = self.embedder(spec)
        if not hasattr(embedder, "heads"):
            raise PhotoclipError(f"The model {spec.name} cannot be personalised.")
        yield from train(self.catalog, embedder, config, cancel, split=split)  # type: ignore[arg-type]

    def apply_personalization(
        self, result: TrainingResult, progress: Callable[[int, int], None] | None = None
    ) -> ProfileInfo:
        """Save a training result as a new profile and make searches use it.

        Every photo's stored features are projected through the new image head
        and the profile's index is built; no photo is encoded again. Text
        queries go through the new text head. Tag sets are applied again.

        Args:
            progress: Called with (steps done, total) while re-projecting and
                building the profile's index (each photo counts twice).

        Raises:
            PersonalizationRefused: The result does not improve held-out recall
                (the message gives the figures).
            PhotoclipError: The result is for another model than the serving one.
        """
        if not result.improved:
            raise PersonalizationRefused(
                f"Not applied: the trained heads do not improve held-out recall ({result.figures()}).",
                hint="Add more captions, or captions that describe what you search for, and train again.",
            )
        spec = self.serving_model()
        if result.base_model != spec.name:
            raise PhotoclipError(f"This result personalises {result.base_model}, but searches use {spec.name}.")
        store = self.profile_store(spec)
        store.ensure_original(*self.embedder(spec).heads())  # type: ignore[attr-defined]
        info = self.use_profile(store.save(result), progress)
        assert info is not None
        return info

    def use_profile(
        self, name: str | None, progress: Callable[[int, int], None] | None = None
    ) -> ProfileInfo | None:
        """Serve the serving model through a saved profile, or through its original heads (``None``).

        Switching re-projects stored features and rebuilds that profile's index
        (no photo is encoded again); the previous profile's vectors are
        dropped (its file stays). Tag sets are applied again.

        Args:
            progress: Called with (steps done, total) while re-projecting and
                building the profile's index (each photo counts twice).

        Returns:
            The profile now in use, or None for the original heads.

        Raises:
            PhotoclipError: No such profile, or it does not fit the model.
        """
        spec = self.serving_model()
        store = self.profile_store(spec)
        old = self.active_profile(spec)
        if name == old:
            return store.info(name, name) if name else None
        if name is not None:
            image_head, _text_head = store.load(name)
            if image_head.shape[1] != spec.embed_dim:
                raise PhotoclipError(f"The profile {name} does not fit {spec.name} ({image_head.shape[1]} != {spec.embed_dim} dimensions).")
            derived = identity(spec.name, name)
            # One progress over both steps: projecting counts the first half,
            # building the profile's index (from the base index's graph) the second.
            projected = 0

            def project_progress(done: int, total: int) -> None:
                nonlocal projected
                projected = total
                if progress:
                    progress(done, 2 * total)

            self.catalog.add_projection(derived, spec.name, image_head, project_progress)
            index = VectorIndex(self.paths.index_dir, derived, spec.embed_dim)
            index.rebuild(
                self.catalog,
                (lambda done, total: progress(projected + done, projected + total)) if progress else None,
                persist=not self.catalog.read_only,
                graph_from=self.vectors(spec),  # the same photos under the original head
            )
            with self._lock:
                self._vectors[derived] = index
                self._searchers.pop(derived, None)
                self._embedders.pop(derived, None)
        self.catalog.set_meta(_profile_key(spec.name), name or "")
        serving = identity(spec.name, name)
        for derived in self.catalog.projections(spec.name):
            if derived != serving:  # the previous profile (or one a crash left behind)
                self._drop_derived_vectors(spec, derived)
        # Albums follow what searches use. A profile's prompt ensembles are
        # encoded afresh: its text head is new even if the name was used before.
        for _ in self.tags.reapply_all(refresh_prompts=name is not None):
            pass
        return store.info(name, name) if name else None

    def revert_personalization(self) -> str | None:
        """Go back to the serving model's original heads: exactly the rankings it gave before.

        Returns:
            The profile that was in use, or None if there was none.
        """
        old = self.active_profile()
        self.use_profile(None)
        return old

    def profiles(self) -> list[ProfileInfo]:
        """The saved profiles of the serving model, oldest first."""
        store = self.profile_store()
        active = self.active_profile()
        return [store.info(name, active) for name in store.names()]

    def _drop_derived_vectors(self, spec: ModelSpec, derived: str) -> None:
        """Forget a profile identity's derived vectors and index file (the profile file stays)."""
        self.catalog.remove_projection(derived)
        with self._lock:
            self._vectors.pop(derived, None)
            self._searchers.pop(derived, None)
            self._embedders.pop(derived, None)
        index = VectorIndex(self.paths.index_dir, derived, spec.embed_dim)
        for path in (index.index_path, index.meta_path):
            path.unlink(missing_ok=True)


def _profile_key(model: str) -> str:
    """The catalog meta key naming a model's active personalisation profile."""
    return f"personalization.{model}"
