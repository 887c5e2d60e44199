"""The main window's status bar: what the background work is doing, its controls, and the unreadable files.

The bar shows; the main window decides. Its buttons (pause, cancel, update
the library, set up a model) are connected by the window to the core's
service; the bar turns the service's progress and state into words and
keeps the list of files that could not be read.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from photoclip.core.indexing.records import FileProblem, IndexProgress, IndexSummary
from photoclip.core.library import Library
from photoclip.gui import tag_names
from photoclip.gui.dialogs import ErrorListDialog
from photoclip.gui.i18n import num


class IndexStatusBar(QStatusBar):
    """Indexing progress, pause/resume, cancel, unreadable files, and the last thing the window has to say.

    Args:
        library: The open library (for the unreadable files the catalog remembers).
        parent: The main window.
    """

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.problems: list[FileProblem] = []  # this run's unreadable files
        self.paused = False  # the service is paused: progress events no longer replace "Indexing paused"
        self.label = QLabel(self.tr("Ready"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setVisible(False)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.errors_button = QPushButton()
        self.errors_button.setFlat(True)
        self.errors_button.clicked.connect(self.show_errors)
        self.index_button = QPushButton(self.tr("Update library"))
        self.index_button.setEnabled(False)  # until a service is attached (read-only libraries have none)
        # Shown while the chosen model is not set up (nothing can be indexed).
        self.model_button = QPushButton(self.tr("Set up a model…"))
        self.model_button.setVisible(False)
        self.addWidget(self.label, 1)
        self.addPermanentWidget(self.model_button)
        self.addPermanentWidget(self.errors_button)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.pause_button)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self.index_button)
        self.update_errors_button()

    def show_state(self, state: str, why: str | None) -> None:
        """The service's state: the progress bar and buttons while it works, and why it paused.

        Args:
            state: The service's state ("idle", "running", "paused" ...).
            why: Why it is in that state, when the service says ("on battery").
        """
        busy = state in ("running", "paused")
        self.paused = state == "paused"
        self.progress.setVisible(busy)
        self.pause_button.setVisible(busy)
        self.cancel_button.setVisible(busy)  # a paused job can still be cancelled
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        if state == "paused":
            self.label.setText(self.tr("Indexing paused (on battery)") if why == "on battery" else self.tr("Indexing paused"))

    def show_progress(self, event: IndexProgress) -> None:
        """A step of the running job, in words and on the progress bar.

        Args:
            event: The job's progress report.
        """
        if event.problem is not None:
            self.problems.append(event.problem)
            self.update_errors_button()
        if self.paused:
            return  # the item that was under way when Pause was pressed: "Indexing paused" stays
        if event.phase == "scan":
            self.label.setText(self.tr("Looking for new photos… %Ln files", "", event.done))
        elif event.phase == "load-model":
            self.label.setText(self.tr("Loading the model for %Ln photos…", "", event.total))
        elif event.phase == "embed" and event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
            eta = self.tr(", {0} left").format(_duration(event.eta_s)) if event.eta_s is not None else ""
            self.label.setText(
                self.tr("Indexing {0} of {1} ({2:.1f} photos/s{3})").format(num(event.done), num(event.total), num(event.photos_per_s), eta)
            )
        elif event.phase == "tag-prompts":
            self.progress.setRange(0, 0)  # busy: the tags' words are encoded (perhaps the model loads first)
            self.label.setText(self.tr("Preparing the tags of “{0}”…").format(tag_names.set_names(event.path or "")))
        elif event.phase == "words":
            if event.total:
                self.progress.setRange(0, event.total)
                self.progress.setValue(event.done)
            self.label.setText(self.tr("Preparing the words that describe photos…"))
        elif event.phase == "tags":
            if event.total:
                self.progress.setRange(0, event.total)
                self.progress.setValue(event.done)
            self.label.setText(
                self.tr("Filing photos into albums ({0}): {1} of {2}").format(tag_names.set_names(event.path or ""), num(event.done), num(event.total))
            )

    def show_done(self, summary: IndexSummary | None, tags_ran: bool) -> None:
        """The background work is done: what it did.

        Args:
            summary: The last indexing run's summary, or None when no photos were indexed.
            tags_ran: Whether photos were filed into albums.
        """
        if summary is not None:
            if summary.cancelled:
                text = self.tr("Indexing cancelled: %Ln photos indexed, the rest continues next time", "", summary.embedded)
            else:
                text = self.tr("Indexed %Ln new photos", "", summary.embedded)
            self.label.setText(text)
        elif tags_ran:
            self.label.setText(self.tr("Albums are up to date"))
        else:
            self.label.setText(self.tr("Library is up to date"))

    def add_problems(self, problems: Sequence[FileProblem]) -> None:
        """Files a finished job could not read (each listed once).

        Args:
            problems: The job's unreadable files.
        """
        for problem in problems:
            if problem not in self.problems:
                self.problems.append(problem)
        self.update_errors_button()

    def update_errors_button(self) -> None:
        """Show how many files could not be read (hidden when none)."""
        stored = {p for p, _ in self.library.errors()}
        count = len(stored | {p.path for p in self.problems})
        self.errors_button.setText(self.tr("%Ln unreadable files", "", count) if count else "")
        self.errors_button.setVisible(bool(count))

    def error_list(self) -> list[tuple[str, str]]:
        """Files that could not be read: this run's and the catalog's, each once.

        Returns:
            (path, reason) pairs, sorted by path.
        """
        merged = dict(self.library.errors())
        for problem in self.problems:
            merged[problem.path] = problem.reason
        return sorted(merged.items())

    def show_errors(self) -> None:
        """The list of unreadable files, with their reasons."""
        ErrorListDialog(self.error_list(), self.window()).exec()


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"
