"""The status bar tells the truth: paused is said at once and stays, with Cancel; the tag-labelling bar moves."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from photoclip.core.indexing.records import IndexProgress
from photoclip.gui.main_window import MainWindow
from tests.conftest import write_photo
from tests.gui.conftest import indexed_window

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, home: Path, photo_dir: Path):  # type: ignore[no-untyped-def]
    with indexed_window(qtbot, home, photo_dir, photos=12, batch_size=2) as win:
        yield win


def test_pause_says_so_at_once_keeps_cancel_and_cancel_still_works(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "many"
    for i in range(30):
        write_photo(extra / f"p_{i}.jpg", seed=700 + i)
    paused_at: list[str] = []

    def pause_on_first_embed(event: object) -> None:
        progress = getattr(event, "progress", None)
        if progress is not None and progress.phase == "embed" and not paused_at:
            window.toggle_pause()
            paused_at.append(window.status_label.text())  # what the user reads right after the click

    window.bridge.service_event.connect(pause_on_first_embed)
    window.add_folder(str(extra))
    qtbot.waitUntil(lambda: bool(paused_at), timeout=TIMEOUT)
    assert paused_at == ["Indexing paused"]
    qtbot.wait(500)  # the photo under way when Pause was pressed reports in: the words stay
    assert window.status_label.text() == "Indexing paused"
    assert window.status.pause_button.text() == "Resume"
    assert window.status.cancel_button.isVisible()  # a paused job can still be cancelled
    with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT) as blocker:
        window.status.cancel_button.click()
    assert blocker.args[0].cancelled and blocker.args[0].embedded < 30


def test_the_tag_bar_is_busy_while_prompts_are_encoded_then_follows_the_photos(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.status.progress
    window.status.show_state("running", None)
    window.status.show_progress(IndexProgress("tag-prompts", 0, 3, path="Places"))
    assert (bar.minimum(), bar.maximum()) == (0, 0)  # moving, not stuck at the last job's value
    values = []
    for done in (0, 10, 20, 40):
        window.status.show_progress(IndexProgress("tags", done, 40, path="Places"))
        values.append(bar.value())
    assert bar.maximum() == 40 and values == [0, 10, 20, 40]
