"""Quick look: Space in the grid shows the selected photo large, Space or Esc closes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from photoclip.core.storage.records import PhotoRecord
from photoclip.gui.core_messages import core_text


class QuickLook(QDialog):
    """A photo, large, until Space or Esc.

    The window decodes the photo off the GUI thread and hands the image (or
    why it cannot be read) to :meth:`set_image` or :meth:`set_error`.

    Args:
        record: The photo.
        parent: The main window.
    """

    def __init__(self, record: PhotoRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Path(record.path).name)
        self.label = QLabel(self.tr("Loading…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.accept)
        self.resize(900, 650)

    def set_image(self, image: QImage) -> None:
        """Show the decoded photo, scaled to fit."""
        self.label.setPixmap(
            QPixmap.fromImage(image).scaled(880, 620, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    def set_error(self, message: str) -> None:
        """Say why the photo cannot be shown (a core message, in the UI language)."""
        self.label.setText(core_text(message))
