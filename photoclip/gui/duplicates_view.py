"""The duplicates review: groups of copies side by side, the one to keep marked, the others set aside with an undo.

A page of the main window (Explore › Duplicates in the sidebar) over
``Library.duplicates``. Finding runs on a worker thread with progress; it
gathers the near copies once at the loosest threshold the slider offers, so
moving the slider only draws the groups again (``Duplicates.regroup``, on
the pool: no file is read again). Moving the others out and putting them
back are jobs of the IndexService (the library's one writer), never writes on
the GUI thread. Every move can be undone (the Undo button, or Edit › Undo
moving duplicates, Ctrl+Z) until the window closes; after that the files
wait in the library's holding folder, where ``photoclip duplicates undo``
and ``empty`` find them. Nothing is deleted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.duplicates.finding import DEFAULT_THRESHOLD
from photoclip.core.duplicates.records import DuplicateGroup, DuplicatePhoto, DuplicateSummary, FileProblem, TrashResult, UndoResult
from photoclip.core.library import Library
from photoclip.core.storage.records import PhotoRecord
from photoclip.errors import PhotoclipError
from photoclip.gui.core_messages import core_text
from photoclip.gui.grid import ThumbnailLoader
from photoclip.gui.i18n import num
from photoclip.gui.sidebar import node_of
from photoclip.gui.workers import Report, Submit, Worker, traceback_text, watch_future

#: The slider's loosest threshold: the search gathers links down to it, so any slider position regroups without a new search.
FLOOR = 0.90
#: The slider counts thousandths of a cosine.
STEPS = 1000
#: Groups built as widgets at a time ("Show more" adds as many again).
GROUPS_PER_PAGE = 40
THUMB = 160
CARD_WIDTH = 200


def size_text(size: int) -> str:
    """A file size the locale's way (kB, MB, SI units as the metadata panel shows them)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class ElidedLabel(QLabel):
    """A one-line label that elides its text in the middle to fit (a path keeps its start and its file name); the tooltip has it whole."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setToolTip(text)
        self.setMinimumWidth(40)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(0, event.size().width())))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), CARD_WIDTH), hint.height())


class PhotoCard(QFrame):
    """One photo of a group: thumbnail, "Keep" choice, resolution, size, date and path."""

    def __init__(self, photo: DuplicatePhoto, suggested: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = photo
        self.setObjectName("card")
        self.setFixedWidth(CARD_WIDTH)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMB, THUMB)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setToolTip(photo.path)
        self.keep_button = QRadioButton(self.tr("Keep (suggested)") if suggested else self.tr("Keep"))
        if suggested:
            self.keep_button.setToolTip(self.tr("Suggested: the largest resolution, then the largest file, then the oldest"))
        resolution = self.tr("{0} × {1}").format(photo.width, photo.height) if photo.width and photo.height else self.tr("size unknown")
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(photo.date)), QLocale.FormatType.ShortFormat)
        self.details = QLabel("{0}\n{1}\n{2}".format(resolution, size_text(photo.size), when))
        self.path_label = ElidedLabel(photo.path)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.details)
        layout.addWidget(self.path_label)

    def set_kept(self, kept: bool) -> None:
        """Frame the photo that stays; the others, which would go, are drawn plain."""
        self.setStyleSheet("#card { border: 3px solid #2e9e4f; border-radius: 6px; }" if kept else "#card { border: 3px solid transparent; }")
        self.keep_button.setChecked(kept)

    def set_thumbnail(self, image: QImage) -> None:
        self.thumbnail.setPixmap(
            QPixmap.fromImage(image).scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )


class GroupBox(QGroupBox):
    """A group of copies, side by side; its check box says whether it takes part in a move."""

    # The user picked another photo to keep (its id).
    keeper_chosen = Signal(int)

    def __init__(self, number: int, group: DuplicateGroup, suggested: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        if group.kind == "exact":
            how = self.tr("same bytes")
        else:
            how = self.tr("similar (≥ {0:.3f})").format(num(math.floor(group.similarity * 1000) / 1000))  # never rounded up past the truth
        self.setTitle(self.tr("Group {0}: {1}, %Ln photos, {2} to free", "", len(group.photos)).format(num(number), how, size_text(group.reclaimable)))
        self.setCheckable(True)
        self.setToolTip(self.tr("Clear the check box to leave this group as it is"))
        self.cards: dict[int, PhotoCard] = {}
        self.choice = QButtonGroup(self)
        row = QHBoxLayout(self)
        for photo in group.photos:
            card = PhotoCard(photo, photo.photo_id == suggested)
            self.cards[photo.photo_id] = card
            self.choice.addButton(card.keep_button, photo.photo_id)
            row.addWidget(card)
        row.addStretch(1)
        self.show_keeper()
        self.choice.idClicked.connect(self.keeper_chosen)

    def show_keeper(self) -> None:
        keep = self.group.keep.photo_id
        for pid, card in self.cards.items():
            card.set_kept(pid == keep)


class DuplicatesView(QWidget):
    """Find, review and set aside duplicates; undo until the window closes.

    The view wires itself into the window: Explore › Duplicates in the
    sidebar opens it, a page of the window's pages.
    The grid and the sidebar follow a move or an undo as they follow any job
    of the service: the window reloads them when the service is idle again.

    Args:
        library: The open library.
        service: Gives the IndexService (None while the library is read-only).
        submit: Runs a short call off the GUI thread (the main window's).
        sidebar: The window's sidebar, whose Duplicates item opens the view.
        pages: The window's pages, where the view is shown.
    """

    # Photos were moved out of the library or put back: the grid and the sidebar reload.
    library_changed = Signal()
    # New groups are on show (after a search, a threshold change, a move or an undo).
    groups_shown = Signal()
    # A move or an undo ended (its TrashResult or UndoResult).
    moved = Signal(object)

    def __init__(self, library: Library, service: Callable[[], Any], submit: Submit, sidebar: QTreeWidget, pages: QStackedWidget) -> None:
        super().__init__()
        self._pages = pages
        pages.addWidget(self)
        sidebar.itemClicked.connect(lambda item: self.open_view() if node_of(item)[0] == "duplicates" else None)
        self.library = library
        self._service = service
        self._submit = submit
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._finder: Worker | None = None
        self.found: DuplicateSummary | None = None  # the search's summary, at FLOOR, with its candidates
        self.summary: DuplicateSummary | None = None  # what is on show, at the slider's threshold
        self._regroup_ticket = 0
        self._kept: set[int] = set()  # photos the user chose to keep over the suggestion
        self._left_alone: set[int] = set()  # photos of the groups the user unticked
        self._set_aside: set[int] = set()  # photos moved out since the search
        self.undo_stack: list[tuple[str, tuple[int, ...]]] = []  # (batch, its photos), this session's moves
        self.boxes: list[GroupBox] = []
        self.confirm_box: QMessageBox | None = None
        self.problems_box: QMessageBox | None = None
        self.loader = ThumbnailLoader(library.thumbnails, threads=1, parent=self)
        self.loader.loaded.connect(self._on_thumbnail)
        self._build()

    # ------------------------------------------------------------- build
    def _build(self) -> None:
        title = QLabel(self.tr("Duplicates"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.find_button = QPushButton(self.tr("Find duplicates"))
        self.find_button.setToolTip(self.tr("Compare every photo of the library: the same bytes, and copies the model sees as alike"))
        self.find_button.clicked.connect(self.find_duplicates)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(FLOOR * STEPS), STEPS)
        self.slider.setValue(round(DEFAULT_THRESHOLD * STEPS))
        self.slider.setMinimumWidth(160)
        self.slider.setToolTip(
            self.tr("How alike two photos must be to count as copies: to the left, looser matches (bursts, edits); to the right, only near-identical ones")
        )
        self.slider.valueChanged.connect(self._slider_moved)
        self.threshold_label = QLabel()
        self._regroup_timer = QTimer(self)
        self._regroup_timer.setSingleShot(True)
        self._regroup_timer.setInterval(150)
        self._regroup_timer.timeout.connect(self.regroup)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Likeness:")))
        top.addWidget(self.slider)
        top.addWidget(self.threshold_label)
        top.addWidget(self.find_button)
        top.addWidget(self.cancel_button)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel(self.tr("Find photos stored more than once: exact copies, resized copies and re-saved ones."))
        self.message.setWordWrap(True)

        self.groups_widget = QWidget()
        self.groups_layout = QVBoxLayout(self.groups_widget)
        self.groups_layout.addStretch(1)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self._show_more)
        self.more_button.setVisible(False)
        self.groups_layout.insertWidget(0, self.more_button)
        self.empty_label = QLabel(self.tr("No duplicates at this likeness. Move the slider to the left for looser matches."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self.groups_layout.insertWidget(0, self.empty_label)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.groups_widget)

        self.notice = QLabel()  # what the last move or undo did
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setStyleSheet("font-weight: bold;")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Move others to trash…"))
        self.move_button.setToolTip(
            self.tr("Every ticked group keeps its framed photo; the others go to photoclip's trash folder, from where Undo puts them back")
        )
        self.move_button.clicked.connect(self.ask_move)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put back the photos of the last move (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        # Edit › Undo moving duplicates (Ctrl+Z), in the window's menu: from anywhere in the window, until it closes.
        self.undo_action = QAction(self.tr("Undo moving duplicates"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.move_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)
        self._show_threshold()
        self._update_buttons()

    def open_view(self) -> None:
        """Show the view on the window's pages; the first time, start a search."""
        self._pages.setCurrentWidget(self)
        if self.found is None and self._finder is None:
            self.find_duplicates()

    def threshold(self) -> float:
        """The slider's threshold."""
        return self.slider.value() / STEPS

    def _show_threshold(self) -> None:
        self.threshold_label.setText("≥ {0:.3f}".format(num(self.threshold())))

    # ------------------------------------------------------------- finding
    def find_duplicates(self) -> None:
        """Look for duplicates again (on a worker thread), at the loosest threshold the slider offers."""
        if self._finder is not None:
            return
        duplicates = self.library.duplicates

        def work(report: Report) -> DuplicateSummary | None:
            events = duplicates.find(FLOOR)
            try:
                for event in events:
                    if event.summary is not None:
                        return event.summary
                    report(event)
            finally:
                events.close()  # type: ignore[attr-defined]  # find() is a generator typed as an iterator
            return None

        self.window().installEventFilter(self)  # a search still running when the window closes is stopped first
        worker = Worker(work)
        worker.signals.progressed.connect(self._on_progress)
        worker.signals.returned.connect(self._on_found)
        worker.signals.errored.connect(self._on_error)
        worker.signals.aborted.connect(lambda: self.message.setText(self.tr("Stopped. Press Find duplicates to look again.")))
        worker.signals.finished.connect(self._finder_done)
        self._finder = worker
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.message.setText(self.tr("Looking for duplicates…"))
        self._update_buttons()
        worker.start(self._pool)

    def cancel(self) -> None:
        """Stop the search after the current file."""
        if self._finder is not None:
            self._finder.cancel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window() and event.type() == QEvent.Type.Close:
            self.cancel()
            self._pool.waitForDone(10000)  # before the window closes the library under the search
        return super().eventFilter(watched, event)

    def _on_progress(self, event: Any) -> None:
        if event.phase == "hash":
            self.message.setText(self.tr("Comparing file contents: {0} of {1}").format(num(event.done), num(event.total)))
        else:
            self.message.setText(self.tr("Comparing photos: {0} of {1}").format(num(event.done), num(event.total)))
        self.progress.setRange(0, max(1, event.total))
        self.progress.setValue(event.done)

    def _finder_done(self) -> None:
        self._finder = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        if self.summary is not None:
            self._update_totals()  # the groups may have arrived while the search was still ending
        self._update_buttons()

    def _on_found(self, summary: DuplicateSummary | None) -> None:
        if summary is None:
            return
        self.found = summary
        self._kept.clear()
        self._left_alone.clear()
        self._set_aside.clear()
        self.regroup()

    def _on_error(self, error: BaseException) -> None:
        window = self.window()
        if isinstance(error, PhotoclipError):
            self.message.setText(core_text(str(error)).split("\n")[0])
        elif hasattr(window, "report_crash"):
            window.report_crash(traceback_text(error))

    # ------------------------------------------------------------ grouping
    def _slider_moved(self, _value: int) -> None:
        self._show_threshold()
        if self.found is not None:
            self._regroup_timer.start()

    def regroup(self) -> None:
        """Draw the groups at the slider's threshold, leaving out the photos set aside (on the pool; no file read)."""
        found = self.found
        if found is None:
            return
        self._regroup_ticket += 1
        ticket = self._regroup_ticket
        duplicates = self.library.duplicates
        threshold, without = self.threshold(), set(self._set_aside)

        def done(summary: DuplicateSummary) -> None:
            if ticket == self._regroup_ticket:
                self.show_summary(summary)

        self._submit(lambda: duplicates.regroup(found, threshold, without), done, lambda message: self.message.setText(core_text(message)))

    def show_summary(self, summary: DuplicateSummary) -> None:
        """Show the groups of a summary, with the user's choices of what to keep."""
        self.summary = summary
        self.loader.clear()
        for box in self.boxes:
            box.deleteLater()
        self.boxes = []
        self._show_more()
        self._update_totals()
        self.groups_shown.emit()

    def _show_more(self) -> None:
        summary = self.summary
        if summary is None:
            return
        start = len(self.boxes)
        for number, group in enumerate(summary.groups[start : start + GROUPS_PER_PAGE], start + 1):
            suggested = group.keep.photo_id
            box = GroupBox(number, self._with_choice(group), suggested)
            box.setChecked(not any(p.photo_id in self._left_alone for p in group.photos))
            box.keeper_chosen.connect(lambda pid, box=box: self._keeper_chosen(box, pid))
            box.toggled.connect(lambda on, box=box: self._group_ticked(box, on))
            self.groups_layout.insertWidget(self.groups_layout.count() - 2, box)
            self.boxes.append(box)
            for photo in group.photos:
                record = self._record(photo.photo_id)
                if record is not None:
                    self.loader.request(record)
        left = len(summary.groups) - len(self.boxes)
        self.more_button.setVisible(left > 0)
        self.more_button.setText(self.tr("Show %Ln more groups", "", min(left, GROUPS_PER_PAGE)))

    def _record(self, photo_id: int) -> PhotoRecord | None:
        found = self.found.candidates if self.found is not None else None
        return found.records.get(photo_id) if found is not None else None

    def _with_choice(self, group: DuplicateGroup) -> DuplicateGroup:
        """The group with the photo the user chose to keep first, if they chose one."""
        chosen = next((p.photo_id for p in group.photos if p.photo_id in self._kept), None)
        return group.keeping(chosen) if chosen is not None else group

    def _keeper_chosen(self, box: GroupBox, photo_id: int) -> None:
        self._kept -= {p.photo_id for p in box.group.photos}
        self._kept.add(photo_id)
        box.group = box.group.keeping(photo_id)
        box.show_keeper()
        self._update_totals()

    def _group_ticked(self, box: GroupBox, on: bool) -> None:
        ids = {p.photo_id for p in box.group.photos}
        self._left_alone = (self._left_alone - ids) if on else (self._left_alone | ids)
        self._update_totals()

    def chosen_groups(self) -> list[DuplicateGroup]:
        """The groups a move would act on (ticked), each with the photo to keep first."""
        if self.summary is None:
            return []
        return [self._with_choice(g) for g in self.summary.groups if not any(p.photo_id in self._left_alone for p in g.photos)]

    def _update_totals(self) -> None:
        summary = self.summary
        self.empty_label.setVisible(summary is not None and not summary.groups)
        if summary is None:
            self.totals.setText("")
        elif not summary.groups:
            self.totals.setText(self.tr("No duplicates among %Ln photos at this likeness.", "", summary.photos))
        else:
            going = self.chosen_groups()
            count = sum(len(g.others) for g in going)
            self.totals.setText(
                self.tr("{0} among {1}. Moving the others frees {2} ({3}).").format(
                    self.tr("%Ln groups", "", len(summary.groups)),
                    self.tr("%Ln photos", "", summary.photos),
                    size_text(sum(g.reclaimable for g in going)),
                    self.tr("%Ln photos", "", count),
                )
            )
        if summary is not None and self._finder is None:
            hint = self.tr("The framed photo of each group stays; pick another with its Keep button.") if summary.groups else ""
            self.message.setText(self._problems_line(summary.problems) or hint)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self._service() is not None
        busy = self._finder is not None
        self.find_button.setEnabled(not busy)
        self.move_button.setEnabled(writable and not busy and any(g.others for g in self.chosen_groups()))
        self.undo_button.setEnabled(writable and bool(self.undo_stack))
        self.undo_action.setEnabled(self.undo_button.isEnabled())
        if not writable:
            self.move_button.setToolTip(self.tr("This library is open read-only: nothing can be moved."))

    def _on_thumbnail(self, photo_id: int, image: QImage) -> None:
        if image.isNull():
            return
        for box in self.boxes:
            card = box.cards.get(photo_id)
            if card is not None:
                card.set_thumbnail(image)

    # ------------------------------------------------------------- moving
    def ask_move(self) -> None:
        """Ask before moving every ticked group's others out (the question says how many files and bytes)."""
        groups = [g for g in self.chosen_groups() if g.others]
        count = sum(len(g.others) for g in groups)
        if not count or self._service() is None:
            return
        size = size_text(sum(g.reclaimable for g in groups))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Move duplicates"),
            self.tr("Move %Ln photos ({0}) to photoclip's trash folder?", "", count).format(size),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("Nothing is deleted: Undo (Ctrl+Z) puts them back until you close photoclip. The folder is {0}.").format(self.library.paths.trash_dir)
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Move %Ln photos", "", count))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.move_out(groups))
        self.confirm_box = box
        box.open()  # not exec(): the event loop goes on

    def move_out(self, groups: Sequence[DuplicateGroup]) -> None:
        """Set the groups' others aside, as a job of the service (the library's one writer)."""
        service = self._service()
        if service is None:
            return
        self.move_button.setEnabled(False)
        self.notice.setText(self.tr("Moving %Ln photos…", "", sum(len(g.others) for g in groups)))
        self.notice.setVisible(True)
        signals = watch_future(service.trash_duplicates(groups), self)
        signals.returned.connect(self._on_moved)
        signals.errored.connect(self._on_job_error)

    def _on_moved(self, result: TrashResult) -> None:
        ids = tuple(f.photo_id for f in result.moved)
        if result.batch is not None:
            self.undo_stack.append((result.batch, ids))
        self._set_aside |= set(ids)
        text = self.tr("Moved %Ln photos to photoclip's trash folder; Undo puts them back.", "", len(ids)) if ids else self.tr("Nothing was moved.")
        self._report(text, result.problems, self.tr("Some photos were not moved"))
        self.moved.emit(result)
        if ids:
            self.library_changed.emit()
        self.regroup()

    def undo(self) -> None:
        """Put back the photos of this session's last move (a job of the service)."""
        service = self._service()
        if service is None or not self.undo_stack:
            return
        batch, _ids = self.undo_stack.pop()
        self.undo_button.setEnabled(False)
        self.undo_action.setEnabled(False)
        self.notice.setText(self.tr("Putting the photos back…"))
        signals = watch_future(service.undo_duplicates(batch), self)
        signals.returned.connect(self._on_undone)
        signals.errored.connect(self._on_job_error)

    def _on_undone(self, result: UndoResult) -> None:
        restored = {f.photo_id for f in result.restored}
        self._set_aside -= restored
        if result.batch is None:
            text = self.tr("Nothing to undo: those photos are no longer in photoclip's trash folder.")
        else:
            text = self.tr("Put back %Ln photos.", "", len(restored))
        self._report(text, result.problems, self.tr("Some photos were not put back"))
        self.moved.emit(result)
        if restored:
            self.library_changed.emit()
        self.regroup()

    def _on_job_error(self, error: BaseException) -> None:
        self._update_buttons()
        self._on_error(error)

    # ----------------------------------------------------------- problems
    def _problems_line(self, problems: Sequence[FileProblem]) -> str:
        """The problems counted by cause, in words (empty when there are none)."""
        if not problems:
            return ""
        causes = [p.cause for p in problems]
        parts = []
        if gone := causes.count("gone"):
            parts.append(self.tr("%Ln files are gone (moved or deleted outside photoclip)", "", gone))
        if denied := causes.count("denied"):
            parts.append(self.tr("%Ln files are in folders photoclip may not change (read-only)", "", denied))
        if changed := causes.count("changed"):
            parts.append(self.tr("%Ln files changed since they were compared", "", changed))
        if taken := causes.count("taken"):
            parts.append(self.tr("%Ln places are taken by another file now (the copies stay in the trash folder)", "", taken))
        if other := causes.count("other"):
            parts.append(self.tr("%Ln files could not be read or moved", "", other))
        return "; ".join(parts) + "."

    def _report(self, text: str, problems: Sequence[FileProblem], title: str) -> None:
        """Say what a move or an undo did; problems get a message box with their count by cause and the files."""
        line = self._problems_line(problems)
        self.notice.setText(text + (" " + line if line else ""))
        self.notice.setVisible(True)
        self._update_buttons()
        if not problems:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text + "\n\n" + line, QMessageBox.StandardButton.Ok, self)
        box.setDetailedText("\n".join(f"{p.path}: {core_text(p.reason)}" for p in problems))
        self.problems_box = box
        box.open()

    def shown_paths(self) -> list[list[str]]:
        """The paths of the groups on show, the one to keep first."""
        return [[p.path for p in box.group.photos] for box in self.boxes]
