"""The photo viewer through the real main window: moving through photos, zoom, full screen, slideshow, quick look, metadata."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from photoclip.gui.grid import GridItem
from photoclip.gui.main_window import MainWindow
from photoclip.gui.viewer import ImageCanvas, QuickLook
from tests.conftest import write_camera_jpeg, write_photo
from tests.gui.conftest import TIMEOUT, indexed_window

BIG = (2400, 1600)  # stored landscape; the camera's orientation tag shows it portrait, 1600 x 2400


@pytest.fixture
def window(qtbot, home: Path, photo_dir: Path):  # type: ignore[no-untyped-def]
    with indexed_window(qtbot, home, photo_dir, photos=12) as win:
        yield win


@pytest.fixture
def camera_window(qtbot, home: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A library of a big camera JPEG with EXIF and GPS, a small 200 x 185 photo and a plain one."""
    folder = tmp_path / "camera" / ("a folder with a long name so that the path has to be cut " * 2).strip()
    write_camera_jpeg(folder / "big.jpg", size=BIG)
    write_photo(folder / "small.jpg", seed=11, size=(200, 185))
    write_photo(folder / "plain.jpg", seed=12, size=(640, 480))
    with indexed_window(qtbot, home, folder, photos=3) as win:
        yield win


def open_named(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in range(window.model.rowCount()) if window.model.item(r).record.path.endswith(name))
    window.open_photo(row)
    qtbot.waitUntil(window.photo_view.has_image, timeout=TIMEOUT)


def shown_id(window: MainWindow) -> int:
    record = window.photo_view.record
    assert record is not None
    return record.id


def test_arrow_keys_and_wheel_move_through_the_grid(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = [window.model.item(r).record.id for r in range(window.model.rowCount())]
    window.grid.setFocus()
    window.grid.setCurrentIndex(window.model.index(0))
    qtbot.keyClick(window.grid, Qt.Key.Key_Return)
    canvas = window.photo_view.canvas
    qtbot.waitUntil(canvas.hasFocus, timeout=5000)
    qtbot.waitUntil(window.photo_view.has_image, timeout=TIMEOUT)
    first_image = canvas.image_size()

    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert shown_id(window) == ids[1] and window.photo_view.position_label.text() == "2 of 12"
    qtbot.waitUntil(window.photo_view.has_image, timeout=TIMEOUT)
    assert window.grid.currentIndex().row() == 1  # back in the grid, the last photo seen is selected
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert shown_id(window) == ids[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # already the first: stays
    assert shown_id(window) == ids[0]
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert shown_id(window) == ids[-1] and not window.photo_view.next_button.isEnabled()
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert shown_id(window) == ids[-2]
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert shown_id(window) == ids[0]
    qtbot.waitUntil(window.photo_view.has_image, timeout=TIMEOUT)
    assert canvas.image_size() == first_image

    # One notch of the wheel down, without Ctrl: the next photo.
    centre = QPointF(canvas.viewport().rect().center())
    notch = QWheelEvent(
        centre, canvas.viewport().mapToGlobal(centre), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(canvas.viewport(), notch)
    assert shown_id(window) == ids[1]
    assert canvas.is_fit()  # the wheel moved on, it did not zoom


def test_zoom_to_100_percent_decodes_every_pixel_and_fit_returns(qtbot, camera_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = camera_window
    open_named(qtbot, window, "big.jpg")
    canvas: ImageCanvas = window.photo_view.canvas
    assert canvas.is_fit() and canvas.zoom() < 1
    decoded = canvas.image_size()
    assert max(decoded.width(), decoded.height()) <= max(2400, canvas.screen().size().width() * canvas.devicePixelRatioF())
    shown = canvas.mapFromScene(canvas.sceneRect()).boundingRect()
    assert shown.height() <= canvas.viewport().height() + 1 and shown.width() <= canvas.viewport().width() + 1

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    assert canvas.zoom() == 1.0 and not canvas.is_fit()
    assert window.photo_view.zoom_button.text() == "100%"
    # 100 % shows the photo's own pixels: decoded again at full resolution, upright.
    qtbot.waitUntil(lambda: canvas.image_size().height() == 2400, timeout=TIMEOUT)
    assert canvas.image_size().width() == 1600 and canvas.zoom() == 1.0
    assert canvas.transform().m11() == pytest.approx(1 / canvas.devicePixelRatioF())

    # Double-click: back to fit; again: 100 % around the click.
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.viewport().rect().center())
    assert canvas.is_fit() and canvas.zoom() < 1
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.viewport().rect().center())
    assert canvas.zoom() == 1.0

    # Ctrl+wheel zooms around the cursor: the photo point under it stays put (where the photo overflows the view).
    def ctrl_wheel(spot: QPointF, notches: int) -> tuple[QPointF, QPointF]:
        before = canvas.mapToScene(spot.toPoint())
        event = QWheelEvent(
            spot, canvas.viewport().mapToGlobal(spot), QPoint(), QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )
        QApplication.sendEvent(canvas.viewport(), event)
        return before, canvas.mapToScene(spot.toPoint())

    spot = QPointF(canvas.viewport().width() * 0.3, canvas.viewport().height() * 0.4)
    canvas.actual_size()
    before, after = ctrl_wheel(spot, 1)
    assert canvas.zoom() == pytest.approx(1.25) and not canvas.is_fit()
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2
    before, after = ctrl_wheel(spot, -2)
    assert canvas.zoom() == pytest.approx(0.8)
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2
    ctrl_wheel(spot, -20)  # zooming out stops at the fitted size
    assert canvas.is_fit()
    assert window.photo_view.record is not None and window.photo_view.record.path.endswith("big.jpg")

    # A drag pans: the photo follows the mouse.
    canvas.actual_size()
    viewport = canvas.viewport()
    start = viewport.rect().center()
    before = canvas.mapToScene(start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(-20 * step, -10 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(-100, -50))
    moved = canvas.mapToScene(start) - before
    scale = canvas.transform().m11()
    assert moved.x() * scale == pytest.approx(100, abs=3) and moved.y() * scale == pytest.approx(50, abs=3)

    window.photo_view.fit_action.trigger()
    assert canvas.is_fit()


def test_small_photo_is_not_upscaled_in_fit_mode(qtbot, camera_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = camera_window
    open_named(qtbot, window, "small.jpg")
    canvas = window.photo_view.canvas
    assert canvas.image_size().width() == 200 and canvas.image_size().height() == 185
    assert canvas.viewport().width() > 400  # room to blow it up, which fit must not do
    assert canvas.is_fit() and canvas.zoom() == 1.0
    assert canvas.transform().m11() == pytest.approx(1 / canvas.devicePixelRatioF())
    shown = canvas.mapFromScene(canvas.sceneRect()).boundingRect()
    assert shown.width() <= 201 and shown.height() <= 186


def test_full_screen_toggles_and_escape_leaves_it_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_photo(3)
    view = window.photo_view
    canvas = view.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert view.is_full_screen()
    full = canvas.window()
    assert full is not window and full.isFullScreen() and not view.side_panel.isAncestorOf(canvas)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # the arrows still move on
    assert view.position == 4
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not view.is_full_screen() and canvas.window() is window
    assert window.pages.currentWidget() is view  # Esc left full screen only
    qtbot.keyClick(canvas, Qt.Key.Key_F11)
    assert view.is_full_screen()
    qtbot.keyClick(canvas, Qt.Key.Key_F11)
    assert not view.is_full_screen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 0


def test_slideshow_moves_on_by_itself_and_any_key_stops_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_photo(10)
    view = window.photo_view
    view._slideshow.setInterval(50)  # the test need not wait 3 s a photo
    view.slideshow_button.click()
    assert view.slideshow_running() and view.is_full_screen()
    qtbot.waitUntil(lambda: view.position == 0, timeout=TIMEOUT)  # 10, 11, then round to the first
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert not view.slideshow_running() and not view.is_full_screen()
    stopped_at = view.position
    qtbot.wait(200)
    assert view.position == stopped_at


def test_quick_look_moves_with_the_arrows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.grid.setFocus()
    window.grid.setCurrentIndex(window.model.index(4))
    qtbot.keyClick(window.grid, Qt.Key.Key_Space)
    look = window.quick_look
    assert isinstance(look, QuickLook) and look.isVisible()
    qtbot.waitUntil(look.canvas.has_image, timeout=TIMEOUT)
    look.canvas.setFocus()
    qtbot.keyClick(look.canvas, Qt.Key.Key_Right)
    assert look.row == 5 and window.grid.currentIndex().row() == 5
    assert look.windowTitle() == Path(window.model.item(5).record.path).name
    qtbot.waitUntil(look.canvas.has_image, timeout=TIMEOUT)
    qtbot.keyClick(look.canvas, Qt.Key.Key_Left)
    qtbot.keyClick(look.canvas, Qt.Key.Key_Left)
    assert look.row == 3 and window.grid.currentIndex().row() == 3
    qtbot.keyClick(look, Qt.Key.Key_Space)
    assert not look.isVisible()


def test_metadata_panel_shows_camera_exposure_and_place(qtbot, camera_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = camera_window
    open_named(qtbot, window, "big.jpg")
    panel = window.photo_view.metadata
    qtbot.waitUntil(lambda: panel.metadata is not None, timeout=TIMEOUT)
    assert panel.camera_label.text() == "Canon EOS 5D Mark IV" and panel.is_shown(panel.camera_label)
    assert panel.lens_label.text() == "EF24-70mm f/2.8L II USM"
    assert panel.exposure_label.text() == "1/250 s"
    assert panel.aperture_label.text() == "f/2.8" and panel.iso_label.text() == "400"
    assert panel.focal_label.text() == "50 mm"  # its 35 mm equivalent is the same: not said twice
    assert panel.pixels_label.text().replace(",", "") == "1600 × 2400"
    assert panel.date_label.text() == "2021-07-04 15:30"
    place = panel.location_label.text()
    assert "48.85822, -2.29450" in place
    assert 'href="https://www.openstreetmap.org/?mlat=48.858222&amp;mlon=-2.294500' in place or "mlat=48.858222&mlon=-2.294500" in place
    assert "Open map" in place and panel.location_label.openExternalLinks()

    # The whole path is there, cut in the middle to fit, and in full as a tooltip.
    record = window.photo_view.record
    assert record is not None
    assert panel.is_shown(panel.path_label) and panel.path_label.toolTip() == record.path
    text = panel.path_label.text()
    assert "…" in text and text.endswith(os.sep + "big.jpg") and text.startswith(record.path[:3])

    # A photo without EXIF: no empty camera rows.
    open_named(qtbot, window, "plain.jpg")
    qtbot.waitUntil(lambda: panel.metadata is not None, timeout=TIMEOUT)
    for label in (panel.camera_label, panel.lens_label, panel.exposure_label, panel.iso_label, panel.location_label, panel.score_label):
        assert not panel.is_shown(label)
    assert panel.is_shown(panel.pixels_label) and panel.pixels_label.text() == "640 × 480"
    assert "(file date)" in panel.date_label.text()


def test_small_file_size_reads_in_kilobytes(qtbot, camera_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = camera_window
    open_named(qtbot, window, "small.jpg")
    record = window.photo_view.record
    assert record is not None and 1024 < record.size < 1024 * 1024
    text = window.photo_view.metadata.file_size_label.text()
    assert text.endswith(" kB") and "MB" not in text
    assert float(text.split()[0].replace(",", "")) == pytest.approx(record.size / 1000, abs=0.06)


def test_next_follows_the_list_when_it_is_refreshed_underneath(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A rescan reorders the grid while a photo is open: next and previous go by the new order."""
    window.open_photo(3)
    opened = shown_id(window)
    # Ranked (scored) like a search's hits, so the grid keeps this order rather than sorting by date.
    reordered = [GridItem(item.record, 0.9 - 0.01 * i) for i, item in enumerate(window.model.items()[::-1])]
    window._grid_ticket += 1
    window._show_grid("search", reordered, window._grid_ticket, "", refresh=True)
    view = window.photo_view
    assert shown_id(window) == opened and view.position == 8 and view.position_label.text() == "9 of 12"
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert shown_id(window) == reordered[9].record.id


def test_a_vanished_photo_says_why_and_keeps_its_catalog_facts(qtbot, camera_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = camera_window
    row = next(r for r in range(window.model.rowCount()) if window.model.item(r).record.path.endswith("plain.jpg"))
    Path(window.model.item(row).record.path).unlink()
    open_named(qtbot, window, "small.jpg")  # a photo first: its zoom must not stay on show
    window.open_photo(row)
    canvas = window.photo_view.canvas
    qtbot.waitUntil(lambda: canvas.message().startswith("Cannot show this photo"), timeout=TIMEOUT)
    assert not canvas.has_image() and window.photo_view.zoom_button.text() == "–"
    panel = window.photo_view.metadata
    qtbot.waitUntil(lambda: panel.metadata is not None, timeout=TIMEOUT)
    assert panel.pixels_label.text() == "640 × 480" and not panel.is_shown(panel.camera_label)
