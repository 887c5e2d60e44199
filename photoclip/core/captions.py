"""Captions: the user's own descriptions of photos, the material personalisation learns from.

Captions live in the catalog, attached to photo ids (see migration 4 in
``storage/schema.py``), so they survive re-indexing, moves and renames, and model
switches. This module holds their SQL (the ``captions`` table's every read
and write), and turns a ``path,caption`` CSV file into catalog rows: every
row that cannot be used is skipped and reported with its line number and the
reason, and never stops the import.
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from photoclip.core.storage.catalog import Catalog
from photoclip.core.storage.records import STATUS_DELETED
from photoclip.errors import PhotoclipError


def add_captions(catalog: Catalog, pairs: Sequence[tuple[int, str]]) -> int:
    """Attach captions to photos; a caption a photo already has is not added again. Returns how many were new."""
    now = time.time()
    with catalog.transaction() as db:
        # rowcount, not total_changes: the words table's triggers change rows too (core/word_search/schema.py).
        cursor = db.executemany(
            "INSERT OR IGNORE INTO captions(photo_id, text, created_at) VALUES (?, ?, ?)",
            [(int(pid), text, now) for pid, text in pairs],
        )
        return max(cursor.rowcount, 0)


def set_captions(catalog: Catalog, photo_id: int, texts: Sequence[str]) -> None:
    """Replace a photo's captions (an empty list removes them)."""
    now = time.time()
    with catalog.transaction() as db:
        db.execute("DELETE FROM captions WHERE photo_id = ?", (photo_id,))
        db.executemany(
            "INSERT OR IGNORE INTO captions(photo_id, text, created_at) VALUES (?, ?, ?)",
            [(int(photo_id), text, now) for text in texts],
        )


def captions_for(catalog: Catalog, photo_id: int) -> list[str]:
    """A photo's captions, oldest first."""
    with catalog.reading() as db:
        rows = db.execute("SELECT text FROM captions WHERE photo_id = ? ORDER BY id", (photo_id,)).fetchall()
    return [str(r[0]) for r in rows]


def caption_pairs(catalog: Catalog) -> list[tuple[int, str]]:
    """``(photo_id, caption)`` of every photo that is not deleted, by photo, oldest caption first."""
    with catalog.reading() as db:
        rows = db.execute(
            """SELECT c.photo_id, c.text FROM captions c JOIN photos p ON p.id = c.photo_id
               WHERE p.status != 'deleted' ORDER BY c.photo_id, c.id"""
        ).fetchall()
    return [(int(pid), str(text)) for pid, text in rows]


# First-row cells that mark a header rather than a photo and its caption.
_PATH_HEADERS = frozenset({"path", "file", "filename", "image", "photo"})
_CAPTION_HEADERS = frozenset({"caption", "text", "description"})


@dataclass(frozen=True)
class CaptionProblem:
    """A CSV row that was skipped, and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class CaptionImport:
    """What one import did.

    Attributes:
        added: Captions stored.
        duplicates: Rows whose photo already had that caption.
        photos: Distinct photos the usable rows describe.
        skipped: The rows that could not be used, with their line numbers and reasons.
    """

    added: int
    duplicates: int
    photos: int
    skipped: tuple[CaptionProblem, ...]


@dataclass(frozen=True)
class CaptionCounts:
    """How much of a library is captioned (what personalisation has to learn from).

    Attributes:
        captions: Captions of photos that are not deleted.
        photos: Photos with at least one caption.
    """

    captions: int
    photos: int


def clean_captions(texts: Iterable[str]) -> list[str]:
    """Captions as stored: whitespace trimmed, empty ones dropped, repeats removed (first kept)."""
    out: list[str] = []
    for text in texts:
        text = " ".join(str(text).split())
        if text and text not in out:
            out.append(text)
    return out


def import_captions(catalog: Catalog, csv_file: str | Path, base: str | Path | None = None) -> CaptionImport:
    """Add the captions of a ``path,caption`` CSV file to the catalog.

    A first row such as ``path,caption`` or ``image,caption`` is taken as a
    header. Captions are added to what a photo already has; the same text twice
    is one caption.

    Args:
        catalog: The library catalog.
        csv_file: The CSV file (UTF-8, optionally with a byte-order mark).
        base: Folder that relative paths are relative to (default: the CSV
            file's folder).

    Returns:
        The counts and the skipped rows.

    Raises:
        PhotoclipError: The file cannot be opened or is not UTF-8 text.
    """
    csv_file = Path(csv_file).expanduser()
    root = Path(base).expanduser() if base is not None else csv_file.parent
    problems: list[CaptionProblem] = []
    pairs: list[tuple[int, str]] = []
    try:
        with open(csv_file, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            first = True
            for cells in reader:
                line = reader.line_num
                if not cells or all(not c.strip() for c in cells):
                    continue  # a blank line
                if first and _is_header(cells):
                    first = False
                    continue
                first = False
                pair = _parse_row(catalog, root, cells)
                if isinstance(pair, str):
                    problems.append(CaptionProblem(line, pair))
                else:
                    pairs.append(pair)
    except FileNotFoundError:
        raise PhotoclipError(f"{csv_file} does not exist.") from None
    except UnicodeDecodeError as exc:
        raise PhotoclipError(f"{csv_file} is not UTF-8 text ({exc.reason}).", hint="Save it as UTF-8 CSV.") from None
    except csv.Error as exc:
        raise PhotoclipError(f"{csv_file} is not a readable CSV file: {exc}.") from None
    except OSError as exc:
        raise PhotoclipError(f"{csv_file} cannot be read: {exc.strerror or exc}.") from None
    added = add_captions(catalog, pairs) if pairs else 0
    return CaptionImport(
        added=added, duplicates=len(pairs) - added, photos=len({pid for pid, _ in pairs}), skipped=tuple(problems)
    )


def _is_header(cells: list[str]) -> bool:
    return (
        len(cells) == 2
        and cells[0].strip().lower() in _PATH_HEADERS
        and cells[1].strip().lower() in _CAPTION_HEADERS
    )


def _parse_row(catalog: Catalog, root: Path, cells: list[str]) -> tuple[int, str] | str:
    """The ``(photo_id, caption)`` of a row, or the reason it cannot be used."""
    if len(cells) != 2:
        return f"expected 2 columns (path,caption), found {len(cells)} (quote captions that contain commas)"
    raw_path, raw_caption = cells[0].strip(), cells[1]
    if not raw_path:
        return "the photo path is empty"
    caption = clean_captions([raw_caption])
    if not caption:
        return "the caption is empty"
    path = Path(raw_path).expanduser()
    if not path.is_absolute():
        path = root / path
    record = None
    for candidate in dict.fromkeys((os.path.abspath(path), str(path.resolve()))):
        record = catalog.photo_by_path(candidate)
        if record is not None:
            break
    if record is None:
        if not path.exists():
            return f"no such photo: {path}"
        return f"photo not in the library: {path} (add its folder and run `photoclip index`)"
    if record.status == STATUS_DELETED:
        return f"photo was removed from the library: {path}"
    return record.id, caption[0]
