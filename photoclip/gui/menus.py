"""The main window's menu bar (File, Edit, View, Library, Help) and the keyboard shortcuts list.

Every action the window offers is here with its shortcut, so a user finds it
and learns its key in one place, as in any desktop app. The menus reuse the
actions the window's parts already own (the grid's Select all, the view
options, the zoom keys), so each shortcut is defined once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from photoclip import __version__
from photoclip.gui.explore_view import ExploreView
from photoclip.gui.i18n import QT_TRANSLATE_NOOP
from photoclip.gui.xmp_export import XmpExport

if TYPE_CHECKING:  # only for the type of the window the menus serve
    from photoclip.gui.main_window import MainWindow

# Keys that act inside the photo view, which are not menu actions (they move, zoom and pan the photo on show).
VIEWER_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MenuBar", "Left / Right, Page Up / Page Down, mouse wheel"), QT_TRANSLATE_NOOP("MenuBar", "Previous / next photo")),
    (QT_TRANSLATE_NOOP("MenuBar", "Home / End"), QT_TRANSLATE_NOOP("MenuBar", "First / last photo")),
    ("1", QT_TRANSLATE_NOOP("MenuBar", "Actual size (100 %)")),
    ("0", QT_TRANSLATE_NOOP("MenuBar", "Fit the photo to the window")),
    (QT_TRANSLATE_NOOP("MenuBar", "Ctrl+mouse wheel"), QT_TRANSLATE_NOOP("MenuBar", "Zoom around the pointer")),
    ("F, F11", QT_TRANSLATE_NOOP("MenuBar", "Full screen")),
    ("S", QT_TRANSLATE_NOOP("MenuBar", "Slideshow")),
    (QT_TRANSLATE_NOOP("MenuBar", "Space"), QT_TRANSLATE_NOOP("MenuBar", "Quick look from the grid")),
    ("Esc", QT_TRANSLATE_NOOP("MenuBar", "Leave full screen, then go back to the grid")),
)


def _action(window: QWidget, text: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # the shortcut works with the menu bar closed too
    return action


class MenuBar(QObject):
    """Gives the window its menu bar; actions other code toggles are kept on the window.

    Args:
        window: The main window (its parts own most of the actions).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()

        file = bar.addMenu(self.tr("&File"))
        file.addAction(_action(window, self.tr("Add a folder…"), window.choose_folder, QKeySequence.StandardKey.Open))
        copy = _action(window, self.tr("Copy selected photos to a folder…"), lambda: window.grid_actions.choose_copy_folder(window.grid_actions.selected()))
        file.addAction(copy)
        file.addSeparator()
        file.addAction(_action(window, self.tr("Quit"), window.close, QKeySequence.StandardKey.Quit))

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(window.duplicates_view.undo_action)
        window.addAction(window.duplicates_view.undo_action)  # the key works with the menu bar closed too
        edit.addSeparator()
        edit.addAction(window.grid_actions.select_all_action)
        edit.addAction(_action(window, self.tr("Find…"), window.focus_search, QKeySequence.StandardKey.Find))
        edit.addSeparator()
        edit.addAction(_action(window, self.tr("Add to or remove from Favourites"), window.toggle_favourite, "."))
        edit.addSeparator()
        edit.addAction(_action(window, self.tr("Settings…"), window.open_settings, QKeySequence.StandardKey.Preferences))

        view = bar.addMenu(self.tr("&View"))
        controls = window.grid_controls
        view.addActions([controls.zoom_in_action, controls.zoom_out_action, controls.zoom_reset_action])
        view.addSeparator()
        view.addActions(controls.menu.actions())
        view.addSeparator()
        window.show_empty_albums_action = QAction(self.tr("Show empty albums"), window)
        window.show_empty_albums_action.setCheckable(True)
        window.sidebar.show_empty_albums = bool(window.state.value("sidebar/show_empty_albums", False, type=bool))
        window.show_empty_albums_action.setChecked(window.sidebar.show_empty_albums)
        window.show_empty_albums_action.toggled.connect(self.show_empty_albums)
        view.addAction(window.show_empty_albums_action)
        view.addSeparator()
        window.explore = ExploreView(window)  # the Explore page, made with its menu item as the window's other actions are
        view.addAction(_action(window, self.tr("Map of your photos"), window.explore.open, "Ctrl+M"))

        library = bar.addMenu(self.tr("&Library"))
        library.addAction(_action(window, self.tr("Look for new photos now"), window.start_indexing, QKeySequence.StandardKey.Refresh))
        library.addAction(_action(window, self.tr("Pause or resume indexing"), window.toggle_pause))
        library.addSeparator()
        library.addAction(window.album_actions.new_album_action)
        library.addAction(_action(window, self.tr("Tag sets…"), window.open_tagsets))
        library.addAction(_action(window, self.tr("Personalize…"), window.open_personalize))
        library.addAction(_action(window, self.tr("Duplicates"), window.duplicates_view.open_view))
        self.xmp_export = XmpExport(window)
        library.addAction(_action(window, self.tr("Write albums to XMP sidecars…"), self.xmp_export.ask))
        library.addSeparator()
        library.addAction(_action(window, self.tr("Set up a model…"), window.set_up_model))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(_action(window, self.tr("Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(_action(window, self.tr("About photoclip"), self.show_about))

    def show_empty_albums(self, show: bool) -> None:
        """View › Show empty albums: the tag-set albums no photo was filed into, shown or hidden (remembered)."""
        self.window.state.setValue("sidebar/show_empty_albums", show)
        self.window.sidebar.set_show_empty_albums(show)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every menu action that has a key, then the photo view's keys: (keys, what they do), as the user reads them."""
        rows: list[tuple[str, str]] = []
        for menu in self.window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                row = (keys, action.text().replace("&", ""))
                if keys and row not in rows:
                    rows.append(row)
        rows += [(QCoreApplication.translate("MenuBar", keys), QCoreApplication.translate("MenuBar", text)) for keys, text in VIEWER_KEYS]
        return rows

    def show_shortcuts(self) -> QDialog:
        """Help › Keyboard shortcuts: a table of every key the app answers to."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(620, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        """Help › About photoclip."""
        text = self.tr("photoclip {0}\n\nAn offline photo organizer that understands what is in a picture. Your photos never leave this computer.")
        QMessageBox.about(self.window, self.tr("About photoclip"), text.format(__version__))
