"""Tests for photoclip.core.imaging: fidelity to open_clip, formats, bad input.

Images are generated with Pillow in ``tmp_path``; real photos come from the
shared data folder beside the project and the tests that need them skip when
it is absent.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import resource
import sys
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image, ImageFile, ImageOps, features

from photoclip.core import imaging
from photoclip.core.imaging import (
    DEFAULT_MAX_PIXELS,
    DRAFT_TOLERANCE,
    IMAGE_EXTENSIONS,
    ImageDecodeError,
    ImageInfo,
    PreprocessConfig,
    load_for_model,
    load_image,
    read_image_info,
    register_heif,
)
from tests.badfiles import png_bomb

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"shared photo data not found at {DATA}"
)

OPENAI_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_STD = (0.26862954, 0.26130258, 0.27577711)
CFG = PreprocessConfig(224, OPENAI_MEAN, OPENAI_STD)
S = CFG.image_size

# Without draft our PIL + numpy pipeline runs the same Image.resize/crop as
# torchvision's PIL path and the same float32 arithmetic, so it is measured
# bit-identical (max abs diff 0.0 on 68 real photos, every resize mode, 224,
# 256 and 336 px). The bound only allows for SIMD differences across machines.
FIDELITY_TOLERANCE = 1e-6

# One 8-bit level is 1/255/std ~= 0.015 in normalised units; lossy round
# trips (JPEG re-encoding of a rotated image, HEVC) stay well below this mean.
LOSSY_MEAN_TOLERANCE = 0.05


def _open_clip_transform(size: int = 224, **kwargs):
    open_clip = pytest.importorskip("open_clip")
    kwargs.setdefault("interpolation", "bicubic")
    kwargs.setdefault("resize_mode", "shortest")
    return open_clip.image_transform(
        size, is_train=False, mean=OPENAI_MEAN, std=OPENAI_STD, **kwargs
    )


def _reference(path: Path, transform) -> np.ndarray:
    """open_clip's preprocess of the upright image (open_clip ignores EXIF)."""
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        if im.mode not in ("RGB", "L"):
            # open_clip resizes first and converts to RGB last; we convert
            # first (identical for RGB and L). Compare like with like.
            im = im.convert("RGB")
        return transform(im).numpy()


def _pixel(arr: np.ndarray, y: int, x: int) -> np.ndarray:
    """8-bit RGB value at (y, x) of a normalised (3, S, S) model array."""
    mean = np.array(OPENAI_MEAN)
    std = np.array(OPENAI_STD)
    return (arr[:, y, x] * std + mean) * 255


def _photo(name: str = "coffee.png") -> Image.Image:
    """A real photo if the data folder exists, else a detailed synthetic image."""
    path = DATA / "skimage-clip8" / name
    if path.is_file():
        return Image.open(path).convert("RGB")
    rng = np.random.default_rng(0)
    base = rng.integers(0, 256, (30, 40, 3), dtype=np.uint8)
    return Image.fromarray(base).resize((600, 400), Image.Resampling.BICUBIC)


def _asymmetric(size: tuple[int, int] = (300, 200)) -> Image.Image:
    """Big flat colour blocks: orientation mistakes show, lossy codecs don't matter."""
    w, h = size
    im = Image.new("RGB", size, (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, w // 2, h // 2))  # red top-left
    im.paste((0, 255, 0), (w // 2, 0, w, h // 2))  # green top-right
    return im


@pytest.fixture(scope="module")
def jpeg_12mp(tmp_path_factory) -> Path:
    """A 4000x3000 q90 JPEG: a real photo upscaled, as on a phone."""
    path = tmp_path_factory.mktemp("big") / "big photo.jpg"
    _photo().resize((4000, 3000), Image.Resampling.BICUBIC).save(path, quality=90)
    return path


# --------------------------------------------------------------------------
# Contract


def test_image_extensions_are_lower_case_with_dot():
    expected = {
        ".jpg", ".jpeg", ".jpe", ".png", ".webp", ".gif", ".bmp", ".dib",
        ".tif", ".tiff", ".jp2", ".j2k", ".jpx", ".pnm", ".pbm", ".pgm",
        ".ppm", ".heic", ".heif",
    }
    assert isinstance(IMAGE_EXTENSIONS, frozenset)
    assert expected <= IMAGE_EXTENSIONS
    assert all(e.startswith(".") and e == e.lower() for e in IMAGE_EXTENSIONS)
    if features.check("avif"):  # Pillow decodes AVIF natively
        assert ".avif" in IMAGE_EXTENSIONS
    assert ".txt" not in IMAGE_EXTENSIONS
    assert DEFAULT_MAX_PIXELS == 100_000_000
    assert 0 < DRAFT_TOLERANCE < 0.05


def test_preprocess_config_rejects_unknown_modes():
    with pytest.raises(ValueError, match="resize_mode"):
        PreprocessConfig(224, OPENAI_MEAN, OPENAI_STD, resize_mode="stretchy")
    with pytest.raises(ValueError, match="interpolation"):
        PreprocessConfig(224, OPENAI_MEAN, OPENAI_STD, interpolation="magic")
    with pytest.raises(ValueError):
        PreprocessConfig(0, OPENAI_MEAN, OPENAI_STD)
    with pytest.raises(ValueError):
        PreprocessConfig(224, (0.5, 0.5), OPENAI_STD)


def test_from_open_clip_reads_preprocess_cfg():
    open_clip = pytest.importorskip("open_clip")
    from open_clip.transform import PreprocessCfg

    model = SimpleNamespace(visual=SimpleNamespace())
    # The very dict open_clip's factory stores on a model, size as a tuple.
    open_clip.set_model_preprocess_cfg(
        model,
        asdict(PreprocessCfg(size=(256, 256), mean=(0.5, 0.5, 0.5), std=(0.25, 0.25, 0.25),
                             interpolation="bilinear", resize_mode="squash")),
    )
    cfg = PreprocessConfig.from_open_clip(model)
    assert cfg == PreprocessConfig(256, (0.5, 0.5, 0.5), (0.25, 0.25, 0.25), "bilinear", "squash")

    legacy = SimpleNamespace(visual=SimpleNamespace(image_size=224, image_mean=OPENAI_MEAN,
                                                    image_std=OPENAI_STD))
    assert PreprocessConfig.from_open_clip(legacy) == CFG

    wide = SimpleNamespace(visual=SimpleNamespace(preprocess_cfg={"size": (224, 320)}))
    with pytest.raises(ValueError, match="non-square"):
        PreprocessConfig.from_open_clip(wide)


def test_decode_error_keeps_reason_and_pickles():
    # Decoding may run in a process pool: the error must cross it intact.
    err = pickle.loads(pickle.dumps(ImageDecodeError("truncated file")))
    assert isinstance(err, ImageDecodeError)
    assert err.reason == "truncated file"
    assert str(err) == "truncated file"


# --------------------------------------------------------------------------
# Fidelity against open_clip


def _fidelity_photos() -> list[Path]:
    flickr = sorted((DATA / "flickr8k-1k" / "images").glob("*.jpg"))[:8]
    coco = sorted((DATA / "coco-mini").glob("*/*.jpg"))[:6]
    skimage = sorted(
        p for p in (DATA / "skimage-clip8").iterdir() if p.suffix in (".png", ".jpg")
    )
    return flickr + coco + skimage


@needs_data
def test_matches_open_clip_without_draft():
    transform = _open_clip_transform()
    photos = _fidelity_photos()
    assert len(photos) >= 20
    worst = 0.0
    for path in photos:
        ours, info = load_for_model(path, CFG, draft=False)
        assert ours.shape == (3, S, S) and ours.dtype == np.float32
        assert ours.flags.c_contiguous
        worst = max(worst, float(np.abs(ours - _reference(path, transform)).max()))
    assert worst <= FIDELITY_TOLERANCE, worst


@needs_data
@pytest.mark.parametrize(
    ("size", "resize_mode", "interpolation"),
    [(224, "squash", "bicubic"), (256, "longest", "bicubic"), (336, "shortest", "bilinear")],
)
def test_other_modes_match_open_clip(size, resize_mode, interpolation):
    transform = _open_clip_transform(size, resize_mode=resize_mode, interpolation=interpolation)
    cfg = PreprocessConfig(size, OPENAI_MEAN, OPENAI_STD, interpolation, resize_mode)
    # Landscape, portrait and a very wide page, so padding/cropping both run.
    for path in (
        DATA / "skimage-clip8" / "coffee.png",
        DATA / "skimage-clip8" / "page.png",
        DATA / "formats" / "books.jpg",
    ):
        ours, _ = load_for_model(path, cfg, draft=False)
        assert ours.shape == (3, size, size)
        assert np.abs(ours - _reference(path, transform)).max() <= FIDELITY_TOLERANCE


@needs_data
def test_draft_close_to_open_clip_on_12mp(tmp_path):
    transform = _open_clip_transform()
    sources = [
        sorted((DATA / "flickr8k-1k" / "images").glob("*.jpg"))[0],
        sorted((DATA / "coco-mini").glob("*/*.jpg"))[0],
    ]
    for i, src in enumerate(sources):
        big = tmp_path / f"big{i}.jpg"
        Image.open(src).convert("RGB").resize((4000, 3000), Image.Resampling.BICUBIC).save(
            big, quality=90
        )
        reference = _reference(big, transform)
        drafted, info = load_for_model(big, CFG, draft=True)
        full, _ = load_for_model(big, CFG, draft=False)
        assert (info.width, info.height) == (4000, 3000)  # info of the original
        assert np.abs(full - reference).max() <= FIDELITY_TOLERANCE
        # Measured 0.0015-0.0034 on such photos.
        assert float(np.abs(drafted - reference).mean()) <= DRAFT_TOLERANCE


def test_draft_decodes_at_reduced_scale(jpeg_12mp):
    # The cap counts drafted pixels: 4000x3000 drafts to 1000x750 for 224 px.
    start = time.perf_counter()
    arr, info = load_for_model(jpeg_12mp, CFG, draft=True, max_pixels=1_000_000)
    elapsed = time.perf_counter() - start
    assert arr.shape == (3, S, S) and arr.dtype == np.float32
    assert (info.width, info.height) == (4000, 3000)
    assert elapsed < 2.0  # ~20 ms measured; a full decode is ~5x slower
    with pytest.raises(ImageDecodeError, match="too large: 4000x3000 pixels exceeds the 1 MP"):
        load_for_model(jpeg_12mp, CFG, draft=False, max_pixels=1_000_000)


def test_load_image_downscales_for_thumbnails(jpeg_12mp, tmp_path):
    thumb = load_image(jpeg_12mp, max_side=256)
    assert thumb.mode == "RGB"
    assert thumb.size == (256, 192)
    # Drafting means the 12 MP never exists in memory, so the cap allows it.
    assert load_image(jpeg_12mp, max_side=256, max_pixels=2_000_000).size == (256, 192)

    small = tmp_path / "small.png"
    _asymmetric((100, 60)).save(small)
    assert load_image(small, max_side=256).size == (100, 60)  # never enlarged
    assert load_image(small).size == (100, 60)
    with pytest.raises(ValueError):
        load_image(small, max_side=0)


# --------------------------------------------------------------------------
# EXIF orientation and metadata

# Transpose that turns the upright image into what a camera stores with the
# given orientation tag (the inverse of what a viewer applies).
_STORE = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _save_oriented(upright: Image.Image, path: Path, orientation: int, **kwargs) -> None:
    stored = upright if _STORE[orientation] is None else upright.transpose(_STORE[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    # As bytes: pillow-heif only turns the tag into a HEIF rotation then.
    stored.save(path, exif=exif.tobytes(), **kwargs)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_is_applied_exactly(tmp_path, orientation):
    # PNG (eXIf chunk) is lossless, so the result must equal the upright image's.
    upright = _asymmetric((300, 200))
    expected, _ = load_for_model(_write(tmp_path / "upright.png", upright), CFG)
    path = tmp_path / f"o{orientation}.png"
    _save_oriented(upright, path, orientation)

    info = read_image_info(path)
    assert info == ImageInfo(300, 200, orientation, None)
    arr, info2 = load_for_model(path, CFG)
    assert info2 == info
    np.testing.assert_array_equal(arr, expected)
    assert load_image(path).size == (300, 200)


def _write(path: Path, image: Image.Image, **kwargs) -> Path:
    image.save(path, **kwargs)
    return path


@pytest.mark.parametrize("draft", [True, False])
def test_jpeg_orientation_6(tmp_path, draft):
    upright = _photo("chelsea.png").resize((900, 600))
    plain = _write(tmp_path / "upright.jpg", upright, quality=95)
    rotated = tmp_path / "rotated.jpg"
    _save_oriented(upright, rotated, 6, quality=95)

    info = read_image_info(rotated)
    assert (info.width, info.height, info.orientation) == (900, 600, 6)
    arr, info2 = load_for_model(rotated, CFG, draft=draft)
    assert info2 == info
    expected, _ = load_for_model(plain, CFG, draft=draft)
    # JPEG blocks fall differently in the rotated file: compare loosely, and
    # check that ignoring the tag would be far worse.
    assert float(np.abs(arr - expected).mean()) < LOSSY_MEAN_TOLERANCE
    unrotated = np.rot90(arr, k=1, axes=(1, 2))  # what a viewer ignoring EXIF sees
    assert float(np.abs(unrotated - expected).mean()) > 5 * LOSSY_MEAN_TOLERANCE
    assert load_image(rotated, max_side=90).size == (90, 60)


def _exif_with_dates(original: str | None, plain: str | None, offset: str | None = None) -> Image.Exif:
    exif = Image.Exif()
    if plain is not None:
        exif[0x0132] = plain
    sub = exif.get_ifd(0x8769)
    if original is not None:
        sub[0x9003] = original
    if offset is not None:
        sub[0x9011] = offset
    return exif


def test_date_taken_prefers_datetime_original(tmp_path):
    path = tmp_path / "dated.jpg"
    _photo().save(path, exif=_exif_with_dates("2021:07:04 15:30:45", "2023:01:01 00:00:00"))
    expected = dt.datetime(2021, 7, 4, 15, 30, 45).timestamp()  # naive = local time
    assert read_image_info(path).date_taken == pytest.approx(expected)
    assert load_for_model(path, CFG)[1].date_taken == pytest.approx(expected)


def test_date_taken_fallbacks(tmp_path):
    cases = {
        "plain_only": (_exif_with_dates(None, "2019:12:31 23:59:58"),
                       dt.datetime(2019, 12, 31, 23, 59, 58).timestamp()),
        "with_offset": (_exif_with_dates("2021:07:04 15:30:45", None, "+02:00"),
                        dt.datetime(2021, 7, 4, 13, 30, 45, tzinfo=dt.timezone.utc).timestamp()),
        "placeholder": (_exif_with_dates("0000:00:00 00:00:00", None), None),
        "garbage": (_exif_with_dates("yesterday", "soon"), None),
        "no_exif": (None, None),
    }
    for name, (exif, expected) in cases.items():
        path = tmp_path / f"{name}.jpg"
        kwargs = {"exif": exif} if exif is not None else {}
        _asymmetric().save(path, **kwargs)
        got = read_image_info(path).date_taken
        assert got == (pytest.approx(expected) if expected is not None else None), name


# --------------------------------------------------------------------------
# Formats and modes


@needs_data
def test_every_file_in_the_formats_folder_loads():
    folder = DATA / "formats"
    images = [p for p in sorted(folder.iterdir()) if p.suffix.lower() in IMAGE_EXTENSIONS]
    suffixes = {p.suffix for p in images}
    # Mixed case and every format named in the data README.
    assert {".JPG", ".jp2", ".pnm", ".pbm", ".pgm", ".ppm", ".tiff", ".bmp", ".webp", ".gif"} <= suffixes
    assert any(" " in p.name for p in images)
    assert len(images) >= 21
    for path in images:
        arr, info = load_for_model(path, CFG)
        assert arr.shape == (3, S, S) and arr.dtype == np.float32, path.name
        assert np.isfinite(arr).all()
        assert info == read_image_info(path)
        assert load_image(path, max_side=128).mode == "RGB"

    text = folder / "not-an-image.txt"
    assert text.suffix not in IMAGE_EXTENSIONS
    with pytest.raises(ImageDecodeError, match="not an image"):
        load_for_model(text, CFG)


@needs_data
def test_animated_gif_uses_first_frame():
    path = DATA / "formats" / "bee_animated.gif"
    with Image.open(path) as im:
        assert im.n_frames > 1
        first = im.convert("RGB")
        im.seek(1)
        second = im.convert("RGB")
    transform = _open_clip_transform()
    arr, _ = load_for_model(path, CFG)
    assert np.abs(arr - transform(first).numpy()).max() <= FIDELITY_TOLERANCE
    assert np.abs(arr - transform(second).numpy()).max() > 0.1


def _mode_images() -> dict[str, tuple[Image.Image, str, dict]]:
    rng = np.random.default_rng(1)
    gradient16 = (np.linspace(0, 65535, 64 * 48).reshape(48, 64)).astype(np.uint16)
    palette = Image.fromarray(rng.integers(0, 4, (48, 64), dtype=np.uint8), "P")
    palette.putpalette([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255])
    rgba = Image.fromarray(rng.integers(0, 256, (48, 64, 4), dtype=np.uint8), "RGBA")
    return {
        "16bit.png": (Image.fromarray(gradient16), "PNG", {}),
        "cmyk.jpg": (_photo().resize((64, 48)).convert("CMYK"), "JPEG", {}),
        "palette_transparency.png": (palette, "PNG", {"transparency": 0}),
        "la.png": (rgba.convert("LA"), "PNG", {}),
        "rgba.png": (rgba, "PNG", {}),
        "bilevel.png": (_photo().resize((64, 48)).convert("1"), "PNG", {}),
        "gray.tif": (_photo().resize((64, 48)).convert("L"), "TIFF", {}),
    }


@pytest.mark.parametrize("name", sorted(_mode_images()))
def test_any_mode_becomes_rgb(tmp_path, name):
    image, fmt, kwargs = _mode_images()[name]
    path = _write(tmp_path / name, image, format=fmt, **kwargs)
    arr, info = load_for_model(path, CFG)
    assert arr.shape == (3, S, S) and arr.dtype == np.float32
    assert np.isfinite(arr).all()
    assert (info.width, info.height) == image.size
    assert load_image(path).mode == "RGB"


def test_16bit_is_scaled_not_clipped(tmp_path):
    # convert('RGB') would clip 32768 to 255 (white); we scale to 8 bits.
    path = _write(tmp_path / "mid.png", Image.fromarray(np.full((40, 40), 32768, np.uint16)))
    assert Image.open(path).mode.startswith("I")
    arr, _ = load_for_model(path, CFG)
    np.testing.assert_allclose(_pixel(arr, 100, 100), [128, 128, 128], atol=0.5)


def test_animated_webp_uses_first_frame(tmp_path):
    if not features.check("webp"):
        pytest.skip("Pillow built without WebP")
    frames = [Image.new("RGB", (64, 48), c) for c in ((255, 0, 0), (0, 0, 255))]
    path = tmp_path / "anim.webp"
    frames[0].save(path, save_all=True, append_images=frames[1:], lossless=True, duration=100)
    assert Image.open(path).n_frames == 2
    arr, _ = load_for_model(path, CFG)
    np.testing.assert_allclose(_pixel(arr, 112, 112), [255, 0, 0], atol=1)


def _heif_encoder_or_skip():
    try:
        import pillow_heif
    except ImportError:
        pytest.skip("pillow-heif not installed")
    if not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("pillow-heif has no HEVC encoder in this build")
    register_heif()


def test_heic_loads(tmp_path):
    _heif_encoder_or_skip()
    upright = _asymmetric((300, 200))
    path = _write(tmp_path / "photo.HEIC", upright, format="HEIF", quality=90)
    expected, _ = load_for_model(_write(tmp_path / "upright.png", upright), CFG)
    arr, info = load_for_model(path, CFG)
    assert arr.shape == (3, S, S)
    assert (info.width, info.height) == (300, 200)
    assert float(np.abs(arr - expected).mean()) < LOSSY_MEAN_TOLERANCE
    assert load_image(path, max_side=150).size == (150, 100)


def test_heic_orientation_is_not_applied_twice(tmp_path):
    # libheif rotates on decode and pillow-heif resets the EXIF tag to 1.
    _heif_encoder_or_skip()
    upright = _asymmetric((300, 200))
    path = tmp_path / "rotated.heic"
    _save_oriented(upright, path, 6, format="HEIF", quality=90)
    expected, _ = load_for_model(_write(tmp_path / "upright.png", upright), CFG)
    arr, info = load_for_model(path, CFG)
    assert (info.width, info.height) == (300, 200)
    assert float(np.abs(arr - expected).mean()) < LOSSY_MEAN_TOLERANCE


# --------------------------------------------------------------------------
# Bad input


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, expected reason regex)."""
    photo = _photo()
    jpeg = _write(tmp_path / "good.jpg", photo, quality=90).read_bytes()
    png = _write(tmp_path / "good.png", photo).read_bytes()
    files = {
        "zero_byte": ("zero.jpg", b"", "empty file"),
        "truncated_jpeg": ("cut.jpg", jpeg[: len(jpeg) // 2], "truncated file"),
        "truncated_jpeg_no_eoi": ("cut_end.jpg", jpeg[:-2], "truncated file"),
        "truncated_png": ("cut.png", png[: len(png) * 2 // 3], "truncated file"),
        "random_bytes": ("noise.jpg", np.random.default_rng(0).bytes(4096), r"not an image \(unrecognised data\)"),
    }
    out = {}
    for name, (fname, data, reason) in files.items():
        path = tmp_path / fname
        path.write_bytes(data)
        out[name] = (path, reason)
    (tmp_path / "x.jpg").mkdir()
    out["directory"] = (tmp_path / "x.jpg", "is a directory")
    out["missing"] = (tmp_path / "gone.jpg", "file vanished")
    return out


@pytest.mark.parametrize(
    "name",
    ["zero_byte", "truncated_jpeg", "truncated_jpeg_no_eoi", "truncated_png", "random_bytes",
     "directory", "missing"],
)
@pytest.mark.parametrize("draft", [True, False])
def test_bad_input_raises_decode_error(tmp_path, name, draft):
    path, reason = _bad_files(tmp_path)[name]
    with pytest.raises(ImageDecodeError, match=reason):
        load_for_model(path, CFG, draft=draft)
    with pytest.raises(ImageDecodeError, match=reason):
        load_image(path, max_side=64 if draft else None)
    if not name.startswith("truncated"):  # a truncated file still has a header
        with pytest.raises(ImageDecodeError, match=reason):
            read_image_info(path)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="root (or Windows ACLs) bypasses POSIX read permission",
)
def test_unreadable_file(tmp_path):
    path = _write(tmp_path / "secret.jpg", _asymmetric())
    path.chmod(0)
    try:
        for call in (lambda: load_for_model(path, CFG), lambda: read_image_info(path)):
            with pytest.raises(ImageDecodeError, match="permission denied"):
                call()
    finally:
        path.chmod(0o600)


def test_permission_error_mapping(tmp_path, monkeypatch):
    # Runs even as root (CI containers): the OS error is simulated at open().
    path = _write(tmp_path / "secret.jpg", _asymmetric())

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(imaging, "open", denied, raising=False)
    with pytest.raises(ImageDecodeError, match="^permission denied$"):
        load_for_model(path, CFG)


def test_decompression_bomb_is_refused_before_decoding(tmp_path):
    path = png_bomb(tmp_path / "bomb.png", 30000, 30000)
    assert path.stat().st_size < 1_000_000  # 900 MP in well under 1 MB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    start = time.perf_counter()
    for call in (
        lambda: load_for_model(path, CFG),
        lambda: load_for_model(path, CFG, draft=False, max_pixels=10**12),
        lambda: load_image(path, max_side=256),
        lambda: read_image_info(path),
    ):
        with pytest.raises(ImageDecodeError, match="^too large"):
            call()
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    # Decoding would need 900 MiB (mode "1") and 2.7 GiB as RGB.
    assert grown_mib < 500, grown_mib
    assert time.perf_counter() - start < 5


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_our_pixel_cap_reports_the_size(tmp_path):
    # 120 MP: above our 100 MP cap, below Pillow's 179 MP hard limit.
    path = png_bomb(tmp_path / "big.png", 12000, 10000)
    with pytest.raises(ImageDecodeError) as caught:
        load_for_model(path, CFG)
    assert caught.value.reason == "too large: 12000x10000 pixels exceeds the 100 MP limit"
    small = _write(tmp_path / "small.png", Image.new("L", (2000, 1000)))
    with pytest.raises(ImageDecodeError, match="too large: 2000x1000 pixels exceeds the 1 MP limit"):
        load_image(small, max_pixels=1_000_000)
    assert load_image(small, max_pixels=2_000_000).size == (2000, 1000)


def test_pillow_bomb_warning_as_error_is_still_a_decode_error(tmp_path):
    # Under `-W error`, Pillow's >89 MP warning becomes an exception.
    path = png_bomb(tmp_path / "big.png", 12000, 8000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ImageDecodeError, match="^too large"):
            read_image_info(path)


def test_global_pillow_settings_untouched(jpeg_12mp):
    load_for_model(jpeg_12mp, CFG)
    assert Image.MAX_IMAGE_PIXELS is not None
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_thread_pool_gives_same_results(tmp_path, jpeg_12mp):
    paths = [jpeg_12mp]
    for i, orientation in enumerate((1, 3, 6, 8)):
        path = tmp_path / f"p{i}.jpg"
        _save_oriented(_photo().resize((640, 480)), path, orientation, quality=85)
        paths.append(path)
    sequential = [load_for_model(p, CFG)[0] for p in paths]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda p: load_for_model(p, CFG)[0], paths * 3))
    for i, arr in enumerate(parallel):
        np.testing.assert_array_equal(arr, sequential[i % len(paths)])
