"""A photo's own words: kept in step with captions, renames and albums by the catalog's triggers, and matched by FTS5."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoclip.core.library import Library
from photoclip.core.word_search.matching import match_expression, word_matches
from tests.conftest import write_photo


@pytest.fixture
def lib(tiny_library: Library, tmp_path: Path) -> Library:
    root = tmp_path / "Pictures"
    write_photo(root / "beach_2019.jpg", seed=1)
    write_photo(root / "Lisbon trip" / "IMG_0001.jpg", seed=2)
    write_photo(root / "other.jpg", seed=3)
    tiny_library.add_folder(root)
    for _ in tiny_library.index():
        pass
    return tiny_library


def names(lib: Library, ids: list[int]) -> list[str]:
    records = lib.catalog.photos_by_ids(ids)
    return [Path(records[i].path).name for i in ids]


def test_file_and_folder_names_match_but_not_the_library_folders_own_path(lib: Library) -> None:
    assert names(lib, word_matches(lib.catalog, ["beach_2019"])) == ["beach_2019.jpg"]
    assert names(lib, word_matches(lib.catalog, ["lisbon"])) == ["IMG_0001.jpg"]
    assert word_matches(lib.catalog, ["Pictures"]) == []  # every photo is below it: not a word of theirs


def test_captions_albums_and_renames_are_searchable_at_once(lib: Library, tmp_path: Path) -> None:
    other = lib.catalog.photo_by_path(str((tmp_path / "Pictures" / "other.jpg").resolve()))
    assert other is not None
    lib.add_caption(other.id, "Rex on the sofá")
    assert word_matches(lib.catalog, ["Rex"]) == [other.id]
    assert word_matches(lib.catalog, ["rex sofa"]) == [other.id]  # every word, accents aside
    assert word_matches(lib.catalog, ["sofa"], ["rex"]) == []  # a subtracted word leaves it out
    album = lib.albums.create("Summer holidays")
    assert lib.albums.add_photos(album.id, [other.id]) == 1  # the trigger's own writes are not counted
    assert word_matches(lib.catalog, ["holidays"]) == [other.id]
    lib.albums.rename(album.id, "Winter")
    assert word_matches(lib.catalog, ["holidays"]) == [] and word_matches(lib.catalog, ["winter"]) == [other.id]
    lib.set_captions(other.id, [])
    assert word_matches(lib.catalog, ["Rex"]) == []


def test_short_words_match_whole_words_and_long_ones_their_beginnings() -> None:
    assert match_expression(["r"]) == '(("r"))'
    assert match_expression(["sofa"]) == '(("sofa"*))'
    assert match_expression(["beach_2019", "x"], ["night"]) == '(("beach 2019"*) OR ("x")) NOT (("night"*))'
    assert match_expression(["..."]) is None


def test_a_catalog_from_before_the_words_table_gets_its_photos_words_when_upgraded(tmp_path: Path) -> None:
    import sqlite3

    from photoclip.core.storage.catalog import Catalog
    from photoclip.core.storage.schema import MIGRATIONS

    path = tmp_path / "catalog.sqlite3"
    db = sqlite3.connect(path)
    for migration in MIGRATIONS[:5]:
        for statement in migration.statements:
            db.execute(statement)
    db.execute("INSERT INTO folders(path, added_at) VALUES ('/photos', 0)")
    db.execute(
        "INSERT INTO photos(path, folder_id, size, mtime, partial_hash, added_at, updated_at) VALUES ('/photos/2019/beach.jpg', 1, 1, 0, 'h', 0, 0)"
    )
    db.execute("INSERT INTO captions(photo_id, text, created_at) VALUES (1, 'Rex on the sofa', 0)")
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()
    catalog = Catalog(path)
    try:
        assert word_matches(catalog, ["rex"]) == [1] and word_matches(catalog, ["2019 beach"]) == [1]
        assert word_matches(catalog, ["photos"]) == []  # the library folder's own name is not the photo's
    finally:
        catalog.close()
