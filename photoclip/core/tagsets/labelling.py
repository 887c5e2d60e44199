"""Labelling jobs: file photos into albums by scoring their stored embeddings against tag sets.

:func:`apply_tagset` (whole library) and :func:`label_photos` (only some
photos, e.g. those just embedded) are generators that yield
:class:`TagProgress` and check a cancel event between chunks, like
the indexing jobs. Each chunk of photos is written in one transaction
that replaces the auto rows of exactly that id range, so a cancelled run
leaves every photo either with its old or its new labels.
:func:`reapply_all` applies every set again (after a model change or a
personalisation). ``manager.TagManager`` binds all of it to a library for
the CLI and the GUI (``Library.tags``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets import store
from photoclip.core.tagsets.definition import DEFAULT_LOGIT_SCALE, TagSet
from photoclip.core.tagsets.records import Album, AlbumRefiling, ManualChange, StoredTagSet, TagApplySummary, TagProgress
from photoclip.core.tagsets.scoring import (
    PromptEncoder,
    choose_tags,
    ensemble,
    learned_threshold,
    logit_scale,
    needs_prompts,
    score_photos,
    tag_vectors,
)
from photoclip.core.tagsets.store import LabelRow
from photoclip.errors import PhotoclipError

CHUNK = 20000  # photos scored (and written) per transaction, at most
PROGRESS_STEPS = 20  # a whole-library pass reports at least this many steps, so a progress bar moves


@dataclass
class _Loaded:
    """A stored set ready for scoring."""

    id: int
    name: str
    tagset: TagSet
    revision: int
    tag_ids: np.ndarray
    vectors: np.ndarray
    base: np.ndarray
    thresholds: np.ndarray
    scale: float
    index_of: dict[int, int] = field(default_factory=dict)

    def score(self, vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(cosines, scores)`` of photo vectors against this set's tags."""
        return score_photos(vecs, self.vectors, self.tagset.mode, self.scale)


def _load(catalog: Catalog, encoder: PromptEncoder, model: str, set_id: int, tagset: TagSet, revision: int) -> _Loaded:
    by_label = store.tag_ids_and_thresholds(catalog, set_id)
    tag_ids = np.array([by_label[t.label.casefold()][0] for t in tagset.tags], dtype=np.int64)
    base = np.array([tagset.base_threshold(t) for t in tagset.tags], dtype=np.float32)
    learned = [by_label[t.label.casefold()][1] for t in tagset.tags]
    thresholds = np.array([b if t is None else t for b, t in zip(base, learned)], dtype=np.float32)
    loaded = _Loaded(
        id=set_id,
        name=tagset.name,
        tagset=tagset,
        revision=revision,
        tag_ids=tag_ids,
        vectors=tag_vectors(catalog, encoder, tagset, model),
        base=base,
        thresholds=thresholds,
        scale=logit_scale(catalog, encoder, model) if tagset.exclusive else DEFAULT_LOGIT_SCALE,
    )
    loaded.index_of = {int(t): k for k, t in enumerate(tag_ids)}
    return loaded


def _manual(catalog: Catalog, loaded: _Loaded, photo_ids: Sequence[int] | None = None) -> dict[int, list[tuple[int, bool]]]:
    """Manual rows of a set: photo id -> [(tag index, assigned)]."""
    out: dict[int, list[tuple[int, bool]]] = {}
    for pid, tid, assigned in store.manual_rows(catalog, loaded.id, photo_ids):
        if tid in loaded.index_of:
            out.setdefault(pid, []).append((loaded.index_of[tid], assigned))
    return out


def _refresh_feedback(catalog: Catalog, loaded: _Loaded, model: str) -> None:
    """Re-score the manually labelled photos with the current model and move thresholds (:func:`learned_threshold`)."""
    manual = _manual(catalog, loaded)
    confirmed: list[list[float]] = [[] for _ in loaded.tag_ids]
    rejected: list[list[float]] = [[] for _ in loaded.tag_ids]
    updates: list[tuple[float | None, int, int]] = []
    if manual:
        ids, vecs = catalog.embeddings_for(model, list(manual))
        scored: set[int] = set()
        if len(ids):
            _cos, scores = loaded.score(vecs)
            for row, pid in enumerate(ids.tolist()):
                scored.add(pid)
                for k, assigned in manual[pid]:
                    value = float(scores[row, k])
                    (confirmed if assigned else rejected)[k].append(value)
                    updates.append((value, pid, int(loaded.tag_ids[k])))
        for pid, entries in manual.items():
            if pid not in scored:
                updates += [(None, pid, int(loaded.tag_ids[k])) for k, _ in entries]
    learned = [learned_threshold(float(b), c, r) for b, c, r in zip(loaded.base, confirmed, rejected)]
    loaded.thresholds = np.array(learned, dtype=np.float32)
    if catalog.read_only:
        return
    store.store_feedback(
        catalog, updates, [(None if abs(v - float(b)) < 1e-9 else v, int(t)) for v, b, t in zip(learned, loaded.base, loaded.tag_ids)]
    )


def _decide(loaded: _Loaded, ids: np.ndarray, vecs: np.ndarray, manual: Mapping[int, list[tuple[int, bool]]]) -> list[LabelRow]:
    """Auto labels for a chunk of photos: ``(photo_id, tag_id, score)`` rows, manual feedback respected."""
    cos, scores = loaded.score(vecs)
    excluded: np.ndarray | None = None
    blocked_rows: list[int] = []
    if manual:
        rows_with = np.flatnonzero(np.isin(ids, np.fromiter(manual.keys(), dtype=np.int64, count=len(manual))))
        if len(rows_with):
            excluded = np.zeros(scores.shape, dtype=bool)
            for r in rows_with.tolist():
                for k, assigned in manual[int(ids[r])]:
                    excluded[r, k] = True  # never an auto row where a manual one stands
                    if assigned and loaded.tagset.exclusive:
                        blocked_rows.append(r)  # a confirmed tag keeps the rest of an exclusive set off
    chosen = choose_tags(cos, scores, loaded.thresholds, loaded.tagset.mode, loaded.tagset.min_cosine, excluded)
    if blocked_rows:
        chosen[blocked_rows, :] = False
    r_idx, k_idx = np.nonzero(chosen)
    return [(int(ids[r]), int(loaded.tag_ids[k]), float(scores[r, k])) for r, k in zip(r_idx.tolist(), k_idx.tolist())]


def select(catalog: Catalog, names: Iterable[str] | None) -> list[StoredTagSet]:
    """The stored sets named (case-insensitively), or all of them when ``names`` is None.

    Raises:
        PhotoclipError: A named set is not stored.
    """
    sets = store.stored_tagsets(catalog)
    if names is None:
        return sets
    wanted = {n.casefold(): n for n in names}
    known = {s.tagset.name.casefold() for s in sets}
    for folded, name in wanted.items():
        if folded not in known:
            raise PhotoclipError(f"There is no tag set named {name!r}.", hint="See `photoclip tags list`.")
    return [s for s in sets if s.tagset.name.casefold() in wanted]


def apply_tagset(
    catalog: Catalog,
    encoder: PromptEncoder,
    names: Iterable[str] | None = None,
    *,
    model: str | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """Label the whole library with tag sets (all of them, or those named): a job for the background service.

    No image is decoded: the stored embeddings of ``model`` are scored in
    chunks, and each chunk's auto labels are replaced in one transaction.
    Manual rows are kept; thresholds are first moved by the manual feedback
    (:func:`learned_threshold`). A set that finishes is marked as applied for
    ``model`` and its current revision.

    Args:
        catalog: The library catalog.
        encoder: The text side of the model (only called for prompts not cached yet).
        names: Sets to apply (default: every stored set).
        model: Whose photo embeddings are scored (default: ``encoder.model_name``).
        cancel: Set it to stop between chunks; finished chunks keep their new labels.

    Yields:
        :class:`TagProgress`; the last one has ``phase == "done"`` and a summary.

    Raises:
        PhotoclipError: A named set does not exist.
    """
    model = model or encoder.model_name
    cancel = cancel or threading.Event()
    started = time.monotonic()
    total = catalog.embedding_count(model)
    loaded: list[_Loaded] = []
    for stored in select(catalog, names):
        if cancel.is_set():
            break
        if needs_prompts(catalog, stored.tagset, model):
            yield TagProgress("prompts", stored.tagset.name, 0, len(stored.tagset.tags))
        one = _load(catalog, encoder, model, stored.id, stored.tagset, stored.revision)
        _refresh_feedback(catalog, one, model)
        loaded.append(one)
    label = ", ".join(one.name for one in loaded)
    manual = {one.id: _manual(catalog, one) for one in loaded}
    seq = catalog.current_seq()  # everything embedded up to here is labelled by this pass
    last = -1
    done = assigned = 0
    if loaded and not cancel.is_set():
        yield TagProgress("label", label, 0, total)
        # One pass over the stored embeddings for all the sets: reading them is most of the cost.
        for ids, vecs in catalog.iter_embeddings(model, chunk=min(CHUNK, max(1, -(-total // PROGRESS_STEPS)))):
            if cancel.is_set():
                break
            high = int(ids[-1])
            for one in list(loaded):
                rows = _decide(one, ids, vecs, manual[one.id])
                if store.write_range(catalog, one.id, last, high, rows):
                    assigned += len(rows)
                else:
                    loaded.remove(one)  # removed by the user while this job ran
            if not loaded:
                break
            last = high
            done += len(ids)
            yield TagProgress("label", label, done, total)
    applied: list[str] = []
    if loaded and not cancel.is_set():
        # Photos past the last embedding lost their labels' basis; a set removed meanwhile is not applied.
        loaded = [one for one in loaded if store.write_range(catalog, one.id, last, None, [])]
        store.mark_applied(catalog, model, [(one.id, one.revision) for one in loaded], seq)
        applied = [one.name for one in loaded]
    summary = TagApplySummary(model, tuple(applied), done, assigned, time.monotonic() - started, cancel.is_set())
    yield TagProgress("done", None, done, done, summary)


def label_photos(
    catalog: Catalog,
    encoder: PromptEncoder,
    photo_ids: Sequence[int],
    *,
    names: Iterable[str] | None = None,
    model: str | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """Label only the given photos with the sets (all, or those named); other photos are not touched.

    Thresholds in effect are those of the last full apply or manual change.

    Yields:
        :class:`TagProgress`; the last one has ``phase == "done"`` and a summary.
    """
    model = model or encoder.model_name
    cancel = cancel or threading.Event()
    started = time.monotonic()
    labelled: list[str] = []
    photos = assigned = 0
    for stored in select(catalog, names):
        if cancel.is_set():
            break
        tagset = stored.tagset
        if needs_prompts(catalog, tagset, model):
            yield TagProgress("prompts", tagset.name, 0, len(tagset.tags))
        loaded = _load(catalog, encoder, model, stored.id, tagset, stored.revision)
        chunks = (catalog.embeddings_for(model, chunk) for chunk in store.chunked(list(photo_ids), CHUNK))
        done, written = yield from _label_chunks(catalog, loaded, chunks, len(photo_ids), cancel)
        photos += done
        assigned += written
        labelled.append(tagset.name)
    summary = TagApplySummary(model, tuple(labelled), photos, assigned, time.monotonic() - started, cancel.is_set())
    yield TagProgress("done", None, photos, photos, summary)


def label_new(
    catalog: Catalog,
    encoder: PromptEncoder,
    *,
    names: Iterable[str] | None = None,
    model: str | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """The hook for "photos were just embedded": label what each set has not seen yet.

    Every set remembers the catalog ``seq`` up to which it has labelled
    (``labelled_seq``), so this labels exactly the embeddings of ``model``
    written since, including those of an earlier run that was interrupted.
    A set that is not up to date (edited, or the model changed, since its
    last full apply) is applied whole instead (:func:`apply_tagset`).

    Yields:
        :class:`TagProgress`; the last one has ``phase == "done"`` and a summary.
    """
    model = model or encoder.model_name
    cancel = cancel or threading.Event()
    started = time.monotonic()
    labelled: list[str] = []
    photos = assigned = 0
    stale: list[str] = []
    for stored in select(catalog, names):
        if cancel.is_set():
            break
        tagset, set_id = stored.tagset, stored.id
        since = store.labelled_seq(catalog, set_id)
        if stored.applied_model != model or stored.applied_revision != stored.revision or since is None:
            stale.append(tagset.name)
            continue
        seq = catalog.current_seq()
        if seq == since:
            continue
        if needs_prompts(catalog, tagset, model):
            yield TagProgress("prompts", tagset.name, 0, len(tagset.tags))
        loaded = _load(catalog, encoder, model, set_id, tagset, stored.revision)
        chunks = catalog.iter_embeddings(model, since_seq=since, chunk=CHUNK)
        done, written = yield from _label_chunks(catalog, loaded, chunks, None, cancel)
        photos += done
        assigned += written
        if not cancel.is_set():
            store.set_labelled_seq(catalog, set_id, seq)
            labelled.append(tagset.name)
    if stale and not cancel.is_set():
        for event in apply_tagset(catalog, encoder, stale, model=model, cancel=cancel):
            if event.summary is None:
                yield event
            else:
                photos += event.summary.photos
                assigned += event.summary.assigned
                labelled += event.summary.tagsets
    summary = TagApplySummary(model, tuple(labelled), photos, assigned, time.monotonic() - started, cancel.is_set())
    yield TagProgress("done", None, photos, photos, summary)


def _label_chunks(
    catalog: Catalog,
    loaded: _Loaded,
    chunks: Iterable[tuple[np.ndarray, np.ndarray]],
    total: int | None,
    cancel: threading.Event,
) -> Generator[TagProgress, None, tuple[int, int]]:
    """Label chunks of ``(ids, vectors)``, replacing just those photos' auto rows. Returns (photos, labels written)."""
    done = written = 0
    for ids, vecs in chunks:
        if cancel.is_set():
            break
        if len(ids) == 0:
            continue
        manual = _manual(catalog, loaded, ids.tolist())
        rows = _decide(loaded, ids, vecs, manual)
        if not store.write_photos(catalog, loaded.id, ids.tolist(), rows):
            break  # the set was removed while this job ran: nothing more to write for it
        done += len(ids)
        written += len(rows)
        yield TagProgress("label", loaded.name, done, total if total is not None else done)
    return done, written


def reapply_all(
    catalog: Catalog,
    encoder: PromptEncoder,
    *,
    model: str | None = None,
    refresh_prompts: bool = False,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """Apply every set again, e.g. after a model change or a personalisation.

    Args:
        refresh_prompts: Forget the model's cached prompt ensembles first (the
            text side changed under the same model name).

    Yields:
        :class:`TagProgress`, as :func:`apply_tagset`.
    """
    model = model or encoder.model_name
    if refresh_prompts and not catalog.read_only:
        store.clear_prompt_cache(catalog, model)
    yield from apply_tagset(catalog, encoder, None, model=model, cancel=cancel)


def run_job(events: Iterator[TagProgress]) -> TagApplySummary:
    """Drive a labelling generator to its end and return its summary (for callers without a progress bar)."""
    summary = None
    for event in events:
        if event.summary is not None:
            summary = event.summary
    if summary is None:
        raise RuntimeError("a labelling job ended without its summary")  # a bug in the job, not a user error
    return summary


def manual_change(
    catalog: Catalog, encoder: PromptEncoder, model: str, album: Album, photos: Sequence[int], assigned: bool | None
) -> ManualChange:
    """Confirm (``assigned`` True), reject (False) or forget (None) an album's tag on photos, and label those photos again.

    Thresholds are moved by the new feedback (:func:`learned_threshold`). The
    photos themselves are labelled again at once (an exclusive set may now
    give them another tag, or none); the rest of the library waits for an apply.

    Args:
        catalog: The library catalog.
        encoder: The text side of ``model`` (only called for prompts not cached yet).
        model: Whose photo embeddings are scored.
        album: The tag.
        photos: Photo ids.
        assigned: What the person said; None forgets the manual rows.

    Returns:
        What changed, with the threshold before and after.
    """
    stored = select(catalog, [album.tagset])[0]
    loaded = _load(catalog, encoder, model, stored.id, stored.tagset, stored.revision)
    k = loaded.index_of[album.tag_id]
    before = float(loaded.thresholds[k])
    ids, vecs = catalog.embeddings_for(model, list(photos))
    scores = dict(zip(ids.tolist(), loaded.score(vecs)[1][:, k].tolist())) if len(ids) else {}
    store.set_manual(catalog, album.tag_id, [(int(pid), scores.get(int(pid))) for pid in photos], assigned)
    _refresh_feedback(catalog, loaded, model)
    after = float(loaded.thresholds[k])
    for ids_chunk in store.chunked(list(photos), CHUNK):
        cids, cvecs = catalog.embeddings_for(model, ids_chunk)
        if len(cids):
            rows = _decide(loaded, cids, cvecs, _manual(catalog, loaded, cids.tolist()))
            store.write_photos(catalog, stored.id, cids.tolist(), rows)
    return ManualChange(album.tag_id, album.tagset, album.label, len(photos), before, after)


# Photo ids in, (the ids that have vectors, their vectors) out: the photos as other heads see them.
VectorSource = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]


def refiling(catalog: Catalog, encoder: PromptEncoder, model: str, new_encoder: PromptEncoder, new_vectors: VectorSource) -> AlbumRefiling:
    """How the applied sets would file the photos through other heads; nothing is written.

    Both sides are decided the same way (thresholds learnt from the manual
    feedback, which is kept), so what differs is only the heads.

    Args:
        catalog: The library catalog.
        encoder: The text side the sets are applied with now.
        model: The identity they are applied with now (its embeddings are read).
        new_encoder: The text side through the other heads.
        new_vectors: The photos' vectors through the other image head.

    Returns:
        The photos that would change album, and the albums that would be left empty.
    """
    moved: set[int] = set()
    emptied: list[str] = []
    for stored in select(catalog, None):
        if stored.applied_model is None:
            continue  # never applied: it files nothing now, so nothing moves
        now = _load(catalog, encoder, model, stored.id, stored.tagset, stored.revision)
        manual = _manual(catalog, now)
        after = replace(now, vectors=np.stack([ensemble(np.asarray(new_encoder.encode_texts(stored.tagset.prompts_for(t)), dtype=np.float32)) for t in stored.tagset.tags]))
        after.thresholds = _learnt(after, manual, new_vectors)
        counts_now = np.zeros(len(now.tag_ids), dtype=np.int64)
        counts_after = np.zeros(len(now.tag_ids), dtype=np.int64)
        for ids, vecs in catalog.iter_embeddings(model, chunk=CHUNK):
            new_ids, new_vecs = new_vectors(ids)
            keep = np.isin(ids, new_ids)
            before, later = _by_photo(now, _decide(now, ids[keep], vecs[keep], manual)), _by_photo(after, _decide(after, new_ids, new_vecs, manual))
            moved.update(pid for pid in set(before) | set(later) if before.get(pid) != later.get(pid))
            for chosen, counts in ((before, counts_now), (later, counts_after)):
                for tags in chosen.values():
                    counts[list(tags)] += 1
        confirmed = {k for entries in manual.values() for k, assigned in entries if assigned}
        emptied += [
            f"{stored.tagset.name}|{tag.label}"
            for k, tag in enumerate(stored.tagset.tags)
            if counts_now[k] > 0 and counts_after[k] == 0 and k not in confirmed
        ]
    return AlbumRefiling(len(moved), tuple(emptied))


def _by_photo(loaded: _Loaded, rows: list[LabelRow]) -> dict[int, set[int]]:
    """Decided rows as photo id -> the indexes of its tags in the set."""
    out: dict[int, set[int]] = {}
    for pid, tid, _score in rows:
        out.setdefault(pid, set()).add(loaded.index_of[tid])
    return out


def _learnt(loaded: _Loaded, manual: Mapping[int, list[tuple[int, bool]]], vectors: VectorSource) -> np.ndarray:
    """The thresholds the manual feedback would move to under ``loaded``'s vectors (as :func:`_refresh_feedback`, unstored)."""
    confirmed: list[list[float]] = [[] for _ in loaded.tag_ids]
    rejected: list[list[float]] = [[] for _ in loaded.tag_ids]
    if manual:
        ids, vecs = vectors(np.array(sorted(manual), dtype=np.int64))
        if len(ids):
            _cos, scores = loaded.score(vecs)
            for row, pid in enumerate(ids.tolist()):
                for k, assigned in manual[pid]:
                    (confirmed if assigned else rejected)[k].append(float(scores[row, k]))
    return np.array([learned_threshold(float(b), c, r) for b, c, r in zip(loaded.base, confirmed, rejected)], dtype=np.float32)
