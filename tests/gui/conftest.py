"""Shared GUI fixture code: the real main window over an indexed test-tiny library and a running service."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from photoclip.core.library import Library
from photoclip.core.indexing.service import IndexService
from photoclip.gui.i18n import PLURALS_ONLY, translation_file
from photoclip.gui.main_window import MainWindow
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings

TIMEOUT = 60_000


@pytest.fixture(autouse=True, scope="session")
def english_plurals(request: pytest.FixtureRequest) -> Iterator[None]:
    """English as the app shows it: "1 photo", not "1 photos" (the app installs photoclip_en.qm for English)."""
    try:
        app = request.getfixturevalue("qapp")  # pytest-qt's application
    except pytest.FixtureLookupError:
        yield
        return
    translator = QTranslator(app)
    assert translator.load(translation_file(PLURALS_ONLY))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


@contextmanager
def indexed_window(qtbot, home: Path, folder: Path, photos: int, batch_size: int = 4) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A shown MainWindow over ``folder`` indexed with test-tiny, its IndexService started and idle.

    Args:
        photos: How many photos the grid must show before the window is handed over.
    """
    lib = Library(LibraryPaths.at(home), Settings(batch_size=batch_size, settle_seconds=0))
    lib.use_model("test-tiny")
    lib.add_folder(folder)
    for _ in lib.index():
        pass
    win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    service = IndexService(lib, watch=False, rescan_seconds=0)
    win.attach_service(service)
    win.show()
    with qtbot.waitSignal(win.indexing_finished, timeout=TIMEOUT):
        service.start()  # its start-up scan finds nothing new
    qtbot.waitUntil(lambda: win.model.rowCount() == photos, timeout=TIMEOUT)
    try:
        yield win
    finally:
        win.close()
        service.stop()
        lib.close()
