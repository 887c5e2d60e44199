"""The main window's sidebar: all photos, the library's folders, and the albums of each tag set.

Each item carries what it stands for under :data:`NodeRole`, a ``(kind,
value)`` pair: ``("all", None)``, ``("folder", path)``, ``("tagset", name)``,
``("album", tag_id)``, ``("open-tagsets", None)`` or ``("header", None)``.
The main window reads it when an item is clicked; the sidebar only shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from photoclip.core.storage.records import FolderRecord
from photoclip.core.tagsets.records import Album, TagSetInfo
from photoclip.gui import tag_names
from photoclip.gui.i18n import num

NodeRole = Qt.ItemDataRole.UserRole + 10


def node_of(item: QTreeWidgetItem) -> tuple[str, Any]:
    """What a sidebar item stands for.

    Args:
        item: An item of the sidebar.

    Returns:
        Its ``(kind, value)`` pair; ``("header", None)`` for an item that stands for nothing.
    """
    node = item.data(0, NodeRole)
    return (str(node[0]), node[1]) if node else ("header", None)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]


class Sidebar(QTreeWidget):
    """The tree of folders and albums beside the grid.

    Args:
        parent: The main window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._albums_item: QTreeWidgetItem | None = None
        self._collapsed_sets: set[str] = set()  # tag set groups the user folded in the sidebar
        self.setHeaderHidden(True)
        self.itemCollapsed.connect(lambda item: self._group_folded(item, True))
        self.itemExpanded.connect(lambda item: self._group_folded(item, False))
        self.setMinimumWidth(200)

    def show_folders(self, folders: list[FolderRecord]) -> None:
        """Rebuild the tree: all photos, one item per folder, and an empty Albums node (see :meth:`show_albums`).

        Args:
            folders: The library's folders with their photo counts.
        """
        self.clear()
        total = sum(f.photo_count for f in folders)
        all_item = QTreeWidgetItem([self.tr("All photos") + "  ({0})".format(num(total))])
        all_item.setData(0, NodeRole, ("all", None))
        self.addTopLevelItem(all_item)
        folders_item = QTreeWidgetItem([self.tr("Folders")])
        folders_item.setData(0, NodeRole, ("header", None))
        for folder in folders:
            child = QTreeWidgetItem(["{0}  ({1})".format(Path(folder.path).name, num(folder.photo_count))])
            child.setToolTip(0, folder.path)
            child.setData(0, NodeRole, ("folder", folder.path))
            folders_item.addChild(child)
        self.addTopLevelItem(folders_item)
        albums_item = QTreeWidgetItem([self.tr("Albums")])
        albums_item.setData(0, NodeRole, ("header", None))
        self.addTopLevelItem(albums_item)
        self._albums_item = albums_item

    def album_item(self, tag_id: int) -> QTreeWidgetItem | None:
        """The sidebar item of an album.

        Args:
            tag_id: The album's tag.

        Returns:
            Its item, or None when the sidebar does not show it.
        """
        root = self._albums_item
        if root is None:
            return None
        for group in _children(root):
            for item in _children(group):
                if node_of(item) == ("album", tag_id):
                    return item
        return None

    def show_albums(self, albums: list[Album], infos: list[TagSetInfo], current: Album | None) -> None:
        """The Albums node: one group per tag set, one item per tag with its photo count.

        Args:
            albums: Every album, with its counts.
            infos: Every tag set (a set with no albums yet still gets its group).
            current: The album picked in the sidebar, selected again; None for none.
        """
        root = self._albums_item
        if root is None:
            return
        root.takeChildren()
        by_name = {info.name: info for info in infos}
        groups: dict[str, QTreeWidgetItem] = {}
        for name, info in by_name.items():
            shown = tag_names.set_name(name)  # built-in sets in the UI language; the NodeRole keeps the stored name
            if info.applied_model is None:
                text = self.tr("{0} (not applied)").format(shown)
            elif not info.up_to_date:
                text = self.tr("{0} (out of date)").format(shown)
            else:
                text = shown
            group = QTreeWidgetItem([text])
            group.setData(0, NodeRole, ("tagset", name))
            group.setToolTip(0, tag_names.set_description(name, info.description) or shown)
            groups[name] = group
            root.addChild(group)
        for album in albums:
            found = groups.get(album.tagset)
            if found is None:
                found = groups[album.tagset] = QTreeWidgetItem([tag_names.set_name(album.tagset)])
                found.setData(0, NodeRole, ("tagset", album.tagset))
                root.addChild(found)
            label = tag_names.tag_label(album.tagset, album.label)
            item = QTreeWidgetItem(["{0}  ({1})".format(label, num(album.count))])
            item.setData(0, NodeRole, ("album", album.tag_id))
            tip = self.tr("{0} › {1}: %Ln photos; threshold {2:.2f}", "", album.count).format(
                tag_names.set_name(album.tagset), label, num(album.threshold)
            )
            if album.count == 0:
                item.setForeground(0, self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if album.confirmed or album.rejected:
                # Two counts: each its own plural form (Spanish and Portuguese make the participle agree).
                tip += "\n" + self.tr("{0} and {1} by you").format(
                    self.tr("%Ln confirmed", "", album.confirmed), self.tr("%Ln rejected", "", album.rejected)
                )
            item.setToolTip(0, tip)
            found.addChild(item)
        if not groups:
            hint = QTreeWidgetItem([self.tr("Add a tag set…")])
            hint.setToolTip(0, self.tr("Tag sets file your photos into albums"))
            hint.setData(0, NodeRole, ("open-tagsets", None))
            root.addChild(hint)
        root.setExpanded(True)
        for name, group in groups.items():
            group.setExpanded(name not in self._collapsed_sets)
        if current is not None:
            selected = self.album_item(current.tag_id)
            if selected is not None:
                self.setCurrentItem(selected)

    def _group_folded(self, item: QTreeWidgetItem, folded: bool) -> None:
        kind, name = node_of(item)
        if kind == "tagset":
            (self._collapsed_sets.add if folded else self._collapsed_sets.discard)(name)
