"""The main window's sidebar: all photos, favourites, Explore, every folder as a tree, the user's albums and the tag sets' albums.

Each item carries what it stands for under :data:`NodeRole`, a ``(kind,
value)`` pair: ``("all", None)``, ``("favourites", None)``, ``("folder",
path)``, ``("user-album", album_id)``, ``("new-album", None)``, ``("tagset",
name)``, ``("album", tag_id)``, ``("open-tagsets", None)``, ``("explore-map",
None)`` (the Explore view's map, which handles its own clicks), ``("duplicates",
None)`` or ``("header", None)``. The main window reads it when an item is clicked; the sidebar only
shows, and takes photos dropped on an album of the user's or on Favourites
(:attr:`Sidebar.photos_dropped`).
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from photoclip.core.albums import UserAlbum
from photoclip.core.folder_tree import FolderNode
from photoclip.core.tagsets.records import Album, TagSetInfo
from photoclip.gui import tag_names
from photoclip.gui.grid import PHOTO_IDS_MIME, dropped_photo_ids
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

    # Photos were dropped on an album of the user's (kind "user-album", its id) or on Favourites ("favourites", None).
    photos_dropped = Signal(str, object, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._albums_item: QTreeWidgetItem | None = None
        self._user_albums_item: QTreeWidgetItem | None = None
        self._collapsed_sets: set[str] = set()  # tag set groups the user folded in the sidebar
        self.show_empty_albums = False  # tag-set albums with no photo stay hidden unless asked for
        self._last_albums: tuple[list[Album], list[TagSetInfo], Album | None] = ([], [], None)
        self.setHeaderHidden(True)
        self.itemCollapsed.connect(lambda item: self._group_folded(item, True))
        self.itemExpanded.connect(lambda item: self._group_folded(item, False))
        self.setMinimumWidth(200)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # the window's menu: albums, empty albums

    def show_folders(self, folders: list[FolderNode], favourites: int) -> None:
        """Rebuild the tree: all photos, favourites, the folder tree, and empty album nodes (see :meth:`show_albums`).

        Args:
            folders: The library's folder tree (``Library.folder_tree``).
            favourites: How many photos are favourites.
        """
        self.clear()
        total = sum(f.count for f in folders)
        all_item = QTreeWidgetItem([self.tr("All photos") + "  ({0})".format(num(total))])
        all_item.setData(0, NodeRole, ("all", None))
        self.addTopLevelItem(all_item)
        favourites_item = QTreeWidgetItem()
        favourites_item.setData(0, NodeRole, ("favourites", None))
        favourites_item.setToolTip(0, self.tr("Photos you marked as favourites (the period key, or Add to Favourites in a photo's menu)"))
        self.addTopLevelItem(favourites_item)
        self.set_favourites_count(favourites)
        self.addTopLevelItem(self._explore_item())
        folders_item = QTreeWidgetItem([self.tr("Folders")])
        folders_item.setData(0, NodeRole, ("header", None))
        for folder in folders:
            folders_item.addChild(self._folder_item(folder))
        self.addTopLevelItem(folders_item)
        user_item = QTreeWidgetItem([self.tr("My albums")])
        user_item.setData(0, NodeRole, ("header", None))
        self.addTopLevelItem(user_item)
        self._user_albums_item = user_item
        albums_item = QTreeWidgetItem([self.tr("Albums")])
        albums_item.setData(0, NodeRole, ("header", None))
        self.addTopLevelItem(albums_item)
        self._albums_item = albums_item
        self.show_user_albums([], None)

    def _explore_item(self) -> QTreeWidgetItem:
        """The Explore section: views of the whole library (its map, its duplicates)."""
        explore = QTreeWidgetItem([self.tr("Explore")])
        explore.setData(0, NodeRole, ("header", None))
        map_item = QTreeWidgetItem([self.tr("Map")])
        map_item.setData(0, NodeRole, ("explore-map", None))
        map_item.setToolTip(0, self.tr("Every photo on a map where similar photos sit together"))
        explore.addChild(map_item)
        duplicates = QTreeWidgetItem([self.tr("Duplicates")])
        duplicates.setData(0, NodeRole, ("duplicates", None))
        duplicates.setToolTip(0, self.tr("Photos stored more than once: review them and move the extra copies to the trash"))
        explore.addChild(duplicates)
        return explore

    def set_favourites_count(self, count: int) -> None:
        """Show how many photos are favourites."""
        item = self.item_of("favourites", None)
        if item is not None:
            item.setText(0, "♥ " + self.tr("Favourites") + "  ({0})".format(num(count)))

    def _folder_item(self, folder: FolderNode) -> QTreeWidgetItem:
        name = (PurePath(folder.path).name or folder.path) if folder.name == folder.path else folder.name  # a root: its last part
        text = "{0}  ({1})".format(name, num(folder.count))
        if folder.offline:
            text = self.tr("{0} (offline)").format(text)
        item = QTreeWidgetItem([text])
        item.setToolTip(0, folder.path if not folder.offline else self.tr("{0}: the drive or folder is not there now").format(folder.path))
        item.setData(0, NodeRole, ("folder", folder.path))
        if folder.offline:
            item.setForeground(0, self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for child in folder.children:
            item.addChild(self._folder_item(child))
        return item

    def item_of(self, kind: str, value: Any) -> QTreeWidgetItem | None:
        """The item that stands for ``(kind, value)`` (see the module docstring), or None when none is shown."""
        for item in self._walk(self.invisibleRootItem()):
            if node_of(item) == (kind, value):
                return item
        return None

    def _walk(self, item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = []
        for child in _children(item):
            found.append(child)
            found += self._walk(child)
        return found

    def show_user_albums(self, albums: list[UserAlbum], current: int | None) -> None:
        """The My albums node: one item per album of the user's, with its count, then "New album…".

        Args:
            albums: The user's albums (``Library.albums.all()``).
            current: The id of the album on show, selected again; None for none.
        """
        root = self._user_albums_item
        if root is None:
            return
        root.takeChildren()
        for album in albums:
            item = QTreeWidgetItem(["{0}  ({1})".format(album.name, num(album.count))])
            item.setData(0, NodeRole, ("user-album", album.id))
            item.setToolTip(0, self.tr("Drop photos here to add them; right-click to rename or delete"))
            root.addChild(item)
            if album.id == current:
                self.setCurrentItem(item)
        new = QTreeWidgetItem([self.tr("New album…")])
        new.setData(0, NodeRole, ("new-album", None))
        new.setForeground(0, self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        root.addChild(new)
        root.setExpanded(True)

    # ------------------------------------------------------------ drops
    def _drop_target(self, pos: QPoint) -> tuple[str, Any] | None:
        item = self.itemAt(pos)
        if item is None:
            return None
        kind, value = node_of(item)
        return (kind, value) if kind in ("user-album", "favourites") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(PHOTO_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(PHOTO_IDS_MIME) and self._drop_target(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._drop_target(event.position().toPoint())
        ids = dropped_photo_ids(event.mimeData())
        if target is None or not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the photos stay where they were: an album only points at them
        event.accept()
        self.photos_dropped.emit(target[0], target[1], ids)

    def album_item(self, tag_id: int) -> QTreeWidgetItem | None:
        """The sidebar item of a tag-set album, or None when the sidebar does not show it (an empty one, hidden)."""
        return self.item_of("album", tag_id)

    def show_albums(self, albums: list[Album], infos: list[TagSetInfo], current: Album | None) -> None:
        """The Albums node: one group per tag set, one item per tag with its photo count.

        Args:
            albums: Every album, with its counts.
            infos: Every tag set (a set with no albums yet still gets its group).
            current: The album picked in the sidebar, selected again; None for none.
        """
        self._last_albums = (albums, infos, current)
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
        hidden = 0
        for album in albums:
            if album.count == 0 and not self.show_empty_albums:
                hidden += 1
                continue
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
        if hidden:
            more = QTreeWidgetItem([self.tr("%Ln empty albums hidden", "", hidden)])
            more.setData(0, NodeRole, ("show-empty", None))
            more.setToolTip(0, self.tr("Albums no photo was filed into yet. Click to show them (View › Show empty albums)."))
            more.setForeground(0, self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            root.addChild(more)
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

    def set_show_empty_albums(self, show: bool) -> None:
        """Show the tag-set albums no photo was filed into, or hide them."""
        self.show_empty_albums = show
        self.show_albums(*self._last_albums)

    def _group_folded(self, item: QTreeWidgetItem, folded: bool) -> None:
        kind, name = node_of(item)
        if kind == "tagset":
            (self._collapsed_sets.add if folded else self._collapsed_sets.discard)(name)
