"""The photo grid's view: square cells that fill the width, under date headers when the model groups by date.

A QListView cannot put full-width header rows between its cells without
giving up uniform item sizes, so this is a small item view of its own: the
layout is arithmetic (sections, columns, one cell size), every lookup is a
bisection over the sections, and only the rows on screen are painted (which is
also what asks the loader for their thumbnails). The column count follows the
preferred cell size; the cells then grow or shrink a little so that the
columns fill the whole width.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

from photoclip.gui.grid import DateSection, Grouping, PhotoGridModel

GAP = 4  # between cells, in logical pixels
MIN_CELL = 64
MAX_CELL = 320
DEFAULT_CELL = 160
# Looked up once: the paint loop runs for every visible cell.
_SELECTED = QStyle.StateFlag.State_Selected
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus


@dataclass(frozen=True)
class GridLayout:
    """Where the cells and headers of the grid go, for one viewport width.

    Attributes:
        columns: Cells per row.
        cell: A cell's side (the columns share the width; see :meth:`PhotoGridView.cell_rect`).
        header: A date header's height (0 without date sections).
        tops: The top of each section (its header) in content coordinates.
        firsts: The first model row of each section.
        height: The height of all the content.
    """

    columns: int
    cell: int
    header: int
    tops: tuple[int, ...]
    firsts: tuple[int, ...]
    height: int


class PhotoGridView(QAbstractItemView):
    """A grid of square photo cells, grouped under date headers, with extended selection and drag out."""

    # The cell size changed (the preferred size, from the slider or the keyboard).
    cell_size_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferred = DEFAULT_CELL
        self._layout = GridLayout(1, DEFAULT_CELL, 0, (), (), 0)
        self._sections: list[DateSection] = []
        self._band: QRect | None = None  # the rubber band, in content coordinates
        self._band_origin: QPoint | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a steady width: no relayout flicker
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # ------------------------------------------------------------ sizing
    def preferred_cell(self) -> int:
        """The cell size asked for (the drawn cells differ by the few pixels that fill the width)."""
        return self._preferred

    def set_preferred_cell(self, size: int) -> None:
        """Ask for cells of about ``size`` pixels (clamped to the slider's range); the columns still fill the width."""
        size = max(MIN_CELL, min(MAX_CELL, int(size)))
        if size == self._preferred:
            return
        anchor = self._top_row()
        self._preferred = size
        self._relayout()
        if anchor is not None:
            self.verticalScrollBar().setValue(self._row_top(anchor))
        self.cell_size_changed.emit(size)

    def grid_layout(self) -> GridLayout:
        """The layout in use."""
        return self._layout

    def _relayout(self) -> None:
        model: QAbstractItemModel | None = self.model()  # None before setModel, whatever the stubs say
        self._sections = model.sections() if isinstance(model, PhotoGridModel) else []
        count = model.rowCount() if model is not None else 0
        width = max(1, self.viewport().width())
        columns = max(1, round((width + GAP) / (self._preferred + GAP)))
        cell = max(1, (width - GAP * (columns - 1)) // columns)
        header = self.fontMetrics().height() * 2 + 12 if self._sections else 0
        tops: list[int] = []
        firsts: list[int] = []
        y = 0 if self._sections else GAP
        sections = self._sections or ([DateSection(0, count, dt.date.min)] if count else [])
        for section in sections:
            tops.append(y)
            firsts.append(section.first_row)
            rows = -(-section.count // columns)
            y += header + rows * (cell + GAP)
        self._layout = GridLayout(columns, cell, header, tuple(tops), tuple(firsts), y)
        self.updateGeometries()
        self.viewport().update()

    def updateGeometries(self) -> None:
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        bar.setPageStep(page)
        bar.setSingleStep(max(1, (self._layout.cell + GAP) // 3))
        bar.setRange(0, max(0, self._layout.height - page))
        super().updateGeometries()

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._top_row()
        super().resizeEvent(event)
        self._relayout()
        if anchor is not None:
            self.verticalScrollBar().setValue(self._row_top(anchor))

    def reset(self) -> None:
        # The scroll position stays: a new list scrolls to its current photo (the first one,
        # or the one kept when the library changed underneath).
        super().reset()
        self._relayout()

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None) -> None:  # type: ignore[override]
        # A thumbnail arrived: repaint just its cell (the base class would also look at editors and accessibility).
        if top_left == bottom_right:
            self.viewport().update(self.visualRect(top_left))
            return
        super().dataChanged(top_left, bottom_right, roles or [])

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        self._relayout()

    # ------------------------------------------------------------ geometry
    def _section_of(self, row: int) -> int:
        return max(0, bisect.bisect_right(self._layout.firsts, row) - 1)

    def _row_top(self, row: int) -> int:
        return self.cell_rect(row).top() - self._layout.header if self._layout.firsts else 0

    def cell_rect(self, row: int) -> QRect:
        """Where the cell of ``row`` is, in content coordinates (the columns share the width, one pixel either way)."""
        layout = self._layout
        if not layout.firsts:
            return QRect()
        s = self._section_of(row)
        offset = row - layout.firsts[s]
        line, column = divmod(offset, layout.columns)
        width = self.viewport().width()
        left = column * (width + GAP) // layout.columns
        right = (column + 1) * (width + GAP) // layout.columns - GAP
        top = layout.tops[s] + layout.header + line * (layout.cell + GAP)
        return QRect(left, top, right - left, layout.cell)

    def _row_at(self, point: QPoint) -> int:
        """The row whose cell holds ``point`` (content coordinates), or -1."""
        layout = self._layout
        model: QAbstractItemModel | None = self.model()
        if not layout.firsts or model is None:
            return -1
        s = max(0, bisect.bisect_right(layout.tops, point.y()) - 1)
        y = point.y() - layout.tops[s] - layout.header
        if y < 0 or point.x() < 0:
            return -1
        line, within = divmod(y, layout.cell + GAP)
        width = self.viewport().width()
        column = min(layout.columns - 1, point.x() * layout.columns // (width + GAP))
        last = layout.firsts[s + 1] if s + 1 < len(layout.firsts) else model.rowCount()
        row = layout.firsts[s] + line * layout.columns + column
        if within >= layout.cell or row >= last or not self.cell_rect(row).contains(point):
            return -1
        return row

    def _rows_in(self, rect: QRect) -> list[tuple[int, int]]:
        """Runs of rows (first, last) whose cells meet ``rect`` (content coordinates), one run per line of cells."""
        layout = self._layout
        model: QAbstractItemModel | None = self.model()
        if not layout.firsts or model is None or rect.isEmpty():
            return []
        width = self.viewport().width()
        step = layout.cell + GAP
        col_from = max(0, rect.left() * layout.columns // (width + GAP))
        col_to = min(layout.columns - 1, rect.right() * layout.columns // (width + GAP))
        runs: list[tuple[int, int]] = []
        s = max(0, bisect.bisect_right(layout.tops, rect.top()) - 1)
        while s < len(layout.tops) and layout.tops[s] <= rect.bottom():
            first = layout.firsts[s]
            last = (layout.firsts[s + 1] if s + 1 < len(layout.firsts) else model.rowCount()) - 1
            cells_top = layout.tops[s] + layout.header
            line_from = max(0, (rect.top() - cells_top) // step)
            line_to = (rect.bottom() - cells_top) // step
            for line in range(line_from, line_to + 1):
                a = first + line * layout.columns + col_from
                b = min(first + line * layout.columns + col_to, last)
                if a > last:
                    break
                if a <= b:
                    runs.append((a, b))
            s += 1
        return runs

    def header_rects(self, rect: QRect) -> list[tuple[QRect, DateSection]]:
        """The date headers meeting ``rect`` (content coordinates), with their sections."""
        layout = self._layout
        if not layout.header:
            return []
        found = []
        s = max(0, bisect.bisect_right(layout.tops, rect.top()) - 1)
        while s < len(layout.tops) and layout.tops[s] <= rect.bottom():
            header = QRect(0, layout.tops[s], self.viewport().width(), layout.header)
            if header.intersects(rect):
                found.append((header, self._sections[s]))
            s += 1
        return found

    def _top_row(self) -> int | None:
        rows = self._rows_in(QRect(0, self.verticalOffset(), self.viewport().width(), max(1, self.viewport().height())))
        return rows[0][0] if rows else None

    # ------------------------------------------------- QAbstractItemView API
    def visualRect(self, index: QModelIndex) -> QRect:  # type: ignore[override]
        if not index.isValid() or index.model() is not self.model():
            return QRect()
        return self.cell_rect(index.row()).translated(0, -self.verticalOffset())

    def indexAt(self, point: QPoint) -> QModelIndex:
        model: QAbstractItemModel | None = self.model()  # None before setModel, whatever the stubs say
        row = self._row_at(point + QPoint(0, self.verticalOffset()))
        return model.index(row, 0) if row >= 0 and model is not None else QModelIndex()

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # type: ignore[override]
        if not index.isValid():
            return
        rect = self.cell_rect(index.row())
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        if hint == QAbstractItemView.ScrollHint.PositionAtTop:
            bar.setValue(rect.top() - GAP)
        elif hint == QAbstractItemView.ScrollHint.PositionAtCenter:
            bar.setValue(rect.center().y() - page // 2)
        elif rect.top() < bar.value():
            # Scrolling up to the first line of a section shows its date header too.
            first_line = index.row() - self._layout.firsts[self._section_of(index.row())] < self._layout.columns
            bar.setValue(rect.top() - (self._layout.header if first_line and self._layout.header else GAP))
        elif rect.bottom() > bar.value() + page:
            bar.setValue(rect.bottom() - page + GAP)

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: QModelIndex) -> bool:  # type: ignore[override]
        return False

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model: QAbstractItemModel | None = self.model()  # None before setModel, whatever the stubs say
        count = model.rowCount() if model is not None else 0
        if not count or model is None:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else 0
        Action = QAbstractItemView.CursorAction
        if action in (Action.MoveLeft, Action.MovePrevious):
            row -= 1
        elif action in (Action.MoveRight, Action.MoveNext):
            row += 1
        elif action in (Action.MoveUp, Action.MoveDown, Action.MovePageUp, Action.MovePageDown):
            row = self._row_vertically(row, action)
        elif action == Action.MoveHome:
            row = 0
        elif action == Action.MoveEnd:
            row = count - 1
        return model.index(max(0, min(count - 1, row)), 0)

    def _row_vertically(self, row: int, action: QAbstractItemView.CursorAction) -> int:
        """The row above or below (a line, or a page), in the same column where there is one."""
        Action = QAbstractItemView.CursorAction
        rect = self.cell_rect(row)
        step = self._layout.cell + GAP
        distance = {Action.MoveUp: -step, Action.MoveDown: step}.get(action)
        if distance is None:
            page = max(step, self.viewport().height() - step)
            distance = -page if action == Action.MovePageUp else page
        y = rect.center().y() + distance
        count = self.model().rowCount()
        # Skip over a date header between two sections: look a little further until a line of cells is hit.
        for _ in range(3):
            hits = self._rows_in(QRect(0, y, self.viewport().width(), 1))
            if hits:
                first, last = hits[0]
                column_x = rect.center().x()
                found = self._row_at(QPoint(column_x, y))
                return found if found >= 0 else last
            if y < 0 or y > self._layout.height:
                break
            y += self._layout.header if distance > 0 else -self._layout.header
        return 0 if distance < 0 else count - 1

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        model: QAbstractItemModel | None = self.model()
        selection_model: QItemSelectionModel | None = self.selectionModel()
        if model is None or selection_model is None:
            return
        content = rect.normalized().translated(0, self.verticalOffset())
        selection = QItemSelection()
        if self.state() == QAbstractItemView.State.DragSelectingState or (rect.width() == 1 and rect.height() == 1):
            # The rubber band (or one click): what it covers on screen.
            for first, last in self._rows_in(content.adjusted(0, 0, 1, 1) if rect.width() == 1 else content):
                selection.select(model.index(first, 0), model.index(last, 0))
        else:
            # Shift-click and Shift+arrows: every photo in order between the two ends, as a file list does.
            a = self._row_at(QPoint(rect.left(), rect.top() + self.verticalOffset()))
            b = self._row_at(QPoint(rect.right(), rect.bottom() + self.verticalOffset()))
            if a >= 0 and b >= 0:
                selection.select(model.index(min(a, b), 0), model.index(max(a, b), 0))
        selection_model.select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        # Only the cells on screen: a selection of every photo must not cost a rectangle per photo.
        region = QRegion()
        top = self.verticalOffset()
        runs = self._rows_in(QRect(0, top, self.viewport().width(), max(1, self.viewport().height())))
        for i in range(selection.count()):
            selected = selection.at(i)
            for first, last in runs:
                for row in range(max(first, selected.top()), min(last, selected.bottom()) + 1):
                    region += self.cell_rect(row).translated(0, -top)
        return region

    # --------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        model: QAbstractItemModel | None = self.model()  # None before setModel, whatever the stubs say
        painter = QPainter(self.viewport())
        offset = self.verticalOffset()
        visible = event.rect().translated(0, offset)
        painter.translate(0, -offset)
        self._paint_headers(painter, visible)
        if model is not None:
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            selection: QItemSelectionModel | None = self.selectionModel()
            current = self.currentIndex()
            delegate = self.itemDelegate()
            has_focus = self.hasFocus()
            base_state = option.state
            for first, last in self._rows_in(visible):
                for row in range(first, last + 1):
                    index = model.index(row, 0)
                    option.rect = self.cell_rect(row)
                    state = base_state
                    if selection is not None and selection.isSelected(index):
                        state |= _SELECTED
                    if has_focus and index == current:
                        state |= _HAS_FOCUS
                    option.state = state
                    delegate.paint(painter, option, index)
        if self._band is not None:
            color = self.palette().highlight().color()
            painter.setPen(color)
            fill = QColor(color)
            fill.setAlpha(50)
            painter.fillRect(self._band, fill)
            painter.drawRect(self._band.adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_headers(self, painter: QPainter, visible: QRect) -> None:
        headers = self.header_rects(visible)
        if not headers:
            return
        font = QFont(self.font())
        font.setBold(True)
        if font.pointSizeF() > 0:  # -1 when the font is sized in pixels
            font.setPointSizeF(font.pointSizeF() * 1.2)
        painter.setFont(font)
        painter.setPen(self.palette().text().color())
        for rect, section in headers:
            painter.drawText(rect.adjusted(GAP + 4, 0, -GAP, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.header_text(section))

    def header_text(self, section: DateSection) -> str:
        """A date header in the UI language: "Monday 7 December 2026", "December 2026" or "2026"."""
        model: QAbstractItemModel | None = self.model()  # None before setModel, whatever the stubs say
        grouping: Grouping = model.grouping if isinstance(model, PhotoGridModel) else "month"
        date = QDate(section.start.year, section.start.month, section.start.day)
        locale = QLocale()
        if grouping == "year":
            return str(section.start.year)
        if grouping == "month":
            return locale.standaloneMonthName(date.month(), QLocale.FormatType.LongFormat).capitalize() + " " + str(date.year())
        return locale.toString(date, QLocale.FormatType.LongFormat)

    # ------------------------------------------------------------ rubber band
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        on_item = self.indexAt(event.position().toPoint()).isValid()
        if event.button() == Qt.MouseButton.LeftButton and not on_item:
            self._band_origin = event.position().toPoint() + QPoint(0, self.verticalOffset())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._band_origin is not None and event.buttons() & Qt.MouseButton.LeftButton:
            old = self._band
            self._band = QRect(self._band_origin, event.position().toPoint() + QPoint(0, self.verticalOffset())).normalized()
            dirty = self._band.united(old) if old is not None else self._band
            self.viewport().update(dirty.adjusted(-2, -2, 2, 2).translated(0, -self.verticalOffset()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._band is not None:
            self.viewport().update(self._band.adjusted(-2, -2, 2, 2).translated(0, -self.verticalOffset()))
        self._band = None
        self._band_origin = None

    def sizeHint(self) -> QSize:
        return QSize(800, 600)
