"""Scanner: stat-only diffs, partial hashes, odd file-system entries."""

from __future__ import annotations

import os
from pathlib import Path

from photoclip.core.indexing.scanner import is_image_name, is_young, partial_hash, scan_folder, scan_paths, walk_files
from photoclip.core.storage.catalog import Catalog
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


def _known(cat: Catalog, fid: int, *paths: Path) -> None:
    for p in paths:
        st = p.stat()
        cat.upsert_new_photo(str(p), fid, st.st_size, st.st_mtime, "h")


def test_scan_paths_looks_only_at_the_given_files_and_folders(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    keep = write_photo(root / "keep.jpg", 1)
    untouched_gone = write_photo(root / "elsewhere.jpg", 2)
    album_old = write_photo(root / "album" / "old.jpg", 3)
    cat = Catalog(tmp_path / "c.sqlite3")
    fid = cat.add_folder(str(root))
    _known(cat, fid, keep, untouched_gone, album_old)
    untouched_gone.unlink()  # not named: the targeted scan must not notice
    new = write_photo(root / "album" / "sub" / "new.jpg", 4)
    (root / "album" / "old.jpg").unlink()
    hidden = write_photo(root / ".cache" / "x.jpg", 5)
    targets = [str(root / "album"), str(new), str(keep), str(hidden), str(root / "album" / "old.jpg")]
    result = scan_paths(fid, str(root), targets, cat.photos_at(fid, targets))
    assert [f.path for f in result.new] == [str(new)]
    assert [r.path for r in result.missing] == [str(album_old)]
    assert result.unchanged == 1 and not result.whole and not result.root_missing
    # Naming the root scans it whole.
    whole = scan_paths(fid, str(root), [str(root)], cat.photos_under(fid))
    assert whole.whole and {r.path for r in whole.missing} == {str(album_old), str(untouched_gone)}


def test_young_files_are_left_for_later_but_not_missing(tmp_path: Path) -> None:
    import time

    root = tmp_path / "photos"
    settled = write_photo(root / "settled.jpg", 1)
    fresh = write_photo(root / "fresh.jpg", 2)
    cat = Catalog(tmp_path / "c.sqlite3")
    fid = cat.add_folder(str(root))
    _known(cat, fid, fresh)
    time.sleep(0.05)  # file times come from a coarse kernel clock: keep clear of the cut-off
    cut = time.time()
    time.sleep(0.05)
    write_photo(fresh, 3)  # being rewritten after the cut-off
    if os.name != "nt":  # Windows has no inode change time: there only the modification time tells
        os.utime(fresh, (1, 1))  # an old modification time, as copy tools set it
    result = scan_folder(fid, str(root), cat.photos_under(fid), settle_before=cut)
    assert result.young == [str(fresh)]  # the inode change time gives it away
    assert result.changed == [] and result.missing == []
    assert [f.path for f in result.new] == [str(settled)]
    assert not is_young(fresh.stat(), time.time() + 5)  # after the settle delay it is read
    assert scan_folder(fid, str(root), cat.photos_under(fid)).changed  # and without a cut-off at once


def test_empty_root_with_known_photos_counts_as_missing(tmp_path: Path) -> None:
    mount_point = tmp_path / "mnt"
    photo = write_photo(mount_point / "a.jpg", 1)
    cat = Catalog(tmp_path / "c.sqlite3")
    fid = cat.add_folder(str(mount_point))
    _known(cat, fid, photo)
    photo.unlink()  # the drive is unmounted: its mount point stays, empty
    result = scan_folder(fid, str(mount_point), cat.photos_under(fid))
    assert result.root_missing and result.missing == []
    assert not scan_folder(fid, str(mount_point), {}).root_missing  # a new, empty folder is fine


def test_xmp_sidecars_are_not_files_that_are_not_images(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    photo = write_photo(root / "a.jpg", 1)
    (root / "a.jpg.xmp").write_text("<x:xmpmeta/>")  # what photoclip tags export-xmp and digiKam write
    (root / "A.XMP").write_text("<x:xmpmeta/>")  # darktable-style, upper case
    (root / "notes.txt").write_text("hi")
    cat = Catalog(tmp_path / "c.sqlite3")
    fid = cat.add_folder(str(root))
    result = scan_folder(fid, str(root), cat.photos_under(fid))
    assert [f.path for f in result.new] == [str(photo)]
    assert result.non_images == [str(root / "notes.txt")]
