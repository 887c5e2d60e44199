"""The tag tables' schema, kept beside the SQL that reads and writes them (``store.py``).

The catalog runs it as its migration 3 (``core/storage/schema.py`` orders the
migrations). It is plain SQL text with no imports, so the storage package can
take it without depending on the rest of this package.

A set's definition is kept whole as JSON (what the user imported, exported
again unchanged); ``tags`` gives each label a stable id so manual
confirmations survive edits of the set. ``photo_tags`` holds one row per
(photo, tag): source 'auto' rows are rewritten by every run, source 'manual'
rows (assigned 1 = confirmed, 0 = rejected) are never touched by a run.
``labelled_seq`` is the catalog seq up to which a set has labelled new
embeddings, so photos embedded while labelling was interrupted are caught up
later. Prompt ensembles are cached per model, keyed by a hash of the prompts,
so re-applying a set needs no text model.
"""

TAG_TABLES: tuple[str, ...] = (
    """CREATE TABLE tagsets (
           id INTEGER PRIMARY KEY,
           name TEXT NOT NULL UNIQUE COLLATE NOCASE,
           definition TEXT NOT NULL,
           revision INTEGER NOT NULL DEFAULT 1,
           applied_revision INTEGER,
           applied_model TEXT,
           applied_at REAL,
           labelled_seq INTEGER,
           created_at REAL NOT NULL,
           updated_at REAL NOT NULL
       )""",
    """CREATE TABLE tags (
           id INTEGER PRIMARY KEY,
           tagset_id INTEGER NOT NULL REFERENCES tagsets(id) ON DELETE CASCADE,
           label TEXT NOT NULL COLLATE NOCASE,
           position INTEGER NOT NULL,
           learned_threshold REAL,
           UNIQUE (tagset_id, label)
       )""",
    """CREATE TABLE photo_tags (
           photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
           tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
           score REAL,
           source TEXT NOT NULL,
           assigned INTEGER NOT NULL,
           updated_at REAL NOT NULL,
           PRIMARY KEY (photo_id, tag_id)
       )""",
    "CREATE INDEX photo_tags_by_tag ON photo_tags(tag_id, assigned)",
    """CREATE TABLE tag_prompt_cache (
           model TEXT NOT NULL,
           key TEXT NOT NULL,
           embedding BLOB NOT NULL,
           created_at REAL NOT NULL,
           PRIMARY KEY (model, key)
       )""",
)
