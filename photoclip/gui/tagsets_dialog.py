"""The tag set editor: sets of tags that file photos into albums, with a heat-map preview.

On the left, the library's tag sets (new ones, the built-in starters, files
imported or exported as TOML or JSON). On the right, the set being edited:
its name, mode, thresholds and tags. Below, **Preview** scores a sample of the
library against the set as it stands in the editor (saved or not) and shows
a photos x tags heat map, like the similarity table of CLIP's notebooks:
colour is the score, a framed cell is a tag an apply would give. Changing a
threshold re-marks the cells at once (no model involved); changing labels,
prompts or the mode needs another Preview.

**Apply** saves the set and queues a tags job on the core's service, whose
progress shows in the main window's status bar. Saving, removing and
importing a set are ``Library``'s *short writes* (one catalog transaction
each, no model: see ``core/indexing/service.py``) and run as pool calls, so
they need not queue behind the service's long jobs. Filing photos, which
writes many rows, is the service's.

This module is the window: the list of sets, import and export, save, apply
and remove. The form is ``tagset_editor.py``, the heat map ``tagset_preview.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.library import Library
from photoclip.core.storage.records import PhotoRecord
from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, MODE_MULTI, TagSet
from photoclip.core.tagsets.files import TagSetFileError, load_tagset_file, save_tagset_file
from photoclip.core.tagsets.records import TagSetInfo
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.tagset_editor import TagSetEditor
from photoclip.gui.tagset_preview import TagSetPreview
from photoclip.gui.workers import Submit


class TagSetsDialog(QDialog):
    """Create, edit, preview, apply, import, export and remove tag sets.

    Args:
        library: The open library.
        service: The core's IndexService, or None for a read-only library (then sets can be previewed, not changed).
        submit: Runs a function off the GUI thread: ``submit(fn, on_done, on_failed=None)`` (the main window's).
        selection: Gives the photos selected in the grid, which the preview can score instead of a sample.
    """

    # Sets were saved, added or removed: the albums should be reloaded.
    sets_changed = Signal()
    # A set was saved and a tags job queued for it (its name).
    applied = Signal(str)
    # The heat map was filled.
    preview_ready = Signal()
    # The list of sets was reloaded.
    sets_loaded = Signal()

    def __init__(
        self, library: Library, service: Any, submit: Submit, parent: QWidget | None = None, selection: Callable[[], Sequence[PhotoRecord]] | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.service = service
        self._submit = submit
        self._selection = selection
        self.editing: str | None = None  # the stored set being edited; None: a new one
        self.infos: list[TagSetInfo] = []
        self.setWindowTitle(self.tr("Tag sets"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._build()
        self.resize(1180, 820)
        self.reload_sets()
        self.new_set()

    # ----------------------------------------------------------------- build
    def _build(self) -> None:
        writable = self.service is not None

        # Left: the library's sets.
        self.sets_list = QListWidget()
        self.sets_list.currentItemChanged.connect(self._set_picked)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self._new_clicked)
        self.builtin_button = QToolButton()
        self.builtin_button.setText(self.tr("Add built-in"))
        self.builtin_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.builtin_menu = QMenu(self)
        for key, ts in sorted(self.library.tags.builtins().items(), key=lambda kv: tag_names.set_name(kv[1].name).casefold()):
            action = self.builtin_menu.addAction(self.tr("{0} (%Ln tags)", "", len(ts.tags)).format(tag_names.set_name(ts.name)))
            action.setToolTip(tag_names.set_description(ts.name, ts.description))
            action.triggered.connect(lambda _=False, k=key: self.add_builtin(k))
        self.builtin_button.setMenu(self.builtin_menu)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_set)
        for b in (self.new_button, self.builtin_button, self.import_button, self.remove_button):
            b.setEnabled(writable)
        self.builtin_button.setSizePolicy(self.new_button.sizePolicy())
        left_buttons = QVBoxLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.new_button)
        row1.addWidget(self.builtin_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.import_button)
        row2.addWidget(self.export_button)
        left_buttons.addLayout(row1)
        left_buttons.addLayout(row2)
        left_buttons.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Tag sets in this library")))
        left_layout.addWidget(self.sets_list, 1)
        left_layout.addLayout(left_buttons)

        # Right, top: the set being edited; below, the preview heat map.
        self.editor = TagSetEditor(self)
        self.preview = TagSetPreview(self.library, self._submit, self.editor.current_tagset, self, self._selection)
        self.preview.show_combo.setVisible(self.editor.mode_combo.currentData() == MODE_EXCLUSIVE)
        self.editor.edited.connect(self.preview.mark_stale)
        self.editor.thresholds_edited.connect(self.preview.thresholds_edited)
        self.editor.exclusive_changed.connect(self.preview.show_combo.setVisible)
        self.preview.failed.connect(lambda message: self._show_message(message, error=True))
        self.preview.ready.connect(self.preview_ready)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.editor)
        right.addWidget(self.preview)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setSizes([330, 420])

        main = QSplitter()
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setSizes([250, 930])

        # Bottom: save, apply, close.
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Store the set without filing photos yet"))
        self.save_button.clicked.connect(lambda: self.save(apply=False))
        self.apply_button = QPushButton(self.tr("Apply to library"))
        self.apply_button.setToolTip(self.tr("Store the set and file every photo into its albums (in the background)"))
        self.apply_button.clicked.connect(lambda: self.save(apply=True))
        self.apply_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for b in (self.save_button, self.apply_button):
            b.setEnabled(writable)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.close_button)
        if not writable:
            self.message.setText(self.tr("This library is open read-only: sets can be previewed, not changed."))

        layout = QVBoxLayout(self)
        layout.addWidget(main, 1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------- the list
    def reload_sets(self, select: str | None = None) -> None:
        """Reload the list of stored sets (and pick ``select`` when given)."""
        self.infos = self.library.tags.sets()
        self.sets_list.blockSignals(True)
        self.sets_list.clear()
        for info in self.infos:
            if info.applied_model is None:
                state = self.tr("not applied yet")
            elif not info.up_to_date:
                state = self.tr("changed since applied")
            else:
                state = self.tr("applied")
            shown = tag_names.set_name(info.name)
            item = QListWidgetItem(self.tr("{0}\n%Ln tags, {1}", "", info.tag_count).format(shown, state))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(tag_names.set_description(info.name, info.description) or shown)
            self.sets_list.addItem(item)
        current = select or self.editing
        for row in range(self.sets_list.count()):
            if current is not None and self.sets_list.item(row).data(Qt.ItemDataRole.UserRole).casefold() == current.casefold():
                self.sets_list.setCurrentRow(row)
        self.sets_list.blockSignals(False)
        self.remove_button.setEnabled(self.service is not None and self.editing is not None)
        self.sets_loaded.emit()

    def set_names(self) -> list[str]:
        return [info.name for info in self.infos]

    def _set_picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        if self.editing is not None and name.casefold() == self.editing.casefold():
            return
        if not self._confirm_discard():
            self.sets_list.blockSignals(True)
            if previous is not None:
                self.sets_list.setCurrentItem(previous)
            else:
                self.sets_list.setCurrentRow(-1)  # there was no set picked (a new one)
            self.sets_list.blockSignals(False)
            return
        self.edit_set(name)

    def edit_set(self, name: str) -> None:
        """Load a stored set into the editor."""
        try:
            tagset = self.library.tags.get(name)
        except PhotoclipError as exc:
            self._show_message(str(exc), error=True)
            return
        self.load_tagset(tagset, editing=tagset.name)
        self.reload_sets(select=tagset.name)

    def _new_clicked(self) -> None:
        if self._confirm_discard():
            self.new_set()

    def new_set(self) -> None:
        """An empty set in the editor (stored on Save or Apply)."""
        taken = {n.casefold() for n in self.set_names()}
        name, n = self.tr("New tag set"), 2
        base = name
        while name.casefold() in taken:
            name = f"{base} {n}"
            n += 1
        blank = TagSet(name=name, tags=(), mode=MODE_MULTI)
        self.load_tagset(blank, editing=None)
        for _ in range(2):
            self.editor.add_tag_row()
        self.dirty = False
        self.sets_list.blockSignals(True)
        self.sets_list.clearSelection()
        self.sets_list.setCurrentRow(-1)
        self.sets_list.blockSignals(False)
        self.remove_button.setEnabled(False)
        self.editor.name_edit.setFocus()
        self.editor.name_edit.selectAll()

    def load_tagset(self, tagset: TagSet, editing: str | None) -> None:
        """Put a set in the editor."""
        self.editing = editing
        self.editor.load_tagset(tagset)
        self.preview.reset()
        self._show_message("")

    @property
    def dirty(self) -> bool:
        """Whether the editor holds changes that are not saved."""
        return self.editor.dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self.editor.dirty = value

    def current_tagset(self) -> TagSet:
        """The set as it stands in the editor.

        Raises:
            PhotoclipError: It is not a valid set (the message says where and why).
        """
        return self.editor.current_tagset()

    # ------------------------------------------------------------ save, apply
    def save(self, apply: bool = False) -> None:
        """Store the set in the editor (a rename keeps its albums); with ``apply``, also file the library's photos."""
        if self.service is None:
            return
        try:
            tagset = self.current_tagset()
        except PhotoclipError as exc:
            self._show_message(str(exc), error=True)
            return
        previous = self.editing
        taken = {n.casefold() for n in self.set_names()}
        if tagset.name.casefold() in taken and (previous is None or previous.casefold() != tagset.name.casefold()):
            self._show_message(self.tr("A tag set named “{0}” exists already: choose another name.").format(tagset.name), error=True)
            return
        library = self.library
        self.save_button.setEnabled(False)
        self.apply_button.setEnabled(False)

        def work() -> TagSetInfo:
            # A short write, safe beside the service's work (see the module docstring).
            return library.tags.save(tagset, previous_name=previous)

        def done(info: TagSetInfo) -> None:
            self.save_button.setEnabled(True)
            self.apply_button.setEnabled(True)
            self.editing = info.name
            self.dirty = False
            if apply:
                self.service.apply_tags([info.name])
                self._show_message(
                    self.tr("Saved. Filing your photos into the albums of “{0}”: see the status bar.").format(tag_names.set_name(info.name))
                )
                self.applied.emit(info.name)
            else:
                self._show_message(self.tr("Saved “{0}”. Apply it to file your photos into its albums.").format(tag_names.set_name(info.name)))
            self.reload_sets(select=info.name)
            self.sets_changed.emit()

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.apply_button.setEnabled(True)
            self._show_message(message, error=True)

        self._submit(work, done, failed)

    def remove_set(self) -> None:
        name = self.editing
        if name is None or self.service is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove tag set"),
            self.tr("Remove “{0}” and its albums? Your confirmations and rejections in them are removed too. Your photos stay.").format(
                tag_names.set_name(name)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        library = self.library

        def done(_result: object) -> None:
            self._show_message(self.tr("Removed “{0}”.").format(tag_names.set_name(name)))
            self.editing = None
            self.reload_sets()
            self.new_set()
            self.sets_changed.emit()

        self._submit(lambda: library.tags.remove(name), done, lambda message: self._show_message(message, error=True))

    def add_builtin(self, key: str) -> None:
        """Add one of the starter sets (asking before it replaces a set of the same name)."""
        if self.service is None or not self._confirm_discard():
            return
        tagset = self.library.tags.builtins()[key]
        replace = self._ask_replace(tagset, self.tr("Add built-in set"), self.tr("Replace your tag set “{0}” with the built-in one?"))
        if replace is not None:
            self._store_new(tagset, replace, self.tr("Added “{0}”. Preview it, adjust it, then apply it."))

    def import_file(self) -> None:
        """Read a tag set from a TOML or JSON file."""
        if self.service is None or not self._confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a tag set"), str(Path.home()), self.tr("Tag sets (*.toml *.json)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        try:
            tagset = load_tagset_file(path)
        except TagSetFileError as exc:
            self._show_message(self.tr("Cannot import {0}").format(core_text(str(exc))), error=True)
            return
        except PhotoclipError as exc:
            self._show_message(str(exc), error=True)
            return
        replace = self._ask_replace(tagset, self.tr("Import a tag set"), self.tr("Replace your tag set “{0}” with the one in the file?"))
        if replace is not None:
            self._store_new(tagset, replace, self.tr("Imported “{0}”. Preview it, then apply it."))

    def _ask_replace(self, tagset: TagSet, title: str, question: str) -> bool | None:
        """Whether storing ``tagset`` replaces a set of the same name: False (no such set), True (the user agreed), None (declined)."""
        if tagset.name.casefold() not in {n.casefold() for n in self.set_names()}:
            return False
        answer = QMessageBox.question(self, title, question.format(tag_names.set_name(tagset.name)))
        return True if answer == QMessageBox.StandardButton.Yes else None

    def _store_new(self, tagset: TagSet, replace: bool, message: str) -> None:
        library = self.library

        def done(info: TagSetInfo) -> None:
            self.editing = None
            self.reload_sets()
            self.edit_set(info.name)
            self._show_message(message.format(tag_names.set_name(info.name)))
            self.sets_changed.emit()

        self._submit(lambda: library.tags.save(tagset, replace=replace), done, lambda m: self._show_message(m, error=True))

    def export_file(self) -> None:
        """Write the set in the editor to a TOML or JSON file."""
        try:
            tagset = self.current_tagset()
        except PhotoclipError as exc:
            self._show_message(str(exc), error=True)
            return
        toml_filter, json_filter = self.tr("TOML (*.toml)"), self.tr("JSON (*.json)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the tag set"), str(Path.home() / f"{tagset.name}.toml"), f"{toml_filter};;{json_filter}"
        )
        if path:
            if Path(path).suffix.lower() not in (".toml", ".json"):
                path += ".json" if chosen == json_filter else ".toml"
            self.export_path(path)

    def export_path(self, path: str) -> None:
        try:
            written = save_tagset_file(self.current_tagset(), path)
        except PhotoclipError as exc:
            self._show_message(str(exc), error=True)
            return
        self._show_message(self.tr("Exported to {0}").format(str(written)))

    # ------------------------------------------------------------------ misc
    def _confirm_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes to “{0}”?").format(tag_names.set_name(self.editor.name_edit.text()) or self.tr("the new set")),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(core_text(text) if error else text)  # errors may be the core's (English) messages
        self.message.setStyleSheet("color: #c03030;" if error else "")

    def closeEvent(self, event: Any) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        self.dirty = False
        self.preview.loader.clear()
        super().closeEvent(event)
