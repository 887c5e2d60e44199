"""Refresh the GUI translations: extract strings (lupdate) and compile them (lrelease).

Run from the repository root after changing any user-visible GUI string:

    python packaging/translations.py

Then translate the new entries in photoclip/resources/translations/*.ts
(Qt Linguist: ``pyside6-linguist``, or any XML editor) and run it again to
compile the ``.qm`` files that ship in the package.

English is the source language, but strings with a count (``tr("%Ln photos",
"", n)``) need an English translation too for "1 photo" against "2 photos":
``photoclip_en.ts`` holds only those (lupdate ``-pluralonly``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "photoclip" / "resources" / "translations"
LANGUAGES = ("es", "pt")
PLURAL_ONLY = ("en",)  # the source language: only its singular and plural forms


def gui_sources() -> list[str]:
    """Every Python file of the GUI, relative to the repository root."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "photoclip" / "gui").glob("*.py"))


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES + PLURAL_ONLY:
        ts = TRANSLATIONS / f"photoclip_{lang}.ts"
        only = ["-pluralonly"] if lang in PLURAL_ONLY else []
        subprocess.run(
            ["pyside6-lupdate", *gui_sources(), "-no-obsolete", *only, "-target-language", lang, "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT, check=True,
        )
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
