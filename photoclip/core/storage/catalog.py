"""The SQLite catalog: the single source of truth of a library.

It holds the watched folders, one row per photo (path, size, mtime, partial
content hash, pixel size, EXIF date and orientation, status) and, per photo and
per model, both the pre-projection image features and the normalised
embedding. The hnswlib index (``vectors.py``) is only a cache of the
embeddings stored here and can always be rebuilt from them. The records it
returns are in ``records.py``; the schema is in ``schema.py``.

A personalised identity (``<model>+<profile>``, see ``core/personalize/``) has
embedding rows of its own, derived from the base model's features through its
image head (``projections``); they carry no features of their own, and
:meth:`Catalog.store_embeddings` writes them together with the base rows.
Captions (several per photo) hang on photo ids.

Change tracking: a monotonically increasing counter ``seq`` (in ``meta``) is
bumped by every transaction that adds embeddings or takes photos out of search.
Each embedding row records the ``seq`` it was written at and each removed photo
the ``seq`` it was removed at, so a saved index that knows the ``seq`` it was
synced to can catch up cheaply after a crash instead of being rebuilt.

Schema changes are numbered migrations (``schema.MIGRATIONS``), each with a
comment saying why. The catalog is backed up before a migration touches an
existing file.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

import numpy as np

from photoclip.core.storage.guard import CatalogLock, backup_hint
from photoclip.core.storage.records import STATUS_DELETED, FolderRecord, PhotoRecord
from photoclip.core.storage.schema import migrate
from photoclip.errors import PhotoclipError

if TYPE_CHECKING:  # typing.Unpack is 3.11+; annotations are not evaluated at run time
    from typing_extensions import Unpack

QUERY_CACHE_LIMIT = 5000

_PHOTO_COLUMNS = (
    "id, path, folder_id, size, mtime, partial_hash, width, height, orientation, date_taken, status, error"
)


def _photo(row: Sequence[object]) -> PhotoRecord:
    return PhotoRecord(*row)  # type: ignore[arg-type]  # sqlite3 rows are untyped; _PHOTO_COLUMNS is the field order


def _blob(vector: np.ndarray) -> bytes:
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()


def project_features(features: np.ndarray, head: np.ndarray) -> np.ndarray:
    """Apply an image head to pre-projection features and L2-normalise, float32 ``(N, D)``."""
    out = np.asarray(features, dtype=np.float32) @ np.asarray(head, dtype=np.float32)
    return (out / np.maximum(np.linalg.norm(out, axis=-1, keepdims=True), 1e-12)).astype(np.float32)


class Catalog:
    """A library's SQLite catalog.

    Writes are serialised with a lock so one connection can be shared between
    the indexing thread and readers; WAL mode lets other processes read while
    this one writes.

    Args:
        path: The catalog file; created (with its schema) when missing.
        read_only: Open without writing (no migrations, no schema creation).

    Raises:
        PhotoclipError: The file is not a usable catalog (corrupt, or newer
            than this version of photoclip).
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock = CatalogLock(self.path)
        try:
            if read_only:
                uri = f"file:{self.path}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            migrate(self._db, self.path, read_only=read_only, transaction=self.transaction)
        except sqlite3.DatabaseError as exc:
            raise PhotoclipError(
                f"The library catalog {self.path} cannot be read: {exc}.",
                hint=backup_hint(self.path),
            ) from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run statements in one IMMEDIATE transaction (all or nothing)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                try:
                    self._db.execute("COMMIT")
                except BaseException:
                    # A COMMIT that fails (disk full, I/O error) can leave the
                    # transaction open, and every later BEGIN would fail too.
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection under the catalog lock, for reads outside a transaction.

        For core modules that own tables of their own (``core/tagsets/store.py``); it
        works on a read-only catalog too, where :meth:`transaction` cannot.
        """
        with self._lock:
            yield self._db

    def close(self) -> None:
        """Close the connection (checkpointing the WAL when writable)."""
        with self._lock:
            if not self.read_only:
                try:
                    self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.DatabaseError:
                    pass
            self._db.close()

    def integrity_ok(self) -> bool:
        """Return True when ``PRAGMA integrity_check`` reports ``ok`` (False when the check itself fails on damage)."""
        try:
            with self._lock:
                return self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except PhotoclipError:
            return False

    # ------------------------------------------------------------------- meta
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """Return a value from the key/value ``meta`` table."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a value in the key/value ``meta`` table."""
        with self.transaction() as db:
            db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def current_seq(self) -> int:
        """The change counter: the ``seq`` of the latest committed vector change."""
        return int(self.get_meta("seq", "0") or 0)

    def _next_seq(self, db: sqlite3.Connection) -> int:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'seq'")
        return int(db.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()[0])

    # ---------------------------------------------------------------- folders
    def add_folder(self, path: str) -> int:
        """Add a library root (idempotent). Returns its id."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO folders(path, added_at) VALUES (?, ?)", (path, time.time()))
            return int(db.execute("SELECT id FROM folders WHERE path = ?", (path,)).fetchone()[0])

    def remove_folder(self, path: str) -> int:
        """Remove a library root and soft-delete its photos. Returns how many photos left search."""
        with self.transaction() as db:
            row = db.execute("SELECT id FROM folders WHERE path = ?", (path,)).fetchone()
            if row is None:
                raise PhotoclipError(f"{path} is not a library folder.", hint="See `photoclip folders list`.")
            ids = [r[0] for r in db.execute("SELECT id FROM photos WHERE folder_id = ? AND status != ?", (row[0], STATUS_DELETED))]
            self._mark_deleted(db, ids)
            db.execute("DELETE FROM folders WHERE id = ?", (row[0],))
            return len(ids)

    def folders(self) -> list[FolderRecord]:
        """All library roots with their active photo counts, by path."""
        with self._lock:
            rows = self._db.execute(
                """SELECT f.id, f.path, COUNT(p.id), f.offline_since FROM folders f
                   LEFT JOIN photos p ON p.folder_id = f.id AND p.status = 'active'
                   GROUP BY f.id ORDER BY f.path"""
            ).fetchall()
        return [FolderRecord(int(i), str(p), int(n), off) for i, p, n, off in rows]

    def mark_folder_offline(self, folder_id: int) -> int:
        """Take the photos of a root that has disappeared out of search, keeping them whole.

        Only active photos change (unreadable ones keep their error). The
        folder remembers since when it is offline. Idempotent.

        Returns:
            How many photos went offline now.
        """
        with self.transaction() as db:
            db.execute(
                "UPDATE folders SET offline_since = COALESCE(offline_since, ?) WHERE id = ?", (time.time(), folder_id)
            )
            if db.execute(
                "SELECT 1 FROM photos WHERE folder_id = ? AND status = 'active' LIMIT 1", (folder_id,)
            ).fetchone() is None:
                return 0
            seq = self._next_seq(db)
            cur = db.execute(
                "UPDATE photos SET status = 'offline', removed_seq = ?, updated_at = ? WHERE folder_id = ? AND status = 'active'",
                (seq, time.time(), folder_id),
            )
            return int(cur.rowcount)

    def bring_folder_online(self, folder_id: int) -> int:
        """Put the offline photos of a root that is back into search, without re-encoding them.

        Their embeddings are re-stamped with a new ``seq`` (as
        :meth:`move_photo` does for a revived photo), so a saved vector index
        catches up and adds them again. Call it after the returned root has
        been scanned whole: photos whose files are gone must be marked
        deleted first. Idempotent.

        Returns:
            How many photos came back.
        """
        with self.transaction() as db:
            db.execute("UPDATE folders SET offline_since = NULL WHERE id = ?", (folder_id,))
            if db.execute(
                "SELECT 1 FROM photos WHERE folder_id = ? AND status = 'offline' LIMIT 1", (folder_id,)
            ).fetchone() is None:
                return 0
            seq = self._next_seq(db)
            db.execute(
                """UPDATE embeddings SET seq = ? WHERE photo_id IN
                   (SELECT id FROM photos WHERE folder_id = ? AND status = 'offline')""",
                (seq, folder_id),
            )
            cur = db.execute(
                "UPDATE photos SET status = 'active', removed_seq = NULL WHERE folder_id = ? AND status = 'offline'",
                (folder_id,),
            )
            return int(cur.rowcount)

    # ----------------------------------------------------------------- photos
    def photos_under(self, folder_id: int) -> dict[str, PhotoRecord]:
        """Every non-deleted photo of a root folder, keyed by path (for the scanner's diff)."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE folder_id = ? AND status != ?",
                (folder_id, STATUS_DELETED),
            ).fetchall()
        return {row[1]: _photo(row) for row in rows}

    def photos_at(self, folder_id: int, paths: Iterable[str]) -> dict[str, PhotoRecord]:
        """Non-deleted photos of a root stored at any of ``paths`` or below them, keyed by path.

        The targeted counterpart of :meth:`photos_under`: the watcher names a
        few files or folders, and only their rows are needed for the diff.
        """
        out: dict[str, PhotoRecord] = {}
        with self._lock:
            for path in paths:
                base = path.rstrip("/\\") or path
                sep = _sep(base)
                # A range on the path index: everything that starts with "base/".
                rows = self._db.execute(
                    f"""SELECT {_PHOTO_COLUMNS} FROM photos WHERE folder_id = ? AND status != ?
                        AND (path = ? OR (path > ? AND path < ?))""",
                    (folder_id, STATUS_DELETED, base, base + sep, base + chr(ord(sep) + 1)),
                ).fetchall()
                out.update((row[1], _photo(row)) for row in rows)
        return out

    def photo_by_path(self, path: str) -> PhotoRecord | None:
        """The photo stored at ``path`` (any status), or None."""
        with self._lock:
            row = self._db.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE path = ?", (path,)).fetchone()
        return _photo(row) if row else None

    def photos_by_ids(self, ids: Iterable[int]) -> dict[int, PhotoRecord]:
        """Photos by id (any status)."""
        wanted = [int(i) for i in ids]
        out: dict[int, PhotoRecord] = {}
        with self._lock:
            for chunk in _chunks(wanted, 900):
                marks = ",".join("?" * len(chunk))
                for row in self._db.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE id IN ({marks})", chunk):
                    out[int(row[0])] = _photo(row)
        return out

    def find_moved_candidate(self, partial_hash: str, size: int, exclude_paths: set[str]) -> PhotoRecord | None:
        """A photo with the same content fingerprint whose file is gone: the source of a move.

        Args:
            partial_hash: The new file's partial hash.
            size: The new file's size.
            exclude_paths: Paths that still exist (never treat those as moved).
        """
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE partial_hash = ? AND size = ? ORDER BY status = 'deleted', id",
                (partial_hash, size),
            ).fetchall()
        for row in rows:
            if row[1] not in exclude_paths:
                return _photo(row)
        return None

    def add_new_photos(self, folder_id: int, files: Sequence[tuple[str, int, float, str]]) -> list[int]:
        """Insert many photos that are not in the catalog yet, in one transaction (a bulk import).

        The scanner adds photos one at a time (:meth:`upsert_new_photo`, which
        also revives soft-deleted rows); this is for building large libraries.

        Args:
            folder_id: Their library root.
            files: ``(path, size, mtime, partial_hash)`` of each photo; no path may be stored already.

        Returns:
            The new photo ids, in the order of ``files``.
        """
        now = time.time()
        with self.transaction() as db:
            first = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM photos").fetchone()[0]) + 1
            db.executemany(
                """INSERT INTO photos(id, path, folder_id, size, mtime, partial_hash, status, added_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)""",
                [(first + i, path, folder_id, size, mtime, digest, now, now) for i, (path, size, mtime, digest) in enumerate(files)],
            )
        return list(range(first, first + len(files)))

    def upsert_new_photo(
        self, path: str, folder_id: int, size: int, mtime: float, partial_hash: str
    ) -> int:
        """Insert a new photo (or revive a soft-deleted row at the same path). Returns its id.

        A revived row loses its old vectors: its content may differ.
        """
        now = time.time()
        with self.transaction() as db:
            row = db.execute("SELECT id FROM photos WHERE path = ?", (path,)).fetchone()
            if row is not None:
                db.execute("DELETE FROM embeddings WHERE photo_id = ?", (row[0],))
                db.execute(
                    """UPDATE photos SET folder_id = ?, size = ?, mtime = ?, partial_hash = ?, status = 'active',
                       error = NULL, width = NULL, height = NULL, orientation = NULL, date_taken = NULL,
                       updated_at = ?, removed_seq = NULL WHERE id = ?""",
                    (folder_id, size, mtime, partial_hash, now, row[0]),
                )
                return int(row[0])
            cur = db.execute(
                """INSERT INTO photos(path, folder_id, size, mtime, partial_hash, status, added_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, 'active', ?, ?)""",
                (path, folder_id, size, mtime, partial_hash, now, now),
            )
            return int(cur.lastrowid)  # type: ignore[arg-type]  # set (never None) after an INSERT

    def move_photo(self, photo_id: int, new_path: str, folder_id: int, mtime: float) -> None:
        """Give a photo a new path, keeping its vectors (a move or rename).

        If a soft-deleted row already sits at ``new_path`` it is dropped first:
        the moved photo is the better record of that file.
        """
        with self.transaction() as db:
            db.execute("DELETE FROM photos WHERE path = ? AND id != ? AND status = 'deleted'", (new_path, photo_id))
            old = db.execute("SELECT status, removed_seq FROM photos WHERE id = ?", (photo_id,)).fetchone()
            revived = old is not None and old[0] == STATUS_DELETED
            db.execute(
                """UPDATE photos SET path = ?, folder_id = ?, mtime = ?, updated_at = ?,
                   status = CASE WHEN status = 'deleted' THEN 'active' ELSE status END, removed_seq = NULL
                   WHERE id = ?""",
                (new_path, folder_id, mtime, time.time(), photo_id),
            )
            if revived:
                # Its vectors come back into search: re-stamp them so a saved
                # index catches up and re-adds them.
                seq = self._next_seq(db)
                db.execute("UPDATE embeddings SET seq = ? WHERE photo_id = ?", (seq, photo_id))

    def update_changed_photo(self, photo_id: int, size: int, mtime: float, partial_hash: str, content_changed: bool) -> None:
        """Record a file whose size or mtime changed.

        Args:
            content_changed: When True the old vectors are dropped (and leave
                search) so the photo is embedded again; when False (same hash,
                e.g. a touch) only the stat data is updated.
        """
        with self.transaction() as db:
            if content_changed:
                seq = self._next_seq(db)
                db.execute("DELETE FROM embeddings WHERE photo_id = ?", (photo_id,))
                db.execute(
                    """UPDATE photos SET size = ?, mtime = ?, partial_hash = ?, status = 'active', error = NULL,
                       updated_at = ?, removed_seq = ? WHERE id = ?""",
                    (size, mtime, partial_hash, time.time(), seq, photo_id),
                )
            else:
                db.execute(
                    "UPDATE photos SET size = ?, mtime = ?, updated_at = ? WHERE id = ?",
                    (size, mtime, time.time(), photo_id),
                )

    def mark_deleted(self, photo_ids: Sequence[int]) -> None:
        """Soft-delete photos whose files are gone: they leave search, their rows and vectors stay."""
        if not photo_ids:
            return
        with self.transaction() as db:
            self._mark_deleted(db, photo_ids)

    def _mark_deleted(self, db: sqlite3.Connection, photo_ids: Sequence[int]) -> None:
        if not photo_ids:
            return
        seq = self._next_seq(db)
        for chunk in _chunks(list(photo_ids), 900):
            marks = ",".join("?" * len(chunk))
            db.execute(
                f"UPDATE photos SET status = 'deleted', removed_seq = ?, updated_at = ? WHERE id IN ({marks})",
                [seq, time.time(), *chunk],
            )

    def mark_error(self, photo_id: int, reason: str) -> None:
        """Record that a photo could not be decoded; it is retried when the file changes."""
        with self.transaction() as db:
            db.execute(
                "UPDATE photos SET status = 'error', error = ?, updated_at = ? WHERE id = ?",
                (reason, time.time(), photo_id),
            )

    def photos_needing_embedding(self, model: str, *, since: float | None = None) -> list[PhotoRecord]:
        """Active photos without an embedding for ``model``, newest first (new photos matter most).

        Args:
            since: Only photos added or changed at or after this POSIX time
                (the photos one scan brought in, ahead of a re-embed backlog).
        """
        clause = "AND p.updated_at >= ?" if since is not None else ""
        params: tuple[object, ...] = (model, since) if since is not None else (model,)
        with self._lock:
            rows = self._db.execute(
                f"""SELECT {_PHOTO_COLUMNS} FROM photos p
                    WHERE p.status = 'active'
                      AND NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.photo_id = p.id AND e.model = ?)
                      {clause}
                    ORDER BY p.id DESC""",
                params,
            ).fetchall()
        return [_photo(r) for r in rows]

    def errors(self) -> list[PhotoRecord]:
        """Photos that could not be read, with their reasons."""
        with self._lock:
            rows = self._db.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE status = 'error' ORDER BY path").fetchall()
        return [_photo(r) for r in rows]

    def count_by_status(self) -> dict[str, int]:
        """How many photo rows have each status."""
        with self._lock:
            rows = self._db.execute("SELECT status, COUNT(*) FROM photos GROUP BY status").fetchall()
        return {str(s): int(n) for s, n in rows}

    # ------------------------------------------------------------- embeddings
    def store_embeddings(
        self,
        model: str,
        items: Sequence[tuple[int, np.ndarray, np.ndarray, tuple[int, int, int, float | None]]],
    ) -> int:
        """Store one batch of encoded photos in a single transaction.

        Args:
            model: The model identity the vectors came from.
            items: ``(photo_id, features, embedding, (width, height, orientation, date_taken))``.

        Returns:
            The ``seq`` stamped on the batch.
        """
        now = time.time()
        with self.transaction() as db:
            seq = self._next_seq(db)
            db.executemany(
                """INSERT INTO embeddings(photo_id, model, features, embedding, seq, created_at) VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(photo_id, model) DO UPDATE SET features = excluded.features,
                   embedding = excluded.embedding, seq = excluded.seq, created_at = excluded.created_at""",
                [(pid, model, _blob(f), _blob(e), seq, now) for pid, f, e, _ in items],
            )
            projections = self._projections_of(db, model) if items else []
            if projections:
                # Personalised identities of this model get the same photos in
                # the same transaction, projected from the features just stored.
                features = np.stack([np.asarray(f, dtype=np.float32) for _, f, _, _ in items])
                for derived, head in projections:
                    self._store_derived(db, derived, [pid for pid, _, _, _ in items], project_features(features, head), seq, now)
            db.executemany(
                "UPDATE photos SET width = ?, height = ?, orientation = ?, date_taken = ?, updated_at = ? WHERE id = ?",
                [(w, h, o, d, now, pid) for pid, _, _, (w, h, o, d) in items],
            )
        return seq

    def embedding_count(self, model: str, *, active_only: bool = True) -> int:
        """How many photos have an embedding for ``model``."""
        clause = "AND p.status = 'active'" if active_only else ""
        with self._lock:
            return int(
                self._db.execute(
                    f"SELECT COUNT(*) FROM embeddings e JOIN photos p ON p.id = e.photo_id WHERE e.model = ? {clause}",
                    (model,),
                ).fetchone()[0]
            )

    def models_with_embeddings(self) -> dict[str, int]:
        """Model name -> number of stored embeddings."""
        with self._lock:
            rows = self._db.execute("SELECT model, COUNT(*) FROM embeddings GROUP BY model").fetchall()
        return {str(m): int(n) for m, n in rows}

    def iter_embeddings(
        self, model: str, *, since_seq: int = 0, dim: int | None = None, chunk: int = 20000
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield ``(photo_ids, embeddings)`` chunks of active photos for ``model``.

        Args:
            since_seq: Only rows written after this ``seq`` (for catching up).
        """
        last_id = -1
        while True:
            with self._lock:
                rows = self._db.execute(
                    """SELECT e.photo_id, e.embedding FROM embeddings e JOIN photos p ON p.id = e.photo_id
                       WHERE e.model = ? AND e.seq > ? AND p.status = 'active' AND e.photo_id > ?
                       ORDER BY e.photo_id LIMIT ?""",
                    (model, since_seq, last_id, chunk),
                ).fetchall()
            if not rows:
                return
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
            if dim is not None and vecs.shape[1] != dim:
                raise PhotoclipError(f"Stored vectors for {model} have {vecs.shape[1]} dimensions, expected {dim}.")
            yield ids, vecs
            last_id = int(ids[-1])

    def embedded_photo_ids(self, model: str) -> np.ndarray:
        """Sorted ids of the active photos that have an embedding for ``model`` (no vectors read)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT e.photo_id FROM embeddings e JOIN photos p ON p.id = e.photo_id WHERE e.model = ? AND p.status = 'active' ORDER BY e.photo_id",
                (model,),
            ).fetchall()
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))

    def embeddings_for(self, model: str, photo_ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The embeddings of the given photos (those that have one): ``(ids, vectors)``."""
        ids: list[int] = []
        blobs: list[bytes] = []
        with self._lock:
            for chunk in _chunks([int(i) for i in photo_ids], 900):
                marks = ",".join("?" * len(chunk))
                for pid, blob in self._db.execute(
                    f"SELECT photo_id, embedding FROM embeddings WHERE model = ? AND photo_id IN ({marks})", [model, *chunk]
                ):
                    ids.append(int(pid))
                    blobs.append(blob)
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        vecs = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), -1)
        return np.asarray(ids, dtype=np.int64), vecs

    def removed_since(self, seq: int) -> list[int]:
        """Ids of photos taken out of search (deleted or changed) after ``seq``."""
        with self._lock:
            rows = self._db.execute("SELECT id FROM photos WHERE removed_seq > ?", (seq,)).fetchall()
        return [int(r[0]) for r in rows]

    # ------------------------------------------------------------ projections
    def features_for(self, model: str, photo_ids: Iterable[int]) -> tuple[np.ndarray, np.ndarray]:
        """The stored pre-projection features of the given photos (those that have them): ``(ids, features)``, by id."""
        ids: list[int] = []
        blobs: list[bytes] = []
        with self._lock:
            for chunk in _chunks(sorted({int(i) for i in photo_ids}), 900):
                marks = ",".join("?" * len(chunk))
                for pid, blob in self._db.execute(
                    f"""SELECT photo_id, features FROM embeddings
                        WHERE model = ? AND length(features) > 0 AND photo_id IN ({marks}) ORDER BY photo_id""",
                    [model, *chunk],
                ):
                    ids.append(int(pid))
                    blobs.append(blob)
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        return np.asarray(ids, dtype=np.int64), np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), -1)

    def add_projection(
        self,
        model: str,
        base_model: str,
        head: np.ndarray,
        progress: Callable[[int, int], None] | None = None,
        chunk: int = 5000,
    ) -> int:
        """Serve ``model`` from ``base_model``'s stored features through an image head.

        Every photo with a ``base_model`` row gets a derived ``model`` row (its
        features projected through ``head`` and normalised; no image is
        decoded), replacing any rows ``model`` had; its cached text queries
        are dropped. From then on :meth:`store_embeddings` keeps it in step.

        Args:
            model: The derived identity, e.g. ``test-tiny+p1``.
            base_model: The model whose features are projected.
            head: The ``(F, D)`` image head.
            progress: Called with (rows done, total).
            chunk: Rows per transaction (writers are never blocked for long).

        Returns:
            How many rows were written.
        """
        head = np.ascontiguousarray(head, dtype=np.float32)
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO projections(model, base_model, head, rows, cols, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (model, base_model, head.tobytes(), head.shape[0], head.shape[1], time.time()),
            )
            db.execute("DELETE FROM embeddings WHERE model = ?", (model,))
            db.execute("DELETE FROM query_cache WHERE model = ?", (model,))
            total = int(db.execute("SELECT COUNT(*) FROM embeddings WHERE model = ?", (base_model,)).fetchone()[0])
        done, last_id = 0, -1
        while True:
            with self.transaction() as db:
                rows = db.execute(
                    """SELECT photo_id, features FROM embeddings WHERE model = ? AND photo_id > ? AND length(features) > 0
                       ORDER BY photo_id LIMIT ?""",
                    (base_model, last_id, chunk),
                ).fetchall()
                if not rows:
                    break
                ids = [int(r[0]) for r in rows]
                features = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
                self._store_derived(db, model, ids, project_features(features, head), self._next_seq(db), time.time())
            done += len(rows)
            last_id = ids[-1]
            if progress:
                progress(done, total)
        return done

    def remove_projection(self, model: str) -> None:
        """Stop serving a derived identity: drop its projection, its rows and its cached queries."""
        with self.transaction() as db:
            db.execute("DELETE FROM projections WHERE model = ?", (model,))
            db.execute("DELETE FROM embeddings WHERE model = ?", (model,))
            db.execute("DELETE FROM query_cache WHERE model = ?", (model,))

    def projections(self, base_model: str) -> list[str]:
        """The derived identities kept in step with ``base_model``."""
        with self._lock:
            rows = self._db.execute("SELECT model FROM projections WHERE base_model = ? ORDER BY model", (base_model,)).fetchall()
        return [str(r[0]) for r in rows]

    def _projections_of(self, db: sqlite3.Connection, base_model: str) -> list[tuple[str, np.ndarray]]:
        rows = db.execute("SELECT model, head, rows, cols FROM projections WHERE base_model = ?", (base_model,)).fetchall()
        return [(str(m), np.frombuffer(h, dtype=np.float32).reshape(int(r), int(c))) for m, h, r, c in rows]

    def _store_derived(
        self, db: sqlite3.Connection, model: str, ids: Sequence[int], embeddings: np.ndarray, seq: int, now: float
    ) -> None:
        # Empty features: the base model's row holds them (no second copy).
        db.executemany(
            """INSERT INTO embeddings(photo_id, model, features, embedding, seq, created_at) VALUES (?, ?, X'', ?, ?, ?)
               ON CONFLICT(photo_id, model) DO UPDATE SET embedding = excluded.embedding, seq = excluded.seq,
               created_at = excluded.created_at""",
            [(int(pid), model, _blob(e), seq, now) for pid, e in zip(ids, embeddings)],
        )

    # ------------------------------------------------------------------ query
    def filtered_photo_ids(self, **filters: Unpack[PhotoFilter]) -> list[int]:
        """Ids of active photos matching the filters (see :meth:`photos_matching`)."""
        where, params = _filter_clause(**filters)
        with self._lock:
            rows = self._db.execute(f"SELECT id FROM photos WHERE {where}", params).fetchall()
        return [int(r[0]) for r in rows]

    def photos_matching(self, **filters: Unpack[PhotoFilter]) -> list[PhotoRecord]:
        """Active photos matching the filters (:class:`PhotoFilter`), newest first (for browsing)."""
        where, params = _filter_clause(**filters)
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE {where} ORDER BY COALESCE(date_taken, mtime) DESC, id DESC",
                params,
            ).fetchall()
        return [_photo(r) for r in rows]

    def cached_query(self, model: str, text: str) -> np.ndarray | None:
        """A text query's cached embedding, or None."""
        with self._lock:
            row = self._db.execute("SELECT embedding FROM query_cache WHERE model = ? AND text = ?", (model, text)).fetchone()
        if row is None:
            return None
        return np.frombuffer(row[0], dtype=np.float32).copy()

    def cache_query(self, model: str, text: str, embedding: np.ndarray) -> None:
        """Remember a text query's embedding (the cache is trimmed to the most recent entries)."""
        if self.read_only:
            return
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO query_cache(model, text, embedding, used_at) VALUES (?, ?, ?, ?)",
                (model, text, _blob(embedding), time.time()),
            )
            db.execute(
                """DELETE FROM query_cache WHERE rowid IN (
                       SELECT rowid FROM query_cache ORDER BY used_at DESC LIMIT -1 OFFSET ?)""",
                (QUERY_CACHE_LIMIT,),
            )


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class PhotoFilter(TypedDict, total=False):
    """The filters of :meth:`Catalog.photos_matching` and :meth:`Catalog.filtered_photo_ids` (none: every active photo).

    Dates are the EXIF date taken, else the file's mtime. ``tag_id`` keeps the
    photos of a tag set's album: those that have the tag, automatically or
    confirmed by hand (``core/tagsets/``); ``user_album_id`` those the user put
    in an album of their own, ``favourites`` the favourites (``core/albums/``).
    """

    folder_prefix: str | None
    date_from: float | None
    date_to: float | None
    tag_id: int | None
    user_album_id: int | None
    favourites: bool


def chunked(items: Sequence[int], size: int = 900) -> Iterator[list[int]]:
    """``items`` as lists of at most ``size`` ints (SQLite limits the parameters of one statement)."""
    for start in range(0, len(items), size):
        yield [int(i) for i in items[start : start + size]]


def _filter_clause(
    folder_prefix: str | None = None,
    date_from: float | None = None,
    date_to: float | None = None,
    tag_id: int | None = None,
    user_album_id: int | None = None,
    favourites: bool = False,
) -> tuple[str, list[object]]:
    """The WHERE clause (and parameters) shared by every filtered photo query."""
    clauses = ["status = 'active'"]
    params: list[object] = []
    if folder_prefix:
        prefix = folder_prefix.rstrip("/\\")
        clauses.append("(path = ? OR substr(path, 1, ?) = ?)")
        params += [prefix, len(prefix) + 1, prefix + _sep(prefix)]
    if date_from is not None:
        clauses.append("COALESCE(date_taken, mtime) >= ?")
        params.append(date_from)
    if date_to is not None:
        clauses.append("COALESCE(date_taken, mtime) <= ?")
        params.append(date_to)
    if tag_id is not None:
        clauses.append("id IN (SELECT photo_id FROM photo_tags WHERE tag_id = ? AND assigned = 1)")
        params.append(tag_id)
    if user_album_id is not None:
        clauses.append("id IN (SELECT photo_id FROM user_album_photos WHERE album_id = ?)")
        params.append(user_album_id)
    if favourites:
        clauses.append("id IN (SELECT photo_id FROM favourites)")
    return " AND ".join(clauses), params


def _sep(path: str) -> str:
    return "\\" if "\\" in path and "/" not in path else "/"
