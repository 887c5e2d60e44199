"""The user album tables' schema, kept beside the SQL that reads and writes them (``store.py``).

The catalog runs it as its migration 5 (``core/storage/schema.py`` orders the
migrations); plain SQL with no imports, as ``core/tagsets/schema.py``.

A membership row hangs on the photo id, which moves and renames keep, so a
photo stays in its albums when its file is renamed. Deleting a photo row drops
its memberships (ON DELETE CASCADE); a photo that is only missing for now
(an offline drive) keeps them and is simply not counted while it is away.
Favourites are a table of their own rather than an album: every photo app
treats them as a mark on the photo, and the grid asks for all of them at once.
"""

ALBUM_TABLES: tuple[str, ...] = (
    """CREATE TABLE user_albums (
           id INTEGER PRIMARY KEY,
           name TEXT NOT NULL UNIQUE COLLATE NOCASE,
           created_at REAL NOT NULL,
           updated_at REAL NOT NULL
       )""",
    """CREATE TABLE user_album_photos (
           album_id INTEGER NOT NULL REFERENCES user_albums(id) ON DELETE CASCADE,
           photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
           added_at REAL NOT NULL,
           PRIMARY KEY (album_id, photo_id)
       )""",
    "CREATE INDEX user_album_photos_by_photo ON user_album_photos(photo_id)",
    """CREATE TABLE favourites (
           photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
           added_at REAL NOT NULL
       )""",
)
