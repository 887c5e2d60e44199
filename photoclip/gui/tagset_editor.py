"""The tag set editor's form: a set's name, mode, thresholds, prompt templates and tags.

The form only edits: it turns what the user typed into a core
:class:`~photoclip.core.tagsets.definition.TagSet` (or says where it is not
valid) and tells the dialog what changed, so that a preview can be marked out
of date or re-marked for new thresholds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.tagsets.definition import (
    DEFAULT_MIN_PROBABILITY,
    DEFAULT_THRESHOLD,
    MODE_EXCLUSIVE,
    MODE_MULTI,
    SchemaError,
    TagSet,
    tagset_from_mapping,
)
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.i18n import num

SHOWN_COLUMN = 3  # the tags table's read-only "Shown as" column (built-in labels in the UI language)


def _decimal_locale() -> QLocale:
    """The UI's locale for reading a threshold: its decimal mark, and no thousands separators (English "0,250" is not 250)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.RejectGroupSeparator)
    return locale


class TagSetEditor(QGroupBox):
    """The set being edited.

    Args:
        parent: The tag set editor's window.
    """

    # Labels, prompts, the mode, the templates or the name changed: a preview of the set may be out of date.
    edited = Signal()
    # A threshold changed: a preview of the same tags is re-marked.
    thresholds_edited = Signal()
    # The mode changed: True for an exclusive set (whose preview can show probabilities or similarities).
    exclusive_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tag set"))
        self.dirty = False  # changed since it was loaded or saved
        self._loading = False
        self._templates: str | tuple[str, ...] = "simple"
        self._description = ""
        self._mode_values = {MODE_EXCLUSIVE: DEFAULT_MIN_PROBABILITY, MODE_MULTI: DEFAULT_THRESHOLD}
        self._row_of: list[int] = []  # tag index -> table row, for messages (see current_tagset)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Scenes"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Exclusive: at most one tag per photo"), MODE_EXCLUSIVE)
        self.mode_combo.addItem(self.tr("Multi-label: any number of tags per photo"), MODE_MULTI)
        self.threshold_label = QLabel()
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setDecimals(3)
        self.threshold_spin.setSingleStep(0.01)
        self.min_cosine_check = QCheckBox(self.tr("and a similarity of at least"))
        self.min_cosine_spin = QDoubleSpinBox()
        self.min_cosine_spin.setDecimals(3)
        self.min_cosine_spin.setSingleStep(0.01)
        self.min_cosine_spin.setRange(-1.0, 1.0)
        self.min_cosine_spin.setValue(0.2)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_spin)
        threshold_row.addWidget(self.min_cosine_check)
        threshold_row.addWidget(self.min_cosine_spin)
        threshold_row.addStretch(1)
        self.templates_combo = QComboBox()
        self.templates_combo.addItem(self.tr("7 photo templates (“a photo of the large …”)"), "simple")
        self.templates_combo.addItem(self.tr("80 templates from CLIP's ImageNet recipe"), "openai")
        self.templates_combo.addItem(self.tr("The label alone"), "label")
        self.templates_combo.setToolTip(self.tr("The texts made from a tag's label when the tag has no prompts of its own"))
        # A built-in set keeps its English name and labels (the labels are what
        # CLIP reads): the editor shows them as stored, and how they are shown.
        self.shown_name_label = QLabel()
        self.shown_name_label.setStyleSheet("color: gray;")
        self.shown_name_label.setToolTip(self.tr("A built-in set's name as photoclip shows it in your language"))
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.shown_name_label)
        form = QFormLayout()
        form.addRow(self.tr("Name"), name_row)
        form.addRow(self.tr("Mode"), self.mode_combo)
        form.addRow(self.threshold_label, threshold_row)
        form.addRow(self.tr("Prompts"), self.templates_combo)

        self.tags_table = QTableWidget(0, 4)
        headers = (
            (self.tr("Label"), self.tr("The album's name, and the text CLIP reads (put into the templates) when the tag has no prompts")),
            (
                self.tr("Prompts (separated by ;)"),
                self.tr("Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label."),
            ),
            (self.tr("Threshold"), self.tr("This tag's own threshold. Empty: the set's.")),
            (self.tr("Shown as"), self.tr("How photoclip names a built-in album in your language; CLIP still reads the label")),
        )
        for col, (text, tip) in enumerate(headers):
            header_item = QTableWidgetItem(text)
            header_item.setToolTip(tip)
            self.tags_table.setHorizontalHeaderItem(col, header_item)
        header = self.tags_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHOWN_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tags_table.setColumnWidth(0, 160)
        self.tags_table.setColumnHidden(SHOWN_COLUMN, True)
        self.tags_table.verticalHeader().setVisible(False)
        self.tags_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_tag_button = QPushButton(self.tr("Add tag"))
        self.add_tag_button.clicked.connect(self.add_tag_row)
        self.remove_tag_button = QPushButton(self.tr("Remove tag"))
        self.remove_tag_button.clicked.connect(self.remove_tag_rows)
        tag_buttons = QHBoxLayout()
        tag_buttons.addWidget(self.add_tag_button)
        tag_buttons.addWidget(self.remove_tag_button)
        tag_buttons.addStretch(1)


        editor_layout = QVBoxLayout(self)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.tags_table, 1)
        editor_layout.addLayout(tag_buttons)

        # Edits.
        self.name_edit.textEdited.connect(self._edited)
        self.name_edit.textChanged.connect(lambda _text: self._update_shown_names())
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.threshold_spin.valueChanged.connect(self._thresholds_edited)
        self.min_cosine_check.toggled.connect(self._thresholds_edited)
        self.min_cosine_spin.valueChanged.connect(self._thresholds_edited)
        self.templates_combo.currentIndexChanged.connect(self._edited)
        self.tags_table.itemChanged.connect(self._tag_cell_changed)
        self._update_mode_widgets()

    def load_tagset(self, tagset: TagSet) -> None:
        """Put a set in the form (not changed yet).

        Args:
            tagset: The set.
        """
        self._loading = True
        try:
            self._templates = tagset.templates
            self._description = tagset.description
            self._mode_values = {MODE_EXCLUSIVE: tagset.min_probability, MODE_MULTI: tagset.threshold}
            self.name_edit.setText(tagset.name)
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(tagset.mode)))
            self._update_mode_widgets()
            self.min_cosine_check.setChecked(tagset.min_cosine is not None)
            if tagset.min_cosine is not None:
                self.min_cosine_spin.setValue(tagset.min_cosine)
            found = self.templates_combo.findData(tagset.templates) if isinstance(tagset.templates, str) else -1
            custom = self.templates_combo.findData("custom")
            if found < 0:
                if custom < 0:
                    self.templates_combo.addItem(self.tr("The set's own templates"), "custom")
                    custom = self.templates_combo.count() - 1
                self.templates_combo.setCurrentIndex(custom)
            else:
                if custom >= 0:
                    self.templates_combo.removeItem(custom)
                self.templates_combo.setCurrentIndex(found)
            self.tags_table.setRowCount(0)
            for tag in tagset.tags:
                self.add_tag_row(tag.label, "; ".join(tag.prompts), "" if tag.threshold is None else str(num(tag.threshold)))
        finally:
            self._loading = False
        self.dirty = False

    def add_tag_row(self, label: str = "", prompts: str = "", threshold: str = "") -> None:
        self._loading, was = True, self._loading
        try:
            row = self.tags_table.rowCount()
            self.tags_table.insertRow(row)
            cells = [QTableWidgetItem(text) for text in (label, prompts, threshold)]
            cells[1].setToolTip(prompts)
            for col, item in enumerate(cells):
                self.tags_table.setItem(row, col, item)
            shown = QTableWidgetItem()
            shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
            shown.setForeground(QBrush(QColor("gray")))
            self.tags_table.setItem(row, SHOWN_COLUMN, shown)
        finally:
            self._loading = was
        self._update_shown_names()
        if not self._loading:
            self._edited()
            self.tags_table.setCurrentCell(row, 0)
            self.tags_table.editItem(cells[0])

    def remove_tag_rows(self) -> None:
        rows = sorted({i.row() for i in self.tags_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.tags_table.removeRow(row)
        self._update_shown_names()
        if rows:
            self._edited()

    def _update_mode_widgets(self) -> None:
        exclusive = self.mode_combo.currentData() == MODE_EXCLUSIVE
        self.threshold_spin.blockSignals(True)
        if exclusive:
            self.threshold_label.setText(self.tr("Best tag needs a probability of"))
            self.threshold_spin.setRange(0.0, 1.0)
        else:
            self.threshold_label.setText(self.tr("A tag needs a similarity of"))
            self.threshold_spin.setRange(-1.0, 1.0)
        self.threshold_spin.setValue(self._mode_values[MODE_EXCLUSIVE if exclusive else MODE_MULTI])
        self.threshold_spin.blockSignals(False)
        self.min_cosine_check.setVisible(exclusive)
        self.min_cosine_spin.setVisible(exclusive)
        self.min_cosine_spin.setEnabled(self.min_cosine_check.isChecked())
        self.exclusive_changed.emit(exclusive)

    def _mode_changed(self, _index: int) -> None:
        self._update_mode_widgets()
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.edited.emit()

    def _update_shown_names(self) -> None:
        """Show how a built-in set's name and labels appear in the UI (only where that differs from the stored text)."""
        name = self.name_edit.text().strip()
        shown_name = tag_names.set_name(name)
        self.shown_name_label.setText(self.tr("shown as “{0}”").format(shown_name) if shown_name != name else "")
        self.shown_name_label.setVisible(shown_name != name)
        any_differs = False
        self._loading, was = True, self._loading
        try:
            for row in range(self.tags_table.rowCount()):
                label_item, shown_item = self.tags_table.item(row, 0), self.tags_table.item(row, SHOWN_COLUMN)
                if label_item is None or shown_item is None:
                    continue
                label = label_item.text().strip()
                shown = tag_names.tag_label(name, label)
                shown_item.setText(shown if shown != label else "")
                any_differs = any_differs or shown != label
        finally:
            self._loading = was
        self.tags_table.setColumnHidden(SHOWN_COLUMN, not any_differs)

    def _tag_cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() == SHOWN_COLUMN:
            return
        if item.column() == 0:
            self._update_shown_names()
        if item.column() == 2:
            self._thresholds_edited()
        else:
            if item.column() == 1:
                item.setToolTip(item.text())
            self._edited()

    def _thresholds_edited(self, *_args: object) -> None:
        """A threshold changed: a preview of the same tags is re-marked at once."""
        if self._loading:
            return
        self.dirty = True
        self._mode_values[self.mode_combo.currentData()] = self.threshold_spin.value()
        self.min_cosine_spin.setEnabled(self.min_cosine_check.isChecked())
        self.thresholds_edited.emit()

    def current_tagset(self) -> TagSet:
        """The set as it stands in the editor.

        Raises:
            PhotoclipError: It is not a valid set (the message says where and why).
        """
        tags: list[dict[str, Any]] = []
        self._row_of = []  # tag index -> table row, for messages
        for row in range(self.tags_table.rowCount()):
            label = self._cell_text(row, 0).strip()
            prompts_text = self._cell_text(row, 1)
            threshold_text = self._cell_text(row, 2).strip()
            prompts = [p.strip() for p in prompts_text.split(";") if p.strip()]
            if not label and not prompts and not threshold_text:
                continue  # an empty row
            entry: dict[str, Any] = {"label": label}
            if prompts:
                entry["prompts"] = prompts
            if threshold_text:
                value, ok = _decimal_locale().toDouble(threshold_text)  # as the locale writes it (0,25), or ...
                try:
                    entry["threshold"] = value if ok else float(threshold_text.replace(",", "."))  # ... with either mark
                except ValueError:
                    raise PhotoclipError(self.tr("Tag {0}: the threshold “{1}” is not a number.").format(row + 1, threshold_text)) from None
            tags.append(entry)
            self._row_of.append(row)
        mode = self.mode_combo.currentData()
        templates = self.templates_combo.currentData()
        data: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "mode": mode,
            "templates": list(self._templates) if templates == "custom" and not isinstance(self._templates, str) else templates,
            "tags": tags,
        }
        if self._description:
            data["description"] = self._description
        if mode == MODE_EXCLUSIVE:
            data["min_probability"] = self.threshold_spin.value()
            data["threshold"] = self._mode_values[MODE_MULTI]
            if self.min_cosine_check.isChecked():
                data["min_cosine"] = self.min_cosine_spin.value()
        else:
            data["threshold"] = self.threshold_spin.value()
            data["min_probability"] = self._mode_values[MODE_EXCLUSIVE]
        try:
            return tagset_from_mapping(data)
        except SchemaError as exc:
            raise PhotoclipError(self._schema_message(exc.key_path, exc.reason)) from None

    def _cell_text(self, row: int, column: int) -> str:
        item = self.tags_table.item(row, column)
        return item.text() if item is not None else ""

    def _schema_message(self, key_path: tuple[str | int, ...], reason: str) -> str:
        reason = core_text(reason)
        if len(key_path) >= 2 and key_path[0] == "tags" and isinstance(key_path[1], int):
            row = self._row_of[key_path[1]] if key_path[1] < len(self._row_of) else key_path[1]
            return self.tr("Tag {0}: {1}").format(row + 1, reason)
        if key_path and key_path[0] == "name":
            return self.tr("Name: {0}").format(reason)
        if key_path and key_path[0] == "tags":
            return self.tr("Tags: {0}").format(reason)
        return reason
