"""The photo view's captions editor: the user's own descriptions of a photo.

Captions are what personalisation learns from (``core/personalize/``). A
photo's captions are listed one per row (long ones wrap, so each row is
clearly one caption); a caption is added from the field below the list,
changed in place (double-click or F2; emptied, it is removed) or removed
with the Remove button. Every change is stored at once with
:meth:`Library.set_captions`: there is no unsaved state to lose. Text typed
in the field but not added yet is added when another photo is shown.

Why a save is a pool call and not a service job: it is one small SQLite
transaction under the catalog's lock (the catalog serialises every access
to its single connection, so it cannot interleave with the service's own
transactions), and it touches no vector, index or model. No service job
reads captions except a personalisation run, which reads them once when it
starts (a caption saved during training counts for the next run). Routed
through the service, the save would wait behind a long, non-preemptible job
(an embedding batch, a training run) while the user looks at the photo.
Saves of one editor run one at a time, in order: a change made while one is
being stored is stored right after it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.captions import clean_captions
from photoclip.core.library import Library
from photoclip.gui.core_messages import core_text
from photoclip.gui.workers import Submit


class CaptionsWidget(QWidget):
    """List, add, change and remove the captions of the photo shown; every change is stored at once."""

    # A photo's captions were stored: (photo id, the captions as stored).
    saved = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self._submit: Submit | None = None
        self.photo_id: int | None = None
        self._ticket = 0
        self._loading = False
        self._saving = False
        self._pending: tuple[int, list[str]] | None = None  # the latest change, waiting for the save in flight
        self._read_only = False

        title = QLabel(self.tr("Captions"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        # A line under each caption: a long one wraps, and it must still read as one caption.
        self.list.setStyleSheet(
            "QListWidget::item { border-bottom: 1px solid palette(midlight); padding: 3px 2px; }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(170)
        self.list.setToolTip(self.tr("Double-click a caption to change it"))
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.new_caption = QLineEdit()
        self.new_caption.setPlaceholderText(self.tr("Add a caption, e.g. “Rex asleep on the sofa”"))
        self.new_caption.returnPressed.connect(self.add)
        self.new_caption.textChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected caption"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: gray;")
        self._hint = self.tr("Personalisation learns your words from captions.")
        self.status.setText(self._hint)

        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.addWidget(self.new_caption, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._update_buttons()

    # ------------------------------------------------------------------ wiring
    def attach(self, library: Library, submit: Submit) -> None:
        """Give the editor its library and a way to run calls off the GUI thread."""
        self.library = library
        self._submit = submit
        self._read_only = library.read_only
        self.new_caption.setVisible(not self._read_only)
        self.add_button.setVisible(not self._read_only)
        self.remove_button.setVisible(not self._read_only)
        if self._read_only:
            self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self._hint = self.tr("This library is open read-only: captions cannot be changed.")
            self.status.setText(self._hint)

    # ------------------------------------------------------------------ state
    def captions(self) -> list[str]:
        """The captions listed (cleaned the way they are stored)."""
        return clean_captions(self.list.item(row).text() for row in range(self.list.count()))

    def is_busy(self) -> bool:
        """Whether captions are being loaded or stored."""
        return self._loading or self._saving

    def show_photo(self, photo_id: int) -> None:
        """Show a photo's captions (a caption typed but not added yet goes to the previous photo first)."""
        if self.photo_id is not None and photo_id != self.photo_id and self.new_caption.text().strip():
            self.add()
        self.new_caption.clear()
        self.photo_id = photo_id
        self._ticket += 1
        ticket = self._ticket
        self._loading = True
        self._fill([])
        self.list.setEnabled(False)
        self._show_status(self._hint)
        self._update_buttons()
        if self.library is None or self._submit is None:
            return
        library = self.library

        def done(texts: list[str]) -> None:
            if ticket != self._ticket:
                return  # another photo is shown by now
            self._loading = False
            self._fill(texts)
            self.list.setEnabled(True)
            self._update_buttons()

        def failed(message: str) -> None:
            if ticket != self._ticket:
                return
            self._loading = False
            self._show_status(core_text(message))
            self._update_buttons()

        self._submit(lambda: library.captions(photo_id), done, failed)

    # ------------------------------------------------------------------ edits
    def add(self) -> None:
        """Add the caption typed in the field."""
        text = " ".join(self.new_caption.text().split())
        if not text or self.photo_id is None or self._loading or self._read_only:
            return
        self.new_caption.clear()
        if text in self.captions():
            self._show_status(self.tr("This photo already has that caption."))
            return
        self._fill([*self.captions(), text])
        self._store()

    def remove_selected(self) -> None:
        """Remove the selected caption."""
        row = self.list.currentRow()
        if row < 0 or self._loading or self._read_only:
            return
        self.list.takeItem(row)
        self._store()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        cleaned = self.captions()
        if [self.list.item(r).text() for r in range(self.list.count())] != cleaned:
            self._fill(cleaned)  # an emptied caption goes away, a repeated one is shown once
        self._store()

    def _fill(self, texts: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in texts:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    # ------------------------------------------------------------------ saving
    def _store(self) -> None:
        """Store the listed captions of the photo shown (a pool call: see the module's docstring)."""
        if self.photo_id is None or self.library is None or self._submit is None:
            return
        self._pending = (self.photo_id, self.captions())
        if not self._saving:
            self._save_next()

    def _save_next(self) -> None:
        assert self._submit is not None and self.library is not None  # _store runs only once attached
        if self._pending is None:
            self._saving = False
            self._update_buttons()
            return
        (photo_id, texts), self._pending = self._pending, None
        self._saving = True
        library = self.library
        self._update_buttons()

        def done(stored: list[str]) -> None:
            if photo_id == self.photo_id and self._pending is None:
                self._show_status(self.tr("%Ln captions saved", "", len(stored)))
            self.saved.emit(photo_id, list(stored))
            self._save_next()

        def failed(message: str) -> None:
            if photo_id == self.photo_id:
                self._show_status(self.tr("Not saved: {0}").format(core_text(message)))
            self._save_next()

        self._submit(lambda: library.set_captions(photo_id, texts), done, failed)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def _update_buttons(self) -> None:
        ready = self.photo_id is not None and not self._loading and not self._read_only
        self.add_button.setEnabled(ready and bool(self.new_caption.text().strip()))
        self.new_caption.setEnabled(ready)
        self.remove_button.setEnabled(ready and self.list.currentRow() >= 0)
