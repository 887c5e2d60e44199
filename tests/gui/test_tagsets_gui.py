"""Tag sets in the GUI: albums in the sidebar, search inside an album, the editor's heat-map preview,
feedback in the photo view, and new photos filed as the service indexes them.

The real main window, the real service and the test-tiny model (random
weights): the tests assert mechanics (which photos, how many, what survives),
never which album a photo lands in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import Qt

from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, TagDef, TagSet
from photoclip.gui.main_window import MainWindow
from photoclip.gui.tagset_preview import AssignedRole, ScoreRole
from photoclip.gui.tagsets_dialog import TagSetsDialog
from tests.conftest import write_photo
from tests.gui.conftest import indexed_window

TIMEOUT = 60_000

# Exclusive with no probability floor: every photo is filed into exactly one colour.
COLOURS = TagSet(
    name="Colours",
    tags=(TagDef("red"), TagDef("green", prompts=("a green photo", "grass")), TagDef("blue")),
    mode=MODE_EXCLUSIVE,
    templates="label",
    min_probability=0.0,
)


@pytest.fixture
def window(qtbot, home: Path, photo_dir: Path):  # type: ignore[no-untyped-def]
    with indexed_window(qtbot, home, photo_dir, photos=12) as win:
        yield win
        if win.tagsets_dialog is not None:
            win.tagsets_dialog.dirty = False


def open_editor(window: MainWindow, qtbot) -> TagSetsDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.tagsets_button, Qt.MouseButton.LeftButton)
    dialog = window.tagsets_dialog
    assert isinstance(dialog, TagSetsDialog) and dialog.isVisible()
    return dialog


def apply_colours(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Type the set into the editor and press Apply; wait for its albums to show in the sidebar."""
    dialog = open_editor(window, qtbot)
    dialog.load_tagset(COLOURS, editing=None)
    with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sum(a.count for a in window.albums()) == 12, timeout=TIMEOUT)


def album_ids(window: MainWindow, tag_id: int) -> set[int]:
    return {p.photo_id for p in window.library.tags.album_photos(tag_id)}


def grid_ids(window: MainWindow) -> set[int]:
    return {window.model.item(r).record.id for r in range(window.model.rowCount())}


def click_album(window: MainWindow, qtbot, tag_id: int) -> None:  # type: ignore[no-untyped-def]
    item = window.album_item(tag_id)
    assert item is not None
    window.sidebar.scrollToItem(item)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=window.sidebar.visualItemRect(item).center())


def test_applied_set_shows_its_albums_with_counts_in_the_sidebar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.albums() == []
    apply_colours(window, qtbot)
    albums = window.albums()
    assert [a.label for a in albums] == ["red", "green", "blue"]
    for album in albums:
        item = window.album_item(album.tag_id)
        if album.count == 0:  # an empty album stays out of the way until asked for
            assert item is None
            continue
        assert item is not None and item.text(0) == f"{album.label}  ({album.count})"
        assert item.parent().text(0) == "Colours"
    window.show_empty_albums_action.setChecked(True)
    for album in albums:
        item = window.album_item(album.tag_id)
        assert item is not None and item.text(0) == f"{album.label}  ({album.count})"
    assert "Albums" in window.status_label.text() or "Indexed" in window.status_label.text() or window.status_label.text()


def test_clicking_an_album_shows_its_photos_and_a_query_stays_inside_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    apply_colours(window, qtbot)
    album = max(window.albums(), key=lambda a: a.count)
    click_album(window, qtbot, album.tag_id)
    assert window.current_album is not None and window.current_album.tag_id == album.tag_id
    assert grid_ids(window) == album_ids(window, album.tag_id) and window.model.rowCount() == album.count

    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(window.search_field, "a photo")
    assert blocker.args == ["search"]
    window.search_flow.show_more()  # test-tiny's random vectors match nothing well: the rest, on request
    found = grid_ids(window)
    assert found and found <= album_ids(window, album.tag_id)
    assert len(found) == album.count < 12 or album.count == 12

    # All photos again: the same query searches the whole library.
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        qtbot.mouseClick(
            window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=window.sidebar.visualItemRect(window.sidebar.topLevelItem(0)).center()
        )
    assert window.current_album is None
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        qtbot.keyClicks(window.search_field, "a photo")
    window.search_flow.show_more()
    assert window.model.rowCount() == 12


def test_editor_preview_fills_a_sortable_heat_map_and_shows_thresholds(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(window, qtbot)
    dialog.load_tagset(COLOURS, editing=None)
    with qtbot.waitSignal(dialog.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.preview.preview_button, Qt.MouseButton.LeftButton)
    model, proxy = dialog.preview.heatmap, dialog.preview.proxy
    assert model.columnCount() == 1 + 3 and model.rowCount() == 12
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    assert headers[0] == "Photo" and [h.split("\n")[0] for h in headers[1:]] == ["red", "green", "blue"]
    # Exclusive with no floor: every photo gets exactly one framed cell.
    for row in range(12):
        assert sum(bool(model.index(row, c).data(AssignedRole)) for c in range(1, 4)) == 1

    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        dialog.preview.preview_table.sortByColumn(2, order)
        values = [proxy.index(r, 2).data(ScoreRole) for r in range(proxy.rowCount())]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    dialog.preview.preview_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names)

    # A threshold edit re-marks the cells at once, without scoring again.
    dialog.editor.threshold_spin.setValue(1.0)
    assert not any(model.index(r, c).data(AssignedRole) for r in range(12) for c in range(1, 4))
    assert all(model.headerData(c, Qt.Orientation.Horizontal).endswith("(0)") for c in range(1, 4))
    # A per-tag threshold beats the set's: red is given again wherever it is the best tag.
    dialog.editor.tags_table.item(0, 2).setText("0")
    for r in range(12):
        scores = [model.index(r, c).data(ScoreRole) for c in range(1, 4)]
        assert bool(model.index(r, 1).data(AssignedRole)) == (scores[0] == max(scores))
        assert not model.index(r, 2).data(AssignedRole) and not model.index(r, 3).data(AssignedRole)
    # A new tag needs a new preview.
    dialog.editor.add_tag_row("yellow")
    assert "Preview again" in dialog.preview.preview_status.text()
    dialog.dirty = False


def test_editor_preview_scores_the_photos_selected_in_the_grid(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(window, qtbot)
    dialog.load_tagset(COLOURS, editing=None)
    preview = dialog.preview
    assert preview.source_combo.isVisibleTo(dialog)
    preview.source_combo.setCurrentIndex(preview.source_combo.findData("selected"))
    window.grid.clearSelection()
    qtbot.mouseClick(preview.preview_button, Qt.MouseButton.LeftButton)
    assert "No photos are selected" in preview.preview_status.text() and preview.heatmap.rowCount() == 0

    window.grid_actions.select([window.model.item(r).record.id for r in (1, 4, 9)])
    chosen = [p.id for p in window.grid_actions.selected()]
    assert len(chosen) == 3
    with qtbot.waitSignal(dialog.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(preview.preview_button, Qt.MouseButton.LeftButton)
    assert [int(pid) for pid in preview.heatmap.preview.photo_ids] == chosen  # those photos, in grid order
    assert [r.id for r in preview.heatmap.records if r is not None] == chosen

    # A sample of the library again: every photo (there are fewer than a sample takes).
    preview.source_combo.setCurrentIndex(preview.source_combo.findData("sample"))
    with qtbot.waitSignal(dialog.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(preview.preview_button, Qt.MouseButton.LeftButton)
    assert preview.heatmap.rowCount() == 12
    dialog.dirty = False


def test_editor_saves_exports_imports_and_removes_sets(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(window, qtbot)
    dialog.load_tagset(COLOURS, editing=None)
    with qtbot.waitSignal(dialog.sets_changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.set_names() == ["Colours"] and dialog.editing == "Colours" and not dialog.dirty
    qtbot.waitUntil(lambda: window.sidebar.item_of("tagset", "Colours") is not None, timeout=TIMEOUT)
    assert "(not applied)" in window.sidebar.item_of("tagset", "Colours").text(0)

    out = tmp_path / "colours.json"
    dialog.export_path(str(out))
    assert out.exists() and '"Colours"' in out.read_text()
    text = out.read_text().replace('"Colours"', '"Hues"')
    (tmp_path / "hues.json").write_text(text)
    with qtbot.waitSignal(dialog.sets_changed, timeout=TIMEOUT):
        dialog.import_path(str(tmp_path / "hues.json"))
    assert dialog.set_names() == ["Colours", "Hues"] and dialog.editing == "Hues"
    assert [dialog.editor.tags_table.item(r, 0).text() for r in range(dialog.editor.tags_table.rowCount())] == ["red", "green", "blue"]
    assert dialog.editor.tags_table.item(1, 1).text() == "a green photo; grass"

    # A broken file is refused with its line and reason.
    (tmp_path / "broken.toml").write_text('name = "Broken"\nmode = "sometimes"\ntags = ["a", "b"]\n')
    dialog.import_path(str(tmp_path / "broken.toml"))
    assert "line 2" in dialog.message.text() and dialog.set_names() == ["Colours", "Hues"]

    # An invalid edit is refused with the row it is on.
    dialog.editor.tags_table.item(2, 0).setText("red")
    dialog.save(apply=False)
    assert dialog.message.text().startswith("Tag 3:")
    dialog.editor.tags_table.item(2, 0).setText("blue")

    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.StandardButton.Yes
    original = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *a, **k: answer)  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(dialog.sets_changed, timeout=TIMEOUT):
            dialog.remove_set()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    assert dialog.set_names() == ["Colours"]
    qtbot.waitUntil(lambda: {a.tagset for a in window.albums()} == {"Colours"}, timeout=TIMEOUT)


def test_confirm_in_the_photo_view_survives_a_reapply(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    apply_colours(window, qtbot)
    window.show_browse()
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=TIMEOUT)
    with qtbot.waitSignal(window.photo_tags_shown, timeout=TIMEOUT):
        window.open_photo(0)
    photo_id = window.photo_view.record.id
    panel = window.photo_view.tags_panel
    assert len(panel.rows) == 1
    (auto_tag,) = panel.rows
    assert panel.rows[auto_tag].confirm_button.isEnabled() and not panel.rows[auto_tag].clear_button.isEnabled()
    # Put the photo in another colour by hand: in an exclusive set the automatic one goes.
    assert panel.add_combo.count() == 2
    other = panel.add_combo.itemData(0)
    with qtbot.waitSignal(window.photo_tags_shown, timeout=TIMEOUT):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert list(panel.rows) == [other]
    row = panel.rows[other]
    assert not row.confirm_button.isEnabled() and row.clear_button.isEnabled() and "Confirmed" in row.state_label.text()

    with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT):
        window.service.apply_tags()
    tags = window.library.tags.photo_tags(photo_id)
    assert [(t.tag_id, t.source, t.assigned) for t in tags] == [(other, "manual", True)]
    qtbot.waitUntil(lambda: sum(a.count for a in window.albums()) == 12, timeout=TIMEOUT)

    # Reject it: the photo leaves the album for good, and the row says so.
    with qtbot.waitSignal(window.photo_tags_shown, timeout=TIMEOUT):
        qtbot.mouseClick(panel.rows[other].reject_button, Qt.MouseButton.LeftButton)
    assert "Rejected" in panel.rows[other].state_label.text()
    assert photo_id not in album_ids(window, other)


def test_new_photos_indexed_by_the_service_are_filed_into_albums(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    apply_colours(window, qtbot)
    album = window.albums()[0]
    click_album(window, qtbot, album.tag_id)
    extra = tmp_path / "more"
    for i in range(6):
        write_photo(extra / f"new_{i}.png", seed=300 + i, fmt="PNG")
    with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT) as blocker:
        window.add_folder(str(extra))
    assert blocker.args[0].embedded == 6  # the indexing summary, not the tag job's
    qtbot.waitUntil(lambda: sum(a.count for a in window.albums()) == 18, timeout=TIMEOUT)
    for a in window.albums():
        item = window.album_item(a.tag_id)
        assert (item is None) if a.count == 0 else item.text(0) == f"{a.label}  ({a.count})"
    # The album on show follows.
    shown = next(a for a in window.albums() if a.tag_id == album.tag_id)
    qtbot.waitUntil(lambda: window.model.rowCount() == shown.count, timeout=TIMEOUT)
    assert grid_ids(window) == album_ids(window, album.tag_id)
