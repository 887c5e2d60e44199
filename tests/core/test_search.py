"""Searching through the Library: a photo's own words are found and merged with the ranking, within the filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoclip.core.library import Library
from photoclip.core.search import KEEP_OF_BEST, KEEP_SPREADS, SearchFilters, relevance_cut
from tests.conftest import write_photo


@pytest.fixture
def lib(tiny_library: Library, tmp_path: Path) -> Library:
    for i in range(10):
        write_photo(tmp_path / "photos" / ("a" if i < 5 else "b") / f"img_{i:02d}.jpg", seed=i)
    write_photo(tmp_path / "photos" / "a" / "beach_2019.jpg", seed=20)
    tiny_library.add_folder(tmp_path / "photos")
    for _ in tiny_library.index():
        pass
    return tiny_library


def test_a_caption_is_found_by_its_words_first_even_when_the_image_ranking_finds_nothing(lib: Library, tmp_path: Path) -> None:
    sofa = lib.catalog.photo_by_path(str((tmp_path / "photos" / "b" / "img_07.jpg").resolve()))
    assert sofa is not None
    assert lib.query("Rex", 20).relevant == 0  # test-tiny's random vectors match nothing well
    lib.add_caption(sofa.id, "Rex on the sofa")
    result = lib.query("Rex", 20)
    assert [h.photo_id for h in result.matches] == [sofa.id] and result.matches[0].words
    assert len(result.hits) == 11  # the others follow, below the cut
    named = lib.query("beach_2019", 20).matches
    assert [Path(h.path).name for h in named] == ["beach_2019.jpg"]
    # Filters hold for words too.
    assert lib.query("Rex", 20, SearchFilters(folder=str((tmp_path / "photos" / "a").resolve()))).matches == []


def test_the_relevance_rule() -> None:
    import numpy as np

    spread = 0.1
    assert not relevance_cut(np.array([0.3, 0.2]), spread, has_photo=False).any()  # best under FIND_SPREADS spreads
    lifts = np.array([0.8, 0.5, 0.39, KEEP_SPREADS * spread - 0.01])
    assert relevance_cut(lifts, spread, has_photo=False).tolist() == [True, True, False, False]  # KEEP_OF_BEST of the best
    assert relevance_cut(np.array([0.2, 0.1, 0.09]), spread, has_photo=True).tolist() == [True, True, False]
    assert KEEP_OF_BEST == 0.5
