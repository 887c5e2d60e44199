"""The tag sets and albums of one library: what ``Library.tags`` is, for the CLI and the GUI.

:class:`TagManager` binds the package to a library's catalog and serving
model; the work is in the modules it calls (``store.py``, ``labelling.py``,
``scoring.py``, ``export.py``, ``evaluate.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from photoclip.core.search import SearchFilters
from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets import export, labelling, store
from photoclip.core.tagsets.definition import DEFAULT_LOGIT_SCALE, HIERARCHY_SEP, TagSet
from photoclip.core.tagsets.evaluate import EvalReport, evaluate_tagset
from photoclip.core.tagsets.export import XmpProgress
from photoclip.core.tagsets.files import builtin_tagsets, load_tagset_file, save_tagset_file
from photoclip.core.tagsets.records import (
    Album,
    AlbumPhoto,
    AlbumRefiling,
    ManualChange,
    PhotoTag,
    TagApplySummary,
    TagPreview,
    TagProgress,
    TagSetInfo,
)
from photoclip.core.tagsets.scoring import LazyEncoder, PromptEncoder, choose_tags, logit_scale, score_photos, tag_vectors
from photoclip.errors import PhotoclipError
from photoclip.settings import Settings


class TagManager:
    """Tag sets and albums of one library: what the CLI and the GUI call (``Library.tags``).

    Args:
        catalog: The library catalog.
        serving_model: Returns the name of the model searches answer from
            (the embeddings that are scored).
        encoder: Returns that model's embedder (loads lazily; only used when
            prompts are not cached, or to encode photos for an evaluation).
        settings: Decode settings for :meth:`evaluate` (default settings when None).
    """

    def __init__(
        self,
        catalog: Catalog,
        serving_model: Callable[[], str],
        encoder: Callable[[], PromptEncoder],
        settings: Settings | None = None,
    ) -> None:
        self.catalog = catalog
        self._serving_model = serving_model
        self._encoder = encoder
        self._settings = settings

    # ------------------------------------------------------------------ sets
    def sets(self) -> list[TagSetInfo]:
        """Every set of the library, by name, with whether it is up to date for the serving model."""
        model = self._serving_model()
        return [
            TagSetInfo(
                id=s.id,
                name=s.tagset.name,
                mode=s.tagset.mode,
                tag_count=len(s.tagset.tags),
                revision=s.revision,
                applied_model=s.applied_model,
                applied_at=s.applied_at,
                up_to_date=s.applied_model == model and s.applied_revision == s.revision,
                description=s.tagset.description,
            )
            for s in store.stored_tagsets(self.catalog)
        ]

    def get(self, name: str) -> TagSet:
        """A stored set by name (case-insensitive).

        Raises:
            PhotoclipError: No such set.
        """
        return labelling.select(self.catalog, [name])[0].tagset

    def save(self, tagset: TagSet, *, replace: bool = True, previous_name: str | None = None) -> TagSetInfo:
        """Store a new or edited set (``previous_name``: it was called that; a rename keeps its albums).

        It is not applied yet: run :meth:`apply` (a job) next.
        """
        store.save_tagset(self.catalog, tagset, replace=replace, previous_name=previous_name)
        return self._info(tagset.name)

    def remove(self, name: str) -> None:
        """Delete a set with its albums and manual feedback."""
        store.remove_tagset(self.catalog, self.get(name).name)

    def import_file(self, path: str | Path, *, replace: bool = True) -> TagSetInfo:
        """Read a ``.toml``/``.json`` file and store the set (not applied yet).

        Raises:
            TagSetFileError: The file is not a valid tag set (line and reason).
        """
        return self.save(load_tagset_file(path), replace=replace)

    def export_file(self, name: str, path: str | Path) -> Path:
        """Write a stored set to a ``.toml`` or ``.json`` file."""
        return save_tagset_file(self.get(name), path)

    @staticmethod
    def builtins() -> dict[str, TagSet]:
        """The starter sets that ship with photoclip, by key (``scenes``, ``subjects``, ``events``, ``coco``)."""
        return builtin_tagsets()

    def add_builtin(self, key: str, *, replace: bool = False) -> TagSetInfo:
        """Store one of the starter sets in the library (not applied yet).

        Raises:
            PhotoclipError: Unknown key, or the library has a set of that name and ``replace`` is False.
        """
        sets = builtin_tagsets()
        match = {k.casefold(): v for k, v in sets.items()}.get(key.casefold()) or {v.name.casefold(): v for v in sets.values()}.get(key.casefold())
        if match is None:
            raise PhotoclipError(f"There is no built-in tag set {key!r}.", hint=f"Built-in sets: {', '.join(sets)}.")
        return self.save(match, replace=replace)

    def stale(self) -> list[TagSetInfo]:
        """Sets edited, or whose model changed, since they were last applied."""
        return [info for info in self.sets() if not info.up_to_date]

    def _info(self, name: str) -> TagSetInfo:
        for info in self.sets():
            if info.name.casefold() == name.casefold():
                return info
        raise PhotoclipError(f"There is no tag set named {name!r}.")

    # ------------------------------------------------------------------ jobs
    def apply(self, names: Iterable[str] | None = None, cancel: threading.Event | None = None) -> Iterator[TagProgress]:
        """Label the whole library with the named sets (default: all): see :func:`~photoclip.core.tagsets.labelling.apply_tagset`."""
        yield from labelling.apply_tagset(self.catalog, self._lazy_encoder(), names, cancel=cancel)

    def reapply_all(self, cancel: threading.Event | None = None, *, refresh_prompts: bool = False) -> Iterator[TagProgress]:
        """Apply every set again (after a model change or a personalisation): see :func:`~photoclip.core.tagsets.labelling.reapply_all`."""
        yield from labelling.reapply_all(self.catalog, self._lazy_encoder(), refresh_prompts=refresh_prompts, cancel=cancel)

    def label_photos(self, photo_ids: Sequence[int]) -> TagApplySummary:
        """Label just these photos with every set (e.g. after they were embedded)."""
        return labelling.run_job(labelling.label_photos(self.catalog, self._lazy_encoder(), photo_ids))

    def label_new(self, cancel: threading.Event | None = None) -> Iterator[TagProgress]:
        """The indexing hook: label what was embedded since each set last looked; apply stale sets whole.

        See :func:`~photoclip.core.tagsets.labelling.label_new`. ``Library.index`` runs it at the end of every
        run; a background service that embeds photos should run it after each batch or run.
        """
        yield from labelling.label_new(self.catalog, self._lazy_encoder(), cancel=cancel)

    # ---------------------------------------------------------------- albums
    def resolve(self, ref: str | int) -> Album:
        """An album by tag id, ``"Set|label"``, or a label that only one set has.

        Raises:
            PhotoclipError: No such tag, or a bare label that several sets share.
        """
        albums = self.albums()
        if isinstance(ref, int) or ref.isdigit():
            found = [a for a in albums if a.tag_id == int(ref)]
        elif HIERARCHY_SEP in ref:
            set_name, label = ref.split(HIERARCHY_SEP, 1)
            found = [a for a in albums if a.tagset.casefold() == set_name.strip().casefold() and a.label.casefold() == label.strip().casefold()]
        else:
            found = [a for a in albums if a.label.casefold() == ref.strip().casefold()]
        if not found:
            raise PhotoclipError(f"There is no tag {ref!r}.", hint="See `photoclip tags list`; name a tag as LABEL or SET|LABEL.")
        if len(found) > 1:
            raise PhotoclipError(
                f"The tag {ref!r} is in several sets: {', '.join(a.ref for a in found)}.", hint="Name it as SET|LABEL."
            )
        return found[0]

    def albums(self, tagset: str | None = None) -> list[Album]:
        """Every tag as an album with its counts, by set then tag order."""
        return store.albums(self.catalog, tagset)

    def album_photos(
        self, tag: str | int, *, include_rejected: bool = False, filters: SearchFilters | None = None
    ) -> list[AlbumPhoto]:
        """The photos of an album, best score first (confirmed ones first of all), with their records.

        Args:
            tag: A tag id or ``"Set|label"``.
            include_rejected: Also the photos rejected from it by hand.
            filters: Only photos below its folder and within its dates (the catalog filters them).

        Raises:
            PhotoclipError: No such tag.
        """
        album = self.resolve(tag)
        return store.album_photos(self.catalog, album.tag_id, include_rejected=include_rejected, filters=filters)

    def photo_tags(self, photo_id: int) -> list[PhotoTag]:
        """The tags of one photo (and its manual rejections)."""
        return store.photo_tags(self.catalog, photo_id)

    def photo_id(self, photo: str | int | Path) -> int:
        """A library photo's id from its id or its path.

        Raises:
            PhotoclipError: Not a photo of the library.
        """
        if isinstance(photo, int) or (isinstance(photo, str) and photo.isdigit() and not Path(photo).exists()):
            pid = int(photo)
            if pid in self.catalog.photos_by_ids([pid]):
                return pid
        else:
            path = Path(photo).expanduser()
            for candidate in (str(path.resolve()), str(path.absolute()), str(photo)):
                record = self.catalog.photo_by_path(candidate)
                if record is not None:
                    return record.id
        raise PhotoclipError(f"{photo} is not a photo of this library.", hint="Give a path shown by `photoclip tags show` or a photo id.")

    def confirm(self, tag: str | int, photos: Sequence[int]) -> ManualChange:
        """Confirm that photos have a tag: they join the album for good (no run removes them)."""
        return self._manual_change(tag, photos, True)

    def reject(self, tag: str | int, photos: Sequence[int]) -> ManualChange:
        """Say that photos do not have a tag: they leave the album for good."""
        return self._manual_change(tag, photos, False)

    def clear(self, tag: str | int, photos: Sequence[int]) -> ManualChange:
        """Forget manual feedback: the photos are labelled automatically again."""
        return self._manual_change(tag, photos, None)

    def _manual_change(self, tag: str | int, photos: Sequence[int], assigned: bool | None) -> ManualChange:
        album = self.resolve(tag)
        return labelling.manual_change(self.catalog, self._lazy_encoder(), self._serving_model(), album, photos, assigned)

    def preview(self, tagset: TagSet | str, photo_ids: Sequence[int] | None = None, limit: int = 200) -> TagPreview:
        """Score photos against a set without storing anything (to tune a set before saving it).

        Args:
            tagset: A set (saved or not) or the name of a stored one.
            photo_ids: The photos, the rows in this order; those not embedded yet are left out
                (default: up to ``limit`` photos of the library).
        """
        if isinstance(tagset, str):
            tagset = self.get(tagset)
        model = self._serving_model()
        encoder = self._lazy_encoder()
        vectors = tag_vectors(self.catalog, encoder, tagset, model)
        if photo_ids is None:
            ids, vecs = next(iter(self.catalog.iter_embeddings(model, chunk=max(1, limit))), (np.zeros(0, np.int64), np.zeros((0, vectors.shape[1]), np.float32)))
        else:
            ids, vecs = self.catalog.embeddings_for(model, list(photo_ids))
            if len(ids) == 0:
                vecs = np.zeros((0, vectors.shape[1]), np.float32)
            else:  # rows in the order asked for (a table shows the photos as they were chosen)
                place = {int(pid): n for n, pid in enumerate(photo_ids)}
                order = np.argsort([place[int(pid)] for pid in ids], kind="stable")
                ids, vecs = ids[order], vecs[order]
        scale = logit_scale(self.catalog, encoder, model) if tagset.exclusive else DEFAULT_LOGIT_SCALE
        cos, scores = score_photos(vecs, vectors, tagset.mode, scale)
        thresholds = np.array([tagset.base_threshold(t) for t in tagset.tags], dtype=np.float32)
        assigned = choose_tags(cos, scores, thresholds, tagset.mode, tagset.min_cosine)
        return TagPreview(ids, tuple(t.label for t in tagset.tags), cos, scores, thresholds, assigned, tagset.mode)

    def tag_vectors(self) -> tuple[list[tuple[str, str]], np.ndarray]:
        """Every tag of every stored set with its text vector for the serving model (what words the map's regions get).

        Prompts not cached yet are encoded (which loads the model): call it off the GUI thread.

        Returns:
            ``([(set name, tag label), ...], (T, D) float32 vectors)`` in the sets' and tags' order.
        """
        model = self._serving_model()
        encoder = self._lazy_encoder()
        tags: list[tuple[str, str]] = []
        rows: list[np.ndarray] = []
        for stored in store.stored_tagsets(self.catalog):
            rows.append(tag_vectors(self.catalog, encoder, stored.tagset, model))
            tags += [(stored.tagset.name, t.label) for t in stored.tagset.tags]
        return tags, (np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32))

    # ---------------------------------------------------------------- export
    def export_csv(self, path: str | Path, names: Iterable[str] | None = None) -> int:
        """Write the labels to a CSV file (``path,tagset,tag,score,source``): see :func:`~photoclip.core.tagsets.export.export_csv`."""
        return export.export_csv(self.catalog, path, names)

    def export_xmp(self, names: Iterable[str] | None = None, cancel: threading.Event | None = None) -> Iterator[XmpProgress]:
        """Write the labels to XMP sidecars next to the photos: see :func:`~photoclip.core.tagsets.export.export_xmp`."""
        yield from export.export_xmp(self.catalog, names, cancel)

    def refiling(self, encoder: PromptEncoder, vectors: labelling.VectorSource) -> AlbumRefiling:
        """How the applied sets would file the photos through other heads (nothing is written).

        See :func:`~photoclip.core.tagsets.labelling.refiling`; ``encoder`` and
        ``vectors`` are the text and image sides through those heads.
        """
        return labelling.refiling(self.catalog, self._lazy_encoder(), self._serving_model(), encoder, vectors)

    # -------------------------------------------------------------- evaluate
    def evaluate(self, labels_csv: str | Path, images_root: str | Path | None = None, tagset: TagSet | str | None = None) -> EvalReport:
        """Precision and recall per tag against labelled photos: see :func:`~photoclip.core.tagsets.evaluate.evaluate_tagset`.

        Raises:
            PhotoclipError: The CSV cannot be read or has no usable rows, or ``tagset`` names no stored set.
        """
        if isinstance(tagset, str):
            tagset = self.get(tagset)
        return evaluate_tagset(
            self.catalog, self._lazy_encoder(), self._serving_model(), self._settings, labels_csv, images_root, tagset
        )

    def _lazy_encoder(self) -> LazyEncoder:
        return LazyEncoder(self._encoder, self._serving_model())
