"""Spanish and Portuguese translations: complete, current, and actually loaded by the app.

Beyond the GUI's own strings: built-in tag sets show translated names while
the core keeps the English labels CLIP reads, the core's messages are shown
translated, and numbers are written the language's way.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QStyle

from photoclip.gui.i18n import PLURALS_ONLY, TRANSLATED, install_translators, translation_file

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "photoclip" / "resources" / "translations"
# {0}, {1:.2f} ... and the literal {{}} of the core's template messages.
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}|\{\{\}\}")
# Qt's count in a numerus string: %n, or %Ln in the locale's digits.
COUNT = re.compile(r"%L?n")


@contextmanager
def ui_language(language: str) -> Iterator[None]:
    """The app's translators and number locale for ``language`` while the block runs (then as before)."""
    app = QCoreApplication.instance()
    assert app is not None
    locale = QLocale()
    translators = install_translators(app, language)
    try:
        yield
    finally:
        for t in translators:
            app.removeTranslator(t)
        QLocale.setDefault(locale)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def _current_sources(tmp_path: Path, plural_only: bool = False) -> set[tuple[str, str]]:
    """What pyside6-lupdate extracts from the GUI code right now (only the strings with a count: ``plural_only``)."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    ts = tmp_path / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "photoclip" / "gui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    return {(ctx, src) for ctx, src, m in _messages(ts) if not plural_only or m.get("numerus") == "yes"}


def _check_translated(ctx: str, source: str, message: ET.Element, forms: int) -> None:
    """A message is finished; a numerus one has ``forms`` forms, each with the count and the same placeholders."""
    element = message.find("translation")
    assert element is not None
    assert element.get("type") not in ("unfinished", "vanished", "obsolete"), f"{ctx}: {source!r} is not translated"
    if message.get("numerus") == "yes":
        assert COUNT.search(source), f"{ctx}: {source!r} is a numerus string without %n or %Ln"
        texts = [f.text or "" for f in element.findall("numerusform")]
        assert len(texts) == forms, f"{ctx}: {source!r} has {len(texts)} plural forms, expected {forms}"
        for text in texts:
            assert COUNT.search(text), f"{ctx}: a form of {source!r} lost the count: {text!r}"
    else:
        texts = [element.text or ""]
    for text in texts:
        assert text.strip(), f"{ctx}: {source!r} has an empty translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), f"placeholders differ in {source!r}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translation_covers_every_source_string(language: str, tmp_path: Path) -> None:
    ts = TS_DIR / f"photoclip_{language}.ts"
    messages = _messages(ts)
    translated = {(ctx, src) for ctx, src, m in messages}
    missing = _current_sources(tmp_path) - translated
    assert not missing, f"strings not in {ts.name} (run packaging/translations.py): {sorted(missing)[:10]}"
    for ctx, source, message in messages:
        _check_translated(ctx, source, message, forms=2)  # Spanish and Portuguese: singular, plural


def test_english_plurals_cover_every_count(tmp_path: Path) -> None:
    """photoclip_en.ts holds the singular and plural of every string with a count, and nothing else."""
    ts = TS_DIR / f"photoclip_{PLURALS_ONLY}.ts"
    messages = _messages(ts)
    current = _current_sources(tmp_path, plural_only=True)
    assert current and {(ctx, src) for ctx, src, _ in messages} == current, "run packaging/translations.py"
    for ctx, source, message in messages:
        _check_translated(ctx, source, message, forms=2)


def test_counts_are_numerus_strings() -> None:
    """No GUI string writes a count as {0} before a plural noun: it would read "1 files".

    CoreMessages is left out: its templates match the core's English sentences word for word.
    """
    # "%Ln of these {2} photos": the plural follows the first count, the total is always plural.
    noun = re.compile(r"(?<!of these )\{\d+\} (?:\w+ )?(?:photos|files|captions|tags|albums|profiles|folders|epochs|rows)\b")
    for ctx, source, _ in _messages(TS_DIR / "photoclip_es.ts"):
        assert ctx == "CoreMessages" or not noun.search(source), f"{ctx}: {source!r} needs tr(..., \"\", n) with %Ln"


@pytest.mark.parametrize("language", (*TRANSLATED, PLURALS_ONLY))
def test_compiled_translation_is_current_and_loads(language: str) -> None:
    ts = TS_DIR / f"photoclip_{language}.ts"
    qm = Path(translation_file(language))
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run packaging/translations.py to compile"
    translator = QTranslator()
    assert translator.load(str(qm))
    if language in TRANSLATED:
        assert translator.translate("SearchField", "Describe a photo…") not in ("", "Describe a photo…")
    assert translator.translate("IndexStatusBar", "%Ln unreadable files", "", 1) not in ("", "%Ln unreadable files")


@pytest.mark.parametrize(
    ("language", "one", "two", "many"),
    [
        ("es", "1 archivo ilegible", "2 archivos ilegibles", "12.345 archivos ilegibles"),
        ("pt", "1 arquivo ilegível", "2 arquivos ilegíveis", "12.345 arquivos ilegíveis"),
        ("en", "1 unreadable file", "2 unreadable files", "12,345 unreadable files"),
    ],
)
def test_status_bar_counts_unreadable_files_in_the_right_plural(qtbot, home: Path, language: str, one: str, two: str, many: str) -> None:  # type: ignore[no-untyped-def]
    """The main window's status bar: "1 archivo ilegible", never "1 archivos ilegibles"; the count in the locale's digits."""
    from photoclip.core.indexing.records import FileProblem
    from photoclip.core.library import Library
    from photoclip.gui.main_window import MainWindow
    from photoclip.paths import LibraryPaths

    with ui_language(language):
        lib = Library(LibraryPaths.at(home))
        win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        try:
            assert not win.status.errors_button.text()
            for count, expected in ((1, one), (2, two), (12345, many)):
                win.status.problems = [FileProblem(f"/photos/{i}.jpg", "truncated file") for i in range(count)]
                win.status.update_errors_button()
                assert win.status.errors_button.text() == expected
        finally:
            win.close()
            lib.close()


def test_several_counts_each_take_their_plural(qapp) -> None:  # type: ignore[no-untyped-def]
    """A message with two counts is built from one numerus string per count (as PersonalizeDialog does)."""

    def state(captions: int, photos: int) -> str:
        return QCoreApplication.translate("PersonalizeDialog", "{0} on {1}.").format(
            QCoreApplication.translate("PersonalizeDialog", "%Ln captions", "", captions),
            QCoreApplication.translate("PersonalizeDialog", "%Ln photos", "", photos),
        )

    with ui_language("es"):
        assert state(1, 1) == "1 descripción en 1 foto." and state(3, 2) == "3 descripciones en 2 fotos."
    with ui_language("pt"):
        assert state(1, 1) == "1 legenda em 1 foto." and state(3, 2) == "3 legendas em 2 fotos."
    with ui_language("en"):
        assert state(1, 1) == "1 caption on 1 photo." and state(3, 2) == "3 captions on 2 photos."


@pytest.mark.parametrize("language", TRANSLATED)
def test_main_window_shows_no_english_when_translated(qtbot, language: str, home: Path) -> None:  # type: ignore[no-untyped-def]
    from photoclip.core.library import Library
    from photoclip.gui.main_window import MainWindow
    from photoclip.paths import LibraryPaths

    with ui_language(language):
        lib = Library(LibraryPaths.at(home))
        win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        english = {"Describe a photo…", "Add folder…", "Settings", "Update library", "All photos", "Folders", "Albums"}
        shown = {win.search_field.placeholderText(), win.add_button.text(), win.settings_button.text(), win.status.index_button.text()}
        shown |= {win.sidebar.topLevelItem(i).text(0).split("  ")[0] for i in range(win.sidebar.topLevelItemCount())}
        assert not shown & english, f"English left on the {language} main window: {shown & english}"
        win.close()
        lib.close()


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_main_window_fits_the_smallest_screen_with_nothing_cut(qtbot, language: str, home: Path) -> None:  # type: ignore[no-untyped-def]
    """800x600 is the smallest supported screen: the window (the photo view's row included) fits, and the folder filter reads whole."""
    from photoclip.core.library import Library
    from photoclip.gui.main_window import MainWindow
    from photoclip.paths import LibraryPaths

    with ui_language(language):
        lib = Library(LibraryPaths.at(home))
        win = MainWindow(lib, QSettings(str(home / "gui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.show()
        win.resize(800, 600)
        assert win.minimumSizeHint().width() <= 800 and win.width() == 800, win.minimumSizeHint()
        combo = win.filter_bar.folder_filter
        qtbot.waitUntil(lambda: combo.width() > 0)
        room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, _combo_option(combo), QStyle.SubControl.SC_ComboBoxEditField, combo)
        assert room.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)), (combo.itemText(0), room.width())
        win.close()
        lib.close()


def _combo_option(combo: Any) -> Any:
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    return option


# ----------------------------------------------------------------- numbers
def test_numbers_follow_the_language() -> None:
    from photoclip.gui.i18n import format_number

    es, pt, en = QLocale("es"), QLocale("pt"), QLocale("en")
    assert format_number(0.25, ".2f", es) == "0,25" and format_number(0.25, ".2f", pt) == "0,25"
    assert format_number(0.25, ".2f", en) == "0.25"
    assert format_number(12345, "", es) == "12.345" and format_number(12345, "", en) == "12,345"
    assert format_number(0.125, ".1%", pt) == "12,5%" and format_number(0.125, ".1%", es) == "12,5\u00a0%"
    assert format_number(1.26, "+.1f", es) == "+1,3" and format_number(-1.26, "+.1f", es) == "-1,3"


# ------------------------------------------------------- built-in tag sets
def test_builtin_display_table_matches_the_tag_set_files() -> None:
    """Every built-in set, description and label is in the display table, with the exact text of its .toml."""
    from photoclip.core.tagsets.files import builtin_tagsets
    from photoclip.gui.tag_names import BUILTIN_SETS

    files = {(ts.name, ts.description, tuple(t.label for t in ts.tags)) for ts in builtin_tagsets().values()}
    assert {(b.name, b.description, b.labels) for b in BUILTIN_SETS} == files


@pytest.mark.parametrize("language", TRANSLATED)
def test_builtin_names_and_core_messages_are_translated(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from photoclip.gui import tag_names
    from photoclip.gui.core_messages import core_text

    with ui_language(language):
        assert tag_names.set_name("Scenes") not in ("", "Scenes") and tag_names.set_name("scenes") == tag_names.set_name("Scenes")
        assert tag_names.tag_label("Scenes", "beach") not in ("", "beach")
        assert tag_names.tag_label("My trips", "beach") == "beach"  # a user's own set keeps its text
        assert tag_names.tag_label("Scenes", "volcano") == "volcano"  # ... and so does a label added to a built-in set
        assert tag_names.set_description("Scenes", "my own words") == "my own words"
        reason = core_text("/p/a.jpg cannot be read: truncated file.")
        assert "/p/a.jpg" in reason and "truncated" not in reason and "cannot be read" not in reason
        assert core_text("too large: 20000x20000 pixels exceeds the 89.5 MP limit").count("89,5") == 1
        assert core_text("a line that is not the core's\n  photoclip models use test-tiny") == "a line that is not the core's\n  photoclip models use test-tiny"


def test_builtin_set_shows_in_spanish_while_the_core_keeps_its_labels(qtbot, home: Path, photo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The sidebar, the photo's tags, the tag-set list and the editor show Spanish names; CLIP still reads "beach"."""
    from PySide6.QtCore import Qt

    from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, TagDef, TagSet
    from photoclip.gui.tagset_editor import SHOWN_COLUMN
    from tests.gui.conftest import TIMEOUT, indexed_window

    mine = TagSet(name="My trips", tags=(TagDef("beach"), TagDef("mountains")), mode=MODE_EXCLUSIVE, templates="label", min_probability=0.0)
    with ui_language("es"), indexed_window(qtbot, home, photo_dir, photos=12) as window:
        tags = window.library.tags
        tags.add_builtin("scenes")
        tags.save(mine)
        with qtbot.waitSignal(window.indexing_finished, timeout=TIMEOUT):
            window.service.apply_tags(["Scenes", "My trips"])
        qtbot.waitUntil(lambda: {a.tagset for a in window.albums()} == {"Scenes", "My trips"}, timeout=TIMEOUT)

        # The core is unchanged: English labels, English prompts.
        scenes = tags.get("Scenes")
        assert scenes.tags[0].label == "beach" and "a photo of a beach." in scenes.prompts_for(scenes.tags[0])
        beach = next(a for a in window.albums() if a.tagset == "Scenes" and a.label == "beach")
        my_beach = next(a for a in window.albums() if a.tagset == "My trips" and a.label == "beach")

        # The sidebar: Spanish for the built-in set, the user's text for theirs (empty albums shown too: random weights).
        window.show_empty_albums_action.setChecked(True)
        item, mine_item = window.album_item(beach.tag_id), window.album_item(my_beach.tag_id)
        assert item is not None and mine_item is not None
        assert item.text(0) == f"playa  ({beach.count})" and item.parent().text(0).startswith("Escenas")
        assert mine_item.text(0) == f"beach  ({my_beach.count})" and mine_item.parent().text(0).startswith("My trips")

        # The photo's tags, with a score written the Spanish way.
        with qtbot.waitSignal(window.results_shown, timeout=TIMEOUT, check_params_cb=lambda kind: kind == "search"):
            window.search_field.setText("una foto")
        window.search_flow.show_more()  # test-tiny's random vectors match nothing well: the rest, on request
        score = window.model.item(0).score
        window.open_photo(0)
        assert window.photo_view.score_label.text() == f"{score:.3f}".replace(".", ",")
        qtbot.waitUntil(lambda: window.photo_view.tags_panel.add_combo.count() > 0, timeout=TIMEOUT)
        panel = window.photo_view.tags_panel
        # Each album is either a row (the photo is in it) or a choice of "Put it in another album".
        shown = [panel.add_combo.itemText(i) for i in range(panel.add_combo.count())]
        shown += [row.name_label.text() for row in panel.rows.values()]
        assert any("Escenas" in t and "playa" in t for t in shown) and any("My trips" in t and "beach" in t for t in shown)
        assert not any("Scenes" in t for t in shown)
        scored = [row for row in panel.rows.values() if row.tag.score is not None]
        assert scored  # "My trips" is exclusive with no floor: every photo has one of its tags
        assert all("puntuación 0," in row.state_label.text() or "puntuación -0," in row.state_label.text() for row in scored)

        # The tag-set list and the editor: the stored English text is edited, the Spanish name shown beside it.
        qtbot.mouseClick(window.tagsets_button, Qt.MouseButton.LeftButton)
        dialog = window.tagsets_dialog
        listed = [dialog.sets_list.item(r).text().split("\n")[0] for r in range(dialog.sets_list.count())]
        assert "Escenas" in listed and "My trips" in listed and "Scenes" not in listed
        assert any(a.text().startswith("Escenas (11 ") for a in dialog.builtin_menu.actions())
        dialog.edit_set("Scenes")
        assert dialog.editor.name_edit.text() == "Scenes" and "Escenas" in dialog.editor.shown_name_label.text()
        assert dialog.editor.tags_table.item(0, 0).text() == "beach" and dialog.editor.tags_table.item(0, SHOWN_COLUMN).text() == "playa"
        assert not dialog.editor.tags_table.isColumnHidden(SHOWN_COLUMN)
        assert dialog.current_tagset() == scenes  # what Save would store: the labels CLIP reads, unchanged
        dialog.edit_set("My trips")
        assert dialog.editor.tags_table.isColumnHidden(SHOWN_COLUMN) and not dialog.editor.shown_name_label.isVisible()
        # A tag's threshold is read with either decimal mark (never as thousands: "0.250" is not 250).
        for typed in ("0,250", "0.250"):
            dialog.editor.tags_table.item(0, 2).setText(typed)
            assert dialog.current_tagset().tags[0].threshold == 0.25
        dialog.load_tagset(dialog.current_tagset(), editing="My trips")
        assert dialog.editor.tags_table.item(0, 2).text() == "0,25"
        dialog.dirty = False
        dialog.close()


# ------------------------------------------------------------ core messages
def test_core_messages_reach_the_user_in_spanish(qtbot, home: Path, photo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Real core failures: a service job's error, the reasons of unreadable files, a locked library."""
    from photoclip.core.library import Library
    from photoclip.errors import LibraryLockedError
    from photoclip.gui.core_messages import core_text
    from photoclip.gui.dialogs import ErrorListDialog
    from photoclip.paths import LibraryPaths
    from tests.badfiles import make_bad_corpus, restore_permissions
    from tests.gui.conftest import TIMEOUT, indexed_window

    corpus = make_bad_corpus(photo_dir / "bad", good=0)
    try:
        with ui_language("es"), indexed_window(qtbot, home, photo_dir, photos=12 + len(corpus.good)) as window:
            # Why files could not be read: stored in English, listed in Spanish.
            stored = dict(window.library.errors())
            assert "truncated file" in stored.values()
            dialog = ErrorListDialog(window.error_list(), window)
            reasons = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
            assert reasons and all(reasons[path] != reason for path, reason in stored.items()), reasons
            assert "archivo truncado" in reasons.values()

            # A job the service refuses: its PhotoclipError arrives as text in an event, shown in Spanish.
            missing = tmp_path / "no-such-folder"
            window.add_folder(str(missing))
            qtbot.waitUntil(lambda: "no es una carpeta" in getattr(window, "last_error", ""), timeout=TIMEOUT)
            assert str(missing) in window.last_error and "is not a folder" not in window.last_error
            assert "Indica la ruta de una carpeta de fotos que exista." in window.last_error  # the hint, too

            # A second writer is refused with the core's message and hint, both translated.
            with pytest.raises(LibraryLockedError) as refused:
                Library(LibraryPaths.at(home))
            text = core_text(str(refused.value))
            assert "ya está abierta para escritura" in text and "Solo un proceso" in text
            assert "already open" not in text and "Only one process" not in text
    finally:
        restore_permissions(photo_dir / "bad")


# Sentences of the core built at run time, checked with real values instead (or not the GUI's concern).
_BUILT_AT_RUN_TIME = {
    "The library at X is already open for writing in another photoclip processX.",  # test above: a real lock
    "The name X is already used by X.",  # "a built-in model" / "an imported model": both templates
}


def test_every_core_message_has_a_translation() -> None:
    """Each sentence the core raises (message or hint, literal or f-string) is one core_text() translates.

    A new message in the core fails here until it is added to
    photoclip/gui/core_messages.py and translated (packaging/translations.py).
    The XMP sidecar errors (XmpError, tagsets/export.py) are not collected:
    they are per-sidecar reports of the CLI's export.
    """
    from photoclip.gui.core_messages import core_text

    errors = {"PhotoclipError", "ModelUnavailableError", "DownloadError", "DiskFullError", "LibraryLockedError", "TagSetFileError",
              "PersonalizationRefused", "ImageDecodeError", "SchemaError"}

    def sample(node: ast.AST) -> str | None:
        """The sentence with each {value} as X, or None when it is not written out in the call."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
        return None

    sources = sorted((ROOT / "photoclip" / "core").rglob("*.py"))
    sources += [ROOT / "photoclip" / "settings.py", ROOT / "photoclip" / "errors.py"]
    untranslated = []
    with ui_language("es"):
        for path in sources:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                if name not in errors:
                    continue
                texts = [sample(a) for a in node.args] + [sample(k.value) for k in node.keywords if k.arg == "hint"]
                for text in filter(None, texts):
                    for line in text.split("\n"):
                        if line.strip() and line not in _BUILT_AT_RUN_TIME and core_text(line) == line:
                            untranslated.append(f"{path.relative_to(ROOT)}:{node.lineno}: {line}")
    assert len(untranslated) < 1, "core messages the GUI cannot translate (add them to gui/core_messages.py):\n" + "\n".join(untranslated)
