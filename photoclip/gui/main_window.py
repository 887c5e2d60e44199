"""The main window: sidebar, search field, filter bar, thumbnail grid, photo view, status bar.

The window is a thin layer over :class:`photoclip.core.library.Library`:
searches, browsing and previews run as pool calls, indexing as the one job on
the worker thread that owns the model (see ``workers.py``). The GUI thread
never runs the model or bulk disk work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.indexing.records import FileProblem, IndexProgress
from photoclip.core.library import Library
from photoclip.core.models import ModelSpec
from photoclip.core.search import SearchFilters
from photoclip.core.storage.records import PhotoRecord
from photoclip.core.tagsets.records import Album, TagSetInfo
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.dialogs import ErrorListDialog, FirstRunDialog, SettingsDialog
from photoclip.gui.grid import GridItem, PhotoGridModel, ThumbnailLoader
from photoclip.gui.grid_actions import GridActions
from photoclip.gui.grid_controls import GridControls
from photoclip.gui.grid_delegate import ThumbnailDelegate
from photoclip.gui.grid_view import PhotoGridView
from photoclip.gui.i18n import num
from photoclip.gui.model_setup import ModelSetup
from photoclip.gui.photo_view import PhotoView, decode_preview
from photoclip.gui.workers import ServiceBridge, Worker, call_pool, traceback_text, watch_future

SEARCH_DEBOUNCE_MS = 300
RESULT_COUNT = 200
RECENT_SEARCHES = 20
NodeRole = Qt.ItemDataRole.UserRole + 10
# Service jobs that need the chosen model: when it is not set up they fail, and the
# window says that a model is needed instead of showing the error.
MODEL_JOBS = ("embed", "re-embed", "tags")


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
    # Emitted when the albums in the sidebar have been refreshed.
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
        self._pool = call_pool(2)
        self._workers: dict[int, Worker] = {}
        self._ticket = 0
        self._grid_ticket = 0
        self._preview_ticket = 0
        self.service: Any = None  # the core's IndexService, when the library is writable
        self.bridge: ServiceBridge | None = None
        self._busy = False
        self._last_summary: Any = None
        self.problems: list[FileProblem] = []
        self.mode = "browse"
        self.current_album: Album | None = None  # the album picked in the sidebar: browse and search inside it
        self._albums: list[Album] = []
        self._tagset_infos: list[TagSetInfo] = []
        self._albums_item: QTreeWidgetItem | None = None
        self._albums_ticket = 0
        self._tags_ticket = 0
        self._tags_ran = False
        self._collapsed_sets: set[str] = set()  # tag set groups the user folded in the sidebar
        self.tagsets_dialog: Any = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.model_setup = ModelSetup(library, self)
        self.model_setup.ready.connect(self._use_model)
        self.model_setup.not_ready.connect(self._show_model_needed)
        self._build()
        self._restore_state()
        self.refresh_sidebar()
        self.show_browse()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        # Search field, with recent searches as completions.
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Describe a photo…"))
        self.search_field.setClearButtonEnabled(True)
        self._recent_model = QStringListModel(self)
        completer = QCompleter(self._recent_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_field.setCompleter(completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(lambda _text: self._debounce.start())
        self.search_field.returnPressed.connect(self.run_search)

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
        top.addWidget(self.search_field, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.tagsets_button)
        top.addWidget(self.personalize_button)
        top.addWidget(self.settings_button)

        # Filter bar: folder and date range.
        self.folder_filter = QComboBox()
        self.folder_filter.currentIndexChanged.connect(self._filters_changed)
        self.from_check = QCheckBox(self.tr("From"))
        self.from_date = QDateEdit(QDate.currentDate().addYears(-1))
        self.to_check = QCheckBox(self.tr("To"))
        self.to_date = QDateEdit(QDate.currentDate())
        for w in (self.from_date, self.to_date):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.dateChanged.connect(self._filters_changed)
        for c in (self.from_check, self.to_check):
            c.toggled.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Folder")))
        filters.addWidget(self.folder_filter, 1)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_date)

        # Sidebar.
        self.sidebar = QTreeWidget()
        self.sidebar.setHeaderHidden(True)
        self.sidebar.itemClicked.connect(self._sidebar_clicked)
        self.sidebar.itemCollapsed.connect(lambda item: self._group_folded(item, True))
        self.sidebar.itemExpanded.connect(lambda item: self._group_folded(item, False))
        self.sidebar.setMinimumWidth(200)

        # Grid.
        self.loader = ThumbnailLoader(self.library.thumbnails, threads=2, parent=self)
        self.model = PhotoGridModel(self.loader, self)
        self.grid = PhotoGridView()
        self.grid_delegate = ThumbnailDelegate(parent=self.grid)
        self.grid.setItemDelegate(self.grid_delegate)
        self.grid.setModel(self.model)
        self.grid_controls = GridControls(self.grid, self.model, self.grid_delegate, self.state, self)
        filters.addWidget(self.grid_controls)
        self.grid_actions = GridActions(self)
        self.grid.activated.connect(lambda index: self.open_photo(index.row()))
        self.grid.installEventFilter(self)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.photo_view = PhotoView()
        self.photo_view.back.connect(self.go_back)
        self.photo_view.find_similar.connect(self.find_similar)
        self.photo_view.captions.attach(self.library, self._submit)
        self.photo_view.tags_panel.feedback.connect(self.tag_feedback)

        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(filters)
        grid_layout.addWidget(self.empty_label)
        grid_layout.addWidget(self.grid, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(grid_page)
        self.pages.addWidget(self.photo_view)

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
        self.status_label = QLabel(self.tr("Ready"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setVisible(False)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setVisible(False)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.errors_button = QPushButton()
        self.errors_button.setFlat(True)
        self.errors_button.clicked.connect(self.show_errors)
        self.index_button = QPushButton(self.tr("Update library"))
        self.index_button.setEnabled(False)  # until a service is attached (read-only libraries have none)
        self.index_button.clicked.connect(self.start_indexing)
        # Shown while the chosen model is not set up (nothing can be indexed).
        self.model_button = QPushButton(self.tr("Set up a model…"))
        self.model_button.setVisible(False)
        self.model_button.clicked.connect(self.set_up_model)
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.model_button)
        bar.addPermanentWidget(self.errors_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.pause_button)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.index_button)
        self._update_errors_button()

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.go_back)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    # ------------------------------------------------------------ state
    def _restore_state(self) -> None:
        geometry = self.state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        recent = self.state.value("search/recent", [])
        self._recent_model.setStringList([str(r) for r in (recent or [])] if isinstance(recent, list) else [str(recent)])

    def recent_searches(self) -> list[str]:
        return self._recent_model.stringList()

    def _remember_search(self, text: str) -> None:
        recent = [r for r in self.recent_searches() if r != text]
        recent.insert(0, text)
        self._recent_model.setStringList(recent[:RECENT_SEARCHES])
        self.state.setValue("search/recent", recent[:RECENT_SEARCHES])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.setValue("window/geometry", self.saveGeometry())
        self.state.sync()
        if self.bridge is not None:
            self.bridge.detach()
        self._pool.waitForDone(10000)
        self.loader.wait(10000)
        super().closeEvent(event)

    # ---------------------------------------------------------- sidebar
    def refresh_sidebar(self) -> None:
        """Rebuild the sidebar and the folder filter from the catalog."""
        folders = self.library.folders()
        self.sidebar.clear()
        total = sum(f.photo_count for f in folders)
        all_item = QTreeWidgetItem([self.tr("All photos") + "  ({0})".format(num(total))])
        all_item.setData(0, NodeRole, ("all", None))
        self.sidebar.addTopLevelItem(all_item)
        folders_item = QTreeWidgetItem([self.tr("Folders")])
        folders_item.setData(0, NodeRole, ("header", None))
        for folder in folders:
            child = QTreeWidgetItem(["{0}  ({1})".format(Path(folder.path).name, num(folder.photo_count))])
            child.setToolTip(0, folder.path)
            child.setData(0, NodeRole, ("folder", folder.path))
            folders_item.addChild(child)
        self.sidebar.addTopLevelItem(folders_item)
        albums_item = QTreeWidgetItem([self.tr("Albums")])
        albums_item.setData(0, NodeRole, ("header", None))
        self.sidebar.addTopLevelItem(albums_item)
        self._albums_item = albums_item
        self._fill_albums()
        self.sidebar.expandAll()
        self.refresh_albums()

        current = self.folder_filter.currentData()
        self.folder_filter.blockSignals(True)
        self.folder_filter.clear()
        self.folder_filter.addItem(self.tr("All folders"), None)
        for folder in folders:
            self.folder_filter.addItem(folder.path, folder.path)
        found = self.folder_filter.findData(current)
        self.folder_filter.setCurrentIndex(max(found, 0))
        self.folder_filter.blockSignals(False)

    def refresh_albums(self) -> None:
        """Reload the albums and their counts (off the GUI thread), then show them in the sidebar."""
        self._albums_ticket += 1
        ticket = self._albums_ticket
        tags = self.library.tags

        def work() -> tuple[list[Album], list[TagSetInfo]]:
            return tags.albums(), tags.sets()

        def done(result: tuple[list[Album], list[TagSetInfo]]) -> None:
            if ticket != self._albums_ticket:
                return
            before = {a.tag_id: a.count for a in self._albums}
            self._albums, self._tagset_infos = result
            self._fill_albums()
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

    def album_item(self, tag_id: int) -> QTreeWidgetItem | None:
        """The sidebar item of an album."""
        root = self._albums_item
        if root is None:
            return None
        for i in range(root.childCount()):
            group = root.child(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, NodeRole) == ("album", tag_id):
                    return group.child(j)
        return None

    def _fill_albums(self) -> None:
        """The Albums node: one group per tag set, one item per tag with its photo count."""
        root = self._albums_item
        if root is None:
            return
        root.takeChildren()
        infos = {info.name: info for info in self._tagset_infos}
        groups: dict[str, QTreeWidgetItem] = {}
        for name, info in infos.items():
            shown = tag_names.set_name(name)  # built-in sets in the UI language; the NodeRole keeps the stored name
            if info.applied_model is None:
                text = self.tr("{0} (not applied)").format(shown)
            elif not info.up_to_date:
                text = self.tr("{0} (out of date)").format(shown)
            else:
                text = shown
            group = QTreeWidgetItem([text])
            group.setData(0, NodeRole, ("tagset", name))
            group.setToolTip(0, tag_names.set_description(name, info.description) or shown)
            groups[name] = group
            root.addChild(group)
        for album in self._albums:
            group = groups.get(album.tagset)
            if group is None:
                group = groups[album.tagset] = QTreeWidgetItem([tag_names.set_name(album.tagset)])
                group.setData(0, NodeRole, ("tagset", album.tagset))
                root.addChild(group)
            label = tag_names.tag_label(album.tagset, album.label)
            item = QTreeWidgetItem(["{0}  ({1})".format(label, num(album.count))])
            item.setData(0, NodeRole, ("album", album.tag_id))
            tip = self.tr("{0} › {1}: %Ln photos; threshold {2:.2f}", "", album.count).format(
                tag_names.set_name(album.tagset), label, num(album.threshold)
            )
            if album.count == 0:
                item.setForeground(0, self.sidebar.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if album.confirmed or album.rejected:
                # Two counts: each its own plural form (Spanish and Portuguese make the participle agree).
                tip += "\n" + self.tr("{0} and {1} by you").format(
                    self.tr("%Ln confirmed", "", album.confirmed), self.tr("%Ln rejected", "", album.rejected)
                )
            item.setToolTip(0, tip)
            group.addChild(item)
        if not groups:
            hint = QTreeWidgetItem([self.tr("Add a tag set…")])
            hint.setToolTip(0, self.tr("Tag sets file your photos into albums"))
            hint.setData(0, NodeRole, ("open-tagsets", None))
            root.addChild(hint)
        root.setExpanded(True)
        for name, group in groups.items():
            group.setExpanded(name not in self._collapsed_sets)
        if self.current_album is not None:
            item = self.album_item(self.current_album.tag_id)
            if item is not None:
                self.sidebar.setCurrentItem(item)

    def _group_folded(self, item: QTreeWidgetItem, folded: bool) -> None:
        kind, name = item.data(0, NodeRole) or ("header", None)
        if kind == "tagset":
            (self._collapsed_sets.add if folded else self._collapsed_sets.discard)(name)

    def _select_album(self, album: Album | None) -> None:
        self.current_album = album
        if album is None:
            self.search_field.setPlaceholderText(self.tr("Describe a photo…"))
        else:
            self.search_field.setPlaceholderText(self.tr("Search in “{0}”…").format(tag_names.tag_label(album.tagset, album.label)))

    def show_album(self, tag_id: int) -> None:
        """Show an album's photos (and search inside it from now on)."""
        album = next((a for a in self._albums if a.tag_id == tag_id), None)
        if album is None:
            return
        self._select_album(album)
        item = self.album_item(tag_id)
        if item is not None:
            self.sidebar.setCurrentItem(item)
        self.folder_filter.blockSignals(True)
        self.folder_filter.setCurrentIndex(0)
        self.folder_filter.blockSignals(False)
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.show_browse()

    def _sidebar_clicked(self, item: QTreeWidgetItem) -> None:
        kind, value = item.data(0, NodeRole) or ("header", None)
        if kind == "album":
            self.show_album(int(value))
            return
        if kind == "open-tagsets":
            self.open_tagsets()
            return
        if kind == "all":
            self._select_album(None)
            self.folder_filter.setCurrentIndex(0)
        elif kind == "folder":
            self._select_album(None)
            self.folder_filter.setCurrentIndex(max(self.folder_filter.findData(value), 0))
        else:
            return
        self.search_field.clear()
        self.show_browse()

    # ---------------------------------------------------------- queries
    def filters(self) -> SearchFilters:
        """The filter bar as core search filters."""
        date_from = date_to = None
        if self.from_check.isChecked():
            d = self.from_date.date()
            date_from = dt.datetime(d.year(), d.month(), d.day()).timestamp()
        if self.to_check.isChecked():
            d = self.to_date.date()
            date_to = dt.datetime(d.year(), d.month(), d.day(), 23, 59, 59).timestamp()
        album = self.current_album.tag_id if self.current_album is not None else None
        return SearchFilters(folder=self.folder_filter.currentData(), date_from=date_from, date_to=date_to, album=album)

    def _filters_changed(self, *_args: object) -> None:
        if self.mode == "search":
            self.run_search()
        elif self.mode == "browse":
            self.show_browse()

    def _submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None = None) -> int:
        """Run a short call on the window's pool; ``on_done(result)`` or ``on_failed(message)`` on the GUI thread.

        Without ``on_failed`` a PhotoclipError is shown as an error; any other exception is reported as a bug.
        """
        self._ticket += 1
        ticket = self._ticket
        worker = Worker(lambda _report: fn())
        self._workers[ticket] = worker  # alive until it reports

        def errored(error: BaseException) -> None:
            if not isinstance(error, PhotoclipError):
                self.report_crash(traceback_text(error))
            elif on_failed is not None:
                on_failed(str(error))
            else:
                self.show_error(str(error))

        worker.signals.returned.connect(on_done)
        worker.signals.errored.connect(errored)
        worker.signals.finished.connect(lambda: self._workers.pop(ticket, None))
        worker.start(self._pool)
        return ticket

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
        self.results_shown.emit(kind)

    def show_browse(self, refresh: bool = False) -> None:
        """Show every photo matching the filter bar, newest first.

        ``refresh``: the library changed underneath (not the user's request):
        reload the grid in place, leaving the photo view open if it is.
        """
        self._grid_ticket += 1
        ticket = self._grid_ticket
        self.mode = "browse"  # what the user asked for, even before it arrives
        filters = self.filters()
        library = self.library
        album = self.current_album
        if album is not None:
            self._browse_album(album, filters, ticket, refresh)
            return

        def work() -> list[GridItem]:
            return [GridItem(r) for r in library.browse(filters)]

        if not library.folders():
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
            photos = library.tags.album_photos(album.tag_id)
            records = library.catalog.photos_by_ids([p.photo_id for p in photos])
            if filters.folder is not None or filters.date_from is not None or filters.date_to is not None:
                allowed = {r.id for r in library.browse(filters)}
                photos = [p for p in photos if p.photo_id in allowed]
            return [GridItem(records[p.photo_id], p.score) for p in photos if p.photo_id in records]

        shown = tag_names.tag_label(album.tagset, album.label)

        def done(items: list[GridItem]) -> None:
            if ticket == self._grid_ticket and not refresh:
                self.status_label.setText(self.tr("Album “{0}”: %Ln photos", "", len(items)).format(shown))
            self._show_grid("browse", items, ticket, self.tr("No photos in “{0}” yet.").format(shown), refresh)

        self._submit(work, done)

    def run_search(self) -> None:
        """Search for the text in the search field (debounced as the user types)."""
        self._debounce.stop()
        text = self.search_field.text().strip()
        if not text:
            self.show_browse()
            return
        self._grid_ticket += 1
        ticket = self._grid_ticket
        self.mode = "search"
        filters = self.filters()
        library = self.library
        self.status_label.setText(self.tr("Searching…"))

        def work() -> list[GridItem]:
            hits = library.search(text, RESULT_COUNT, filters)
            records = library.catalog.photos_by_ids([h.photo_id for h in hits])
            return [GridItem(records[h.photo_id], h.score) for h in hits if h.photo_id in records]

        album = self.current_album

        def done(items: list[GridItem]) -> None:
            if album is not None:
                self.status_label.setText(
                    self.tr("Best matches for “{0}” in “{1}” (%Ln photos)", "", len(items)).format(
                        text, tag_names.tag_label(album.tagset, album.label)
                    )
                )
            else:
                self.status_label.setText(self.tr("Best matches for “{0}” (%Ln photos)", "", len(items)).format(text))
            if items:
                self._remember_search(text)
            self._show_grid("search", items, ticket, self.tr("No photos match “{0}”.").format(text))

        self._submit(work, done)

    def find_similar(self, photo_id: int) -> None:
        """Show the photos most like ``photo_id``."""
        self._grid_ticket += 1
        ticket = self._grid_ticket
        self.mode = "similar"
        filters = replace(self.filters(), album=None)  # similar photos from the whole library
        library = self.library
        self.status_label.setText(self.tr("Finding similar photos…"))

        def work() -> list[GridItem]:
            hits = library.similar(photo_id, RESULT_COUNT, filters)
            records = library.catalog.photos_by_ids([h.photo_id for h in hits])
            return [GridItem(records[h.photo_id], h.score) for h in hits if h.photo_id in records]

        def done(items: list[GridItem]) -> None:
            self.status_label.setText(self.tr("%Ln similar photos", "", len(items)))
            self._show_grid("similar", items, ticket, self.tr("No similar photos found."))

        self._submit(work, done)

    # ------------------------------------------------------------ photo view
    def open_photo(self, row: int) -> None:
        """Open the photo at ``row`` of the grid in the photo view."""
        if not 0 <= row < self.model.rowCount():
            return
        item = self.model.item(row)
        self.photo_view.show_record(item.record, item.score)
        self.pages.setCurrentIndex(1)
        self._load_preview(item.record)
        self._load_photo_tags(item.record.id)

    def _load_photo_tags(self, photo_id: int) -> None:
        """Show the albums of the photo on show, with Confirm / Reject / Clear."""
        self._tags_ticket += 1
        ticket = self._tags_ticket
        self.photo_view.tags_panel.show_loading()
        tags = self.library.tags

        def done(result: list[Any]) -> None:
            record = self.photo_view.record
            if ticket != self._tags_ticket or record is None or record.id != photo_id:
                return
            self.photo_view.tags_panel.set_tags(result, self._albums, editable=self.service is not None)
            self.photo_tags_shown.emit(photo_id)

        self._submit(lambda: tags.photo_tags(photo_id), done)

    def tag_feedback(self, tag_id: int, action: str) -> None:
        """Confirm, reject or clear a tag of the photo on show.

        The change goes to the service as a job: it writes several
        transactions and may need the model, and the service is the library's
        one writer. When it moved the tag's threshold, the service files the
        rest of the library again (a tags job, shown in the status bar).
        """
        record = self.photo_view.record
        if record is None:
            return
        if self.service is None:
            self.show_error(self.tr("This library is open read-only: albums cannot be changed."))
            return
        photo_id = record.id
        panel = self.photo_view.tags_panel
        panel.set_busy(True)
        future = self.service.tag_feedback(tag_id, [photo_id], action)

        def done(change: Any) -> None:
            label = tag_names.tag_label(change.tagset, change.label)
            if action == "confirm":
                text = self.tr("Confirmed: this photo is in “{0}”").format(label)
            elif action == "reject":
                text = self.tr("Rejected: this photo is not in “{0}”").format(label)
            else:
                text = self.tr("“{0}” decides for this photo again").format(label)
            if change.needs_apply:
                text = self.tr("{0}; the album's threshold moved, so the library is filed again").format(text)
            self.status_label.setText(text)
            self._after_feedback(photo_id)

        def errored(error: BaseException) -> None:
            if isinstance(error, PhotoclipError):
                self.show_error(str(error))
            else:
                self.report_crash(traceback_text(error))
            self._after_feedback(photo_id)

        signals = watch_future(future, self)
        signals.returned.connect(done)
        signals.errored.connect(errored)
        signals.aborted.connect(lambda: self._after_feedback(photo_id))

    def _after_feedback(self, photo_id: int) -> None:
        record = self.photo_view.record
        if record is not None and record.id == photo_id:
            self._load_photo_tags(photo_id)
        self.refresh_albums()

    def _load_preview(self, record: PhotoRecord) -> None:
        self._preview_ticket += 1
        ticket = self._preview_ticket

        def done(image: object) -> None:
            if ticket == self._preview_ticket:
                self.photo_view.set_image(image)  # type: ignore[arg-type]

        def failed(message: str) -> None:
            if ticket == self._preview_ticket:
                self.photo_view.set_image(None, core_text(message))  # why the file cannot be decoded

        def work() -> object:
            from photoclip.core.imaging import ImageDecodeError

            try:
                return decode_preview(record.path)
            except ImageDecodeError as exc:
                raise PhotoclipError(exc.reason) from None

        self._submit(work, done, failed)

    def preview_current(self) -> None:
        """Space: a quick look at the selected photo (Space or Esc closes it)."""
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        record = self.model.item(index.row()).record
        dialog = QDialog(self)
        dialog.setWindowTitle(Path(record.path).name)
        label = QLabel(self.tr("Loading…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        QShortcut(QKeySequence(Qt.Key.Key_Space), dialog, activated=dialog.accept)
        dialog.resize(900, 650)

        def done(image: object) -> None:
            from PySide6.QtGui import QPixmap

            label.setPixmap(
                QPixmap.fromImage(image).scaled(880, 620, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)  # type: ignore[arg-type]
            )

        self._submit(lambda: decode_preview(record.path, 1024), done, lambda m: label.setText(core_text(m)))
        self.quick_look = dialog
        dialog.open()

    def go_back(self) -> None:
        """Esc: from the photo view back to the grid; in the grid, clear the search."""
        if self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
            self.grid.setFocus()
        elif self.mode != "browse" or self.search_field.text():
            self.search_field.clear()
            self.show_browse()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search_field.setFocus()
        self.search_field.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.grid and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
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
        self.bridge = ServiceBridge(service, self)
        self.bridge.event.connect(self._on_service_event)
        self.index_button.setEnabled(True)
        if self.library.folders() and not self.model_ready():
            self._show_model_needed("")

    def start_indexing(self) -> None:
        """Look at every folder again now (the service also does this on its own)."""
        if self.service is not None:
            self.service.rescan()

    def _on_service_event(self, event: Any) -> None:
        kind = event.kind
        if kind == "progress" and event.progress is not None:
            self._on_progress(event.progress)
        elif kind == "job-finished" and event.job == "tags":
            self._tags_ran = True
            self.refresh_albums()  # albums fill as the photos are filed, not only when all work is done
        elif kind == "job-finished" and event.progress is not None and event.progress.summary is not None:
            if event.job in ("embed", "re-embed"):
                self._last_summary = event.progress.summary
            for problem in event.progress.summary.failed:
                if problem not in self.problems:
                    self.problems.append(problem)
            self._update_errors_button()
        elif kind == "job-failed" and event.job in MODEL_JOBS and not self.model_ready():
            if not self.model_setup.busy:  # a setup on show says more than the job's error
                self._show_model_needed("")
        elif kind == "job-failed" and self._personalize_dialog_reports(event):
            pass  # the personalisation dialog shows it (with the figures, for a refused result)
        elif kind == "job-started" and event.job == "personalize":
            self.status_label.setText(self.tr("Personalising: training on your captions…"))
        elif kind == "job-failed":
            message = event.message or ""
            if message.startswith("internal error"):
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
        busy = state in ("running", "paused")
        self.progress.setVisible(busy)
        self.pause_button.setVisible(busy)
        self.cancel_button.setVisible(state == "running")
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        if state == "running" and not self._busy:
            self._busy = True
            self._last_summary = None
            self.progress.setRange(0, 0)
        elif state == "paused":
            self.status_label.setText(self.tr("Indexing paused (on battery)") if why == "on battery" else self.tr("Indexing paused"))
        elif state == "idle" and self._busy:
            self._busy = False
            self._on_indexing_done(self._last_summary)

    def _on_progress(self, event: IndexProgress) -> None:
        if event.problem is not None:
            self.problems.append(event.problem)
            self._update_errors_button()
        if event.phase == "scan":
            self.status_label.setText(self.tr("Looking for new photos… %Ln files", "", event.done))
        elif event.phase == "load-model":
            self.status_label.setText(self.tr("Loading the model for %Ln photos…", "", event.total))
        elif event.phase == "embed" and event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
            eta = self.tr(", {0} left").format(_duration(event.eta_s)) if event.eta_s is not None else ""
            self.status_label.setText(
                self.tr("Indexing {0} of {1} ({2:.1f} photos/s{3})").format(num(event.done), num(event.total), num(event.photos_per_s), eta)
            )
        elif event.phase == "tag-prompts":
            self.status_label.setText(self.tr("Preparing the tags of “{0}”…").format(tag_names.set_names(event.path or "")))
        elif event.phase == "tags":
            if event.total:
                self.progress.setRange(0, event.total)
                self.progress.setValue(event.done)
            self.status_label.setText(
                self.tr("Filing photos into albums ({0}): {1} of {2}").format(tag_names.set_names(event.path or ""), num(event.done), num(event.total))
            )

    def _on_indexing_done(self, summary: Any) -> None:
        if self.library.folders() and not self.model_ready():
            if not self.model_setup.busy:
                self._show_model_needed("")
        elif summary is not None:
            if summary.cancelled:
                text = self.tr("Indexing cancelled: %Ln photos indexed, the rest continues next time", "", summary.embedded)
            else:
                text = self.tr("Indexed %Ln new photos", "", summary.embedded)
            self.status_label.setText(text)
        elif self._tags_ran:
            self.status_label.setText(self.tr("Albums are up to date"))
        else:
            self.status_label.setText(self.tr("Library is up to date"))
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

    def _update_errors_button(self) -> None:
        stored = {p for p, _ in self.library.errors()}
        count = len(stored | {p.path for p in self.problems})
        self.errors_button.setText(self.tr("%Ln unreadable files", "", count) if count else "")
        self.errors_button.setVisible(bool(count))

    def error_list(self) -> list[tuple[str, str]]:
        """Files that could not be read: this run's and the catalog's, each once."""
        merged = dict(self.library.errors())
        for problem in self.problems:
            merged[problem.path] = problem.reason
        return sorted(merged.items())

    def show_errors(self) -> None:
        ErrorListDialog(self.error_list(), self).exec()

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
            and not (event.message or "").startswith("internal error")
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
            self.tagsets_dialog = TagSetsDialog(self.library, self.service, self._submit, self)
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
            self._apply_settings(dialog)
        except PhotoclipError as exc:
            self.show_error(str(exc))

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        new = dialog.new_settings()
        new.save(self.library.paths.settings_file)
        self.library.settings = new
        if self.service is None:
            return
        wanted = set(dialog.folders.folders())
        current = {f.path for f in self.library.folders()}
        for path in sorted(current - wanted):
            self.service.remove_folder(path)
        for path in sorted(wanted - current):
            self.service.add_folder(path)
        self.library.thumbnails.trim(new.thumbnail_cache_mb * 1_000_000)
        model = dialog.chosen_model()
        if model != self.library.chosen_model().name:
            # Chosen only once it is downloaded and verified; a failure is shown and changes nothing.
            self.model_setup.obtain(self.library.registry.get(model), offer_choices=False)

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
        self.model_button.setVisible(False)
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
        self.model_button.setVisible(True)
        self.status_label.setText(why.splitlines()[0] if why else self.tr("photoclip needs a model to index your photos."))

    # ---------------------------------------------------------------- errors
    def show_error(self, message: str) -> None:
        """A problem the user can act on (a core message is shown in the UI language)."""
        message = core_text(message)
        self.status_label.setText(message.splitlines()[0] if message else "")
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("photoclip"), message, parent=self)
        box.open()  # not exec(): a worker's report must not block the event loop

    def report_crash(self, trace: str) -> None:
        """A bug in a worker: shown, never swallowed."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Internal error"), self.tr("photoclip hit an internal error. Please report it with the details below."), parent=self)
        box.setDetailedText(trace)
        box.open()
        self.last_crash = trace


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"
