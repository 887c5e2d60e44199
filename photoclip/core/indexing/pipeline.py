"""The indexing pipeline's two halves: scan -> record changes, and decode (thread pool, prefetch) -> batch encode -> store.

:func:`scan_changes` and :func:`embed_photos` are generators that yield
:class:`IndexProgress` events and check for cancellation between items. The
jobs (``jobs.py``) drive them, in the background service and in
``Library.index`` alike. Each one's last event has ``phase == "done"`` and
carries its :class:`IndexSummary`.

Why it is shaped this way:
- Decoding (Pillow releases the GIL) runs in a thread pool a few batches ahead
  of the model, so the model never waits on JPEG decoding.
- Each encoded batch is stored in one catalog transaction and then added to
  the vector index, so a crash loses at most the batch in flight; the next run
  finds those photos still needing an embedding and continues.
- A bad file is a per-file outcome: it is recorded with its reason, reported
  and skipped, and never aborts the run.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Collection, Generator, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np

from photoclip.core.imaging import ImageDecodeError, ImageInfo, load_for_model
from photoclip.core.indexing.records import FileProblem, IndexProgress, IndexSummary
from photoclip.core.indexing.scanner import ScanResult, is_utf8_path, os_error_reason, partial_hash, scan_folder, scan_paths
from photoclip.core.models.embedder import Embedder
from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.records import STATUS_ACTIVE, STATUS_DELETED, PhotoRecord
from photoclip.core.storage.vectors import VectorIndex
from photoclip.settings import Settings


def scan_changes(
    catalog: Catalog,
    cancel: threading.Event | None = None,
    *,
    targets: Mapping[str, Collection[str]] | None = None,
    settle_before: float | None = None,
) -> Iterator[IndexProgress]:
    """Scan the library folders and record what changed in the catalog, without running a model.

    The first half of indexing (``ScanJob``): the watcher's batches come in
    as ``targets``, and embedding is a job of its own.

    Args:
        catalog: The library catalog (written to).
        cancel: Set it to stop between files.
        targets: Library root -> files or folders below it to look at (see
            :func:`scanner.scan_paths`); None scans every root whole.
        settle_before: Leave new or changed files written after this POSIX
            time alone; they are listed in the summary's ``young``.

    Yields:
        ``scan`` events, then a ``done`` event whose summary's ``model`` is empty.
    """
    started = time.monotonic()
    cancel = cancel or threading.Event()
    counts = yield from _scan_and_apply(catalog, cancel, targets, settle_before)
    summary = replace(counts, seconds=time.monotonic() - started, cancelled=cancel.is_set())
    yield IndexProgress("done", summary=summary)


def embed_photos(
    catalog: Catalog,
    vectors: VectorIndex,
    embedder: Embedder,
    settings: Settings,
    todo: list[PhotoRecord],
    cancel: threading.Event | None = None,
) -> Iterator[IndexProgress]:
    """Embed the given photos, without scanning: the second half of indexing (``EmbedJob``).

    The index is saved on the way (every ``settings.index_save_seconds``) but
    not at the end; the caller decides when, so small batches stay cheap.

    Yields:
        ``load-model`` and ``embed`` events, then ``done`` with a summary.
    """
    started = time.monotonic()
    cancel = cancel or threading.Event()
    counts = IndexSummary(embedder.model_name)
    loaded = started
    if todo:
        yield IndexProgress("load-model", 0, len(todo))
        embedder.preprocess_config  # noqa: B018 - loads the model (a property), so that its load is timed apart
        loaded = time.monotonic()
        counts = yield from _embed(catalog, vectors, embedder, settings, todo, cancel)
    seconds = time.monotonic() - started
    summary = replace(
        counts,
        seconds=seconds,
        embed_seconds=time.monotonic() - loaded,  # photos per second leave the model's load out
        cancelled=cancel.is_set(),
        remaining=len(todo) - counts.embedded - len(counts.failed),
    )
    yield IndexProgress("done", counts.embedded, counts.embedded, summary=summary)


def _scan_and_apply(
    catalog: Catalog,
    cancel: threading.Event,
    targets: Mapping[str, Collection[str]] | None = None,
    settle_before: float | None = None,
) -> Generator[IndexProgress, None, IndexSummary]:
    """Scan, then record what changed; returns the counts (without times)."""
    counts = IndexSummary()
    results: list[ScanResult] = []
    for folder in catalog.folders():
        if cancel.is_set():
            return counts
        if targets is not None and folder.path not in targets:
            continue
        events: list[IndexProgress] = []

        def on_progress(n: int, path: str) -> None:
            events.append(IndexProgress("scan", counts.files_seen + n, 0, path))  # noqa: B023 - scan_folder calls it within this iteration

        if targets is None or folder.offline_since is not None:
            # A root that was offline is scanned whole when it comes back.
            result = scan_folder(folder.id, folder.path, catalog.photos_under(folder.id), on_progress, settle_before=settle_before)
        else:
            paths = targets[folder.path]
            # A name that is not UTF-8 is never in the catalog (and cannot be
            # looked up there); scan_paths reports it.
            stored = catalog.photos_at(folder.id, [p for p in paths if is_utf8_path(p)])
            result = scan_paths(folder.id, folder.path, paths, stored, settle_before=settle_before)
        yield from events
        results.append(result)
        if result.root_missing:
            # Not a deletion (an unplugged drive): hidden from search, kept whole.
            counts += IndexSummary(missing_folders=(folder.path,), offline=catalog.mark_folder_offline(folder.id))
        counts += IndexSummary(
            young=tuple(result.young),
            files_seen=len(result.seen_paths) + len(result.non_images),
            unchanged=result.unchanged,
            non_images=tuple(result.non_images),
            failed=tuple(FileProblem(path, reason) for path, reason in result.unreadable),
        )

    seen: set[str] = set().union(*(r.seen_paths for r in results)) if results else set()
    missing: dict[int, PhotoRecord] = {rec.id: rec for r in results for rec in r.missing}

    for result in results:
        for record, found in result.changed:
            try:
                digest = partial_hash(found.path, found.size)
            except OSError as exc:
                counts += IndexSummary(failed=(FileProblem(found.path, os_error_reason(exc)),))
                continue
            content_changed = digest != record.partial_hash or found.size != record.size
            catalog.update_changed_photo(record.id, found.size, found.mtime, digest, content_changed)
            counts += IndexSummary(changed=int(content_changed), unchanged=int(not content_changed))

    for result in results:
        for found in result.new:
            if cancel.is_set():
                return counts
            try:
                digest = partial_hash(found.path, found.size)
            except OSError as exc:
                counts += IndexSummary(failed=(FileProblem(found.path, os_error_reason(exc)),))
                continue
            source = catalog.find_moved_candidate(digest, found.size, seen)
            if source is not None and (
                source.id in missing
                or source.status == STATUS_DELETED
                # A targeted scan may see a move's new path before its old one.
                or (source.status == STATUS_ACTIVE and not os.path.lexists(source.path))
            ):
                # Same content, old file gone: a move or rename keeps its vectors.
                catalog.move_photo(source.id, found.path, result.folder_id, found.mtime)
                missing.pop(source.id, None)
                counts += IndexSummary(moved=1)
            else:
                catalog.upsert_new_photo(found.path, result.folder_id, found.size, found.mtime, digest)
                counts += IndexSummary(new=1)

    if missing:
        catalog.mark_deleted(list(missing))
        counts += IndexSummary(deleted=len(missing))

    for result in results:
        if result.whole:
            counts += IndexSummary(back_online=catalog.bring_folder_online(result.folder_id))
    return counts


def _embed(
    catalog: Catalog,
    vectors: VectorIndex,
    embedder: Embedder,
    settings: Settings,
    todo: list[PhotoRecord],
    cancel: threading.Event,
) -> Generator[IndexProgress, None, IndexSummary]:
    """Decode ahead in a thread pool and encode in batches; returns the counts (without times)."""
    counts = IndexSummary(embedder.model_name)
    cfg = embedder.preprocess_config  # loads the model
    batch_size = max(1, embedder.batch_size)
    workers = settings.decode_threads or _cpu_count()
    prefetch = batch_size * 3
    total = len(todo)
    started = time.monotonic()
    last_save = started
    done = 0

    def decode(record: PhotoRecord) -> tuple[PhotoRecord, np.ndarray | None, ImageInfo | None, str | None]:
        try:
            pixels, info = load_for_model(
                Path(record.path), cfg, draft=settings.draft_decode, max_pixels=settings.max_pixels
            )
            return record, pixels, info, None
        except ImageDecodeError as exc:
            return record, None, None, exc.reason

    batch: list[tuple[PhotoRecord, np.ndarray, ImageInfo]] = []

    def flush() -> int:
        pixels = np.stack([p for _, p, _ in batch])
        features, embeddings = embedder.encode_images(pixels)
        items = [
            (rec.id, features[i], embeddings[i], (info.width, info.height, info.orientation, info.date_taken))
            for i, (rec, _, info) in enumerate(batch)
        ]
        seq = catalog.store_embeddings(embedder.model_name, items)
        vectors.add(np.array([rec.id for rec, _, _ in batch], dtype=np.int64), embeddings, seq=seq)
        n = len(batch)
        batch.clear()
        return n

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photoclip-decode")
    pending: deque[Future[tuple[PhotoRecord, np.ndarray | None, ImageInfo | None, str | None]]] = deque()
    queue = iter(todo)
    try:
        for record in queue:
            pending.append(pool.submit(decode, record))
            if len(pending) >= prefetch:
                break
        while pending and not cancel.is_set():
            record, pixels, info, reason = pending.popleft().result()
            nxt = next(queue, None)
            if nxt is not None:
                pending.append(pool.submit(decode, nxt))
            if reason is not None or pixels is None or info is None:
                problem = FileProblem(record.path, reason or "unknown error")
                catalog.mark_error(record.id, problem.reason)
                counts += IndexSummary(failed=(problem,))
                done += 1
                yield _embed_event(done, total, started, record.path, problem)
                continue
            batch.append((record, pixels, info))
            if len(batch) >= batch_size:
                counts += IndexSummary(embedded=flush())
            done += 1
            yield _embed_event(done, total, started, record.path)
            if time.monotonic() - last_save >= settings.index_save_seconds:
                vectors.save()
                last_save = time.monotonic()
        if batch and not cancel.is_set():
            counts += IndexSummary(embedded=flush())
            yield _embed_event(done, total, started, None)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        batch.clear()
    return counts


def _embed_event(done: int, total: int, started: float, path: str | None, problem: FileProblem | None = None) -> IndexProgress:
    elapsed = time.monotonic() - started
    rate = done / elapsed if elapsed > 0 else 0.0
    eta = (total - done) / rate if rate > 0 else None
    return IndexProgress("embed", done, total, path, rate, eta, problem)


def _cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1

