"""The user's own albums and favourites at work: make, rename and delete albums, put photos in and take them out.

The sidebar (``sidebar.py``) and the grid's menu only ask; this runs each
change through ``Library.albums`` (a short write: one catalog transaction) on
the window's pool, says what it did, and asks the window to show the new
counts (:attr:`AlbumActions.changed`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from photoclip.core.albums import UserAlbum
from photoclip.core.library import Library
from photoclip.gui.photo_view import PhotoView
from photoclip.gui.workers import Submit

T = TypeVar("T")


class AlbumActions(QObject):
    """Changes to the user's albums and favourites, asked for by the sidebar, the grid or the photo view.

    Args:
        library: The open library.
        submit: The window's pool call.
        parent: The main window (dialogs open over it).
    """

    # Albums or favourites changed: reload the sidebar's counts and, if one is on show, the grid.
    changed = Signal()
    # What a change did, for the status bar.
    status = Signal(str)

    def __init__(self, library: Library, submit: Submit, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self._submit = submit
        self._window = parent
        # The Library menu's and the sidebar's "New album…".
        self.new_album_action = QAction(self.tr("New album…"), parent)
        self.new_album_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N))
        self.new_album_action.triggered.connect(lambda _checked=False: self.ask_new_album())
        parent.addAction(self.new_album_action)

    def _run(self, work: Callable[[], T], said: Callable[[T], str]) -> None:
        def done(result: T) -> None:
            self.status.emit(said(result))
            self.changed.emit()

        self._submit(work, done)

    # ------------------------------------------------------------ albums
    def ask_new_album(self, photo_ids: list[int] | None = None) -> None:
        """Ask for a name, make the album, and put ``photo_ids`` in it (if any)."""
        name, ok = QInputDialog.getText(self._window, self.tr("New album"), self.tr("Name of the new album:"), QLineEdit.EchoMode.Normal)
        if not ok or not name.strip():
            return
        albums = self.library.albums
        ids = list(photo_ids or [])

        def work() -> tuple[UserAlbum, int]:
            made = albums.create(name)
            return made, albums.add_photos(made.id, ids) if ids else 0

        def said(result: tuple[UserAlbum, int]) -> str:
            made, added = result
            if added:
                return self.tr("Album “{0}” made with %Ln photos", "", added).format(made.name)
            return self.tr("Album “{0}” made: drop photos on it, or use Add to album in a photo's menu").format(made.name)

        self._run(work, said)

    def ask_rename(self, album: UserAlbum) -> None:
        """Ask for another name for an album and rename it."""
        name, ok = QInputDialog.getText(
            self._window, self.tr("Rename album"), self.tr("New name of “{0}”:").format(album.name), QLineEdit.EchoMode.Normal, album.name
        )
        if not ok or name.strip() == album.name:
            return
        albums = self.library.albums
        self._run(lambda: albums.rename(album.id, name), lambda renamed: self.tr("Album renamed to “{0}”").format(renamed.name))

    def ask_delete(self, album: UserAlbum) -> None:
        """Ask before deleting an album (its photos stay in the library), then delete it."""
        question = self.tr("Delete the album “{0}”? Its %Ln photos stay in your library and in their folders.", "", album.count).format(album.name)
        if QMessageBox.question(self._window, self.tr("Delete album"), question) != QMessageBox.StandardButton.Yes:
            return
        albums = self.library.albums
        self._run(lambda: albums.delete(album.id), lambda _none: self.tr("Album “{0}” deleted").format(album.name))

    def add(self, album_id: int, photo_ids: list[int]) -> None:
        """Put photos in an album of the user's."""
        albums = self.library.albums

        def work() -> tuple[UserAlbum, int]:
            return albums.get(album_id), albums.add_photos(album_id, photo_ids)

        def said(result: tuple[UserAlbum, int]) -> str:
            album, added = result
            return self.tr("%Ln photos added to “{0}”", "", added).format(album.name)

        self._run(work, said)

    def remove(self, album: UserAlbum, photo_ids: list[int]) -> None:
        """Take photos out of an album of the user's (never out of the library)."""
        albums = self.library.albums
        self._run(
            lambda: albums.remove_photos(album.id, photo_ids),
            lambda removed: self.tr("%Ln photos taken out of “{0}”", "", removed).format(album.name),
        )

    def set_favourite(self, photo_ids: list[int], favourite: bool) -> None:
        """Mark photos as favourites, or unmark them."""
        albums = self.library.albums
        if favourite:
            self._run(lambda: albums.set_favourite(photo_ids, True), lambda n: self.tr("%Ln photos added to Favourites", "", n))
        else:
            self._run(lambda: albums.set_favourite(photo_ids, False), lambda n: self.tr("%Ln photos taken out of Favourites", "", n))

    def attach_photo_view(self, view: PhotoView) -> None:
        """The photo view's heart marks or unmarks the photo on show."""
        view.favourite_toggled.connect(lambda photo_id, on: self.set_favourite([photo_id], on))

    def toggle_favourite(self, photo_ids: list[int], favourites: set[int]) -> None:
        """Unmark the photos when every one is a favourite already, else mark them all."""
        if photo_ids:
            self.set_favourite(photo_ids, not all(i in favourites for i in photo_ids))

    def drop(self, kind: str, value: object, photo_ids: list[int]) -> None:
        """Photos dropped on a sidebar item (``Sidebar.photos_dropped``): into that album, or into Favourites."""
        if kind == "user-album" and isinstance(value, int):
            self.add(value, photo_ids)
        elif kind == "favourites":
            self.set_favourite(photo_ids, True)

    def sidebar_menu(self, album: UserAlbum | None, others: list[QAction], parent: QWidget) -> QMenu:
        """The sidebar's context menu: rename and delete on an album of the user's, else New album and ``others``."""
        menu = QMenu(parent)
        if album is not None:
            menu.addAction(self.tr("Rename…"), lambda: self.ask_rename(album))
            menu.addAction(self.tr("Delete…"), lambda: self.ask_delete(album))
        else:
            menu.addAction(self.new_album_action)
            menu.addActions(others)
        return menu

    def add_to_album_menu(self, photo_ids: list[int], albums: list[UserAlbum], parent: QWidget) -> QMenu:
        """The "Add to album" menu: one entry per album of the user's, then "New album…" (made with these photos)."""
        menu = QMenu(self.tr("Add to album"), parent)
        for album in albums:
            menu.addAction(album.name, functools.partial(self.add, album.id, photo_ids))
        if albums:
            menu.addSeparator()
        menu.addAction(self.tr("New album…"), lambda: self.ask_new_album(photo_ids))
        return menu
