"""The main window: sidebar, search field, filter bar, thumbnail grid, photo view, status bar.

The window is a thin layer over :class:`photoclip.core.library.Library`:
searches, browsing and previews run as pool calls, indexing as the one job on
the worker thread that owns the model (see ``workers.py``). The GUI thread
never runs the model or bulk disk work.

Its parts live beside it: the sidebar (``sidebar.py``), the search field and
filter bar (``search_bar.py``), the status bar (``status_bar.py``), the photo
view's albums (``photo_tags.py``) and the quick look (``quick_look.py``).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.albums import UserAlbum
from photoclip.core.folder_tree import FolderNode
from photoclip.core.library import Library
from photoclip.core.models import ModelSpec
from photoclip.core.search import SearchFilters
from photoclip.core.storage.records import FolderRecord
from photoclip.core.tagsets.records import Album, TagSetInfo
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.dialogs import FirstRunDialog, SettingsDialog
from photoclip.gui.duplicates_view import DuplicatesView
from photoclip.gui.grid import GridItem, PhotoGridModel, ThumbnailLoader
from photoclip.gui.grid_actions import GridActions
from photoclip.gui.grid_controls import GridControls
from photoclip.gui.grid_delegate import ThumbnailDelegate
from photoclip.gui.grid_view import PhotoGridView
from photoclip.gui.menus import MenuBar
from photoclip.gui.model_setup import ModelSetup
from photoclip.gui.photo_tags import PhotoTags
from photoclip.gui.photo_view import PhotoView
from photoclip.gui.search_bar import FilterBar, SearchField
from photoclip.gui.search_flow import SearchFlow
from photoclip.gui.sidebar import Sidebar, node_of
from photoclip.gui.status_bar import IndexStatusBar
from photoclip.gui.user_albums import AlbumActions
from photoclip.gui.viewer import QuickLook
from photoclip.gui.workers import PoolCalls, ServiceBridge, traceback_text, watch_future

# Service jobs that need the chosen model: when it is not set up they fail, and the
# window says that a model is needed instead of showing the error.
MODEL_JOBS = ("embed", "re-embed", "tags", "words")


class MainWindow(QMainWindow):
    """photoclip's main window.

    Args:
        library: The open library.
        state: Where window geometry and recent searches are remembered.
    """

    # Emitted when a grid result list has been shown (kind: "browse", "search" or "similar").
    results_shown = Signal(str)
    # Emitted when an indexing job ends (its summary, or None when it failed).
    indexing_finished = Signal(object)
    # Emitted when the albums in the sidebar have been refreshed (after its folders, when both were).
    albums_refreshed = Signal()
    # Emitted when the photo view shows the tags of its photo (photo id).
    photo_tags_shown = Signal(int)
    # Emitted when a model was set up and the service has chosen it (its name).
    model_chosen = Signal(str)

    def __init__(self, library: Library, state: QSettings) -> None:
        super().__init__()
        self.library = library
        self.state = state
        self.setWindowTitle("photoclip")
        self._closed = False  # a pool call that ends after the window closed has nobody to tell (its C++ side may be gone)
        self._calls = PoolCalls(lambda message: self.show_error(message), lambda text: self.report_crash(text))
        self._grid_ticket = 0
        self.service: Any = None  # the core's IndexService, when the library is writable
        self.bridge: ServiceBridge | None = None
        self._busy = False
        self._last_summary: Any = None
        self.mode = "browse"
        self.current_album: Album | None = None  # the album picked in the sidebar: browse and search inside it
        self.current_user_album: UserAlbum | None = None  # or an album of the user's own
        self.favourites_only = False  # or the favourites
        self._user_albums: list[UserAlbum] = []
        self.favourites: set[int] = set()  # the favourite photos' ids, as last loaded
        self._albums: list[Album] = []
        self._tagset_infos: list[TagSetInfo] = []
        self._albums_ticket = self._folders_ticket = 0
        self._tags_ran = False
        self.tagsets_dialog: Any = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.model_setup = ModelSetup(library, self)
        self.model_setup.ready.connect(self._use_model)
        self.model_setup.not_ready.connect(self._show_model_needed)
        self.model_setup.crashed.connect(self.report_crash)
        self._build()
        self._restore_state()
        self.refresh_sidebar(first=True)
        self.show_browse()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        # Search field, with recent searches as completions.
        self.search_field = SearchField(self.state, self)
        self.search_field.search_requested.connect(self.run_search)
        self.search_flow = SearchFlow(self)  # the searches: the chip, the similar header, Show more, back

        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.clicked.connect(self.choose_folder)
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.clicked.connect(self.open_settings)
        self.personalize_button = QPushButton(self.tr("Personalize…"))
        self.personalize_button.setToolTip(self.tr("Teach search your own words from your captions"))
        self.personalize_button.clicked.connect(self.open_personalize)
        self.personalize_dialog: Any = None
        self.tagsets_button = QPushButton(self.tr("Tag sets…"))
        self.tagsets_button.setToolTip(self.tr("Sets of tags that file your photos into albums"))
        self.tagsets_button.clicked.connect(self.open_tagsets)
        top = QHBoxLayout()
        top.addWidget(self.search_flow.chip)
        top.addWidget(self.search_field, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.tagsets_button)
        top.addWidget(self.personalize_button)
        top.addWidget(self.settings_button)

        # Filter bar: folder and date range.
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._filters_changed)

        # Sidebar.
        self.sidebar = Sidebar(self)
        self.sidebar.itemClicked.connect(self._sidebar_clicked)
        self.sidebar.customContextMenuRequested.connect(self._sidebar_menu)
        self.album_actions = AlbumActions(self.library, self._submit, self)
        self.album_actions.changed.connect(self._user_albums_changed)
        self.album_actions.status.connect(lambda text: self.status_label.setText(text))
        self.sidebar.photos_dropped.connect(self.album_actions.drop)

        # Grid.
        self.loader = ThumbnailLoader(self.library.thumbnails, threads=2, parent=self)
        self.model = PhotoGridModel(self.loader, self)
        self.grid: PhotoGridView = PhotoGridView()
        self.grid_delegate = ThumbnailDelegate(parent=self.grid)
        self.grid.setItemDelegate(self.grid_delegate)
        self.grid.setModel(self.model)
        self.grid_controls = GridControls(self.grid, self.model, self.grid_delegate, self.state, self)
        self.grid_actions = GridActions(self)
        self.grid.activated.connect(lambda index: self.open_photo(index.row()))
        self.grid.installEventFilter(self)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.photo_view = PhotoView()
        self.photo_view.back.connect(self.go_back)
        self.photo_view.find_similar.connect(self.find_similar)
        self.photo_view.attach(self.library, self._submit, lambda: self.service)
        self.photo_view.words.search_requested.connect(self.search_field.search_for)
        self.photo_view.open_row.connect(self.open_photo)
        self.photo_view.album_menu = lambda photo_id, parent: self.album_actions.add_to_album_menu([photo_id], self._user_albums, parent)
        self.album_actions.attach_photo_view(self.photo_view)

        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.grid_controls)
        grid_layout.addLayout(filters)
        grid_layout.addWidget(self.search_flow.header)
        grid_layout.addWidget(self.empty_label)
        grid_layout.addWidget(self.grid_actions.selection_bar)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.search_flow.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(grid_page)
        self.pages.addWidget(self.photo_view)
        self.duplicates_view = DuplicatesView(self.library, lambda: self.service, self._submit, self.sidebar, self.pages)

        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # Status bar: indexing progress, pause/resume, cancel, unreadable files.
        self.status = IndexStatusBar(self.library, self)
        self.status_label: QLabel = self.status.label  # the window's messages (written in many places)
        self.status.pause_button.clicked.connect(self.toggle_pause)
        self.status.cancel_button.clicked.connect(self.cancel_indexing)
        self.status.index_button.clicked.connect(self.start_indexing)
        self.status.model_button.clicked.connect(self.set_up_model)
        self.setStatusBar(self.status)

        # The photo view's albums: loaded for the photo on show; Confirm / Reject / Clear go to the service.
        self.photo_tags = PhotoTags(self.library, self.photo_view, self._submit, lambda: self._albums, self)
        self.photo_tags.shown.connect(self.photo_tags_shown)
        self.photo_tags.handled.connect(self.refresh_albums)
        self.photo_tags.status.connect(self.status_label.setText)
        self.photo_tags.error.connect(self.show_error)
        self.photo_tags.crashed.connect(self.report_crash)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back)
        self.show_empty_albums_action: QAction  # made with the menu bar, with every other action and its key
        self.explore: Any  # the Explore view (gui/explore_view.py): a page of self.pages, made with the menu bar's View › Map
        self.menu_bar = MenuBar(self)

    # ------------------------------------------------------------ state
    def _restore_state(self) -> None:
        geometry = self.state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)

    def recent_searches(self) -> list[str]:
        """The searches that found photos, latest first."""
        return self.search_field.recent_searches()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.state.setValue("window/geometry", self.saveGeometry())
        self.state.sync()
        if self.bridge is not None:
            self.bridge.detach()
        self._calls.pool.waitForDone(10000)
        self.loader.wait(10000)
        super().closeEvent(event)

    # ---------------------------------------------------------- sidebar
    def refresh_sidebar(self, first: bool = False) -> None:
        """Rebuild the sidebar's folder tree and the folder filter, then reload the albums (all off the GUI thread).

        The first fill, before the window is shown, reads here: nothing is on screen to freeze yet.
        """
        library = self.library
        if first:
            self._show_folders((library.folders(), library.folder_tree()))
            return
        self._folders_ticket += 1
        ticket = self._folders_ticket

        def done(result: tuple[list[FolderRecord], list[FolderNode]]) -> None:
            if ticket == self._folders_ticket:  # else a newer refresh is on its way
                self._show_folders(result)

        self._submit(lambda: (library.folders(), library.folder_tree()), done)

    def _show_folders(self, result: tuple[list[FolderRecord], list[FolderNode]]) -> None:
        folders, tree = result
        self.sidebar.show_folders(tree, len(self.favourites))
        self.sidebar.show_albums(self._albums, self._tagset_infos, self.current_album)
        self.sidebar.expandAll()
        self.refresh_albums()
        self.filter_bar.set_folders(folders)

    def refresh_albums(self) -> None:
        """Reload the albums and their counts (off the GUI thread), then show them in the sidebar."""
        self._albums_ticket += 1
        ticket = self._albums_ticket
        tags = self.library.tags
        albums = self.library.albums

        def work() -> tuple[list[Album], list[TagSetInfo], list[UserAlbum], set[int]]:
            return tags.albums(), tags.sets(), albums.all(), albums.favourite_ids()

        def done(result: tuple[list[Album], list[TagSetInfo], list[UserAlbum], set[int]]) -> None:
            if ticket != self._albums_ticket:
                return
            before = {a.tag_id: a.count for a in self._albums}
            self._albums, self._tagset_infos, self._user_albums, self.favourites = result
            self.sidebar.show_albums(self._albums, self._tagset_infos, self.current_album)
            self._show_user_albums()
            if self.current_album is not None:
                album = next((a for a in self._albums if a.tag_id == self.current_album.tag_id), None)
                if album is None:  # its set was removed
                    self._select_album(None)
                    if self.mode == "browse":
                        self.show_browse()
                else:
                    self.current_album = album
                    if album.count != before.get(album.tag_id) and self.mode == "browse":
                        self.show_browse(refresh=True)  # the album on show changed as photos were filed
            self.albums_refreshed.emit()

        self._submit(work, done, lambda message: self.status_label.setText(core_text(message).split("\n")[0]))

    def albums(self) -> list[Album]:
        """The albums as last shown in the sidebar."""
        return list(self._albums)

    def user_albums(self) -> list[UserAlbum]:
        """The user's own albums as last shown in the sidebar."""
        return list(self._user_albums)

    def album_item(self, tag_id: int) -> QTreeWidgetItem | None:
        """The sidebar item of an album."""
        return self.sidebar.album_item(tag_id)

    def _select_album(self, album: Album | None, user_album: UserAlbum | None = None, favourites: bool = False) -> None:
        """Browse and search inside a tag-set album, an album of the user's or the favourites (all None: everywhere)."""
        self.current_album, self.current_user_album, self.favourites_only = album, user_album, favourites
        self.search_field.show_scope(self.scope_name())

    def scope_name(self) -> str | None:
        """The album browsing and searching are inside, as the user reads it; None for the whole library."""
        if self.current_album is not None:
            return tag_names.tag_label(self.current_album.tagset, self.current_album.label)
        if self.current_user_album is not None:
            return self.current_user_album.name
        return self.tr("Favourites") if self.favourites_only else None

    def show_album(self, tag_id: int) -> None:
        """Show an album's photos (and search inside it from now on)."""
        album = next((a for a in self._albums if a.tag_id == tag_id), None)
        if album is None:
            return
        self._select_album(album)
        item = self.album_item(tag_id)
        if item is not None:
            self.sidebar.setCurrentItem(item)
        self.filter_bar.choose_folder(None, quiet=True)
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.show_browse()

    def _sidebar_clicked(self, item: QTreeWidgetItem) -> None:
        kind, value = node_of(item)
        actions: dict[str, Callable[[], object]] = {
            "album": lambda: self.show_album(int(value)),
            "open-tagsets": self.open_tagsets,
            "new-album": self.album_actions.ask_new_album,
            "show-empty": lambda: self.show_empty_albums_action.setChecked(True),
        }
        if kind in actions:
            actions[kind]()
            return
        if kind == "all":
            self._select_album(None)
            self.filter_bar.choose_folder(None)
        elif kind in ("user-album", "favourites"):
            user_album = next((a for a in self._user_albums if a.id == value), None)
            self._select_album(None, user_album, favourites=kind == "favourites")
            self.filter_bar.choose_folder(None, quiet=True)
        elif kind == "folder":
            self._select_album(None)
            self.filter_bar.choose_folder(value)
        else:
            return
        self.search_field.clear()
        self.show_browse()

    def _show_user_albums(self) -> None:
        """Show the user's albums and the favourites' count; an album on show that was deleted goes."""
        current = self.current_user_album
        still = next((a for a in self._user_albums if current is not None and a.id == current.id), None)
        if current is not None:
            self._select_album(None, still)  # its new count and name, or none when it was deleted
        self.sidebar.show_user_albums(self._user_albums, still.id if still is not None else None)
        self.sidebar.set_favourites_count(len(self.favourites))
        self.model.set_favourites(self.favourites)
        self.photo_view.set_favourites(self.favourites)

    def _user_albums_changed(self) -> None:
        self.refresh_albums()
        if (self.current_user_album is not None or self.favourites_only) and self.mode == "browse":
            self.show_browse(refresh=True)

    def _sidebar_menu(self, pos: QPoint) -> None:
        item = self.sidebar.itemAt(pos)
        kind, value = node_of(item) if item is not None else ("header", None)
        album = next((a for a in self._user_albums if kind == "user-album" and a.id == value), None)
        self.sidebar_menu = self.album_actions.sidebar_menu(album, [self.show_empty_albums_action], self)
        self.sidebar_menu.popup(self.sidebar.viewport().mapToGlobal(pos))

    def toggle_favourite(self) -> None:
        """The period key: the photo on show, or the grid's selection, in or out of Favourites."""
        record = self.photo_view.record if self.pages.currentIndex() == 1 else None
        ids = [record.id] if record is not None else [p.id for p in self.grid_actions.selected()]
        self.album_actions.toggle_favourite(ids, self.favourites)

    # ---------------------------------------------------------- queries
    def filters(self) -> SearchFilters:
        """The filter bar as core search filters (inside the album picked in the sidebar)."""
        user_album = self.current_user_album.id if self.current_user_album is not None else None
        return replace(self.filter_bar.filters(self.current_album), user_album=user_album, favourites=self.favourites_only)

    def _filters_changed(self) -> None:
        if self.mode == "search":
            self.run_search()
        elif self.mode == "browse":
            self.show_browse()

    def _submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None = None) -> int:
        """Run a short call on the window's pool (see :class:`~photoclip.gui.workers.Submit`)."""
        return self._calls.submit(fn, on_done, on_failed)

    def _show_grid(self, kind: str, items: list[GridItem], ticket: int, empty_text: str, refresh: bool = False) -> None:
        if ticket != self._grid_ticket:
            return  # the user has moved on; a newer request owns the grid
        current = self.grid.currentIndex()
        keep = self.model.item(current.row()).record.id if refresh and current.isValid() else None
        selected = [p.id for p in self.grid_actions.selected()] if refresh else []
        if not refresh:
            self.pages.setCurrentIndex(0)
        self.model.set_items(items)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not items)
        if items:
            row = self.model.row_of(keep) if keep is not None else None
            self.grid.setCurrentIndex(self.model.index(row or 0))
            if selected:  # the library changed underneath: the user's selection stays
                self.grid_actions.select(selected)
            if refresh and keep is not None and keep == getattr(self.photo_view.record, "id", None):
                self.photo_view.set_place(row or 0, len(items))  # next and previous follow the refreshed list
        self.results_shown.emit(kind)

    def show_browse(self, refresh: bool = False) -> None:
        """Show every photo matching the filter bar, newest first.

        ``refresh``: the library changed underneath (not the user's request):
        reload the grid in place, leaving the photo view open if it is.
        """
        self._grid_ticket += 1
        ticket = self._grid_ticket
        if not refresh:
            self.search_flow.forget_back()
        self.mode = "browse"  # what the user asked for, even before it arrives
        filters = self.filters()
        library = self.library
        album = self.current_album
        if album is not None:
            self._browse_album(album, filters, ticket, refresh)
            return

        def work() -> list[GridItem]:
            return [GridItem(r) for r in library.browse(filters)]

        if self.current_user_album is not None:
            empty = self.tr("No photos in “{0}” yet. Drag photos onto the album in the sidebar, or use Add to album in their menu.").format(
                self.current_user_album.name
            )
        elif self.favourites_only:
            empty = self.tr("No favourites yet. Press the period key on a photo, or use Add to Favourites in its menu.")
        elif not library.folders():
            empty = self.tr("No photos yet. Add a folder to start.")
        elif self._busy:
            empty = self.tr("Looking for photos…")
        else:
            empty = self.tr("No photos match the filters.")
        self._submit(work, lambda items: self._show_grid("browse", items, ticket, empty, refresh))

    def _browse_album(self, album: Album, filters: SearchFilters, ticket: int, refresh: bool = False) -> None:
        """An album's photos, best fit first (confirmed ones first of all), within the filter bar."""
        library = self.library

        def work() -> list[GridItem]:
            return [GridItem(p.record, p.score) for p in library.tags.album_photos(album.tag_id, filters=filters)]

        shown = tag_names.tag_label(album.tagset, album.label)

        def done(items: list[GridItem]) -> None:
            if ticket == self._grid_ticket and not refresh:
                self.status_label.setText(self.tr("Album “{0}”: %Ln photos", "", len(items)).format(shown))
            self._show_grid("browse", items, ticket, self.tr("No photos in “{0}” yet.").format(shown), refresh)

        self._submit(work, done)

    def run_search(self) -> None:
        """Search for what the search field says (see :class:`~photoclip.gui.search_flow.SearchFlow`)."""
        self.search_flow.run_search()

    def find_similar(self, photo_id: int) -> None:
        """Show the photos most like ``photo_id``, with the photo as the query's chip."""
        self.search_flow.find_similar(photo_id)

    # ------------------------------------------------------------ photo view
    def open_photo(self, row: int) -> None:
        """Open the photo at ``row`` of the grid in the photo view."""
        if not 0 <= row < self.model.rowCount():
            return
        item = self.model.item(row)
        self.grid.setCurrentIndex(self.model.index(row))  # back in the grid, the last photo seen is selected
        self.photo_view.show_record(item.record, item.score, row, self.model.rowCount())
        if self.pages.currentIndex() != 1:
            self.pages.setCurrentIndex(1)
            self.photo_view.canvas.setFocus()  # the arrows move through the photos
        self.photo_tags.load(item.record.id)

    def preview_current(self) -> None:
        """Space: a quick look at the selected photo; the arrows move it and the grid's selection (Space or Esc closes it)."""
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        records = [item.record for item in self.model.items()]
        dialog = QuickLook(records, index.row(), self._submit, self)
        dialog.moved.connect(lambda row: self.grid.setCurrentIndex(self.model.index(row)))
        self.quick_look = dialog
        dialog.open()

    def go_back(self) -> None:
        """Esc: out of full screen, the photo view, a "Find similar", or the search."""
        self.search_flow.go_back()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search_field.setFocus()
        self.search_field.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.grid and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Space:
                self.preview_current()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_photo(self.grid.currentIndex().row())
                return True
        return super().eventFilter(obj, event)

    # -------------------------------------------------------------- indexing
    def attach_service(self, service: Any) -> None:
        """Show the work of the core's background service (the one writer of the library)."""
        self.service = service
        self.photo_tags.service = service
        self.bridge = ServiceBridge(service, self)
        self.bridge.service_event.connect(self._on_service_event)
        self.status.index_button.setEnabled(True)
        if self.library.folders() and not self.model_ready():
            self._show_model_needed("")

    def start_indexing(self) -> None:
        """Look at every folder again now (the service also does this on its own)."""
        if self.service is not None:
            self.service.rescan()

    def _on_service_event(self, event: Any) -> None:
        kind = event.kind
        progress = event.index_progress  # a personalisation job's events are the dialog's business
        if kind == "progress" and progress is not None:
            self.status.show_progress(progress)
        elif kind == "job-finished" and event.job == "tags":
            self._tags_ran = True
            self.refresh_albums()  # albums fill as the photos are filed, not only when all work is done
        elif kind == "job-finished" and progress is not None and progress.summary is not None:
            if event.job in ("embed", "re-embed"):
                self._last_summary = progress.summary
            self.status.add_problems(progress.summary.failed)
        elif kind == "job-failed" and event.job in MODEL_JOBS and not self.model_ready():
            if not self.model_setup.busy:  # a setup on show says more than the job's error
                self._show_model_needed("")
        elif kind == "job-failed" and self._personalize_dialog_reports(event):
            pass  # the personalisation dialog shows it (with the figures, for a refused result)
        elif kind == "job-started" and event.job == "personalize":
            self.status_label.setText(self.tr("Personalising: training on your captions…"))
        elif kind == "job-failed":
            message = event.message or ""
            if event.internal:
                self.report_crash(message)
            else:
                self.show_error(message)
        elif kind == "changes":
            self.status_label.setText(self.tr("Picked up %Ln changed files", "", len(event.paths)))
        elif kind == "warning" and event.message:
            self.status_label.setText(core_text(event.message))
        elif kind == "state":
            self._on_service_state(event.state, event.message)
        if kind == "job-finished" and event.job == "scan":
            self._photos_scanned()

    def _photos_scanned(self) -> None:
        """A scan stored new photos: show them and their counts now, before they are indexed for search."""
        self.refresh_sidebar()
        if self.mode == "browse":
            self.show_browse(refresh=True)

    def _on_service_state(self, state: str, why: str | None) -> None:
        self.status.show_state(state, why)
        if state == "running" and not self._busy:
            self._busy = True
            self._last_summary = None
            self.status.progress.setRange(0, 0)
        elif state == "idle" and self._busy:
            self._busy = False
            self._on_indexing_done(self._last_summary)

    def _on_indexing_done(self, summary: Any) -> None:
        if self.library.folders() and not self.model_ready():
            if not self.model_setup.busy:
                self._show_model_needed("")
        else:
            self.status.show_done(summary, self._tags_ran)
        self._tags_ran = False
        self.refresh_sidebar()
        if self.mode == "browse":
            self.show_browse(refresh=True)
        self.indexing_finished.emit(summary)

    def toggle_pause(self) -> None:
        """Pause or resume the background work."""
        if self.service is None:
            return
        if self.service.state == "paused":
            self.service.resume()
        else:
            self.service.pause()

    def cancel_indexing(self) -> None:
        """Stop the current job after its current photo; what was stored stays."""
        if self.service is not None:
            self.service.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def error_list(self) -> list[tuple[str, str]]:
        """Files that could not be read: this run's and the catalog's, each once."""
        return self.status.error_list()

    # -------------------------------------------------------- personalisation
    def open_personalize(self) -> None:
        """The personalisation dialog: one per window, not modal (searches can be compared while it is open)."""
        from photoclip.gui.personalize_dialog import PersonalizeDialog

        if self.personalize_dialog is None:
            self.personalize_dialog = PersonalizeDialog(self.library, self.service, self.bridge, self._submit, self)
            self.personalize_dialog.profile_changed.connect(self._on_profile_changed)
        self.personalize_dialog.show()
        self.personalize_dialog.raise_()
        self.personalize_dialog.activateWindow()

    def _on_profile_changed(self, _name: object) -> None:
        """Searches answer through another profile now: show the current query's new results."""
        if self.mode == "search":
            self.run_search()

    def _personalize_dialog_reports(self, event: Any) -> bool:
        """Whether the open personalisation dialog shows this failed job itself (bugs are still reported here)."""
        dialog = self.personalize_dialog
        return (
            event.job in ("personalize", "profile")
            and dialog is not None
            and dialog.isVisible()
            and not event.internal
        )

    # --------------------------------------------------------------- folders
    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of photos"), str(Path.home()))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> None:
        """Add a folder; the service scans and indexes it (problems come back as job-failed events)."""
        if self.service is None:
            self.show_error(self.tr("This library is open read-only: folders cannot be added."))
            return
        self.service.add_folder(path)

    def open_tagsets(self) -> None:
        """The tag set editor (a window beside this one: albums fill in the sidebar as sets are applied)."""
        from photoclip.gui.tagsets_dialog import TagSetsDialog

        if self.tagsets_dialog is None:
            self.tagsets_dialog = TagSetsDialog(self.library, self.service, self._submit, self, self.grid_actions.selected)
            self.tagsets_dialog.sets_changed.connect(self.refresh_albums)
            self.tagsets_dialog.applied.connect(
                lambda name: self.status_label.setText(
                    self.tr("Filing photos into the albums of “{0}”…").format(tag_names.set_name(name))
                )
            )
        self.tagsets_dialog.show()
        self.tagsets_dialog.raise_()
        self.tagsets_dialog.activateWindow()

    def open_settings(self) -> None:
        """The Settings dialog (window-modal); its choices are applied when it is accepted."""
        dialog = SettingsDialog(self.library, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_accepted(dialog))
        self.settings_dialog = dialog
        dialog.open()

    def _settings_accepted(self, dialog: SettingsDialog) -> None:
        self.settings_dialog = None
        try:
            dialog.apply(self.service, self.model_setup)
        except PhotoclipError as exc:
            self.show_error(str(exc))

    def run_first_time_setup(self) -> None:
        """Welcome dialog: folders and model; the folders are added at once, then the model is set up."""
        dialog = FirstRunDialog(self.library, self)
        dialog.accepted.connect(lambda: self._first_run_chosen(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.first_run_dialog = dialog
        dialog.open()

    def _first_run_chosen(self, dialog: FirstRunDialog) -> None:
        self.first_run_dialog = None
        spec = dialog.chosen_model()
        if spec is not None and self.service is not None:
            # Recorded first, so that the folders are indexed with it once it is ready (and never with another).
            self.service.use_model(spec.name)
        for path in dialog.folders.folders():
            self.add_folder(path)
        if spec is not None:
            self.model_setup.obtain(spec, offer_choices=True)

    # ----------------------------------------------------------------- model
    def model_ready(self) -> bool:
        """Whether the chosen model can be used now, with no download."""
        return self.library.registry.is_ready_offline(self.library.chosen_model())

    def set_up_model(self) -> None:
        """The status bar's "Set up a model…": download the chosen model, or offer the other ways to get one."""
        self.model_setup.obtain(self.library.chosen_model(), offer_choices=True)

    def _use_model(self, spec: ModelSpec) -> None:
        """A model is ready: the service chooses it, and the library is indexed with it in the background."""
        self.status.model_button.setVisible(False)
        if self.service is None:
            return
        self.status_label.setText(self.tr("Using the model {0}: photos are indexed with it in the background.").format(spec.name))
        signals = watch_future(self.service.use_model(spec.name), self)
        signals.returned.connect(lambda _spec: self.model_chosen.emit(spec.name))
        signals.errored.connect(lambda error: self.show_error(str(error)) if isinstance(error, PhotoclipError) else self.report_crash(traceback_text(error)))

    def _show_model_needed(self, why: str) -> None:
        """Nothing can be indexed until a model is set up: say so, with the way to do it."""
        if self.model_ready():
            return  # a setup that ended without a new model, while the chosen one works (a Settings switch)
        self.status.model_button.setVisible(True)
        self.status_label.setText(why.splitlines()[0] if why else self.tr("photoclip needs a model to index your photos."))

    # ---------------------------------------------------------------- errors
    def show_error(self, message: str) -> None:
        """A problem the user can act on (a core message is shown in the UI language)."""
        if self._closed:
            return
        message = core_text(message)
        self.status_label.setText(message.splitlines()[0] if message else "")
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("photoclip"), message, parent=self)
        box.open()  # not exec(): a worker's report must not block the event loop

    def report_crash(self, trace: str) -> None:
        """A bug in a worker: shown, never swallowed (after the window closed, on stderr)."""
        if self._closed:
            print(f"photoclip: internal error after the window closed:\n{trace}", file=sys.stderr)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Internal error"), self.tr("photoclip hit an internal error. Please report it with the details below."), parent=self)
        box.setDetailedText(trace)
        box.open()
        self.last_crash = trace
