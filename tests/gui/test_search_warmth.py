"""The model warms up after start-up: "Preparing search…", then a search typed before it is ready counts and answers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings

from photoclip.core.library import Library
from photoclip.core.models import ModelSpec
from photoclip.core.models.embedder import ClipEmbedder
from photoclip.gui.main_window import MainWindow
from photoclip.gui.search_warmth import SearchWarmth
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings

TIMEOUT = 60_000


class SlowToLoad(ClipEmbedder):
    """The real test-tiny model, whose load waits for the test to let it go (a big model on a slow disk)."""

    gate = threading.Event()

    def load(self) -> None:
        self.gate.wait(60)
        super().load()


def test_a_search_typed_while_the_model_loads_counts_then_answers(qtbot, home: Path, photo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    paths = LibraryPaths.at(home)
    with Library(paths) as lib:
        lib.use_model("test-tiny")
        lib.add_folder(photo_dir)
        for _ in lib.index():
            pass
    SlowToLoad.gate.clear()

    def slow(spec: ModelSpec) -> ClipEmbedder:
        return SlowToLoad(lib.registry, spec)

    lib = Library(paths, Settings(), embedder_factory=slow)
    win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    warmth = SearchWarmth(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 12, timeout=TIMEOUT)  # browsing needs no model
    assert not warmth.indicator.isVisible()
    warmth.start()
    assert warmth.indicator.isVisible() and warmth.indicator.text() == "Preparing search…" and warmth.loading
    try:
        win.search_field.setText("a red bicycle")
        win.search_field.search_requested.emit()
        assert win.status_label.text().startswith("Loading the model (")
        qtbot.waitUntil(lambda: win.status_label.text() == "Loading the model (1 s)…", timeout=5000)  # the count moves
        assert win.mode == "search" and win.model.rowCount() == 12  # still the photos browsed before: the search waits
        with qtbot.waitSignal(win.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "search"):
            SlowToLoad.gate.set()  # the model is ready: the waiting search runs at once
        # It ran: test-tiny's random vectors match nothing well, so the status says that.
        assert win.status_label.text().startswith(("Best matches for “a red bicycle”", "Nothing matches “a red bicycle” well"))
        qtbot.waitUntil(lambda: not warmth.indicator.isVisible(), timeout=TIMEOUT)
        assert not warmth.loading
    finally:
        SlowToLoad.gate.set()
        win.close()
        lib.close()


def test_a_search_after_the_warm_up_does_not_wait(qtbot, home: Path, photo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    paths = LibraryPaths.at(home)
    lib = Library(paths)
    lib.use_model("test-tiny")
    lib.add_folder(photo_dir)
    for _ in lib.index():
        pass
    lib.close()
    lib = Library(paths)  # a fresh process's library: nothing loaded
    win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    warmth = SearchWarmth(win)
    win.show()
    with qtbot.waitSignal(warmth.ready, timeout=TIMEOUT):
        warmth.start()
    assert not warmth.indicator.isVisible()
    assert lib.query_embedder().loaded  # type: ignore[attr-defined]
    with qtbot.waitSignal(win.results_shown, timeout=TIMEOUT):
        win.search_field.setText("a green tree")
        win.search_field.search_requested.emit()
        assert not win.status_label.text().startswith("Loading the model")
    win.close()
    lib.close()
