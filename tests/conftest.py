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
