"""The GUI's languages: Qt translators for photoclip's own strings and Qt's standard ones.

Every user-visible string in ``photoclip/gui`` goes through ``tr()`` (or
``QCoreApplication.translate`` outside a class). ``pyside6-lupdate`` extracts
them into ``photoclip/resources/translations/photoclip_<lang>.ts`` and
``pyside6-lrelease`` compiles the ``.qm`` files loaded here; run
``python packaging/translations.py`` after changing GUI strings.
The language follows the system locale unless Settings says otherwise.

A count in a message is Qt's numerus form, ``tr("%Ln photos", "", n)``: each
language gives its singular and plural (``%Ln`` is the number in the
locale's digits, ``12.345`` in Spanish). English has them too, in
``photoclip_en.ts``, which holds only those strings. A message with several
counts puts each in a numerus string of its own:
``tr("{0} on {1}.").format(tr("%Ln captions", "", c), tr("%Ln photos", "", p))``.

Text the GUI shows but does not write itself goes through two tables that
lupdate reads too: ``tag_names.py`` (the built-in tag sets' names and labels,
which stay English in the core because CLIP reads them) and
``core_messages.py`` (the core's errors, hints, warnings and file reasons).

Numbers follow the language too: :func:`install_translators` makes its locale
Qt's default, and numbers that go into a message are wrapped in :func:`num`,
which formats them with that locale inside ``str.format`` (``{0:.2f}`` shows
``0,25`` in Spanish and Portuguese). The format specs stay in the source
strings, so translators see what kind of number goes where.
"""

from __future__ import annotations

import re
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Languages the GUI is translated into (English is the source language).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "pt": "Português"}
TRANSLATED = ("es", "pt")
# The source language's own file: only the singular and plural of the strings with a count.
PLURALS_ONLY = "en"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it unchanged (translated later, where it is shown).

    pyside6-lupdate finds the call by this name. PySide6's own function does
    the same at run time, but its type stubs say it returns ``object``; this
    one keeps the tables of ``tag_names.py`` and ``core_messages.py`` typed as ``str``.

    Args:
        context: The translation context the string is looked up in.
        source: The English text.

    Returns:
        ``source``.
    """
    return source


def resolve_language(setting: str) -> str:
    """The language to show: the setting, or the system's when it is empty or unknown."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def translation_file(language: str) -> str:
    """Path of the compiled ``.qm`` for a language (it exists for every TRANSLATED language and PLURALS_ONLY)."""
    resource = files("photoclip") / "resources" / "translations" / f"photoclip_{language}.qm"
    with as_file(resource) as path:
        return str(path)


def ui_locale(language: str) -> QLocale:
    """The locale numbers are written in for a UI language.

    The system's locale when it is of that language (its region's customs:
    Mexico writes ``0.5``, Spain ``0,5``), else the language's own (``es`` is
    Spain's, ``pt`` Brazil's).
    """
    own = QLocale(language)
    system = QLocale.system()
    return system if system.language() == own.language() else own


def install_translators(app: QCoreApplication, setting: str = "") -> list[QTranslator]:
    """Install photoclip's and Qt's translators for the chosen language, and make its locale the default.

    Args:
        app: The application.
        setting: ``Settings.language`` (empty: follow the system).

    Returns:
        The installed translators (keep them alive as long as the app).
    """
    language = resolve_language(setting)
    QLocale.setDefault(ui_locale(language))  # num(), spin boxes and date edits write numbers the language's way
    installed = []
    if language not in TRANSLATED:
        # English is the source, but "%Ln photos" needs its singular ("1 photo") from photoclip_en.qm.
        plurals = QTranslator(app)
        if plurals.load(translation_file(PLURALS_ONLY)):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs and standard buttons (OK, Cancel, ...)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


# What num() understands of Python's format mini-language: an optional sign,
# an optional thousands comma, a precision and a type (f, g, d or %).
_SPEC = re.compile(r"^(?P<sign>\+?)(?P<group>,?)(?:\.(?P<precision>\d+))?(?P<type>[fgd%]?)$")


def format_number(value: float | int, spec: str = "", locale: QLocale | None = None) -> str:
    """A number as the GUI's locale writes it, for a Python format spec such as ``.2f``, ``.1%`` or ``+.1f``.

    Integers get the locale's thousands separators (``12.345`` in Spanish);
    ``%`` multiplies by 100 and adds the locale's percent sign. A spec outside
    that subset falls back to Python's own formatting.

    Args:
        value: The number.
        spec: The format spec (what follows ``:`` in ``{0:.2f}``).
        locale: The locale (default: Qt's default, set by :func:`install_translators`).
    """
    match = _SPEC.match(spec)
    if match is None or isinstance(value, bool):
        return format(value, spec)
    loc = locale if locale is not None else QLocale()
    precision = int(match["precision"]) if match["precision"] else None
    kind = match["type"]
    if kind == "%":
        text = loc.toString(float(value) * 100, "f", 0 if precision is None else precision)
        # Spanish writes a (non-breaking) space before the sign: "12,5 %".
        text += ("\u00a0" if loc.language() == QLocale.Language.Spanish else "") + loc.percent()
    elif kind == "f" or (kind == "" and precision is not None):
        text = loc.toString(float(value), "f", 6 if precision is None else precision)
    elif kind == "g":
        text = loc.toString(float(value), "g", 6 if precision is None else precision)
    elif isinstance(value, int) or kind == "d":
        text = loc.toString(int(value))
    else:  # a float with no spec: as short as it reads back (Python's str())
        text = loc.toString(float(value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    if match["sign"] and not text.startswith(("-", loc.negativeSign())):
        text = loc.positiveSign() + text
    return text


class LocaleNumber:
    """A number that ``str.format`` writes with the GUI's locale (see :func:`num`)."""

    __slots__ = ("value",)

    def __init__(self, value: float | int) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return format_number(self.value, spec)

    def __str__(self) -> str:
        return format_number(self.value)


def num(value: float | int) -> LocaleNumber:
    """Wrap a number for a translated message: ``tr("{0:.2f}").format(num(0.25))`` is ``0,25`` in Spanish."""
    return LocaleNumber(value)
