"""The Explore view through the real window: it opens from the sidebar and the View menu, shows the dots, and a dragged rectangle fills the grid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from photoclip.core.explore import MapRect
from photoclip.gui import explore_view
from photoclip.gui.main_window import MainWindow
from tests.conftest import write_photo
from tests.gui.conftest import StallMeter, indexed_window

TIMEOUT = 120_000
PHOTOS = 24
# The longest the window may freeze while the map is computed (loose: other agents load this 2-core machine).
MAX_STALL_MS = 250.0


@pytest.fixture
def window(qtbot, home: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    folder = tmp_path / "photos"
    for i in range(PHOTOS):
        write_photo(folder / f"img_{i:02d}.jpg", seed=200 + i)
    with indexed_window(qtbot, home, folder, photos=PHOTOS) as win:
        win.resize(1200, 800)
        yield win


def open_map(qtbot, window: MainWindow) -> explore_view.ExploreView:  # type: ignore[no-untyped-def]
    item = window.sidebar.item_of("explore-map", None)
    assert item is not None
    window.sidebar.itemClicked.emit(item, 0)  # as a click on Explore › Map does
    view = window.explore
    assert window.pages.currentWidget() is view
    # No map yet: the service computes it (PCA first, then t-SNE) and the view shows the final one.
    qtbot.waitUntil(lambda: view.layout_ is not None and view.layout_.method == "tsne" and not view._computing, timeout=TIMEOUT)
    return view


def drag(widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    """A left-button drag with real mouse events (QTest's moves carry no button)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, button, buttons in (
        (QEvent.Type.MouseButtonPress, start, left, left),
        (QEvent.Type.MouseMove, (start + end) / 2, none, left),
        (QEvent.Type.MouseMove, end, none, left),
        (QEvent.Type.MouseButtonRelease, end, left, none),
    ):
        pos = QPointF(at)
        QApplication.sendEvent(widget, QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier))


def pixel_of(view: explore_view.ExploreView, photo_id: int) -> QPoint:
    layout = view.layout_
    assert layout is not None
    x, y = layout.position(photo_id)  # type: ignore[misc]
    return view.canvas.mapFromScene(QPointF(x * explore_view.SCENE, y * explore_view.SCENE))


def test_the_map_opens_through_the_window_and_shows_every_photo_as_a_dot(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(explore_view, "MAX_THUMBNAILS", 0)  # dots however few photos are in view
    view = open_map(qtbot, window)
    layout = view.layout_
    assert layout is not None and len(layout) == PHOTOS and window.library.explore.is_final(layout)
    image = view.canvas.viewport().grab().toImage()
    assert not view.canvas.showing_thumbnails
    # Each photo's own pixel has its region's colour.
    for photo_id, region in zip(layout.photo_ids.tolist(), layout.regions.tolist()):
        at = pixel_of(view, photo_id)
        assert image.pixelColor(at).rgb() == explore_view.region_colour(region).rgb(), photo_id
    # Hovering a dot shows that photo.
    target = int(layout.photo_ids[3])
    at = QPointF(pixel_of(view, target))
    QApplication.sendEvent(
        view.canvas.viewport(),
        QMouseEvent(QEvent.Type.MouseMove, at, view.canvas.viewport().mapToGlobal(at), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier),
    )
    assert view.canvas.hovered_id == target and view.canvas.preview.isVisible()
    qtbot.waitUntil(lambda: target in view.canvas.thumbnails, timeout=TIMEOUT)
    assert view.canvas.preview.pixmap() is not None and not view.canvas.preview.pixmap().isNull()


def test_thumbnails_appear_when_few_photos_are_in_view(qtbot, window: MainWindow, capsys) -> None:  # type: ignore[no-untyped-def]
    meter = StallMeter()
    meter.start()
    view = open_map(qtbot, window)  # the service computes the map meanwhile: PCA, neighbours, t-SNE, regions
    meter.stop()
    with capsys.disabled():
        print(f"\nlongest event-loop stall while the map was computed and shown: {meter.longest_ms:.0f} ms")
    assert meter.longest_ms < MAX_STALL_MS, f"the window froze for {meter.longest_ms:.0f} ms"
    view.canvas.viewport().grab()
    assert view.canvas.showing_thumbnails  # 24 photos: few enough for thumbnails at once
    qtbot.waitUntil(lambda: len(view.canvas.thumbnails) == PHOTOS, timeout=TIMEOUT)


def test_a_dragged_rectangle_puts_its_photos_in_the_grid(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = open_map(qtbot, window)
    layout = view.layout_
    assert layout is not None
    # A rectangle around the left half of the photos (by their x on the map).
    xs = np.sort(layout.xy[:, 0])
    cut = float((xs[PHOTOS // 2 - 1] + xs[PHOTOS // 2]) / 2)
    start = view.canvas.mapFromScene(QPointF(-5, -5))
    end = view.canvas.mapFromScene(QPointF(cut * explore_view.SCENE, explore_view.SCENE + 5))
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT) as shown:
        drag(view.canvas.viewport(), start, end)
    assert shown.args == ["map"]
    expected = window.library.explore.select(layout, MapRect(0, 0, cut, 1))
    assert 0 < len(expected) < PHOTOS
    assert window.pages.currentIndex() == 0  # the grid, showing them
    assert sorted(item.record.id for item in window.model.items()) == expected
    assert sorted(p.id for p in window.grid_actions.selected()) == expected
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # back to every photo
    qtbot.waitUntil(lambda: window.model.rowCount() == PHOTOS, timeout=TIMEOUT)


def test_the_view_menu_opens_the_map_and_a_search_is_highlighted_on_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "View").menu().actions()[-1]
    assert action.text() == "Map of your photos"
    window.search_field.setText("a photo")
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        window.run_search()
    window.search_flow.show_more()  # test-tiny's random vectors match nothing well: the rest, on request
    found = {item.record.id for item in window.model.items()}
    assert found
    action.trigger()
    view = window.explore
    qtbot.waitUntil(lambda: view.layout_ is not None and view.layout_.method == "tsne" and not view._computing, timeout=TIMEOUT)
    lit = set(view.layout_.photo_ids[view.canvas.highlighted].tolist())  # type: ignore[union-attr]
    assert lit == found
