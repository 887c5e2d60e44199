"""The catalog's schema: numbered migrations, each saying why it exists.

A catalog records the last migration it ran in ``PRAGMA user_version``;
opening it runs the ones after that, each in one transaction
(:func:`migrate` backs the file up first).
Never edit a shipped migration; append a new one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from photoclip.core.albums.schema import ALBUM_TABLES
from photoclip.core.tagsets.schema import TAG_TABLES
from photoclip.core.word_search.schema import WORD_TABLES
from photoclip.errors import PhotoclipError


@dataclass(frozen=True)
class Migration:
    """One schema change.

    Attributes:
        version: The ``user_version`` the catalog has once it ran.
        why: What it adds, for people reading the list.
        statements: The SQL, run in order in one transaction.
    """

    version: int
    why: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "Initial schema: folders, photos, per-model features and embeddings, query cache.",
        (
            """CREATE TABLE meta (
                   key TEXT PRIMARY KEY,
                   value TEXT NOT NULL
               )""",
            """CREATE TABLE folders (
                   id INTEGER PRIMARY KEY,
                   path TEXT NOT NULL UNIQUE,
                   added_at REAL NOT NULL
               )""",
            # size + mtime decide whether a file must be looked at again;
            # partial_hash (+ size) recognises a moved or renamed file.
            """CREATE TABLE photos (
                   id INTEGER PRIMARY KEY,
                   path TEXT NOT NULL UNIQUE,
                   folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
                   size INTEGER NOT NULL,
                   mtime REAL NOT NULL,
                   partial_hash TEXT NOT NULL,
                   width INTEGER,
                   height INTEGER,
                   orientation INTEGER,
                   date_taken REAL,
                   status TEXT NOT NULL DEFAULT 'active',
                   error TEXT,
                   added_at REAL NOT NULL,
                   updated_at REAL NOT NULL,
                   removed_seq INTEGER
               )""",
            "CREATE INDEX photos_by_hash ON photos(partial_hash, size)",
            "CREATE INDEX photos_by_status ON photos(status)",
            "CREATE INDEX photos_by_removed_seq ON photos(removed_seq)",
            # features: pooled vision output before the projection head,
            # float32; embedding: projected and L2-normalised, float32.
            """CREATE TABLE embeddings (
                   photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
                   model TEXT NOT NULL,
                   features BLOB NOT NULL,
                   embedding BLOB NOT NULL,
                   seq INTEGER NOT NULL,
                   created_at REAL NOT NULL,
                   PRIMARY KEY (photo_id, model)
               )""",
            "CREATE INDEX embeddings_by_model_seq ON embeddings(model, seq)",
            # Text query embeddings, so a repeated query needs no model at all.
            """CREATE TABLE query_cache (
                   model TEXT NOT NULL,
                   text TEXT NOT NULL,
                   embedding BLOB NOT NULL,
                   used_at REAL NOT NULL,
                   PRIMARY KEY (model, text)
               )""",
            "INSERT INTO meta(key, value) VALUES ('seq', '0')",
        ),
    ),
    Migration(
        2,
        # A library root that disappears (an unplugged drive, an unmounted
        # share) is not a deletion. Its active photos get the status
        # 'offline' (the status column takes any text, so no table rebuild):
        # they leave search through the usual removed_seq mechanism but keep
        # their vectors. The folder records since when it is offline, so the
        # scanner knows to look at it whole when it returns and its photos
        # come back without being encoded again.
        "Offline folders: folders.offline_since; photos of a missing root get status 'offline'.",
        ("ALTER TABLE folders ADD COLUMN offline_since REAL",),
    ),
    Migration(
        3,
        # Zero-shot tag sets file photos into albums. The tables and why they
        # look as they do: core/tagsets/schema.py, beside their SQL.
        "Tag sets: tagsets, tags, photo_tags (auto/manual), per-model prompt embedding cache.",
        TAG_TABLES,
    ),
    Migration(
        4,
        # Personalisation (core/personalize/). Captions hang on photo ids,
        # which moves and renames keep, and nothing but deleting the photo row
        # drops them: not re-indexing, not a changed file, not a model switch.
        # A photo may have several; the same text twice is one caption.
        # text_features caches each caption's pre-projection text-tower output
        # per model, so a caption runs through the text tower once. A
        # projection serves a personalised identity ("<model>+<profile>") from
        # a base model's stored features through its own image head: its
        # embedding rows are derived (empty features: the base row holds them)
        # and store_embeddings writes them together with the base rows, so
        # photos embedded later are in both without a second encoder pass.
        "Captions, a per-model caption text-feature cache, and projections (personalised image heads).",
        (
            """CREATE TABLE captions (
                   id INTEGER PRIMARY KEY,
                   photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
                   text TEXT NOT NULL,
                   created_at REAL NOT NULL,
                   UNIQUE (photo_id, text)
               )""",
            """CREATE TABLE text_features (
                   model TEXT NOT NULL,
                   text TEXT NOT NULL,
                   features BLOB NOT NULL,
                   PRIMARY KEY (model, text)
               )""",
            """CREATE TABLE projections (
                   model TEXT PRIMARY KEY,
                   base_model TEXT NOT NULL,
                   head BLOB NOT NULL,
                   rows INTEGER NOT NULL,
                   cols INTEGER NOT NULL,
                   created_at REAL NOT NULL
               )""",
        ),
    ),
    Migration(
        5,
        # Albums the user fills by hand, and favourites (core/albums/schema.py
        # says why the tables look as they do).
        "User albums (user_albums, user_album_photos) and favourites.",
        ALBUM_TABLES,
    ),
    Migration(
        6,
        # A photo's own words (captions, file and folder names, album names)
        # are searchable beside its meaning; core/word_search/schema.py says what a
        # row holds and how triggers keep it in step.
        "Full-text words of each photo (photo_words, FTS5) and the triggers that keep them current.",
        WORD_TABLES,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def migrate(
    db: sqlite3.Connection,
    path: Path,
    *,
    read_only: bool,
    transaction: Callable[[], AbstractContextManager[object]],
) -> None:
    """Bring a catalog's schema up to :data:`SCHEMA_VERSION`, backing the file up first.

    Args:
        db: The open connection.
        path: The catalog file (the backup is written next to it).
        read_only: Only check the version; a read-only catalog is never migrated.
        transaction: The catalog's transaction context (each migration runs in one).

    Raises:
        PhotoclipError: The catalog is newer than this photoclip, or it could
            not be backed up (then it was not changed).
    """
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise PhotoclipError(
            f"The catalog {path} was written by a newer photoclip (schema {version}, this one knows {SCHEMA_VERSION}).",
            hint="Upgrade photoclip, or point --home at another library.",
        )
    if version == SCHEMA_VERSION or read_only:
        return
    if version > 0:
        # Back up before touching a library someone has spent time building.
        # Written under another name and renamed when complete: a backup
        # cut short (a full disk, a crash) must never be offered for restoring.
        backup = path.with_name(f"{path.name}.bak-v{version}")
        partial = path.with_name(f".{backup.name}.partial")
        try:
            dest = sqlite3.connect(partial)
            try:
                with dest:
                    db.backup(dest)
            finally:
                dest.close()
            os.replace(partial, backup)
        except (sqlite3.DatabaseError, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise PhotoclipError(
                f"The catalog {path} could not be backed up before upgrading it: {exc}.",
                hint="Free some disk space and run the command again; the catalog was not changed.",
            ) from exc
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        with transaction():
            for statement in migration.statements:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {migration.version}")
