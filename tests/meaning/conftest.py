"""A library of generated world photos, indexed once with the shapes-world model.

Building it (render, decode, encode) is the slow part of these tests, so it is
done once per run and shared; the tests only read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from photoclip.core.world.scene import Scene, save_photo, scenes

#: Held out: the trainer draws its scenes from seed 0.
WORLD_SEED = 2026
WORLD_PHOTOS = 120


@dataclass(frozen=True)
class World:
    """The indexed library and what each of its photos shows."""

    library: object
    folder: Path
    scene_of: dict[str, Scene]  # resolved path -> scene


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths

    base = tmp_path_factory.mktemp("world")
    folder = base / "photos"
    scene_of: dict[str, Scene] = {}
    for i, scene in enumerate(scenes(WORLD_PHOTOS, WORLD_SEED)):
        # Camera-shaped photos, as JPEG, PNG and HEIC.
        suffix = {0: "png", 1: "heic"}.get(i % 4, "jpg")
        path = save_photo(scene, folder / f"photo_{i:03d}.{suffix}", (800, 600))
        scene_of[str(path.resolve())] = scene
    library = Library(LibraryPaths.at(base / "home"))
    library.use_model("shapes-world")
    library.add_folder(folder)
    for _ in library.index():
        pass
    yield World(library, folder, scene_of)
    library.close()
