"""EXIF orientation is honoured: a photo stored sideways reads as its upright twin does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from photoclip.core.world.scene import Scene, save_photo

UP = Scene("arrow", "red", 1, True, "white", "plain", "up", seed=7)


@pytest.mark.parametrize("orientation", [6, 8, 3])
def test_a_sideways_arrow_with_its_tag_ranks_like_its_upright_twin(tmp_path: Path, orientation: int) -> None:
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths

    folder = tmp_path / "photos"
    save_photo(UP, folder / "upright.jpg")
    tagged = save_photo(UP, folder / "tagged.jpg", orientation=orientation)
    # The same stored pixels without the tag: what a viewer that ignores it shows.
    with Image.open(tagged) as stored:
        stored.convert("RGB").save(folder / "untagged.jpg", quality=90)
    with Library(LibraryPaths.at(tmp_path / "home")) as library:
        library.use_model("shapes-world")
        library.add_folder(folder)
        for _ in library.index():
            pass
        for query in ("a red arrow pointing up", "una flecha roja que apunta hacia arriba", "uma seta vermelha apontando para cima"):
            score = {Path(h.path).name: h.score for h in library.search(query, k=3)}
            assert score["tagged.jpg"] == pytest.approx(score["upright.jpg"], abs=0.005), (query, score)
            # The model sees which way the arrow points, so ignoring the tag would show.
            assert score["upright.jpg"] > score["untagged.jpg"] + 0.01, (query, score)
