"""Values the user-album store hands out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserAlbum:
    """An album the user made.

    Attributes:
        id: Its catalog id (stable across renames).
        name: What the user called it (unique, ignoring case).
        count: How many of its photos are searchable now (not missing or offline).
        created_at: POSIX time it was made.
    """

    id: int
    name: str
    count: int
    created_at: float
