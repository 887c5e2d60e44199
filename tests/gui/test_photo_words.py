"""The photo's own words in the photo view, through the real main window: they load, read in the UI language, and a click searches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from photoclip.core.vocabulary.records import Description
from photoclip.core.world.scene import save_photo, scenes
from photoclip.gui.main_window import MainWindow
from photoclip.gui.photo_words import PhotoWordsPanel, WordLink
from tests.gui.conftest import TIMEOUT, indexed_window
from tests.meaning.test_words import RED_TRIANGLES


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    folder = tmp_path / "photos"
    for i, scene in enumerate(scenes(5, 3)):
        save_photo(scene, folder / f"p{i}.jpg", (640, 480))
    save_photo(RED_TRIANGLES, folder / "red.jpg", (640, 480))
    with indexed_window(qtbot, tmp_path / "home", folder, photos=6, model="shapes-world") as win:
        yield win


def _open(window: MainWindow, name: str) -> None:
    row = next(r for r in range(window.model.rowCount()) if window.model.item(r).record.path.endswith(name))
    window.open_photo(row)


def test_the_viewer_lists_the_photo_s_words_and_a_click_searches_for_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.photo_view.words
    _open(window, "red.jpg")
    # The vocabulary is not encoded yet: the panel says so while the service encodes it.
    assert panel.message.text() == "Preparing words…" and not panel.message.isHidden()
    qtbot.waitUntil(lambda: len(panel.links) == 8, timeout=TIMEOUT)
    assert panel.message.isHidden()
    assert [w.english for w in panel.words][0] == "red" and panel.links[0].word == "red"
    assert "Search for “red”" in panel.links[0].toolTip()

    # The next photo's words come at once, with nothing to prepare.
    _open(window, "p0.jpg")
    assert panel.message.isHidden()
    qtbot.waitUntil(lambda: window.photo_view.record is not None and panel.words and panel.words[0].english != "red", timeout=TIMEOUT)

    _open(window, "red.jpg")
    qtbot.waitUntil(lambda: bool(panel.links) and panel.links[0].word == "red", timeout=TIMEOUT)
    qtbot.mouseClick(panel.links[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mode == "search" and window.pages.currentIndex() == 0 and window.model.rowCount() > 0, timeout=TIMEOUT)
    assert window.search_field.text() == "red"
    assert window.model.item(0).record.path.endswith("red.jpg")


def test_the_words_follow_the_ui_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.photo_view.words
    previous = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))  # what install_translators does for a Portuguese UI
    try:
        _open(window, "red.jpg")
        qtbot.waitUntil(lambda: bool(panel.links), timeout=TIMEOUT)
        assert panel.links[0].word == "vermelho"
        panel.links[0].setFocus()
        qtbot.keyClick(panel.links[0], Qt.Key.Key_Return)
        # shapes-world reads Portuguese: the search is for the word shown.
        qtbot.waitUntil(lambda: window.mode == "search" and window.search_field.text() == "vermelho", timeout=TIMEOUT)
    finally:
        QLocale.setDefault(previous)


def test_a_tag_s_word_names_its_set_and_scores_read_as_percentages(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = PhotoWordsPanel()
    qtbot.addWidget(panel)
    panel.set_words([
        Description("my dog Rex", "my dog Rex", 0.5, "Pets", "my dog Rex"),
        Description("beach", "beach", 0.25, "vocabulary", "beach"),
        Description("dog", "dog", 0.004, "vocabulary", "dog"),
    ])
    assert [link.word for link in panel.links] == ["my dog Rex", "beach", "dog"]
    assert "Pets" in panel.links[0].text() and "A tag of the set “Pets”" in panel.links[0].toolTip()
    assert "Pets" not in panel.links[1].text() and "A tag" not in panel.links[1].toolTip()
    bars = panel.findChildren(QProgressBar)
    assert [b.value() for b in bars] == [1000, 500, 8]  # the best word's bar is full
    scores = [w.text() for w in panel.findChildren(QLabel) if w.text().endswith("%")]
    assert scores == ["50%", "25%", "<1%"]
    with qtbot.waitSignal(panel.search_requested) as clicked:
        qtbot.mouseClick(panel.links[1], Qt.MouseButton.LeftButton)
    assert clicked.args == ["beach"]
    panel.set_words([])
    assert panel.links == []
    qtbot.waitUntil(lambda: not panel.findChildren(WordLink))  # the old rows are gone, not hidden


def test_a_photo_not_indexed_yet_says_when_its_words_come(qtbot, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_grid import scanned_window

    folder = tmp_path / "scanned"
    save_photo(RED_TRIANGLES, folder / "red.jpg", (320, 240))
    window = scanned_window(qtbot, home, folder)  # scanned, not embedded: as during a first index
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=TIMEOUT)
        window.open_photo(0)
        message = window.photo_view.words.message
        qtbot.waitUntil(lambda: message.text() == "Its words come once it is indexed.", timeout=TIMEOUT)
    finally:
        window.close()
        window.library.close()
