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
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.library import Library
from photoclip.core.storage.records import PhotoRecord
from photoclip.core.tagsets.definition import (
    DEFAULT_MIN_PROBABILITY,
    DEFAULT_THRESHOLD,
    MODE_EXCLUSIVE,
    MODE_MULTI,
    SchemaError,
    TagSet,
    tagset_from_mapping,
)
from photoclip.core.tagsets.files import TagSetFileError, load_tagset_file, save_tagset_file
from photoclip.core.tagsets.records import TagPreview, TagSetInfo
from photoclip.core.tagsets.scoring import choose_tags
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.grid import ThumbnailLoader
from photoclip.gui.i18n import num

PREVIEW_PHOTOS = 200
ROW_THUMB = 40
ScoreRole = Qt.ItemDataRole.UserRole + 20  # the number a cell sorts by
SHOWN_COLUMN = 3  # the tags table's read-only "Shown as" column (built-in labels in the UI language)
AssignedRole = Qt.ItemDataRole.UserRole + 21  # True where an apply would give the tag

Submit = Callable[..., int]  # MainWindow._submit(fn, on_done, on_failed=None)

# Viridis, sampled: perceptually even and readable for colour-blind people.
_VIRIDIS = ((0.0, (68, 1, 84)), (0.25, (59, 82, 139)), (0.5, (33, 145, 140)), (0.75, (94, 201, 98)), (1.0, (253, 231, 37)))
_FRAME = QColor("#ff3d7f")  # assigned cells: a frame that stands out from every viridis colour


def _decimal_locale() -> QLocale:
    """The UI's locale for reading a threshold: its decimal mark, and no thousands separators (English "0,250" is not 250)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.RejectGroupSeparator)
    return locale


def heat_colour(t: float) -> QColor:
    """The heat-map colour of a value in [0, 1]."""
    t = min(1.0, max(0.0, t))
    for (t0, c0), (t1, c1) in zip(_VIRIDIS, _VIRIDIS[1:]):
        if t <= t1:
            f = (t - t0) / (t1 - t0)
            return QColor(*(round(a + (b - a) * f) for a, b in zip(c0, c1)))
    return QColor(*_VIRIDIS[-1][1])


# ================================================================== heat map
class HeatmapModel(QAbstractTableModel):
    """Photos (rows) against tags (columns): scores as coloured cells, assigned cells marked.

    Column 0 is the photo (thumbnail and file name); column ``k + 1`` is tag ``k``.
    """

    def __init__(self, loader: ThumbnailLoader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: TagPreview | None = None
        self.records: list[PhotoRecord | None] = []
        self.assigned = np.zeros((0, 0), dtype=bool)
        self.thresholds = np.zeros(0, dtype=np.float32)
        self.show_cosine = False
        self.shown_labels: tuple[str, ...] = ()  # the columns' names as shown (built-in labels translated)
        self._low, self._high = 0.0, 1.0
        self._rows: dict[int, int] = {}
        self._pixmaps: dict[int, QPixmap] = {}
        self._loader = loader
        if loader is not None:
            loader.loaded.connect(self._on_thumbnail)

    # ------------------------------------------------------------- content
    def set_preview(self, preview: TagPreview, records: dict[int, PhotoRecord], tagset_name: str = "") -> None:
        """Show a preview (``tagset_name``: the set it scored, whose built-in labels are shown translated)."""
        self.beginResetModel()
        self.preview = preview
        self.shown_labels = tuple(tag_names.tag_label(tagset_name, label) for label in preview.labels)
        self.records = [records.get(int(pid)) for pid in preview.photo_ids]
        self._rows = {int(pid): row for row, pid in enumerate(preview.photo_ids)}
        self.thresholds = np.array(preview.thresholds, dtype=np.float32)
        self.assigned = np.array(preview.assigned, dtype=bool)
        self._rescale()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.preview = None
        self.shown_labels = ()
        self.records = []
        self._rows = {}
        self.assigned = np.zeros((0, 0), dtype=bool)
        self.thresholds = np.zeros(0, dtype=np.float32)
        self.endResetModel()

    def set_thresholds(self, thresholds: Sequence[float], min_cosine: float | None) -> None:
        """Re-mark the cells for new thresholds (the scores stay; no model involved)."""
        p = self.preview
        if p is None or len(thresholds) != len(p.labels):
            return
        self.thresholds = np.array(thresholds, dtype=np.float32)
        self.assigned = choose_tags(p.cosines, p.scores, self.thresholds, p.mode, min_cosine)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, self.columnCount() - 1)

    def set_show_cosine(self, on: bool) -> None:
        """Exclusive sets: show the cosine similarities instead of the probabilities."""
        self.beginResetModel()
        self.show_cosine = on
        self._rescale()
        self.endResetModel()

    def values(self) -> np.ndarray:
        p = self.preview
        if p is None:
            return np.zeros((0, 0), dtype=np.float32)
        return p.cosines if (self.show_cosine or p.mode == MODE_MULTI) else p.scores

    def _rescale(self) -> None:
        """Colours span the range the values take in this preview (as in CLIP's similarity plots).

        A fixed scale would paint a set of 10 tags, whose probabilities rarely
        pass 0.3, in one colour; cosines of CLIP models sit in a narrow band too.
        """
        values = self.values()
        if values.size:
            self._low, self._high = float(values.min()), float(values.max())
            if self._high - self._low < 1e-6:
                self._high = self._low + 1e-6
        else:
            self._low, self._high = 0.0, 1.0

    def colour_range(self) -> tuple[float, float]:
        """The values painted darkest and brightest."""
        return self._low, self._high

    def labels(self) -> tuple[str, ...]:
        return self.preview.labels if self.preview is not None else ()

    def assigned_count(self, column: int) -> int:
        """Photos of the sample an apply would file under tag ``column`` (0-based tag index)."""
        return int(self.assigned[:, column].sum()) if self.assigned.size else 0

    # ---------------------------------------------------------- Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.preview is None else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.preview is None else len(self.preview.labels) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        row, col = index.row(), index.column()
        record = self.records[row]
        if col == 0:
            name = Path(record.path).name if record is not None else f"#{int(self.preview.photo_ids[row])}"
            if role in (Qt.ItemDataRole.DisplayRole, ScoreRole):
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                return record.path if record is not None else name
            if role == Qt.ItemDataRole.DecorationRole and record is not None:
                pixmap = self._pixmaps.get(record.id)
                if pixmap is None and self._loader is not None:
                    self._loader.request(record)
                return pixmap
            return None
        k = col - 1
        value = float(self.values()[row, k])
        assigned = bool(self.assigned[row, k])
        if role == Qt.ItemDataRole.DisplayRole:
            return format(num(value), ".2f")
        if role == ScoreRole:
            return value
        if role == AssignedRole:
            return assigned
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(heat_colour((value - self._low) / (self._high - self._low)))
        if role == Qt.ItemDataRole.ForegroundRole:
            t = (value - self._low) / (self._high - self._low)
            return QBrush(QColor("black") if t > 0.62 else QColor("white"))
        if role == Qt.ItemDataRole.FontRole and assigned:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            p = self.preview
            lines = [self.shown_labels[k]]
            if p.mode == MODE_EXCLUSIVE:
                lines.append(self.tr("probability {0:.3f}").format(num(float(p.scores[row, k]))))
            lines.append(self.tr("similarity {0:.3f}").format(num(float(p.cosines[row, k]))))
            lines.append(self.tr("threshold {0:.3f}").format(num(float(self.thresholds[k]))))
            if assigned:
                lines.append(self.tr("an apply gives this tag"))
            elif p.mode == MODE_EXCLUSIVE and float(p.scores[row, k]) >= float(self.thresholds[k]):
                lines.append(self.tr("not given: in an exclusive set only the best tag can be given"))
            else:
                lines.append(self.tr("an apply does not give this tag"))
            return "\n".join(lines)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.preview is None:
            return super().headerData(section, orientation, role)
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Photo")
            return None
        k = section - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{0}\n≥ {1:.2f}  ({2})").format(self.shown_labels[k], num(float(self.thresholds[k])), num(self.assigned_count(k)))
        if role == Qt.ItemDataRole.ToolTipRole:
            # The plural follows the photos filed (the verb agrees with them in Spanish and Portuguese).
            return self.tr("{0}: threshold {1:.3f}; %Ln of these {2} photos would be filed here", "", self.assigned_count(k)).format(
                self.shown_labels[k], num(float(self.thresholds[k])), num(len(self.records))
            )
        return None

    def _on_thumbnail(self, photo_id: int, image: QImage) -> None:
        row = self._rows.get(photo_id)
        if image.isNull() or row is None:
            return
        self._pixmaps[photo_id] = QPixmap.fromImage(image).scaled(
            ROW_THUMB, ROW_THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        idx = self.index(row, 0)
        self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])


class HeatmapDelegate(QStyledItemDelegate):
    """Paints the heat-map cells, with a frame around the tags an apply would give."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.column() > 0:
            painter.fillRect(option.rect, index.data(Qt.ItemDataRole.BackgroundRole))
        super().paint(painter, option, index)
        if index.column() > 0 and index.data(AssignedRole):
            painter.save()
            painter.setPen(QPen(_FRAME, 3))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()


# ==================================================================== dialog
class TagSetsDialog(QDialog):
    """Create, edit, preview, apply, import, export and remove tag sets.

    Args:
        library: The open library.
        service: The core's IndexService, or None for a read-only library (then sets can be previewed, not changed).
        submit: Runs a function off the GUI thread: ``submit(fn, on_done, on_failed=None)`` (the main window's).
    """

    # Sets were saved, added or removed: the albums should be reloaded.
    sets_changed = Signal()
    # A set was saved and a tags job queued for it (its name).
    applied = Signal(str)
    # The heat map was filled.
    preview_ready = Signal()
    # The list of sets was reloaded.
    sets_loaded = Signal()

    def __init__(self, library: Library, service: Any, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.service = service
        self._submit = submit
        self.editing: str | None = None  # the stored set being edited; None: a new one
        self.dirty = False
        self._loading = False
        self._templates: str | tuple[str, ...] = "simple"
        self._description = ""
        self._mode_values = {MODE_EXCLUSIVE: DEFAULT_MIN_PROBABILITY, MODE_MULTI: DEFAULT_THRESHOLD}
        self._preview_key: tuple[Any, ...] | None = None
        self._preview_ticket = 0
        self._row_of: list[int] = []
        self._seed = random.randrange(1 << 30)  # the same sample for every preview of this dialog
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
        self.new_button.clicked.connect(lambda: self._confirm_discard() and self.new_set())
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

        # Right, top: the set being edited.
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
        self.tags_table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Prompts (separated by ;)"), self.tr("Threshold"), self.tr("Shown as")]
        )
        header = self.tags_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHOWN_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tags_table.setColumnWidth(0, 160)
        self.tags_table.horizontalHeaderItem(0).setToolTip(
            self.tr("The album's name, and the text CLIP reads (put into the templates) when the tag has no prompts")
        )
        self.tags_table.horizontalHeaderItem(SHOWN_COLUMN).setToolTip(
            self.tr("How photoclip names a built-in album in your language; CLIP still reads the label")
        )
        self.tags_table.setColumnHidden(SHOWN_COLUMN, True)
        self.tags_table.horizontalHeaderItem(1).setToolTip(
            self.tr("Texts that describe the tag, separated by semicolons. Empty: the templates above, applied to the label.")
        )
        self.tags_table.horizontalHeaderItem(2).setToolTip(self.tr("This tag's own threshold. Empty: the set's."))
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

        editor = QGroupBox(self.tr("Tag set"))
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.tags_table, 1)
        editor_layout.addLayout(tag_buttons)

        # Right, bottom: the preview heat map.
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Score a sample of your photos against the set as it stands here, without saving it"))
        self.preview_button.clicked.connect(self.run_preview)
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("Show probabilities"), False)
        self.show_combo.addItem(self.tr("Show similarities"), True)
        self.show_combo.currentIndexChanged.connect(self._show_changed)
        self.preview_status = QLabel(self.tr("Preview scores up to {0} of your photos against the set, before you apply it.").format(PREVIEW_PHOTOS))
        self.preview_status.setWordWrap(True)
        self.loader = ThumbnailLoader(self.library.thumbnails, threads=1, parent=self)
        self.heatmap = HeatmapModel(self.loader, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.heatmap)
        self.proxy.setSortRole(ScoreRole)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.proxy)
        self.preview_table.setItemDelegate(HeatmapDelegate(self.preview_table))
        self.preview_table.setSortingEnabled(True)
        self.preview_table.horizontalHeader().setSortIndicatorShown(True)
        self.preview_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.preview_table.horizontalHeader().setDefaultSectionSize(92)
        self.preview_table.horizontalHeader().setMinimumHeight(44)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(ROW_THUMB + 4)
        self.preview_table.setIconSize(QSize(ROW_THUMB, ROW_THUMB))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.setWordWrap(False)
        preview_top = QHBoxLayout()
        preview_top.addWidget(self.preview_button)
        preview_top.addWidget(self.show_combo)
        preview_top.addWidget(self.preview_status, 1)
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addLayout(preview_top)
        preview_layout.addWidget(self.preview_table, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(editor)
        right.addWidget(preview_box)
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
            self.sets_list.setCurrentItem(previous)
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
            self.add_tag_row()
        self.dirty = False
        self.sets_list.blockSignals(True)
        self.sets_list.clearSelection()
        self.sets_list.setCurrentRow(-1)
        self.sets_list.blockSignals(False)
        self.remove_button.setEnabled(False)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def load_tagset(self, tagset: TagSet, editing: str | None) -> None:
        """Put a set in the editor."""
        self._loading = True
        try:
            self.editing = editing
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
        self.heatmap.clear()
        self._preview_key = None
        self.preview_status.setText(self.tr("Preview scores up to {0} of your photos against the set, before you apply it.").format(PREVIEW_PHOTOS))
        self._show_message("")

    # ------------------------------------------------------------ the editor
    def add_tag_row(self, label: str = "", prompts: str = "", threshold: str = "") -> None:
        self._loading, was = True, self._loading
        try:
            row = self.tags_table.rowCount()
            self.tags_table.insertRow(row)
            for col, text in enumerate((label, prompts, threshold)):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setToolTip(text)
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
            self.tags_table.editItem(self.tags_table.item(row, 0))

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
        self.show_combo.setVisible(exclusive)

    def _mode_changed(self, _index: int) -> None:
        self._update_mode_widgets()
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self._preview_stale()

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
        """A threshold changed: re-mark the heat map at once when it still shows this set's tags."""
        if self._loading:
            return
        self.dirty = True
        self._mode_values[self.mode_combo.currentData()] = self.threshold_spin.value()
        self.min_cosine_spin.setEnabled(self.min_cosine_check.isChecked())
        try:
            tagset = self.current_tagset()
        except PhotoclipError:
            return
        if self._preview_key == self._scoring_key(tagset):
            self.heatmap.set_thresholds([tagset.base_threshold(t) for t in tagset.tags], tagset.min_cosine)
            self._preview_summary()

    def current_tagset(self) -> TagSet:
        """The set as it stands in the editor.

        Raises:
            PhotoclipError: It is not a valid set (the message says where and why).
        """
        tags: list[dict[str, Any]] = []
        self._row_of: list[int] = []  # tag index -> table row, for messages
        for row in range(self.tags_table.rowCount()):
            label = (self.tags_table.item(row, 0).text() if self.tags_table.item(row, 0) else "").strip()
            prompts_text = self.tags_table.item(row, 1).text() if self.tags_table.item(row, 1) else ""
            threshold_text = (self.tags_table.item(row, 2).text() if self.tags_table.item(row, 2) else "").strip()
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

    # ---------------------------------------------------------------- preview
    @staticmethod
    def _scoring_key(tagset: TagSet) -> tuple[Any, ...]:
        """What the scores depend on (not the thresholds): same key, same heat map."""
        return (tagset.mode, tagset.templates, tuple((t.label, t.prompts) for t in tagset.tags))

    def _preview_stale(self) -> None:
        if self._preview_key is None:
            return
        try:
            same = self._preview_key == self._scoring_key(self.current_tagset())
        except PhotoclipError:
            same = False
        if not same:
            self.preview_status.setText(self.tr("The set changed since this preview: press Preview again."))

    def run_preview(self) -> None:
        """Score up to 200 photos of the library (a fixed random sample) against the set in the editor."""
        try:
            tagset = self.current_tagset()
        except PhotoclipError as exc:
            self._show_message(str(exc), error=True)
            return
        self._preview_ticket += 1
        ticket = self._preview_ticket
        library = self.library
        seed = self._seed
        self.preview_button.setEnabled(False)
        self.preview_status.setText(self.tr("Scoring your photos…"))

        def work() -> tuple[TagPreview, dict[int, PhotoRecord]]:
            records = library.browse()
            sample = random.Random(seed).sample(records, min(PREVIEW_PHOTOS, len(records)))
            sample.sort(key=lambda r: r.path)
            preview = library.tags.preview(tagset, [r.id for r in sample])
            return preview, {r.id: r for r in sample}

        def done(result: tuple[TagPreview, dict[int, PhotoRecord]]) -> None:
            if ticket != self._preview_ticket:
                return
            self.preview_button.setEnabled(True)
            preview, records = result
            self.proxy.sort(-1)
            self.preview_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
            self.heatmap.set_preview(preview, records, tagset.name)
            self._preview_key = self._scoring_key(tagset)
            self.show_combo.setVisible(tagset.exclusive)
            self.preview_table.setColumnWidth(0, 240)
            self._preview_summary()
            self._thresholds_edited_quiet()
            self.preview_ready.emit()

        def failed(message: str) -> None:
            if ticket == self._preview_ticket:
                self.preview_button.setEnabled(True)
                self.preview_status.setText("")
                self._show_message(message, error=True)

        self._submit(work, done, failed)

    def _show_changed(self, _index: int) -> None:
        self.heatmap.set_show_cosine(bool(self.show_combo.currentData()))
        if self.heatmap.preview is not None:
            self._preview_summary()

    def _thresholds_edited_quiet(self) -> None:
        """After a preview arrives: the editor's thresholds may have changed while it was scored."""
        try:
            tagset = self.current_tagset()
        except PhotoclipError:
            return
        if self._preview_key == self._scoring_key(tagset):
            self.heatmap.set_thresholds([tagset.base_threshold(t) for t in tagset.tags], tagset.min_cosine)

    def _preview_summary(self) -> None:
        rows = self.heatmap.rowCount()
        if rows == 0:
            self.preview_status.setText(self.tr("No indexed photos to preview yet."))
            return
        none = int((~self.heatmap.assigned.any(axis=1)).sum()) if self.heatmap.assigned.size else rows
        low, high = self.heatmap.colour_range()
        self.preview_status.setText(
            self.tr("{0}; colours from {2:.2f} (dark) to {3:.2f} (yellow). Framed: the tags an apply would give ({1}). Click a column to sort.").format(
                self.tr("%Ln photos", "", rows), self.tr("%Ln photos get none", "", none), num(low), num(high)
            )
        )

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
            return library.save_tagset(tagset, previous_name=previous)

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

        self._submit(lambda: library.remove_tagset(name), done, lambda message: self._show_message(message, error=True))

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

        self._submit(lambda: library.save_tagset(tagset, replace=replace), done, lambda m: self._show_message(m, error=True))

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
            self.tr("Discard your changes to “{0}”?").format(tag_names.set_name(self.name_edit.text()) or self.tr("the new set")),
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
        self.loader.clear()
        super().closeEvent(event)
