"""The thumbnail grid: a list model over photos and a loader that fills it off the GUI thread.

Only the rows the view asks to paint request a thumbnail, and the newest
requests are served first, so scrolling quickly through 50,000 photos shows
what is on screen now instead of working through everything scrolled past.
Thumbnails come from the core's disk cache (generated on a pool thread when
missing) and are kept as pixmaps in a bounded in-memory cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QRunnable, QSize, Qt, QThreadPool, Signal
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


@dataclass(frozen=True)
class GridItem:
    """One cell: a photo and, for search results, its score."""

    record: PhotoRecord
    score: float | None = None


class _LoaderSignals(QObject):
    # (photo id, image) when a thumbnail is ready; a null image means it failed.
    loaded = Signal(int, QImage)


class ThumbnailLoader(QObject):
    """Loads thumbnails on pool threads, newest request first.

    Args:
        store: The disk cache.
        threads: Pool threads (decoding is the slow part).
    """

    # (photo id, image) when ready, on the GUI thread.
    loaded = Signal(int, QImage)

    def __init__(self, store: ThumbnailStore, threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._queue: deque[PhotoRecord] = deque()
        self._queued: set[int] = set()
        self._lock = threading.Lock()
        self._signals = _LoaderSignals()
        self._signals.loaded.connect(self.loaded)
        self._active = 0
        self._threads = threads

    def request(self, record: PhotoRecord) -> None:
        """Ask for a thumbnail; repeated requests move it to the front."""
        with self._lock:
            if record.id in self._queued:
                try:
                    self._queue.remove(record)
                except ValueError:
                    pass
            self._queue.append(record)
            self._queued.add(record.id)
            # Drop the oldest requests: they scrolled out of view long ago.
            while len(self._queue) > 600:
                old = self._queue.popleft()
                self._queued.discard(old.id)
            start = self._active < self._threads
            if start:
                self._active += 1
        if start:
            self._pool.start(_Drain(self))

    def clear(self) -> None:
        """Forget pending requests (a new result list replaced the old one)."""
        with self._lock:
            self._queue.clear()
            self._queued.clear()

    def _next(self) -> PhotoRecord | None:
        with self._lock:
            if not self._queue:
                self._active -= 1
                return None
            record = self._queue.pop()
            self._queued.discard(record.id)
            return record

    def _load(self, record: PhotoRecord) -> None:
        try:
            path = self.store.ensure(record)
            image = QImage(str(path))
        except (ImageDecodeError, OSError):
            image = QImage()
        try:
            self._signals.loaded.emit(record.id, image)
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
    """Photos (with optional scores) for a QListView in icon mode."""

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[GridItem] = []
        self._rows: dict[int, int] = {}
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()
        self._failed: set[int] = set()
        self._loader = loader
        loader.loaded.connect(self._on_loaded)
        self._placeholder = QPixmap(QSize(THUMB_SIZE, THUMB_SIZE))
        self._placeholder.fill(QColor("#3a3a3a"))

    def set_items(self, items: list[GridItem]) -> None:
        """Replace the whole list (a new search or folder)."""
        self.beginResetModel()
        self._items = items
        self._rows = {item.record.id: row for row, item in enumerate(items)}
        self.endResetModel()
        self._loader.clear()

    def item(self, row: int) -> GridItem:
        return self._items[row]

    def items(self) -> list[GridItem]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
        return None

    def _on_loaded(self, photo_id: int, image: QImage) -> None:
        if image.isNull():
            self._failed.add(photo_id)
            return
        self._pixmaps[photo_id] = QPixmap.fromImage(image)
        while len(self._pixmaps) > 3000:
            self._pixmaps.popitem(last=False)
        row = self._rows.get(photo_id)
        if row is not None:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    def has_thumbnail(self, photo_id: int) -> bool:
        return photo_id in self._pixmaps
