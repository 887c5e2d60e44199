"""The folder tree: every subfolder with photos, under its library root, with counts that add up."""

from __future__ import annotations

import shutil
from pathlib import Path

from photoclip.core.folder_tree import FolderNode, build_folder_tree
from photoclip.core.library import Library
from photoclip.core.search import SearchFilters
from photoclip.core.storage.records import FolderRecord
from tests.conftest import write_photo


def flatten(node: FolderNode, depth: int = 0) -> list[tuple[int, str, int]]:
    rows = [(depth, node.name, node.count)]
    for child in node.children:
        rows += flatten(child, depth + 1)
    return rows


def test_every_subfolder_appears_with_counts_that_include_its_subfolders(tiny_library: Library, tmp_path: Path) -> None:
    root = tmp_path / "Pictures"
    for i, rel in enumerate(["a.jpg", "2019/Summer/b.jpg", "2019/Summer/c.jpg", "2019/Winter/d.jpg", "Phone/Camera/e.jpg"]):
        write_photo(root / rel, seed=i)
    tiny_library.add_folder(root)
    for _ in tiny_library.index():
        pass
    (tree,) = tiny_library.folder_tree()
    assert flatten(tree) == [
        (0, str(root), 5),
        (1, "2019", 3),
        (2, "Summer", 2),
        (2, "Winter", 1),
        (1, "Phone", 1),
        (2, "Camera", 1),
    ]
    summer = tree.children[0].children[0]
    assert summer.path == str(root / "2019" / "Summer")
    # A node's path browses exactly the photos it counts.
    for node in (tree, tree.children[0], summer):
        assert len(tiny_library.browse(SearchFilters(folder=node.path))) == node.count


def test_an_offline_root_is_marked_and_a_vanished_folder_leaves_the_tree(tiny_library: Library, tmp_path: Path) -> None:
    drive, home_photos = tmp_path / "drive", tmp_path / "home"
    write_photo(drive / "x" / "1.jpg", seed=1)
    write_photo(home_photos / "gone" / "2.jpg", seed=2)
    write_photo(home_photos / "3.jpg", seed=3)
    for folder in (drive, home_photos):
        tiny_library.add_folder(folder)
    for _ in tiny_library.index():
        pass
    shutil.rmtree(drive)
    shutil.rmtree(home_photos / "gone")
    for _ in tiny_library.index():
        pass
    trees = {node.name: node for node in tiny_library.folder_tree()}
    assert trees[str(drive)].offline and trees[str(drive)].count == 0
    assert not trees[str(home_photos)].offline
    assert flatten(trees[str(home_photos)]) == [(0, str(home_photos), 1)]


def test_nested_roots_and_windows_paths_are_arranged_under_the_deepest_root() -> None:
    roots = [FolderRecord(1, r"C:\Photos", 0), FolderRecord(2, r"C:\Photos\Phone", 0)]
    counts = {r"C:\Photos\2020": 2, r"C:\Photos\Phone\Camera": 3, r"D:\elsewhere": 9}
    trees = build_folder_tree(roots, counts)
    assert [flatten(t) for t in trees] == [
        [(0, r"C:\Photos", 2), (1, "2020", 2)],
        [(0, r"C:\Photos\Phone", 3), (1, "Camera", 3)],
    ]
    assert trees[1].children[0].path == r"C:\Photos\Phone\Camera"
