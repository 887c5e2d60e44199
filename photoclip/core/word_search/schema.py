"""The words table's schema: one FTS5 row per photo, kept in step by triggers.

The catalog runs it as its migration 6 (``core/storage/schema.py`` orders the
migrations); plain SQL with no imports, as ``core/albums/schema.py``.

A photo's row holds its path below its library folder (the folder's own path
would match every photo: "home", "Pictures"), its captions, the names of the
user's albums it is in and the labels of tags confirmed for it by hand
(labels a model assigned are left out: the image ranking already says what a
model sees). The view ``photo_words_source`` says what a row holds; every
trigger rewrites the rows it touches from it, so captions, renames, moves and
album edits are searchable in the same transaction that made them, whichever
module wrote them. The row id is the photo id. ``unicode61`` with diacritics
removed splits ``beach_2019.jpg`` into ``beach 2019 jpg`` and lets "sofá"
match "sofa".
"""

# Rewrites the rows of the photos that ``{ids}`` selects (a SELECT of photo ids).
_REWRITE = """DELETE FROM photo_words WHERE rowid IN ({ids});
    INSERT INTO photo_words(rowid, words) SELECT photo_id, words FROM photo_words_source WHERE photo_id IN ({ids});"""


def _trigger(name: str, event: str, ids: str, when: str = "") -> str:
    when_clause = f" WHEN {when}" if when else ""
    return f"CREATE TRIGGER {name} AFTER {event}{when_clause} BEGIN {_REWRITE.format(ids=ids)} END"


WORD_TABLES: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE photo_words USING fts5(words, tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE VIEW photo_words_source(photo_id, words) AS
       SELECT p.id,
              CASE WHEN f.path IS NOT NULL AND substr(p.path, 1, length(f.path)) = f.path
                   THEN substr(p.path, length(f.path) + 2) ELSE p.path END
              || ' ' || coalesce((SELECT group_concat(c.text, ' ') FROM captions c WHERE c.photo_id = p.id), '')
              || ' ' || coalesce((SELECT group_concat(a.name, ' ') FROM user_album_photos ap
                                  JOIN user_albums a ON a.id = ap.album_id WHERE ap.photo_id = p.id), '')
              || ' ' || coalesce((SELECT group_concat(t.label, ' ') FROM photo_tags pt JOIN tags t ON t.id = pt.tag_id
                                  WHERE pt.photo_id = p.id AND pt.source = 'manual' AND pt.assigned = 1), '')
       FROM photos p LEFT JOIN folders f ON f.id = p.folder_id""",
    # A new photo has no row yet: insert only (an FTS5 delete of a missing row is costly, and a
    # scan adds photos by the thousand).
    """CREATE TRIGGER photo_words_photo_added AFTER INSERT ON photos BEGIN
           INSERT INTO photo_words(rowid, words) SELECT photo_id, words FROM photo_words_source WHERE photo_id = NEW.id;
       END""",
    _trigger("photo_words_photo_moved", "UPDATE OF path, folder_id ON photos", "NEW.id"),
    "CREATE TRIGGER photo_words_photo_deleted AFTER DELETE ON photos BEGIN DELETE FROM photo_words WHERE rowid = OLD.id; END",
    _trigger("photo_words_caption_added", "INSERT ON captions", "NEW.photo_id"),
    _trigger("photo_words_caption_changed", "UPDATE ON captions", "OLD.photo_id, NEW.photo_id"),
    _trigger("photo_words_caption_removed", "DELETE ON captions", "OLD.photo_id"),
    _trigger("photo_words_album_added", "INSERT ON user_album_photos", "NEW.photo_id"),
    _trigger("photo_words_album_removed", "DELETE ON user_album_photos", "OLD.photo_id"),
    _trigger(
        "photo_words_album_renamed", "UPDATE OF name ON user_albums", "SELECT photo_id FROM user_album_photos WHERE album_id = NEW.id"
    ),
    # Only confirmations by hand change a row: a tag set's run rewrites many
    # 'auto' rows, and must not pay for a rewrite per row.
    _trigger("photo_words_tag_added", "INSERT ON photo_tags", "NEW.photo_id", "NEW.source = 'manual'"),
    _trigger(
        "photo_words_tag_changed", "UPDATE ON photo_tags", "NEW.photo_id", "NEW.source = 'manual' OR OLD.source = 'manual'"
    ),
    _trigger("photo_words_tag_removed", "DELETE ON photo_tags", "OLD.photo_id", "OLD.source = 'manual'"),
    _trigger(
        "photo_words_tag_renamed",
        "UPDATE OF label ON tags",
        "SELECT photo_id FROM photo_tags WHERE tag_id = NEW.id AND source = 'manual' AND assigned = 1",
    ),
    # The photos a library already has.
    "INSERT INTO photo_words(rowid, words) SELECT photo_id, words FROM photo_words_source",
)
