"""A disk cache of small JPEG thumbnails, for the photo grid.

Thumbnails are keyed by the photo's path, size and mtime, so an edited photo
gets a new thumbnail and a moved one is simply rebuilt. Generation decodes
with :func:`imaging.load_image` (JPEG draft mode, EXIF orientation, pixel cap)
and writes atomically, so several threads may fill the cache at once. The
cache is trimmed, oldest first, to a size budget.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from photoclip.core.imaging import ImageDecodeError, load_image
from photoclip.core.storage.records import PhotoRecord

DEFAULT_SIZE = 256


class ThumbnailStore:
    """Thumbnails of photos on disk.

    Args:
        folder: The cache folder (``LibraryPaths.thumbnails_dir``).
        size: Longest side of a thumbnail in pixels.
    """

    def __init__(self, folder: Path, size: int = DEFAULT_SIZE) -> None:
        self.folder = Path(folder)
        self.size = size

    def path_for(self, record: PhotoRecord) -> Path:
        """Where the thumbnail of ``record`` lives (it may not exist yet)."""
        key = hashlib.blake2b(
            f"{record.path}\0{record.size}\0{record.mtime}\0{self.size}".encode("utf-8", "surrogateescape"),
            digest_size=16,
        ).hexdigest()
        return self.folder / key[:2] / f"{key}.jpg"

    def ensure(self, record: PhotoRecord) -> Path:
        """Return the thumbnail's path, generating it first if needed.

        Raises:
            ImageDecodeError: The photo cannot be decoded.
        """
        target = self.path_for(record)
        if target.exists():
            return target
        image = load_image(Path(record.path), max_side=self.size)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                image.save(f, format="JPEG", quality=85)
            os.replace(tmp, target)
        except OSError as exc:
            raise ImageDecodeError(f"cannot write thumbnail: {exc.strerror or exc}") from exc
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return target

    def disk_usage(self) -> int:
        """Bytes used by the cache."""
        return sum(p.stat().st_size for p in self.folder.glob("*/*.jpg"))

    def trim(self, max_bytes: int) -> int:
        """Delete the least recently written thumbnails until the cache fits ``max_bytes``.

        Returns:
            How many files were removed.
        """
        files = []
        for path in self.folder.glob("*/*.jpg"):
            try:
                st = path.stat()
            except OSError:
                continue
            files.append((st.st_mtime, st.st_size, path))
        total = sum(size for _, size, _ in files)
        removed = 0
        for _, size, path in sorted(files):
            if total <= max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        return removed
