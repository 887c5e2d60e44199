"""How one cell of the photo grid is drawn: the thumbnail scaled into the cell, and the selection.

Two ways to fit a thumbnail, as photo apps offer them: "square" crops the
middle of the photo to fill the square cell (the default, a calm even grid),
"whole" scales the whole photo into the cell (nothing cut off, gaps beside
it). Each thumbnail is scaled smoothly (area averaging) to the screen's device
pixels once per cell size, so it stays sharp on HiDPI screens and scrolling
only copies pixels.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Literal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from photoclip.gui.grid import FavouriteRole

# "square": center-crop to fill the cell; "whole": the whole photo fitted inside the cell.
ThumbMode = Literal["square", "whole"]
THUMB_MODES: tuple[ThumbMode, ...] = ("square", "whole")
PLACEHOLDER = QColor("#3a3a3a")
SELECTION_WIDTH = 3
SCALED_CACHE = 600  # scaled thumbnails kept: a few screens' worth


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


def fit_inside(source: QSize, cell: QRect) -> QRectF:
    """Where the whole of ``source`` goes, scaled to fit ``cell`` and centred in it (what "whole" mode shows).

    Args:
        source: The thumbnail's size.
        cell: The cell.

    Returns:
        The target rectangle, in the view's coordinates.
    """
    sw, sh = max(1, source.width()), max(1, source.height())
    scale = min(cell.width() / sw, cell.height() / sh)
    w, h = sw * scale, sh * scale
    return QRectF(cell.x() + (cell.width() - w) / 2, cell.y() + (cell.height() - h) / 2, w, h)


def heart_font(pixels: int) -> QFont:
    """The font the favourite heart is drawn with, ``pixels`` high."""
    font = QFont()
    font.setPixelSize(pixels)
    return font


class ThumbnailDelegate(QStyledItemDelegate):
    """Draws a photo cell: its thumbnail scaled into the cell, with a clear frame when selected.

    Each thumbnail is scaled once per cell size (smoothly, at the screen's
    device pixels) and kept in a small cache, so scrolling only copies pixels.

    Args:
        mode: How the thumbnail fits the cell.
    """

    def __init__(self, mode: ThumbMode = "square", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode: ThumbMode = mode
        # (source pixmap's cache key, width, height, mode, device pixel ratio) -> the scaled pixmap.
        self._scaled: OrderedDict[tuple[int, int, int, str, float], QPixmap] = OrderedDict()

    def scaled(self, pixmap: QPixmap, cell: QSize, ratio: float) -> QPixmap:
        """``pixmap`` as drawn in a cell of ``cell`` logical pixels: cropped or fitted, at ``ratio`` device pixels per pixel."""
        key = (pixmap.cacheKey(), cell.width(), cell.height(), self.mode, ratio)
        found = self._scaled.get(key)
        if found is not None:
            self._scaled.move_to_end(key)
            return found
        device = QSize(max(1, round(cell.width() * ratio)), max(1, round(cell.height() * ratio)))
        smooth = Qt.TransformationMode.SmoothTransformation
        if self.mode == "whole":
            result = pixmap.scaled(device, Qt.AspectRatioMode.KeepAspectRatio, smooth)
        else:
            result = pixmap.copy(crop_to_fill(pixmap.size(), cell)).scaled(device, Qt.AspectRatioMode.IgnoreAspectRatio, smooth)
        result.setDevicePixelRatio(ratio)
        self._scaled[key] = result
        while len(self._scaled) > SCALED_CACHE:
            self._scaled.popitem(last=False)
        return result

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        cell = QRect(option.rect)
        state = option.state
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(pixmap, QPixmap) or pixmap.isNull():
            painter.fillRect(cell, PLACEHOLDER)
        else:
            scaled = self.scaled(pixmap, cell.size(), painter.device().devicePixelRatioF())
            target = fit_inside(scaled.deviceIndependentSize().toSize(), cell) if self.mode == "whole" else QRectF(cell)
            painter.drawPixmap(target.topLeft(), scaled)
        if index.data(FavouriteRole):
            self._paint_heart(painter, cell)
        if state & QStyle.StateFlag.State_Selected:
            self._paint_selected(painter, cell, option.palette.highlight().color())
        elif state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(QPen(option.palette.highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.drawRect(cell.adjusted(0, 0, -1, -1))
            painter.restore()

    def _paint_heart(self, painter: QPainter, cell: QRect) -> None:
        """A white heart with a dark outline in the bottom-left corner, readable on any photo (as Apple Photos marks favourites)."""
        side = max(10, min(22, cell.width() // 7))
        path = QPainterPath()
        path.addText(0, 0, heart_font(side), "♥")
        box = path.boundingRect()
        path.translate(cell.left() + side * 0.35 - box.left(), cell.bottom() - side * 0.35 - box.bottom())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 160), 1.5))
        painter.setBrush(QColor("white"))
        painter.drawPath(path)
        painter.restore()

    def _paint_selected(self, painter: QPainter, cell: QRect, highlight: QColor) -> None:
        painter.save()
        tint = QColor(highlight)
        tint.setAlpha(70)
        painter.fillRect(cell, tint)
        pen = QPen(highlight, SELECTION_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = SELECTION_WIDTH // 2
        painter.drawRect(cell.adjusted(half, half, -half - 1, -half - 1))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QRect(option.rect).size()  # the view sizes its cells
