"""Personalisation teaches the model a word it has never seen, and reverting restores it exactly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from photoclip.core.world.scene import Scene, caption, save_photo, scenes
from tests.conftest import run_cli, run_cli_json


def _is_rex(scene: Scene) -> bool:
    # "Rex" is the user's name for yellow squares: a word the world's captions never use.
    return scene.shape == "square" and scene.colour == "yellow"


def _held_out_precision(capsys: pytest.CaptureFixture[str], home: str, held: dict[str, Scene], query: str) -> float:
    # The whole ranking (--all): held-out photos have no captions, so their order is the model's alone.
    hits = run_cli_json(capsys, "search", query, "-k", "160", "--all", "--home", home)
    assert isinstance(hits, list)
    ranked = [h["path"] for h in hits if h["path"] in held][:10]
    return sum(_is_rex(held[p]) for p in ranked) / len(ranked)


def test_captions_naming_rex_lift_held_out_search_and_revert_restores_rankings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "home")
    world = [replace(s, shape="square", colour="yellow") if i % 4 == 0 else s for i, s in enumerate(scenes(160, 55))]
    rows, held = ["path,caption"], {}
    for i, scene in enumerate(world):
        part = "captioned" if i < 100 else "held"
        path = save_photo(scene, tmp_path / "photos" / part / f"p{i:03d}.jpg", (640, 480))
        if part == "held":
            held[str(path.resolve())] = scene
        elif _is_rex(scene):
            rows.append(f"{path},Rex" + (f" on a {scene.background} background" if i % 8 else ""))
        else:
            rows.append(f"{path},{caption(scene, 'en', detail=3)}")
    (tmp_path / "captions.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for argv in (("models", "use", "shapes-world"), ("folders", "add", str(tmp_path / "photos")), ("index",),
                 ("captions", "import", str(tmp_path / "captions.csv"))):
        code, _out, err = run_cli(capsys, *argv, "--home", home)
        assert code == 0, (argv, err)
    before = _held_out_precision(capsys, home, held, "Rex")
    reference = run_cli_json(capsys, "search", "red circles", "-k", "30", "--all", "--home", home)

    report = run_cli_json(capsys, "personalize", "--home", home)
    assert isinstance(report, dict) and report["applied"], report
    after = _held_out_precision(capsys, home, held, "Rex")
    with capsys.disabled():
        print(f"\n'Rex' precision@10 on held-out photos: {before:.2f} before, {after:.2f} after")
    assert after >= before + 0.2, (before, after)

    assert run_cli(capsys, "personalize", "revert", "--home", home)[0] == 0
    assert run_cli_json(capsys, "search", "red circles", "-k", "30", "--all", "--home", home) == reference
