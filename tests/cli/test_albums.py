"""``photoclip albums ...`` and the album filters of search, end to end through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json


@pytest.fixture
def home(tmp_path: Path, photo_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    home = str(tmp_path / "home")
    for argv in (("models", "use", "test-tiny"), ("folders", "add", str(photo_dir)), ("index",)):
        code, _out, err = run(capsys, "--home", home, *argv)
        assert code == 0, err
    return home


def test_an_album_is_made_filled_listed_searched_and_deleted(home: str, photo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    picks = [str(photo_dir / "a" / "img_01.jpg"), str(photo_dir / "b" / "img_08.jpg")]
    assert run(capsys, "--home", home, "albums", "create", "Trip to Lisbon")[0] == 0
    code, out, err = run(capsys, "--home", home, "albums", "add", "trip to lisbon", *picks, picks[0])
    assert code == 0 and "Added 2 photo(s) to Trip to Lisbon" in out, err
    listed = run_json(capsys, "--home", home, "albums", "list", "--json")
    assert isinstance(listed, dict) and [(a["name"], a["count"]) for a in listed["albums"]] == [("Trip to Lisbon", 2)]
    hits = run_json(capsys, "--home", home, "search", "a photo", "--all", "--album", "Trip to Lisbon", "--json")
    assert isinstance(hits, list) and sorted(h["path"] for h in hits) == sorted(picks)
    code, out, err = run(capsys, "--home", home, "albums", "delete", "Trip to Lisbon")
    assert code == 0 and "its 2 photo(s) are still in the library" in out, err
    code, _out, err = run(capsys, "--home", home, "albums", "show", "Trip to Lisbon")
    assert code == 1 and "There is no album called Trip to Lisbon" in err


def test_favourites_are_marked_shown_and_filter_a_search(home: str, photo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    heart = str(photo_dir / "b" / "img_10.jpg")
    code, out, err = run(capsys, "--home", home, "albums", "favourite", heart)
    assert code == 0 and "Marked 1 photo(s)" in out, err
    shown = run_json(capsys, "--home", home, "albums", "show", "--favourites", "--json")
    assert isinstance(shown, list) and [p["path"] for p in shown] == [heart]
    hits = run_json(capsys, "--home", home, "search", "anything", "--all", "--favourites", "--json")
    assert isinstance(hits, list) and [h["path"] for h in hits] == [heart]


def test_a_name_taken_in_another_case_is_a_message_not_a_traceback(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--home", home, "albums", "create", "Family")[0] == 0
    code, _out, err = run(capsys, "--home", home, "albums", "create", "FAMILY")
    assert code == 1 and "already an album called FAMILY" in err and "Traceback" not in err
