"""Shared fixtures: temporary libraries on the real test-tiny model, and real image files.

Qt runs headless in every test (``QT_QPA_PLATFORM=offscreen``). Photos are
either generated with Pillow or taken from ``../shared/data`` (tests that need
the latter skip when it is absent).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import pytest

if TYPE_CHECKING:
    from PIL import Image

    from tests.hub import FakeHub

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

T = TypeVar("T")

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """A path below ``../shared/data``; skips the test when it is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared photo data sits beside the project checkout)")
    return path


def photo_image(seed: int, size: tuple[int, int] = (96, 72)) -> "Image.Image":
    """A distinct RGB image: a smooth colour field plus noise."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w]
    base = rng.uniform(0, 255, 3)
    slope = rng.uniform(-2, 2, (2, 3))
    img = base + xx[..., None] * slope[0] + yy[..., None] * slope[1] + rng.normal(0, 12, (h, w, 3))
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def write_photo(path: Path, seed: int, size: tuple[int, int] = (96, 72), fmt: str | None = None) -> Path:
    """Write a distinct, real image file (:func:`photo_image`) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    photo_image(seed, size).save(path, format=fmt)
    return path


def camera_exif(*, gps: bool = True) -> "Image.Exif":
    """EXIF as a Canon writes it: Make/Model in IFD0, the shot in the Exif IFD, the place in the GPS IFD."""
    from PIL import ExifTags, Image
    from PIL.TiffImagePlugin import IFDRational

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "Canon EOS 5D Mark IV"
    exif[ExifTags.Base.Orientation] = 6  # stored landscape, shown portrait
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.LensModel] = "EF24-70mm f/2.8L II USM"
    sub[ExifTags.Base.ExposureTime] = IFDRational(1, 250)
    sub[ExifTags.Base.FNumber] = IFDRational(28, 10)
    sub[ExifTags.Base.ISOSpeedRatings] = 400
    sub[ExifTags.Base.FocalLength] = IFDRational(50, 1)
    sub[ExifTags.Base.FocalLengthIn35mmFilm] = 50
    sub[ExifTags.Base.DateTimeOriginal] = "2021:07:04 15:30:45"
    if gps:
        place = exif.get_ifd(ExifTags.IFD.GPSInfo)
        # 48°51'29.6" N, 2°17'40.2" W (a made-up spot west of Greenwich).
        place[ExifTags.GPS.GPSLatitudeRef] = "N"
        place[ExifTags.GPS.GPSLatitude] = (IFDRational(48, 1), IFDRational(51, 1), IFDRational(296, 10))
        place[ExifTags.GPS.GPSLongitudeRef] = "W"
        place[ExifTags.GPS.GPSLongitude] = (IFDRational(2, 1), IFDRational(17, 1), IFDRational(402, 10))
    return exif


def write_camera_jpeg(path: Path, *, gps: bool = True, size: tuple[int, int] = (120, 80)) -> Path:
    """A real JPEG with a camera's EXIF (see :func:`camera_exif`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    photo_image(7, size).save(path, exif=camera_exif(gps=gps))
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``photoclip ARGV`` in-process; returns (exit code, stdout, stderr)."""
    from photoclip.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    """Run ``photoclip ARGV --json``, which must succeed; returns the parsed output."""
    import json

    code, out, err = run_cli(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def photo_dir(tmp_path: Path) -> Path:
    """A folder with 12 generated photos in two sub-folders."""
    root = tmp_path / "photos"
    for i in range(12):
        write_photo(root / ("a" if i < 6 else "b") / f"img_{i:02d}.jpg", seed=i)
    return root


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty library home."""
    return tmp_path / "home"


@pytest.fixture
def tiny_library(home: Path) -> Iterator["object"]:
    """A Library in ``home`` that uses the test-tiny model."""
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths

    lib = Library(LibraryPaths.at(home))
    lib.use_model("test-tiny")
    yield lib
    lib.close()


def wait_until(predicate: "Callable[[], T]", what: str, timeout: float = 20.0) -> "T":
    """Poll ``predicate`` until it returns something truthy and return that; fail after ``timeout`` seconds.

    For background work (the watcher, the indexing service): the deadline is
    generous, and a pass returns as soon as the condition holds.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.02)


def copy_tree(src: Path, dest: Path) -> Path:
    """Copy shared photos into a temporary folder (never into the repo)."""
    shutil.copytree(src, dest)
    return dest


#: The test-tiny entry of the built-in registry, as the fake hub's test registry lists it.
TEST_TINY_ENTRY = {
    "name": "test-tiny",
    "arch": "test-tiny",
    "pretrained": None,
    "embed_dim": 64,
    "image_size": 64,
    "languages": ["en"],
    "download_mb": 0.0,
    "description": "Tiny randomly initialised model for tests; generated locally, never downloaded.",
    "hf_repo": None,
    "hf_filename": None,
    "for_tests": True,
}


@pytest.fixture(scope="session")
def tiny_weights(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The content of a test-tiny weights file (13 MB, generated once per session)."""
    from photoclip.core.models import ModelRegistry

    registry = ModelRegistry(tmp_path_factory.mktemp("tiny-home") / "models")
    return registry.ensure_weights(registry.get("test-tiny"), allow_download=False).read_bytes()


@pytest.fixture
def fake_hub(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, tiny_weights: bytes
) -> Iterator["FakeHub"]:
    """A running loopback hub (:mod:`tests.hub`) and a test registry of the models it serves.

    ``HF_ENDPOINT`` points at it; ``HF_HOME`` and ``HF_HUB_CACHE`` at an empty
    temporary Hugging Face cache; ``PHOTOCLIP_MODEL_REGISTRY`` at its registry,
    which lists ``hub-tiny`` (the default: test-tiny weights to download, pinned
    to their commit and sha256) and ``test-tiny`` (generated, as built in).
    Tests add models with :meth:`FakeHub.add_model`. Stopped after the test.
    """
    from tests.hub import FakeHub

    root = tmp_path_factory.mktemp("hub")
    hub = FakeHub(registry_file=root / "registry.json").start()
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    monkeypatch.setenv("HF_HOME", str(root / "hf-home"))
    monkeypatch.setenv("HF_HUB_CACHE", str(root / "hf-home" / "hub"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("PHOTOCLIP_MODEL_REGISTRY", str(hub.registry_file))
    hub.add_model(
        "hub-tiny", arch="test-tiny", weights=tiny_weights, default=True,
        description="test-tiny weights to download from the fake hub.",
    )
    hub.add_entry(TEST_TINY_ENTRY)
    try:
        yield hub
    finally:
        hub.stop()
