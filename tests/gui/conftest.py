"""Shared GUI fixture code: the real main window over an indexed test-tiny library and a running service."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QObject, QSettings, QTimer, QTranslator

from photoclip.core.indexing.service import IndexService
from photoclip.core.library import Library
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
def indexed_window(qtbot, home: Path, folder: Path, photos: int, batch_size: int = 4, model: str = "test-tiny") -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A shown MainWindow over ``folder`` indexed with test-tiny (or ``model``), its IndexService started and idle.

    Args:
        photos: How many photos the grid must show before the window is handed over.
        model: The model to index with (shapes-world for rankings that mean something).
    """
    lib = Library(LibraryPaths.at(home), Settings(batch_size=batch_size, settle_seconds=0))
    lib.use_model(model)
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


class StallMeter(QObject):
    """The longest the GUI event loop went without serving a 10 ms timer, while the meter runs.

    A timer fires every 10 ms on an idle loop; the gap between two of its
    ticks, less the interval, is how long the loop was kept from running (what
    a user sees as a frozen window). Each gap is also filed under ``label()``
    at the tick that ends it (for example the phase a dialog shows).

    Args:
        label: What the window is doing now, or None to file nothing but the overall figure.
    """

    INTERVAL_MS = 10

    def __init__(self, label: Callable[[], str | None] = lambda: None) -> None:
        super().__init__()
        self.longest_ms = 0.0
        self.by_label: dict[str, float] = {}
        self._label = label
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        gap = max(0.0, self._clock.nsecsElapsed() / 1e6 - self.INTERVAL_MS)
        self._clock.restart()
        self.longest_ms = max(self.longest_ms, gap)
        label = self._label()
        if label is not None:
            self.by_label[label] = max(self.by_label.get(label, 0.0), gap)
