"""The similarity table's shared pieces: its colour scale, the values it shows, the sample it takes, and the PNG."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from photoclip.core.storage.records import PhotoRecord
from photoclip.core.tagsets.heatmap import FRAME, VIRIDIS, colour_range, heat_rgb, render_png, sample_photos, shown_values
from photoclip.core.tagsets.records import TagPreview


def record(pid: int) -> PhotoRecord:
    return PhotoRecord(pid, f"/photos/{pid:03d}.jpg", 1, 100, 0.0, "h", 8, 8, None, None, "active", None)


def preview(mode: str = "exclusive") -> TagPreview:
    cosines = np.array([[0.30, 0.10], [0.05, 0.25], [0.20, 0.20]], dtype=np.float32)
    scores = np.array([[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]], dtype=np.float32)
    assigned = np.array([[True, False], [False, True], [False, False]])
    return TagPreview(np.array([1, 2, 3]), ("red", "blue"), cosines, scores, np.array([0.6, 0.6]), assigned, mode)  # type: ignore[arg-type]


def test_the_scale_runs_from_dark_violet_to_yellow_and_clamps() -> None:
    assert heat_rgb(0.0) == VIRIDIS[0][1] and heat_rgb(1.0) == VIRIDIS[-1][1]
    assert heat_rgb(-3.0) == heat_rgb(0.0) and heat_rgb(7.0) == heat_rgb(1.0)
    brightness = [sum(heat_rgb(t / 10)) for t in range(11)]
    assert brightness == sorted(brightness)  # brighter all the way up: the order reads without a legend
    assert heat_rgb(0.5) == VIRIDIS[2][1]


def test_an_exclusive_set_shows_probabilities_unless_cosines_are_asked_for() -> None:
    p = preview()
    assert shown_values(p) is p.scores and shown_values(p, show_cosine=True) is p.cosines
    multi = preview("multi")
    assert shown_values(multi) is multi.cosines  # a multi set decides by cosine: that is what it shows
    assert colour_range(p.scores) == (np.float32(0.1), np.float32(0.9))
    low, high = colour_range(np.full((2, 2), 0.4))
    assert high > low  # a flat table still has a scale
    assert colour_range(np.zeros((0, 0))) == (0.0, 1.0)


def test_a_sample_is_the_same_for_the_same_seed_in_path_order() -> None:
    photos = [record(i) for i in range(50, 0, -1)]
    first = sample_photos(photos, 10, seed=3)
    assert first == sample_photos(photos, 10, seed=3) and first != sample_photos(photos, 10, seed=4)
    assert [r.path for r in first] == sorted(r.path for r in first) and len(set(first)) == 10
    assert len(sample_photos(photos, 500, seed=3)) == 50 and sample_photos(photos, 0, seed=3) == []


def test_the_png_has_a_cell_per_score_and_frames_the_tags_given(tmp_path: Path) -> None:
    out = render_png(preview(), ["001.jpg", "002.jpg", "003.jpg"], ["red", "blue"], tmp_path / "t.png", cell=40)
    with Image.open(out) as image:
        rgb = image.convert("RGB")
        assert image.format == "PNG" and rgb.width > 2 * 40 and rgb.height > 3 * 40
        colours = {c for _n, c in rgb.getcolors(1 << 20) or []}
    assert FRAME in colours  # two cells are framed
    assert heat_rgb(1.0) in colours and heat_rgb(0.0) in colours  # the best and the worst score
