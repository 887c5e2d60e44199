"""The grid's controls: a View menu (thumbnail fit, date grouping, order) and a size slider with Ctrl+plus/minus/0.

The choices are remembered in the window's QSettings (``grid/...`` keys), as
the window keeps its geometry and recent searches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSlider, QToolButton, QWidget

from photoclip.gui.grid import GROUPINGS, SORT_ORDERS, PhotoGridModel
from photoclip.gui.grid_delegate import THUMB_MODES, ThumbnailDelegate
from photoclip.gui.grid_view import DEFAULT_CELL, MAX_CELL, MIN_CELL, PhotoGridView

ZOOM_STEP = 32


class GridControls(QWidget):
    """The View button and the size slider of one photo grid.

    Args:
        view: The grid.
        model: Its model.
        delegate: Its cell delegate.
        state: Where the choices are remembered.
        shortcuts_on: The widget whose Ctrl+plus/minus/0 resize the cells (the window).
    """

    def __init__(
        self,
        view: PhotoGridView,
        model: PhotoGridModel,
        delegate: ThumbnailDelegate,
        state: QSettings,
        shortcuts_on: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.model, self.delegate, self.state = view, model, delegate, state
        self._restore()

        self.view_button = QToolButton()
        self.view_button.setText(self.tr("View"))
        self.view_button.setToolTip(self.tr("How the photos are shown: thumbnails, dates, order"))
        self.view_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.view_button)
        self.view_button.setMenu(self.menu)
        mode_names = {"square": self.tr("Square thumbnails"), "whole": self.tr("Whole photos")}
        self.mode_actions = self._group(mode_names, self.delegate.mode, self.set_mode)
        self.menu.addSeparator()
        group_names = {
            "none": self.tr("No date headers"),
            "day": self.tr("Group by day"),
            "month": self.tr("Group by month"),
            "year": self.tr("Group by year"),
        }
        self.grouping_actions = self._group(group_names, self.model.grouping, self.set_grouping)
        self.menu.addSeparator()
        sort_names = {
            "relevance": self.tr("Best match first"),
            "taken": self.tr("Sort by date taken"),
            "added": self.tr("Sort by date added"),
            "name": self.tr("Sort by name"),
        }
        self.sort_actions = self._group(sort_names, self.model.effective_sort(), self.set_sort)
        self.menu.aboutToShow.connect(self._sync_menu)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(MIN_CELL, MAX_CELL)
        self.slider.setValue(self.view.preferred_cell())
        self.slider.setMinimumWidth(32)  # it gives way first when the window is narrow
        self.slider.setMaximumWidth(140)
        self.slider.setToolTip(self.tr("Thumbnail size (Ctrl+plus, Ctrl+minus, Ctrl+0)"))
        self.slider.setAccessibleName(self.tr("Thumbnail size"))
        self.slider.valueChanged.connect(self.set_cell_size)
        self.view.cell_size_changed.connect(self._cell_size_changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view_button)
        layout.addWidget(self.slider)

        zoom_in = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
        ctrl_equal = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal)  # plus without Shift, on most keyboards
        if ctrl_equal not in zoom_in:  # the same key twice would make both shortcuts ambiguous
            zoom_in.append(ctrl_equal)
        self.zoom_in_action = self._key_action(self.tr("Larger thumbnails"), zoom_in, shortcuts_on, lambda: self.set_cell_size(self.view.preferred_cell() + ZOOM_STEP))
        self.zoom_out_action = self._key_action(
            self.tr("Smaller thumbnails"), QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut), shortcuts_on,
            lambda: self.set_cell_size(self.view.preferred_cell() - ZOOM_STEP),
        )
        self.zoom_reset_action = self._key_action(
            self.tr("Default thumbnail size"), [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0)], shortcuts_on, lambda: self.set_cell_size(DEFAULT_CELL)
        )

    def _key_action(self, text: str, keys: list[QKeySequence], shortcuts_on: QWidget, slot: Callable[[], None]) -> QAction:
        """An action with keys that work wherever ``shortcuts_on`` has focus (the View menu lists it too)."""
        action = QAction(text, shortcuts_on)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        shortcuts_on.addAction(action)
        return action

    def _group(self, names: dict[str, str], checked: str, chosen: Callable[[str], None]) -> dict[str, QAction]:
        group = QActionGroup(self)
        actions: dict[str, QAction] = {}
        for key, text in names.items():
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(key == checked)
            action.triggered.connect(lambda _on=False, key=key: chosen(key))
            group.addAction(action)
            self.menu.addAction(action)
            actions[key] = action
        return actions

    def _restore(self) -> None:
        mode = str(self.state.value("grid/mode", "square"))
        self.delegate.mode = mode if mode in THUMB_MODES else "square"
        grouping = str(self.state.value("grid/grouping", "month"))
        sort = str(self.state.value("grid/sort", "taken"))
        self.model.grouping = grouping if grouping in GROUPINGS else "month"
        self.model.browse_sort = sort if sort in SORT_ORDERS and sort != "relevance" else "taken"
        try:
            size = int(self.state.value("grid/size", DEFAULT_CELL))  # type: ignore[call-overload]  # an ini value is a str
        except (TypeError, ValueError):
            size = DEFAULT_CELL
        self.view.set_preferred_cell(size)

    def _sync_menu(self) -> None:
        """The menu as the grid is now: a ranked list offers its relevance order, others do not."""
        self.sort_actions["relevance"].setVisible(self.model.ranked)
        self.sort_actions[self.model.effective_sort()].setChecked(True)
        self.grouping_actions[self.model.grouping].setChecked(True)
        self.mode_actions[self.delegate.mode].setChecked(True)

    def set_mode(self, mode: str) -> None:
        """Square (cropped to fill) or whole-photo thumbnails."""
        if mode not in THUMB_MODES:
            return
        self.delegate.mode = mode
        self.state.setValue("grid/mode", mode)
        self.view.viewport().update()

    def set_grouping(self, grouping: str) -> None:
        """Date headers by day, month or year, or none."""
        if grouping not in GROUPINGS:
            return
        self._keep_current(lambda: self.model.arrange(grouping=grouping))
        self.state.setValue("grid/grouping", grouping)

    def set_sort(self, sort: str) -> None:
        """The order of the photos (for browsing it is remembered; a ranked list keeps it until the next list)."""
        if sort not in SORT_ORDERS:
            return
        ranked = self.model.ranked
        self._keep_current(lambda: self.model.arrange(sort=sort))
        if not ranked and sort != "relevance":
            self.state.setValue("grid/sort", sort)

    def _keep_current(self, rearrange: Callable[[], None]) -> None:
        """Rearrange the rows, keeping the photo the user was on current and in view."""
        current = self.view.currentIndex()
        photo = self.model.item(current.row()).record.id if current.isValid() else None
        rearrange()
        row = self.model.row_of(photo) if photo is not None else None
        if row is not None:
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, PhotoGridView.ScrollHint.PositionAtCenter)

    def set_cell_size(self, size: int) -> None:
        """About ``size`` pixels per cell; remembered."""
        self.view.set_preferred_cell(size)

    def _cell_size_changed(self, size: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(size)
        self.slider.blockSignals(False)
        self.state.setValue("grid/size", size)
