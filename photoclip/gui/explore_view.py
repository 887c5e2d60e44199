"""The Explore view: a map of the library where similar photos sit together (``Library.explore``).

The map is a QGraphicsView over one item that paints the visible points
itself: at low zoom every photo is a dot coloured by its region, rasterised
with numpy into one image per paint (a QGraphicsItem per photo costs seconds
to build at 100,000 photos and slows every repaint); zoomed in, when few
enough photos are in view, they are drawn as thumbnails, loaded lazily by the
window's :class:`~photoclip.gui.grid.ThumbnailLoader`. Regions carry their
best words, hovering shows the photo, dragging a rectangle puts the photos
inside it in the grid, and the current search's results stand out.

The map is computed by the background service (its ``map`` job); this view
reads the saved map on the window's pool and asks for a computation when the
saved one is missing or out of date, showing its progress meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QMouseEvent, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.explore.records import MapLayout, MapProgress, MapRect, Region
from photoclip.core.storage.records import PhotoRecord
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.grid import GridItem
from photoclip.gui.i18n import num

if TYPE_CHECKING:  # only for the type of the window the view lives in
    from photoclip.gui.main_window import MainWindow

# The map's unit square is this many scene units wide.
SCENE = 1000.0
# Thumbnails replace dots once each photo in view has this many pixels of room (on average, across)...
THUMBNAIL_ROOM = 40
# ... and at most this many photos are in view (each is one drawPixmap call).
MAX_THUMBNAILS = 1500
# Thumbnails kept in memory (the loader's disk cache holds the rest).
THUMBNAIL_CACHE = 2000
# How far (in pixels) the pointer may be from a photo to show it.
HOVER_PIXELS = 8
# The most one can zoom in, as scene units per pixel (about 100 photos across a screen of a 100k map).
MAX_ZOOM = 40.0


def region_colour(index: int) -> QColor:
    """A colour per region: hues a golden angle apart, so neighbours in number never look alike."""
    return QColor.fromHsv(int(index * 137.508) % 360, 170, 225)


def _argb(colour: QColor, alpha: int = 255) -> int:
    """A premultiplied ARGB32 pixel."""
    return (alpha << 24) | ((colour.red() * alpha // 255) << 16) | ((colour.green() * alpha // 255) << 8) | (colour.blue() * alpha // 255)


def _disc(radius: int) -> list[tuple[int, int]]:
    """The pixel offsets of a round dot."""
    return [(dx, dy) for dx in range(-radius, radius + 1) for dy in range(-radius, radius + 1) if dx * dx + dy * dy <= radius * radius + 1]


class _Points(QGraphicsItem):
    """The one item that draws every photo of the map (its canvas does the work)."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__()
        self.canvas = canvas

    def boundingRect(self) -> QRectF:
        return QRectF(-20, -20, SCENE + 40, SCENE + 40)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.canvas.paint_points(painter)


class _Label(QGraphicsItem):
    """A region's words on a dark rounded plate, the same size at any zoom."""

    def __init__(self, text: str, font: QFont) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(10)
        width = QFontMetrics(font).horizontalAdvance(text) + 12
        height = QFontMetrics(font).height() + 6
        self._rect = QRectF(-width / 2, -height / 2, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(20, 20, 20, 170))
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setPen(QColor(255, 255, 255))
        painter.setFont(self.font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class MapCanvas(QGraphicsView):
    """The map itself: dots, thumbnails, region labels, hover, rubber-band selection, zoom and pan.

    Args:
        loader: The window's thumbnail loader (shared with the grid).
    """

    # The user dragged a rectangle over the map (in the layout's unit-square coordinates).
    area_selected = Signal(object)
    # The pointer rests on a photo (its id), or left the photos (-1).
    hovered = Signal(int)

    def __init__(self, loader: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.setScene(QGraphicsScene(self))
        self.scene().setSceneRect(QRectF(-50, -50, SCENE + 100, SCENE + 100))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor(32, 33, 36))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)  # one item covers the scene
        self.setMouseTracking(True)
        # A map, not a page: no scroll bars (the right button moves it); it fits the view until the user zooms or moves it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fitted = True
        self._points = _Points(self)
        self.scene().addItem(self._points)
        self._labels: list[_Label] = []
        self.ids = np.zeros(0, dtype=np.int64)
        self.xy = np.zeros((0, 2), dtype=np.float64)
        self.records: dict[int, PhotoRecord] = {}
        self._colours = np.zeros(0, dtype=np.uint32)
        self._dimmed = np.zeros(0, dtype=np.uint32)
        self.highlighted = np.zeros(0, dtype=bool)
        self.thumbnails: dict[int, QPixmap] = {}
        self._asked: set[int] = set()
        self._painted = (np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0))  # rows in view and their pixel positions
        self.showing_thumbnails = False
        self.hovered_id = -1
        self._press: QPoint | None = None  # where a left-button drag began (viewport pixels)
        self._pan_from: QPoint | None = None
        self.preview = QLabel(self.viewport())
        self.preview.setStyleSheet("background: rgba(20, 20, 20, 220); color: white; padding: 4px; border-radius: 4px;")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.hide()
        loader.loaded.connect(self._thumbnail_loaded)

    # ------------------------------------------------------------- data
    def set_layout(self, layout: MapLayout, records: dict[int, PhotoRecord]) -> None:
        """Show a map: its photos, coloured by region (the regions' words come with :meth:`set_regions`)."""
        self.ids = layout.photo_ids
        self.xy = layout.xy.astype(np.float64) * SCENE
        self.records = records
        palette = [region_colour(r) for r in range(max(layout.region_count, 1))]
        self._colours = np.array([_argb(c) for c in palette], dtype=np.uint32)[layout.regions] if len(layout) else np.zeros(0, np.uint32)
        self._dimmed = np.array([_argb(c, 70) for c in palette], dtype=np.uint32)[layout.regions] if len(layout) else np.zeros(0, np.uint32)
        self.highlighted = np.zeros(len(layout), dtype=bool)
        self.set_regions([])

    def set_regions(self, regions: list[Region]) -> None:
        """Label the regions of the map on show with their words."""
        for label in self._labels:
            self.scene().removeItem(label)
        self._labels = []
        font = QFont(self.font())
        font.setBold(True)
        for region in regions:
            words = [tag_names.tag_label(w.tagset, w.word) if w.tagset else w.word for w in region.words]
            if not words:
                continue
            label = _Label(", ".join(words), font)
            label.setPos(region.x * SCENE, region.y * SCENE)
            self.scene().addItem(label)
            self._labels.append(label)
        self.viewport().update()

    def labels(self) -> list[str]:
        """The region labels on show."""
        return [label.text for label in self._labels]

    def highlight(self, photo_ids: list[int]) -> int:
        """Make these photos stand out (the others are dimmed); an empty list shows every photo alike.

        Returns:
            How many of them are on the map.
        """
        self.highlighted = np.isin(self.ids, np.asarray(photo_ids, dtype=np.int64)) if photo_ids else np.zeros(len(self.ids), dtype=bool)
        self.viewport().update()
        return int(self.highlighted.sum())

    def fit(self) -> None:
        """Show the whole map (and keep it whole as the view is resized, until the user zooms or moves it)."""
        self.fitted = True
        whole = QRectF(0, 0, SCENE, SCENE)
        if len(self.xy):
            low, high = self.xy.min(axis=0), self.xy.max(axis=0)
            whole = QRectF(float(low[0]), float(low[1]), float(high[0] - low[0]), float(high[1] - low[1]))
        margin = 0.04 * max(whole.width(), whole.height(), 1.0)
        self.fitInView(whole.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    # ------------------------------------------------------------ painting
    def paint_points(self, painter: QPainter) -> None:
        """Draw the photos in view: thumbnails when few enough are, else one image of coloured dots."""
        t = painter.worldTransform()
        device = painter.device()
        width, height = device.width(), device.height()
        px = self.xy[:, 0] * t.m11() + t.dx()
        py = self.xy[:, 1] * t.m22() + t.dy()
        visible = np.nonzero((px > -80) & (px < width + 80) & (py > -80) & (py < height + 80))[0]
        self._painted = (visible, px[visible], py[visible])
        room = float(np.sqrt(width * height / max(len(visible), 1)))
        self.showing_thumbnails = 0 < len(visible) <= MAX_THUMBNAILS and room >= THUMBNAIL_ROOM
        painter.save()
        painter.resetTransform()
        if self.showing_thumbnails:
            self._paint_thumbnails(painter, visible, px, py, float(np.clip(0.9 * room, 36, 160)))
        else:
            self._paint_dots(painter, visible, px, py, width, height, t.m11())
        painter.restore()

    def _paint_dots(self, painter: QPainter, rows: np.ndarray, px: np.ndarray, py: np.ndarray, width: int, height: int, scale: float) -> None:
        if width <= 0 or height <= 0 or not len(rows):
            return
        radius = int(np.clip(scale * 2.5, 1 if len(rows) > 20_000 else 2, 5))  # dots grow as the map is zoomed
        # Points up to a dot's radius outside still show their edge; the padding holds the largest stamp (a
        # highlight's ring) around any of them, so no stamp needs a bounds check.
        pad = 2 * radius + 2
        x, y = np.floor(px[rows]).astype(np.int64), np.floor(py[rows]).astype(np.int64)
        inside = (x >= -radius) & (x < width + radius) & (y >= -radius) & (y < height + radius)
        rows, x, y = rows[inside], x[inside] + pad, y[inside] + pad
        stride = width + 2 * pad
        image = np.zeros((height + 2 * pad) * stride, dtype=np.uint32)
        at = y * stride + x
        any_highlight = bool(self.highlighted.any())
        self._stamp(image, at, (self._dimmed if any_highlight else self._colours)[rows], _disc(radius), stride)
        if any_highlight:
            lit = self.highlighted[rows]
            self._stamp(image, at[lit], np.full(int(lit.sum()), _argb(QColor(255, 255, 255)), np.uint32), _disc(radius + 2), stride)
            self._stamp(image, at[lit], self._colours[rows][lit], _disc(radius), stride)
        frame = np.ascontiguousarray(image.reshape(height + 2 * pad, stride)[pad : pad + height, pad : pad + width])
        painter.drawImage(0, 0, QImage(frame.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied))

    @staticmethod
    def _stamp(image: np.ndarray, at: np.ndarray, colours: np.ndarray, spot: list[tuple[int, int]], stride: int) -> None:
        """Write each point's colour at every offset of ``spot`` around it (``image`` is flat, padded beyond the stamps' reach)."""
        for dx, dy in spot:
            image[at + (dy * stride + dx)] = colours

    def _paint_thumbnails(self, painter: QPainter, rows: np.ndarray, px: np.ndarray, py: np.ndarray, side: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        any_highlight = bool(self.highlighted.any())
        for row in rows[np.argsort(py[rows], kind="stable")]:
            pid = int(self.ids[row])
            colour = QColor.fromRgba(int(self._colours[row]))
            lit = bool(self.highlighted[row])
            pixmap = self.thumbnails.get(pid)
            if pixmap is None:
                self._ask(pid)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(px[row], py[row]), 5, 5)
                continue
            fitted = pixmap.size().scaled(int(side), int(side), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(px[row] - fitted.width() / 2, py[row] - fitted.height() / 2, fitted.width(), fitted.height())
            painter.setOpacity(0.35 if any_highlight and not lit else 1.0)
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            painter.setOpacity(1.0)
            painter.setPen(QPen(QColor(255, 255, 255) if lit else colour, 4 if lit else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)

    def _ask(self, photo_id: int) -> None:
        record = self.records.get(photo_id)
        if record is not None and photo_id not in self._asked:
            self._asked.add(photo_id)
            self.loader.request(record)

    def _thumbnail_loaded(self, photo_id: int, image: QImage) -> None:
        if photo_id not in self._asked:
            return  # the grid's
        self._asked.discard(photo_id)
        if image.isNull():
            return
        self.thumbnails[photo_id] = QPixmap.fromImage(image)
        while len(self.thumbnails) > THUMBNAIL_CACHE:
            self.thumbnails.pop(next(iter(self.thumbnails)))
        if self.hovered_id == photo_id:
            self._show_preview(photo_id, self.preview.pos() - QPoint(16, 16))
        self.viewport().update()

    # ------------------------------------------------------------- pointer
    def photo_at(self, pos: QPoint) -> int:
        """The photo drawn nearest ``pos`` (viewport pixels) within :data:`HOVER_PIXELS`, or -1."""
        rows, px, py = self._painted
        if not len(rows):
            return -1
        d2 = (px - pos.x()) ** 2 + (py - pos.y()) ** 2
        best = int(np.argmin(d2))
        reach = HOVER_PIXELS if not self.showing_thumbnails else max(HOVER_PIXELS, 20)
        return int(self.ids[rows[best]]) if d2[best] <= reach * reach else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            found = self.photo_at(event.position().toPoint())
            if found != self.hovered_id:
                self.hovered_id = found
                self.hovered.emit(found)
            if found >= 0:
                self._show_preview(found, event.position().toPoint())
            else:
                self.preview.hide()

    def _show_preview(self, photo_id: int, pos: QPoint) -> None:
        record = self.records.get(photo_id)
        if record is None:
            return
        pixmap = self.thumbnails.get(photo_id)
        if pixmap is None:
            self._ask(photo_id)
            self.preview.setText(Path(record.path).name)
        else:
            self.preview.setPixmap(pixmap.scaled(220, 220, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.preview.setToolTip(record.path)
        self.preview.adjustSize()
        room = self.viewport().rect()
        at = pos + QPoint(16, 16)
        at.setX(min(at.x(), room.width() - self.preview.width()))
        at.setY(min(at.y(), room.height() - self.preview.height()))
        self.preview.move(at)
        self.preview.show()
        self.preview.raise_()

    def leaveEvent(self, event: Any) -> None:
        self.preview.hide()
        self.hovered_id = -1
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            self._pan_from = event.position().toPoint()  # the left button selects; the others move the map
            self.fitted = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        self.preview.hide()
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        end = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and press is not None and (end - press).manhattanLength() >= QApplication.startDragDistance():
            # The band from where the drag began to where it ended (the rubber band Qt drew), in the map's coordinates.
            band = QRectF(self.mapToScene(press), self.mapToScene(end)).normalized()
            self.area_selected.emit(MapRect(band.left() / SCENE, band.top() / SCENE, band.right() / SCENE, band.bottom() / SCENE))

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.25 ** (event.angleDelta().y() / 120)
        scale = self.transform().m11() * factor
        fitted = min(self.viewport().width(), self.viewport().height()) / (SCENE + 20)
        if scale < fitted * 0.8 or scale > MAX_ZOOM:
            return
        self.fitted = False
        self.scale(factor, factor)



class ExploreView(QWidget):
    """The Explore › Map page of the main window: the map, what it shows, and the computation's progress.

    Args:
        window: The main window; the view adds itself to its pages and listens
            to its sidebar, its search results and its service.
    """

    # The map on show changed (after a load): its number of photos.
    map_shown = Signal(int)
    # The regions of the map on show got their words: the number of labels.
    labelled = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.layout_: MapLayout | None = None
        self._ticket = 0
        self._computing = False
        self._bridged: Any = None
        self.title = QLabel(self.tr("Map of your photos"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.fit_button = QPushButton(self.tr("Show all"))
        self.fit_button.setToolTip(self.tr("Zoom out to the whole map"))
        self.hint = QLabel(self.tr("Similar photos sit together. Drag a rectangle to show its photos; scroll to zoom; drag with the right button to move."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed: a hint, not a message
        self.canvas = MapCanvas(window.loader, self)
        self.fit_button.clicked.connect(self.canvas.fit)
        self.canvas.area_selected.connect(self.show_area)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.state, 1)
        top.addWidget(self.progress)
        top.addWidget(self.fit_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.hint)
        box.addWidget(self.canvas, 1)
        window.pages.addWidget(self)
        window.sidebar.itemClicked.connect(self._sidebar_clicked)
        window.results_shown.connect(self._results_shown)
        # The window gets its service after it is built: listen from the first turn of the event loop,
        # so a map job that follows new photos is shown in the status bar before the view was ever opened.
        QTimer.singleShot(0, self._listen)

    # ------------------------------------------------------------- opening
    def open(self) -> None:
        """Show the map page (Explore › Map, View › Map of your photos) and load the map."""
        window = self.window_
        window.pages.setCurrentWidget(self)
        item = window.sidebar.item_of("explore-map", None)
        if item is not None:
            window.sidebar.setCurrentItem(item)
        self._listen()
        self.reload()

    def _sidebar_clicked(self, item: Any) -> None:
        from photoclip.gui.sidebar import node_of

        if node_of(item)[0] == "explore-map":
            self.open()

    def _listen(self) -> None:
        bridge = self.window_.bridge
        if bridge is not None and bridge is not self._bridged:
            bridge.service_event.connect(self._on_service_event)
            self._bridged = bridge

    def reload(self) -> None:
        """Read the saved map (brought up to date with new photos) on the pool; ask the service for a new one when needed."""
        self._ticket += 1
        ticket = self._ticket
        library = self.window_.library

        def work() -> tuple[MapLayout | None, dict[int, PhotoRecord], bool]:
            layout = library.explore.layout()
            if layout is None:
                return None, {}, False
            return layout, {r.id: r for r in library.browse()}, library.explore.is_final(layout)

        def done(result: tuple[MapLayout | None, dict[int, PhotoRecord], bool]) -> None:
            if ticket != self._ticket:
                return
            layout, records, final = result
            first = self.layout_ is None
            if layout is not None:
                self.layout_ = layout
                self.canvas.set_layout(layout, records)
                if first or self.canvas.fitted:
                    self.canvas.fit()
                self._highlight_search()
                self._label(layout, ticket)
            if not final:
                self._compute()
            self._show_state(None)
            self.map_shown.emit(len(layout) if layout is not None else 0)

        self.window_._submit(work, done, self._failed)

    def _label(self, layout: MapLayout, ticket: int) -> None:
        """The regions' words, in a call of their own: they may wait for the model (prompts not encoded yet), the dots never do."""
        library = self.window_.library

        def done(regions: list[Region]) -> None:
            if ticket == self._ticket:
                self.canvas.set_regions(regions)
                self._show_state(regions)
                self.labelled.emit(len(self.canvas.labels()))

        language = QLocale().name()  # the UI language (the default locale follows it), for the vocabulary's words
        self.window_._submit(lambda: library.explore.regions(layout, language=language), done, self._failed)

    def _compute(self) -> None:
        service = self.window_.service
        if service is None or self._computing:
            return
        self._computing = True
        service.compute_map()

    def _show_state(self, regions: list[Region] | None) -> None:
        layout = self.layout_
        if layout is None:
            self.state.setText(
                self.tr("Computing the map…") if self._computing else self.tr("The map is computed when the library is open for writing (close the other photoclip window or command).")
            )
            return
        if not len(layout):
            self.state.setText(self.tr("No photos are indexed yet."))
            return
        text = self.tr("%Ln photos", "", len(layout))
        if regions is not None and not any(r.words for r in regions):
            text += self.tr(" · add tag sets to name the regions")
        if self._computing:
            text += self.tr(" · computing the map…")
        self.state.setText(text)

    def _failed(self, message: str) -> None:
        self.state.setText(core_text(message).split("\n")[0])

    def _on_service_event(self, event: Any) -> None:
        if event.job != "map":
            return
        progress: MapProgress | None = event.map_progress
        if event.kind == "job-started":
            self._computing = True
            self.progress.setRange(0, 0)
            self.progress.show()
        elif event.kind == "progress" and progress is not None:
            if progress.phase == "tsne" and progress.total:
                self.progress.setRange(0, progress.total)
                self.progress.setValue(progress.done)
                self.window_.status_label.setText(self.tr("Computing the map… {0}%").format(num(100 * progress.done // progress.total)))
            elif progress.phase in ("load", "neighbours"):
                self.window_.status_label.setText(self.tr("Computing the map…"))
            if progress.phase == "pca":
                self.reload()  # the first layout is saved: show it while t-SNE runs
        elif event.kind in ("job-finished", "job-failed"):
            self._computing = event.kind == "job-finished" and event.message == "preempted"
            self.progress.setVisible(self._computing)
            if event.kind == "job-failed":
                self._failed(event.message or "")
            elif event.message is None:
                self.reload()

    # ---------------------------------------------------------- selections
    def show_area(self, rect: MapRect) -> list[int]:
        """Put the photos inside a rectangle of the map in the grid (the grid is shown).

        Returns:
            Their ids.
        """
        layout, window = self.layout_, self.window_
        if layout is None:
            return []
        ids = window.library.explore.select(layout, rect)
        items = [GridItem(self.canvas.records[i]) for i in ids if i in self.canvas.records]
        window._grid_ticket += 1  # the grid now shows this selection: later answers to older requests are dropped
        window.mode = "map"
        window.status_label.setText(self.tr("%Ln photos from the map (Esc goes back to all photos)", "", len(items)))
        window._show_grid("map", items, window._grid_ticket, self.tr("No photos in that part of the map."))
        window.grid_actions.select([item.record.id for item in items])
        return ids

    def _results_shown(self, kind: str) -> None:
        if kind in ("search", "browse"):
            self._highlight_search()

    def _highlight_search(self) -> None:
        window = self.window_
        ids = [item.record.id for item in window.model.items()] if window.mode == "search" else []
        self.canvas.highlight(ids)
