"""Setting up a model in the real main window, against the loopback hub (``tests/hub.py``).

The first run downloads, verifies and indexes; the Settings switch applies a
model only once it is there; an offline first run keeps the folders and offers
the ways forward; an import runs off the GUI thread; a cancelled download
keeps its partial file and resumes. The last test measures how long the event
loop stalls while a ViT-B-32-sized file is downloaded, verified and imported.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings

from photoclip.core.indexing.service import IndexService
from photoclip.core.library import Library
from photoclip.core.models import ModelProgress
from photoclip.gui.main_window import MainWindow
from photoclip.gui.model_setup import ModelChoicesDialog, ModelImportDialog, ModelWorkDialog
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings
from tests.conftest import write_photo
from tests.core.models.conftest import StandIn, vit_b_32_standin  # noqa: F401 - the fixture, shared with the core's tests
from tests.gui.conftest import StallMeter, indexed_window
from tests.hub import FakeHub

TIMEOUT = 60_000
PHOTOS = 6
# The longest the window may freeze while a model is set up (the bar).
MAX_STALL_MS = 100.0


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    root = tmp_path / "photos"
    for i in range(PHOTOS):
        write_photo(root / f"img_{i}.jpg", seed=i)
    return root


@contextmanager
def new_window(qtbot, home: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window over an empty library, opened as the app opens it (its jobs never download), service started."""
    lib = Library(LibraryPaths.at(home), Settings(batch_size=4, settle_seconds=0), allow_download=False)
    win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    service = IndexService(lib, watch=False, rescan_seconds=0)
    win.attach_service(service)
    win.show()
    service.start()
    try:
        yield win
    finally:
        service.stop()
        qtbot.wait(100)  # the events it sent last reach the window while the library is open
        win.close()
        lib.close()


def start_first_run(win: MainWindow, folder: Path, model: str) -> None:
    """Welcome: ``folder`` only, ``model`` chosen, Start."""
    win.run_first_time_setup()
    dialog = win.first_run_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.folders.list.clear()
    dialog.folders.add_folder(str(folder))
    for button in dialog.model_group.buttons():
        if model in button.text():
            button.setChecked(True)
    chosen = dialog.chosen_model()
    assert chosen is not None and chosen.name == model
    dialog.accept()


def record_progress(win: MainWindow) -> list[ModelProgress]:
    """Every progress event of the model work the window starts from now on (connected before each work starts)."""
    seen: list[ModelProgress] = []

    def attach(dialog: object) -> None:
        assert isinstance(dialog, ModelWorkDialog)
        dialog.worker.signals.progressed.connect(seen.append)

    win.model_setup.working.connect(attach)
    return seen


def indexed(win: MainWindow, model: str) -> bool:
    status = win.library.status()
    return status.chosen_model == model and status.embedded == PHOTOS and status.pending == 0


def visible_texts(win: MainWindow) -> str:
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    texts = [win.status_label.text()]
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            texts += [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    return "\n".join(texts)


def hf_incomplete_files() -> list[Path]:
    import os

    return list(Path(os.environ["HF_HUB_CACHE"]).rglob("*.incomplete"))


def test_first_run_downloads_verifies_and_indexes(qtbot, fake_hub: FakeHub, home: Path, photos: Path) -> None:  # type: ignore[no-untyped-def]
    with new_window(qtbot, home) as win:
        seen = record_progress(win)
        with qtbot.waitSignal(win.model_chosen, timeout=TIMEOUT) as chosen:
            start_first_run(win, photos, "hub-tiny")
            assert isinstance(win.model_setup.dialog, ModelWorkDialog)  # the download runs under its dialog
        assert chosen.args == ["hub-tiny"]
        phases = [e.phase for e in seen]
        assert "download" in phases and "verify" in phases  # each phase was shown
        assert phases.index("download") < len(phases) - 1 - phases[::-1].index("verify")
        qtbot.waitUntil(lambda: indexed(win, "hub-tiny"), timeout=TIMEOUT)
        assert [f.path for f in win.library.folders()] == [str(photos)]
        qtbot.waitUntil(lambda: win.model.rowCount() == PHOTOS, timeout=TIMEOUT)
        assert not win.status.model_button.isVisible()
        assert win.library.search("a photo", 3)  # the downloaded model answers


def test_settings_switch_applies_the_model_once_it_is_downloaded(qtbot, fake_hub: FakeHub, home: Path, photos: Path) -> None:  # type: ignore[no-untyped-def]
    with indexed_window(qtbot, home, photos, photos=PHOTOS) as win:
        assert win.library.chosen_model().name == "test-tiny"
        with qtbot.waitSignal(win.model_chosen, timeout=TIMEOUT) as chosen:
            win.open_settings()
            dialog = win.settings_dialog
            assert dialog is not None
            dialog.model.setCurrentIndex(dialog.model.findData("hub-tiny"))
            dialog.accept()
            assert win.library.chosen_model().name == "test-tiny"  # not before the download has finished
        assert chosen.args == ["hub-tiny"]
        qtbot.waitUntil(lambda: indexed(win, "hub-tiny"), timeout=TIMEOUT)


def test_a_failed_switch_says_why_and_changes_nothing(qtbot, fake_hub: FakeHub, home: Path, photos: Path) -> None:  # type: ignore[no-untyped-def]
    fake_hub.corrupt = True
    with indexed_window(qtbot, home, photos, photos=PHOTOS) as win:
        with qtbot.waitSignal(win.model_setup.not_ready, timeout=TIMEOUT) as failed:
            win.open_settings()
            dialog = win.settings_dialog
            assert dialog is not None
            dialog.model.setCurrentIndex(dialog.model.findData("hub-tiny"))
            dialog.accept()
        box = win.model_setup.last_message
        assert box is not None and box.isVisible()
        assert "hub-tiny" in box.text() and "corrupt" in box.informativeText()
        assert failed.args[0] == box.informativeText()
        assert win.library.chosen_model().name == "test-tiny"
        assert not win.status.model_button.isVisible()  # the model in use still works


def test_offline_first_run_keeps_the_folders_and_offers_the_ways_forward(
    qtbot, fake_hub: FakeHub, home: Path, photos: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with new_window(qtbot, home) as win:
        start_first_run(win, photos, "hub-tiny")
        qtbot.waitUntil(lambda: isinstance(win.model_setup.dialog, ModelChoicesDialog), timeout=TIMEOUT)
        choices = win.model_setup.dialog
        assert isinstance(choices, ModelChoicesDialog)
        assert fake_hub.requests == []  # offline means offline
        qtbot.waitUntil(lambda: [f.path for f in win.library.folders()] == [str(photos)], timeout=TIMEOUT)
        qtbot.waitUntil(lambda: win.model.rowCount() == PHOTOS, timeout=TIMEOUT)  # scanned: shown, waiting for a model
        assert choices.import_button.isEnabled() and choices.test_button.isEnabled()
        assert not choices.on_disk_button.isEnabled()  # nothing in the Hugging Face cache
        assert "photoclip models" not in visible_texts(win)  # the app's words, never CLI text

        choices.reject()  # Later
        qtbot.waitUntil(lambda: win.status.model_button.isVisible(), timeout=TIMEOUT)
        other = tmp_path / "more"
        write_photo(other / "x.jpg", seed=99)
        with qtbot.waitSignal(win.indexing_finished, timeout=TIMEOUT):
            win.add_folder(str(other))  # adding a folder afterwards: no CLI text, no error box
        assert getattr(win, "last_error", None) is None
        assert win.status_label.text() == "photoclip needs a model to index your photos."
        assert "up to date" not in win.status_label.text()

        with qtbot.waitSignal(win.model_chosen, timeout=TIMEOUT) as chosen:
            win.status.model_button.click()
            qtbot.waitUntil(lambda: isinstance(win.model_setup.dialog, ModelChoicesDialog), timeout=TIMEOUT)
            win.model_setup.dialog.test_button.click()  # type: ignore[union-attr]
        assert chosen.args == ["test-tiny"]
        qtbot.waitUntil(lambda: win.library.status().embedded == PHOTOS + 1, timeout=TIMEOUT)
        assert not win.status.model_button.isVisible()


def test_offline_first_run_offers_a_model_already_in_the_hugging_face_cache(
    qtbot, fake_hub: FakeHub, home: Path, photos: Path, monkeypatch: pytest.MonkeyPatch, tiny_weights: bytes
) -> None:  # type: ignore[no-untyped-def]
    fake_hub.add_model("hub-tiny-2", arch="test-tiny", weights=tiny_weights[:-8] + b"        ")
    with Library(LibraryPaths.at(home.parent / "elsewhere")) as other:  # open_clip or another tool put it there
        other.registry.ensure_weights(other.registry.get("hub-tiny"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with new_window(qtbot, home) as win:
        start_first_run(win, photos, "hub-tiny-2")
        qtbot.waitUntil(lambda: isinstance(win.model_setup.dialog, ModelChoicesDialog), timeout=TIMEOUT)
        choices = win.model_setup.dialog
        assert isinstance(choices, ModelChoicesDialog)
        assert choices.on_disk_button.isEnabled() and choices.on_disk_model() == "hub-tiny"
        with qtbot.waitSignal(win.model_chosen, timeout=TIMEOUT) as chosen:
            choices.on_disk_button.click()
        assert chosen.args == ["hub-tiny"]
        qtbot.waitUntil(lambda: indexed(win, "hub-tiny"), timeout=TIMEOUT)


def test_import_runs_off_the_gui_thread_with_progress(
    qtbot, fake_hub: FakeHub, home: Path, photos: Path, monkeypatch: pytest.MonkeyPatch, tiny_weights: bytes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    checkpoint = tmp_path / "carried" / "open_clip_model.safetensors"
    checkpoint.parent.mkdir()
    checkpoint.write_bytes(tiny_weights)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with new_window(qtbot, home) as win:
        start_first_run(win, photos, "hub-tiny")
        qtbot.waitUntil(lambda: isinstance(win.model_setup.dialog, ModelChoicesDialog), timeout=TIMEOUT)
        win.model_setup.dialog.import_button.click()  # type: ignore[union-attr]
        form = win.model_setup.dialog
        assert isinstance(form, ModelImportDialog)
        form.file.setText(str(checkpoint))
        assert form.arch.isEnabled() and form.arch.currentData() == "test-tiny"  # the wanted model's architecture
        seen = record_progress(win)
        with qtbot.waitSignal(win.model_chosen, timeout=TIMEOUT) as chosen:
            form.accept()
        assert "import" in {e.phase for e in seen} <= {"import", "verify"}
        assert seen[0].phase == "import"  # the file is copied in, then checked
        assert seen[-1].total and seen[-1].done <= seen[-1].total
        imported = win.library.registry.get(chosen.args[0])
        assert imported.source == "imported" and imported.arch == "test-tiny"
        qtbot.waitUntil(lambda: indexed(win, imported.name), timeout=TIMEOUT)


def test_cancel_keeps_the_partial_download_and_the_next_try_resumes(qtbot, fake_hub: FakeHub, home: Path, photos: Path) -> None:  # type: ignore[no-untyped-def]
    # huggingface_hub reports every 10 MB: the transfer stalls after the first report.
    fake_hub.stall_after = 11_000_000
    with new_window(qtbot, home) as win:
        seen = record_progress(win)
        start_first_run(win, photos, "hub-tiny")
        work = win.model_setup.dialog
        qtbot.waitUntil(lambda: any(e.phase == "download" and e.done > 0 for e in seen), timeout=TIMEOUT)
        with qtbot.waitSignal(win.model_setup.not_ready, timeout=TIMEOUT):
            work.cancel_button.click()  # type: ignore[union-attr]
            fake_hub.release()  # the stalled transfer ends; the next report raises the cancel
        partial = hf_incomplete_files()
        assert len(partial) == 1 and partial[0].stat().st_size >= 10_000_000
        assert win.status.model_button.isVisible()
        assert win.library.folders()  # kept
        with qtbot.waitSignal(win.model_chosen, timeout=TIMEOUT):
            win.status.model_button.click()
        assert fake_hub.range_requests()[-1].startswith("bytes=") and fake_hub.range_requests()[-1] != "bytes=0-"
        qtbot.waitUntil(lambda: indexed(win, "hub-tiny"), timeout=TIMEOUT)


def test_the_window_never_stalls_while_a_model_is_set_up(
    qtbot, fake_hub: FakeHub, home: Path, photos: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    standin: StandIn = request.getfixturevalue("vit_b_32_standin")  # the core tests' session fixture, made once
    standin.publish(fake_hub, default=True)
    carried = tmp_path / "carried" / standin.filename
    carried.parent.mkdir()
    carried.write_bytes(standin.weights)
    # What this measures is the app's set-up, not the garbage hundreds of earlier
    # tests left in this process: a full collection over it took about 500 ms in
    # whole-suite runs (never when the test runs alone). Those objects are frozen
    # out of the collector; what the set-up allocates is still collected.
    gc.collect()
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    with new_window(qtbot, home) as win:
        seen = record_progress(win)
        meter = StallMeter(lambda: seen[-1].phase if seen else None)
        meter.start()
        with qtbot.waitSignal(win.model_chosen, timeout=5 * TIMEOUT):
            start_first_run(win, photos, "vit-b-32")

        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
        win.model_setup.import_model(win.library.registry.get("vit-b-32"))
        form = win.model_setup.dialog
        assert isinstance(form, ModelImportDialog)
        form.file.setText(str(carried))
        with qtbot.waitSignal(win.model_chosen, timeout=5 * TIMEOUT):
            form.accept()
        meter.stop()
    assert {"download", "verify", "import"} <= meter.by_label.keys()
    with capsys.disabled():
        print(
            "\nlongest event-loop stall while setting up a ViT-B-32-sized model (600 MB): "
            + ", ".join(f"{phase} {ms:.0f} ms" for phase, ms in meter.by_label.items())
            + f"; overall {meter.longest_ms:.0f} ms"
        )
    assert meter.longest_ms < MAX_STALL_MS, f"the window froze for {meter.longest_ms:.0f} ms ({meter.by_label})"
