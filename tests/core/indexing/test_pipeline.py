"""The embedding half of indexing: its summary's throughput leaves the model's load out."""

from __future__ import annotations

import time
from pathlib import Path

from photoclip.core.indexing.pipeline import embed_photos, scan_changes
from photoclip.core.library import Library
from photoclip.core.models import ModelSpec
from photoclip.core.models.embedder import ClipEmbedder
from photoclip.paths import LibraryPaths

LOAD_S = 1.5


class SlowToLoad(ClipEmbedder):
    """The real test-tiny model, on a disk that takes a while to read it."""

    def load(self) -> None:
        if not self.loaded:
            time.sleep(LOAD_S)
        super().load()


def test_photos_per_second_excludes_the_model_load(home: Path, photo_dir: Path) -> None:
    lib = Library(LibraryPaths.at(home), embedder_factory=lambda spec: SlowToLoad(lib.registry, spec))
    spec: ModelSpec = lib.use_model("test-tiny")
    lib.add_folder(photo_dir)
    for _ in scan_changes(lib.catalog):
        pass  # scanned: the photos wait to be embedded
    todo = lib.catalog.photos_needing_embedding(spec.name)
    assert len(todo) == 12
    events = list(embed_photos(lib.catalog, lib.vectors(spec), lib.embedder(spec), lib.settings, todo))
    summary = events[-1].summary
    assert summary is not None and summary.embedded == 12
    assert summary.seconds >= LOAD_S
    assert summary.seconds - summary.embed_seconds >= LOAD_S  # the load counts in the run's time, not in its rate
    assert summary.photos_per_second == 12 / summary.embed_seconds
    lib.close()
