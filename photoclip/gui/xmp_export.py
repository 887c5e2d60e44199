"""Library › Write albums to XMP sidecars…: what ``photoclip tags export-xmp`` does, asked first.

Writing sidecars puts a file beside each photo that has an album, in the
user's own folders, so the app asks before it does (the command line runs
it when told to). The export reads the catalog and writes only sidecars; it
runs on the window's pool, and the status bar says what it did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from photoclip.gui.main_window import MainWindow


class XmpExport(QObject):
    """Asks, then writes the albums into XMP sidecars.

    Args:
        window: The main window (its library, pool and status line).
    """

    # Emitted when an export has ended (its XmpSummary).
    exported = Signal(object)

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self.question: QMessageBox | None = None  # the question on show, if any

    def ask(self) -> None:
        """Ask whether to write the sidecars; they are written only on Yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Write XMP sidecars"),
            self.tr(
                "Write your albums into XMP sidecar files beside your photos (photo.jpg.xmp), where digiKam, darktable and Lightroom read them?\n\n"
                "Your photos are not changed. A sidecar that is already there keeps its other keywords."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Write sidecars"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._answered(box, result))
        self.question = box
        box.open()  # not exec(): the window goes on while the question waits

    def _answered(self, box: QMessageBox, result: int) -> None:
        self.question = None
        box.deleteLater()
        if result == QMessageBox.StandardButton.Yes:
            self.export()

    def export(self) -> None:
        """Write the sidecars now (off the GUI thread) and say what was done."""
        window = self._window
        tags = window.library.tags
        window.status_label.setText(self.tr("Writing XMP sidecars…"))

        def work() -> Any:
            summary = None
            for event in tags.export_xmp():
                if event.summary is not None:
                    summary = event.summary
            return summary

        def done(summary: Any) -> None:
            window.status_label.setText(
                self.tr("XMP sidecars: {0} written, {1} already up to date, {2} failed.").format(
                    summary.written, summary.unchanged, len(summary.failed)
                )
            )
            self.exported.emit(summary)

        window._submit(work, done)
