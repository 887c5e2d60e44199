"""Decode photos for the model, for thumbnails and for the catalog.

What this module adds on top of plain ``PIL.Image.open``:

* **Fast decode for the model.** A 12 MP JPEG only needs a few hundred pixels
  on its short side to feed a 224 px model, so :func:`load_for_model` asks
  libjpeg (``Image.draft``) to decode at 1/2, 1/4 or 1/8 scale directly from
  the DCT coefficients. That is the big speed win on phone and camera photos.
* **Same numbers as open_clip.** Resize (shortest side), centre crop, RGB,
  ``ToTensor`` and ``Normalize`` are reimplemented with PIL + numpy so that,
  without draft, the output is identical to open_clip's eval ``preprocess``
  (torchvision's PIL path calls the very same ``Image.resize``). No torch in
  the hot path: this code runs in a thread pool and Pillow and numpy release
  the GIL while they work.
* **EXIF orientation** is applied (open_clip does not; users expect it).
* **A pixel cap** (:data:`DEFAULT_MAX_PIXELS`) is checked from the header,
  before anything is decoded, so a small file that claims 30000x30000 pixels
  cannot exhaust memory. Pillow's own decompression-bomb limit is left as it
  is (it is process-global) and its error is reported like ours.
* **HEIC/HEIF** through pillow-heif when it is installed (:func:`register_heif`).
* **Metadata** (:func:`read_image_info`): displayed size, orientation and
  capture time, read from the header only; :func:`read_photo_metadata` adds
  camera, lens, exposure and place (see :mod:`photoclip.core.metadata`).

Every way a file can fail to decode (missing, unreadable, empty, truncated,
garbage, too large...) surfaces as :class:`ImageDecodeError` with a short
reason fit to show to the user. Truncated files are never "repaired" into grey
pixels: ``ImageFile.LOAD_TRUNCATED_IMAGES`` is left at its default (False).
"""

from __future__ import annotations

import importlib.util
import os
import re
import stat
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PIL import Image, UnidentifiedImageError, features

from photoclip.core.metadata import PhotoMetadata, exif_date_taken, exif_orientation, metadata_from_exif, read_exif

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "DRAFT_TOLERANCE",
    "IMAGE_EXTENSIONS",
    "ImageDecodeError",
    "ImageInfo",
    "PreprocessConfig",
    "load_for_model",
    "load_image",
    "read_image_info",
    "read_photo_metadata",
    "register_heif",
]

DEFAULT_MAX_PIXELS: int = 100_000_000
"""Largest number of pixels we agree to decode (after JPEG draft scaling).

100 MP covers every current phone and nearly every camera, while a 4-byte
RGBA buffer of that size (400 MB) still fits on a laptop.
"""

DRAFT_TOLERANCE: float = 0.01
"""Bound on the mean absolute difference between :func:`load_for_model` with
``draft=True`` and open_clip's full-resolution ``preprocess`` of the same
JPEG, in normalised units (one 8-bit grey level is about 0.015 there).

Measured at 224 px (bicubic, OpenAI mean/std) on 4000x3000 JPEG q90 files:
real photos upscaled to that size give 0.0015-0.0034 (mean 0.0025, about
what re-saving the JPEG at q85 changes), and a mosaic of 64 full-detail
photos, the hardest case, gives 0.006. The bound leaves ~3x margin over
upscaled photos. The difference comes from libjpeg's DCT-domain downscaling
replacing part of the bicubic filtering.
"""

# load_for_model drafts JPEGs to at least this many times the model size.
_DRAFT_OVERSAMPLE = 2

_BASE_EXTENSIONS = {
    ".jpg", ".jpeg", ".jpe",
    ".png",
    ".webp",
    ".gif",
    ".bmp", ".dib",
    ".tif", ".tiff",
    ".jp2", ".j2k", ".jpx",
    ".pnm", ".pbm", ".pgm", ".ppm",
    # Listed even without pillow-heif so that an iPhone library shows these
    # files as "HEIC support not installed" instead of silently skipping them.
    ".heic", ".heif",
}


def _avif_readable() -> bool:
    # Pillow >= 11.2 decodes AVIF natively; older pillow-heif releases did it.
    try:
        if features.check("avif"):
            return True
    except Exception:  # features.check imports a C module; never fail import
        pass
    if importlib.util.find_spec("pillow_heif") is None:
        return False
    try:
        import pillow_heif
    except ImportError:
        return False
    return hasattr(pillow_heif, "register_avif_opener")


IMAGE_EXTENSIONS: frozenset[str] = frozenset(
    _BASE_EXTENSIONS | ({".avif"} if _avif_readable() else set())
)
"""File name suffixes (lower case, with the dot) that we try to decode."""

_HEIF_SUFFIXES = frozenset({".heic", ".heif"})

# Pillow resampling filters by open_clip interpolation name. open_clip maps
# 'random' to bicubic at eval time; the others are accepted for custom models.
_RESAMPLE = {
    "bicubic": Image.Resampling.BICUBIC,
    "bilinear": Image.Resampling.BILINEAR,
    "random": Image.Resampling.BICUBIC,
    "nearest": Image.Resampling.NEAREST,
    "lanczos": Image.Resampling.LANCZOS,
    "box": Image.Resampling.BOX,
    "hamming": Image.Resampling.HAMMING,
}
_RESIZE_MODES = ("shortest", "longest", "squash")

# PIL transpose that brings a stored image upright, by EXIF orientation value
# (the same table as ImageOps.exif_transpose, which we avoid because it always
# copies the image, even when there is nothing to do).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SWAPS_AXES = frozenset({5, 6, 7, 8})

_BOMB_PIXELS_RE = re.compile(r"\((\d+) pixels\) exceeds limit of (\d+) pixels")


class ImageDecodeError(Exception):
    """A file with an image extension that could not be decoded.

    Args:
        reason: Short human text such as ``'truncated file'``,
            ``'not an image (unrecognised data)'``, ``'too large: 30000x30000
            pixels exceeds the 100 MP limit'``, ``'permission denied'`` or
            ``'file vanished'``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PreprocessConfig:
    """How a model wants its input image, mirroring open_clip's eval transform.

    Attributes:
        image_size: Side of the square the model sees, e.g. 224.
        mean: Per-channel mean subtracted after scaling to [0, 1].
        std: Per-channel standard deviation divided by after that.
        interpolation: Resampling filter name (``'bicubic'``, ``'bilinear'``...).
        resize_mode: ``'shortest'`` (resize the short side to ``image_size``,
            centre crop), ``'longest'`` (fit the long side, pad with
            ``fill_color``) or ``'squash'`` (resize to a square, ignoring aspect).
        fill_color: Grey level (0-255) of the padding in ``'longest'`` mode.
            An addition to the contract with a default, like open_clip's
            ``PreprocessCfg.fill_color``.

    Raises:
        ValueError: On a non-positive size, unknown interpolation or resize
            mode, or mean/std that are not three numbers (std non-zero).
    """

    image_size: int
    mean: tuple[float, float, float]
    std: tuple[float, float, float]
    interpolation: str = "bicubic"
    resize_mode: str = "shortest"
    fill_color: int = 0

    def __post_init__(self) -> None:
        if int(self.image_size) != self.image_size or self.image_size < 1:
            raise ValueError(f"image_size must be a positive int, got {self.image_size!r}")
        if self.interpolation not in _RESAMPLE:
            raise ValueError(
                f"unknown interpolation {self.interpolation!r}; expected one of {sorted(_RESAMPLE)}"
            )
        if self.resize_mode not in _RESIZE_MODES:
            raise ValueError(
                f"unknown resize_mode {self.resize_mode!r}; expected one of {list(_RESIZE_MODES)}"
            )
        for name in ("mean", "std"):
            value = getattr(self, name)
            if len(value) != 3:
                raise ValueError(f"{name} must have 3 values, got {value!r}")
            # Normalise to a tuple of floats so equal configs hash equal
            # (they key the look-up table cache).
            object.__setattr__(self, name, tuple(float(v) for v in value))
        if any(s == 0 for s in self.std):
            raise ValueError(f"std must be non-zero, got {self.std!r}")
        object.__setattr__(self, "image_size", int(self.image_size))

    @classmethod
    def from_open_clip(cls, model: Any) -> "PreprocessConfig":
        """Build the config from an open_clip model.

        Reads ``model.visual.preprocess_cfg`` (open_clip >= 2.24), falling back
        to the legacy ``image_size`` / ``image_mean`` / ``image_std`` attributes.

        Args:
            model: An open_clip ``CLIP``-like model (or its ``visual`` tower).

        Returns:
            The matching config.

        Raises:
            ValueError: If the model wants a non-square input, a non-RGB mode,
                or has no size at all.
        """
        visual = getattr(model, "visual", model)
        pp = dict(getattr(visual, "preprocess_cfg", None) or {})
        if not pp:
            for key, attr in (("size", "image_size"), ("mean", "image_mean"), ("std", "image_std")):
                value = getattr(visual, attr, None)
                if value is not None:
                    pp[key] = value
        if pp.get("mode", "RGB") != "RGB":
            raise ValueError(f"unsupported model input mode {pp['mode']!r}")
        size = pp.get("size")
        if size is None:
            raise ValueError("model has no preprocess size")
        if isinstance(size, (tuple, list)):
            if len(size) == 1:
                size = size[0]
            elif len(size) == 2 and size[0] == size[1]:
                size = size[0]
            else:
                raise ValueError(f"non-square model input {tuple(size)} is not supported")
        # open_clip's defaults (OPENAI_DATASET_MEAN/STD), used when absent.
        mean = pp.get("mean") or (0.48145466, 0.4578275, 0.40821073)
        std = pp.get("std") or (0.26862954, 0.26130258, 0.27577711)
        if not isinstance(mean, (tuple, list)):
            mean = (mean,) * 3
        if not isinstance(std, (tuple, list)):
            std = (std,) * 3
        return cls(
            image_size=int(size),
            mean=tuple(mean),
            std=tuple(std),
            interpolation=pp.get("interpolation") or "bicubic",
            resize_mode=pp.get("resize_mode") or "shortest",
            fill_color=int(pp.get("fill_color") or 0),
        )


@dataclass(frozen=True)
class ImageInfo:
    """What the catalog stores about a photo, read from its header.

    Attributes:
        width: Width as displayed, i.e. after EXIF orientation.
        height: Height as displayed.
        orientation: EXIF orientation tag (1-8), 1 when absent or invalid.
            For HEIC this is 1: libheif already applies the rotation and
            pillow-heif resets the tag so it is not applied twice.
        date_taken: POSIX timestamp of EXIF DateTimeOriginal, else DateTime;
            None if absent or unparseable. Uses OffsetTimeOriginal/OffsetTime
            when present; naive EXIF times are taken as local time.
    """

    width: int
    height: int
    orientation: int
    date_taken: float | None


# --------------------------------------------------------------------------
# HEIF support

_heif_lock = threading.Lock()
_heif_available: bool | None = None  # None: not tried yet


def _heif_tried() -> bool:
    return _heif_available is not None


def register_heif() -> None:
    """Register pillow-heif's HEIC/HEIF opener with Pillow, once.

    Safe to call from many threads and many times; does nothing (and does
    not raise) when pillow-heif is not installed.
    """
    global _heif_available
    if _heif_available is not None:
        return
    with _heif_lock:
        if _heif_tried():  # another thread got here first (read afresh: the global may have changed)
            return
        try:
            import pillow_heif
        except (ImportError, OSError):  # absent, or its libheif failed to load
            _heif_available = False
            return
        pillow_heif.register_heif_opener()
        # Old pillow-heif decoded AVIF too; Pillow now does it natively.
        if not features.check("avif") and hasattr(pillow_heif, "register_avif_opener"):
            pillow_heif.register_avif_opener()
        _heif_available = True


# --------------------------------------------------------------------------
# Errors


def _too_large(width: int, height: int, max_pixels: int) -> ImageDecodeError:
    return ImageDecodeError(
        f"too large: {width}x{height} pixels exceeds the {max_pixels / 1e6:g} MP limit"
    )


def _as_decode_error(exc: BaseException, path: Path) -> ImageDecodeError:
    """Turn whatever a decoder raised into a reason a user can read."""
    if isinstance(exc, ImageDecodeError):
        return exc
    if isinstance(exc, FileNotFoundError):
        return ImageDecodeError("file vanished")
    if isinstance(exc, IsADirectoryError):
        return ImageDecodeError("is a directory")
    if isinstance(exc, PermissionError):
        return ImageDecodeError("permission denied")
    if isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        # Pillow's process-wide limit fired before ours could (it checks in
        # Image.open). Its message has the pixel count but not the size.
        m = _BOMB_PIXELS_RE.search(str(exc))
        if m:
            return ImageDecodeError(
                f"too large: {int(m.group(1)) / 1e6:.0f} MP exceeds the "
                f"{int(m.group(2)) / 1e6:.0f} MP decoder limit"
            )
        return ImageDecodeError("too large for the decoder's safety limit")
    if isinstance(exc, UnidentifiedImageError):
        if path.suffix.lower() in _HEIF_SUFFIXES and not _heif_available:
            return ImageDecodeError("HEIC/HEIF support not installed (pillow-heif)")
        return ImageDecodeError("not an image (unrecognised data)")
    if isinstance(exc, MemoryError):
        return ImageDecodeError("out of memory while decoding")
    message = str(exc).strip()
    lowered = message.lower()
    if isinstance(exc, EOFError) or "truncated" in lowered or "broken data stream" in lowered:
        return ImageDecodeError("truncated file")
    if isinstance(exc, OSError) and exc.strerror:
        # An I/O error from the OS (EIO on a failing disk, ENXIO...).
        return ImageDecodeError(f"read error: {exc.strerror}")
    if isinstance(exc, SyntaxError):
        # Pillow raises SyntaxError for malformed headers ("not a PNG file").
        return ImageDecodeError(f"corrupt image data ({message or 'bad header'})")
    detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return ImageDecodeError(f"cannot decode ({detail})")


# --------------------------------------------------------------------------
# Decoding


def _info(raw_size: tuple[int, int], exif: Image.Exif | None) -> ImageInfo:
    orientation = exif_orientation(exif)
    width, height = raw_size
    if orientation in _SWAPS_AXES:
        width, height = height, width
    return ImageInfo(width, height, orientation, exif_date_taken(exif))


def _check_file(path: Path) -> None:
    """Fail early and clearly on things that are not regular non-empty files.

    A FIFO named ``x.jpg`` would otherwise block ``open`` forever.
    """
    st = os.stat(path)  # FileNotFoundError / PermissionError are mapped later
    if stat.S_ISDIR(st.st_mode):
        raise ImageDecodeError("is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise ImageDecodeError("not a regular file")
    if st.st_size == 0:
        raise ImageDecodeError("empty file")


def _to_rgb(im: Image.Image) -> Image.Image:
    """Convert any mode to 8-bit RGB like open_clip's ``image.convert('RGB')``.

    Exception: 16/32-bit integer and float images. ``convert('RGB')`` clips
    them at 255, which turns a 16-bit photo almost entirely white, so they are
    scaled to 8 bits first (a deliberate departure from open_clip).
    """
    if im.mode == "RGB":
        return im
    if im.mode.startswith("I") or im.mode == "F":
        arr = np.asarray(im)
        if im.mode == "F":
            arr = arr.astype(np.float32)
            finite_max = float(np.nanmax(arr)) if arr.size else 0.0
            if finite_max <= 1.0:  # float images are usually in [0, 1]
                arr = arr * 255.0
            arr8 = np.clip(np.nan_to_num(arr), 0, 255).round().astype(np.uint8)
        else:
            wide = arr.astype(np.int64)
            if im.mode.startswith("I;16") or (wide.size and wide.max() > 255):
                wide = np.clip(wide, 0, 65535) >> 8
            arr8 = np.clip(wide, 0, 255).astype(np.uint8)
        return Image.fromarray(arr8).convert("RGB")
    return im.convert("RGB")


def _decode(
    path: Path,
    draft_request: Callable[[int, int], tuple[int, int] | None],
    max_pixels: int,
) -> tuple[Image.Image, ImageInfo]:
    """Decode the first frame of ``path`` to an upright RGB image.

    Args:
        path: The file.
        draft_request: Given the stored (width, height), the smallest size
            (in stored orientation) the decoded image may have, or None for
            full size. Only JPEG can honour it; the check against
            ``max_pixels`` uses the size the decoder will really produce.
        max_pixels: Pixel cap, checked before any pixel is decoded.

    Returns:
        The RGB image (upright) and the ImageInfo of the original.

    Raises:
        ImageDecodeError: For every reason the file cannot be decoded.
    """
    register_heif()
    path = Path(path)
    try:
        _check_file(path)
        with open(path, "rb") as fp:
            # We own fp, so Pillow neither closes it nor memory-maps the file;
            # everything we need is decoded before it closes.
            im = Image.open(fp)
            raw_size = im.size
            request = draft_request(*raw_size)
            if request is not None:
                # JPEG: libjpeg will decode at 1/2, 1/4 or 1/8 scale with
                # every side still >= request. Other formats ignore this.
                im.draft("RGB", request)
            width, height = im.size
            if width * height > max_pixels:
                # Report the stored size: that is what the user can check.
                raise _too_large(*raw_size, max_pixels)
            im.load()
            # EXIF after load: a PNG's eXIf chunk may follow the pixel data.
            info = _info(raw_size, read_exif(im, allow_load=True))
            rgb = _to_rgb(im)
    except Exception as exc:
        # Decoders for ~20 formats raise a zoo of types on malformed input
        # (OSError, SyntaxError, ValueError, EOFError, struct.error,
        # IndexError, KeyError, ZeroDivisionError...). Only Pillow and file
        # I/O run inside this block, so anything here is the file's fault.
        raise _as_decode_error(exc, path) from exc
    transpose = _TRANSPOSE.get(info.orientation)
    if transpose is not None:
        rgb = rgb.transpose(transpose)
    return rgb, info


def read_image_info(path: Path) -> ImageInfo:
    """Read size, orientation and capture time from the header only.

    Args:
        path: Image file.

    Returns:
        Its :class:`ImageInfo`. The file is not fully decoded, so a file with
        a valid header but corrupt pixel data still returns info here.

    Raises:
        ImageDecodeError: If the file is missing, unreadable, empty, not an
            image, or larger than Pillow's decompression-bomb limit.
    """
    register_heif()
    path = Path(path)
    try:
        _check_file(path)
        with open(path, "rb") as fp:
            im = Image.open(fp)
            return _info(im.size, read_exif(im, allow_load=False))
    except Exception as exc:  # any decoder error is the file's fault: see _decode
        raise _as_decode_error(exc, path) from exc


def read_photo_metadata(path: Path) -> PhotoMetadata:
    """Camera, lens, exposure, date, place, size and pixels of a photo, from its header only.

    Args:
        path: Image file.

    Returns:
        Its :class:`PhotoMetadata`; fields its EXIF lacks or garbles are None.

    Raises:
        ImageDecodeError: If the file is missing, unreadable, empty or not an
            image (bad EXIF alone never raises).
    """
    register_heif()
    path = Path(path)
    try:
        _check_file(path)
        size = os.stat(path).st_size
        with open(path, "rb") as fp:
            im = Image.open(fp)
            exif = read_exif(im, allow_load=False)
            info = _info(im.size, exif)
            return metadata_from_exif(exif, str(path), file_size=size, width=info.width, height=info.height)
    except Exception as exc:  # any decoder error is the file's fault: see _decode
        raise _as_decode_error(exc, path) from exc


@lru_cache(maxsize=32)
def _normalise_lut(mean: tuple[float, ...], std: tuple[float, ...]) -> np.ndarray:
    """(3, 256) float32 table: 8-bit value -> normalised value, per channel.

    Computed with the same float32 operations as torchvision's ToTensor
    (x / 255) and Normalize ((x - mean) / std), so a table look-up gives
    bit-identical results at a fraction of the cost.
    """
    levels = np.arange(256, dtype=np.float32) / np.float32(255)
    lut = np.stack(
        [(levels - np.float32(m)) / np.float32(s) for m, s in zip(mean, std)]
    ).astype(np.float32)
    lut.setflags(write=False)
    return lut


def _fit_to_model(img: Image.Image, cfg: PreprocessConfig) -> Image.Image:
    """Resize and crop/pad an RGB image to cfg.image_size squared, like open_clip."""
    size = cfg.image_size
    resample = _RESAMPLE[cfg.interpolation]
    w, h = img.size
    if cfg.resize_mode == "squash":
        # torchvision Resize((S, S)).
        return img if (w, h) == (size, size) else img.resize((size, size), resample)
    if cfg.resize_mode == "shortest":
        # torchvision Resize(S): short side -> S, long side int(S * long / short)
        # (truncated, in this order), then CenterCrop with rounded offsets.
        if w <= h:
            new_w, new_h = size, int(size * h / w)
        else:
            new_w, new_h = int(size * w / h), size
        if (new_w, new_h) != (w, h):
            img = img.resize((new_w, new_h), resample)
        top = int(round((new_h - size) / 2.0))
        left = int(round((new_w - size) / 2.0))
        return img.crop((left, top, left + size, top + size))
    # 'longest': open_clip ResizeKeepRatio(longest=1) then CenterCropOrPad.
    ratio = max(h / size, w / size)
    new_w, new_h = round(w / ratio), round(h / ratio)
    if (new_w, new_h) != (w, h):
        img = img.resize((new_w, new_h), resample)
    if new_w < size or new_h < size:
        pad_left = (size - new_w) // 2 if size > new_w else 0
        pad_top = (size - new_h) // 2 if size > new_h else 0
        canvas = Image.new(
            "RGB",
            (max(size, new_w), max(size, new_h)),
            (cfg.fill_color,) * 3,
        )
        canvas.paste(img, (pad_left, pad_top))
        img = canvas
    w, h = img.size
    top = int(round((h - size) / 2.0))
    left = int(round((w - size) / 2.0))
    if (w, h) == (size, size):
        return img
    return img.crop((left, top, left + size, top + size))


def load_for_model(
    path: Path,
    cfg: PreprocessConfig,
    *,
    draft: bool = True,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> tuple[np.ndarray, ImageInfo]:
    """Decode a photo into the model's input array.

    Equivalent to open_clip's eval ``preprocess`` (resize, centre crop, RGB,
    ToTensor, Normalize) applied to the upright first frame of the file, with
    two differences: EXIF orientation is applied, and images are converted to
    RGB *before* resizing (identical for RGB and greyscale photos; for
    palette, alpha, CMYK or 16-bit images it avoids nearest-neighbour
    resampling of palettes and clipping of 16-bit values).

    Args:
        path: Image file.
        cfg: The model's preprocessing.
        draft: Let libjpeg decode JPEGs at a reduced scale (shortest side stays
            >= ``cfg.image_size``). Much faster on large photos; differs from
            the full decode by at most :data:`DRAFT_TOLERANCE` on average.
        max_pixels: Refuse images with more pixels than this (counted after
            draft scaling), before decoding them.

    Returns:
        A C-contiguous float32 array of shape (3, S, S), and the
        :class:`ImageInfo` of the original file.

    Raises:
        ImageDecodeError: The file cannot be decoded; ``.reason`` says why.
    """
    size = cfg.image_size

    def request(width: int, height: int) -> tuple[int, int] | None:
        # Square request: both stored sides stay >= the request, so whatever
        # the EXIF rotation, the displayed shortest side is >= S too (and
        # 'squash' / 'longest' get at least S on every side). Asking for 2*S
        # rather than S (Image.thumbnail's reducing_gap=2 idea) costs ~15%
        # more time, since Huffman decoding dominates at any scale, and cuts
        # the difference from a full decode ~3x (measured on 12 MP photos:
        # 34 vs 40 ms, mean abs diff 0.021 vs 0.006; full decode 135 ms).
        return (_DRAFT_OVERSAMPLE * size,) * 2 if draft else None

    img, info = _decode(Path(path), request, max_pixels)
    img = _fit_to_model(img, cfg)
    pixels = np.asarray(img)  # (S, S, 3) uint8
    lut = _normalise_lut(cfg.mean, cfg.std)
    out = np.empty((3, size, size), dtype=np.float32)
    for channel in range(3):
        # mode="clip" lets numpy write straight into out (uint8 indices
        # cannot be out of range anyway).
        np.take(lut[channel], pixels[:, :, channel], out=out[channel], mode="clip")
    return out, info


def load_image(
    path: Path,
    *,
    max_side: int | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> Image.Image:
    """Decode a photo upright in RGB, for thumbnails and previews.

    Args:
        path: Image file.
        max_side: If given, downscale (Lanczos; JPEGs first draft-decoded at
            no less than twice the target) so the longest side is <= this.
            Smaller images are not enlarged.
        max_pixels: Refuse images with more pixels than this (counted after
            draft scaling), before decoding them.

    Returns:
        An RGB ``PIL.Image.Image`` independent of the file.

    Raises:
        ValueError: If ``max_side`` is not positive.
        ImageDecodeError: The file cannot be decoded; ``.reason`` says why.
    """
    if max_side is not None and max_side < 1:
        raise ValueError(f"max_side must be positive, got {max_side}")

    def request(width: int, height: int) -> tuple[int, int] | None:
        if max_side is None:
            return None
        target_w, target_h = _fit_inside(width, height, max_side)
        if (target_w, target_h) == (width, height):
            return None
        # Like Image.thumbnail's reducing_gap=2: decode at >= 2x the target,
        # then filter properly, for sharper thumbnails than a 1/8 DCT alone.
        return (min(width, 2 * target_w), min(height, 2 * target_h))

    img, _info_unused = _decode(Path(path), request, max_pixels)
    if max_side is not None:
        target = _fit_inside(*img.size, max_side)
        if target != img.size:
            img = img.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return img


def _fit_inside(width: int, height: int, max_side: int) -> tuple[int, int]:
    """(width, height) scaled so the longest side is <= max_side (never enlarged)."""
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    scale = max_side / longest
    return (
        max(1, min(max_side, round(width * scale))),
        max(1, min(max_side, round(height * scale))),
    )
