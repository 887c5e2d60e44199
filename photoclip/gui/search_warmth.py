"""The model warms up in the background: a quiet "Preparing search…" in the status bar, and a count for a search that waits.

Right after the window appears, :meth:`SearchWarmth.start` has the core load
the serving model on a thread of its own (:meth:`Library.warm_up`). While it
loads, the status bar shows a small "Preparing search…". A search typed
before it is ready simply waits for the load on its pool thread (the model is
loaded once, whoever asks first); meanwhile the status line says "Loading the
model (N s)…" with N counting, and the search's own results replace it the
moment they come.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from photoclip.core.warmup import WarmUp
    from photoclip.gui.main_window import MainWindow

# How often the waiting search's count moves.
TICK_MS = 1000


class SearchWarmth(QObject):
    """Warms the model after start-up and shows it in the window's status bar.

    Args:
        window: The main window (its status bar, status label and search field).
    """

    # Emitted once the model is loaded and searches answer at once (or the warm-up failed: searches report why).
    ready = Signal()
    # The warm-up ended (emitted on its thread; received on the GUI thread).
    _loaded = Signal()

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self._warm: WarmUp | None = None
        self._shown = ""  # the waiting text this object last put in the status label
        self.indicator = QLabel(self.tr("Preparing search…"))
        self.indicator.setEnabled(False)  # greyed: a note, not a message
        self.indicator.setVisible(False)
        window.status.insertPermanentWidget(1, self.indicator)  # after the message, before the bar's buttons
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._loaded.connect(self._done)
        # Connected after the window's own handler: a search's "Searching…" is replaced by the count.
        window.search_field.search_requested.connect(self._search_requested)

    @property
    def loading(self) -> bool:
        """Whether the model is still loading."""
        return self._warm is not None and self._warm.state == "loading"

    def start(self) -> None:
        """Load the serving model now, off the GUI thread (nothing happens when it is not set up: nothing to warm).

        Called again once a model has been set up, it warms that one.
        """
        if (self._warm is not None and self._warm.state != "failed") or not self._window.model_ready():
            return
        self._warm = self._window.library.warm_up()
        self.indicator.setVisible(True)
        self._warm.future.add_done_callback(self._report_done)

    def _report_done(self, _future: object) -> None:
        """On the warm-up's thread (or this one, when it is already done): hand over to the GUI thread."""
        try:
            self._loaded.emit()
        except RuntimeError:
            pass  # the window closed while the model loaded: nobody to tell

    def _search_requested(self) -> None:
        if self.loading and self._window.search_field.text().strip():
            self._show_count()
            self._timer.start()

    def _show_count(self) -> None:
        assert self._warm is not None
        self._shown = self.tr("Loading the model (%Ln s)…", "", int(self._warm.elapsed_s))
        self._window.status_label.setText(self._shown)

    def _tick(self) -> None:
        if not self.loading or self._window.status_label.text() != self._shown:
            self._timer.stop()  # loaded, or the window has said something else since
            return
        self._show_count()

    def _done(self) -> None:
        self._timer.stop()
        self.indicator.setVisible(False)
        if self._window.status_label.text() == self._shown:
            self._window.status_label.setText(self.tr("Searching…"))  # the search that waited answers next
        self.ready.emit()
