"""The sidebar and the menus in the real main window: the folder tree, albums of the user's own, favourites, shortcuts.

The library is scanned but not indexed: browsing, albums and favourites need no model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton

from photoclip.gui.main_window import MainWindow
from tests.conftest import write_photo
from tests.gui.test_grid import render_cell, scanned_window

TIMEOUT = 30_000


@pytest.fixture
def window(qtbot, home: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    root = tmp_path / "Pictures"
    for i, rel in enumerate(["a.jpg", "b.jpg", "2019/Summer/c.jpg", "2019/Summer/d.jpg", "2019/Winter/e.jpg", "Phone/Camera/f.jpg"]):
        write_photo(root / rel, seed=i)
    win = scanned_window(qtbot, home, root)
    qtbot.waitUntil(lambda: win.model.rowCount() == 6, timeout=TIMEOUT)
    yield win
    win.close()
    win.library.close()


def names_in_grid(window: MainWindow) -> list[str]:
    return sorted(Path(window.model.item(r).record.path).name for r in range(window.model.rowCount()))


def click(qtbot, window: MainWindow, kind: str, value: object) -> None:  # type: ignore[no-untyped-def]
    item = window.sidebar.item_of(kind, value)
    assert item is not None, (kind, value)
    window.sidebar.scrollToItem(item)
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=window.sidebar.visualItemRect(item).center())


def select(window: MainWindow, names: list[str]) -> list[int]:
    ids = []
    window.grid.selectionModel().clearSelection()
    for row in range(window.model.rowCount()):
        record = window.model.item(row).record
        if Path(record.path).name in names:
            window.grid.selectionModel().select(window.model.index(row), QItemSelectionModel.SelectionFlag.Select)
            ids.append(record.id)
    return ids


def test_every_subfolder_is_in_the_tree_with_counts_and_opens_its_photos(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "Pictures"
    summer = window.sidebar.item_of("folder", str(root / "2019" / "Summer"))
    assert summer is not None and summer.text(0) == "Summer  (2)"
    assert summer.parent().text(0) == "2019  (3)" and summer.parent().parent().text(0) == "Pictures  (6)"
    click(qtbot, window, "folder", str(root / "2019" / "Summer"))
    assert names_in_grid(window) == ["c.jpg", "d.jpg"]
    click(qtbot, window, "folder", str(root / "2019"))
    assert names_in_grid(window) == ["c.jpg", "d.jpg", "e.jpg"]
    click(qtbot, window, "all", None)
    assert len(names_in_grid(window)) == 6


def test_an_album_is_made_from_the_selection_filled_by_a_drop_and_emptied_from_its_menu(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    # The user types the name in the dialog (a static, modal Qt dialog: answered here).
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Summer trip", True))
    select(window, ["a.jpg"])
    menu = window.grid_actions.build_menu()
    add_to = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == "Add to album")
    assert isinstance(add_to, QMenu)
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        next(a for a in add_to.actions() if a.text() == "New album…").trigger()
    album = window.library.albums.find("Summer trip")
    assert album.count == 1
    item = window.sidebar.item_of("user-album", album.id)
    assert item is not None and item.text(0) == "Summer trip  (1)"

    # Two more photos dragged from the grid onto the album in the sidebar.
    ids = select(window, ["c.jpg", "e.jpg"])
    mime = window.model.mimeData([window.model.index(window.model.row_of(i)) for i in ids])
    assert mime.urls()  # a file manager still gets the files
    window.sidebar.scrollToItem(item)
    drop = QDropEvent(
        QPointF(window.sidebar.visualItemRect(item).center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        window.sidebar.dropEvent(drop)
    assert window.sidebar.item_of("user-album", album.id).text(0) == "Summer trip  (3)"
    click(qtbot, window, "user-album", album.id)
    assert names_in_grid(window) == ["a.jpg", "c.jpg", "e.jpg"]
    assert window.search_field.placeholderText() == "Search in “Summer trip”…"

    # Inside the album, its photo menu takes photos out (never out of the library).
    select(window, ["c.jpg"])
    menu = window.grid_actions.build_menu()
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        next(a for a in menu.actions() if a.text() == "Remove from “Summer trip”").trigger()
    assert names_in_grid(window) == ["a.jpg", "e.jpg"]
    assert len(window.library.browse()) == 6


def test_favourites_with_the_period_key_shown_and_taken_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = select(window, ["b.jpg", "f.jpg"])
    row = window.model.row_of(ids[0])
    assert row is not None
    render_cell(window, row, 160)  # asks for the thumbnail
    qtbot.waitUntil(lambda: window.model.has_thumbnail(ids[0]), timeout=TIMEOUT)
    plain = render_cell(window, row, 160)
    window.grid.setFocus()
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        qtbot.keyClick(window.grid, Qt.Key.Key_Period)
    assert window.sidebar.item_of("favourites", None).text(0) == "♥ Favourites  (2)"
    # The cell now carries a heart in its bottom-left corner, and nothing else changed.
    marked = render_cell(window, row, 160)
    changed = [(x, y) for x in range(0, 160, 2) for y in range(0, 160, 2) if marked.pixel(x, y) != plain.pixel(x, y)]
    assert changed and all(x < 60 and y > 100 for x, y in changed)
    click(qtbot, window, "favourites", None)
    assert names_in_grid(window) == ["b.jpg", "f.jpg"]
    # Both are favourites now: the key takes them out again, and the view follows.
    select(window, ["b.jpg", "f.jpg"])
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        qtbot.keyClick(window.grid, Qt.Key.Key_Period)
    assert names_in_grid(window) == [] and "No favourites yet" in window.empty_label.text()


def test_the_menu_bar_lists_the_actions_and_help_lists_every_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Library", "&Help"]
    dialog = window.menu_bar.show_shortcuts()
    table = next(w for w in dialog.children() if w.metaObject().className() == "QTableWidget")
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Select all"] == "Ctrl+A" and rows["Find…"] == "Ctrl+F"
    assert rows["Add to or remove from Favourites"] == "."
    assert rows["Undo moving duplicates"] == "Ctrl+Z"
    assert rows["Larger thumbnails"].startswith("Ctrl+")
    assert rows["Previous / next photo"].startswith("Left / Right")  # the photo view's own keys too
    dialog.close()


def test_a_search_during_the_first_index_says_how_many_photos_it_cannot_see_yet(qtbot, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from photoclip.core.indexing.pipeline import scan_changes

    first, later = tmp_path / "first", tmp_path / "later"
    for i in range(3):
        write_photo(first / f"p{i}.jpg", seed=i)
        write_photo(later / f"q{i}.jpg", seed=10 + i)
    win = scanned_window(qtbot, home, first)
    try:
        lib = win.library
        lib.use_model("test-tiny")
        for _ in lib.index():  # the first three are embedded...
            pass
        lib.add_folder(later)
        for _ in scan_changes(lib.catalog):  # ...the next three only scanned, as in a first index
            pass
        win.search_field.setText("a photo")
        win._busy = True  # what the service's "running" state sets while it indexes
        with qtbot.waitSignal(win.results_shown, timeout=TIMEOUT):
            win.run_search()
        win.search_flow.show_more()  # test-tiny's random vectors match nothing well: the rest, on request
        assert win.model.rowCount() == 3
        assert win.status_label.text().endswith("; 3 photos are not indexed yet")
    finally:
        win.close()
        win.library.close()


def test_a_bar_for_several_selected_photos_marks_them_all_and_deselects(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.grid_actions
    select(window, ["a.jpg"])
    assert not bar.selection_bar.isVisible()  # one photo: the grid's own selection, no bar
    select(window, ["a.jpg", "c.jpg", "f.jpg"])
    assert bar.selection_bar.isVisible() and bar.selection_label.text() == "3 photos selected"
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        qtbot.mouseClick(bar.favourite_button, Qt.MouseButton.LeftButton)
    assert len(window.favourites) == 3
    qtbot.mouseClick(next(b for b in bar.selection_bar.findChildren(QPushButton) if b.text() == "Deselect"), Qt.MouseButton.LeftButton)
    assert not bar.selection_bar.isVisible() and len(bar.selected()) == 1


def test_the_heart_under_an_open_photo_marks_it_and_follows_the_period_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_photo(0)
    view = window.photo_view
    assert view.record is not None and not view.favourite_button.isChecked() and view.favourite_button.text() == "♡"
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        qtbot.mouseClick(view.favourite_button, Qt.MouseButton.LeftButton)
    assert window.favourites == {view.record.id} and view.favourite_button.text() == "♥"
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        window.toggle_favourite()  # the period key, with the photo view open
    assert window.favourites == set() and not view.favourite_button.isChecked()


def test_an_open_photo_goes_into_an_album_from_its_add_to_album_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    album = window.library.albums.create("Keepers")
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        window.refresh_albums()
    window.open_photo(0)
    view = window.photo_view
    assert view.record is not None and view.album_button.isVisible()
    menu = view.album_button.menu()
    menu.aboutToShow.emit()  # what opening the menu does
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["Keepers", "New album…"]
    with qtbot.waitSignal(window.albums_refreshed, timeout=TIMEOUT):
        next(a for a in menu.actions() if a.text() == "Keepers").trigger()
    assert window.library.albums.get(album.id).count == 1
    assert window.sidebar.item_of("user-album", album.id).text(0) == "Keepers  (1)"


def test_the_date_button_says_which_dates_are_shown_and_filters_by_them(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.filter_bar
    assert bar.dates_button.text() == "Any date"
    bar.from_date.setDate(bar.from_date.date().addYears(50))  # after every photo
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        bar.from_check.setChecked(True)
    assert bar.dates_button.text() == "From " + bar.from_date.date().toString("yyyy-MM-dd")
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT):
        bar.from_check.setChecked(False)
    assert window.model.rowCount() == 6 and bar.dates_button.text() == "Any date"
