"""The real main window, driven with pytest-qt on the test-tiny model and real image files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings, Qt

from photoclip.core.library import Library
from photoclip.gui.main_window import MainWindow
from photoclip.paths import LibraryPaths
from tests.conftest import write_photo
from tests.gui.conftest import indexed_window

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, home: Path, photo_dir: Path):  # type: ignore[no-untyped-def]
    with indexed_window(qtbot, home, photo_dir, photos=12) as win:
        yield win


def test_browse_shows_all_photos_with_thumbnails(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = window.model.item(0).record.id
    window.model.data(window.model.index(0), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: window.model.has_thumbnail(first), timeout=TIMEOUT)
    assert window.library.thumbnails.path_for(window.model.item(0).record).exists()
    assert "(12)" in window.sidebar.topLevelItem(0).text(0)


def test_typing_a_query_shows_ranked_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # Wait for the search results specifically: a background refresh of the
    # browse view may also report while the query is typed.
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "search"):
        qtbot.keyClicks(window.search_field, "a dog on a beach")
    # test-tiny's random vectors match nothing well: none shown, and Show more lists the closest.
    assert window.model.rowCount() == 0 and window.search_flow.more_button.isVisible()
    assert window.status_label.text() == "Nothing matches “a dog on a beach” well"
    assert "a dog on a beach" not in window.recent_searches()  # it found nothing
    qtbot.mouseClick(window.search_flow.more_button, Qt.MouseButton.LeftButton)
    scores = [window.model.item(r).score for r in range(window.model.rowCount())]
    assert len(scores) == 12 and scores == sorted(scores, reverse=True)
    assert not window.search_flow.more_button.isVisible()
    tooltip = window.model.data(window.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "score" in tooltip


def test_open_photo_then_find_similar_then_escape(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.grid.setFocus()
    window.grid.setCurrentIndex(window.model.index(2))
    qtbot.keyClick(window.grid, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.photo_view
    qtbot.waitUntil(window.photo_view.has_image, timeout=TIMEOUT)
    opened = window.photo_view.record
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "similar"):
        qtbot.mouseClick(window.photo_view.similar_button, Qt.MouseButton.LeftButton)
    window.search_flow.show_more()  # what test-tiny's random vectors find less alike, too
    ids = [window.model.item(r).record.id for r in range(window.model.rowCount())]
    assert len(ids) == 11 and opened.id not in ids
    window.open_photo(0)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 0


def test_ctrl_f_focuses_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.grid.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus, timeout=5000)


def test_add_folder_shows_progress_and_finishes(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "more"
    for i in range(10):
        write_photo(extra / f"new_{i}.png", seed=100 + i, fmt="PNG")
    (extra / "bad.jpg").write_bytes(os.urandom(500))
    seen: list[object] = []
    window.bridge.service_event.connect(lambda e: seen.append(e.progress) if e.kind == "progress" else None)
    with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT) as blocker:
        window.add_folder(str(extra))
        qtbot.waitUntil(window.status.progress.isVisible, timeout=TIMEOUT)
    summary = blocker.args[0]
    assert summary.embedded == 10
    embeds = [e for e in seen if e.phase == "embed"]
    assert embeds and embeds[-1].done == embeds[-1].total == 11
    assert not window.status.progress.isVisible()
    # The bad file is in the error list, with its reason.
    errors = dict(window.error_list())
    assert str(extra / "bad.jpg") in errors and errors[str(extra / "bad.jpg")]
    assert window.status.errors_button.isVisible()
    qtbot.waitUntil(lambda: "(22)" in window.sidebar.topLevelItem(0).text(0), timeout=TIMEOUT)  # refreshed off the GUI thread


def test_cancel_stops_indexing_and_keeps_what_was_stored(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "many"
    for i in range(40):
        write_photo(extra / f"p_{i}.jpg", seed=500 + i)

    def cancel_on_first_embed(event: object) -> None:
        progress = getattr(event, "progress", None)
        if progress is not None and progress.phase == "embed":
            window.cancel_indexing()

    window.bridge.service_event.connect(cancel_on_first_embed)
    with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT) as blocker:
        window.add_folder(str(extra))
    summary = blocker.args[0]
    assert summary.cancelled and summary.embedded < 40
    assert window.library.catalog.embedding_count("test-tiny") == 12 + summary.embedded


def test_pause_holds_the_job_until_resume(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "paused"
    for i in range(8):
        write_photo(extra / f"p_{i}.jpg", seed=900 + i)
    window.toggle_pause()
    qtbot.waitUntil(lambda: window.service.state == "paused", timeout=TIMEOUT)
    window.add_folder(str(extra))
    qtbot.wait(300)
    assert window.status.pause_button.text() == "Resume"
    assert window.library.catalog.count_by_status().get("active", 0) == 12  # nothing ran while paused
    with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT):
        window.toggle_pause()
    assert window.library.catalog.embedding_count("test-tiny") == 20


def test_geometry_and_recent_searches_are_remembered(qtbot, home: Path, photo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    lib = Library(LibraryPaths.at(home))
    lib.use_model("test-tiny")
    state = QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(lib, state)
    qtbot.addWidget(win)
    win.show()
    win.resize(770, 500)  # inside the 800x600 offscreen screen, above the minimum width
    win.search_field.remember("red bicycle")
    win.close()
    again = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.recent_searches() == ["red bicycle"]
    assert (again.size().width(), again.size().height()) == (770, 500)
    again.close()
    lib.close()


def test_window_appears_before_torch_is_imported(home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "photoclip", "gui", "--home", str(home), "--report-startup", "--quit-after-show"],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert out.returncode == 0, out.stderr
    assert "window shown after" in out.stdout and "torch loaded: False" in out.stdout
