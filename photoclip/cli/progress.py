"""Progress bars on stderr for ``progress(done, total)`` callbacks and a model's download, import or export."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tqdm import tqdm

    from photoclip.core.models.progress import ModelPhase, ModelProgress, ModelProgressCallback


class ProgressBar:
    """A tqdm bar on stderr for a ``progress(done, total)`` callback, created on the first call (never when ``quiet``).

    :meth:`model` follows a model's work (a :class:`ModelProgress`): each phase and
    file (download, verify, ...) gets its own bar.
    """

    def __init__(self, desc: str, unit: str, *, quiet: bool = False, **tqdm_options: object) -> None:
        """Set the bar up; nothing shows until the first call.

        Args:
            desc: The bar's label.
            unit: What is counted (``" steps"``, ``"B"``).
            quiet: Never show a bar (``--json``).
            tqdm_options: More keyword arguments for ``tqdm`` (``leave``, ``unit_scale`` ...).
        """
        self._options: dict[str, object] = {"desc": desc, "unit": unit, **tqdm_options}
        self._quiet = quiet
        self._bar: tqdm | None = None

    def __call__(self, done: int, total: int | None) -> None:
        """Show ``done`` of ``total`` (None: unknown); the bar closes when done reaches total."""
        if self._quiet:
            return
        from tqdm import tqdm

        if self._bar is None:
            self._bar = tqdm(total=total, file=sys.stderr, **self._options)
        self._bar.total = total
        self._bar.n = done
        self._bar.refresh()
        if total is not None and done >= total:
            self.close()

    def close(self) -> None:
        """Take the bar off the screen (a later call starts a new one)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def model(self, progress: ModelProgress) -> None:
        """The ``ModelProgressCallback`` form: a new bar whenever the phase or the file changes."""
        desc = f"{MODEL_PHASES[progress.phase]} {progress.filename}"
        if desc != self._options["desc"]:
            self.close()
            self._options["desc"] = desc
        self(progress.done, progress.total)


#: How each phase of a model's work is labelled on its bar.
MODEL_PHASES: dict[ModelPhase, str] = {"download": "Downloading", "verify": "Verifying", "import": "Importing", "export": "Exporting"}


def model_bar(quiet: bool = False) -> ModelProgressCallback:
    """The progress callback for a model's download, verification, import or export."""
    return ProgressBar("", "B", quiet=quiet, unit_scale=True, unit_divisor=1024).model


def reprojection_bar(args: argparse.Namespace) -> ProgressBar:
    """The bar of switching profiles, which re-projects every photo and builds the index (seconds at 100k photos)."""
    return ProgressBar("Re-projecting photos and building the index", " steps", quiet=bool(args.json), leave=False)
