"""The photo's facts beside it: camera, lens, exposure, date, pixels, file size, path and place.

What the catalog knows (path, pixels, size, date) shows at once; the camera
facts follow from :meth:`Library.photo_metadata`, read on the window's pool.
Rows the photo has nothing for are hidden rather than shown empty.
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

from photoclip.core.library import Library
from photoclip.core.metadata import PhotoMetadata
from photoclip.core.storage.records import PhotoRecord
from photoclip.gui.i18n import num
from photoclip.gui.workers import Submit

MAP_URL = "https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lon:.6f}#map=16/{lat:.6f}/{lon:.6f}"


def map_url(latitude: float, longitude: float) -> QUrl:
    """OpenStreetMap centred on a place, with a marker on it."""
    return QUrl(MAP_URL.format(lat=latitude, lon=longitude))


class _PathLabel(QLabel):
    """A path elided in the middle to the label's width, keeping the file name whole; the whole path as tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_path(self, path: str) -> None:
        self._full = path
        self.setToolTip(path)
        self._elide()

    def full_path(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(40, self.contentsRect().width())
        metrics = QFontMetrics(self.font())
        folder, sep, name = self._full.rpartition(os.sep)
        room = width - metrics.horizontalAdvance(sep + name)
        if metrics.horizontalAdvance(self._full) <= width or not sep or room < metrics.horizontalAdvance("/…/"):
            self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))
            return
        # The file name whole, the folders cut in the middle: the start of the path and the name both show.
        self.setText(metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, room) + sep + name)


class MetadataPanel(QWidget):
    """Camera, lens, exposure, ISO, focal length, date, pixels, size, file and place of one photo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._submit: Submit | None = None
        self.record: PhotoRecord | None = None
        self.metadata: PhotoMetadata | None = None
        self.camera_label = self._value()
        self.lens_label = self._value()
        self.exposure_label = self._value()
        self.aperture_label = self._value()
        self.iso_label = self._value()
        self.focal_label = self._value()
        self.date_label = self._value()
        self.pixels_label = self._value()
        self.file_size_label = self._value()
        self.path_label = _PathLabel()
        self.location_label = self._value()
        self.location_label.setTextFormat(Qt.TextFormat.RichText)
        self.location_label.setOpenExternalLinks(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.score_label = self._value()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for title, label in (
            (self.tr("Camera"), self.camera_label),
            (self.tr("Lens"), self.lens_label),
            (self.tr("Exposure"), self.exposure_label),
            (self.tr("Aperture"), self.aperture_label),
            (self.tr("ISO"), self.iso_label),
            (self.tr("Focal length"), self.focal_label),
            (self.tr("Taken"), self.date_label),
            (self.tr("Pixels"), self.pixels_label),
            (self.tr("Size"), self.file_size_label),
            (self.tr("File"), self.path_label),
            (self.tr("Place"), self.location_label),
            (self.tr("Score"), self.score_label),
        ):
            self.form.addRow(title, label)
            self.form.setRowVisible(label, False)  # until a photo has something to say there

    @staticmethod
    def _value() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def attach(self, library: Library, submit: Submit) -> None:
        """Read camera facts through ``library.photo_metadata`` on the window's pool (``submit``)."""
        self._library = library
        self._submit = submit

    def show_record(self, record: PhotoRecord, score: float | None = None) -> None:
        """Show what the catalog knows now; the camera facts follow when read."""
        self.record = record
        self.metadata = None
        self._fill(PhotoMetadata(record.path, record.size, record.width, record.height, date_taken=record.date_taken))
        self._show_text(self.score_label, format(num(score), ".3f") if score is not None else None)
        if self._library is None or self._submit is None:
            return
        library, photo_id = self._library, record.id

        def done(meta: PhotoMetadata | None) -> None:
            if meta is not None and self.record is not None and self.record.id == photo_id:
                self.set_metadata(meta)

        self._submit(lambda: library.photo_metadata(photo_id), done, lambda _message: None)

    def set_metadata(self, meta: PhotoMetadata) -> None:
        """Show a photo's metadata as read from its file."""
        self.metadata = meta
        self._fill(meta)

    def is_shown(self, label: QLabel) -> bool:
        """Whether the row of ``label`` is on show (rows without a value are hidden)."""
        return self.form.isRowVisible(label)

    # ------------------------------------------------------------ filling
    def _fill(self, meta: PhotoMetadata) -> None:
        self._show_text(self.camera_label, meta.camera)
        self._show_text(self.lens_label, meta.lens)
        self._show_text(self.exposure_label, self.exposure_text(meta))
        self._show_text(self.aperture_label, "f/{0}".format(num(round(meta.f_number, 1))) if meta.f_number else None)
        self._show_text(self.iso_label, str(num(meta.iso)) if meta.iso else None)
        self._show_text(self.focal_label, self.focal_text(meta))
        self._show_text(self.date_label, self.date_text(meta))
        self._show_text(
            self.pixels_label,
            "{0} × {1}".format(num(meta.width), num(meta.height)) if meta.width and meta.height else None,
        )
        self._show_text(self.file_size_label, self.size_text(meta.file_size))
        self.path_label.set_path(meta.path)
        self.form.setRowVisible(self.path_label, True)
        if meta.latitude is not None and meta.longitude is not None:
            place = self.tr("{0:.5f}, {1:.5f}").format(num(meta.latitude), num(meta.longitude))
            link = map_url(meta.latitude, meta.longitude).toString()
            open_map = self.tr("Open map")
            self._show_text(self.location_label, f'{place}<br><a href="{link}">{open_map}</a>')
        else:
            self._show_text(self.location_label, None)

    def _show_text(self, label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        self.form.setRowVisible(label, bool(text))

    def exposure_text(self, meta: PhotoMetadata) -> str | None:
        """"1/250 s", or "2.5 s" for a long exposure."""
        if meta.exposure_time is None:
            return None
        n = meta.shutter_denominator
        if n is not None:
            return self.tr("1/{0} s").format(n)  # no thousands separator: "1/8000 s" as cameras write it
        return self.tr("{0:g} s").format(num(round(meta.exposure_time, 1)))

    def focal_text(self, meta: PhotoMetadata) -> str | None:
        """"50 mm", with its 35 mm equivalent when it differs."""
        if meta.focal_length is None:
            return None
        text = self.tr("{0:g} mm").format(num(round(meta.focal_length, 1)))
        if meta.focal_length_35mm and round(meta.focal_length_35mm) != round(meta.focal_length):
            text = self.tr("{0} (35 mm equivalent: {1:g} mm)").format(text, num(round(meta.focal_length_35mm)))
        return text

    def date_text(self, meta: PhotoMetadata) -> str | None:
        """When the photo was taken, else the file's date marked as such."""
        record = self.record
        if meta.date_taken is not None:
            return dt.datetime.fromtimestamp(meta.date_taken).strftime("%Y-%m-%d %H:%M")
        if record is None:
            return None
        return dt.datetime.fromtimestamp(record.mtime).strftime("%Y-%m-%d %H:%M") + " " + self.tr("(file date)")

    @staticmethod
    def size_text(size: int | None) -> str | None:
        """A file size in the unit that suits it (bytes, kB, MB, GB: powers of 1000), written the locale's way."""
        if size is None:
            return None
        return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
