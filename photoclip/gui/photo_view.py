"""The photo view: one photo large (upright per EXIF), its facts, its albums and captions, and actions.

The main window hands over a photo of its grid with its place in the list
(:meth:`PhotoView.show_record`) and opens another when the view asks for one
(:attr:`PhotoView.open_row`: arrows, wheel, PageUp/PageDown, Home/End, the
slideshow). The picture is decoded on the window's pool at the screen's
resolution, and again at full resolution when the user zooms past it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.library import Library
from photoclip.core.storage.records import PhotoRecord
from photoclip.gui.captions_widget import CaptionsWidget
from photoclip.gui.i18n import num
from photoclip.gui.metadata_panel import MetadataPanel
from photoclip.gui.photo_words import PhotoWordsPanel
from photoclip.gui.tags_panel import PhotoTagsPanel
from photoclip.gui.viewer import ImageCanvas, PreviewLoader, command_for_key, dark_background, decode_preview, screen_side
from photoclip.gui.workers import Submit

# decode_preview is re-exported: it lived here before the viewer module, and callers import it from here.
__all__ = ["PhotoView", "decode_preview"]

SLIDESHOW_MS = 3000
SIDE_PANEL_WIDTH = 300


class PhotoView(QWidget):
    """Shows one photo large, with its metadata and actions."""

    # The user asked for photos similar to this one (photo id).
    find_similar = Signal(int)
    # The user wants to go back to the grid.
    back = Signal()
    # The user moved to another photo of the list (its row).
    open_row = Signal(int)
    # The heart was clicked: the photo on show in (True) or out of the favourites (photo id, wanted state).
    favourite_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: PhotoRecord | None = None
        self.position = 0
        self.count = 0
        self._loader: PreviewLoader | None = None
        self._full_window: QWidget | None = None
        self._slideshow_full_screen = False
        self._slideshow = QTimer(self)
        self._slideshow.setInterval(SLIDESHOW_MS)
        self._slideshow.timeout.connect(self._slideshow_step)

        self.canvas = ImageCanvas()
        self.canvas.command.connect(self.run_command)
        self.canvas.zoom_changed.connect(self._show_zoom)
        self.canvas.wants_full_resolution.connect(self._load_full_resolution)
        self.canvas.installEventFilter(self)
        self.canvas.viewport().installEventFilter(self)

        self.back_button = QPushButton(self.tr("← Back"))
        self.previous_button = self._tool(QStyle.StandardPixmap.SP_ArrowBack, self.tr("Previous photo (Left arrow)"))
        self.next_button = self._tool(QStyle.StandardPixmap.SP_ArrowForward, self.tr("Next photo (Right arrow)"))
        self.position_label = QLabel()
        # The zoom as a percentage; its menu fits the photo or shows every pixel.
        self.zoom_button = self._tool(None, self.tr("Zoom: Ctrl+wheel zooms, drag to pan, double-click switches between fit and 100 %"))
        self.zoom_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        zoom_menu = QMenu(self.zoom_button)
        self.fit_action = zoom_menu.addAction(self.tr("Fit in window"))
        self.fit_action.setShortcut(QKeySequence(Qt.Key.Key_0))
        self.actual_action = zoom_menu.addAction(self.tr("Actual size (100 %)"))
        self.actual_action.setShortcut(QKeySequence(Qt.Key.Key_1))
        for action in (self.fit_action, self.actual_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown in the menu; the canvas handles the keys
        self.zoom_button.setMenu(zoom_menu)
        self.full_screen_button = self._tool(QStyle.StandardPixmap.SP_TitleBarMaxButton, self.tr("Full screen (F)"))
        self.slideshow_button = self._tool(QStyle.StandardPixmap.SP_MediaPlay, self.tr("Slideshow (S); any key stops it"))
        self.favourite_button = self._tool(None, self.tr("Favourite (the period key)"), "♡")
        self.favourite_button.setCheckable(True)
        self.favourite_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        heart = self.favourite_button.font()
        heart.setPointSizeF(heart.pointSizeF() * 1.4)
        self.favourite_button.setFont(heart)
        self._favourites: set[int] = set()
        self.similar_button = QPushButton(self.tr("Find similar"))
        # The user's albums, asked of the main window when the menu opens (it knows them).
        self.album_menu: Callable[[int, QWidget], QMenu] | None = None
        self._album_source: QMenu | None = None
        self.album_button = QToolButton()
        self.album_button.setText(self.tr("Add to album"))
        self.album_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.album_button.setMenu(QMenu(self.album_button))
        self.album_button.menu().aboutToShow.connect(self._fill_album_menu)
        # Opening elsewhere sits behind "…": the row must stay narrow in every language.
        self.more_button = QToolButton()
        self.more_button.setText("…")
        self.more_button.setToolTip(self.tr("More actions"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.open_action = more.addAction(self.tr("Open with default app"))
        self.folder_action = more.addAction(self.tr("Show in folder"))
        self.more_button.setMenu(more)
        self.back_button.clicked.connect(self.back)
        self.previous_button.clicked.connect(lambda: self.run_command("previous"))
        self.next_button.clicked.connect(lambda: self.run_command("next"))
        self.fit_action.triggered.connect(self.canvas.fit)
        self.actual_action.triggered.connect(lambda: self.canvas.actual_size())
        self.full_screen_button.clicked.connect(lambda: self.run_command("full_screen"))
        self.slideshow_button.clicked.connect(lambda: self.run_command("slideshow"))
        self.favourite_button.clicked.connect(self._on_favourite)
        self.similar_button.clicked.connect(self._on_similar)
        self.open_action.triggered.connect(self._on_open)
        self.folder_action.triggered.connect(self._on_show_in_folder)

        buttons = QHBoxLayout()
        for w in (self.back_button, self.similar_button, self.album_button, self.more_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.position_label)  # up here, where the row has room for "30.000 de 40.000"

        # Under the photo: move, zoom, full screen, slideshow (kept narrow: the window's minimum width depends on it).
        controls = QHBoxLayout()
        controls.setSpacing(2)
        controls.addStretch(1)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.next_button)
        controls.addSpacing(4)
        controls.addWidget(self.zoom_button)
        controls.addSpacing(4)
        controls.addWidget(self.full_screen_button)
        controls.addWidget(self.slideshow_button)
        controls.addWidget(self.favourite_button)
        controls.addStretch(1)

        # Camera, exposure, date, pixels, size, path and place (the main window attaches the library).
        self.metadata = MetadataPanel()
        self.score_label = self.metadata.score_label
        # The photo's own words, best first; a click asks the main window to search for one.
        self.words = PhotoWordsPanel()
        # The albums the photo is in, with Confirm / Reject / Clear (the main window saves them).
        self.tags_panel = PhotoTagsPanel()
        # The user's captions of the photo (the main window attaches the library).
        self.captions = CaptionsWidget()

        side = QVBoxLayout()
        side.addWidget(self.metadata)
        side.addWidget(self.words)
        side.addWidget(self.captions)
        side.addWidget(self.tags_panel, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        # Scrolls rather than making the window taller when a photo has many facts, captions and albums.
        self.side_panel = QScrollArea()
        self.side_panel.setWidget(side_widget)
        self.side_panel.setWidgetResizable(True)
        self.side_panel.setFrameShape(QFrame.Shape.NoFrame)
        self.side_panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_panel.setFixedWidth(SIDE_PANEL_WIDTH)

        self._photo_column = QVBoxLayout()
        self._photo_column.addWidget(self.canvas, 1)
        self._photo_column.addLayout(controls)
        body = QHBoxLayout()
        body.addLayout(self._photo_column, 1)
        body.addWidget(self.side_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)

    def _tool(self, icon: QStyle.StandardPixmap | None, tip: str, text: str = "") -> QToolButton:
        button = QToolButton()
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
            button.setIconSize(QSize(20, 20))
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def attach(self, library: Library, submit: Submit, service: Callable[[], Any] = lambda: None) -> None:
        """Decode photos and read their metadata through the window's pool (``submit``); ``service`` returns the core's service, if any."""
        self._loader = PreviewLoader(submit)
        self.metadata.attach(library, submit)
        self.words.attach(library, submit, service)
        self.captions.attach(library, submit)

    # ---------------------------------------------------------------- show
    def show_record(self, record: PhotoRecord, score: float | None = None, position: int = 0, count: int = 1) -> None:
        """Show a photo of the list: its facts now, the picture when decoded.

        Args:
            record: The photo.
            score: Its search score, if it came from a search.
            position: Its row in the main window's list.
            count: How many photos the list has (for next, previous and the counter).
        """
        self.record = record
        self._show_favourite()
        self.set_place(position, count)
        self.canvas.show_message(self.tr("Loading…"))
        self.metadata.show_record(record, score)
        self.words.show_photo(record.id)
        self.captions.show_photo(record.id)
        if self._loader is not None:
            self._loader.load(record.path, screen_side(self), self.set_image)

    def set_favourites(self, photo_ids: set[int]) -> None:
        """Which photos are favourites: the heart under the photo on show follows."""
        self._favourites = set(photo_ids)
        self._show_favourite()

    def _show_favourite(self) -> None:
        on = self.record is not None and self.record.id in self._favourites
        self.favourite_button.setChecked(on)
        self.favourite_button.setText("♥" if on else "♡")

    def _on_favourite(self) -> None:
        if self.record is not None:
            self.favourite_toggled.emit(self.record.id, self.favourite_button.isChecked())

    def set_place(self, position: int, count: int) -> None:
        """Where the photo on show sits in the list (the list changed underneath: a rescan, an edit)."""
        self.position, self.count = position, count
        self.position_label.setText(self.tr("{0} of {1}").format(num(position + 1), num(count)))
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < count - 1)

    def set_image(self, image: QImage | None, error: str | None = None) -> None:
        """Show the decoded photo, or why it could not be shown."""
        if image is None or image.isNull():
            self.canvas.show_message(self.tr("Cannot show this photo: {0}").format(error or "?"))
            return
        record = self.record
        source = QSize(record.width, record.height) if record is not None and record.width and record.height else None
        self.canvas.set_image(image, source)

    def has_image(self) -> bool:
        return self.canvas.has_image()

    def _load_full_resolution(self) -> None:
        record = self.record
        if record is None or self._loader is None:
            return

        def shown(image: QImage | None, _error: str | None) -> None:
            if image is not None and self.record is record:
                self.canvas.set_image(image, keep_zoom=True)

        self._loader.load(record.path, None, shown)

    def _show_zoom(self) -> None:
        self.zoom_button.setText(format(num(self.canvas.zoom()), ".0%") if self.canvas.has_image() else "–")

    # ------------------------------------------------------------ commands
    def run_command(self, command: str) -> None:
        """Act on a viewer command (see viewer.Command): move, full screen, slideshow."""
        last = self.count - 1
        target = {"next": self.position + 1, "previous": self.position - 1, "first": 0, "last": last}.get(command)
        if target is not None:
            if 0 <= target <= last and target != self.position:
                self.open_row.emit(target)
        elif command == "full_screen":
            self.set_full_screen(not self.is_full_screen())
        elif command == "leave_full_screen":
            self.set_full_screen(False)
        elif command == "slideshow":
            self.stop_slideshow() if self.slideshow_running() else self.start_slideshow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = command_for_key(event)  # keys the focused button or panel left alone
        if command is None:
            super().keyPressEvent(event)
            return
        self.run_command(command)
        event.accept()

    # ---------------------------------------------------------- full screen
    def is_full_screen(self) -> bool:
        """Whether the photo fills the screen on its own."""
        return self._full_window is not None

    def set_full_screen(self, on: bool) -> None:
        """Show the photo alone on the whole screen (F, F11), or back beside its facts (Esc, F)."""
        if on == self.is_full_screen():
            return
        if on:
            full = QWidget(self, Qt.WindowType.Window)
            full.setWindowTitle(self.window().windowTitle())
            dark_background(full)
            layout = QVBoxLayout(full)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.canvas)
            dark_background(self.canvas)
            self._full_window = full
            full.showFullScreen()
        elif self._full_window is not None:
            full, self._full_window = self._full_window, None
            self.canvas.setPalette(self.palette())
            self.canvas.setAutoFillBackground(False)
            self._photo_column.insertWidget(0, self.canvas, 1)
            full.close()
            full.deleteLater()
            self.stop_slideshow()
        self.canvas.setFocus()

    # ------------------------------------------------------------ slideshow
    def slideshow_running(self) -> bool:
        return self._slideshow.isActive()

    def start_slideshow(self) -> None:
        """Full screen, the next photo every few seconds (from the first after the last); any key stops it."""
        if self.count < 2:
            return
        self._slideshow_full_screen = not self.is_full_screen()
        self.set_full_screen(True)
        self._slideshow.start()

    def stop_slideshow(self) -> None:
        """Stop the slideshow, leaving full screen if the slideshow entered it."""
        if not self._slideshow.isActive():
            return
        self._slideshow.stop()
        if self._slideshow_full_screen:
            self._slideshow_full_screen = False
            self.set_full_screen(False)

    def _slideshow_step(self) -> None:
        self.open_row.emit(self.position + 1 if self.position + 1 < self.count else 0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # During a slideshow any key or click stops it, and does nothing else.
        if self._slideshow.isActive() and event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.stop_slideshow()
            return True
        return super().eventFilter(obj, event)

    # -------------------------------------------------------------- actions
    def _on_similar(self) -> None:
        if self.record is not None:
            self.find_similar.emit(self.record.id)

    def _fill_album_menu(self) -> None:
        menu = self.album_button.menu()
        menu.clear()
        if self._album_source is not None:
            self._album_source.deleteLater()  # the entries of the last opening
            self._album_source = None
        if self.record is not None and self.album_menu is not None:
            self._album_source = self.album_menu(self.record.id, menu)
            menu.addActions(self._album_source.actions())

    def _on_open(self) -> None:
        if self.record is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.record.path))

    def _on_show_in_folder(self) -> None:
        if self.record is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self.record.path)))
