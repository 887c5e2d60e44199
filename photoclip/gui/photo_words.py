"""The photo's own words: the concepts and tags that best describe the photo on show, each with its score.

The words come from ``Library.words`` (``core/vocabulary/``), asked on the
window's pool. The first time (for a model or a personalisation profile) the
vocabulary must be encoded by the text model: the panel says "Preparing
words…" and asks the core's service, which owns the model, to do it; then it
asks again. A click on a word emits :attr:`PhotoWordsPanel.search_requested`
with what to search for, and the main window runs that search.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from photoclip.core.library import Library
from photoclip.core.vocabulary.records import Description
from photoclip.gui import tag_names
from photoclip.gui.core_messages import core_text
from photoclip.gui.i18n import num
from photoclip.gui.workers import Submit, watch_future

# How many words the panel lists.
WORD_COUNT = 8
# The core's message for a photo that has no vector yet (core/vocabulary/words.py).
NOT_INDEXED = re.compile(r"Photo \d+ has not been indexed yet\.")
# The score bars' width: the best word's bar is full, the others in proportion.
BAR_WIDTH = 56


class WordLink(QLabel):
    """A word that searches for itself when clicked (or activated with Enter or Space); it wraps when long.

    Args:
        word: The word as shown.
        note: Said after it in gray (a tag's set), or empty.
    """

    clicked = Signal()

    def __init__(self, word: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word = word
        self.setTextFormat(Qt.TextFormat.RichText)
        link = self.palette().color(QPalette.ColorRole.Link).name()
        gray = f" <span style='color:gray'>{html.escape(note)}</span>" if note else ""
        self.setText(f"<span style='color:{link}'>{html.escape(word)}</span>{gray}")
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class PhotoWordsPanel(QGroupBox):
    """The best words for the photo on show, with score bars; a click searches for the word."""

    # The user clicked a word: search for this text.
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Words"), parent)
        self.setToolTip(self.tr("What the model sees in the photo, and how sure it is. Click a word to search for it."))
        self._library: Library | None = None
        self._submit: Submit | None = None
        self._service: Callable[[], Any] = lambda: None
        self._photo: int | None = None
        self._ticket = 0
        self._preparing = False
        self._prepared_once = False
        self.words: list[Description] = []
        self.links: list[WordLink] = []
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: gray;")
        self._rows_box = QWidget()
        # One row widget per word (a grid gives wrapped words the wrong height).
        self._rows = QVBoxLayout(self._rows_box)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self._rows_box)
        self.message.setVisible(False)

    def attach(self, library: Library, submit: Submit, service: Callable[[], Any]) -> None:
        """Ask ``library.words`` on the window's pool (``submit``); ``service`` returns the core's service, when there is one."""
        self._library = library
        self._submit = submit
        self._service = service

    def language(self) -> str:
        """The UI language (the default locale follows it), for the words' names."""
        return QLocale().name()

    # ---------------------------------------------------------------- show
    def show_photo(self, photo_id: int) -> None:
        """Show the words of a photo (asked off the GUI thread)."""
        self._photo = photo_id
        self._ticket += 1
        if self._library is None or self._submit is None:
            return
        if not self._prepared_once:
            self._say(self.tr("Preparing words…"))
        library, ticket, language = self._library, self._ticket, self.language()
        # Without a service (a read-only library) nothing else can run the model: describe here, on the pool.
        ask = library.words.describe if self._service() is None else library.words.describe_if_ready
        self._submit(
            lambda: ask(photo_id, WORD_COUNT, language),
            lambda words: self._answered(ticket, words),
            lambda message: self._failed(ticket, message),
        )

    def _answered(self, ticket: int, words: list[Description] | None) -> None:
        if ticket != self._ticket:
            return  # another photo is on show now
        if words is None:
            self._say(self.tr("Preparing words…"))
            self.set_words([])
            self._prepare()
            return
        self._prepared_once = True
        self._say(None if words else self.tr("No words for this photo."))
        self.set_words(words)

    def _failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket:
            self.set_words([])
            if NOT_INDEXED.match(message):  # the first index has not reached it: not a fault, say when words come
                self._say(self.tr("Its words come once it is indexed."))
            else:
                self._say(core_text(message).split("\n")[0])

    def _prepare(self) -> None:
        """Ask the service (which owns the model) to encode the words; show the photo's words when it has."""
        service = self._service()
        if service is None or self._preparing:
            return
        self._preparing = True
        signals = watch_future(service.prepare_words(), self)
        signals.returned.connect(lambda _result: self._prepared())
        signals.errored.connect(lambda error: self._prepare_failed(str(error)))
        signals.aborted.connect(lambda: self._prepare_failed(self.tr("Preparing words was cancelled.")))

    def _prepared(self) -> None:
        self._preparing = False
        if self._photo is not None:
            self.show_photo(self._photo)

    def _prepare_failed(self, message: str) -> None:
        self._preparing = False
        self.set_words([])
        self._say(core_text(message).split("\n")[0])

    # ------------------------------------------------------------ filling
    def _say(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def set_words(self, words: list[Description]) -> None:
        """List words, best first: each a link, a bar (the best word's full) and its score."""
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.words = list(words)
        self.links = []
        best = max((w.score for w in words), default=0.0)
        for word in words:
            set_name = "" if word.from_vocabulary else tag_names.set_name(word.source)
            link = WordLink(self._shown_text(word), set_name)
            tip = self.tr("Search for “{0}”").format(word.query)
            if set_name:
                tip += "\n" + self.tr("A tag of the set “{0}”").format(set_name)
            link.setToolTip(tip)
            link.clicked.connect(lambda query=word.query: self.search_requested.emit(query))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(round(1000 * word.score / best) if best > 0 else 0)
            bar.setTextVisible(False)
            bar.setFixedSize(BAR_WIDTH, 8)
            score = QLabel(self._score_text(word.score))
            score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            score.setFixedWidth(score.fontMetrics().horizontalAdvance(self._score_text(1.0)) + 4)  # the widest score
            line = QWidget()
            columns = QHBoxLayout(line)
            columns.setContentsMargins(0, 0, 0, 0)
            columns.setSpacing(6)
            columns.addWidget(link, 1)
            columns.addWidget(bar)
            columns.addWidget(score)
            self._rows.addWidget(line)
            self.links.append(link)

    @staticmethod
    def _shown_text(word: Description) -> str:
        """A concept in the UI language; a tag as its album is named (a built-in set's label translated)."""
        return word.text if word.from_vocabulary else tag_names.tag_label(word.source, word.text)

    @staticmethod
    def _score_text(score: float) -> str:
        """The score as a percentage, written the language's way; below one percent as "<1 %"."""
        if score < 0.01:
            return "<" + format(num(0.01), ".0%")
        return format(num(score), ".0%")
