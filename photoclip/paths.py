"""Where a library keeps its files.

Everything a library writes lives under one *home* folder: the catalog, the
vector indexes, the model cache and the thumbnails. By default that is the
platform's user-data folder (via appdirs); ``--home DIR`` or the environment
variable ``PHOTOCLIP_HOME`` moves all of it, which is also how tests isolate
themselves.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "photoclip"
HOME_ENV = "PHOTOCLIP_HOME"


def default_home() -> Path:
    """Return the home folder: ``$PHOTOCLIP_HOME`` if set, else the appdirs user-data dir."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class LibraryPaths:
    """The files of one library, all below ``home``."""

    home: Path

    @classmethod
    def at(cls, home: str | os.PathLike[str] | None = None) -> "LibraryPaths":
        """Build the paths for ``home`` (or the default home), resolved to an absolute path."""
        base = Path(home).expanduser() if home is not None else default_home()
        return cls(base.resolve())

    @property
    def catalog(self) -> Path:
        return self.home / "catalog.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def thumbnails_dir(self) -> Path:
        return self.home / "thumbnails"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    @property
    def profiles_dir(self) -> Path:
        """Personalisation profiles: each model's original and trained projection heads."""
        return self.home / "profiles"

    @property
    def trash_dir(self) -> Path:
        """Duplicates set aside (``core/duplicates/``), restorable until sent to the system trash."""
        return self.home / "trash"

    @property
    def maps_dir(self) -> Path:
        """The maps of the library's photos (``core/explore/``): caches, computed again when missing."""
        return self.home / "maps"

    @property
    def lock_file(self) -> Path:
        """Held (OS file lock) by the one process that may write to this library."""
        return self.home / "write.lock"

    def ensure(self) -> None:
        """Create the home folder and its sub-folders if they do not exist."""
        for folder in (self.home, self.index_dir, self.models_dir, self.thumbnails_dir):
            folder.mkdir(parents=True, exist_ok=True)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so readers see the old file or the new one, never half of one.

    The temp file is ``<name><random>.tmp`` beside ``path`` (``core/storage/vectors.py``
    cleans up ones a killed process left behind by that pattern); it is
    fsync'ed, then renamed over ``path``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
