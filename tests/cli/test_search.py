"""``photoclip search`` and ``similar`` on shapes-world photos: the relevance cut, words, and rclip-style combined queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoclip.core.world.scene import Scene, save_photo, scenes
from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json

PHOTOS = 40


@pytest.fixture
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, dict[str, Scene]]:
    """A library of shapes-world photos indexed with their model: (home, resolved path -> scene)."""
    folder = tmp_path / "photos"
    world = {str(save_photo(s, folder / f"shot_{i:02d}.jpg", (320, 240)).resolve()): s for i, s in enumerate(scenes(PHOTOS, 2026))}
    home = str(tmp_path / "home")
    for argv in (("folders", "add", str(folder)), ("models", "use", "shapes-world"), ("index",)):
        code, _out, err = run(capsys, *argv, "--home", home)
        assert code == 0, err
    return home, world


def test_a_query_that_matches_nothing_well_prints_none_unless_asked(library: tuple[str, dict[str, Scene]], capsys: pytest.CaptureFixture[str]) -> None:
    home, _world = library
    code, out, _err = run(capsys, "search", "r", "--home", home)
    assert code == 0 and out.strip() == "No photos match well. (--all shows the closest ones anyway.)"
    assert len(run_json(capsys, "search", "r", "--all", "-k", "5", "--home", home)) == 5  # type: ignore[arg-type]
    hits = run_json(capsys, "search", "red squares", "-k", "100", "--home", home)
    assert isinstance(hits, list) and 0 < len(hits) < PHOTOS  # what matches, not -k


def test_rclips_combined_syntax_weighs_adds_photos_and_subtracts(
    library: tuple[str, dict[str, Scene]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home, world = library
    blue_square = next(p for p, s in world.items() if (s.colour, s.shape) == ("blue", "square"))

    def ranked(*query: str) -> list[str]:
        hits = run_json(capsys, "search", *query, "--all", "-k", "10", "--home", home)
        assert isinstance(hits, list)
        return [str(h["path"]) for h in hits]

    # As rclip's command line: the shell's quotes go, and the parts are joined with spaces.
    combined = ranked("2:red", "+", blue_square)
    assert combined != ranked("red") and combined != ranked(blue_square) and blue_square not in combined
    assert [world[p].colour for p in combined[:4]].count("red") >= 3
    # A subtracted term pushes its photos down.
    plain = [i for i, p in enumerate(ranked("circles")) if world[p].colour == "red"]
    minus = [i for i, p in enumerate(ranked("circles", "-", "2:red")) if world[p].colour == "red"]
    assert len(plain) >= 2 and minus == []  # red circles were among the first ten; now none is
    code, _out, err = run(capsys, "search", "red", "+", "--home", home)
    assert code == 1 and "Nothing follows a “+” in the search." in err and "dog + beach - night" in err
    code, _out, err = run(capsys, "search", "red + ./missing.jpg", "--home", home)
    assert code == 1 and "./missing.jpg is not a file." in err


def test_a_caption_is_found_by_its_words(library: tuple[str, dict[str, Scene]], capsys: pytest.CaptureFixture[str]) -> None:
    home, world = library
    target = sorted(world)[7]
    assert run(capsys, "captions", "set", target, "Rex on the sofa", "--home", home)[0] == 0
    hits = run_json(capsys, "search", "Rex", "--home", home)
    assert isinstance(hits, list) and [(h["path"], h["words"]) for h in hits] == [(target, True)]
    code, out, _ = run(capsys, "similar", target, "--home", home, "--json")
    assert code == 0 and target not in {h["path"] for h in json.loads(out)}
