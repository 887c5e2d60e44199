"""A demo library: a few hundred photos of the synthetic world, for a first look with no network.

``photoclip demo`` writes them, picks the shapes-world model (packaged, so
nothing is downloaded), indexes them and opens the app: search, albums and
personalisation then work for real, within the world the model knows.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from photoclip.core.world.scene import caption, save_photo, scenes

DEMO_MODEL = "shapes-world"
DEMO_SEED = 4096
#: Camera-shaped, and large enough for the decoder to do real work.
DEMO_SIZE = (1600, 1200)


def demo_tagset_files() -> list[Path]:
    """The tag sets that file the world's photos into albums (by shape, by colour)."""
    folder = resources.files("photoclip") / "resources" / "world"
    return [Path(str(folder.joinpath(name))) for name in ("shapes.toml", "colours.toml")]


def write_demo_photos(
    folder: Path, count: int = 300, *, progress: Callable[[int, int], None] | None = None
) -> list[Path]:
    """Write ``count`` world photos into ``folder`` (JPEG, with some PNG and HEIC), named by what they show.

    Photos already there are kept (the same names hold the same pictures), so
    running the demo again writes nothing new.

    Args:
        folder: Where to write; created if needed.
        count: How many photos.
        progress: Called with (photos done, count).

    Returns:
        The photo paths.
    """
    paths = []
    for i, scene in enumerate(scenes(count, DEMO_SEED)):
        suffix = {0: "png", 1: "heic"}.get(i % 10, "jpg")
        name = caption(scene, "en", detail=2).replace(" ", "-")
        path = folder / f"{i:04d}-{name}.{suffix}"
        if not path.exists():
            save_photo(scene, path, DEMO_SIZE)
        paths.append(path)
        if progress is not None:
            progress(i + 1, count)
    return paths
