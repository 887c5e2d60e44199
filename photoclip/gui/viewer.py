"""The picture itself: decoding at the screen's resolution, zoom and pan, the keys of a photo viewer.

:class:`ImageCanvas` shows one decoded photo fitted to its space (never
enlarged past 100 %), or zoomed: "1" or a double-click for 100 %, Ctrl+wheel
around the cursor, a drag to pan. Zoom is counted in the photo's own pixels
per screen pixel, so 100 % is one photo pixel on one physical pixel even on a
high-DPI screen. The keys a viewer answers (arrows, PageUp/PageDown,
Home/End, F/F11, Esc) come out as :data:`Command` values for the photo view
and the quick look to act on.

:class:`PreviewLoader` decodes on the window's pool, at no more pixels than the
screen has, and drops answers for photos the user has already left.
:class:`QuickLook` is the Space preview of the grid, which moves with the arrows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.imaging import ImageDecodeError, load_image
from photoclip.core.storage.records import PhotoRecord
from photoclip.errors import PhotoclipError
from photoclip.gui.core_messages import core_text
from photoclip.gui.i18n import num
from photoclip.gui.workers import Submit

# What a key asks of a viewer; the canvas zooms by itself, the rest is for its owner.
Command = Literal["next", "previous", "first", "last", "full_screen", "leave_full_screen", "slideshow"]

PREVIEW_SIDE = 2048  # what decode_preview gives when no screen is known: sharp on a full-HD screen
MAX_ZOOM = 16.0  # 1600 %: single pixels are plain to see
WHEEL_ZOOM_STEP = 1.25  # per wheel notch
WHEEL_NOTCH = 120  # angleDelta of one notch; touchpads send smaller steps that add up

_NAVIGATION: dict[int, Command] = {
    Qt.Key.Key_Right: "next",
    Qt.Key.Key_Down: "next",
    Qt.Key.Key_PageDown: "next",
    Qt.Key.Key_Left: "previous",
    Qt.Key.Key_Up: "previous",
    Qt.Key.Key_PageUp: "previous",
    Qt.Key.Key_Home: "first",
    Qt.Key.Key_End: "last",
    Qt.Key.Key_F: "full_screen",
    Qt.Key.Key_F11: "full_screen",
    Qt.Key.Key_S: "slideshow",
}


def command_for_key(event: QKeyEvent) -> Command | None:
    """The viewer command of a key press (no modifiers but keypad), or None."""
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    return _NAVIGATION.get(event.key())


def decode_preview(path: str, max_side: int | None = PREVIEW_SIDE) -> QImage:
    """Decode a photo upright into a QImage (safe on a worker thread).

    Args:
        path: The photo's file.
        max_side: Longest side of the result (never enlarged), or None for every pixel.

    Returns:
        The picture.

    Raises:
        ImageDecodeError: The photo cannot be decoded.
    """
    image = load_image(Path(path), max_side=max_side)
    data = image.tobytes("raw", "RGB")
    qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    return qimage.copy()  # own the pixels: `data` goes away with this frame


def screen_side(widget: QWidget) -> int:
    """The longest side of the widget's screen in physical pixels: all a full-screen photo can use."""
    screen = widget.screen()
    size = screen.size()
    return max(1, round(max(size.width(), size.height()) * screen.devicePixelRatio()))


class PreviewLoader:
    """Decodes photos on the window's pool; only the latest request's answer is delivered.

    Args:
        submit: The window's ``submit(work, on_done, on_failed)``, which runs ``work`` on its pool.
    """

    def __init__(self, submit: Submit) -> None:
        self._submit = submit
        self._ticket = 0

    def load(self, path: str, max_side: int | None, shown: Callable[[QImage | None, str | None], None]) -> None:
        """Decode ``path`` off the GUI thread, then ``shown(image, None)`` or ``shown(None, why)``."""
        self._ticket += 1
        ticket = self._ticket

        def work() -> QImage:
            try:
                return decode_preview(path, max_side)
            except ImageDecodeError as exc:
                raise PhotoclipError(exc.reason) from None

        def done(image: QImage) -> None:
            if ticket == self._ticket:
                shown(image, None)

        def failed(message: str) -> None:
            if ticket == self._ticket:
                shown(None, core_text(message))  # why the file cannot be decoded

        self._submit(work, done, failed)

    def cancel(self) -> None:
        """Drop the answer of the request in flight."""
        self._ticket += 1


class ImageCanvas(QGraphicsView):
    """One photo, fitted or zoomed, panned with the mouse.

    Args:
        parent: The owning widget.
    """

    # A key or wheel notch asked for something beyond zoom (see Command).
    command = Signal(str)
    # The zoom changed (fit or not, its level).
    zoom_changed = Signal()
    # The user zoomed past the decoded pixels: the photo at full resolution would show more.
    wants_full_resolution = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self._source = QSize()  # the photo's own pixels (what 100 % refers to)
        self._fit = True
        self._zoom = 1.0  # photo pixels per physical screen pixel
        self._message = ""
        self._wheel = 0
        self._asked_full = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(200, 150))
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # the window's own grey around the photo, not a white page

    # ------------------------------------------------------------ content
    def show_message(self, text: str) -> None:
        """Show a line of text instead of a photo ("Loading…", why it cannot be shown)."""
        self._message = text
        self._item.setPixmap(QPixmap())
        self._source = QSize()
        self.viewport().update()
        self.zoom_changed.emit()  # no photo, no zoom to show

    def message(self) -> str:
        """The text on show instead of a photo ("" while a photo is shown)."""
        return self._message

    def set_image(self, image: QImage, source: QSize | None = None, keep_zoom: bool = False) -> None:
        """Show a decoded photo.

        Args:
            image: The decoded pixels (possibly fewer than the photo has).
            source: The photo's own size, when ``image`` was decoded smaller; default the image's.
            keep_zoom: Keep the zoom and the centre (the same photo at more pixels); else fit it.
        """
        centre = self.mapToScene(self.viewport().rect().center()) if keep_zoom else None
        old_width = max(1, self._item.pixmap().width())
        self._message = ""
        self._item.setPixmap(QPixmap.fromImage(image))
        self._source = source if source is not None and source.width() >= image.width() else image.size()
        self.setSceneRect(QRectF(self._item.boundingRect()))
        if keep_zoom and centre is not None:
            self._apply()
            self.centerOn(centre * (image.width() / old_width))
        else:
            self._asked_full = False
            self.fit()
        self.viewport().update()

    def has_image(self) -> bool:
        """Whether a photo (not a message) is on show."""
        return not self._item.pixmap().isNull()

    def image_size(self) -> QSize:
        """The decoded pixels on show (empty when none)."""
        return self._item.pixmap().size()

    # --------------------------------------------------------------- zoom
    def is_fit(self) -> bool:
        """Whether the photo is fitted to the view (rather than zoomed by the user)."""
        return self._fit

    def zoom(self) -> float:
        """The zoom: 1.0 is 100 %, one photo pixel on one physical screen pixel."""
        return self._zoom

    def fit_zoom(self) -> float:
        """The zoom that fits the whole photo in the view, never above 100 %."""
        if self._source.isEmpty():
            return 1.0
        ratio = self.devicePixelRatioF()
        view = self.viewport().size()
        return min(1.0, view.width() * ratio / self._source.width(), view.height() * ratio / self._source.height())

    def scale_on_screen(self) -> float:
        """Logical screen pixels per decoded pixel (what the view's transform applies)."""
        decoded = self._item.pixmap().width()
        if decoded <= 0:
            return 1.0
        return self._zoom * self._source.width() / decoded / self.devicePixelRatioF()

    def fit(self) -> None:
        """Fit the whole photo in the view (no larger than 100 %)."""
        self._fit = True
        self._zoom = self.fit_zoom()
        self._apply()
        self.centerOn(self._item)

    def actual_size(self, anchor: QPointF | None = None) -> None:
        """100 %: one photo pixel per screen pixel, keeping ``anchor`` (view coordinates) still."""
        self.set_zoom(1.0, anchor)

    def toggle_fit(self, anchor: QPointF | None = None) -> None:
        """Double-click: between fitted and 100 %."""
        if self._fit and self.fit_zoom() < 1.0:
            self.actual_size(anchor)
        else:
            self.fit()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``zoom`` (1.0 = 100 %), keeping the photo point under ``anchor`` (view coordinates) still.

        Zooming out to the fitted size or below fits the photo again.
        """
        if not self.has_image():
            return
        fit = self.fit_zoom()
        if zoom <= fit:
            self.fit()
            return
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self._fit = False
        self._zoom = min(zoom, MAX_ZOOM)
        self._apply()
        after = self.mapFromScene(before)
        shift = after - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())
        decoded = self._item.pixmap().width()
        if not self._asked_full and self._zoom * self._source.width() > decoded * 1.01:
            self._asked_full = True  # once per photo: the full decode replaces the pixmap
            self.wants_full_resolution.emit()

    def _apply(self) -> None:
        scale = self.scale_on_screen()
        self.setTransform(QTransform.fromScale(scale, scale))
        self.zoom_changed.emit()

    # ------------------------------------------------------------- events
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta:
                self.set_zoom(self._zoom * WHEEL_ZOOM_STEP ** (delta / WHEEL_NOTCH), event.position())
            event.accept()
            return
        # Without Ctrl the wheel moves through the photos, a notch at a time.
        self._wheel += delta
        while abs(self._wheel) >= WHEEL_NOTCH:
            self.command.emit("previous" if self._wheel > 0 else "next")
            self._wheel -= WHEEL_NOTCH if self._wheel > 0 else -WHEEL_NOTCH
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggle_fit(event.position())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key == Qt.Key.Key_1:
            self.actual_size()
        elif plain and key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self._zoom * WHEEL_ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self._zoom / WHEEL_ZOOM_STEP)
        elif plain and key == Qt.Key.Key_Escape and self.window().isFullScreen():
            self.command.emit("leave_full_screen")
        elif (command := command_for_key(event)) is not None:
            self.command.emit(command)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if not self._message:
            return
        painter.save()
        painter.resetTransform()
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12), int(flags), self._message)
        painter.restore()


class QuickLook(QDialog):
    """Space in the grid: the selected photo large, moving with the arrows; Space or Esc closes it.

    Args:
        records: The photos of the grid, in its order.
        row: The one to show first.
        submit: The window's ``submit(work, on_done, on_failed)`` for decoding on its pool.
        parent: The main window.
    """

    # The photo on show changed (its row): the grid follows.
    moved = Signal(int)

    def __init__(self, records: Sequence[PhotoRecord], row: int, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = list(records)
        self.row = row
        self._loader = PreviewLoader(submit)
        self.canvas = ImageCanvas()
        self.canvas.command.connect(self._on_command)
        self.position_label = QLabel()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.position_label)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.accept)
        self.resize(900, 650)
        self.show_row(row)

    def show_row(self, row: int) -> None:
        """Show the photo at ``row`` (clamped to the list)."""
        if not self.records:
            return
        self.row = max(0, min(row, len(self.records) - 1))
        record = self.records[self.row]
        self.setWindowTitle(Path(record.path).name)
        self.position_label.setText(self.tr("{0} of {1}").format(num(self.row + 1), num(len(self.records))))
        self.canvas.show_message(self.tr("Loading…"))
        self._loader.load(record.path, screen_side(self), self._shown)
        self.moved.emit(self.row)

    def _shown(self, image: QImage | None, error: str | None) -> None:
        record = self.records[self.row]
        if image is None:
            self.canvas.show_message(self.tr("Cannot show this photo: {0}").format(error or "?"))
            return
        source = QSize(record.width, record.height) if record.width and record.height else None
        self.canvas.set_image(image, source)

    def _on_command(self, command: str) -> None:
        steps = {"next": self.row + 1, "previous": self.row - 1, "first": 0, "last": len(self.records) - 1}
        if command in steps and steps[command] != self.row:
            self.show_row(steps[command])


def dark_background(widget: QWidget) -> None:
    """Black behind the photo (full screen and slideshow)."""
    palette = widget.palette()
    palette.setColor(widget.backgroundRole(), QColor(Qt.GlobalColor.black))
    palette.setColor(widget.foregroundRole(), QColor(Qt.GlobalColor.lightGray))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
