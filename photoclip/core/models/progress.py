"""How long-running model work (download, verify, import, export) reports progress.

One callback type for every phase, so the CLI's progress bar and the desktop
app's dialog follow all of them the same way. An exception raised by the
callback aborts the work and propagates to the caller: that is how the GUI
cancels. A partial download is kept (it resumes next time); a half import or
export leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

ModelPhase = Literal["download", "verify", "import", "export"]


@dataclass(frozen=True)
class ModelProgress:
    """One step of model work.

    Attributes:
        phase: What is being done.
        done: Bytes done in this phase.
        total: Bytes in all, None when unknown.
        filename: The file being worked on (for the label).
    """

    phase: ModelPhase
    done: int
    total: int | None
    filename: str


ModelProgressCallback = Callable[[ModelProgress], None]
