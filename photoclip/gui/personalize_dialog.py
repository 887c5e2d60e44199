"""The personalisation dialog: captions, a training run with a live loss curve, before/after recall, profiles.

Everything that uses the model or writes the library runs on the core's
background service, the library's one writer (``core/indexing/service.py``):
training is a ``PersonalizeJob``, applying a result, switching to a saved
profile and reverting are ``ProfileJob`` s. Their progress arrives as service
events (``ServiceEvent.progress`` carries the
:class:`~photoclip.core.personalize.records.PersonalizeProgress`), their outcome
through the job's future. Reading the caption counts and the saved profiles,
and importing a captions CSV (one transaction, like saving captions in the
photo view: see ``captions_widget.py``), are pool calls.

The dialog is not modal: searches in the main window can be compared while
it is open. Closing it does not stop a training run; Cancel does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.personalize.records import PersonalizeProgress, ProfileInfo, Recall, TrainingConfig, TrainingResult
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.i18n import format_number, num
from photoclip.gui.workers import Submit

LOSS_COLOUR = QColor(31, 119, 180)
RECALL_COLOUR = QColor(230, 120, 20)


class LossCurve(QWidget):
    """A small live chart: training loss per epoch (left axis) and held-out recall@10 (right axis, 0–100%)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (epoch, training loss, held-out recall@10) in epoch order; epoch 0 is the starting heads.
        self.points: list[tuple[int, float, float]] = []
        self.best_epoch = 0
        self.setMinimumSize(QSize(440, 230))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def clear(self) -> None:
        self.points = []
        self.best_epoch = 0
        self.update()

    def add(self, epoch: int, loss: float, recall10: float, best_epoch: int) -> None:
        """Add (or replace) one epoch's figures and redraw."""
        self.points = [p for p in self.points if p[0] < epoch] + [(epoch, float(loss), float(recall10))]
        self.best_epoch = best_epoch
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.windowText().color()
        grid_colour = palette.mid().color()
        painter.fillRect(self.rect(), palette.base())
        fm = painter.fontMetrics()
        line_h = fm.height()

        left = fm.horizontalAdvance("0.0000") + line_h + 14
        right = fm.horizontalAdvance("12.5%") + line_h + 14
        top = line_h + 14
        bottom = 2 * line_h + 12
        plot = QRectF(left, top, max(10.0, self.width() - left - right), max(10.0, self.height() - top - bottom))

        # Legend, top left.
        x = plot.left()
        y = 4 + line_h / 2
        for colour, label in ((LOSS_COLOUR, self.tr("Training loss")), (RECALL_COLOUR, self.tr("Held-out recall@10"))):
            painter.setPen(QPen(colour, 2.5))
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 28, y + fm.ascent() / 2 - 1), label)
            x += 28 + fm.horizontalAdvance(label) + 24

        # Ranges: epochs along x; the loss's own span on the left; recall 0-100% on the right.
        last_epoch = max((p[0] for p in self.points), default=0)
        x_max = max(last_epoch, 5)
        losses = [p[1] for p in self.points]
        lo, hi = (min(losses), max(losses)) if losses else (0.0, 1.0)
        if hi - lo < 1e-9:
            lo, hi = lo - 0.5, hi + 0.5
        pad = (hi - lo) * 0.1
        lo, hi = lo - pad, hi + pad
        # Recall from 0 up to a round ceiling above the best figure, so small gains stay visible.
        top_recall = max((p[2] for p in self.points), default=1.0)
        r_max = next(c for c in (0.05, 0.1, 0.2, 0.25, 0.4, 0.5, 0.8, 1.0, float("inf")) if c >= min(top_recall * 1.15, 1.0))

        def px(epoch: float) -> float:
            return plot.left() + plot.width() * epoch / x_max

        def py_loss(value: float) -> float:
            return plot.bottom() - plot.height() * (value - lo) / (hi - lo)

        def py_recall(value: float) -> float:
            return plot.bottom() - plot.height() * min(value / r_max, 1.0)

        # Grid and ticks.
        painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine))
        for i in range(5):
            gy = plot.top() + plot.height() * i / 4
            painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy))
        decimals = max(2, min(4, 1 - math.floor(math.log10((hi - lo) / 4))))
        for i in range(5 if self.points else 0):  # no figures on an empty chart
            gy = plot.bottom() - plot.height() * i / 4
            loss_label = format_number(lo + (hi - lo) * i / 4, f".{decimals}f")
            recall_label = format_number(r_max * 100 * i / 4, "g") + "%"
            painter.setPen(LOSS_COLOUR)
            painter.drawText(
                QRectF(0, gy - line_h / 2, plot.left() - 6, line_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                loss_label,
            )
            painter.setPen(RECALL_COLOUR)
            painter.drawText(
                QRectF(plot.right() + 6, gy - line_h / 2, right, line_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                recall_label,
            )
        step = max(1, math.ceil(x_max / 10))
        painter.setPen(text_colour)
        for epoch in range(0, x_max + 1, step):
            tx = px(epoch)
            painter.drawLine(QPointF(tx, plot.bottom()), QPointF(tx, plot.bottom() + 4))
            painter.drawText(
                QRectF(tx - 20, plot.bottom() + 5, 40, line_h), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(epoch)
            )
        painter.setPen(QPen(grid_colour, 1))
        painter.drawRect(plot)

        # Axis titles.
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(plot.left(), self.height() - line_h - 4, plot.width(), line_h), int(Qt.AlignmentFlag.AlignHCenter), self.tr("Epoch")
        )
        for colour, label, cx, angle in (
            (LOSS_COLOUR, self.tr("Training loss"), 4 + line_h / 2, -90),
            (RECALL_COLOUR, self.tr("Recall@10"), self.width() - 4 - line_h / 2, 90),
        ):
            painter.save()
            painter.translate(cx, plot.center().y())
            painter.rotate(angle)
            painter.setPen(colour)
            painter.drawText(QRectF(-plot.height() / 2, -line_h / 2, plot.height(), line_h), int(Qt.AlignmentFlag.AlignCenter), label)
            painter.restore()

        if not self.points:
            painter.setPen(grid_colour)
            painter.drawText(
                plot,
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                self.tr("Press Train: the loss and the held-out recall of each epoch appear here."),
            )
            return

        # The epoch kept (the best held-out score so far).
        if self.best_epoch > 0:
            bx = px(self.best_epoch)
            painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(bx, plot.top()), QPointF(bx, plot.bottom()))
            painter.setPen(text_colour)
            painter.drawText(QPointF(bx + 3, plot.top() + fm.ascent() + 2), self.tr("best"))

        for colour, values in ((LOSS_COLOUR, [(px(e), py_loss(v)) for e, v, _ in self.points]),
                               (RECALL_COLOUR, [(px(e), py_recall(r)) for e, _, r in self.points])):
            path = QPainterPath(QPointF(*values[0]))
            for point in values[1:]:
                path.lineTo(QPointF(*point))
            painter.setPen(QPen(colour, 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            for point in values:
                painter.drawEllipse(QPointF(*point), 3, 3)


class PersonalizeDialog(QDialog):
    """Teach the model the user's words from their captions, and choose which profile searches use.

    Args:
        library: The open library.
        service: Its background service (None for a read-only library: nothing can be changed).
        bridge: The main window's :class:`~photoclip.gui.workers.ServiceBridge` (the service's events).
        submit: Runs a short call off the GUI thread (``MainWindow._submit``).
        config: Training settings; the epoch box starts from ``config.epochs``.
    """

    # A training run ended: its TrainingResult, or None (cancelled or failed).
    training_finished = Signal(object)
    # Searches now use another profile: its name, or None for the original model.
    profile_changed = Signal(object)
    # The caption counts and the profile list have been (re)loaded.
    state_loaded = Signal()
    # A captions CSV was imported: the core's CaptionImport.
    captions_imported = Signal(object)
    # A job's future resolved (on the service's thread): carries the future; handled on the GUI thread.
    _future_done = Signal(object)

    def __init__(
        self,
        library: Any,
        service: Any,
        bridge: Any,
        submit: Submit,
        parent: QWidget | None = None,
        config: TrainingConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.service = service
        self._submit = submit
        self.config = config or TrainingConfig()
        self.training_result: TrainingResult | None = None  # the last training's (not QDialog.result(), the dialog's exit code)
        self.applied = False
        self.job: Any = None  # the running PersonalizeJob
        self.profiles: list[ProfileInfo] = []
        self.active: str | None = None
        self.caption_count = 0
        self.captioned_photos = 0
        self._busy: str | None = None  # "train", "profile" or None
        self._recalls: dict[int, Recall] = {}
        self._load_ticket = 0
        self._profile_future: Future[Any] | None = None
        self._preview_future: Future[Any] | None = None  # how applying would refile the albums
        self.apply_question: QMessageBox | None = None  # asked when applying would empty albums
        self._applying = False
        self._future_done.connect(self._on_future_done)
        if bridge is not None:
            bridge.service_event.connect(self._on_service_event)
        self.setWindowTitle(self.tr("Personalize search"))
        self._build()
        self._update_buttons()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "photoclip can learn your own words (“Rex”, “Grandma’s garden”) from captions you give your photos. Only the model’s two small projection heads are trained; about a fifth of the captioned photos are held out to check that searches really get better. The original model is kept: going back is one click."
            )
        )
        intro.setWordWrap(True)

        # Captions.
        self.captions_label = QLabel(self.tr("Counting captions…"))
        self.captions_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import captions from CSV…"))
        self.import_button.setToolTip(
            self.tr("A CSV file of path,caption rows; relative paths are relative to the file’s folder.")
        )
        self.import_button.clicked.connect(lambda: self.import_captions())
        self.import_report = QPlainTextEdit()
        self.import_report.setReadOnly(True)
        self.import_report.setMaximumHeight(90)
        self.import_report.setVisible(False)
        captions_row = QHBoxLayout()
        captions_row.addWidget(self.captions_label, 1)
        captions_row.addWidget(self.import_button)
        captions_box = QGroupBox(self.tr("Your captions"))
        captions_layout = QVBoxLayout(captions_box)
        captions_layout.addLayout(captions_row)
        captions_layout.addWidget(self.import_report)

        # Training.
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 500)
        self.epochs.setValue(self.config.epochs)
        self.epochs.setToolTip(self.tr("Training stops earlier when held-out recall stops improving."))
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setDefault(True)
        self.train_button.clicked.connect(self.train)
        self.cancel_button = QPushButton(self.tr("Cancel training"))
        self.cancel_button.clicked.connect(self.cancel_training)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        train_row = QHBoxLayout()
        train_row.addWidget(QLabel(self.tr("At most")))
        train_row.addWidget(self.epochs)
        train_row.addWidget(QLabel(self.tr("epochs")))
        train_row.addStretch(1)
        train_row.addWidget(self.train_button)
        train_row.addWidget(self.cancel_button)

        self.curve = LossCurve()

        self.table = QTableWidget(3, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Before"), self.tr("After"), self.tr("Change")])
        self.table.setVerticalHeaderLabels([self.tr("Recall@1"), self.tr("Recall@5"), self.tr("Recall@10")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(
            self.tr("Held-out text-to-image recall: how often a held-out caption finds its own photo in the top 1, 5 or 10.")
        )
        self._cells: list[list[QTableWidgetItem]] = []  # [recall row][before, after, change]
        for row in range(3):
            self._cells.append([])
            for col in range(3):
                item = QTableWidgetItem("—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
                self._cells[row].append(item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(3)) + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height)
        self.table.setFixedWidth(330)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Search with the trained model from now on (no photo is read again)."))
        self.apply_button.clicked.connect(self.apply)

        side = QVBoxLayout()
        side.addWidget(self.table)
        side.addWidget(self.result_label)
        side.addStretch(1)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        side.addLayout(apply_row)
        figures = QHBoxLayout()
        figures.addWidget(self.curve, 1)
        figures.addLayout(side)

        train_box = QGroupBox(self.tr("Training"))
        train_layout = QVBoxLayout(train_box)
        train_layout.addLayout(train_row)
        train_layout.addWidget(self.progress)
        train_layout.addWidget(self.status)
        train_layout.addLayout(figures, 1)

        # Profiles.
        self.active_label = QLabel()
        self.active_label.setWordWrap(True)
        self.profile_list = QListWidget()
        self.profile_list.setMaximumHeight(110)
        self.profile_list.itemSelectionChanged.connect(self._update_buttons)
        self.profile_list.itemDoubleClicked.connect(lambda _item: self.use_selected())
        self.use_button = QPushButton(self.tr("Use selected profile"))
        self.use_button.clicked.connect(self.use_selected)
        self.revert_button = QPushButton(self.tr("Revert to original"))
        self.revert_button.setToolTip(self.tr("Search with the model as it came: exactly the results it gave before."))
        self.revert_button.clicked.connect(self.revert)
        profile_buttons = QVBoxLayout()
        profile_buttons.addWidget(self.use_button)
        profile_buttons.addWidget(self.revert_button)
        profile_buttons.addStretch(1)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_list, 1)
        profile_row.addLayout(profile_buttons)
        profiles_box = QGroupBox(self.tr("Profiles"))
        profiles_layout = QVBoxLayout(profiles_box)
        profiles_layout.addWidget(self.active_label)
        profiles_layout.addLayout(profile_row)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(captions_box)
        layout.addWidget(train_box, 1)
        layout.addWidget(profiles_box)
        layout.addWidget(close)
        self.resize(940, 780)

    # ------------------------------------------------------------------ state
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload the caption counts, the saved profiles and the one in use (off the GUI thread)."""
        self._load_ticket += 1
        ticket = self._load_ticket
        library = self.library

        def work() -> tuple[int, int, list[ProfileInfo], str | None, str]:
            counts = library.caption_counts()
            return counts.captions, counts.photos, library.profiles(), library.active_profile(), library.serving_model().name

        def done(state: tuple[int, int, list[ProfileInfo], str | None, str]) -> None:
            if ticket != self._load_ticket:
                return
            self.caption_count, self.captioned_photos, self.profiles, self.active, model = state
            self._show_state(model)
            self.state_loaded.emit()

        self._submit(work, done, lambda message: self.captions_label.setText(core_text(message)))

    def _show_state(self, model: str) -> None:
        text = self.tr("{0} on {1}.").format(self.tr("%Ln captions", "", self.caption_count), self.tr("%Ln photos", "", self.captioned_photos))
        if self.captioned_photos < self.config.min_photos:
            text += " " + self.tr(
                "Training needs captions on at least %Ln indexed photos: add them in the photo view or import a CSV file.", "", self.config.min_photos
            )
        self.captions_label.setText(text)
        if self.active is None:
            self.active_label.setText(self.tr("Searches use the original model ({0}).").format(model))
        else:
            self.active_label.setText(self.tr("Searches use your profile {0} ({1}).").format(self.active, model))
        self.profile_list.clear()
        for info in self.profiles:
            when = dt.datetime.fromtimestamp(info.created).strftime("%Y-%m-%d %H:%M")
            text = self.tr("{0} · trained {1} on %Ln captions", "", info.captions).format(info.name, when)
            if info.before is not None and info.after is not None:
                text += " · " + self.tr("recall@10 {0:.1%} → {1:.1%}").format(num(info.before.r10), num(info.after.r10))
            if info.active:
                text += " " + self.tr("(in use)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            if info.active:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.profile_list.addItem(item)
        if not self.profiles:
            item = QListWidgetItem(self.tr("No saved profiles yet: train, then apply."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.profile_list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.service is not None
        idle = self._busy is None
        self.import_button.setEnabled(writable and self._busy != "import")
        self.epochs.setEnabled(writable and idle)
        self.train_button.setEnabled(writable and idle and self.captioned_photos >= self.config.min_photos)
        self.cancel_button.setEnabled(self._busy == "train")
        self.cancel_button.setVisible(self._busy == "train")
        self.apply_button.setEnabled(
            writable and idle and self.training_result is not None and self.training_result.improved and not self.applied
        )
        selected = self.selected_profile()
        self.use_button.setEnabled(writable and idle and selected is not None and selected != self.active)
        self.revert_button.setEnabled(writable and idle and self.active is not None)
        if not writable:
            self.status.setText(self.tr("This library is open read-only: it cannot be personalised."))

    def selected_profile(self) -> str | None:
        items = self.profile_list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _set_busy(self, what: str | None) -> None:
        self._busy = what
        if what is None:
            self.progress.setVisible(False)
        else:
            self.progress.setVisible(True)
            self.progress.setRange(0, 0)
        self._update_buttons()

    # ---------------------------------------------------------------- captions
    def import_captions(self, path: str | None = None) -> None:
        """Add the captions of a ``path,caption`` CSV file (asks for the file when no path is given)."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import captions"), str(Path.home()), self.tr("CSV files (*.csv);;All files (*)")
            )
            if not path:
                return
        library = self.library
        self.import_button.setEnabled(False)
        self.captions_label.setText(self.tr("Importing {0}…").format(Path(path).name))

        def done(report: Any) -> None:
            self.import_button.setEnabled(self.service is not None)
            lines = [
                self.tr("{0}: {1} to {2} ({3}).").format(
                    Path(path).name,
                    self.tr("%Ln captions added", "", report.added),
                    self.tr("%Ln photos", "", report.photos),
                    self.tr("%Ln were already there", "", report.duplicates),
                )
            ]
            if report.skipped:
                lines.append(self.tr("Rows skipped: {0}").format(num(len(report.skipped))))
                lines += [self.tr("line {0}: {1}").format(p.line, core_text(p.reason)) for p in report.skipped]
            self.import_report.setPlainText("\n".join(lines))
            self.import_report.setVisible(True)
            self.captions_imported.emit(report)
            self.refresh()

        def failed(message: str) -> None:
            self.import_button.setEnabled(self.service is not None)
            self.import_report.setPlainText(core_text(message))
            self.import_report.setVisible(True)
            self.refresh()

        self._submit(lambda: library.import_captions(path), done, failed)

    # ---------------------------------------------------------------- training
    def train(self) -> None:
        """Start a training run on the service (it waits for indexing work queued before it)."""
        if self.service is None or self._busy is not None:
            return
        config = dataclasses.replace(self.config, epochs=self.epochs.value())
        self.training_result = None
        self.applied = False
        self._recalls = {}
        self.curve.clear()
        self._fill_table(None, None)
        self.result_label.setText("")
        self._set_busy("train")
        self.status.setText(self.tr("Waiting for the indexer…") if self.service.state == "running" else self.tr("Starting…"))
        self.job = self.service.personalize(config)
        self._watch(self.job.future)

    def cancel_training(self) -> None:
        """Stop the run after the current epoch (a queued run never starts)."""
        if self.job is not None and self.service is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.service.cancel_job(self.job)

    def _on_service_event(self, event: Any) -> None:
        job = self.job
        if job is None or event.job_id != job.id:
            return
        progress = event.personalize_progress
        if event.kind == "job-started":
            self.status.setText(self.tr("Starting: loading the model…"))
        elif event.kind == "progress" and progress is not None:
            self._on_progress(progress)

    def _on_progress(self, event: PersonalizeProgress) -> None:
        if event.phase == "text-features":
            if event.total:
                self.progress.setRange(0, event.total)
                self.progress.setValue(event.done)
            self.status.setText(self.tr("Reading your captions: {0} of %Ln new ones encoded", "", event.total).format(num(event.done)))
        elif event.phase == "train" and event.recall is not None and event.loss is not None:
            self._recalls[event.epoch] = event.recall
            self.curve.add(event.epoch, event.loss, event.recall.r10, event.best_epoch)
            self.progress.setRange(0, max(event.epochs, 1))
            self.progress.setValue(event.epoch)
            before = self._recalls.get(0)
            self._fill_table(before, self._recalls.get(event.best_epoch))
            if event.epoch == 0:
                self.status.setText(self.tr("Training… the starting model: loss {0:.3f}").format(num(event.loss)))
            else:
                self.status.setText(
                    self.tr("Training… epoch {0} of at most {1}: loss {2:.3f}, held-out recall@10 {3:.1%} (best: epoch {4})").format(
                        event.epoch, event.epochs, num(event.loss), num(event.recall.r10), event.best_epoch
                    )
                )

    def _fill_table(self, before: Recall | None, after: Recall | None) -> None:
        for row, key in enumerate(("r1", "r5", "r10")):
            b = getattr(before, key) if before is not None else None
            a = getattr(after, key) if after is not None else None
            before_cell, after_cell, change = self._cells[row]
            before_cell.setText(format(num(b), ".1%") if b is not None else "—")
            after_cell.setText(format(num(a), ".1%") if a is not None else "—")
            if a is not None and b is not None:
                delta = (a - b) * 100
                change.setText(self.tr("{0:+.1f} pts").format(num(delta)))
                change.setForeground(QColor(30, 140, 60) if delta > 0.05 else QColor(190, 40, 40) if delta < -0.05 else self.palette().text().color())
            else:
                change.setText("—")
                change.setForeground(self.palette().text().color())

    def _training_done(self, result: TrainingResult | None, message: str | None) -> None:
        self.job = None
        self._set_busy(None)
        self.training_result = result
        if result is None:
            self.status.setText(message or self.tr("Training cancelled."))
            self.training_finished.emit(None)
            self._update_buttons()
            return
        self._fill_table(result.before, result.after)
        self.progress.setVisible(False)
        self.status.setText(
            self.tr("Trained in {0:.1f} s: {1} on {2} of {3}; {4}.").format(
                num(result.seconds),
                self.tr("%Ln epochs", "", result.epochs_run),
                self.tr("%Ln captions", "", result.train_captions),
                self.tr("%Ln photos", "", result.train_photos),
                self.tr("%Ln photos held out", "", result.heldout_photos),
            )
        )
        if result.improved:
            self.result_label.setText(
                self.tr("Held-out recall improved (best epoch: {0}). Apply to search with it.").format(result.best_epoch)
            )
        else:
            self.result_label.setText(
                self.tr("Not improved: held-out recall is no better than before, so it cannot be applied. Add more captions, or captions that say what you search for, and train again.")
            )
        self._update_buttons()
        self.training_finished.emit(result)

    # ---------------------------------------------------------------- profiles
    def apply(self) -> None:
        """Save the result as a profile and search with it (the core refuses a result that does not help).

        First the service works out how the new heads would refile the photos
        into the tag sets' albums; when albums would be left empty, the user
        is asked before anything changes.
        """
        if self.service is None or self.training_result is None or self._busy is not None:
            return
        self._set_busy("profile")
        self.status.setText(self.tr("Checking how your albums would change…"))
        self._preview_future = self.service.preview_personalization(self.training_result)
        self._watch(self._preview_future)

    def _preview_done(self, future: Future[Any]) -> None:
        self._set_busy(None)
        refiling = future.result() if not future.cancelled() and future.exception() is None else None  # unknown: apply as asked
        if refiling is None or not refiling.emptied:
            self._apply_now(refiling)
            return
        names = ", ".join("“{0}”".format(tag_names.tag_label(*name.split("|", 1))) for name in refiling.emptied)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Apply the trained model?"),
            self.tr("Your albums are filed again with the new model: %Ln photos change album, and these albums would be left empty: {0}.", "", refiling.moved).format(names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Apply anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda answer: self._apply_now(refiling) if answer == QMessageBox.StandardButton.Yes else self.status.setText(self.tr("Not applied: searches and albums are as they were.")))
        self.apply_question = box
        box.open()

    def _apply_now(self, refiling: Any) -> None:
        self.apply_question = None
        if self.service is None or self.training_result is None or self._busy is not None:
            return
        self._applying = True
        text = self.tr("Applying: projecting your photos through the new model…")
        if refiling is not None and refiling.moved:
            text += " " + self.tr("%Ln photos change album.", "", refiling.moved)
        self._profile_job(self.service.apply_personalization(self.training_result), text)

    def use_selected(self) -> None:
        """Search with the selected saved profile."""
        name = self.selected_profile()
        if self.service is None or name is None or name == self.active or self._busy is not None:
            return
        self._profile_job(self.service.use_profile(name), self.tr("Switching to profile {0}…").format(name))

    def revert(self) -> None:
        """Search with the original model again: exactly the results it gave before."""
        if self.service is None or self.active is None or self._busy is not None:
            return
        self._profile_job(self.service.revert_personalization(), self.tr("Going back to the original model…"))

    def _profile_job(self, future: Future[Any], text: str) -> None:
        self._set_busy("profile")
        self.status.setText(text)
        self._profile_future = future
        self._watch(future)

    def _profile_done(self, future: Future[Any]) -> None:
        applying, self._applying = self._applying, False
        self._set_busy(None)
        if future.cancelled():
            self.status.setText(self.tr("Cancelled."))
        elif future.exception() is not None:
            text = core_text(str(future.exception()))
            if applying:  # a refusal: its reason and figures go with the training result
                self.status.setText(self.tr("Searches were not changed."))
                self.result_label.setText(text)
            else:
                self.status.setText(text)
        else:
            info = future.result()
            if info is None:
                self.status.setText(self.tr("Searches use the original model again."))
            else:
                self.applied = self.applied or applying  # the result is a saved profile now: not applied twice
                self.status.setText(self.tr("Searches now use profile {0}.").format(info.name))
                if applying:
                    self.result_label.setText(self.tr("Applied: saved as profile {0}, which searches use now.").format(info.name))
            self.active = info.name if info is not None else None
            self.profile_changed.emit(self.active)
        self.refresh()

    # ---------------------------------------------------------------- futures
    def _watch(self, future: Future[Any]) -> None:
        """Have the future's outcome handled on the GUI thread (it resolves on the service's thread)."""

        def report(f: Future[Any]) -> None:
            try:
                self._future_done.emit(f)
            except RuntimeError:
                pass  # the dialog is gone

        future.add_done_callback(report)

    def _on_future_done(self, future: Future[Any]) -> None:
        job = self.job
        if job is not None and future is job.future:
            if future.cancelled():
                self._training_done(None, self.tr("Training cancelled."))
            elif future.exception() is not None:
                error = future.exception()
                self._training_done(None, self.tr("Training failed: {0}").format(core_text(str(error))))
            else:
                self._training_done(future.result(), None)
        elif future is self._profile_future:
            self._profile_future = None
            self._profile_done(future)
        elif future is self._preview_future:
            self._preview_future = None
            self._preview_done(future)
