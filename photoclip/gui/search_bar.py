"""The main window's search field (with recent searches) and its filter bar (folder and date range)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from photoclip.core.search import SearchFilters
from photoclip.core.storage.records import FolderRecord
from photoclip.core.tagsets.records import Album

SEARCH_DEBOUNCE_MS = 300
RECENT_SEARCHES = 20


class SearchField(QLineEdit):
    """The search field: recent searches as completions, a search a moment after the user stops typing.

    Args:
        state: Where the recent searches are remembered.
        parent: The main window.
    """

    # The user typed (and paused) or pressed Enter: search for the text now.
    search_requested = Signal()

    def __init__(self, state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setPlaceholderText(self.tr("Describe a photo…"))
        self.setClearButtonEnabled(True)
        self._recent_model = QStringListModel(self)
        completer = QCompleter(self._recent_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_requested)
        self.textChanged.connect(lambda _text: self._debounce.start())
        self.returnPressed.connect(self.search_requested)
        recent = self.state.value("search/recent", [])
        self._recent_model.setStringList([str(r) for r in (recent or [])] if isinstance(recent, list) else [str(recent)])

    def search_for(self, text: str) -> None:
        """Put ``text`` in the field and search for it now (a word clicked in the photo view)."""
        self.setText(text)
        self.search_requested.emit()

    def stop_waiting(self) -> None:
        """The search runs now: forget the pending one from typing."""
        self._debounce.stop()

    def recent_searches(self) -> list[str]:
        """The searches that found photos, latest first."""
        return self._recent_model.stringList()

    def remember(self, text: str) -> None:
        """Put a search first among the recent ones (and remember it for the next session).

        Args:
            text: The search's text.
        """
        recent = [r for r in self.recent_searches() if r != text]
        recent.insert(0, text)
        self._recent_model.setStringList(recent[:RECENT_SEARCHES])
        self.state.setValue("search/recent", recent[:RECENT_SEARCHES])

    def show_scope(self, album: str | None) -> None:
        """Say in the empty field where a search looks: the whole library, or the album picked in the sidebar.

        Args:
            album: The name of the album searched in, as the user reads it, or None for the whole library.
        """
        if album is None:
            self.setPlaceholderText(self.tr("Describe a photo…"))
        else:
            self.setPlaceholderText(self.tr("Search in “{0}”…").format(album))


class FilterBar(QWidget):
    """Folder and date range, above the grid.

    Args:
        parent: The main window.
    """

    # A filter changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_filter = QComboBox()
        # Long paths may be elided, but "All folders" is read whole in every language, even at the smallest window.
        self.folder_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.folder_filter.setMinimumContentsLength(len(self.tr("All folders")) + 1)
        self.folder_filter.setToolTip(self.tr("Show the photos of one folder"))
        self.folder_filter.setAccessibleName(self.tr("Folder"))
        self.folder_filter.currentIndexChanged.connect(self._changed)
        self.from_check = QCheckBox(self.tr("From"))
        self.from_date = QDateEdit(QDate.currentDate().addYears(-1))
        self.to_check = QCheckBox(self.tr("To"))
        self.to_date = QDateEdit(QDate.currentDate())
        for w in (self.from_date, self.to_date):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.dateChanged.connect(self._changed)
        for c in (self.from_check, self.to_check):
            c.toggled.connect(self._changed)
        # The date range sits behind one button that says what it is set to: the
        # row stays narrow enough for the smallest window in every language.
        self.dates_button = QToolButton()
        self.dates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dates_button.setToolTip(self.tr("Show only the photos taken between two dates"))
        menu = QMenu(self.dates_button)
        box = QWidget(menu)
        grid = QGridLayout(box)
        grid.addWidget(self.from_check, 0, 0)
        grid.addWidget(self.from_date, 0, 1)
        grid.addWidget(self.to_check, 1, 0)
        grid.addWidget(self.to_date, 1, 1)
        dates = QWidgetAction(menu)
        dates.setDefaultWidget(box)
        menu.addAction(dates)
        self.dates_button.setMenu(menu)
        self._show_dates()
        filters = QHBoxLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.folder_filter, 1)
        filters.addWidget(self.dates_button)

    def _changed(self, *_args: object) -> None:
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        start, end = (d.date().toString("yyyy-MM-dd") for d in (self.from_date, self.to_date))
        if self.from_check.isChecked() and self.to_check.isChecked():
            text = self.tr("{0} to {1}").format(start, end)
        elif self.from_check.isChecked():
            text = self.tr("From {0}").format(start)
        elif self.to_check.isChecked():
            text = self.tr("Until {0}").format(end)
        else:
            text = self.tr("Any date")
        self.dates_button.setText(text)

    def filters(self, album: Album | None) -> SearchFilters:
        """The filter bar as core search filters.

        Args:
            album: The album picked in the sidebar, or None.

        Returns:
            The filters for a browse or a search.
        """
        date_from = date_to = None
        if self.from_check.isChecked():
            d = self.from_date.date()
            date_from = dt.datetime(d.year(), d.month(), d.day()).timestamp()
        if self.to_check.isChecked():
            d = self.to_date.date()
            date_to = dt.datetime(d.year(), d.month(), d.day(), 23, 59, 59).timestamp()
        tag_id = album.tag_id if album is not None else None
        return SearchFilters(folder=self.folder_filter.currentData(), date_from=date_from, date_to=date_to, album=tag_id)

    def set_folders(self, folders: list[FolderRecord]) -> None:
        """The folders to choose from (the chosen one stays chosen while it is there), without a change signal.

        Args:
            folders: The library's folders.
        """
        current = self.folder_filter.currentData()
        self.folder_filter.blockSignals(True)
        self.folder_filter.clear()
        self.folder_filter.addItem(self.tr("All folders"), None)
        for folder in folders:
            self.folder_filter.addItem(folder.path, folder.path)
        if current is not None and self.folder_filter.findData(current) < 0 and any(current.startswith(f.path) for f in folders):
            self.folder_filter.addItem(current, current)  # a folder below a root stays chosen
        found = self.folder_filter.findData(current)
        self.folder_filter.setCurrentIndex(max(found, 0))
        self.folder_filter.blockSignals(False)

    def choose_folder(self, path: str | None, quiet: bool = False) -> None:
        """Filter by one folder, or by none.

        Args:
            path: The folder (a library root or any folder below one), or None for all folders.
            quiet: Do not emit :attr:`changed`.
        """
        self.folder_filter.blockSignals(quiet)
        if path is not None and self.folder_filter.findData(path) < 0:
            self.folder_filter.addItem(path, path)  # a folder below a root, picked in the sidebar's tree
        self.folder_filter.setCurrentIndex(0 if path is None else self.folder_filter.findData(path))
        self.folder_filter.blockSignals(False)
