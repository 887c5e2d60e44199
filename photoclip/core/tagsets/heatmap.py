"""The similarity table of CLIP's lessons: photos (rows) by tags (columns), the score as a colour.

One piece of code for both faces of it: the tag-set editor's preview (a Qt
table) and ``photoclip tags preview`` (a text table, JSON, or a PNG drawn
here with Pillow). The scores come from :meth:`TagManager.preview`; this
module says which values are shown, how they map to colours, which photos a
sample takes, and draws the image.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from photoclip.core.storage.records import PhotoRecord
from photoclip.core.tagsets.definition import MODE_MULTI
from photoclip.core.tagsets.records import TagPreview

#: Viridis, sampled: perceptually even and readable for colour-blind people.
VIRIDIS: tuple[tuple[float, tuple[int, int, int]], ...] = (
    (0.0, (68, 1, 84)),
    (0.25, (59, 82, 139)),
    (0.5, (33, 145, 140)),
    (0.75, (94, 201, 98)),
    (1.0, (253, 231, 37)),
)
#: The frame around a tag an apply would give: stands out from every viridis colour.
FRAME = (255, 61, 127)
#: Above this place on the scale a cell is light enough for dark text.
DARK_TEXT_FROM = 0.62


def heat_rgb(t: float) -> tuple[int, int, int]:
    """The heat-map colour of a place in [0, 1] on the scale (clamped)."""
    t = min(1.0, max(0.0, t))
    for (t0, c0), (t1, c1) in zip(VIRIDIS, VIRIDIS[1:]):
        if t <= t1:
            f = (t - t0) / (t1 - t0)
            r, g, b = (round(a + (z - a) * f) for a, z in zip(c0, c1))
            return (r, g, b)
    return VIRIDIS[-1][1]


def shown_values(preview: TagPreview, show_cosine: bool = False) -> np.ndarray:
    """The matrix a table shows: the probabilities of an exclusive set, else (or when asked) the cosines."""
    return preview.cosines if (show_cosine or preview.mode == MODE_MULTI) else preview.scores


def colour_range(values: np.ndarray) -> tuple[float, float]:
    """The values painted darkest and brightest: the range they take in this table (as CLIP's similarity plots do).

    A fixed scale would paint a set of 10 tags, whose probabilities rarely
    pass 0.3, in one colour; cosines of CLIP models sit in a narrow band too.
    """
    if not values.size:
        return 0.0, 1.0
    low, high = float(values.min()), float(values.max())
    return (low, high) if high - low >= 1e-6 else (low, low + 1e-6)


def sample_photos(records: Sequence[PhotoRecord], count: int, seed: int) -> list[PhotoRecord]:
    """A random sample of photos, the same for the same seed, in path order (how a preview takes "some photos").

    Args:
        records: The photos to draw from.
        count: How many (all when there are fewer).
        seed: Fixes the draw.
    """
    sample = random.Random(seed).sample(list(records), min(max(0, count), len(records)))
    return sorted(sample, key=lambda r: r.path)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow before 10.1 has one bitmap size
        return ImageFont.load_default()


def render_png(
    preview: TagPreview,
    row_names: Sequence[str],
    column_names: Sequence[str],
    path: str | Path,
    *,
    show_cosine: bool = False,
    thumbnails: Sequence[Image.Image | None] = (),
    cell: int = 64,
) -> Path:
    """Draw the table as an image: a thumbnail and a name per row, a tag per column, the score in each cell.

    Args:
        preview: The scores.
        row_names: A name per photo (row).
        column_names: A name per tag (column).
        path: The PNG to write.
        show_cosine: Cosines even for an exclusive set.
        thumbnails: A small image per row (or None), drawn before its name.
        cell: A cell's side in pixels.

    Returns:
        The file written.

    Raises:
        OSError: The file cannot be written.
    """
    values = shown_values(preview, show_cosine)
    low, high = colour_range(values)
    rows, cols = values.shape if values.ndim == 2 else (0, 0)
    font, small = _font(max(10, cell // 4)), _font(max(9, cell // 5))
    measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))

    def width(text: str, f: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> int:
        left, _top, right, _bottom = measure.textbbox((0, 0), text, font=f)
        return int(right - left)

    thumb = cell if thumbnails else 0
    name_width = max([width(n, font) for n in row_names] + [0]) + 12
    header = max([width(n, font) for n in column_names] + [0]) + 16
    left = thumb + name_width
    image = Image.new("RGB", (left + cols * cell + 8, header + rows * cell + 8), "white")
    draw = ImageDraw.Draw(image)
    for k, name in enumerate(column_names):
        # Tag names stand upright, bottom-aligned above their column, as in the lessons' plots.
        label = Image.new("RGBA", (width(name, font) + 4, cell), (255, 255, 255, 0))
        ImageDraw.Draw(label).text((2, cell // 2), name, fill="black", font=font, anchor="lm")
        turned = label.rotate(90, expand=True)
        image.paste(turned, (left + k * cell, header - turned.height - 4), turned)
    for r in range(rows):
        top = header + r * cell
        if r < len(thumbnails) and thumbnails[r] is not None:
            small_image = thumbnails[r].copy()  # type: ignore[union-attr]  # checked just above
            small_image.thumbnail((cell - 4, cell - 4))
            image.paste(small_image.convert("RGB"), ((thumb - small_image.width) // 2, top + (cell - small_image.height) // 2))
        draw.text((thumb + 6, top + cell // 2), row_names[r] if r < len(row_names) else "", fill="black", font=font, anchor="lm")
        for k in range(cols):
            value = float(values[r, k])
            t = (value - low) / (high - low)
            box = (left + k * cell, top, left + (k + 1) * cell - 1, top + cell - 1)
            draw.rectangle(box, fill=heat_rgb(t))
            if bool(preview.assigned[r, k]):
                draw.rectangle((box[0] + 2, box[1] + 2, box[2] - 2, box[3] - 2), outline=FRAME, width=3)
            colour = "black" if t > DARK_TEXT_FROM else "white"
            draw.text(((box[0] + box[2]) // 2, (box[1] + box[3]) // 2), f"{value:.2f}", fill=colour, font=small, anchor="mm")
    target = Path(path)
    image.save(target, format="PNG")
    return target
