"""The tag set editor's preview: a sample of the library scored against the set, as a photos x tags heat map.

Like the similarity table of CLIP's notebooks: colour is the score, a framed
cell is a tag an apply would give. Changing a threshold re-marks the cells at
once (no model involved); changing labels, prompts or the mode needs another
Preview.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
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
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.library import Library
from photoclip.core.storage.records import PhotoRecord
from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, TagSet
from photoclip.core.tagsets.heatmap import DARK_TEXT_FROM, FRAME, colour_range, heat_rgb, sample_photos, shown_values
from photoclip.core.tagsets.records import TagPreview
from photoclip.core.tagsets.scoring import choose_tags
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.grid import ThumbnailLoader
from photoclip.gui.i18n import num
from photoclip.gui.workers import Submit

PREVIEW_PHOTOS = 200
ROW_THUMB = 40
ScoreRole = Qt.ItemDataRole.UserRole + 20  # the number a cell sorts by
AssignedRole = Qt.ItemDataRole.UserRole + 21  # True where an apply would give the tag

_FRAME = QColor(*FRAME)


def heat_colour(t: float) -> QColor:
    """The heat-map colour of a value in [0, 1] (the core's scale, shared with ``photoclip tags preview --png``)."""
    return QColor(*heat_rgb(t))


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
        return shown_values(p, self.show_cosine)

    def _rescale(self) -> None:
        """Colours span the range the values take in this preview (see :func:`~photoclip.core.tagsets.heatmap.colour_range`)."""
        self._low, self._high = colour_range(self.values())

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
            return QBrush(QColor("black") if t > DARK_TEXT_FROM else QColor("white"))
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


class TagSetPreview(QGroupBox):
    """Preview: scores up to 200 photos against the set in the editor, saved or not: a sample of the library, or the grid's selection.

    Args:
        library: The open library.
        submit: Runs a function off the GUI thread: ``submit(fn, on_done, on_failed=None)`` (the main window's).
        tagset: The set as it stands in the editor; raises PhotoclipError when it is not a valid set.
        parent: The tag set editor's window.
        selection: Gives the photos selected in the grid (None: only a sample can be previewed).
    """

    # The heat map was filled.
    ready = Signal()
    # The set cannot be previewed (not a valid set, or the scoring failed): why.
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        submit: Submit,
        tagset: Callable[[], TagSet],
        parent: QWidget | None = None,
        selection: Callable[[], Sequence[PhotoRecord]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.library = library
        self._selection = selection
        self._submit = submit
        self._tagset = tagset
        self._preview_key: tuple[Any, ...] | None = None
        self._preview_ticket = 0
        self._seed = random.randrange(1 << 30)  # the same sample for every preview of this dialog
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Score a sample of your photos against the set as it stands here, without saving it"))
        self.preview_button.clicked.connect(self.run_preview)
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("A sample of your photos"), "sample")
        self.source_combo.addItem(self.tr("The photos selected in the grid"), "selected")
        self.source_combo.setToolTip(self.tr("Which photos the preview scores: select photos in the main window's grid to see how the set files them"))
        self.source_combo.setVisible(selection is not None)
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
        preview_top.addWidget(self.source_combo)
        preview_top.addWidget(self.show_combo)
        preview_top.addWidget(self.preview_status, 1)
        preview_layout = QVBoxLayout(self)
        preview_layout.addLayout(preview_top)
        preview_layout.addWidget(self.preview_table, 1)

    def reset(self) -> None:
        """Another set is in the editor: no heat map until it is previewed."""
        self.heatmap.clear()
        self._preview_key = None
        self.preview_status.setText(self.tr("Preview scores up to {0} of your photos against the set, before you apply it.").format(PREVIEW_PHOTOS))

    @staticmethod
    def _scoring_key(tagset: TagSet) -> tuple[Any, ...]:
        """What the scores depend on (not the thresholds): same key, same heat map."""
        return (tagset.mode, tagset.templates, tuple((t.label, t.prompts) for t in tagset.tags))

    def mark_stale(self) -> None:
        """The set in the editor changed: say so when the heat map no longer shows its scores."""
        if self._preview_key is None:
            return
        try:
            same = self._preview_key == self._scoring_key(self._tagset())
        except PhotoclipError:
            same = False
        if not same:
            self.preview_status.setText(self.tr("The set changed since this preview: press Preview again."))

    def run_preview(self) -> None:
        """Score up to 200 photos (a fixed random sample of the library, or the grid's selection) against the set in the editor."""
        try:
            tagset = self._tagset()
        except PhotoclipError as exc:
            self.failed.emit(str(exc))
            return
        chosen: list[PhotoRecord] | None = None
        if self._selection is not None and self.source_combo.currentData() == "selected":
            chosen = list(self._selection())[:PREVIEW_PHOTOS]
            if not chosen:
                self.preview_status.setText(self.tr("No photos are selected in the grid: select some there, or preview a sample."))
                return
        self._preview_ticket += 1
        ticket = self._preview_ticket
        library = self.library
        seed = self._seed
        self.preview_button.setEnabled(False)
        self.preview_status.setText(self.tr("Scoring your photos…"))

        def work() -> tuple[TagPreview, dict[int, PhotoRecord]]:
            sample = chosen if chosen is not None else sample_photos(library.browse(), PREVIEW_PHOTOS, seed)
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
            self.thresholds_edited(summary=False)  # the editor's thresholds may have changed while it was scored
            self.ready.emit()

        def failed(message: str) -> None:
            if ticket == self._preview_ticket:
                self.preview_button.setEnabled(True)
                self.preview_status.setText("")
                self.failed.emit(message)

        self._submit(work, done, failed)

    def _show_changed(self, _index: int) -> None:
        self.heatmap.set_show_cosine(bool(self.show_combo.currentData()))
        if self.heatmap.preview is not None:
            self._preview_summary()

    def thresholds_edited(self, summary: bool = True) -> None:
        """A threshold changed: re-mark the heat map at once when it still shows this set's tags.

        Args:
            summary: Say again how many photos each tag takes (not when a preview that says it has just arrived).
        """
        try:
            tagset = self._tagset()
        except PhotoclipError:
            return
        if self._preview_key == self._scoring_key(tagset):
            self.heatmap.set_thresholds([tagset.base_threshold(t) for t in tagset.tags], tagset.min_cosine)
            if summary:
                self._preview_summary()

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
