"""The tag tables' SQL: every read and write of ``tagsets``, ``tags``, ``photo_tags`` and ``tag_prompt_cache``.

The tables are defined in ``schema.py``. Everything else in the package goes
through these functions, so the SQL of a tag set lives in one place.
Labelling rows cross this module by the hundred thousand per run, so they
stay plain ``(photo_id, tag_id, score)`` tuples (:data:`LabelRow`) rather
than objects.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from photoclip.core.search import SearchFilters
from photoclip.core.storage.catalog import Catalog, chunked
from photoclip.core.tagsets.definition import TagDef, TagSet, tagset_from_mapping
from photoclip.core.tagsets.records import Album, AlbumPhoto, Assignment, PhotoTag, StoredTagSet
from photoclip.errors import PhotoclipError

LabelRow = tuple[int, int, float]  # (photo_id, tag_id, score) of an auto label


def _rows(catalog: Catalog, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    try:
        with catalog.reading() as db:
            return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if catalog.read_only and "no such table" in str(exc):
            # A catalog from before tag sets, opened read-only: it cannot be upgraded now.
            raise PhotoclipError(
                "This library's catalog predates tag sets and is open read-only.",
                hint="Run any photoclip command that writes (e.g. `photoclip status` while `photoclip watch` is not running) to upgrade it.",
            ) from None
        raise


def _chunked_str(items: Sequence[str], size: int = 900) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


# ------------------------------------------------------------------- sets
def stored_tagsets(catalog: Catalog) -> list[StoredTagSet]:
    """Every stored set, by name."""
    rows = _rows(
        catalog,
        "SELECT id, definition, revision, applied_model, applied_revision, applied_at FROM tagsets ORDER BY name COLLATE NOCASE",
    )
    return [StoredTagSet(int(i), tagset_from_mapping(json.loads(d)), int(r), m, ar, at) for i, d, r, m, ar, at in rows]


def save_tagset(catalog: Catalog, tagset: TagSet, *, replace: bool = True, previous_name: str | None = None) -> int:
    """Store a set (a new one, or an edit of the one with the same name). Returns its id.

    Tags keep their ids (and so their manual confirmations) by label; tags no
    longer in the set are removed with their rows. The revision goes up, so
    the set counts as not applied until an apply runs
    (:func:`~photoclip.core.tagsets.labelling.apply_tagset`).

    Args:
        catalog: The library catalog.
        tagset: The set to store.
        replace: Allow replacing a stored set of the same name.
        previous_name: The set is an edit of this one (a rename keeps its albums and feedback).

    Returns:
        The set's id.

    Raises:
        PhotoclipError: A set with this name exists and ``replace`` is False,
            or ``previous_name`` is given but not stored, or the new name is taken.
    """
    now = time.time()
    definition = json.dumps(tagset.to_dict(), ensure_ascii=False)
    with catalog.transaction() as db:
        row = db.execute("SELECT id FROM tagsets WHERE name = ?", (tagset.name,)).fetchone()
        if previous_name is not None and previous_name.casefold() != tagset.name.casefold():
            if row is not None:
                raise PhotoclipError(f"A tag set named {tagset.name!r} exists already.", hint="Choose another name.")
            row = db.execute("SELECT id FROM tagsets WHERE name = ?", (previous_name,)).fetchone()
            if row is None:
                raise PhotoclipError(f"There is no tag set named {previous_name!r}.")
        elif row is not None and not replace:
            raise PhotoclipError(f"A tag set named {tagset.name!r} exists already.", hint="Choose another name, or replace it.")
        if row is None:
            set_id = int(
                db.execute(
                    "INSERT INTO tagsets(name, definition, revision, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                    (tagset.name, definition, now, now),
                ).lastrowid  # type: ignore[arg-type]  # set (never None) after an INSERT
            )
        else:
            set_id = int(row[0])
            db.execute(
                "UPDATE tagsets SET name = ?, definition = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
                (tagset.name, definition, now, set_id),
            )
        existing = {str(label).casefold(): int(tid) for tid, label in db.execute("SELECT id, label FROM tags WHERE tagset_id = ?", (set_id,))}
        wanted = {t.label.casefold() for t in tagset.tags}
        for folded, tag_id in existing.items():
            if folded not in wanted:
                db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
        for position, tag in enumerate(tagset.tags):
            kept_id = existing.get(tag.label.casefold())
            if kept_id is None:
                db.execute("INSERT INTO tags(tagset_id, label, position) VALUES (?, ?, ?)", (set_id, tag.label, position))
            else:
                # Same tag (labels match case-insensitively): keep its id, take the new spelling.
                db.execute("UPDATE tags SET label = ?, position = ? WHERE id = ?", (tag.label, position, kept_id))
    return set_id


def remove_tagset(catalog: Catalog, name: str) -> None:
    """Delete a set, its albums and their manual feedback.

    Raises:
        PhotoclipError: No such set.
    """
    with catalog.transaction() as db:
        if db.execute("DELETE FROM tagsets WHERE name = ?", (name,)).rowcount == 0:
            raise PhotoclipError(f"There is no tag set named {name!r}.", hint="See `photoclip tags list`.")


def clear_prompt_cache(catalog: Catalog, model: str | None = None) -> None:
    """Forget cached prompt ensembles (and logit scales) of a model, or of all models.

    Call it when a model's text side changes under the same name (a
    personalised text head); :func:`~photoclip.core.tagsets.labelling.reapply_all`
    does it with ``refresh_prompts``.
    """
    with catalog.transaction() as db:
        if model is None:
            db.execute("DELETE FROM tag_prompt_cache")
            db.execute("DELETE FROM meta WHERE key LIKE 'tagsets.logit_scale.%'")
        else:
            db.execute("DELETE FROM tag_prompt_cache WHERE model = ?", (model,))
            db.execute("DELETE FROM meta WHERE key = ?", (logit_scale_key(model),))


# ---------------------------------------------------------- prompt cache
def logit_scale_key(model: str) -> str:
    """The ``meta`` key under which a model's logit scale is cached."""
    return f"tagsets.logit_scale.{model}"


def cached_prompt_vectors(catalog: Catalog, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
    """The cached prompt-ensemble vectors of ``model`` among ``keys`` (:meth:`TagSet.cache_key`)."""
    cached: dict[str, np.ndarray] = {}
    for chunk in _chunked_str(sorted(set(keys))):
        sql = f"SELECT key, embedding FROM tag_prompt_cache WHERE model = ? AND key IN ({_marks(chunk)})"
        for key, blob in _rows(catalog, sql, [model, *chunk]):
            cached[str(key)] = np.frombuffer(blob, dtype=np.float32).copy()
    return cached


def count_cached_prompts(catalog: Catalog, model: str, keys: Sequence[str]) -> int:
    """How many of ``keys`` have a cached ensemble for ``model`` (without reading the vectors)."""
    found = 0
    for chunk in _chunked_str(sorted(set(keys))):
        sql = f"SELECT COUNT(*) FROM tag_prompt_cache WHERE model = ? AND key IN ({_marks(chunk)})"
        found += int(_rows(catalog, sql, [model, *chunk])[0][0])
    return found


def prompt_cache_stamp(catalog: Catalog, model: str, keys: Sequence[str]) -> float | None:
    """When every one of ``keys`` has a cached ensemble for ``model``: when the newest was stored, else None.

    It changes whenever any of them is encoded again (a refreshed text head),
    so a copy held in memory can tell it is stale without reading the vectors.
    """
    wanted = sorted(set(keys))
    found, newest = 0, 0.0
    for chunk in _chunked_str(wanted):
        sql = f"SELECT COUNT(*), MAX(created_at) FROM tag_prompt_cache WHERE model = ? AND key IN ({_marks(chunk)})"
        count, latest = _rows(catalog, sql, [model, *chunk])[0]
        found += int(count)
        newest = max(newest, float(latest or 0.0))
    return newest if found == len(wanted) else None


def store_prompt_vectors(catalog: Catalog, model: str, items: Sequence[tuple[str, np.ndarray]]) -> None:
    """Cache prompt-ensemble vectors per (model, key)."""
    now = time.time()
    with catalog.transaction() as db:
        db.executemany(
            "INSERT OR REPLACE INTO tag_prompt_cache(model, key, embedding, created_at) VALUES (?, ?, ?, ?)",
            [(model, key, vec.astype(np.float32).tobytes(), now) for key, vec in items],
        )


# ------------------------------------------------------------ tag rows
def tag_ids_and_thresholds(catalog: Catalog, set_id: int) -> dict[str, tuple[int, float | None]]:
    """A stored set's tags: casefolded label -> (tag id, threshold learned from feedback or None)."""
    rows = _rows(catalog, "SELECT id, label, learned_threshold FROM tags WHERE tagset_id = ?", (set_id,))
    return {str(label).casefold(): (int(tid), learned) for tid, label, learned in rows}


def manual_rows(catalog: Catalog, set_id: int, photo_ids: Sequence[int] | None = None) -> list[tuple[int, int, bool]]:
    """The manual rows of a set (of all photos, or of those given): ``(photo_id, tag_id, assigned)``."""
    sql = "SELECT photo_id, tag_id, assigned FROM photo_tags WHERE source = 'manual' AND tag_id IN (SELECT id FROM tags WHERE tagset_id = ?)"
    if photo_ids is None:
        rows = _rows(catalog, sql, (set_id,))
    else:
        rows = []
        for chunk in chunked(list(photo_ids)):
            rows += _rows(catalog, sql + f" AND photo_id IN ({_marks(chunk)})", [set_id, *chunk])
    return [(int(pid), int(tid), bool(assigned)) for pid, tid, assigned in rows]


def store_feedback(
    catalog: Catalog, scores: Sequence[tuple[float | None, int, int]], thresholds: Sequence[tuple[float | None, int]]
) -> None:
    """Write the current scores of manual rows and the thresholds they move.

    Args:
        catalog: The library catalog.
        scores: ``(score, photo_id, tag_id)`` of manual rows (None: the photo has no embedding).
        thresholds: ``(learned threshold or None for the set's own, tag_id)``.
    """
    with catalog.transaction() as db:
        db.executemany("UPDATE photo_tags SET score = ? WHERE photo_id = ? AND tag_id = ? AND source = 'manual'", scores)
        db.executemany("UPDATE tags SET learned_threshold = ? WHERE id = ?", thresholds)


def set_manual(catalog: Catalog, tag_id: int, photo_scores: Sequence[tuple[int, float | None]], assigned: bool | None) -> None:
    """Confirm (``assigned`` True), reject (False) or forget (None) a tag on photos, by hand.

    Args:
        catalog: The library catalog.
        tag_id: The tag.
        photo_scores: ``(photo_id, current score or None)`` of each photo.
        assigned: What the person said; None drops the manual rows.
    """
    now = time.time()
    with catalog.transaction() as db:
        for pid, score in photo_scores:
            if assigned is None:
                db.execute("DELETE FROM photo_tags WHERE photo_id = ? AND tag_id = ? AND source = 'manual'", (int(pid), tag_id))
                continue
            db.execute(
                """INSERT INTO photo_tags(photo_id, tag_id, score, source, assigned, updated_at) VALUES (?, ?, ?, 'manual', ?, ?)
                   ON CONFLICT(photo_id, tag_id) DO UPDATE SET score = excluded.score, source = 'manual',
                   assigned = excluded.assigned, updated_at = excluded.updated_at""",
                (int(pid), tag_id, score, int(assigned), now),
            )


# ------------------------------------------------------------ auto labels
def _still_stored(db: sqlite3.Connection, set_id: int) -> bool:
    # A labelling job reads a set, then writes its labels chunk by chunk; the
    # user may remove the set in between (a short write of the GUI's). Its
    # labels are then not written, instead of failing on the foreign key.
    return db.execute("SELECT 1 FROM tagsets WHERE id = ?", (set_id,)).fetchone() is not None


def write_range(catalog: Catalog, set_id: int, low: int, high: int | None, rows: list[LabelRow]) -> bool:
    """Make the auto rows of a set for photo ids in ``(low, high]`` equal ``rows`` (``high`` None: no upper bound).

    Only the difference is written: after a typical edit (a threshold, one
    tag) most labels stay, and rewriting them all would cost most of the run.

    Returns:
        False when the set was removed meanwhile (nothing written).
    """
    now = time.time()
    bound, params = ("AND photo_id <= ?", (low, high, set_id)) if high is not None else ("", (low, set_id))
    with catalog.transaction() as db:
        if not _still_stored(db, set_id):
            return False
        old = {
            (int(pid), int(tid)): score
            for pid, tid, score in db.execute(
                # "+tag_id": walk the primary key's photo_id range; SQLite
                # would otherwise pick the tag index and read every row of the set.
                f"""SELECT photo_id, tag_id, score FROM photo_tags WHERE source = 'auto' AND photo_id > ? {bound}
                    AND +tag_id IN (SELECT id FROM tags WHERE tagset_id = ?)""",
                params,
            )
        }
        new = {(pid, tid): score for pid, tid, score in rows}
        db.executemany("DELETE FROM photo_tags WHERE photo_id = ? AND tag_id = ? AND source = 'auto'", [k for k in old if k not in new])
        db.executemany(
            "UPDATE photo_tags SET score = ?, updated_at = ? WHERE photo_id = ? AND tag_id = ? AND source = 'auto'",
            [(score, now, *k) for k, score in new.items() if k in old and (old[k] is None or abs(old[k] - score) > 1e-6)],
        )
        _insert_auto(db, [(pid, tid, score) for (pid, tid), score in new.items() if (pid, tid) not in old], now)
    return True


def write_photos(catalog: Catalog, set_id: int, photo_ids: Sequence[int], rows: list[LabelRow]) -> bool:
    """Replace the auto rows of a set for the given photos; False when the set was removed meanwhile (nothing written)."""
    now = time.time()
    with catalog.transaction() as db:
        if not _still_stored(db, set_id):
            return False
        db.executemany(
            "DELETE FROM photo_tags WHERE photo_id = ? AND source = 'auto' AND +tag_id IN (SELECT id FROM tags WHERE tagset_id = ?)",
            [(int(pid), set_id) for pid in photo_ids],
        )
        _insert_auto(db, rows, now)
    return True


def _insert_auto(db: sqlite3.Connection, rows: list[LabelRow], now: float) -> None:
    # OR IGNORE: a manual row for the same (photo, tag) always wins.
    db.executemany(
        "INSERT OR IGNORE INTO photo_tags(photo_id, tag_id, score, source, assigned, updated_at) VALUES (?, ?, ?, 'auto', 1, ?)",
        [(pid, tid, score, now) for pid, tid, score in rows],
    )


def mark_applied(catalog: Catalog, model: str, applied: Sequence[tuple[int, int]], seq: int) -> None:
    """Record that sets were applied whole: ``applied`` is ``(set_id, revision)``; ``seq`` is what they labelled up to."""
    now = time.time()
    with catalog.transaction() as db:
        db.executemany(
            "UPDATE tagsets SET applied_model = ?, applied_revision = ?, applied_at = ?, labelled_seq = ? WHERE id = ?",
            [(model, revision, now, seq, set_id) for set_id, revision in applied],
        )


def labelled_seq(catalog: Catalog, set_id: int) -> int | None:
    """The catalog ``seq`` up to which a set has labelled new embeddings (None: never)."""
    row = _rows(catalog, "SELECT labelled_seq FROM tagsets WHERE id = ?", (set_id,))
    return None if not row or row[0][0] is None else int(row[0][0])


def set_labelled_seq(catalog: Catalog, set_id: int, seq: int) -> None:
    """Record that a set has labelled every embedding up to ``seq``."""
    with catalog.transaction() as db:
        db.execute("UPDATE tagsets SET labelled_seq = ? WHERE id = ?", (seq, set_id))


# ----------------------------------------------------------------- albums
def albums(catalog: Catalog, tagset: str | None = None) -> list[Album]:
    """Every tag (of every set, or of the set named ``tagset``) as an album with its counts, by set then tag order."""
    rows = _rows(
        catalog,
        """SELECT t.id, s.name, t.label, s.definition, t.learned_threshold,
                  (SELECT COUNT(*) FROM photo_tags pt JOIN photos p ON p.id = pt.photo_id
                    WHERE pt.tag_id = t.id AND pt.assigned = 1 AND p.status = 'active'),
                  (SELECT COUNT(*) FROM photo_tags pt WHERE pt.tag_id = t.id AND pt.source = 'manual' AND pt.assigned = 1),
                  (SELECT COUNT(*) FROM photo_tags pt WHERE pt.tag_id = t.id AND pt.source = 'manual' AND pt.assigned = 0)
           FROM tags t JOIN tagsets s ON s.id = t.tagset_id
           ORDER BY s.name COLLATE NOCASE, t.position""",
    )
    sets: dict[str, TagSet] = {}
    out = []
    for tag_id, set_name, label, definition, learned, count, confirmed, rejected in rows:
        if tagset is not None and set_name.casefold() != tagset.casefold():
            continue
        ts = sets.get(set_name) or sets.setdefault(set_name, tagset_from_mapping(json.loads(definition)))
        tag = next((t for t in ts.tags if t.label.casefold() == str(label).casefold()), TagDef(str(label)))
        base = ts.base_threshold(tag)
        out.append(
            Album(
                tag_id=int(tag_id),
                tagset=str(set_name),
                label=str(label),
                count=int(count),
                confirmed=int(confirmed),
                rejected=int(rejected),
                threshold=float(learned) if learned is not None else base,
                base_threshold=base,
                mode=ts.mode,
            )
        )
    return out


def album_photos(
    catalog: Catalog, tag_id: int, *, include_rejected: bool = False, filters: SearchFilters | None = None
) -> list[AlbumPhoto]:
    """The photos of an album, best score first (confirmed ones first of all).

    Args:
        catalog: The library catalog.
        tag_id: The album's tag.
        include_rejected: Also the photos rejected from it by hand.
        filters: Only photos below its folder and within its dates (its
            other fields are not used), as the catalog filters searches.
    """
    clause = "" if include_rejected else "AND pt.assigned = 1"
    rows = _rows(
        catalog,
        f"""SELECT p.id, pt.score, pt.source, pt.assigned FROM photo_tags pt JOIN photos p ON p.id = pt.photo_id
            WHERE pt.tag_id = ? AND p.status = 'active' {clause}
            ORDER BY pt.assigned DESC, pt.source = 'manual' DESC, pt.score DESC, p.id""",
        (tag_id,),
    )
    if filters is not None and (filters.folder is not None or filters.date_from is not None or filters.date_to is not None):
        allowed = set(catalog.filtered_photo_ids(folder_prefix=filters.folder, date_from=filters.date_from, date_to=filters.date_to))
        rows = [row for row in rows if row[0] in allowed]
    records = catalog.photos_by_ids(int(row[0]) for row in rows)
    return [
        AlbumPhoto(records[int(i)], None if s is None else float(s), src, bool(a)) for i, s, src, a in rows if int(i) in records
    ]


def photo_tags(catalog: Catalog, photo_id: int) -> list[PhotoTag]:
    """The tags of one photo (and its manual rejections)."""
    rows = _rows(
        catalog,
        """SELECT t.id, s.name, t.label, pt.score, pt.source, pt.assigned FROM photo_tags pt
           JOIN tags t ON t.id = pt.tag_id JOIN tagsets s ON s.id = t.tagset_id
           WHERE pt.photo_id = ? ORDER BY s.name COLLATE NOCASE, t.position""",
        (int(photo_id),),
    )
    return [PhotoTag(int(t), str(s), str(label), None if sc is None else float(sc), src, bool(a)) for t, s, label, sc, src, a in rows]


def assignments(catalog: Catalog) -> list[Assignment]:
    """Every label given to a searchable photo, by path."""
    rows = _rows(
        catalog,
        """SELECT p.id, p.path, s.name, t.label, pt.score, pt.source FROM photo_tags pt
           JOIN photos p ON p.id = pt.photo_id JOIN tags t ON t.id = pt.tag_id JOIN tagsets s ON s.id = t.tagset_id
           WHERE pt.assigned = 1 AND p.status = 'active' ORDER BY p.path, s.name COLLATE NOCASE, t.position""",
    )
    return [
        Assignment(int(pid), str(path), str(name), str(label), None if score is None else float(score), source)
        for pid, path, name, label, score, source in rows
    ]


def active_paths(catalog: Catalog) -> list[str]:
    """The paths of every searchable photo, sorted (the photos an XMP export visits)."""
    return [str(r[0]) for r in _rows(catalog, "SELECT path FROM photos WHERE status = 'active' ORDER BY path")]
