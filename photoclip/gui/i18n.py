"""The GUI's languages: Qt translators for photoclip's own strings and Qt's standard ones.

Every user-visible string in ``photoclip/gui`` goes through ``tr()`` (or
``QCoreApplication.translate`` outside a class). ``pyside6-lupdate`` extracts
them into ``photoclip/resources/translations/photoclip_<lang>.ts`` and
``pyside6-lrelease`` compiles the ``.qm`` files loaded here; run
``python packaging/translations.py`` after changing GUI strings.
The language follows the system locale unless Settings says otherwise.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Languages the GUI is translated into (English is the source language).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "pt": "Português"}
TRANSLATED = ("es", "pt")


def resolve_language(setting: str) -> str:
    """The language to show: the setting, or the system's when it is empty or unknown."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def translation_file(language: str) -> str:
    """Path of the compiled ``.qm`` for a language (it exists for every TRANSLATED language)."""
    resource = files("photoclip") / "resources" / "translations" / f"photoclip_{language}.qm"
    with as_file(resource) as path:
        return str(path)


def install_translators(app: QCoreApplication, setting: str = "") -> list[QTranslator]:
    """Install photoclip's and Qt's translators for the chosen language.

    Args:
        app: The application.
        setting: ``Settings.language`` (empty: follow the system).

    Returns:
        The installed translators (keep them alive as long as the app).
    """
    language = resolve_language(setting)
    if language not in TRANSLATED:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs and standard buttons (OK, Cancel, ...)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
