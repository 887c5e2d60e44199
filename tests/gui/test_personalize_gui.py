"""Personalisation in the GUI: the captions editor, the dialog's live training run, apply, refusal, revert.

The real main window over an IndexService (watch=False) on the test-tiny
model. The photos are flat colours whose captions name their colour (as in
``tests/core/personalize/test_personalize.py``): with them a short run improves held-out
recall deterministically, so the apply path is always taken in
``test_training_...``; a run with a learning rate of 0 never improves, so
the refusal path is always taken in ``test_a_run_that_does_not_help...``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from photoclip.core.personalize.records import TrainingConfig
from photoclip.gui.main_window import MainWindow
from photoclip.gui.personalize_dialog import PersonalizeDialog
from tests.core.personalize.test_personalize import COLOURS, PER_COLOUR, _write_colour_photos
from tests.gui.conftest import indexed_window

TIMEOUT = 60_000
FAST = TrainingConfig(epochs=8, learning_rate=0.05)
QUERY = "a red picture"


@pytest.fixture
def colours(tmp_path: Path) -> tuple[Path, Path]:
    """The colour photos and a captions CSV naming each one's colour (relative paths)."""
    root = tmp_path / "photos"
    rows = _write_colour_photos(root)
    csv_file = root / "captions.csv"
    with open(csv_file, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["path", "caption"])
        for path, text in rows:
            writer.writerow([path.relative_to(root).as_posix(), text])
    return root, csv_file


@pytest.fixture
def window(qtbot, tmp_path: Path, colours: tuple[Path, Path]):  # type: ignore[no-untyped-def]
    root, _ = colours
    total = len(COLOURS) * PER_COLOUR
    with indexed_window(qtbot, tmp_path / "home", root, photos=total, batch_size=16) as win:
        yield win
        if win.personalize_dialog is not None:
            win.personalize_dialog.close()


def open_dialog(qtbot, window: MainWindow, config: TrainingConfig) -> PersonalizeDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.personalize_button, Qt.MouseButton.LeftButton)
    dialog = window.personalize_dialog
    assert isinstance(dialog, PersonalizeDialog) and dialog.isVisible()
    dialog.config = config
    dialog.epochs.setValue(config.epochs)
    return dialog


def import_captions(qtbot, dialog: PersonalizeDialog, csv_file: Path):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.captions_imported, timeout=TIMEOUT) as imported:
        dialog.import_captions(str(csv_file))
    qtbot.waitUntil(lambda: dialog.captioned_photos == len(COLOURS) * PER_COLOUR, timeout=TIMEOUT)
    return imported.args[0]


def train(qtbot, dialog: PersonalizeDialog):  # type: ignore[no-untyped-def]
    """Click Train; returns the result and the number of curve points seen after each training event."""
    seen: list[int] = []

    def on_event(event: object) -> None:  # connected after the dialog's slot: sees the curve as it was just updated
        progress = getattr(event, "personalize_progress", None)
        if progress is not None and progress.phase == "train":
            seen.append(len(dialog.curve.points))

    dialog.parent().bridge.service_event.connect(on_event)
    try:
        qtbot.waitUntil(dialog.train_button.isEnabled, timeout=TIMEOUT)
        with qtbot.waitSignal(dialog.training_finished, timeout=TIMEOUT) as finished:
            qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
            assert not dialog.train_button.isEnabled() and dialog.cancel_button.isEnabled()
    finally:
        dialog.parent().bridge.service_event.disconnect(on_event)
    return finished.args[0], seen


def search_ranking(qtbot, window: MainWindow) -> list[tuple[int, float]]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "search"):
        window.search_field.setText(QUERY)
        window.run_search()
    window.search_flow.show_more()  # the whole ranking, below the relevance cut too
    return ranking(window)


def ranking(window: MainWindow) -> list[tuple[int, float]]:
    return [(window.model.item(r).record.id, window.model.item(r).score) for r in range(window.model.rowCount())]


def table(dialog: PersonalizeDialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(3)] for r in range(3)]


def visible_message_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_import_reports_skipped_rows_by_line(qtbot, window: MainWindow, colours: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    root, _ = colours
    bad = root / "bad.csv"
    bad.write_text("path,caption\nred/red_0.png,a red picture\nred/nope.png,a caption\nred/red_1.png,  \n", encoding="utf-8")
    dialog = open_dialog(qtbot, window, FAST)
    qtbot.waitUntil(lambda: "0 captions on 0 photos" in dialog.captions_label.text(), timeout=TIMEOUT)
    assert not dialog.train_button.isEnabled()  # fewer than 10 captioned photos
    with qtbot.waitSignal(dialog.captions_imported, timeout=TIMEOUT) as imported:
        dialog.import_captions(str(bad))
    assert imported.args[0].added == 1
    report = dialog.import_report.toPlainText()
    assert dialog.import_report.isVisible()
    assert "Rows skipped: 2" in report and "line 3: " in report and "line 4: " in report
    qtbot.waitUntil(lambda: "1 caption on 1 photo" in dialog.captions_label.text(), timeout=TIMEOUT)


def test_training_shows_epochs_live_then_apply_and_revert_restore_search(qtbot, window: MainWindow, colours: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    _, csv_file = colours
    original = search_ranking(qtbot, window)
    dialog = open_dialog(qtbot, window, FAST)
    assert import_captions(qtbot, dialog, csv_file).added == 2 * len(COLOURS) * PER_COLOUR
    assert not dialog.revert_button.isEnabled()  # no profile in use yet

    result, seen = train(qtbot, dialog)

    # Epochs arrived one by one, the curve growing with each (epoch 0 is the starting model).
    assert result is not None and result.improved  # colour captions: a short run always helps
    assert seen == list(range(1, len(seen) + 1)) and len(seen) == result.epochs_run + 1
    assert [p[0] for p in dialog.curve.points] == list(range(result.epochs_run + 1))
    assert [round(p[1], 6) for p in dialog.curve.points] == [round(x, 6) for x in result.losses]
    cells = table(dialog)
    assert cells[2][:2] == [f"{result.before.r10:.1%}", f"{result.after.r10:.1%}"]
    assert all(cell != "—" for row in cells for cell in row)
    assert "improved" in dialog.result_label.text()

    # Apply: searches in the main window use the profile (the open query is re-run).
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "search"):
        with qtbot.waitSignal(dialog.profile_changed, timeout=TIMEOUT) as changed:
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == "p1"
    assert window.library.serving_identity() == "test-tiny+p1"
    window.search_flow.show_more()
    assert ranking(window) != original
    assert not dialog.apply_button.isEnabled()  # applied once
    assert "Applied" in dialog.result_label.text() and "p1" in dialog.result_label.text()
    qtbot.waitUntil(lambda: dialog.active == "p1" and dialog.revert_button.isEnabled(), timeout=TIMEOUT)
    assert "p1" in dialog.active_label.text() and "(in use)" in dialog.profile_list.item(0).text()

    # Revert, one click: exactly the original scores. (The order may differ: the captions imported
    # since are the photos' own words now, and a photo whose caption matches the query moves up.)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "search"):
        with qtbot.waitSignal(dialog.profile_changed, timeout=TIMEOUT) as changed:
            qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] is None
    window.search_flow.show_more()
    assert sorted(ranking(window)) == sorted(original)
    assert window.library.serving_identity() == "test-tiny"
    qtbot.waitUntil(lambda: not dialog.revert_button.isEnabled() and dialog.profile_list.count() == 1, timeout=TIMEOUT)

    # The saved profile can be used again from the list.
    dialog.profile_list.setCurrentRow(0)
    assert dialog.use_button.isEnabled()
    with qtbot.waitSignal(dialog.profile_changed, timeout=TIMEOUT) as changed:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == "p1" and window.library.active_profile() == "p1"
    assert not visible_message_boxes(window)


def test_a_run_that_does_not_help_is_refused_with_the_figures(qtbot, window: MainWindow, colours: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    _, csv_file = colours
    dialog = open_dialog(qtbot, window, TrainingConfig(epochs=3, learning_rate=0.0))
    import_captions(qtbot, dialog, csv_file)
    result, seen = train(qtbot, dialog)
    assert result is not None and not result.improved and seen
    assert not dialog.apply_button.isEnabled()
    assert "Not improved" in dialog.result_label.text()
    assert table(dialog)[2][2] == "+0.0 pts"

    # Should Apply be pressed anyway, the core refuses and the dialog shows its reason and figures.
    with qtbot.waitSignal(dialog.state_loaded, timeout=TIMEOUT):
        dialog.apply()
    text = dialog.result_label.text()
    assert "Not applied" in text and "R@1" in text and "before" in text and "after" in text
    assert window.library.profiles() == [] and window.library.active_profile() is None
    assert not visible_message_boxes(window)  # the dialog reported it; the main window did not pop up as well


def test_cancel_stops_training(qtbot, window: MainWindow, colours: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    _, csv_file = colours
    dialog = open_dialog(qtbot, window, TrainingConfig(epochs=500, patience=500, learning_rate=0.001))
    import_captions(qtbot, dialog, csv_file)
    with qtbot.waitSignal(dialog.training_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(dialog.curve.points) >= 3, timeout=TIMEOUT)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is None
    assert "cancelled" in dialog.status.text()
    assert 3 <= len(dialog.curve.points) < 501
    assert dialog.train_button.isEnabled() and not dialog.apply_button.isEnabled()
    qtbot.waitUntil(lambda: window.service.state == "idle", timeout=TIMEOUT)


def test_captions_edited_in_the_photo_view_are_stored(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lib = window.library
    editor = window.photo_view.captions
    window.open_photo(0)
    first = window.photo_view.record.id
    qtbot.waitUntil(lambda: editor.list.isEnabled() and not editor.is_busy(), timeout=TIMEOUT)
    assert editor.list.count() == 0 and not editor.add_button.isEnabled() and not editor.remove_button.isEnabled()

    def add(text: str) -> None:
        editor.new_caption.setFocus()
        qtbot.keyClicks(editor.new_caption, text)
        with qtbot.waitSignal(editor.saved, timeout=TIMEOUT):
            qtbot.keyClick(editor.new_caption, Qt.Key.Key_Return)

    add("Rex asleep on the sofa")
    add("  the   garden ")
    assert lib.captions(first) == ["Rex asleep on the sofa", "the garden"]
    assert [editor.list.item(r).text() for r in range(editor.list.count())] == ["Rex asleep on the sofa", "the garden"]
    assert editor.new_caption.text() == ""

    # Changed in place (as the list's editor commits it); emptied, a caption goes away.
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT) as saved:
        editor.list.item(1).setText("Grandma's garden")
    assert saved.args == [first, ["Rex asleep on the sofa", "Grandma's garden"]]
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT):
        editor.list.item(0).setText("   ")
    assert lib.captions(first) == ["Grandma's garden"] and editor.list.count() == 1

    # Remove the selected one; quick changes are stored in order, the last one wins.
    add("sunny afternoon")
    editor.list.setCurrentRow(0)
    assert editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.new_caption, "at the beach")
    qtbot.keyClick(editor.new_caption, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.is_busy(), timeout=TIMEOUT)
    assert lib.captions(first) == ["sunny afternoon", "at the beach"]

    # Text typed but not added goes to its photo when another one is shown; coming back shows it.
    qtbot.keyClicks(editor.new_caption, "a late idea")
    window.open_photo(1)
    assert window.photo_view.record.id != first
    qtbot.waitUntil(lambda: not editor.is_busy() and editor.list.isEnabled(), timeout=TIMEOUT)
    assert editor.list.count() == 0 and editor.new_caption.text() == ""
    assert lib.captions(first) == ["sunny afternoon", "at the beach", "a late idea"]
    window.open_photo(0)
    qtbot.waitUntil(lambda: editor.list.count() == 3 and not editor.is_busy(), timeout=TIMEOUT)
    assert editor.captions() == ["sunny afternoon", "at the beach", "a late idea"]


def test_apply_asks_first_when_albums_would_be_left_empty(qtbot, window: MainWindow, colours: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import Future

    from photoclip.core.tagsets.records import AlbumRefiling

    _, csv_file = colours
    dialog = open_dialog(qtbot, window, FAST)
    import_captions(qtbot, dialog, csv_file)
    result, _ = train(qtbot, dialog)
    assert result is not None and result.improved
    # What the service's preview answers when the new heads would file no photo into "red picture".
    preview: Future[AlbumRefiling] = Future()
    preview.set_result(AlbumRefiling(moved=5, emptied=("Colours|red picture",)))

    dialog._preview_done(preview)
    question = dialog.apply_question
    assert question is not None and question.isVisible()
    assert "5 photos change album" in question.text() and "“red picture”" in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    question.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=TIMEOUT)
    assert "Not applied" in dialog.status.text()
    assert window.library.active_profile() is None and dialog.apply_button.isEnabled()  # nothing changed

    dialog._preview_done(preview)
    with qtbot.waitSignal(dialog.profile_changed, timeout=TIMEOUT) as changed:
        dialog.apply_question.button(QMessageBox.StandardButton.Yes).click()
    assert changed.args[0] == "p1" and window.library.active_profile() == "p1"


def test_apply_without_albums_to_empty_goes_straight_through_the_preview(qtbot, window: MainWindow, colours: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    _, csv_file = colours
    dialog = open_dialog(qtbot, window, FAST)
    import_captions(qtbot, dialog, csv_file)
    train(qtbot, dialog)
    with qtbot.waitSignal(dialog.profile_changed, timeout=TIMEOUT):
        dialog.apply()
        assert dialog.status.text() == "Checking how your albums would change…"
    assert dialog.apply_question is None and window.library.active_profile() == "p1"
