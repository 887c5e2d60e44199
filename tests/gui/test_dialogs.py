"""The first-run, Settings and unreadable-files dialogs (setting up a model: ``test_model_setup.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from photoclip.core.library import Library
from photoclip.gui.dialogs import ErrorListDialog, FirstRunDialog, SettingsDialog
from photoclip.paths import LibraryPaths
from photoclip.settings import Settings


def test_first_run_suggests_pictures_and_offers_both_models(qtbot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    fake_home = tmp_path / "user"
    (fake_home / "Pictures").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(fake_home))
    lib = Library(LibraryPaths.at(home))
    dialog = FirstRunDialog(lib)
    qtbot.addWidget(dialog)
    assert dialog.folders.folders() == [str(fake_home / "Pictures")]
    labels = [b.text() for b in dialog.model_group.buttons()]
    assert len(labels) == 2
    assert any("English" in t and "MB download" in t for t in labels)
    assert any("Spanish" in t and "GB download" in t for t in labels)
    assert dialog.chosen_model().name == "vit-b-32"  # the default is preselected, never test-tiny
    lib.close()


def test_settings_dialog_shows_and_changes_the_precision(qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    paths = LibraryPaths.at(home)
    Settings(precision="fp32", threads=1).save(paths.settings_file)
    lib = Library(paths, Settings.load(paths.settings_file))
    dialog = SettingsDialog(lib)
    qtbot.addWidget(dialog)
    assert dialog.precision.currentData() == "fp32"  # the saved choice, not the default
    assert [dialog.precision.itemData(i) for i in range(dialog.precision.count())] == ["auto", "fp32", "bf16"]
    dialog.precision.setCurrentIndex(dialog.precision.findData("bf16"))
    new = dialog.new_settings()
    assert new.precision == "bf16" and new.threads == 1  # the rest is kept
    new.save(paths.settings_file)
    assert Settings.load(paths.settings_file).precision == "bf16"
    lib.close()


def test_error_list_shows_path_and_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ErrorListDialog([("/p/bad.jpg", "truncated file")])
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "/p/bad.jpg"
    assert dialog.table.item(0, 1).text() == "truncated file"


@pytest.mark.parametrize("language", ["es", "pt"])
def test_first_run_in_spanish_or_portuguese_recommends_the_multilingual_model(qtbot, home: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    lib = Library(LibraryPaths.at(home), Settings(language=language))
    dialog = FirstRunDialog(lib)
    qtbot.addWidget(dialog)
    assert dialog.chosen_model().name == "multilingual-vit-b-32"  # preselected
    labels = [b.text() for b in dialog.model_group.buttons()]
    assert any(t.startswith("Multilingual (recommended)") for t in labels)
    assert not any("English (recommended)" in t for t in labels)
    lib.close()


def test_first_run_in_english_keeps_recommending_the_english_model(qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    lib = Library(LibraryPaths.at(home), Settings(language="en"))
    dialog = FirstRunDialog(lib)
    qtbot.addWidget(dialog)
    assert dialog.chosen_model().name == "vit-b-32"
    assert any("English (recommended)" in b.text() for b in dialog.model_group.buttons())
    lib.close()


def test_settings_says_on_screen_that_a_new_language_applies_on_restart(qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    lib = Library(LibraryPaths.at(home), Settings(language="en"))
    dialog = SettingsDialog(lib)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.language_note.isVisible() and "starts again" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isVisible()  # back to the language in use: nothing to wait for
    lib.close()
