"""The shipped pieces agree with each other: package data, icon, desktop entry, AppStream data."""

from __future__ import annotations

import configparser
import struct
import sys
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.photoclip.Photoclip"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_are_package_resources_of_the_size_their_names_say():
    icons = files("photoclip") / "resources" / "icons"
    assert (icons / "photoclip.svg").read_text(encoding="utf-8").lstrip().startswith(("<svg", "<?xml"))
    for size in ICON_SIZES:
        assert _png_size((icons / f"photoclip-{size}.png").read_bytes()) == (size, size)


def test_package_data_globs_cover_every_resource_file():
    """pyproject's package-data, the wheel check and the PyInstaller spec ship the same suffixes."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import check_wheel
    finally:
        sys.path.remove(str(PACKAGING))
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    suffixes = {Path(g).suffix for g in globs["photoclip"]}
    assert suffixes == check_wheel.RESOURCE_SUFFIXES
    spec = (PACKAGING / "photoclip.spec").read_text(encoding="utf-8")
    assert all(f'"{s}"' in spec for s in suffixes)
    resources = ROOT / "photoclip" / "resources"
    stray = [f for f in resources.rglob("*") if f.is_file() and f.suffix not in suffixes and "__pycache__" not in f.parts]
    assert not stray, f"files in photoclip/resources that no package-data glob ships: {stray}"
    expected = check_wheel.expected_files(ROOT)
    assert "photoclip/core/models/model_registry.json" in expected
    assert "photoclip/resources/icons/photoclip.svg" in expected


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "photoclip"
    assert section["Icon"] == "photoclip"
    assert {"Graphics", "Photography"} <= set(filter(None, section["Categories"].split(";")))


def test_metainfo_points_at_the_desktop_entry():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert (PACKAGING / root.find("launchable").text).is_file()
    assert root.findtext("icon") == "photoclip"
    assert root.findtext("provides/binary") == "photoclip"


def test_app_sets_the_icon_and_desktop_file_name():
    """Wayland matches the window to the .desktop entry by the desktop file name."""
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication

    from photoclip.gui.app import app_icon

    _app = QApplication.instance() or QApplication([])
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)
    source = (ROOT / "photoclip" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in source
