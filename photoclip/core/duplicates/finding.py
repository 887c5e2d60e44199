"""Finding duplicates: exact copies by content, near copies by the model's embeddings.

Exact copies: only files whose size collides with another's are read, and
the catalog's partial hash (first and last 64 KiB) narrows them further
before the full SHA-256, which alone decides.

Near copies (bursts, edits, re-saves, resized copies): each photo's k nearest
neighbours come from the serving model's vector index, and pairs at or
above a cosine threshold are linked; groups are the connected components
(union-find). Never all pairs: the index answers each photo in about
logarithmic time, so a library of n photos costs n queries, not n² products.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from photoclip.core.duplicates.records import (
    DuplicateCandidates,
    DuplicateGroup,
    DuplicatePhoto,
    DuplicateProgress,
    DuplicateSummary,
    FileProblem,
    GroupKind,
    keep_order,
)
from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.records import PhotoRecord
from photoclip.core.storage.vectors import ShortResult, VectorIndex

#: The cosine at or above which two photos count as near copies by default:
#: immich's default too (a distance of 0.01). Measured with the shapes-world
#: model, resized and re-saved copies of world photos and of real photos
#: (coco-mini) stay above it and different photos below it; the figures are
#: in tests/core/duplicates/test_finding.py.
DEFAULT_THRESHOLD = 0.99

#: Neighbours asked of the index per photo: a burst larger than this still
#: joins up, through the links between its members.
DEFAULT_NEIGHBOURS = 10

#: The graph search's breadth for these queries: near copies are a photo's
#: very nearest neighbours, which a narrow search finds nearly always; the few
#: photos it misses are asked again at full breadth (see :func:`nearest`).
#: benchmarks/duplicates.py checks the groups against an exact search.
NEIGHBOUR_EF = 64

_READ_CHUNK = 1 << 20
_QUERY_CHUNK = 512


@dataclass(frozen=True)
class NearSource:
    """Where near copies are looked up: the serving identity's stored embeddings and its index."""

    model: str
    vectors: VectorIndex


class UnionFind:
    """Disjoint sets over arbitrary integer ids (path halving, union by size)."""

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._size: dict[int, int] = {}

    def find(self, item: int) -> int:
        """The representative of ``item``'s set (a new singleton when unseen)."""
        parent = self._parent.setdefault(item, item)
        self._size.setdefault(item, 1)
        while parent != item:
            grand = self._parent[parent]
            self._parent[item] = grand
            item, parent = parent, self._parent[grand]
        return item

    def union(self, a: int, b: int) -> None:
        """Join the sets of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]

    def components(self) -> list[list[int]]:
        """Every set of two or more ids."""
        groups: dict[int, list[int]] = defaultdict(list)
        for item in list(self._parent):
            groups[self.find(item)].append(item)
        return [sorted(g) for g in groups.values() if len(g) > 1]


def full_hash(path: str) -> str:
    """SHA-256 of a file's whole content.

    Raises:
        OSError: The file cannot be read.
    """
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(_READ_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def exact_sets(
    photos: Sequence[PhotoRecord], cancel: threading.Event
) -> Generator[DuplicateProgress, None, tuple[list[list[int]], list[FileProblem]]]:
    """Sets of photos with identical content, hashing only files that could be copies.

    Yields:
        ``hash`` progress, one event per file read.

    Returns:
        ``(sets of photo ids with the same size and SHA-256, problems)``.
    """
    by_key: dict[tuple[int, str], list[PhotoRecord]] = defaultdict(list)
    for photo in photos:
        by_key[(photo.size, photo.partial_hash)].append(photo)
    candidates = [p for bucket in by_key.values() if len(bucket) > 1 for p in bucket]
    by_hash: dict[tuple[int, str], list[int]] = defaultdict(list)
    problems: list[FileProblem] = []
    yield DuplicateProgress("hash", 0, len(candidates))
    for done, photo in enumerate(candidates, 1):
        if cancel.is_set():
            break
        try:
            by_hash[(photo.size, full_hash(photo.path))].append(photo.id)
        except OSError as exc:
            problems.append(FileProblem(photo.path, exc.strerror or str(exc), "gone" if isinstance(exc, FileNotFoundError) else "other"))
        yield DuplicateProgress("hash", done, len(candidates))
    return [ids for ids in by_hash.values() if len(ids) > 1], problems


def near_links(
    catalog: Catalog, source: NearSource, allowed: set[int], threshold: float, neighbours: int, cancel: threading.Event
) -> Generator[DuplicateProgress, None, list[tuple[int, int, float]]]:
    """Pairs of photos whose embeddings have a cosine of at least ``threshold``, from each photo's nearest neighbours.

    Args:
        allowed: The photos that may be linked (the searchable ones).
        neighbours: Nearest neighbours asked per photo.

    Yields:
        ``compare`` progress, per chunk of photos queried.

    Returns:
        ``(photo_id, photo_id, cosine)`` links, the lower id first, each once.
    """
    total = catalog.embedding_count(source.model)
    links: dict[tuple[int, int], float] = {}
    done = 0
    yield DuplicateProgress("compare", 0, total)
    for ids, vecs in catalog.iter_embeddings(source.model, dim=source.vectors.dim, chunk=_QUERY_CHUNK):
        if cancel.is_set():
            break
        try:
            found, scores = nearest(source.vectors, ids, vecs, neighbours + 1)  # +1: a photo finds itself first
        except ShortResult:
            found, scores = _exact_neighbours(catalog, source, vecs, neighbours + 1)
        add_links(links, ids, found, scores, threshold, allowed)
        done += len(ids)
        yield DuplicateProgress("compare", done, total)
    return [(a, b, s) for (a, b), s in links.items()]


def nearest(index: VectorIndex, ids: np.ndarray, vecs: np.ndarray, k: int, ef: int = NEIGHBOUR_EF) -> tuple[np.ndarray, np.ndarray]:
    """The k nearest neighbours of indexed photos, the photo itself among them.

    A narrow graph search now and then ends in a local optimum away from the
    photo (a small cluster of near copies the search never reached); a photo
    that does not come back as its own first hit is asked again with the
    index's full search breadth.

    Args:
        index: The index holding the photos.
        ids: The photos' ids.
        vecs: Their vectors, a row each.
        k: Neighbours per photo (itself included).
        ef: The first search's breadth.

    Returns:
        ``(photo_ids, scores)`` of shape ``(len(ids), k)``, best first per row.

    Raises:
        ShortResult: Fewer live photos than k in the index.
    """
    found, scores = index.search_many(vecs, k, ef=ef)
    lost = np.nonzero(found[:, 0] != ids)[0] if found.shape[1] else np.zeros(0, dtype=np.int64)
    if len(lost):
        found[lost], scores[lost] = index.search_many(vecs[lost], k)
    return found, scores


def add_links(
    links: dict[tuple[int, int], float], ids: np.ndarray, found: np.ndarray, scores: np.ndarray, threshold: float, allowed: set[int] | None = None
) -> None:
    """Record the pairs among each photo's neighbours at or above ``threshold`` in ``links`` (keyed lower id first).

    Args:
        ids: The queried photos.
        found: Their neighbours' ids, a row per photo (as from :meth:`VectorIndex.search_many`).
        scores: The neighbours' cosines.
        allowed: Photos that may be linked (None: any).
    """
    rows, cols = np.nonzero(scores >= threshold)
    for row, col in zip(rows.tolist(), cols.tolist()):
        pid, other = int(ids[row]), int(found[row, col])
        if other == pid or (allowed is not None and (pid not in allowed or other not in allowed)):
            continue
        key = (pid, other) if pid < other else (other, pid)
        links[key] = max(links.get(key, -1.0), float(scores[row, col]))


def _exact_neighbours(catalog: Catalog, source: NearSource, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k nearest by a full product (only when the index holds fewer live photos than k: a tiny library)."""
    every = list(catalog.iter_embeddings(source.model, dim=source.vectors.dim))
    ids = np.concatenate([i for i, _ in every]) if every else np.zeros(0, dtype=np.int64)
    vecs = np.concatenate([v for _, v in every]) if every else np.zeros((0, source.vectors.dim), dtype=np.float32)
    scores = queries @ vecs.T
    order = np.argsort(-scores, axis=1)[:, :k]
    return ids[order], np.take_along_axis(scores, order, axis=1)


def build_groups(
    records: dict[int, PhotoRecord],
    exact: Iterable[list[int]],
    links: Iterable[tuple[int, int, float]],
    exists: Callable[[str], bool] = os.path.isfile,
) -> tuple[list[DuplicateGroup], list[FileProblem]]:
    """Join exact sets and near links into groups (connected components), dropping files that are gone.

    Returns:
        ``(groups, problems)``: groups by most reclaimable bytes first;
        a problem for each grouped file no longer on disk.
    """
    sets = UnionFind()
    content: dict[int, int] = {}  # photo id -> its exact set's number
    for number, ids in enumerate(exact):
        for pid in ids:
            content[pid] = number
            sets.union(ids[0], pid)
    link_list = list(links)
    for a, b, _score in link_list:
        sets.union(a, b)
    weakest: dict[int, float] = {}
    for a, b, score in link_list:
        root = sets.find(a)
        if content.get(a, -1) != content.get(b, -2):  # a link inside an exact set says nothing new
            weakest[root] = min(weakest.get(root, 1.0), score)
    groups: list[DuplicateGroup] = []
    problems: list[FileProblem] = []
    for ids in sets.components():
        photos: list[DuplicatePhoto] = []
        for pid in ids:
            record = records.get(pid)
            if record is None:
                continue
            if not exists(record.path):
                problems.append(FileProblem(record.path, "the file is gone (run `photoclip index` to catch up)", "gone"))
                continue
            photos.append(DuplicatePhoto(pid, record.path, record.size, record.width, record.height, record.date))
        if len(photos) < 2:
            continue
        photos.sort(key=keep_order)
        same = {content.get(p.photo_id, -1 - p.photo_id) for p in photos}
        kind: GroupKind = "exact" if len(same) == 1 else "similar"
        groups.append(DuplicateGroup(tuple(photos), kind, 1.0 if kind == "exact" else round(weakest.get(sets.find(ids[0]), 1.0), 4)))
    groups.sort(key=lambda g: (-g.reclaimable, g.keep.path))
    return groups, problems


def find_duplicates(
    catalog: Catalog,
    source: Callable[[], NearSource] | None,
    threshold: float = DEFAULT_THRESHOLD,
    cancel: threading.Event | None = None,
    neighbours: int = DEFAULT_NEIGHBOURS,
) -> Iterator[DuplicateProgress]:
    """Find the library's exact and near duplicates among its searchable photos.

    Args:
        catalog: The library catalog.
        source: Gives the index to look near copies up in; None: exact copies only.
        threshold: The cosine at or above which two photos are near copies.
        cancel: Set it to stop; the summary then holds what was found so far.
        neighbours: Nearest neighbours asked per photo.

    Yields:
        ``hash`` then ``compare`` progress, then one ``done`` event with the summary.

    Raises:
        ValueError: The threshold is not a cosine in (0, 1].
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"The threshold must be above 0 and at most 1, not {threshold}.")
    cancel = cancel or threading.Event()
    started = time.monotonic()
    photos = catalog.photos_matching()
    records = {p.id: p for p in photos}
    exact, problems = yield from exact_sets(photos, cancel)
    links: list[tuple[int, int, float]] = []
    if source is not None and not cancel.is_set():
        links = yield from near_links(catalog, source(), set(records), threshold, neighbours, cancel)
    groups, gone = build_groups(records, exact, links)
    floor = threshold if source is not None else None
    summary = DuplicateSummary(
        groups=tuple(groups),
        photos=len(photos),
        threshold=floor,
        problems=tuple(problems + gone),
        cancelled=cancel.is_set(),
        seconds=time.monotonic() - started,
        candidates=DuplicateCandidates(records, tuple(tuple(ids) for ids in exact), tuple(links), floor, tuple(problems)),
    )
    yield DuplicateProgress("done", len(photos), len(photos), summary=summary)


def regroup(
    summary: DuplicateSummary, threshold: float, without: Iterable[int] = (), exists: Callable[[str], bool] = os.path.isfile
) -> DuplicateSummary:
    """The groups of an earlier search drawn again at a stricter threshold, without reading a file or the index.

    A search at a threshold links every pair of neighbours at or above it, so
    keeping the links at or above a higher one gives exactly what a search
    at that one would (the neighbours asked do not depend on the threshold).

    Args:
        summary: A search's summary (it carries its candidates).
        threshold: The new threshold: at least the one the search ran at.
        without: Photos to leave out (those set aside since).
        exists: Tells whether a file is still there (a grouped file that is not becomes a problem).

    Returns:
        A summary at ``threshold``; exact-only searches keep their threshold of None.

    Raises:
        ValueError: The summary has no candidates, or the threshold is below the search's
            (looser groups need a new search).
    """
    found = summary.candidates
    if found is None:
        raise ValueError("This summary carries no candidates to regroup.")
    if found.floor is not None and not found.floor <= threshold <= 1.0:
        raise ValueError(f"The threshold must be between {found.floor:g} and 1 to regroup, not {threshold:g}.")
    left_out = set(without)
    records = {pid: r for pid, r in found.records.items() if pid not in left_out}
    exact = [[pid for pid in ids if pid not in left_out] for ids in found.exact]
    links = [(a, b, s) for a, b, s in found.links if s >= threshold and a in records and b in records]
    groups, gone = build_groups(records, [ids for ids in exact if len(ids) > 1], links, exists)
    return replace(
        summary,
        groups=tuple(groups),
        photos=len(records),
        threshold=threshold if found.floor is not None else None,
        problems=found.problems + tuple(gone),
    )
