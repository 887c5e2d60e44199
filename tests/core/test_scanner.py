"""Scanner: stat-only diffs, partial hashes, odd file-system entries."""

from __future__ import annotations

import os
from pathlib import Path

from photoclip.core.catalog import Catalog
from photoclip.core.scanner import is_image_name, partial_hash, scan_folder, walk_files
from tests.conftest import write_photo


def test_partial_hash_sees_head_and_tail_and_size(tmp_path: Path) -> None:
    big = bytearray(os.urandom(300_000))
    (tmp_path / "a").write_bytes(big)
    h = partial_hash(str(tmp_path / "a"))
    big[-1] ^= 0xFF  # a change in the tail
    (tmp_path / "b").write_bytes(big)
    assert partial_hash(str(tmp_path / "b")) != h
    (tmp_path / "c").write_bytes(bytes(big[:-1]))
    assert partial_hash(str(tmp_path / "c")) != h
    (tmp_path / "d").write_bytes((tmp_path / "a").read_bytes())
    assert partial_hash(str(tmp_path / "d")) == h


def test_extensions_are_case_insensitive() -> None:
    assert is_image_name("IMG_1.JPG") and is_image_name("x.Heic") and is_image_name("a.jp2")
    assert not is_image_name("notes.txt") and not is_image_name("jpg")


def test_scan_diffs_against_catalog(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    keep = write_photo(root / "keep.jpg", 1)
    change = write_photo(root / "change.jpg", 2)
    write_photo(root / "new.png", 3, fmt="PNG")
    (root / "readme.txt").write_text("hi")
    cat = Catalog(tmp_path / "c.sqlite3")
    fid = cat.add_folder(str(root))
    for p in (keep, change, root / "gone.jpg"):
        st = keep.stat() if p.name == "gone.jpg" else p.stat()
        cat.upsert_new_photo(str(p), fid, st.st_size, st.st_mtime, "h")
    os.utime(change, (1, 1))
    result = scan_folder(fid, str(root), cat.photos_under(fid))
    assert result.unchanged == 1
    assert [f.path for f in result.new] == [str(root / "new.png")]
    assert [r.path for r, _ in result.changed] == [str(change)]
    assert [r.path for r in result.missing] == [str(root / "gone.jpg")]
    assert result.non_images == [str(root / "readme.txt")]


def test_missing_root_is_not_a_deletion(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.sqlite3")
    fid = cat.add_folder(str(tmp_path / "unplugged"))
    cat.upsert_new_photo(str(tmp_path / "unplugged" / "a.jpg"), fid, 1, 1.0, "h")
    result = scan_folder(fid, str(tmp_path / "unplugged"), cat.photos_under(fid))
    assert result.root_missing
    assert result.missing == []


def test_walk_survives_symlink_loops_broken_links_and_hidden_dirs(tmp_path: Path) -> None:
    root = tmp_path / "r"
    write_photo(root / "sub" / "a.jpg", 1)
    write_photo(root / ".hidden" / "b.jpg", 2)
    (root / "sub" / "loop").symlink_to(root)
    (root / "broken.jpg").symlink_to(tmp_path / "nowhere.jpg")
    (root / "dir.jpg").mkdir()
    errors: list[tuple[str, str]] = []
    files = [p for p, _ in walk_files(str(root), lambda p, r: errors.append((p, r)))]
    assert files == [str(root / "sub" / "a.jpg")]
    assert [p for p, _ in errors] == [str(root / "broken.jpg")]
