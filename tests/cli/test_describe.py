"""``photoclip describe``: a photo's best words, by path or id, in a chosen language, as text or JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoclip.core.world.demo import demo_tagset_files
from photoclip.core.world.scene import save_photo, scenes
from tests.conftest import run_cli as run
from tests.conftest import run_cli_json as run_json
from tests.meaning.test_words import RED_TRIANGLES


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    home = str(tmp_path / "home")
    folder = tmp_path / "photos"
    for i, scene in enumerate(scenes(6, 3)):
        save_photo(scene, folder / f"p{i}.jpg", (640, 480))
    save_photo(RED_TRIANGLES, folder / "red.jpg", (640, 480))
    for argv in (("models", "use", "shapes-world"), ("folders", "add", str(folder)), ("index",)):
        code, _out, err = run(capsys, "--home", home, *argv)
        assert code == 0, err
    return home


def test_describe_gives_the_best_words_first_in_the_asked_language(home: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photo = str(tmp_path / "photos" / "red.jpg")
    words = run_json(capsys, "--home", home, "describe", photo, "--lang", "es", "-k", "4")
    assert isinstance(words, list) and len(words) == 4
    assert (words[0]["text"], words[0]["english"], words[0]["source"]) == ("rojo", "red", "vocabulary")
    assert [w["score"] for w in words] == sorted((w["score"] for w in words), reverse=True)

    status = run_json(capsys, "--home", home, "search", "red", "-k", "1")
    assert isinstance(status, list)
    photo_id = str(status[0]["photo_id"])
    code, out, err = run(capsys, "--home", home, "describe", photo_id, "--lang", "pt", "-k", "2")
    assert code == 0, err
    first = out.splitlines()[0].split()
    assert len(out.splitlines()) == 2 and float(first[0]) > 0.3 and first[1] == "vermelho"


def test_a_tag_set_s_labels_are_described_with_their_set(home: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shapes = next(p for p in demo_tagset_files() if p.name == "shapes.toml")
    assert run(capsys, "--home", home, "tags", "import", str(shapes))[0] == 0
    code, out, err = run(capsys, "--home", home, "describe", str(tmp_path / "photos" / "red.jpg"), "-k", "1000")
    assert code == 0, err
    assert "triangle  (Shapes)" in out


def test_describe_refuses_a_photo_that_is_not_in_the_library(home: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stranger = save_photo(RED_TRIANGLES, tmp_path / "elsewhere" / "red.jpg", (640, 480))
    code, _out, err = run(capsys, "--home", home, "describe", str(stranger))
    assert code == 1 and "is not a photo of this library" in err
    code, _out, err = run(capsys, "--home", home, "describe", str(tmp_path / "photos" / "red.jpg"), "-k", "0")
    assert code == 1 and "-k must be a positive number" in err
