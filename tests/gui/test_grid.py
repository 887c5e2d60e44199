"""The photo grid in the real main window: scaled thumbnails, sizes, the timeline, selection, actions, drag out.

The library is scanned but not indexed (no model is needed to browse), which is
also what a user sees during the first index.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from photoclip.core.indexing.pipeline import scan_changes
from photoclip.core.indexing.service import IndexService
from photoclip.core.library import Library
from photoclip.gui.grid import CellKey, GridItem, ScaledRole
from photoclip.gui.grid_view import GAP
from photoclip.gui.main_window import MainWindow
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings
from tests.conftest import write_photo

TIMEOUT = 30_000


def scanned_window(qtbot, home: Path, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window over ``folder``, scanned into the catalog (no model, no embedding)."""
    lib = Library(LibraryPaths.at(home), Settings(settle_seconds=0))
    lib.add_folder(folder)
    for _ in scan_changes(lib.catalog):
        pass
    win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    count = len(lib.browse())
    qtbot.waitUntil(lambda: win.model.rowCount() == count and count > 0, timeout=TIMEOUT)
    return win


@pytest.fixture
def window(qtbot, home: Path, photo_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = scanned_window(qtbot, home, photo_dir)
    yield win
    win.close()
    win.library.close()


def bands(path: Path, size: tuple[int, int]) -> Path:
    """A wide photo in three vertical bands: a red quarter, a green half, a blue quarter (left to right)."""
    w, h = size
    image = Image.new("RGB", size, (0, 255, 0))
    image.paste((255, 0, 0), (0, 0, w // 4, h))
    image.paste((0, 0, 255), (w - w // 4, 0, w, h))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, quality=95)
    return path


def render_cell(win: MainWindow, row: int, side: int) -> QImage:
    """The delegate's drawing of ``row`` into a ``side`` x ``side`` cell on a white image."""
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    win.grid.initViewItemOption(option)
    option.rect = QRect(0, 0, side, side)
    win.grid_delegate.paint(painter, option, win.model.index(row))
    painter.end()
    return image


def close(color: QColor, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip((color.red(), color.green(), color.blue()), rgb, strict=True))


def test_thumbnail_fills_the_cell_in_square_mode_and_keeps_the_whole_width_in_whole_mode(qtbot, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "wide"
    bands(folder / "wide.jpg", (600, 200))
    win = scanned_window(qtbot, home, folder)
    record = win.model.item(0).record
    win.model.data(win.model.index(0), Qt.ItemDataRole.DecorationRole)  # asks the loader, as painting does
    qtbot.waitUntil(lambda: win.model.has_thumbnail(record.id), timeout=TIMEOUT)

    win.grid_controls.set_mode("square")
    square = render_cell(win, 0, 120)
    # The middle of the photo fills the whole cell: green to every edge, no white left over.
    for x, y in [(1, 1), (118, 1), (1, 118), (118, 118), (60, 60)]:
        assert close(square.pixelColor(x, y), (0, 255, 0)), (x, y, square.pixelColor(x, y).name())

    win.grid_controls.set_mode("whole")
    whole = render_cell(win, 0, 120)
    # All three bands across the full width, letterboxed above and below.
    assert close(whole.pixelColor(2, 60), (255, 0, 0))
    assert close(whole.pixelColor(60, 60), (0, 255, 0))
    assert close(whole.pixelColor(117, 60), (0, 0, 255))
    assert close(whole.pixelColor(60, 5), (255, 255, 255)) and close(whole.pixelColor(60, 114), (255, 255, 255))
    assert win.state.value("grid/mode") == "whole"
    # On a HiDPI screen the thumbnail is scaled to device pixels, not blown up from logical ones.
    pixmap = win.model.data(win.model.index(0), Qt.ItemDataRole.DecorationRole)
    sharp = win.grid_delegate.scaled(pixmap, CellKey(100, 100, "whole", 2.0))
    assert sharp.width() == 200 and sharp.deviceIndependentSize().width() == 100
    win.close()
    win.library.close()


def test_thumbnails_arrive_scaled_for_the_cell_on_screen_and_follow_a_resize(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The loader threads scale for the cell the grid draws, so the GUI thread only copies pixels while scrolling."""
    index = window.model.index(0)
    qtbot.waitUntil(lambda: window.model.data(index, ScaledRole) is not None, timeout=TIMEOUT)
    key, pixmap = window.model.data(index, ScaledRole)
    cell = window.grid.visualRect(index)
    # Columns that fill the width differ by a pixel: the loader scales for the cell drawn last.
    assert abs(key.width - cell.width()) <= 1 and abs(key.height - cell.height()) <= 1 and key.mode == "square"
    assert pixmap.deviceIndependentSize().toSize() == QSize(key.width, key.height)
    # A bigger cell, remembered: a new window's thumbnails come scaled for it.
    window.grid_controls.slider.setValue(cell.width() + 60)
    again = MainWindow(window.library, window.state)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.model.rowCount() > 0 and again.model.data(again.model.index(0), ScaledRole) is not None, timeout=TIMEOUT)
    key, pixmap = again.model.data(again.model.index(0), ScaledRole)
    bigger = again.grid.visualRect(again.model.index(0))
    assert bigger.width() > cell.width() + 1 and abs(key.width - bigger.width()) <= 1 and abs(key.height - bigger.height()) <= 1
    again.close()


def test_slider_sets_the_cell_size_and_the_columns_fill_the_width(qtbot, window: MainWindow, home: Path) -> None:  # type: ignore[no-untyped-def]
    grid = window.grid
    width = grid.viewport().width()
    for size in (100, 200, 300):
        window.grid_controls.slider.setValue(size)
        layout = grid.grid_layout()
        assert abs(layout.cell - size) <= size // 2 + GAP
        last = grid.cell_rect(layout.columns - 1)
        assert grid.cell_rect(0).left() == 0 and last.right() == width - 1  # no empty band on the right
    small = grid.grid_layout().columns
    window.grid_controls.slider.setValue(100)
    assert grid.grid_layout().columns > small
    # Ctrl+minus shrinks, Ctrl+0 resets; the size is remembered for the next window.
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert grid.preferred_cell() < 100 and window.grid_controls.slider.value() == grid.preferred_cell()
    qtbot.keyClick(grid, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert grid.preferred_cell() == 160
    window.grid_controls.slider.setValue(240)
    window.resize(700, 700)
    qtbot.waitUntil(lambda: grid.viewport().width() != width, timeout=TIMEOUT)
    assert grid.cell_rect(grid.grid_layout().columns - 1).right() == grid.viewport().width() - 1
    again = MainWindow(window.library, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.grid.preferred_cell() == 240
    again.close()


def test_timeline_has_a_header_per_month_newest_first(qtbot, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "months"
    months = [(2024, 3), (2024, 5), (2025, 1)]
    for i in range(9):
        year, month = months[i % 3]
        path = write_photo(folder / f"p{i}.jpg", seed=i)
        stamp = dt.datetime(year, month, 10 + i).timestamp()
        os.utime(path, (stamp, stamp))  # no EXIF date: the file's date is the photo's date
    win = scanned_window(qtbot, home, folder)
    win.grid_controls.set_grouping("month")
    grid = win.grid
    headers = grid.header_rects(QRect(0, 0, grid.viewport().width(), grid.grid_layout().height))
    assert [grid.header_text(section) for _, section in headers] == ["January 2025", "May 2024", "March 2024"]
    assert [section.count for _, section in headers] == [3, 3, 3]
    # Each section's photos come right under its header, in its month.
    for rect, section in headers:
        cell = grid.cell_rect(section.first_row)
        assert cell.top() == rect.bottom() + 1
        assert dt.date.fromtimestamp(win.model.item(section.first_row).record.date).month == section.start.month
    win.grid_controls.set_grouping("year")
    assert [grid.header_text(s) for s in win.model.sections()] == ["2025", "2024"]
    assert win.state.value("grid/grouping") == "year"
    # Sorted by name there are no date headers; search results (ranked) keep their order and have none either.
    win.grid_controls.set_sort("name")
    names = [Path(win.model.item(r).record.path).name for r in range(9)]
    assert names == sorted(names) and win.model.sections() == []
    win.grid_controls.set_sort("taken")
    ranked = [GridItem(win.model.item(r).record, score=1.0 - r / 10) for r in (4, 0, 8)]
    win.model.set_items(ranked)
    assert [win.model.item(r).record.id for r in range(3)] == [item.record.id for item in ranked]
    assert win.model.sections() == [] and grid.grid_layout().header == 0
    win.close()
    win.library.close()


def test_extended_selection_and_copy_to_a_folder(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    grid = window.grid
    grid.setFocus()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(window.model.index(1)).center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, grid.visualRect(window.model.index(4)).center())
    assert [r.id for r in window.grid_actions.selected()] == [window.model.item(r).record.id for r in range(1, 5)]
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, grid.visualRect(window.model.index(7)).center())
    assert len(window.grid_actions.selected()) == 5
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.grid_actions.selected()) == 12
    # A refresh (the library changed underneath) keeps the selection.
    window.grid.selectionModel().select(window.model.index(0), QItemSelectionModel.SelectionFlag.Deselect)
    kept = {r.id for r in window.grid_actions.selected()}
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.show_browse(refresh=True)
    assert {r.id for r in window.grid_actions.selected()} == kept and len(kept) == 11

    grid.selectionModel().select(window.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    grid.selectionModel().select(window.model.index(2), QItemSelectionModel.SelectionFlag.Select)
    menu = window.grid_actions.build_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Copy 2 photos to a folder…" in texts
    assert not next(a for a in menu.actions() if a.text() == "Find similar photos").isEnabled()  # one photo only

    target = tmp_path / "out"
    photos = window.grid_actions.selected()
    window.grid_actions.copy_to(photos, str(target))
    qtbot.waitUntil(lambda: "Copied" in window.status_label.text(), timeout=TIMEOUT)
    copied = sorted(p.name for p in target.iterdir())
    assert copied == sorted(Path(p.path).name for p in photos)
    assert (target / copied[0]).read_bytes() == next(Path(p.path) for p in photos if Path(p.path).name == copied[0]).read_bytes()
    assert "Copied 2 photos" in window.status_label.text()
    # Copying again keeps both: the new copies get a numbered name.
    window.status_label.clear()
    window.grid_actions.copy_to(photos, str(target))
    qtbot.waitUntil(lambda: "Copied" in window.status_label.text(), timeout=TIMEOUT)
    assert len(list(target.iterdir())) == 4 and any(p.name.endswith(" (2).jpg") for p in target.iterdir())


def test_double_click_opens_the_photo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    grid = window.grid
    where = grid.visualRect(window.model.index(5)).center()
    assert grid.viewport().rect().contains(where)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double click starts with a click
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.pages.currentWidget() is window.photo_view
    assert window.photo_view.record is not None and window.photo_view.record.id == window.model.item(5).record.id


def test_dragging_photos_out_gives_their_files_as_urls(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    grid = window.grid
    assert grid.dragEnabled()
    grid.selectionModel().clearSelection()
    for row in (3, 5):
        grid.selectionModel().select(window.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        assert window.model.flags(window.model.index(row)) & Qt.ItemFlag.ItemIsDragEnabled
    data = window.model.mimeData(grid.selectedIndexes())
    assert data.hasUrls()
    assert [url.toLocalFile() for url in data.urls()] == [window.model.item(r).record.path for r in (3, 5)]
    assert all(url.scheme() == "file" for url in data.urls())


def test_photos_show_once_scanned_before_they_are_indexed(qtbot, home: Path, photo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    lib = Library(LibraryPaths.at(home), Settings(batch_size=1, settle_seconds=0))
    lib.use_model("test-tiny")
    lib.add_folder(photo_dir)
    win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    assert win.model.rowCount() == 0
    shown: list[tuple[int, int]] = []  # (rows in the grid, photos embedded) at each result list
    win.results_shown.connect(lambda _kind: shown.append((win.model.rowCount(), lib.catalog.embedding_count("test-tiny"))))
    counted: list[tuple[str, int]] = []  # (sidebar's "All photos", photos embedded) at each sidebar refresh
    win.albums_refreshed.connect(lambda: counted.append((win.sidebar.topLevelItem(0).text(0), lib.catalog.embedding_count("test-tiny"))))
    service = IndexService(lib, watch=False, rescan_seconds=0)
    win.attach_service(service)
    try:
        with qtbot.waitSignal(win.indexing_finished, timeout=TIMEOUT):
            service.start()  # the first index: a scan, then loading the model and embedding
        # The grid and the count showed all 12 photos while (most of) them were still waiting for the model.
        assert [entry for entry in shown if entry[0] == 12 and entry[1] < 12], shown
        assert [entry for entry in counted if "(12)" in entry[0] and entry[1] < 12], counted
    finally:
        win.results_shown.disconnect()
        win.albums_refreshed.disconnect()
        win.close()
        service.stop()
        lib.close()
