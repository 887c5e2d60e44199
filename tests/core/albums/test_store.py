"""Albums of the user's own and favourites, through the Library: kept in the catalog, filtered in SQL, written to XMP."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photoclip.core.library import Library
from photoclip.core.search import SearchFilters
from photoclip.core.tagsets.export import read_keywords, sidecar_path
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths


@pytest.fixture
def lib(tiny_library: Library, photo_dir: Path) -> Library:
    tiny_library.add_folder(photo_dir)
    for _ in tiny_library.index():
        pass
    return tiny_library


def ids_by_name(lib: Library) -> dict[str, int]:
    return {Path(r.path).name: r.id for r in lib.browse()}


def test_an_album_is_made_filled_and_browsed(lib: Library) -> None:
    ids = ids_by_name(lib)
    summer = lib.albums.create("  Summer   2019 ")
    assert summer.name == "Summer 2019" and summer.count == 0
    chosen = [ids["img_00.jpg"], ids["img_07.jpg"], ids["img_11.jpg"]]
    assert lib.albums.add_photos(summer.id, chosen) == 3
    assert lib.albums.add_photos(summer.id, chosen[:1]) == 0  # already in it
    assert [(a.name, a.count) for a in lib.albums.all()] == [("Summer 2019", 3)]
    browsed = lib.browse(SearchFilters(user_album=summer.id))
    assert sorted(r.id for r in browsed) == sorted(chosen)
    assert lib.albums.of_photo(ids["img_07.jpg"]) == ["Summer 2019"]


def test_search_within_an_album_returns_only_its_photos(lib: Library) -> None:
    ids = ids_by_name(lib)
    album = lib.albums.create("Picks")
    lib.albums.add_photos(album.id, [ids["img_02.jpg"], ids["img_03.jpg"]])
    hits = lib.search("a photo", k=10, filters=SearchFilters(user_album=album.id))
    assert sorted(h.photo_id for h in hits) == sorted([ids["img_02.jpg"], ids["img_03.jpg"]])


def test_names_are_unique_ignoring_case_and_never_empty(lib: Library) -> None:
    first = lib.albums.create("Family")
    with pytest.raises(PhotoclipError, match="already an album called"):
        lib.albums.create("family")
    with pytest.raises(PhotoclipError, match="needs a name"):
        lib.albums.create("   ")
    with pytest.raises(PhotoclipError, match="at most"):
        lib.albums.create("x" * 201)
    other = lib.albums.create("Trips")
    with pytest.raises(PhotoclipError, match="already an album called"):
        lib.albums.rename(other.id, "FAMILY")
    assert lib.albums.rename(first.id, "family").name == "family"  # a change of case of its own name is allowed


def test_rename_keeps_the_photos_and_delete_keeps_them_in_the_library(lib: Library) -> None:
    ids = ids_by_name(lib)
    album = lib.albums.create("Beach")
    lib.albums.add_photos(album.id, [ids["img_01.jpg"], ids["img_04.jpg"]])
    renamed = lib.albums.rename(album.id, "Sea")
    assert renamed.id == album.id and renamed.count == 2
    assert lib.albums.remove_photos(album.id, [ids["img_01.jpg"], ids["img_05.jpg"]]) == 1
    lib.albums.delete(album.id)
    assert lib.albums.all() == []
    assert len(lib.browse()) == 12
    with pytest.raises(PhotoclipError, match="no longer exists"):
        lib.albums.add_photos(album.id, [ids["img_04.jpg"]])


def test_a_photo_keeps_its_albums_when_its_file_is_renamed_and_leaves_the_count_when_deleted(lib: Library, photo_dir: Path) -> None:
    ids = ids_by_name(lib)
    album = lib.albums.create("Keep")
    lib.albums.add_photos(album.id, [ids["img_00.jpg"], ids["img_01.jpg"]])
    os.replace(photo_dir / "a" / "img_00.jpg", photo_dir / "a" / "renamed.jpg")
    (photo_dir / "a" / "img_01.jpg").unlink()
    for _ in lib.index():
        pass
    assert lib.albums.of_photo(ids_by_name(lib)["renamed.jpg"]) == ["Keep"]
    assert [a.count for a in lib.albums.all()] == [1]
    assert [Path(r.path).name for r in lib.browse(SearchFilters(user_album=album.id))] == ["renamed.jpg"]


def test_favourites_are_marked_filtered_and_unmarked(lib: Library) -> None:
    ids = ids_by_name(lib)
    hearts = [ids["img_03.jpg"], ids["img_09.jpg"]]
    assert lib.albums.set_favourite(hearts) == 2
    assert lib.albums.set_favourite(hearts[:1]) == 0
    assert lib.albums.favourite_ids() == set(hearts)
    assert sorted(r.id for r in lib.browse(SearchFilters(favourites=True))) == sorted(hearts)
    assert lib.albums.set_favourite(hearts[:1], favourite=False) == 1
    assert lib.albums.favourite_ids() == {hearts[1]}


def test_albums_and_favourites_survive_reopening_the_library(lib: Library, home: Path) -> None:
    ids = ids_by_name(lib)
    album = lib.albums.create("Kept")
    lib.albums.add_photos(album.id, [ids["img_06.jpg"]])
    lib.albums.set_favourite([ids["img_06.jpg"]])
    lib.close()
    again = Library(LibraryPaths.at(home))
    try:
        assert [(a.name, a.count) for a in again.albums.all()] == [("Kept", 1)]
        assert again.albums.favourite_ids() == {ids["img_06.jpg"]}
    finally:
        again.close()


def test_xmp_export_writes_the_users_albums_and_takes_out_what_left(lib: Library, photo_dir: Path) -> None:
    ids = ids_by_name(lib)
    album = lib.albums.create("Summer 2019")
    lib.albums.add_photos(album.id, [ids["img_00.jpg"], ids["img_01.jpg"]])
    summary = list(lib.tags.export_xmp())[-1].summary
    assert summary is not None and summary.written == 2
    flat, hierarchical = read_keywords(sidecar_path(photo_dir / "a" / "img_00.jpg").read_bytes())
    assert "Summer 2019" in flat and "Albums|Summer 2019" in hierarchical
    lib.albums.remove_photos(album.id, [ids["img_01.jpg"]])
    list(lib.tags.export_xmp())
    flat, hierarchical = read_keywords(sidecar_path(photo_dir / "a" / "img_01.jpg").read_bytes())
    assert "Albums|Summer 2019" not in hierarchical and "Summer 2019" not in flat


def test_xmp_export_writes_the_favourites_and_takes_the_keyword_out_when_unmarked(lib: Library, photo_dir: Path) -> None:
    ids = ids_by_name(lib)
    lib.albums.set_favourite([ids["img_02.jpg"]])
    summary = list(lib.tags.export_xmp())[-1].summary
    assert summary is not None and summary.written == 1
    sidecar = sidecar_path(photo_dir / "a" / "img_02.jpg")
    flat, hierarchical = read_keywords(sidecar.read_bytes())
    assert "Albums|Favourites" in hierarchical and "Favourites" in flat
    lib.albums.set_favourite([ids["img_02.jpg"]], favourite=False)
    summary = list(lib.tags.export_xmp())[-1].summary
    assert summary is not None and summary.written == 1
    flat, hierarchical = read_keywords(sidecar.read_bytes())
    assert "Albums|Favourites" not in hierarchical and "Favourites" not in flat
