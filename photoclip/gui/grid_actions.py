"""What can be done with the photos selected in the grid: the context menu and its actions.

Open, show in folder and find similar act on one photo; copy to a folder,
favourites, adding to (or, inside it, taking out of) an album of the user's,
and, inside a tag-set album, confirming or rejecting its tag act on the whole
selection.
The copy runs as a pool worker with a progress dialog; tag feedback goes to
the service (the library's one writer) as one job for all the photos.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QProgressDialog, QPushButton, QToolButton, QWidget

from photoclip.core.storage.records import PhotoRecord
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.workers import Report, Worker, traceback_text, watch_future

if TYPE_CHECKING:  # only for the type of the window this serves
    from photoclip.gui.main_window import MainWindow


class GridActions(QObject):
    """The grid's context menu and the batch actions behind it.

    Args:
        window: The main window (its grid, library, service and status bar).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.copy_worker: Worker | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.menu: QMenu | None = None
        window.grid.customContextMenuRequested.connect(self.show_menu)
        self.select_all_action = QAction(self.tr("Select all"), window.grid)
        self.select_all_action.setShortcut(QKeySequence.StandardKey.SelectAll)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.select_all_action.triggered.connect(window.grid.selectAll)
        window.grid.addAction(self.select_all_action)
        self._album_entries: QMenu | None = None
        self.selection_bar = self._build_selection_bar()
        window.grid.selectionModel().selectionChanged.connect(self._selection_changed)

    def _build_selection_bar(self) -> QWidget:
        """The bar above the grid while several photos are selected: their count, albums, favourites, deselect.

        Copying them is in the right-click menu and File; the bar stays narrow enough for an 800 px window.
        """
        bar = QWidget()
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.selection_label = QLabel()
        layout.addWidget(self.selection_label)
        self.album_button = QToolButton()
        self.album_button.setText(self.tr("Add to album"))
        self.album_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.album_button.setMenu(QMenu(self.album_button))
        self.album_button.menu().aboutToShow.connect(self._fill_album_menu)
        layout.addWidget(self.album_button)
        self.favourite_button = QPushButton(self.tr("♥ Favourite"))
        self.favourite_button.clicked.connect(lambda: self.window.toggle_favourite())
        layout.addWidget(self.favourite_button)
        clear = QPushButton(self.tr("Deselect"))
        clear.clicked.connect(self._deselect)
        layout.addWidget(clear)
        layout.addStretch(1)
        bar.setVisible(False)
        return bar

    def _selection_changed(self, *_args: object) -> None:
        # Counted over the selection's ranges: a list of every selected index costs 40,000 objects after Ctrl+A.
        selection = self.window.grid.selectionModel().selection()
        count = sum(selection.at(i).height() for i in range(selection.count()))
        self.selection_bar.setVisible(count > 1)
        self.selection_label.setText(self.tr("%Ln photos selected", "", count))

    def _fill_album_menu(self) -> None:
        menu = self.album_button.menu()
        menu.clear()
        if self._album_entries is not None:
            self._album_entries.deleteLater()  # the last opening's entries
        ids = [p.id for p in self.selected()]
        self._album_entries = self.window.album_actions.add_to_album_menu(ids, self.window.user_albums(), self.album_button)
        menu.addActions(self._album_entries.actions())

    def _deselect(self) -> None:
        current = self.window.grid.currentIndex()
        self.window.grid.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def selected(self) -> list[PhotoRecord]:
        """The selected photos, in grid order."""
        grid, model = self.window.grid, self.window.model
        rows = sorted(index.row() for index in grid.selectionModel().selectedIndexes())
        return [model.item(row).record for row in rows]

    def select(self, photo_ids: list[int]) -> None:
        """Select these photos (those still in the grid), in as few ranges as their rows allow."""
        model = self.window.model
        rows = sorted(r for r in (model.row_of(i) for i in photo_ids) if r is not None)
        selection = QItemSelection()
        start = prev = None
        for row in [*rows, None]:
            if row is not None and prev is not None and row == prev + 1:
                prev = row
                continue
            if start is not None and prev is not None:
                selection.select(model.index(start), model.index(prev))
            start = prev = row
        self.window.grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def build_menu(self) -> QMenu:
        """The context menu for the selection as it is now."""
        window = self.window
        photos = self.selected()
        menu = QMenu(window.grid)
        one = len(photos) == 1
        open_action = menu.addAction(self.tr("Open"))
        open_action.setEnabled(one)
        open_action.triggered.connect(lambda: self._open(photos[0]))
        show_action = menu.addAction(self.tr("Show in folder"))
        show_action.setEnabled(one)
        show_action.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(photos[0].path))))
        similar_action = menu.addAction(self.tr("Find similar photos"))
        similar_action.setEnabled(one)
        similar_action.triggered.connect(lambda: window.find_similar(photos[0].id))
        menu.addSeparator()
        copy_action = menu.addAction(self.tr("Copy %Ln photos to a folder…", "", len(photos)))
        copy_action.setEnabled(bool(photos))
        copy_action.triggered.connect(lambda: self.choose_copy_folder(photos))
        ids = [p.id for p in photos]
        menu.addSeparator()
        in_favourites = bool(ids) and all(i in window.favourites for i in ids)
        favourite = menu.addAction(self.tr("Remove from Favourites") if in_favourites else self.tr("Add to Favourites"))
        favourite.setEnabled(bool(ids))
        favourite.triggered.connect(lambda: window.album_actions.set_favourite(ids, not in_favourites))
        add_to = window.album_actions.add_to_album_menu(ids, window.user_albums(), menu)
        add_to.setEnabled(bool(ids))
        menu.addMenu(add_to)
        user_album = window.current_user_album
        if user_album is not None and window.mode == "browse":
            take_out = menu.addAction(self.tr("Remove from “{0}”").format(user_album.name))
            take_out.setEnabled(bool(ids))
            take_out.triggered.connect(lambda: window.album_actions.remove(user_album, ids))
        album = window.current_album
        if album is not None and window.mode == "browse":
            label = tag_names.tag_label(album.tagset, album.label)
            menu.addSeparator()
            for action, text in (
                ("confirm", self.tr("Confirm: in “{0}”")),
                ("reject", self.tr("Reject: not in “{0}”")),
            ):
                item = menu.addAction(text.format(label))
                item.setEnabled(bool(photos) and window.service is not None)
                item.triggered.connect(lambda _on=False, action=action: self.tag_feedback(album.tag_id, photos, action))
        menu.addSeparator()
        menu.addAction(self.select_all_action)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        """Right-click: a click outside the selection selects that photo first, as file managers do."""
        grid = self.window.grid
        index = grid.indexAt(pos)
        if index.isValid() and not grid.selectionModel().isSelected(index):
            grid.setCurrentIndex(index)  # a plain click's selection: this photo alone
        self.menu = self.build_menu()
        self.menu.popup(grid.viewport().mapToGlobal(pos))

    def _open(self, record: PhotoRecord) -> None:
        row = self.window.model.row_of(record.id)
        if row is not None:
            self.window.open_photo(row)

    # ------------------------------------------------------------------ copy
    def choose_copy_folder(self, photos: list[PhotoRecord]) -> None:
        """Ask where to, then copy."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Copy photos to"), str(Path.home()))
        if folder:
            self.copy_to(photos, folder)

    def copy_to(self, photos: list[PhotoRecord], folder: str) -> Worker:
        """Copy the photos' files into ``folder`` on a pool thread, with a progress dialog that can cancel.

        Returns:
            The worker (its signals say when it ended).
        """
        window = self.window
        library = window.library
        dialog = QProgressDialog(self.tr("Copying photos…"), self.tr("Cancel"), 0, len(photos), window)
        dialog.setWindowTitle(self.tr("Copy photos"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setValue(0)

        def work(report: Report) -> Any:
            return library.copy_photos(photos, folder, report)

        worker = Worker(work)
        worker.signals.progressed.connect(lambda p: dialog.setValue(p.done))
        worker.signals.returned.connect(lambda result: self._copied(result, folder))
        worker.signals.aborted.connect(lambda: window.status_label.setText(self.tr("Copy cancelled")))
        worker.signals.errored.connect(
            lambda error: window.show_error(str(error)) if isinstance(error, PhotoclipError) else window.report_crash(traceback_text(error))
        )
        worker.signals.finished.connect(dialog.reset)
        dialog.canceled.connect(worker.cancel)
        self.copy_worker, self.progress_dialog = worker, dialog
        worker.start(window._calls.pool)
        return worker

    def _copied(self, result: Any, folder: str) -> None:
        text = self.tr("Copied %Ln photos to {0}", "", len(result.copied)).format(folder)
        if result.failed:
            text += "; " + self.tr("%Ln could not be copied", "", len(result.failed))
            self.window.show_error("\n".join(f"{path}: {core_text(reason)}" for path, reason in result.failed))
        self.window.status_label.setText(text)

    # ------------------------------------------------------------ tag feedback
    def tag_feedback(self, tag_id: int, photos: list[PhotoRecord], action: str) -> None:
        """Confirm or reject an album's tag for several photos at once (one service job)."""
        window = self.window
        if window.service is None or not photos:
            return
        signals = watch_future(window.service.tag_feedback(tag_id, [p.id for p in photos], action), window)

        def done(change: Any) -> None:
            label = tag_names.tag_label(change.tagset, change.label)
            if action == "confirm":
                text = self.tr("Confirmed %Ln photos in “{0}”", "", len(photos)).format(label)
            else:
                text = self.tr("Rejected %Ln photos from “{0}”", "", len(photos)).format(label)
            window.status_label.setText(text)
            window.refresh_albums()

        signals.returned.connect(done)
        signals.errored.connect(
            lambda error: window.show_error(str(error)) if isinstance(error, PhotoclipError) else window.report_crash(traceback_text(error))
        )
