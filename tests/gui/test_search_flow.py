"""Searching in the real window over shapes-world photos: combined queries, the relevance cut, words, find similar and back."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from photoclip.core.world.scene import Scene, save_photo, scenes
from photoclip.gui.main_window import MainWindow
from tests.gui.conftest import indexed_window

TIMEOUT = 60_000
PHOTOS = 48


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Scene]:
    """Shapes-world photos (file name -> scene): their model ranks them for real."""
    folder = tmp_path / "photos"
    return {save_photo(scene, folder / f"shot_{i:02d}.jpg", (320, 240)).name: scene for i, scene in enumerate(scenes(PHOTOS, 2026))}


@pytest.fixture
def window(qtbot, home: Path, tmp_path: Path, world: dict[str, Scene]):  # type: ignore[no-untyped-def]
    with indexed_window(qtbot, home, tmp_path / "photos", photos=PHOTOS, model="shapes-world") as win:
        yield win


def shown(window: MainWindow) -> list[str]:
    return [Path(window.model.item(r).record.path).name for r in range(window.model.rowCount())]


def search(qtbot, window: MainWindow, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "search"):
        window.search_field.setText(text)
        window.run_search()
    return shown(window)


def similar(qtbot, window: MainWindow, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    photo = next(window.model.item(r).record for r in range(window.model.rowCount()) if Path(window.model.item(r).record.path).name == name)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "similar"):
        window.find_similar(photo.id)
    return shown(window)


def test_a_query_that_matches_nothing_well_shows_nothing_and_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert search(qtbot, window, "r") == []
    assert window.status_label.text() == "Nothing matches “r” well"
    assert window.empty_label.isVisible() and "Show more" in window.empty_label.text()
    assert window.search_flow.more_button.text() == f"Show {PHOTOS} more (less alike)"
    matched = search(qtbot, window, "red squares")
    assert 0 < len(matched) < PHOTOS and window.status_label.text() == f"Best matches for “red squares” ({len(matched)} photos)"
    assert window.search_flow.more_button.isVisible() and not window.empty_label.isVisible()


def test_a_photo_plus_words_in_the_search_box_ranks_unlike_either(qtbot, window: MainWindow, world: dict[str, Scene]) -> None:  # type: ignore[no-untyped-def]
    blue_square = next(n for n, s in world.items() if (s.colour, s.shape) == ("blue", "square"))
    similar(qtbot, window, blue_square)
    assert window.search_flow.chip.isVisible() and window.search_flow.chip.photo_id is not None
    assert window.search_field.text() == ""  # the photo is the chip, the field is free for words
    window.search_flow.show_more()
    alone = shown(window)
    words = search(qtbot, window, "2:red")  # the chip stays: "like this photo, but red"
    assert window.search_flow.chip.isVisible()
    window.search_flow.show_more()
    combined = shown(window)
    window.search_flow.chip.remove_button.click()  # the x: the words alone now
    qtbot.waitUntil(lambda: not window.search_flow.chip.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Best matches for “2:red”"), timeout=TIMEOUT)
    window.search_flow.show_more()
    words = shown(window)
    assert combined[:8] != alone[:8] and combined[:8] != words[:8] and blue_square not in combined
    assert [world[n].colour for n in combined[:4]].count("red") >= 3
    assert [world[n].colour for n in alone[:4]].count("red") == 0


def test_a_subtracted_word_pushes_its_photos_down(qtbot, window: MainWindow, world: dict[str, Scene]) -> None:  # type: ignore[no-untyped-def]
    def red_places(text: str) -> list[int]:
        search(qtbot, window, text)
        window.search_flow.show_more()
        return [i for i, n in enumerate(shown(window)) if world[n].colour == "red"]

    plain, minus = red_places("circles"), red_places("circles - 2:red")
    assert sum(minus) / len(minus) > sum(plain) / len(plain) + 8 and min(minus) >= 6


def test_a_caption_is_found_by_its_words(qtbot, window: MainWindow, world: dict[str, Scene]) -> None:  # type: ignore[no-untyped-def]
    assert search(qtbot, window, "Rex") == []
    window.search_flow.show_more()
    target = next(window.model.item(r).record for r in range(window.model.rowCount()) if Path(window.model.item(r).record.path).name == "shot_07.jpg")
    window.library.add_caption(target.id, "Rex on the sofa")
    assert search(qtbot, window, "Rex") == ["shot_07.jpg"]
    assert search(qtbot, window, "shot_11")[0] == "shot_11.jpg"  # a file's name, first


def test_bad_syntax_is_said_in_the_status_bar_without_a_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = shown(window)
    window.search_field.setText("dog +")
    window.run_search()
    assert window.status_label.text() == "Nothing follows a “+” in the search. Put a description or a photo after each + or -, e.g. dog + beach - night."
    assert shown(window) == before and not [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_find_similar_says_what_it_is_similar_to_and_esc_restores_the_view_before(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = search(qtbot, window, "red squares")
    status, row = window.status_label.text(), 1
    window.grid.setCurrentIndex(window.model.index(row))
    reference = window.model.item(0).record
    found = similar(qtbot, window, Path(reference.path).name)
    header = window.search_flow.header
    assert header.isVisible() and header.label.text() == f"Similar to {Path(reference.path).name}"
    qtbot.waitUntil(lambda: not header.thumb.pixmap().isNull(), timeout=TIMEOUT)  # the reference photo's thumbnail
    assert window.search_field.text() == "" and window.search_flow.chip.isVisible()
    assert found and Path(reference.path).name not in found and window.status_label.text() == f"{len(found)} similar photos"
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Escape)
    assert window.mode == "search" and window.search_field.text() == "red squares" and shown(window) == before
    assert window.status_label.text() == status and window.grid.currentIndex().row() == row
    assert not header.isVisible() and not window.search_flow.chip.isVisible()
    qtbot.wait(500)  # no search was started behind the restored view
    assert shown(window) == before
    qtbot.keyClick(window.grid, Qt.Key.Key_Escape)  # then out of the search, as before
    qtbot.waitUntil(lambda: window.mode == "browse" and window.model.rowCount() == PHOTOS, timeout=TIMEOUT)
