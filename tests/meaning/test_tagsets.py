"""Zero-shot tag sets file world photos into the right albums, measured by ``tags eval``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from photoclip.core.world.demo import demo_tagset_files
from photoclip.core.world.scene import save_photo, scenes
from tests.conftest import run_cli, run_cli_json


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 held-out photos with a labels.csv in coco-mini's format (file,categories)."""
    root = tmp_path_factory.mktemp("tagsets")
    photos = root / "photos"
    rows = ["file,categories"]
    for i, scene in enumerate(scenes(60, 77)):
        save_photo(scene, photos / f"p{i:02d}.jpg", (640, 480))
        rows.append(f"p{i:02d}.jpg,{scene.shape};{scene.colour}")
    (photos / "labels.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    # The sets `photoclip demo` ships, so what is tested is what users get.
    for path in demo_tagset_files():
        shutil.copy(path, root / path.name)
    return root


def _home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    home = str(tmp_path / "home")
    code, _out, err = run_cli(capsys, "models", "use", "shapes-world", "--home", home)
    assert code == 0, err
    return home


def test_an_exclusive_set_over_the_shapes_files_photos_by_shape(
    labelled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home(tmp_path, capsys)
    report = run_cli_json(capsys, "tags", "eval", "--home", home, "--coco", str(labelled / "photos"),
                          "--file", str(labelled / "shapes.toml"))
    assert isinstance(report, dict)
    # Chance is 0.25; measured 0.68. A wrong logit scale flattens the softmax and gives no tag.
    assert report["micro_precision"] >= 0.5 and report["micro_recall"] >= 0.5, report


def test_a_multi_label_set_over_the_colours_files_photos_by_colour(
    labelled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home(tmp_path, capsys)
    report = run_cli_json(capsys, "tags", "eval", "--home", home, "--coco", str(labelled / "photos"),
                          "--file", str(labelled / "colours.toml"))
    assert isinstance(report, dict)
    # Measured: micro P 0.85, R 0.95, mAP 0.975.
    assert report["micro_precision"] >= 0.7 and report["micro_recall"] >= 0.8, report
    assert report["mean_average_precision"] >= 0.85, report


def test_applied_sets_put_the_photos_in_the_right_albums(
    labelled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home(tmp_path, capsys)
    assert run_cli(capsys, "folders", "add", str(labelled / "photos"), "--home", home)[0] == 0
    assert run_cli(capsys, "index", "--home", home)[0] == 0
    assert run_cli(capsys, "tags", "import", str(labelled / "colours.toml"), "--home", home)[0] == 0
    truth = {}
    for line in (labelled / "photos" / "labels.csv").read_text(encoding="utf-8").splitlines()[1:]:
        name, cats = line.split(",")
        truth[name] = cats.split(";")[1]
    for colour in ("red", "blue"):
        album = run_cli_json(capsys, "tags", "show", f"Colours|{colour}", "--home", home)
        assert isinstance(album, dict)
        names = [Path(p["path"]).name for p in album["photos"]]
        assert names, f"the {colour} album is empty"
        right = sum(truth[n] == colour for n in names)
        assert right / len(names) >= 0.7, (colour, names)
