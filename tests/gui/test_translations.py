"""Spanish and Portuguese translations: complete, current, and actually loaded by the app."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator  # noqa: E402

from photoclip.gui.i18n import TRANSLATED, translation_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "photoclip" / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def _current_sources(tmp_path: Path) -> set[tuple[str, str]]:
    """What pyside6-lupdate extracts from the GUI code right now."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    ts = tmp_path / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "photoclip" / "gui").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    return {(ctx, src) for ctx, src, _ in _messages(ts)}


@pytest.mark.parametrize("language", TRANSLATED)
def test_translation_covers_every_source_string(language: str, tmp_path: Path) -> None:
    ts = TS_DIR / f"photoclip_{language}.ts"
    messages = _messages(ts)
    translated = {(ctx, src) for ctx, src, m in messages}
    missing = _current_sources(tmp_path) - translated
    assert not missing, f"strings not in {ts.name} (run packaging/translations.py): {sorted(missing)[:10]}"
    for ctx, source, message in messages:
        element = message.find("translation")
        assert element is not None
        text = element.text or ""
        assert element.get("type") not in ("unfinished", "vanished", "obsolete"), f"{ctx}: {source!r} is not translated"
        assert text.strip(), f"{ctx}: {source!r} has an empty translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), f"placeholders differ in {source!r}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_translation_is_current_and_loads(language: str) -> None:
    ts = TS_DIR / f"photoclip_{language}.ts"
    qm = Path(translation_file(language))
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run packaging/translations.py to compile"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Describe a photo…") not in ("", "Describe a photo…")


@pytest.mark.parametrize("language", TRANSLATED)
def test_main_window_shows_no_english_when_translated(qtbot, language: str, home: Path) -> None:  # type: ignore[no-untyped-def]
    from photoclip.core.library import Library
    from photoclip.gui.i18n import install_translators
    from photoclip.gui.main_window import MainWindow
    from photoclip.paths import LibraryPaths

    app = QCoreApplication.instance()
    translators = install_translators(app, language)
    try:
        lib = Library(LibraryPaths.at(home))
        win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        english = {"Describe a photo…", "Add folder…", "Settings", "Update library", "All photos", "Folders", "Albums"}
        shown = {win.search_field.placeholderText(), win.add_button.text(), win.settings_button.text(), win.index_button.text()}
        shown |= {win.sidebar.topLevelItem(i).text(0).split("  ")[0] for i in range(win.sidebar.topLevelItemCount())}
        assert not shown & english, f"English left on the {language} main window: {shown & english}"
        win.close()
        lib.close()
    finally:
        for t in translators:
            app.removeTranslator(t)
