"""The photo view's albums at work: the tags of the photo on show, and the user's Confirm / Reject / Clear.

The panel (``tags_panel.py``) only shows and asks. This loads the photo's
tags off the GUI thread and hands each click to the core's service (the
library's one writer) as a job; when the job ends, the photo's tags are
loaded again and the main window reloads its albums.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from photoclip.core.library import Library
from photoclip.core.tagsets.records import Album, PhotoTag
from photoclip.errors import PhotoclipError
from photoclip.gui import tag_names
from photoclip.gui.photo_view import PhotoView
from photoclip.gui.workers import Submit, traceback_text, watch_future


class PhotoTags(QObject):
    """Loads the albums of the photo on show and sends the user's feedback on them to the service.

    Args:
        library: The open library.
        view: The photo view, whose tags panel this fills and listens to.
        submit: Runs a function off the GUI thread: ``submit(fn, on_done, on_failed=None)`` (the main window's).
        albums: The library's albums as the window last loaded them (for the panel's Add).
        parent: The main window.
    """

    # The photo view shows the tags of its photo (photo id).
    shown = Signal(int)
    # A feedback job ended, whichever way: the albums' counts may have changed.
    handled = Signal()
    # What the feedback did, for the status bar.
    status = Signal(str)
    # A problem the user can act on (a core message, or a read-only library).
    error = Signal(str)
    # A bug in the job: its traceback.
    crashed = Signal(str)

    def __init__(self, library: Library, view: PhotoView, submit: Submit, albums: Callable[[], Sequence[Album]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.view = view
        self._submit = submit
        self._albums = albums
        self.service: Any = None  # the core's IndexService, when the library is writable
        self._ticket = 0
        view.tags_panel.feedback.connect(self.feedback)

    def load(self, photo_id: int) -> None:
        """Show the albums of the photo on show, with Confirm / Reject / Clear.

        Args:
            photo_id: The photo on show.
        """
        self._ticket += 1
        ticket = self._ticket
        self.view.tags_panel.show_loading()
        tags = self.library.tags

        def done(result: list[PhotoTag]) -> None:
            record = self.view.record
            if ticket != self._ticket or record is None or record.id != photo_id:
                return
            self.view.tags_panel.set_tags(result, self._albums(), editable=self.service is not None)
            self.shown.emit(photo_id)

        self._submit(lambda: tags.photo_tags(photo_id), done)

    def feedback(self, tag_id: int, action: str) -> None:
        """Confirm, reject or clear a tag of the photo on show.

        The change goes to the service as a job: it writes several
        transactions and may need the model, and the service is the library's
        one writer. When it moved the tag's threshold, the service files the
        rest of the library again (a tags job, shown in the status bar).

        Args:
            tag_id: The tag.
            action: "confirm", "reject" or "clear".
        """
        record = self.view.record
        if record is None:
            return
        if self.service is None:
            self.error.emit(self.tr("This library is open read-only: albums cannot be changed."))
            return
        photo_id = record.id
        panel = self.view.tags_panel
        panel.set_busy(True)
        future = self.service.tag_feedback(tag_id, [photo_id], action)

        def done(change: Any) -> None:
            label = tag_names.tag_label(change.tagset, change.label)
            if action == "confirm":
                text = self.tr("Confirmed: this photo is in “{0}”").format(label)
            elif action == "reject":
                text = self.tr("Rejected: this photo is not in “{0}”").format(label)
            else:
                text = self.tr("“{0}” decides for this photo again").format(label)
            if change.needs_apply:
                text = self.tr("{0}; the album's threshold moved, so the library is filed again").format(text)
            self.status.emit(text)
            self._after_feedback(photo_id)

        def errored(error: BaseException) -> None:
            if isinstance(error, PhotoclipError):
                self.error.emit(str(error))
            else:
                self.crashed.emit(traceback_text(error))
            self._after_feedback(photo_id)

        signals = watch_future(future, self)
        signals.returned.connect(done)
        signals.errored.connect(errored)
        signals.aborted.connect(lambda: self._after_feedback(photo_id))

    def _after_feedback(self, photo_id: int) -> None:
        record = self.view.record
        if record is not None and record.id == photo_id:
            self.load(photo_id)
        self.handled.emit()
