"""The duplicates review through the real window: groups of copies, the one to keep, moving the others out and Undo.

The shapes-world model tells photos apart (test-tiny, with random weights,
finds every pair alike), so the library here is indexed with it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton

from photoclip.core.duplicates import FileProblem
from photoclip.core.duplicates.finding import DEFAULT_THRESHOLD
from photoclip.core.world.scene import save_photo, scenes
from photoclip.gui.duplicates_view import STEPS, DuplicatesView
from photoclip.gui.main_window import MainWindow
from tests.core.duplicates.test_finding import copies_of
from tests.gui.conftest import TIMEOUT, indexed_window

PHOTOS = 6


@pytest.fixture
def photos(tmp_path: Path) -> tuple[list[Path], dict[str, Path]]:
    """Six different world photos; the first has a half-size copy, a quality-70 re-save and an exact copy."""
    folder = tmp_path / "photos"
    originals = [save_photo(scene, folder / f"world_{i}.jpg", (800, 600)).resolve() for i, scene in enumerate(scenes(PHOTOS, 2026))]
    return originals, {kind: path.resolve() for kind, path in copies_of(originals[0]).items()}


def open_duplicates(qtbot, win: MainWindow) -> DuplicatesView:  # type: ignore[no-untyped-def]
    """Click Explore › Duplicates in the sidebar and wait for the groups."""
    item = win.sidebar.item_of("duplicates", None)
    assert item is not None and item.parent() is not None and item.parent().text(0) == "Explore"
    view = win.duplicates_view
    with qtbot.waitSignal(view.groups_shown, timeout=TIMEOUT):
        rect = win.sidebar.visualItemRect(item)
        qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.pages.currentWidget() is view
    return view


def click_keep(qtbot, button: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """Click a Keep button on its round indicator (a radio button answers on its indicator and its text only)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def confirm(qtbot, view: DuplicatesView) -> None:  # type: ignore[no-untyped-def]
    """Press "Move others to trash…" and answer the question with its Move button."""
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(view.moved, timeout=TIMEOUT) as moved:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    return moved.args[0]


def test_review_groups_copies_moves_the_others_out_and_undo_puts_them_back(qtbot, tmp_path: Path, photos) -> None:  # type: ignore[no-untyped-def]
    originals, copies = photos
    original = originals[0]
    with indexed_window(qtbot, tmp_path / "home", original.parent, PHOTOS + 3, model="shapes-world") as win:
        lib = win.library
        view = open_duplicates(qtbot, win)
        # One group: the original (suggested: the largest resolution, then the oldest) and its three copies;
        # the five other photos, all different, are in none.
        assert view.shown_paths() == [[str(original)] + sorted(view.shown_paths()[0][1:])]
        assert set(view.shown_paths()[0]) == {str(original), *(str(p) for p in copies.values())}
        card = view.boxes[0].cards[view.boxes[0].group.keep.photo_id]
        assert card.keep_button.isChecked() and "suggested" in card.keep_button.text()
        assert card.path_label.toolTip() == str(original)  # the path whole on hover, elided in the card

        # The slider regroups without a new search: at 1.0 only the same bytes stay together.
        with qtbot.waitSignal(view.groups_shown, timeout=TIMEOUT):
            view.slider.setValue(STEPS)
        assert [set(g) for g in view.shown_paths()] == [{str(original), str(copies["exact"])}]
        with qtbot.waitSignal(view.groups_shown, timeout=TIMEOUT):
            view.slider.setValue(round(DEFAULT_THRESHOLD * STEPS))
        assert len(view.shown_paths()) == 1 and len(view.shown_paths()[0]) == 4

        # Keep the resized copy instead; then the original again.
        box = view.boxes[0]
        resized = next(c for c in box.cards.values() if c.photo.path == str(copies["resized"]))
        qtbot.waitUntil(resized.keep_button.isVisible, timeout=TIMEOUT)  # new groups are laid out on the next turn of the loop
        click_keep(qtbot, resized.keep_button)
        assert view.chosen_groups()[0].keep.path == str(copies["resized"])
        click_keep(qtbot, box.cards[card.photo.photo_id].keep_button)
        assert view.chosen_groups()[0].keep.path == str(original)

        content = {p: p.read_bytes() for p in copies.values()}
        result = confirm(qtbot, view)
        assert "3" in view.confirm_box.text()  # the question says how many files
        assert {f.original for f in result.moved} == {str(p) for p in copies.values()} and not result.problems
        for held in result.moved:
            # Set aside, not deleted: gone from the folder, whole in the holding folder.
            assert not os.path.exists(held.original)
            assert Path(held.held).parent.parent == lib.paths.trash_dir and Path(held.held).read_bytes() == content[Path(held.original)]
        qtbot.waitUntil(lambda: win.model.rowCount() == PHOTOS, timeout=TIMEOUT)  # the grid follows
        assert not {f.photo_id for f in result.moved} & {r.id for r in lib.browse()}
        qtbot.waitUntil(lambda: view.shown_paths() == [], timeout=TIMEOUT)
        assert view.empty_label.isVisibleTo(view) and "Moved 3 photos" in view.notice.text()
        assert view.undo_button.isEnabled()

        # Ctrl+Z puts them back: the same bytes at the same paths, the catalog rows live again.
        win.activateWindow()  # back from the question box
        qtbot.waitUntil(win.isActiveWindow, timeout=TIMEOUT)
        with qtbot.waitSignal(view.moved, timeout=TIMEOUT) as undone:
            qtbot.keyClick(view.slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert {f.photo_id for f in undone.args[0].restored} == {f.photo_id for f in result.moved}
        for path, data in content.items():
            assert path.read_bytes() == data
        assert {f.photo_id for f in result.moved} <= {r.id for r in lib.browse()}
        qtbot.waitUntil(lambda: win.model.rowCount() == PHOTOS + 3, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: len(view.shown_paths()) == 1 and len(view.shown_paths()[0]) == 4, timeout=TIMEOUT)
        assert not view.undo_button.isEnabled() and lib.duplicates.held() == []


def test_a_file_that_vanished_is_counted_and_the_rest_moves(qtbot, tmp_path: Path, photos) -> None:  # type: ignore[no-untyped-def]
    originals, copies = photos
    with indexed_window(qtbot, tmp_path / "home", originals[0].parent, PHOTOS + 3, model="shapes-world") as win:
        view = open_duplicates(qtbot, win)
        copies["resaved"].unlink()  # gone behind photoclip's back, after the search
        result = confirm(qtbot, view)
        assert len(result.moved) == 2 and [p.cause for p in result.problems] == ["gone"]
        assert "1 file is gone" in view.notice.text() and "Moved 2 photos" in view.notice.text()
        assert view.problems_box is not None and str(copies["resaved"]) in view.problems_box.detailedText()
        for held in result.moved:
            assert Path(held.held).exists()
        # Each cause gets its own count (a read-only folder cannot be made here when the tests run as root).
        line = view._problems_line([FileProblem("/a", "not moved: Permission denied", "denied")] * 2 + [FileProblem("/b", "x", "changed")])
        assert line == "2 files are in folders photoclip may not change (read-only); 1 file changed since it was compared."
