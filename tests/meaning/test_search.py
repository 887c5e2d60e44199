"""Text search means something: the right photos come first, in English, Spanish and Portuguese."""

from __future__ import annotations

import pytest

from photoclip.core.world.scene import LANGUAGES, caption

from .conftest import World


def _recall_at_5(world: World, language: str) -> float:
    hits = 0
    for path, scene in world.scene_of.items():
        results = world.library.search(caption(scene, language, detail=3), k=5)  # type: ignore[attr-defined]
        hits += any(r.path == path for r in results)
    return hits / len(world.scene_of)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_full_caption_finds_its_photo_in_the_top_5(world: World, language: str) -> None:
    recall = _recall_at_5(world, language)
    print(f"recall@5 ({language}, {len(world.scene_of)} held-out photos): {recall:.3f}")
    # Chance is 5/120; the model finds 0.97 or more here.
    assert recall >= 0.85


@pytest.mark.parametrize(("query", "colour"), [("red circles", "red"), ("blue circles", "blue"),
                                                ("cuadrados rojos", "red"), ("quadrados azuis", "blue")])
def test_colour_queries_return_photos_of_that_colour(world: World, query: str, colour: str) -> None:
    # A red/blue channel swap anywhere in decoding turns these around.
    results = world.library.search(query, k=5)  # type: ignore[attr-defined]
    colours = [world.scene_of[r.path].colour for r in results]
    assert colours.count(colour) >= 4, colours


def test_find_similar_returns_the_same_shape_and_colour(world: World) -> None:
    agree = total = 0
    for path, scene in list(world.scene_of.items())[:30]:
        hits = [h for h in world.library.similar(path, k=4) if h.path != path][:3]  # type: ignore[attr-defined]
        for hit in hits:
            other = world.scene_of[hit.path]
            agree += (other.shape, other.colour) == (scene.shape, scene.colour)
            total += 1
    # Chance is about 1/16 (four shapes, four colours); the model gets about 0.46.
    assert agree / total >= 0.3, f"{agree}/{total}"
