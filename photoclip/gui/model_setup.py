"""Setting up a model in the app: download, verification and import off the GUI thread, with progress.

:class:`ModelSetup` runs the whole conversation with the user, driven by
signals only (no nested event loop reads a result early):

- A model that is usable now (in the Hugging Face cache, imported, or the
  generated test model) is ``ready`` at once.
- Otherwise it is downloaded and verified by a :class:`~photoclip.gui.workers.Worker`
  under a :class:`ModelWorkDialog` that shows each phase and can be cancelled
  (the partial download is kept: it resumes next time).
- When that fails and the caller asked for choices (the first run, or the
  status bar's "Set up a model…"), :class:`ModelChoicesDialog` says why and
  offers the ways forward: download again, import a model file
  (:class:`ModelImportDialog`, imported off the thread too), use a model
  already on this computer, or try the app with the test model. When the
  caller asked for no choices (a switch in Settings), the reason is shown and
  nothing changes.

The outcome is ``ready(spec)`` (the caller applies it through the service) or
``not_ready(message)``. Nothing here writes to the library.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.library import Library
from photoclip.core.models import ModelProgress, ModelSpec
from photoclip.errors import ModelUnavailableError, PhotoclipError
from photoclip.gui.core_messages import core_text
from photoclip.gui.i18n import num
from photoclip.gui.workers import Report, Worker, traceback_text

# Files that are plain open_clip checkpoints (they need an architecture);
# anything else is taken for a photoclip model archive, which names its own.
CHECKPOINT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth")

Choice = Literal["download", "import", "on-disk", "test", "later"]


def _mb(n: int) -> str:
    return f"{num(n / 1e6):.0f}" if n >= 10e6 else f"{num(n / 1e6):.1f}"


class ModelWorkDialog(QDialog):
    """A model download (with its verification) or import, running on a worker, shown phase by phase.

    The dialog closes itself when the work has ended; the outcome comes from
    the worker's signals, re-emitted here once the dialog has closed.

    Args:
        title: The window title.
        heading: What is being set up, shown above the progress.
        checking: What the ``verify`` phase is called (checking a download, or an imported file).
        work: Runs on the worker thread; given the progress report.
    """

    # The work's return value (a Path for a download, a ModelSpec for an import).
    succeeded = Signal(object)
    # The exception the work raised.
    failed = Signal(object)
    # The user cancelled (a partial download is kept).
    cancelled = Signal()

    def __init__(self, title: str, heading: str, checking: str, work: Callable[[Report], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checking = checking
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.phase = QLabel(self.tr("Looking for the model…"))
        self.phase.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first event tells how much there is
        self.amount = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.amount, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.last_event: ModelProgress | None = None
        self.worker = Worker(work)
        self.worker.signals.progressed.connect(self._on_progress)
        self.worker.signals.returned.connect(lambda value: self._end(self.succeeded, value))
        self.worker.signals.errored.connect(lambda error: self._end(self.failed, error))
        self.worker.signals.aborted.connect(lambda: self._end(self.cancelled))

    def start(self) -> None:
        """Show the dialog (window-modal, without a nested event loop) and start the work."""
        self.open()
        self.worker.start()

    def cancel(self) -> None:
        """Stop the work at its next progress report."""
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Esc and the window's close button cancel; the dialog closes when the work has stopped
        self.cancel()

    def _on_progress(self, event: ModelProgress) -> None:
        self.last_event = event
        if self.worker.cancel_requested:
            return
        head, amount = self.describe(event)
        self.phase.setText(head)
        self.amount.setText(amount)
        if event.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(event.done, event.total) / event.total))
        else:
            self.bar.setRange(0, 0)

    def describe(self, event: ModelProgress) -> tuple[str, str]:
        """What a progress event says to the user: the phase, and how far it is."""
        if event.phase == "download":
            head = self.tr("Downloading {0}…").format(event.filename)
            amount = self.tr("{0} of {1} MB").format(_mb(event.done), _mb(event.total)) if event.total else self.tr("{0} MB so far").format(_mb(event.done))
        elif event.phase == "verify":
            head = self._checking
            amount = self.tr("{0} of {1} MB checked").format(_mb(event.done), _mb(event.total)) if event.total else ""
        else:  # the app imports; it never exports
            head = self.tr("Importing {0}…").format(event.filename)
            amount = self.tr("{0} of {1} MB").format(_mb(event.done), _mb(event.total)) if event.total else ""
        return head, amount

    def _end(self, signal: Any, *args: object) -> None:
        self.done(QDialog.DialogCode.Accepted if signal is self.succeeded else QDialog.DialogCode.Rejected)
        signal.emit(*args)


class ModelChoicesDialog(QDialog):
    """photoclip needs a model and could not get it: why, and the ways forward.

    After it is accepted, :attr:`choice` says what the user chose (and
    :meth:`on_disk_model` which model, for ``on-disk``).

    Args:
        spec: The model that could not be set up.
        reason: Why (a core message, shown in the UI language).
        on_disk: Models usable right now without a network (test models excluded).
    """

    def __init__(self, spec: ModelSpec, reason: str, on_disk: list[ModelSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A model is needed"))
        self.choice: Choice = "later"
        intro = QLabel(
            self.tr(
                "photoclip needs a model to understand your photos, and {0} could not be set up. Your folders are kept: their photos are indexed as soon as a model is ready."
            ).format(spec.name)
        )
        intro.setWordWrap(True)
        why = QLabel(core_text(reason))
        why.setWordWrap(True)
        why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(why)

        self.download_button = self._option(
            layout, "download", self.tr("Try the download again"), self.tr("When this computer is online again. A download that stopped continues where it was.")
        )
        self.import_button = self._option(
            layout,
            "import",
            self.tr("Import a model file…"),
            self.tr("A model exported by photoclip on another computer, or an open_clip checkpoint (.safetensors, .bin, .pt)."),
        )
        self.on_disk = QComboBox()
        for other in on_disk:
            self.on_disk.addItem(other.name, other.name)
        self.on_disk_button = self._option(
            layout,
            "on-disk",
            self.tr("Use a model already on this computer"),
            self.tr("Found in the Hugging Face cache or imported before.")
            if on_disk
            else self.tr("None was found in the Hugging Face cache or among imported models."),
            extra=self.on_disk if on_disk else None,
        )
        self.on_disk_button.setEnabled(bool(on_disk))
        self.test_button = self._option(
            layout,
            "test",
            self.tr("Try photoclip with the test model"),
            self.tr("A tiny model made on this computer, for trying the app only: search results are meaningless."),
        )
        later = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        later.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Later"))
        later.rejected.connect(self.reject)
        layout.addWidget(later)
        self.setMinimumWidth(560)

    def _option(self, layout: QVBoxLayout, choice: Choice, text: str, explanation: str, extra: QWidget | None = None) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: self._choose(choice))
        note = QLabel(explanation)
        note.setWordWrap(True)
        note.setIndent(12)
        row = QHBoxLayout()
        row.addWidget(button)
        if extra is not None:
            row.addWidget(extra, 1)
        row.addStretch(0 if extra is not None else 1)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(note)
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def on_disk_model(self) -> str | None:
        """The model picked under "Use a model already on this computer"."""
        return self.on_disk.currentData()


class ModelImportDialog(QDialog):
    """Choose a model file to import: a photoclip model archive, or an open_clip checkpoint and its architecture.

    Args:
        architectures: (architecture, what it is) of the built-in models, offered for a checkpoint.
        preferred: The architecture preselected for a checkpoint.
    """

    def __init__(self, architectures: list[tuple[str, str]], preferred: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a model"))
        intro = QLabel(
            self.tr(
                "Choose a model exported by photoclip on another computer, or an open_clip checkpoint downloaded elsewhere. photoclip never runs code from a model file."
            )
        )
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("A model file"))
        self.file.textChanged.connect(self._file_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.arch = QComboBox()
        for arch, what in architectures:
            self.arch.addItem(f"{arch} — {what}", arch)
            if arch == preferred:
                self.arch.setCurrentIndex(self.arch.count() - 1)
        self.arch_note = QLabel()
        self.arch_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Architecture"), self.arch)
        form.addRow("", self.arch_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._file_changed("")

    def browse(self) -> None:
        """Pick the file with the system's file dialog."""
        file, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a model"),
            str(Path.home()),
            self.tr("Model files (*.safetensors *.bin *.pt *.pth *.zip *.tar);;All files (*)"),
        )
        if file:
            self.file.setText(file)

    def is_checkpoint(self) -> bool:
        """Whether the chosen file is a plain checkpoint (which needs the architecture)."""
        return Path(self.file.text().strip()).suffix.lower() in CHECKPOINT_SUFFIXES

    def _file_changed(self, text: str) -> None:
        checkpoint = self.is_checkpoint()
        self.arch.setEnabled(checkpoint)
        self.arch_note.setText(
            self.tr("A checkpoint holds only weights: choose the architecture they were trained for.")
            if checkpoint
            else self.tr("A photoclip model file says its own architecture.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def chosen(self) -> tuple[Path, str | None]:
        """The file, and the architecture (None for a photoclip model archive)."""
        return Path(self.file.text().strip()).expanduser(), (self.arch.currentData() if self.is_checkpoint() else None)


class ModelSetup(QObject):
    """Gets a model ready for a library, asking the user only what is needed (see the module docstring).

    Args:
        library: The open library (read only here: the caller applies the outcome).
        parent: The window the dialogs belong to.
    """

    # The model can be used now: the caller chooses it (through the service).
    ready = Signal(object)
    # The setup ended without a model; carries why, in the UI language ("" when the user chose Later).
    not_ready = Signal(str)
    # A download or an import is about to start, under this ModelWorkDialog.
    working = Signal(object)
    # A bug in a download or an import: its traceback, for the window to report.
    crashed = Signal(str)

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.window = parent
        self.dialog: QDialog | None = None  # the dialog on show (for tests and screenshots)
        self.last_message: QMessageBox | None = None  # the last failure shown (a switch in Settings)

    @property
    def busy(self) -> bool:
        """Whether a setup is in progress (a dialog of it is open)."""
        return self.dialog is not None

    def obtain(self, spec: ModelSpec, *, offer_choices: bool) -> None:
        """Make ``spec`` usable: at once when it is, else download it (or, with ``offer_choices``, offer the ways forward).

        Args:
            spec: The model wanted.
            offer_choices: On failure, offer other ways to get a model (the
                first run); False shows the reason and leaves things as they are
                (a switch in Settings).
        """
        if self.busy:
            return
        registry = self.library.registry
        if registry.is_ready_offline(spec):
            self.ready.emit(spec)
            return

        def work(report: Report) -> Path:
            registry.check_requirements(spec)
            return registry.ensure_weights(spec, report)

        size = self.tr("{0:.1f} GB").format(num(spec.download_mb / 1000)) if spec.download_mb >= 1000 else self.tr("{0:.0f} MB").format(num(spec.download_mb))
        dialog = ModelWorkDialog(
            self.tr("Setting up the model"),
            self.tr("The model {0}: a {1} download, needed once.").format(spec.name, size),
            self.tr("Checking the download…"),
            work,
            self.window,
        )
        dialog.succeeded.connect(lambda _path: self._finish(lambda: self.ready.emit(spec)))
        dialog.cancelled.connect(
            lambda: self._finish(lambda: self.not_ready.emit(self.tr("Download stopped. It continues where it stopped next time.")))
        )
        dialog.failed.connect(lambda error: self._download_failed(spec, error, offer_choices))
        self._show(dialog)
        self.working.emit(dialog)
        dialog.start()

    def offer_choices(self, spec: ModelSpec, reason: str) -> None:
        """Show the ways forward for a model that is not there (also the status bar's action when offline)."""
        registry = self.library.registry
        on_disk = [s for s in self.library.models() if not s.for_tests and s.name != spec.name and registry.is_ready_offline(s)]
        dialog = ModelChoicesDialog(spec, reason, on_disk, self.window)
        dialog.accepted.connect(lambda: self._chosen(spec, dialog))
        dialog.rejected.connect(lambda: self._finish(lambda: self.not_ready.emit("")))
        self._show(dialog)
        dialog.open()

    def import_model(self, for_spec: ModelSpec) -> None:
        """Ask for a model file and import it off the GUI thread; ``ready`` with the imported model."""
        builtins = [s for s in self.library.models() if s.source == "builtin" and not s.for_tests]
        architectures = list(dict.fromkeys((s.arch, self._what(s)) for s in builtins))
        dialog = ModelImportDialog(architectures, for_spec.arch, self.window)
        dialog.accepted.connect(lambda: self._start_import(for_spec, *dialog.chosen()))
        dialog.rejected.connect(lambda: self.offer_choices(for_spec, ""))
        self._show(dialog)
        dialog.open()

    # ------------------------------------------------------------------ steps
    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _finish(self, emit: Callable[[], None]) -> None:
        self.dialog = None
        emit()

    def _what(self, spec: ModelSpec) -> str:
        if "es" in spec.languages:
            return self.tr("the multilingual model")
        return self.tr("the English model")

    def _download_failed(self, spec: ModelSpec, error: BaseException, offer_choices: bool) -> None:
        self.dialog = None
        if not isinstance(error, PhotoclipError):
            self.crashed.emit(traceback_text(error))
            self.not_ready.emit("")
            return
        if offer_choices:
            self.offer_choices(spec, str(error))
            return
        text = core_text(str(error))
        title = self.tr("No connection") if isinstance(error, ModelUnavailableError) else self.tr("The model could not be set up")
        box = QMessageBox(QMessageBox.Icon.Warning, title, self.tr("{0} was not set up; nothing was changed.").format(spec.name), parent=self.window)
        box.setInformativeText(text)
        box.open()
        self.last_message = box
        self.not_ready.emit(text)

    def _chosen(self, spec: ModelSpec, dialog: ModelChoicesDialog) -> None:
        self.dialog = None
        choice = dialog.choice
        if choice == "download":
            self.obtain(spec, offer_choices=True)
        elif choice == "import":
            self.import_model(spec)
        elif choice == "on-disk":
            name = dialog.on_disk_model()
            if name is None:
                self.not_ready.emit("")
            else:
                self.ready.emit(self.library.registry.get(name))
        elif choice == "test":
            self.ready.emit(self.library.registry.get("test-tiny"))
        else:
            self.not_ready.emit("")

    def _start_import(self, for_spec: ModelSpec, file: Path, arch: str | None) -> None:
        registry = self.library.registry

        def work(report: Report) -> ModelSpec:
            return registry.import_weights(file, arch, progress=report)

        dialog = ModelWorkDialog(
            self.tr("Importing a model"), self.tr("Importing {0}").format(file.name), self.tr("Checking the file…"), work, self.window
        )
        dialog.succeeded.connect(lambda imported: self._finish(lambda: self.ready.emit(imported)))
        dialog.cancelled.connect(lambda: self._finish(lambda: self.offer_choices(for_spec, "")))
        dialog.failed.connect(lambda error: self._import_failed(for_spec, error))
        self._show(dialog)
        self.working.emit(dialog)
        dialog.start()

    def _import_failed(self, for_spec: ModelSpec, error: BaseException) -> None:
        self.dialog = None
        if not isinstance(error, PhotoclipError):
            self.crashed.emit(traceback_text(error))
            self.not_ready.emit("")
            return
        self.offer_choices(for_spec, self.tr("The import did not work: {0}").format(core_text(str(error))))
