"""The main window's searches: the query in the search field, a photo used as a query, "Show more" and back.

A search is parsed in the core (``core/query.py``: ``+``, ``-``, ``N:``) and
answered by ``Library.query``, which returns the matches first and the rest
below its relevance cut; the grid shows the matches, and "Show more" the rest.
A photo used as a query is a chip beside the search field (its thumbnail, its
name and an x to remove it); "Find similar" puts a photo there, so that text
typed next reads "like this photo, but ...". While a photo is the query a
header above the grid says which one. Esc goes back through the views that
"Find similar" left: the previous query, results and status come back as they
were.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from photoclip.core.query import parse_query, photo_query
from photoclip.core.storage.records import PhotoRecord
from photoclip.errors import PhotoclipError
from photoclip.gui.core_messages import core_text
from photoclip.gui.grid import GridItem

if TYPE_CHECKING:  # only for types: the window this serves, and the core's query and result
    from photoclip.core.query import Query
    from photoclip.core.search import SearchResult
    from photoclip.gui.main_window import MainWindow

# Hits asked of a search: its matches, and the rest for "Show more".
RESULT_COUNT = 200
CHIP_THUMB = 28
HEADER_THUMB = 48
BACK_STACK = 20


class QueryChip(QFrame):
    """A photo used as a query, beside the search field: its thumbnail, its name and an x that removes it.

    Args:
        parent: The main window.
    """

    # The user removed the photo from the query.
    removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: PhotoRecord | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 2, 1)
        layout.setSpacing(4)
        self.thumb = QLabel()
        self.thumb.setFixedSize(QSize(CHIP_THUMB, CHIP_THUMB))
        self.name = QLabel()
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this photo from the search"))
        self.remove_button.clicked.connect(self._remove)
        layout.addWidget(self.thumb)
        layout.addWidget(self.name)
        layout.addWidget(self.remove_button)
        self.setVisible(False)

    @property
    def photo_id(self) -> int | None:
        """The library photo in the query, or None."""
        return self.record.id if self.record is not None else None

    def show_photo(self, record: PhotoRecord | None, pixmap: QPixmap | None = None) -> None:
        """Put a photo in the query (None: none).

        Args:
            record: The photo.
            pixmap: Its thumbnail, when loaded.
        """
        self.record = record
        self.setVisible(record is not None)
        if record is None:
            return
        name = Path(record.path).name
        self.name.setText(name if len(name) <= 24 else name[:22] + "…")
        self.setToolTip(self.tr("Searching for photos like {0}").format(name))
        self.set_thumbnail(pixmap)

    def set_thumbnail(self, pixmap: QPixmap | None) -> None:
        """Show the photo's thumbnail (None: blank until it loads)."""
        self.thumb.setPixmap(_fit(pixmap, CHIP_THUMB))

    def _remove(self) -> None:
        self.show_photo(None)
        self.removed.emit()


class SimilarHeader(QFrame):
    """Above the grid while a photo is the query: its thumbnail, "Similar to NAME" and a way back.

    Args:
        parent: The main window.
    """

    # The user asked to go back to the view before "Find similar".
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.thumb = QLabel()
        self.thumb.setFixedSize(QSize(HEADER_THUMB, HEADER_THUMB))
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to the previous view (Esc)"))
        self.back_button.clicked.connect(self.back)
        layout.addWidget(self.thumb)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        self.setVisible(False)

    def show_photo(self, record: PhotoRecord | None, pixmap: QPixmap | None = None) -> None:
        """Say which photo the results are similar to (None: hide).

        Args:
            record: The photo of the query.
            pixmap: Its thumbnail, when loaded.
        """
        self.setVisible(record is not None)
        if record is not None:
            self.label.setText(self.tr("Similar to {0}").format(Path(record.path).name))
            self.thumb.setPixmap(_fit(pixmap, HEADER_THUMB))


def _fit(pixmap: QPixmap | None, side: int) -> QPixmap:
    if pixmap is None or pixmap.isNull():
        return QPixmap()
    return pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


@dataclass(frozen=True)
class _View:
    """What Esc brings back from "Find similar": the query, the results and what the status bar said."""

    mode: str
    text: str
    photo: PhotoRecord | None
    status: str
    items: tuple[GridItem, ...]
    more: tuple[GridItem, ...]
    row: int
    empty: str


class SearchFlow(QObject):
    """The window's searches: text, a photo, or both; their matches, "Show more", and back.

    Args:
        window: The main window (its search field, grid, filters and status bar).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.chip = QueryChip(window)
        self.chip.removed.connect(self._chip_removed)
        self.header = SimilarHeader(window)
        self.header.back.connect(self.go_back)
        self.more_button = QPushButton()
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.show_more)
        self._more: list[GridItem] = []
        self._back: list[_View] = []
        self._pixmap: QPixmap | None = None

    # ------------------------------------------------------------ searching
    def run_search(self) -> None:
        """Search for what the search field and the chip say (debounced as the user types)."""
        w = self.window
        w.search_field.stop_waiting()
        text = w.search_field.text().strip()
        photo = self.chip.photo_id
        if not text and photo is None:
            w.show_browse()
            return
        try:
            query = parse_query(text) if text else photo_query(photo or 0)
        except PhotoclipError as exc:
            w.status_label.setText(core_text(str(exc)).replace("\n", " "))  # typing goes on: no dialog
            return
        if text and photo is not None:
            query = query.with_photo(photo)
        self._run(query, text)

    def find_similar(self, photo_id: int) -> None:
        """Show the photos most like ``photo_id``: the photo becomes the query's chip (text typed next refines it)."""
        w = self.window
        self._remember_view()
        record = next((i.record for i in w.model.items() if i.record.id == photo_id), None) or w.library.photo(photo_id)
        self._set_photo(record)
        self._set_text("")
        self._run(photo_query(photo_id), "")

    def _run(self, query: Query, text: str) -> None:
        w = self.window
        w._grid_ticket += 1
        ticket = w._grid_ticket
        photo_only = query.single_photo is not None
        w.mode = "similar" if photo_only else "search"
        filters = w.filters()
        if self.chip.photo_id is not None:  # a photo's likes come from the whole library
            filters = replace(filters, album=None, user_album=None, favourites=False)
        library = w.library
        w.status_label.setText(self.tr("Finding similar photos…") if photo_only else self.tr("Searching…"))
        self._show_more_button([])
        indexing, scope = w._busy, w.scope_name()  # what waits is counted (two COUNTs) only while indexing

        def work() -> tuple[SearchResult, int]:
            return library.query(query, RESULT_COUNT, filters), library.pending(library.serving_model()) if indexing else 0

        def done(answer: tuple[SearchResult, int]) -> None:
            result, waiting = answer
            if ticket != w._grid_ticket:
                return
            items = [GridItem(h.record, h.score) for h in result.matches]
            more = [GridItem(h.record, h.score) for h in result.more]
            w.status_label.setText(self._said(photo_only, text, scope, len(items), waiting))
            if items and text:
                w.search_field.remember(text)
            w._show_grid("similar" if photo_only else "search", items, ticket, self._empty_text(photo_only, text, more))
            self._show_more_button(more)

        def failed(message: str) -> None:
            if ticket == w._grid_ticket:
                w.status_label.setText(core_text(message).replace("\n", " "))

        w._submit(work, done, failed)

    def _said(self, photo_only: bool, text: str, scope: str | None, count: int, waiting: int) -> str:
        """The status line of a search's results: what matches (not what was fetched)."""
        if photo_only:
            said = self.tr("%Ln similar photos", "", count)
        elif not count:
            said = self.tr("Nothing matches “{0}” well").format(text)
        elif scope is not None:
            said = self.tr("Best matches for “{0}” in “{1}” (%Ln photos)", "", count).format(text, scope)
        else:
            said = self.tr("Best matches for “{0}” (%Ln photos)", "", count).format(text)
        # During the first index a search covers what is embedded so far: say what it does not see yet.
        return said + (self.tr("; %Ln photos are not indexed yet", "", waiting) if waiting else "")

    def _empty_text(self, photo_only: bool, text: str, more: list[GridItem]) -> str:
        if photo_only:
            return self.tr("No similar photos found.")
        if more:
            return self.tr("No photo matches “{0}” well. Show more lists the closest ones anyway.").format(text)
        return self.tr("No photos match “{0}”.").format(text)

    # ------------------------------------------------------------ show more
    def _show_more_button(self, more: list[GridItem]) -> None:
        self._more = list(more)
        self.more_button.setText(self.tr("Show %Ln more (less alike)", "", len(more)))
        self.more_button.setVisible(bool(more))

    def show_more(self) -> None:
        """Add the hits below the relevance cut to the grid, after the matches."""
        w = self.window
        if not self._more:
            return
        row = max(w.grid.currentIndex().row(), 0)
        w.model.set_items(w.model.items() + self._more)
        w.empty_label.setVisible(False)
        w.grid.setCurrentIndex(w.model.index(row))
        self._show_more_button([])

    # ------------------------------------------------------------ the photo in the query
    def _set_photo(self, record: PhotoRecord | None) -> None:
        """Put a photo in the chip and the header, loading its thumbnail off the GUI thread."""
        self.chip.show_photo(record)
        self.header.show_photo(record)
        self._pixmap = None
        if record is None:
            return
        store = self.window.library.thumbnails

        def done(path: object) -> None:
            if self.chip.photo_id != record.id:
                return  # another photo took its place
            self._pixmap = QPixmap(str(path))
            self.chip.set_thumbnail(self._pixmap)
            self.header.show_photo(record, self._pixmap)

        self.window._submit(lambda: store.ensure(record), done, lambda _message: None)

    def _chip_removed(self) -> None:
        self.header.show_photo(None)
        if self.window.search_field.text().strip():
            self.run_search()  # the text alone now
        else:
            self.go_back()

    # ------------------------------------------------------------ back
    def _remember_view(self) -> None:
        w = self.window
        current = w.grid.currentIndex()
        view = _View(
            w.mode,
            w.search_field.text(),
            self.chip.record,
            w.status_label.text(),
            tuple(w.model.items()),
            tuple(self._more),
            current.row() if current.isValid() else 0,
            w.empty_label.text(),
        )
        self._back = [*self._back, view][-BACK_STACK:]

    def go_back(self) -> None:
        """Esc: out of full screen; from the photo view to the grid; from "Find similar" to the view before; else clear the search."""
        w = self.window
        if w.photo_view.is_full_screen():
            w.photo_view.set_full_screen(False)
        elif w.pages.currentIndex() == 1:
            w.pages.setCurrentIndex(0)
            w.grid.setFocus()
        elif self._back:
            self._restore(self._back.pop())
        elif w.mode != "browse" or w.search_field.text() or self.chip.photo_id is not None:
            self._set_photo(None)
            self._set_text("")
            w.show_browse()

    def _restore(self, view: _View) -> None:
        """Bring back a view that "Find similar" left: its query, results, selection and status, as they were."""
        w = self.window
        w._grid_ticket += 1
        w.mode = view.mode
        self._set_photo(view.photo)
        self._set_text(view.text)
        w._show_grid(view.mode, list(view.items), w._grid_ticket, view.empty)
        if view.items:
            w.grid.setCurrentIndex(w.model.index(min(view.row, len(view.items) - 1)))
        self._show_more_button(list(view.more))
        w.status_label.setText(view.status)

    def _set_text(self, text: str) -> None:
        """Put text in the search field without the search that typing starts (the caller shows the view itself)."""
        field = self.window.search_field
        field.blockSignals(True)
        field.setText(text)
        field.blockSignals(False)
        field.stop_waiting()

    def forget_back(self) -> None:
        """The user went elsewhere (an album, a folder): Esc no longer leads back to the views before."""
        self._back = []
        self._set_photo(None)
