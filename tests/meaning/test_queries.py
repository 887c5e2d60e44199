"""Combined queries and the relevance cut mean something: real rankings from the shapes-world model."""

from __future__ import annotations

from photoclip.core.library import Library

from .conftest import World


def _lib(world: World) -> Library:
    assert isinstance(world.library, Library)
    return world.library


def test_a_photo_plus_a_description_ranks_unlike_either_part(world: World) -> None:
    lib = _lib(world)
    photo = next(p for p, s in world.scene_of.items() if (s.colour, s.shape) == ("blue", "square"))
    alone = [h.path for h in lib.query(photo, 20, cut=False).hits]
    words = [h.path for h in lib.query("red", 20, cut=False).hits]
    combined = [h.path for h in lib.query(f"{photo} + red", 20, cut=False).hits]
    assert combined[:10] != alone[:10] and combined[:10] != words[:10]
    assert photo not in combined  # the photo asked with is not its own answer
    # The description turns the photo's colour: like the blue square, but red.
    assert [world.scene_of[p].colour for p in combined[:5]].count("red") >= 3
    assert [world.scene_of[p].colour for p in alone[:5]].count("red") == 0


def test_a_subtracted_description_pushes_its_photos_down(world: World) -> None:
    lib = _lib(world)

    def red_ranks(query: str) -> list[int]:
        hits = lib.query(query, 200, cut=False).hits
        return [i for i, h in enumerate(hits) if world.scene_of[h.path].colour == "red"]

    plain, minus = red_ranks("circles"), red_ranks("circles - 2:red")
    assert sum(minus) / len(minus) > sum(plain) / len(plain) + 20
    assert min(minus) >= 10  # none of the first ten is red any more


def test_the_relevance_cut_keeps_what_matches_and_nothing_for_a_query_that_matches_nothing(world: World) -> None:
    lib = _lib(world)
    for nonsense in ("r", "zzz"):
        result = lib.query(nonsense, 200)
        assert result.relevant == 0 and len(result.hits) == len(world.scene_of)  # the rest, for "Show more"
    result = lib.query("red squares", 200)
    assert 3 <= result.relevant <= 40, result.relevant
    matched = [world.scene_of[h.path] for h in result.matches]
    assert sum(s.colour == "red" for s in matched) >= 0.8 * len(matched)
    assert result.hits[: result.relevant] == tuple(result.matches)
