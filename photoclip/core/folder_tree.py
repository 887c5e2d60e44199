"""The library's folders as a tree: every subfolder below each root, with how many photos it and its subfolders hold.

Browsing by folder is how people find "Pictures/2019/Summer" or "Phone/Camera".
:func:`photo_counts_by_directory` counts photos per directory in SQL; the rest
of this module only arranges those counts under the library roots, adding the
folders in between that hold no photo of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.records import FolderRecord

_SEPARATORS = re.compile(r"[/\\]")


@dataclass(frozen=True)
class FolderNode:
    """One folder of the tree.

    Attributes:
        path: Its full path (browse it with ``SearchFilters(folder=path)``).
        name: Its last path component (the whole path for a root).
        count: Searchable photos in it and every folder below it.
        offline: Its library root is missing now (an unplugged drive).
        children: Its subfolders that hold photos, by name.
    """

    path: str
    name: str
    count: int
    offline: bool = False
    children: tuple[FolderNode, ...] = field(default=())


@dataclass
class _Building:
    path: str
    own: int = 0
    children: dict[str, _Building] = field(default_factory=dict)

    def freeze(self, name: str, offline: bool) -> FolderNode:
        kids = tuple(
            self.children[key].freeze(key, offline) for key in sorted(self.children, key=lambda k: (k.casefold(), k))
        )
        return FolderNode(self.path, name, self.own + sum(k.count for k in kids), offline, kids)


def photo_counts_by_directory(catalog: Catalog) -> dict[str, int]:
    """How many searchable photos each directory holds directly (not in its subfolders), by path.

    The directory is the path up to its last separator (``/`` or ``\\``),
    cut off in SQL (``rtrim`` of every character but the separators), so a
    million photos never cross into Python one by one.
    """
    with catalog.reading() as db:
        rows = db.execute(
            r"""SELECT rtrim(path, replace(replace(path, '/', ''), '\', '')) AS dir, COUNT(*)
                FROM photos WHERE status = 'active' GROUP BY dir"""
        ).fetchall()
    return {str(d).rstrip("/\\") or str(d): int(n) for d, n in rows}


def build_folder_tree(roots: Sequence[FolderRecord], counts: Mapping[str, int]) -> list[FolderNode]:
    """Arrange per-directory photo counts under the library roots.

    Args:
        roots: The library roots (``Library.folders()``).
        counts: Photos directly in each directory, by path.

    Returns:
        One node per root, by path; each directory with photos is in the tree
        of the deepest root that holds it, with the folders between them.
    """
    trees = {root.path: _Building(root.path) for root in roots}
    deepest_first = sorted(trees, key=len, reverse=True)
    for directory, count in counts.items():
        root = next((r for r in deepest_first if directory == r or _is_below(r, directory)), None)
        if root is None:
            continue  # photos of a folder no longer in the library (removed, not yet purged)
        node = trees[root]
        path = root
        for part in (p for p in _SEPARATORS.split(directory[len(root) :]) if p):
            path = f"{path}{_separator(root)}{part}"
            node = node.children.setdefault(part, _Building(path))
        node.own += count
    offline = {root.path: root.offline_since is not None for root in roots}
    return [trees[path].freeze(path, offline[path]) for path in sorted(trees)]


def _is_below(root: str, path: str) -> bool:
    return path.startswith(root) and len(path) > len(root) and path[len(root)] in "/\\"


def _separator(path: str) -> str:
    return "\\" if "\\" in path and "/" not in path else "/"
