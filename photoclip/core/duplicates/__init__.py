"""Duplicates and near-duplicates: finding them, and setting the extra copies aside with an undo.

``finding.py`` groups photos (exact copies by content hash; near copies by
the serving model's embeddings, through its vector index), ``holding.py``
moves the copies the user lets go into a holding folder of the library's
(undoable) and from there to the system trash, ``records.py`` has the values
handed out, and :class:`Duplicates` (what ``Library.duplicates`` hands out)
ties them to one library.
"""

from photoclip.core.duplicates.manager import Duplicates
from photoclip.core.duplicates.records import (
    DuplicateGroup,
    DuplicatePhoto,
    DuplicateProgress,
    DuplicateSummary,
    FileProblem,
    HeldFile,
    TrashResult,
    UndoResult,
)

__all__ = [
    "DuplicateGroup",
    "DuplicatePhoto",
    "DuplicateProgress",
    "DuplicateSummary",
    "Duplicates",
    "FileProblem",
    "HeldFile",
    "TrashResult",
    "UndoResult",
]
