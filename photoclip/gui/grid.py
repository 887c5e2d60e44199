"""The thumbnail grid: a list model over photos and a loader that fills it off the GUI thread.

The model also arranges its photos: sorted (date taken, date added, name, or
the ranking a search gave) and, for the date-taken order, cut into day, month
or year sections that the view draws under date headers.

Only the rows the view asks to paint request a thumbnail, and the newest
requests are served first, so scrolling quickly through 50,000 photos shows
what is on screen now instead of working through everything scrolled past.
Thumbnails come from the core's disk cache (generated on a pool thread when
missing) and are kept as pixmaps in a bounded in-memory cache. The loader
threads also scale each one for the cell the grid drew last (its size, fit
and the screen's pixel ratio), so scrolling only copies pixels on the GUI
thread; after a resize the delegate scales what was loaded before.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPixmap

from photoclip.core.imaging import ImageDecodeError
from photoclip.core.storage.records import PhotoRecord
from photoclip.gui.i18n import num

if TYPE_CHECKING:  # the store comes from Library.thumbnails; only its type is named here
    from photoclip.core.thumbnails import ThumbnailStore

THUMB_SIZE = 160
PhotoIdRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2
ScoreRole = Qt.ItemDataRole.UserRole + 3
FavouriteRole = Qt.ItemDataRole.UserRole + 4
# (CellKey, QPixmap): the thumbnail already scaled for a cell, when the loader could.
ScaledRole = Qt.ItemDataRole.UserRole + 5

# "square": center-crop to fill the cell; "whole": the whole photo fitted inside the cell.
ThumbMode = Literal["square", "whole"]
THUMB_MODES: tuple[ThumbMode, ...] = ("square", "whole")


@dataclass(frozen=True)
class CellKey:
    """How a thumbnail is drawn: the cell's size in logical pixels, the fit, and the screen's device pixel ratio."""

    width: int
    height: int
    mode: ThumbMode
    ratio: float


def crop_to_fill(source: QSize, target: QSize) -> QRect:
    """The middle part of ``source`` with the aspect ratio of ``target`` (what "square" mode shows).

    Args:
        source: The thumbnail's size.
        target: The cell's size.

    Returns:
        The source rectangle, in the thumbnail's pixels.
    """
    sw, sh, tw, th = source.width(), source.height(), max(1, target.width()), max(1, target.height())
    if sw * th > sh * tw:  # wider than the cell: cut the sides
        w = max(1, round(sh * tw / th))
        return QRect((sw - w) // 2, 0, w, sh)
    h = max(1, round(sw * th / tw))
    return QRect(0, (sh - h) // 2, sw, h)


Picture = TypeVar("Picture", QImage, QPixmap)


def scale_to_cell(picture: Picture, key: CellKey) -> Picture:
    """A thumbnail as drawn in a cell: cropped or fitted, smoothly scaled to the cell's device pixels.

    A QImage can be scaled on any thread (the loader's); a QPixmap only on the GUI thread.
    """
    cell = QSize(key.width, key.height)
    device = QSize(max(1, round(key.width * key.ratio)), max(1, round(key.height * key.ratio)))
    smooth = Qt.TransformationMode.SmoothTransformation
    if key.mode == "whole":
        result = picture.scaled(device, Qt.AspectRatioMode.KeepAspectRatio, smooth)
    else:
        result = picture.copy(crop_to_fill(picture.size(), cell)).scaled(device, Qt.AspectRatioMode.IgnoreAspectRatio, smooth)
    result.setDevicePixelRatio(key.ratio)
    return result


# How the grid orders its photos: "relevance" is the order a search or an album ranked them in.
SortOrder = Literal["relevance", "taken", "added", "name"]
# The date sections of the timeline ("none": one flat grid).
Grouping = Literal["none", "day", "month", "year"]
SORT_ORDERS: tuple[SortOrder, ...] = ("relevance", "taken", "added", "name")
GROUPINGS: tuple[Grouping, ...] = ("none", "day", "month", "year")


# The photos a drag carries inside the app (beside the file URLs other programs read): their ids, comma-separated.
PHOTO_IDS_MIME = "application/x-photoclip-photo-ids"


def photo_ids_mime(photo_ids: list[int]) -> QByteArray:
    """The drag data of :data:`PHOTO_IDS_MIME` for these photos."""
    return QByteArray(",".join(str(i) for i in photo_ids).encode())


def dropped_photo_ids(mime: QMimeData) -> list[int]:
    """The photos a drag from the grid carries (none for a drag from elsewhere)."""
    if not mime.hasFormat(PHOTO_IDS_MIME):
        return []
    text = bytes(mime.data(PHOTO_IDS_MIME).data()).decode(errors="replace")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


@dataclass(frozen=True)
class DateSection:
    """A run of rows taken on the same day, month or year (the timeline's header and its photos).

    Attributes:
        first_row: The model row of its first photo.
        count: How many photos it holds.
        start: Its first day (the 1st of the month, or January 1st, for those groupings).
    """

    first_row: int
    count: int
    start: dt.date


@dataclass(frozen=True)
class GridItem:
    """One cell: a photo and, for search results, its score."""

    record: PhotoRecord
    score: float | None = None


class _LoaderSignals(QObject):
    # (photo id, image, the image scaled for a cell or a null image, its CellKey or None); a null image means it failed.
    loaded = Signal(int, QImage, QImage, object)


class ThumbnailLoader(QObject):
    """Loads thumbnails on pool threads, newest request first.

    Args:
        store: The disk cache.
        threads: Pool threads (decoding is the slow part).
    """

    # (photo id, image, scaled image or null, its CellKey or None) when ready, on the GUI thread.
    loaded = Signal(int, QImage, QImage, object)

    def __init__(self, store: ThumbnailStore, threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        # Photo id -> record, oldest request first: a repeated request moves to the end in O(1).
        self._queue: OrderedDict[int, PhotoRecord] = OrderedDict()
        self._lock = threading.Lock()
        self._signals = _LoaderSignals()
        self._signals.loaded.connect(self.loaded)
        self._active = 0
        self._threads = threads
        self._cell: CellKey | None = None  # the cell to scale for, as the grid last drew one

    def scale_for(self, cell: CellKey) -> None:
        """Scale the thumbnails loaded from now on for this cell."""
        with self._lock:
            self._cell = cell

    def request(self, record: PhotoRecord) -> None:
        """Ask for a thumbnail; repeated requests move it to the front."""
        with self._lock:
            self._queue[record.id] = record
            self._queue.move_to_end(record.id)
            # Drop the oldest requests: they scrolled out of view long ago.
            while len(self._queue) > 600:
                self._queue.popitem(last=False)
            start = self._active < self._threads
            if start:
                self._active += 1
        if start:
            self._pool.start(_Drain(self))

    def clear(self) -> None:
        """Forget pending requests (a new result list replaced the old one)."""
        with self._lock:
            self._queue.clear()

    def _next(self) -> PhotoRecord | None:
        with self._lock:
            if not self._queue:
                self._active -= 1
                return None
            return self._queue.popitem(last=True)[1]

    def _load(self, record: PhotoRecord) -> None:
        try:
            path = self.store.ensure(record)
            image = QImage(str(path))
        except (ImageDecodeError, OSError):
            image = QImage()
        with self._lock:
            cell = self._cell
        scaled = scale_to_cell(image, cell) if cell is not None and not image.isNull() else QImage()
        try:
            self._signals.loaded.emit(record.id, image, scaled, cell if not scaled.isNull() else None)
        except RuntimeError:
            pass  # the window closed while this thumbnail was loading: nobody to tell

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for the pool to go idle (for tests and shutdown)."""
        return self._pool.waitForDone(msecs)


class _Drain(QRunnable):
    def __init__(self, loader: ThumbnailLoader) -> None:
        super().__init__()
        self.loader = loader

    def run(self) -> None:
        while (record := self.loader._next()) is not None:
            self.loader._load(record)


class PhotoGridModel(QAbstractListModel):
    """Photos (with optional scores) for the photo grid, sorted and cut into date sections.

    A list with scores (search results, similar photos, an album) is shown in
    its ranked order until the user picks another order for it; a list without
    follows :attr:`browse_sort`, the order chosen for browsing.
    """

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[GridItem] = []
        self._ranked = False
        self.browse_sort: SortOrder = "taken"
        self._ranked_sort: SortOrder = "relevance"
        self.grouping: Grouping = "month"
        self._sections: list[DateSection] = []
        self._items: list[GridItem] = []
        self._rows: dict[int, int] = {}
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()
        self._scaled: dict[int, tuple[CellKey, QPixmap]] = {}  # beside _pixmaps, for the cell they were scaled for
        self._failed: set[int] = set()
        self._favourites: set[int] = set()
        self._loader = loader
        self._cell: CellKey | None = None
        loader.loaded.connect(self._on_loaded)
        self._placeholder = QPixmap(QSize(THUMB_SIZE, THUMB_SIZE))
        self._placeholder.fill(QColor("#3a3a3a"))

    def set_items(self, items: list[GridItem]) -> None:
        """Replace the whole list (a new search or folder)."""
        self._given = list(items)
        self._ranked = any(item.score is not None for item in items)
        self._ranked_sort = "relevance"
        self._arrange()

    def arrange(self, sort: SortOrder | None = None, grouping: Grouping | None = None) -> None:
        """Order the photos another way, or group them by other dates (the rows change; the photos do not).

        Args:
            sort: The new order, for the list on show (a ranked list keeps it
                until the next list; otherwise it becomes :attr:`browse_sort`). None keeps it.
            grouping: The new date sections. None keeps them.
        """
        if sort is not None:
            if self._ranked:
                self._ranked_sort = sort
            elif sort != "relevance":
                self.browse_sort = sort
        if grouping is not None:
            self.grouping = grouping
        self._arrange()

    @property
    def ranked(self) -> bool:
        """Whether the list on show came ranked (it has scores, and a relevance order)."""
        return self._ranked

    def effective_sort(self) -> SortOrder:
        """The order the rows are in now."""
        return self._ranked_sort if self._ranked else self.browse_sort

    def sections(self) -> list[DateSection]:
        """The date sections, in row order; empty when the rows are not grouped by date taken."""
        return self._sections

    def row_of(self, photo_id: int) -> int | None:
        """The row of a photo, if it is in the list."""
        return self._rows.get(photo_id)

    def _arrange(self) -> None:
        items = _sorted(self._given, self.effective_sort())
        self.beginResetModel()
        self._items = items
        self._rows = {item.record.id: row for row, item in enumerate(items)}
        grouped = self.effective_sort() == "taken" and self.grouping != "none"
        self._sections = _sections(items, self.grouping) if grouped else []
        self.endResetModel()
        self._loader.clear()

    def item(self, row: int) -> GridItem:
        """The photo at ``row``."""
        return self._items[row]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list", PHOTO_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The photos' files as file:// URLs, for a drag to a file manager or another app, and their ids for the sidebar."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setUrls([QUrl.fromLocalFile(self._items[row].record.path) for row in rows])
        data.setData(PHOTO_IDS_MIME, photo_ids_mime([self._items[row].record.id for row in rows]))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def items(self) -> list[GridItem]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        record = item.record
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(record.id)
            if pixmap is not None:
                self._pixmaps.move_to_end(record.id)
                return pixmap
            if record.id not in self._failed:
                self._loader.request(record)
            return self._placeholder
        if role == Qt.ItemDataRole.ToolTipRole:
            name = Path(record.path).name
            if item.score is not None:
                return self.tr("{0}\nscore {1:.3f}").format(name, num(item.score))
            return name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return Path(record.path).name
        if role == PhotoIdRole:
            return record.id
        if role == PathRole:
            return record.path
        if role == ScoreRole:
            return item.score
        if role == FavouriteRole:
            return record.id in self._favourites
        if role == ScaledRole:
            return self._scaled.get(record.id)
        return None

    def drawn_at(self, cell: CellKey) -> None:
        """The grid draws its cells like this now: thumbnails loaded from now on come scaled for it."""
        if cell != self._cell:
            self._cell = cell
            self._loader.scale_for(cell)

    def set_favourites(self, photo_ids: set[int]) -> None:
        """Which photos are favourites (the cells draw a heart on them)."""
        if photo_ids != self._favourites:
            self._favourites = set(photo_ids)
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [FavouriteRole])

    def _on_loaded(self, photo_id: int, image: QImage, scaled: QImage, cell: CellKey | None) -> None:
        if image.isNull():
            self._failed.add(photo_id)
            return
        self._pixmaps[photo_id] = QPixmap.fromImage(image)
        if cell is not None:
            self._scaled[photo_id] = (cell, QPixmap.fromImage(scaled))
        while len(self._pixmaps) > 3000:
            dropped, _ = self._pixmaps.popitem(last=False)
            self._scaled.pop(dropped, None)
        row = self._rows.get(photo_id)
        if row is not None:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    def has_thumbnail(self, photo_id: int) -> bool:
        return photo_id in self._pixmaps


def _sorted(items: list[GridItem], order: SortOrder) -> list[GridItem]:
    """``items`` in ``order``: newest first for dates (as the catalog lists them), A to Z for names."""
    if order == "taken":
        return sorted(items, key=lambda i: (i.record.date, i.record.id), reverse=True)
    if order == "added":
        # Catalog ids grow as photos are added: the newest id is the most recently added photo.
        return sorted(items, key=lambda i: i.record.id, reverse=True)
    if order == "name":
        return sorted(items, key=lambda i: (Path(i.record.path).name.casefold(), i.record.path))
    return list(items)


def _sections(items: list[GridItem], grouping: Grouping) -> list[DateSection]:
    """Cut rows sorted newest first into runs of the same day, month or year (local time)."""
    sections: list[DateSection] = []
    current: dt.date | None = None
    first = 0
    for row, item in enumerate(items):
        try:
            day = dt.date.fromtimestamp(item.record.date)
        except (OverflowError, OSError, ValueError):
            day = dt.date(1970, 1, 1)  # a date the platform cannot represent: kept together at the start of time
        if grouping == "month":
            day = day.replace(day=1)
        elif grouping == "year":
            day = day.replace(month=1, day=1)
        if day != current:
            if current is not None:
                sections.append(DateSection(first, row - first, current))
            current, first = day, row
    if current is not None:
        sections.append(DateSection(first, len(items) - first, current))
    return sections
