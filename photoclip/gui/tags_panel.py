"""The photo view's tags: the albums a photo is in, each with Confirm, Reject and Clear.

The panel only shows and asks: a click emits :attr:`PhotoTagsPanel.feedback`,
and the main window hands it to the core's service (the one writer), which
confirms or rejects the tag and, when that moved the tag's threshold, files
the rest of the library again. While the job runs the panel is busy; the
main window then shows the photo's tags as stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.tagsets.records import Album, PhotoTag
from photoclip.gui import tag_names
from photoclip.gui.i18n import num


class TagRow(QFrame):
    """One tag of the photo: its album, how it got there, and the three feedback buttons."""

    def __init__(self, tag: PhotoTag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = name = QLabel()
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setText(
            "<b>{0}</b> <span style='color:gray'>{1}</span>".format(
                _escape(tag_names.tag_label(tag.tagset, tag.label)), _escape(tag_names.set_name(tag.tagset))
            )
        )
        name.setWordWrap(True)
        score = "" if tag.score is None else self.tr(" · score {0:.2f}").format(num(tag.score))
        if tag.source == "manual" and tag.assigned:
            state = self.tr("Confirmed by you")
        elif tag.source == "manual":
            state = self.tr("Rejected by you")
        else:
            state = self.tr("Filed automatically")
        self.state_label = QLabel(state + score)
        self.state_label.setWordWrap(True)  # "Clasificada automáticamente · puntuación 0,31" is wider than the side panel
        self.state_label.setStyleSheet("color: gray;" if tag.assigned else "color: #b04040;")
        # Tool buttons: three fit the narrow side panel, scroll bar and all.
        self.confirm_button = QToolButton()
        self.confirm_button.setText(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("This photo belongs in this album: no later run takes it out."))
        self.reject_button = QToolButton()
        self.reject_button.setText(self.tr("Reject"))
        self.reject_button.setToolTip(self.tr("This photo does not belong in this album: no later run puts it back."))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Forget your choice: the tag set decides again."))
        self.confirm_button.setEnabled(not (tag.source == "manual" and tag.assigned))
        self.reject_button.setEnabled(tag.assigned or tag.source != "manual")
        self.clear_button.setEnabled(tag.source == "manual")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.confirm_button, self.reject_button, self.clear_button):
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(name)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)


class PhotoTagsPanel(QGroupBox):
    """The tags of the photo on show, with manual feedback."""

    # (tag id, "confirm" | "reject" | "clear") for the photo on show.
    feedback = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Albums"), parent)
        self.rows: dict[int, TagRow] = {}
        self._editable = False
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: gray;")
        self._rows_box = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self.add_combo = QComboBox()
        self.add_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(10)
        self.add_combo.setToolTip(self.tr("Put this photo in another album by hand (a confirmation)."))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._on_add)
        self.add_label = QLabel(self.tr("Put it in another album:"))
        add = QHBoxLayout()
        add.addWidget(self.add_combo, 1)
        add.addWidget(self.add_button)
        # Everything scrolls: the panel shares the narrow side column with the
        # metadata and the captions, and must not set the window's minimum height.
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.message)
        inner.addWidget(self._rows_box)
        inner.addWidget(self.add_label)
        inner.addLayout(add)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setMinimumHeight(32)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll, 1)
        self.show_loading()

    def show_loading(self) -> None:
        """A new photo: its tags are on their way."""
        self._clear_rows()
        self.message.setText(self.tr("Loading…"))
        self.message.setVisible(True)
        self.add_combo.clear()
        self._set_add_enabled(False)

    def set_busy(self, busy: bool) -> None:
        """A change is being saved: no more clicks until it is."""
        for row in self.rows.values():
            row.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Saving…"))
            self.message.setVisible(True)
        self._set_add_enabled(not busy and self._editable and self.add_combo.count() > 0)

    def set_tags(self, tags: Sequence[PhotoTag], albums: Sequence[Album], editable: bool) -> None:
        """Show the photo's tags; ``albums`` are every album of the library (for Add), ``editable`` False for a read-only library."""
        self._editable = editable
        self._clear_rows()
        for tag in tags:
            row = TagRow(tag)
            row.confirm_button.clicked.connect(lambda _=False, t=tag.tag_id: self.feedback.emit(t, "confirm"))
            row.reject_button.clicked.connect(lambda _=False, t=tag.tag_id: self.feedback.emit(t, "reject"))
            row.clear_button.clicked.connect(lambda _=False, t=tag.tag_id: self.feedback.emit(t, "clear"))
            for b in (row.confirm_button, row.reject_button, row.clear_button):
                b.setVisible(editable)
            self.rows[tag.tag_id] = row
            self._rows_layout.addWidget(row)
        if tags:
            self.message.setVisible(False)
        elif albums:
            self.message.setText(self.tr("This photo is in no album."))
            self.message.setVisible(True)
        else:
            self.message.setText(self.tr("No albums yet: create tag sets with “Tag sets…” to file photos into albums."))
            self.message.setVisible(True)
        if not editable and albums:
            self.message.setText(self.tr("This library is open read-only: albums cannot be changed."))
            self.message.setVisible(True)
        have = {t.tag_id for t in tags if t.assigned}
        self.add_combo.clear()
        for album in albums:
            if album.tag_id not in have:
                self.add_combo.addItem(tag_names.album_name(album.tagset, album.label), album.tag_id)
        self.add_combo.setVisible(editable and bool(albums))
        self.add_label.setVisible(editable and bool(albums))
        self.add_button.setVisible(editable and bool(albums))
        self._set_add_enabled(editable and self.add_combo.count() > 0)

    def _set_add_enabled(self, enabled: bool) -> None:
        self.add_combo.setEnabled(enabled)
        self.add_button.setEnabled(enabled)

    def _on_add(self) -> None:
        tag_id = self.add_combo.currentData()
        if tag_id is not None:
            self.feedback.emit(int(tag_id), "confirm")

    def _clear_rows(self) -> None:
        for row in self.rows.values():
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows.clear()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
