"""Tag set files: TOML and JSON in and out, with the line and the reason when a file cannot be used.

Tag sets are TOML or JSON (see ``photoclip/resources/tagsets/*.toml`` for
the built-in starter sets). A file that cannot be used is rejected with its
line and the reason (:class:`TagSetFileError`).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from photoclip.core.tagsets.definition import SchemaError, TagSet, tagset_from_mapping
from photoclip.errors import PhotoclipError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the backport, same API
    import tomli as tomllib


class TagSetFileError(PhotoclipError):
    """A tag set file that cannot be used: the file, the line (when known) and why.

    Attributes:
        path: The file (or a description of the source).
        line: 1-based line of the problem, or None when it cannot be pinned down.
        reason: What is wrong, with the key path (``tags[3].threshold``) for schema errors.
    """

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}, line {line}" if line else path
        super().__init__(
            f"{where}: {reason}",
            hint="Fix the file and import it again (see `photoclip tags export` for a valid example).",
        )
        self.path = path
        self.line = line
        self.reason = reason


def _key_text(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TOO_DEEP = "nested too deeply to be a tag set (arrays or tables inside each other thousands of times)"


def parse_tagset(text: str, fmt: str, source: str = "<text>") -> TagSet:
    """Parse a tag set from TOML or JSON text.

    Args:
        text: The file's content.
        fmt: ``"toml"`` or ``"json"``.
        source: How to name the file in messages.

    Raises:
        TagSetFileError: Syntax or schema error, with the line and the reason.
    """
    if fmt == "toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            match = re.search(r"\(at line (\d+), column (\d+)\)", message)
            line = int(match.group(1)) if match else getattr(exc, "lineno", None)
            reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
            if match:
                reason += f" (column {match.group(2)})"
            elif "(at end of document)" in message:
                line = max(1, len(text.splitlines()))
                reason = reason.replace("(at end of document)", "(at the end of the file: is a bracket or quote left open?)")
            raise TagSetFileError(source, line, f"not valid TOML: {reason}") from None
        except RecursionError:  # tomllib recurses per nested array or table
            raise TagSetFileError(source, None, _TOO_DEEP) from None
    elif fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise TagSetFileError(source, exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})") from None
        except RecursionError:  # the JSON decoder recurses per nested array or object
            raise TagSetFileError(source, None, _TOO_DEEP) from None
    else:
        raise ValueError(f"unknown format {fmt!r}")
    try:
        return tagset_from_mapping(data)
    except SchemaError as exc:
        line = _toml_line(text, exc.key_path) if fmt == "toml" else _json_line(text, exc.key_path)
        key = _key_text(exc.key_path)
        reason = f"{key}: {exc.reason}" if key and not exc.reason.startswith(("unknown key", "missing key")) else exc.reason
        if key and exc.reason.startswith(("unknown key", "missing key")) and len(exc.key_path) > 1:
            reason = f"{_key_text(exc.key_path[:-1])}: {exc.reason}"
        raise TagSetFileError(source, line, reason) from None


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return "toml"
    if suffix == ".json":
        return "json"
    raise PhotoclipError(f"{path} is neither a .toml nor a .json file.", hint="Tag sets are TOML or JSON files.")


def load_tagset_file(path: str | Path) -> TagSet:
    """Read a tag set from a ``.toml`` or ``.json`` file.

    Raises:
        TagSetFileError: The content is not a valid tag set (line and reason).
        PhotoclipError: The file cannot be read or has another extension.
    """
    path = Path(path).expanduser()
    fmt = _format_of(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PhotoclipError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TagSetFileError(str(path), line, "the file is not UTF-8 text") from None
    return parse_tagset(text, fmt, str(path))


def dump_tagset(tagset: TagSet, fmt: str = "toml") -> str:
    """The tag set as TOML or JSON text that :func:`parse_tagset` reads back unchanged."""
    data = tagset.to_dict()
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt != "toml":
        raise ValueError(f"unknown format {fmt!r}")
    return _toml(data)


def save_tagset_file(tagset: TagSet, path: str | Path) -> Path:
    """Write a tag set to ``path`` (``.toml`` or ``.json``, by its extension).

    Raises:
        PhotoclipError: Unknown extension, or the file cannot be written.
    """
    path = Path(path).expanduser()
    text = dump_tagset(tagset, _format_of(path))
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PhotoclipError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    return path


def _toml(data: Mapping[str, Any]) -> str:
    """A small TOML emitter for this schema: top-level scalars and lists, then ``[[tags]]`` tables.

    (Python reads TOML but cannot write it; the schema is simple enough that
    a careful emitter beats another dependency.)
    """
    lines = ["# photoclip tag set. Edit it, then: photoclip tags import FILE", ""]
    for key, value in data.items():
        if key != "tags":
            lines.append(f"{key} = {_toml_value(value)}")
    for tag in data.get("tags", []):
        lines += ["", "[[tags]]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in tag.items()]
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("TOML has no place for a non-finite threshold")
        return repr(value)
    if isinstance(value, str):
        # JSON string escapes (\" \\ \n \t \uXXXX ...) are all valid in TOML basic
        # strings; DEL is the one control character JSON leaves alone.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _toml_line(text: str, key_path: tuple[str | int, ...]) -> int | None:
    """Best-effort line of a key path in a TOML tag set (top-level keys, ``[[tags]]`` tables)."""
    lines = text.splitlines()
    is_table = re.compile(r"^\s*\[")
    is_tags = re.compile(r"^\s*\[\[\s*\"?tags\"?\s*\]\]")

    def key_line(start: int, key: str) -> int | None:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(start, len(lines)):
            if is_table.match(lines[i]):
                break
            if pattern.match(lines[i]):
                return i + 1
        return None

    if not key_path:
        return None
    if key_path[0] != "tags" or len(key_path) == 1:
        for i, line in enumerate(lines):
            if is_table.match(line):
                break
            if re.match(rf"^\s*[\"']?{re.escape(str(key_path[0]))}[\"']?\s*=", line):
                return i + 1
        if key_path[0] == "tags":
            return next((i + 1 for i, line in enumerate(lines) if is_tags.match(line)), None)
        return None
    index = key_path[1]
    count = -1
    for i, line in enumerate(lines):
        if is_tags.match(line):
            count += 1
            if count == index:
                if len(key_path) > 2:
                    return key_line(i + 1, str(key_path[2])) or i + 1
                return i + 1
    # Inline form: tags = ["beach", ...]; point at the entry's line when it can be found.
    for i, line in enumerate(lines):
        if re.match(r"^\s*[\"']?tags[\"']?\s*=", line):
            return _inline_item_line(lines, i, index) or i + 1
    return None


def _inline_item_line(lines: list[str], start: int, index: Any) -> int | None:
    """The line of item ``index`` of an inline TOML array that starts on line ``start`` (simple cases)."""
    if not isinstance(index, int):
        return None
    count = -1
    depth = 0
    for i in range(start, len(lines)):
        text = lines[i] if i > start else lines[i].split("=", 1)[1]
        in_string = False
        prev = ""
        for ch in text:
            if in_string:
                if ch == '"' and prev != "\\":
                    in_string = False
            elif ch == "#":
                break
            elif ch in "[{":
                depth += 1
                if depth == 2:
                    count += 1
                    if count == index:
                        return i + 1
            elif ch in "]}":
                depth -= 1
                if depth == 0:
                    return None
            elif ch == '"':
                in_string = True
                if depth == 1:
                    count += 1
                    if count == index:
                        return i + 1
            elif depth == 1 and not ch.isspace() and ch != "," and prev in (",", "[", " ", ""):
                count += 1  # a bare value (number, boolean)
                if count == index:
                    return i + 1
            prev = ch
    return None


def _json_line(text: str, key_path: tuple[str | int, ...]) -> int | None:
    """The line of a key path in valid JSON text (the line of its value; of its key for objects' members)."""
    positions: dict[tuple[str | int, ...], int] = {}
    decoder = json.JSONDecoder()
    n = len(text)

    def skip(i: int) -> int:
        while i < n and text[i] in " \t\r\n":
            i += 1
        return i

    def value(i: int, path: tuple[str | int, ...]) -> int:
        i = skip(i)
        positions.setdefault(path, i)
        if text[i] == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                i = skip(i)
                key_start = i
                key, i = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]  # public in json.decoder, absent from typeshed
                key_path = (*path, key)
                positions[key_path] = key_start
                i = skip(i)
                i = value(i + 1, key_path)  # past the ':'
                positions[key_path] = key_start
                i = skip(i)
                if text[i] == ",":
                    i += 1
                    continue
                return i + 1
        if text[i] == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = value(i, (*path, index))
                i = skip(i)
                index += 1
                if text[i] == ",":
                    i += 1
                    continue
                return i + 1
        _, end = decoder.raw_decode(text, i)
        return end

    try:
        value(0, ())
    except (ValueError, IndexError):
        return None
    for depth in range(len(key_path), 0, -1):
        pos = positions.get(tuple(key_path[:depth]))
        if pos is not None:
            return text.count("\n", 0, pos) + 1
    return None


def builtin_tagsets() -> dict[str, TagSet]:
    """The starter sets shipped with photoclip (``photoclip/resources/tagsets``), by file stem.

    Users add them to a library and edit them like any other set.
    """
    out: dict[str, TagSet] = {}
    folder = resources.files("photoclip") / "resources" / "tagsets"  # one part per step: Python 3.10 joinpath takes one
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            out[entry.name[: -len(".toml")]] = parse_tagset(entry.read_text(encoding="utf-8"), "toml", f"built-in {entry.name}")
    return out
