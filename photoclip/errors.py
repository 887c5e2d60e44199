"""Errors the user can act on, kept apart from bugs.

Only ``cli/app.py`` and ``gui/app.py`` turn a :class:`PhotoclipError` into an exit
code or a dialog. Any other exception is a bug and is allowed to surface.
"""

from __future__ import annotations


class PhotoclipError(Exception):
    """An environment or usage problem with a message that says what to do.

    Args:
        message: What went wrong, in the user's terms.
        hint: What the user can do about it (optional).
    """

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n{self.hint}"
        return self.message


class ModelUnavailableError(PhotoclipError):
    """The chosen model's weights are not on disk and cannot be downloaded.

    Args:
        message: What went wrong.
        hint: What the user can do.
        model: The model's name, so the CLI and the GUI can offer their own ways
            forward (an import, another model).
    """

    def __init__(self, message: str, hint: str | None = None, model: str | None = None) -> None:
        super().__init__(message, hint)
        self.model = model


class DownloadError(PhotoclipError):
    """A weights download failed (refused, interrupted or corrupt)."""


class DiskFullError(PhotoclipError):
    """No space left on the disk while writing model files (a download, an import or an export)."""


class LibraryLockedError(PhotoclipError):
    """Another process holds the library for writing."""
