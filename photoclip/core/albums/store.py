"""The user album tables' SQL: every read and write of ``user_albums``, ``user_album_photos`` and ``favourites``.

The tables are defined in ``schema.py``. :class:`AlbumStore` is what
``Library.albums`` hands out, as ``Library.tags`` hands out the tag sets'
manager. Its writes are ``Library``'s declared *short writes*: one catalog
transaction each, no model, so they need not queue behind the service's jobs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from photoclip.core.albums.records import UserAlbum
from photoclip.core.storage.catalog import Catalog, chunked
from photoclip.errors import PhotoclipError

# The longest album name kept; a longer one is refused rather than cut.
MAX_NAME_LENGTH = 200


class AlbumStore:
    """The user's albums and favourites in one library's catalog.

    Args:
        catalog: The library catalog (its writes are short transactions).
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def all(self) -> list[UserAlbum]:
        """Every user album, by name, with how many of its photos are searchable now."""
        with self.catalog.reading() as db:
            rows = db.execute(
                """SELECT a.id, a.name, a.created_at,
                          (SELECT COUNT(*) FROM user_album_photos ap JOIN photos p ON p.id = ap.photo_id
                            WHERE ap.album_id = a.id AND p.status = 'active')
                     FROM user_albums a ORDER BY a.name COLLATE NOCASE"""
            ).fetchall()
        return [UserAlbum(int(i), str(n), int(c), float(t)) for i, n, t, c in rows]

    def get(self, album_id: int) -> UserAlbum:
        """One album by id.

        Raises:
            PhotoclipError: No album has that id (it was deleted meanwhile).
        """
        for found in self.all():
            if found.id == album_id:
                return found
        raise PhotoclipError("That album no longer exists.", hint="It was deleted; the photos in it are still in the library.")

    def find(self, name: str) -> UserAlbum:
        """An album by its name, ignoring case and extra spaces.

        Raises:
            PhotoclipError: No album has that name (the message lists the ones there are).
        """
        wanted = " ".join(name.split()).casefold()
        every = self.all()
        for found in every:
            if found.name.casefold() == wanted:
                return found
        known = ", ".join(a.name for a in every) or "none yet"
        raise PhotoclipError(f"There is no album called {name}.", hint=f"Your albums: {known}.")

    def _valid_name(self, name: str, *, except_id: int | None = None) -> str:
        name = " ".join(name.split())  # no leading, trailing or doubled spaces: they only make look-alike names
        if not name:
            raise PhotoclipError("An album needs a name.")
        if len(name) > MAX_NAME_LENGTH:
            raise PhotoclipError(f"An album name can have at most {MAX_NAME_LENGTH} characters.")
        with self.catalog.reading() as db:
            row = db.execute("SELECT id FROM user_albums WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
        if row is not None and int(row[0]) != except_id:
            raise PhotoclipError(f"There is already an album called {name}.", hint="Choose another name.")
        return name

    def create(self, name: str) -> UserAlbum:
        """Make an empty album.

        Raises:
            PhotoclipError: The name is empty, too long, or taken (ignoring case).
        """
        name = self._valid_name(name)
        now = time.time()
        with self.catalog.transaction() as db:
            cursor = db.execute("INSERT INTO user_albums(name, created_at, updated_at) VALUES (?, ?, ?)", (name, now, now))
        return UserAlbum(int(cursor.lastrowid or 0), name, 0, now)

    def rename(self, album_id: int, name: str) -> UserAlbum:
        """Give an album another name; its photos stay in it.

        Raises:
            PhotoclipError: The album is gone, or the name is empty, too long or taken.
        """
        self.get(album_id)
        name = self._valid_name(name, except_id=album_id)
        with self.catalog.transaction() as db:
            db.execute("UPDATE user_albums SET name = ?, updated_at = ? WHERE id = ?", (name, time.time(), album_id))
        return self.get(album_id)

    def delete(self, album_id: int) -> None:
        """Delete an album. Its photos stay in the library (and in their other albums)."""
        with self.catalog.transaction() as db:
            db.execute("DELETE FROM user_albums WHERE id = ?", (album_id,))

    def add_photos(self, album_id: int, photo_ids: Iterable[int]) -> int:
        """Put photos in an album. Returns how many were not in it already.

        Raises:
            PhotoclipError: The album is gone.
        """
        self.get(album_id)
        now = time.time()
        added = 0
        with self.catalog.transaction() as db:
            for chunk in chunked(sorted(set(photo_ids))):
                # rowcount, not total_changes: the words table's triggers change rows too (core/word_search/schema.py).
                cursor = db.executemany(
                    "INSERT OR IGNORE INTO user_album_photos(album_id, photo_id, added_at) "
                    "SELECT ?, id, ? FROM photos WHERE id = ?",
                    [(album_id, now, pid) for pid in chunk],
                )
                added += max(cursor.rowcount, 0)
            db.execute("UPDATE user_albums SET updated_at = ? WHERE id = ?", (now, album_id))
        return added

    def remove_photos(self, album_id: int, photo_ids: Iterable[int]) -> int:
        """Take photos out of an album (never out of the library). Returns how many were in it."""
        removed = 0
        with self.catalog.transaction() as db:
            for chunk in chunked(sorted(set(photo_ids))):
                marks = ",".join("?" * len(chunk))
                cursor = db.execute(f"DELETE FROM user_album_photos WHERE album_id = ? AND photo_id IN ({marks})", [album_id, *chunk])
                removed += cursor.rowcount
            if removed:
                db.execute("UPDATE user_albums SET updated_at = ? WHERE id = ?", (time.time(), album_id))
        return removed

    def of_photo(self, photo_id: int) -> list[str]:
        """The names of the albums a photo is in, by name."""
        with self.catalog.reading() as db:
            rows = db.execute(
                "SELECT a.name FROM user_albums a JOIN user_album_photos ap ON ap.album_id = a.id "
                "WHERE ap.photo_id = ? ORDER BY a.name COLLATE NOCASE",
                (photo_id,),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def memberships(self) -> dict[str, set[str]]:
        """Album names by photo path, for every searchable photo in at least one album (for XMP sidecars)."""
        with self.catalog.reading() as db:
            rows = db.execute(
                "SELECT p.path, a.name FROM user_album_photos ap JOIN photos p ON p.id = ap.photo_id "
                "JOIN user_albums a ON a.id = ap.album_id WHERE p.status = 'active'"
            ).fetchall()
        found: dict[str, set[str]] = {}
        for path, name in rows:
            found.setdefault(str(path), set()).add(str(name))
        return found

    def set_favourite(self, photo_ids: Iterable[int], favourite: bool = True) -> int:
        """Mark photos as favourites, or unmark them. Returns how many changed."""
        changed = 0
        now = time.time()
        with self.catalog.transaction() as db:
            for chunk in chunked(sorted(set(photo_ids))):
                before = db.total_changes
                if favourite:
                    db.executemany(
                        "INSERT OR IGNORE INTO favourites(photo_id, added_at) SELECT id, ? FROM photos WHERE id = ?",
                        [(now, pid) for pid in chunk],
                    )
                else:
                    marks = ",".join("?" * len(chunk))
                    db.execute(f"DELETE FROM favourites WHERE photo_id IN ({marks})", chunk)
                changed += db.total_changes - before
        return changed

    def favourite_paths(self) -> list[str]:
        """Paths of the searchable favourite photos (for XMP sidecars)."""
        with self.catalog.reading() as db:
            rows = db.execute("SELECT p.path FROM favourites f JOIN photos p ON p.id = f.photo_id WHERE p.status = 'active'")
            return [str(r[0]) for r in rows]

    def favourite_ids(self) -> set[int]:
        """Ids of every favourite photo (searchable or not: the grid shows only what it lists anyway)."""
        with self.catalog.reading() as db:
            return {int(r[0]) for r in db.execute("SELECT photo_id FROM favourites")}
