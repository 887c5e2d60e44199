"""Dialogs: first run, settings and the list of unreadable files (setting up a model: ``model_setup.py``).

Each dialog only collects choices; the main window applies them through the
core's Library, so nothing here writes to the library directly.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoclip.core.library import Library
from photoclip.core.models import ModelSpec
from photoclip.gui.core_messages import core_text
from photoclip.gui.i18n import LANGUAGES, num, resolve_language
from photoclip.settings import Settings

if TYPE_CHECKING:  # annotations only: the window passes its service and model setup
    from photoclip.core.indexing.service import IndexService
    from photoclip.gui.model_setup import ModelSetup


def suggested_pictures_folder() -> Path | None:
    """The user's Pictures folder, if there is one."""
    for candidate in (Path.home() / "Pictures", Path.home() / "Imágenes", Path.home() / "Imagens"):
        if candidate.is_dir():
            return candidate
    return None


def _model_label(spec: ModelSpec, cached: bool) -> str:
    if cached:
        size = QCoreApplication.translate("ModelSetup", "already downloaded")
    elif spec.download_mb >= 1000:
        size = QCoreApplication.translate("ModelSetup", "{0:.1f} GB download").format(num(spec.download_mb / 1000))
    else:
        size = QCoreApplication.translate("ModelSetup", "{0:.0f} MB download").format(num(spec.download_mb))
    return f"{spec.name} — {size}"


class FolderList(QWidget):
    """A list of folders with Add and Remove buttons."""

    def __init__(self, folders: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.addItems(folders)
        add = QPushButton(self.tr("Add folder…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def folders(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_folder(self, path: str) -> None:
        if path and path not in self.folders():
            self.list.addItem(path)

    def _add(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of photos"), str(Path.home()))
        self.add_folder(path)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))


class FirstRunDialog(QDialog):
    """Welcome: pick folders (Pictures suggested) and the model (English or multilingual)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to photoclip"))
        intro = QLabel(
            self.tr(
                "photoclip finds photos by what is in them. Choose the folders to index; photos stay where they are and nothing leaves this computer."
            )
        )
        intro.setWordWrap(True)
        suggested = suggested_pictures_folder()
        self.folders = FolderList([str(suggested)] if suggested else [])

        self.model_group = QButtonGroup(self)
        models_box = QGroupBox(self.tr("Model"))
        models_layout = QVBoxLayout(models_box)
        self._specs: list[ModelSpec] = []
        default = library.registry.default().name
        # Someone who reads the app in Spanish or Portuguese will search in it: the multilingual model understands that.
        ui_language = resolve_language(library.settings.language)
        builtin = [spec for spec in library.models() if not spec.for_tests and spec.source == "builtin"]
        speaks = next((spec for spec in builtin if ui_language in spec.languages and ui_language != "en"), None)
        recommended = speaks.name if speaks is not None else default
        for spec in builtin:
            cached = library.registry.is_ready_offline(spec)
            if "es" in spec.languages and spec.name == recommended:
                text = self.tr("Multilingual (recommended): understands queries in Spanish, Portuguese and 100+ languages")
            elif "es" in spec.languages:
                text = self.tr("Multilingual: understands queries in Spanish, Portuguese and 100+ languages")
            elif spec.name == recommended:
                text = self.tr("English (recommended)")
            else:
                text = self.tr("English: understands queries in English only")
            button = QRadioButton(f"{text}\n{_model_label(spec, cached)}")
            button.setChecked(spec.name == recommended)
            self.model_group.addButton(button, len(self._specs))
            self._specs.append(spec)
            models_layout.addWidget(button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Folders")))
        layout.addWidget(self.folders)
        layout.addWidget(models_box)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen_model(self) -> ModelSpec | None:
        index = self.model_group.checkedId()
        return self._specs[index] if 0 <= index < len(self._specs) else None


class SettingsDialog(QDialog):
    """Watched folders, model, device, precision, CPU threads and thumbnail cache size."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.library = library
        s = library.settings
        self.folders = FolderList([f.path for f in library.folders()])
        self.model = QComboBox()
        chosen = library.chosen_model().name
        for spec in library.models():
            suffix = self.tr(" (tests only)") if spec.for_tests else ""
            self.model.addItem(spec.name + suffix, spec.name)
            if spec.name == chosen:
                self.model.setCurrentIndex(self.model.count() - 1)
        self.device = QComboBox()
        for value, label in (
            ("auto", self.tr("Automatic (GPU if available)")),
            ("cpu", "CPU"),
            ("cuda", self.tr("CUDA GPU")),
            ("mps", self.tr("Apple GPU (MPS)")),
        ):
            self.device.addItem(label, value)
            if value == s.device:
                self.device.setCurrentIndex(self.device.count() - 1)
        self.precision = QComboBox()
        for value, label in (
            ("auto", self.tr("Automatic (bf16 on CPUs built for it)")),
            ("fp32", self.tr("fp32 (full precision)")),
            ("bf16", self.tr("bf16 (faster; checked against fp32)")),
        ):
            self.precision.addItem(label, value)
            if value == s.precision:
                self.precision.setCurrentIndex(self.precision.count() - 1)
        self.precision.setToolTip(
            self.tr("bf16 encodes photos about 3x faster on CPUs with bf16 instructions, with near-identical results. Takes effect when photoclip starts again")
        )
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("All cores"))
        self.threads.setValue(s.threads)
        self.cache = QSpinBox()
        self.cache.setRange(50, 100_000)
        self.cache.setSuffix(" MB")
        self.cache.setValue(s.thumbnail_cache_mb)

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        self.language.setToolTip(self.tr("Takes effect when photoclip starts again"))
        # Said where it is seen, not only in a tooltip: the window keeps its language until the next start.
        self.language_note = QLabel(self.tr("The new language takes effect when photoclip starts again."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        saved_language = s.language
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language.currentData() != saved_language)
        )

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Device"), self.device)
        form.addRow(self.tr("Precision"), self.precision)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("Thumbnail cache"), self.cache)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Watched folders")))
        layout.addWidget(self.folders)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 440)

    def new_settings(self) -> Settings:
        return replace(
            self.library.settings,
            device=self.device.currentData(),
            precision=self.precision.currentData(),
            threads=self.threads.value(),
            thumbnail_cache_mb=self.cache.value(),
            language=self.language.currentData(),
        )

    def chosen_model(self) -> str:
        return str(self.model.currentData())

    def apply(self, service: IndexService | None, model_setup: ModelSetup) -> None:
        """Save the choices and act on them: folders added or removed through the service, the cache trimmed,
        and a model switch set up (downloaded and verified first: a failure is shown and changes nothing).

        Raises:
            PhotoclipError: The settings cannot be saved.
        """
        new = self.new_settings()
        new.save(self.library.paths.settings_file)
        self.library.settings = new
        if service is None:
            return
        wanted = set(self.folders.folders())
        current = {f.path for f in self.library.folders()}
        for path in sorted(current - wanted):
            service.remove_folder(path)
        for path in sorted(wanted - current):
            service.add_folder(path)
        self.library.thumbnails.trim(new.thumbnail_cache_mb * 1_000_000)
        model = self.chosen_model()
        if model != self.library.chosen_model().name:
            model_setup.obtain(self.library.registry.get(model), offer_choices=False)


class ErrorListDialog(QDialog):
    """Files that could not be read, each with its reason."""

    def __init__(self, problems: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files that could not be read"))
        self.table = QTableWidget(len(problems), 2)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        for row, (path, reason) in enumerate(problems):
            self.table.setItem(row, 0, QTableWidgetItem(path))
            self.table.setItem(row, 1, QTableWidgetItem(core_text(reason)))  # the core's reason, stored in English
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(760, 360)
