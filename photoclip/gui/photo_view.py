"""The photo view: a large preview (upright per EXIF), its metadata, and actions.

The preview is decoded on a pool thread; the view shows the file's metadata
at once and the picture when it arrives.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.imaging import load_image
from photoclip.core.storage.records import PhotoRecord
from photoclip.gui.captions_widget import CaptionsWidget
from photoclip.gui.i18n import num
from photoclip.gui.tags_panel import PhotoTagsPanel

PREVIEW_SIDE = 2048


def decode_preview(path: str, max_side: int = PREVIEW_SIDE) -> QImage:
    """Decode a photo upright into a QImage (safe on a worker thread).

    Raises:
        ImageDecodeError: The photo cannot be decoded.
    """
    image = load_image(Path(path), max_side=max_side)
    data = image.tobytes("raw", "RGB")
    qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    return qimage.copy()  # own the pixels: `data` goes away with this frame


class PhotoView(QWidget):
    """Shows one photo large, with its metadata and actions."""

    # The user asked for photos similar to this one (photo id).
    find_similar = Signal(int)
    # The user wants to go back to the grid.
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: PhotoRecord | None = None
        self._pixmap: QPixmap | None = None
        self.image_label = QLabel(self.tr("Loading…"))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_label.setMinimumSize(QSize(200, 150))

        self.name_label = QLabel()
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        self.size_label = QLabel()
        self.date_label = QLabel()
        self.file_label = QLabel()
        self.score_label = QLabel()
        meta = QFormLayout()
        meta.addRow(self.tr("File"), self.name_label)
        meta.addRow(self.tr("Pixels"), self.size_label)
        meta.addRow(self.tr("Taken"), self.date_label)
        meta.addRow(self.tr("Size"), self.file_label)
        meta.addRow(self.tr("Score"), self.score_label)

        self.back_button = QPushButton(self.tr("← Back"))
        self.similar_button = QPushButton(self.tr("Find similar"))
        self.open_button = QPushButton(self.tr("Open with default app"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.back_button.clicked.connect(self.back)
        self.similar_button.clicked.connect(self._on_similar)
        self.open_button.clicked.connect(self._on_open)
        self.folder_button.clicked.connect(self._on_show_in_folder)

        buttons = QHBoxLayout()
        for b in (self.back_button, self.similar_button, self.open_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        # The albums the photo is in, with Confirm / Reject / Clear (the main window saves them).
        self.tags_panel = PhotoTagsPanel()

        # The user's captions of the photo (the main window attaches the library).
        self.captions = CaptionsWidget()

        side = QVBoxLayout()
        side.addLayout(meta)
        side.addWidget(self.captions)
        side.addWidget(self.tags_panel, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(300)

        body = QHBoxLayout()
        body.addWidget(self.image_label, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)

    def show_record(self, record: PhotoRecord, score: float | None = None) -> None:
        """Show a photo's metadata now; the picture follows via :meth:`set_image`."""
        self.record = record
        self._pixmap = None
        self.image_label.setPixmap(QPixmap())
        self.image_label.setText(self.tr("Loading…"))
        self.name_label.setText(record.path)
        self.size_label.setText("{0} × {1}".format(num(record.width), num(record.height)) if record.width else "—")
        taken = record.date_taken
        when = dt.datetime.fromtimestamp(taken if taken is not None else record.mtime)
        self.date_label.setText(
            when.strftime("%Y-%m-%d %H:%M") + ("" if taken is not None else " " + self.tr("(file date)"))
        )
        self.file_label.setText(self.tr("{0:.1f} MB").format(num(record.size / 1e6)))
        self.score_label.setText(format(num(score), ".3f") if score is not None else "—")
        self.captions.show_photo(record.id)

    def set_image(self, image: QImage | None, error: str | None = None) -> None:
        """Show the decoded preview, or why it could not be shown."""
        if image is None or image.isNull():
            self._pixmap = None
            self.image_label.setText(self.tr("Cannot show this photo: {0}").format(error or "?"))
            return
        self._pixmap = QPixmap.fromImage(image)
        self._rescale()

    def has_image(self) -> bool:
        return self._pixmap is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is None:
            return
        self.image_label.setPixmap(
            self._pixmap.scaled(
                self.image_label.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _on_similar(self) -> None:
        if self.record is not None:
            self.find_similar.emit(self.record.id)

    def _on_open(self) -> None:
        if self.record is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.record.path))

    def _on_show_in_folder(self) -> None:
        if self.record is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self.record.path)))
