"""How one cell of the photo grid is drawn: the thumbnail scaled into the cell, and the selection.

Two ways to fit a thumbnail, as photo apps offer them: "square" crops the
middle of the photo to fill the square cell (the default, a calm even grid),
"whole" scales the whole photo into the cell (nothing cut off, gaps beside
it). Each thumbnail is scaled smoothly (area averaging) to the screen's device
pixels once per cell size, so it stays sharp on HiDPI screens and scrolling
only copies pixels; the loader threads do that scaling for the cell drawn
last (``grid.scale_to_cell``), the delegate only after a resize.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from photoclip.gui.grid import THUMB_MODES, CellKey, FavouriteRole, PhotoGridModel, ScaledRole, ThumbMode, crop_to_fill, scale_to_cell

__all__ = ["THUMB_MODES", "ThumbMode", "ThumbnailDelegate", "crop_to_fill", "fit_inside"]

PLACEHOLDER = QColor("#3a3a3a")
SELECTION_WIDTH = 3
SCALED_CACHE = 600  # scaled thumbnails kept: a few screens' worth


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


def _near(made: CellKey, wanted: CellKey) -> bool:
    return (
        made.mode == wanted.mode and made.ratio == wanted.ratio
        and abs(made.width - wanted.width) <= 1 and abs(made.height - wanted.height) <= 1
    )


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
        # (source pixmap's cache key, cell) -> the scaled pixmap.
        self._scaled: OrderedDict[tuple[int, CellKey], QPixmap] = OrderedDict()

    def scaled(self, pixmap: QPixmap, cell: CellKey) -> QPixmap:
        """``pixmap`` as drawn in ``cell``: cropped or fitted, at the cell's device pixels (cached)."""
        key = (pixmap.cacheKey(), cell)
        found = self._scaled.get(key)
        if found is not None:
            self._scaled.move_to_end(key)
            return found
        result = scale_to_cell(pixmap, cell)
        self._scaled[key] = result
        while len(self._scaled) > SCALED_CACHE:
            self._scaled.popitem(last=False)
        return result

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        cell = QRect(option.rect)
        state = option.state
        key = CellKey(cell.width(), cell.height(), self.mode, painter.device().devicePixelRatioF())
        model = index.model()
        if isinstance(model, PhotoGridModel):
            model.drawn_at(key)  # the loader threads scale the next thumbnails for this cell
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(pixmap, QPixmap) or pixmap.isNull():
            painter.fillRect(cell, PLACEHOLDER)
        else:
            ready = index.data(ScaledRole)
            # Columns that fill the width differ by a pixel: a thumbnail scaled for its neighbour's cell is drawn as it is.
            near = ready is not None and _near(ready[0], key)
            scaled = ready[1] if near else self.scaled(pixmap, key)
            target = fit_inside(scaled.deviceIndependentSize().toSize(), cell) if self.mode == "whole" else QRectF(cell)
            if near and self.mode == "square":
                painter.drawPixmap(target, scaled, QRectF(scaled.rect()))
            else:
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
