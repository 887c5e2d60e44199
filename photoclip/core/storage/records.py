"""The catalog's value types: photo and folder records, and the photo statuses.

Every layer reads these (the indexer, search, the GUI's grid), so they live
apart from the SQL that fills them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

# Photo status values. "active" photos are searchable once embedded.
PhotoStatus = Literal["active", "error", "deleted", "offline"]
STATUS_ACTIVE: Final = "active"
STATUS_ERROR: Final = "error"  # has an image extension but could not be decoded
STATUS_DELETED: Final = "deleted"  # soft delete: the row (and its vectors) is kept so a file that comes back is not re-encoded
STATUS_OFFLINE: Final = "offline"  # its library folder is gone (an unplugged drive): hidden from search, kept whole for its return


@dataclass(frozen=True)
class PhotoRecord:
    """One photo row as the rest of the core sees it."""

    id: int
    path: str
    folder_id: int | None
    size: int
    mtime: float
    partial_hash: str
    width: int | None
    height: int | None
    orientation: int | None
    date_taken: float | None
    status: PhotoStatus
    error: str | None

    @property
    def date(self) -> float:
        """The photo's date for filtering: EXIF date taken, else the file's mtime."""
        return self.date_taken if self.date_taken is not None else self.mtime


@dataclass(frozen=True)
class FolderRecord:
    """A library root folder and how many searchable photos it holds.

    ``offline_since`` is the POSIX time the folder was found missing (its
    photos are then offline), or None while it is there.
    """

    id: int
    path: str
    photo_count: int
    offline_since: float | None = None


class ByRecord:
    """For values that carry a photo's record (a search hit, an album photo): its id and path at hand."""

    record: PhotoRecord

    @property
    def photo_id(self) -> int:
        """The photo's id."""
        return self.record.id

    @property
    def path(self) -> str:
        """The photo's file."""
        return self.record.path
