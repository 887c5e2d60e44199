"""Library › Write albums to XMP sidecars…: nothing is written until the user says yes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtWidgets import QMessageBox

from photoclip.gui.main_window import MainWindow
from tests.gui.conftest import indexed_window

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, home: Path, photo_dir: Path):  # type: ignore[no-untyped-def]
    with indexed_window(qtbot, home, photo_dir, photos=12) as win:
        yield win


def test_the_app_asks_before_writing_sidecars_and_writes_them_on_yes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    albums = window.library.albums
    album = albums.create("Lisbon")
    photo = window.library.browse()[0]
    albums.add_photos(album.id, [photo.id])
    sidecar = Path(photo.path + ".xmp")
    export = window.menu_bar.xmp_export
    menu_item = next(a for a in window.actions() if a.text() == "Write albums to XMP sidecars…")

    menu_item.trigger()
    question = export.question
    assert question is not None and question.isVisible()
    assert "XMP sidecar" in question.text() and question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    question.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(300)
    assert not sidecar.exists()  # asked, declined: nothing written

    menu_item.trigger()
    with qtbot.waitSignal(export.exported, timeout=TIMEOUT) as blocker:
        export.question.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args[0].written == 1
    assert "Albums|Lisbon" in sidecar.read_text()
    assert window.status_label.text() == "XMP sidecars: 1 written, 0 already up to date, 0 failed."
