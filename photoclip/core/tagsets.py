"""Zero-shot tag sets: prompt ensembles, scoring, thresholds, auto-albums.

A *tag set* is a name and a list of tags ("Scenes": beach, mountains, city
street, ...). Every tag is an album. Photos are filed into albums without
decoding a single image: each tag becomes a text embedding (a prompt
ensemble), and the library's stored photo embeddings are scored against the
set with one matrix product.

Prompt ensembles
    A tag's text vector is the mean of the normalised embeddings of its
    prompts, normalised again (CLIP's ImageNet recipe). The prompts are the
    tag's own ``prompts`` when it has some, else the set's ``templates``
    applied to the label: ``"simple"`` (default; open_clip's
    ``SIMPLE_IMAGENET_TEMPLATES``, the 7 templates OpenAI found to hold most of
    the gain of the 80), ``"openai"`` (the 80 templates), ``"label"`` (the
    label alone) or a list of strings with ``{}`` where the label goes.
    Ensembles are cached in the catalog per model, keyed by a hash of the
    prompts, so re-applying a set needs no text model at all.

Modes
    ``exclusive``: at most one tag per photo. The score of a tag is its
    softmax probability over the set at the model's logit scale (about 100
    for trained CLIP); the best tag is given when its probability reaches its
    threshold (the set's ``min_probability`` unless the tag has its own) and,
    when the set has a ``min_cosine``, its cosine similarity reaches that too.
    ``multi``: every tag independently; the score is the cosine similarity and
    a tag is given when it reaches its threshold (the set's ``threshold``
    unless the tag has its own). In both modes a photo that fits no tag gets
    none.

Manual feedback
    The catalog keeps one row per (photo, tag) with ``source`` ``auto`` or
    ``manual``. A manual row (confirmed or rejected) is never rewritten by a
    run. In an exclusive set a confirmed tag also keeps every other tag of the
    set off that photo, and a rejected tag is skipped when the best tag is
    chosen (the next best may win if it reaches its own threshold).

    Feedback moves thresholds by one rule, :func:`learned_threshold`: when
    the confirmed and rejected scores disagree with the tag's threshold (a
    confirmed photo scores below it, or a rejected one at or above it), the
    threshold moves to the midpoint between the lowest confirmed score and
    the highest rejected score; when only one side has examples, the set's
    threshold stands in for the other side. It is always computed from the
    set's threshold and the current scores, so it never drifts and it follows
    a model change.

Jobs
    :func:`apply_tagset` (whole library) and :func:`label_photos` (only some
    photos, e.g. those just embedded) are generators that yield
    :class:`TagProgress` and check a cancel event between chunks, like
    ``indexer.run_index``. Each chunk of photos is written in one transaction
    that replaces the auto rows of exactly that id range, so a cancelled run
    leaves every photo either with its old or its new labels.
    :func:`reapply_all` applies every set again (after a model change or a
    personalisation). :class:`TagManager` binds all of it to a library for the
    CLI and the GUI (``Library.tags``).

Files
    Tag sets are TOML or JSON (see ``photoclip/resources/tagsets/*.toml`` for
    the built-in starter sets). A file that cannot be used is rejected with its
    line and the reason (:class:`TagSetFileError`).
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from photoclip.core.storage.catalog import Catalog
from photoclip.errors import PhotoclipError

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

if TYPE_CHECKING:
    from photoclip.settings import Settings

MODE_EXCLUSIVE = "exclusive"
MODE_MULTI = "multi"
MODES = (MODE_EXCLUSIVE, MODE_MULTI)

SOURCE_AUTO = "auto"
SOURCE_MANUAL = "manual"

# Separates the set from the tag in album names and in XMP
# lr:hierarchicalSubject ("Scenes|beach"), as Lightroom, digiKam and darktable do.
HIERARCHY_SEP = "|"

DEFAULT_TEMPLATES = "simple"
DEFAULT_THRESHOLD = 0.25  # multi: cosine similarity
DEFAULT_MIN_PROBABILITY = 0.5  # exclusive: softmax probability
DEFAULT_LOGIT_SCALE = 100.0  # trained CLIP models learn about 100

# open_clip's SIMPLE_IMAGENET_TEMPLATES, copied so that working out a cache key
# never imports open_clip (and torch) when the ensembles are already cached.
SIMPLE_TEMPLATES: tuple[str, ...] = (
    "itap of a {}.",
    "a bad photo of the {}.",
    "a origami {}.",
    "a photo of the large {}.",
    "a {} in a video game.",
    "art of the {}.",
    "a photo of the small {}.",
)
TEMPLATE_NAMES = ("simple", "openai", "label")

MAX_TAGS = 1000
MAX_PROMPTS = 200
MAX_TEXT = 300
CHUNK = 20000  # photos scored (and written) per transaction
TEXT_BATCH = 256  # prompts per text-encoder call


# ===================================================================== errors
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


class _SchemaError(Exception):
    def __init__(self, key_path: tuple[str | int, ...], reason: str) -> None:
        super().__init__(reason)
        self.key_path = key_path
        self.reason = reason


def _key_text(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# ================================================================ definitions
@dataclass(frozen=True)
class TagDef:
    """One tag of a set (one album).

    Attributes:
        label: The album name, unique in its set (case-insensitive).
        prompts: Texts that describe the tag; empty means the set's templates
            applied to the label.
        threshold: This tag's own threshold (a probability in an exclusive
            set, a cosine similarity in a multi-label set), or None for the set's.
    """

    label: str
    prompts: tuple[str, ...] = ()
    threshold: float | None = None


@dataclass(frozen=True)
class TagSet:
    """A named list of tags and how photos are assigned to them.

    Attributes:
        name: Unique in the library (case-insensitive); no ``|``.
        tags: The tags, in display order.
        mode: ``"exclusive"`` (at most one tag per photo) or ``"multi"``.
        templates: A template set name (``simple``, ``openai``, ``label``) or
            templates with ``{}`` for the label.
        threshold: Multi-label: default cosine threshold per tag.
        min_probability: Exclusive: default probability the best tag needs.
        min_cosine: Exclusive: cosine the best tag needs as well (None: no floor).
        description: Free text for people.
    """

    name: str
    tags: tuple[TagDef, ...]
    mode: str = MODE_MULTI
    templates: str | tuple[str, ...] = DEFAULT_TEMPLATES
    threshold: float = DEFAULT_THRESHOLD
    min_probability: float = DEFAULT_MIN_PROBABILITY
    min_cosine: float | None = None
    description: str = ""

    @property
    def exclusive(self) -> bool:
        return self.mode == MODE_EXCLUSIVE

    def base_threshold(self, tag: TagDef) -> float:
        """The threshold a tag starts from (before feedback moves it)."""
        if tag.threshold is not None:
            return tag.threshold
        return self.min_probability if self.exclusive else self.threshold

    def prompts_for(self, tag: TagDef) -> tuple[str, ...]:
        """The texts whose embeddings are averaged into the tag's vector."""
        if tag.prompts:
            return tag.prompts
        return tuple(t.replace("{}", tag.label) for t in _templates(self.templates))

    def cache_key(self, tag: TagDef) -> str:
        """A stable key of the tag's prompt ensemble (without expanding named templates)."""
        spec = list(tag.prompts) if tag.prompts else [self.templates if isinstance(self.templates, str) else list(self.templates), tag.label]
        return hashlib.sha256(json.dumps(spec, ensure_ascii=False).encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The file form (what :func:`tagset_from_mapping` reads back), without defaults that do not apply."""
        out: dict[str, Any] = {"name": self.name}
        if self.description:
            out["description"] = self.description
        out["mode"] = self.mode
        out["templates"] = self.templates if isinstance(self.templates, str) else list(self.templates)
        if self.exclusive:
            out["min_probability"] = self.min_probability
            if self.min_cosine is not None:
                out["min_cosine"] = self.min_cosine
        else:
            out["threshold"] = self.threshold
        tags = []
        for tag in self.tags:
            entry: dict[str, Any] = {"label": tag.label}
            if tag.prompts:
                entry["prompts"] = list(tag.prompts)
            if tag.threshold is not None:
                entry["threshold"] = tag.threshold
            tags.append(entry)
        out["tags"] = tags
        return out


def _templates(spec: str | tuple[str, ...]) -> tuple[str, ...]:
    if not isinstance(spec, str):
        return spec
    if spec == "simple":
        return SIMPLE_TEMPLATES
    if spec == "label":
        return ("{}",)
    if spec == "openai":
        # open_clip keeps these as callables; imported only when a cache misses.
        from open_clip.zero_shot_metadata import OPENAI_IMAGENET_TEMPLATES

        return tuple(t("{}") for t in OPENAI_IMAGENET_TEMPLATES)
    raise ValueError(f"unknown template set {spec!r}")


_TOP_KEYS = ("name", "description", "mode", "templates", "threshold", "min_probability", "min_cosine", "tags")
_TAG_KEYS = ("label", "prompts", "threshold")


def tagset_from_mapping(data: Any) -> TagSet:
    """Validate a parsed file (TOML or JSON) and build the tag set.

    Raises:
        _SchemaError: With the key path and the reason (the loaders turn it
            into a :class:`TagSetFileError` with a line).
    """
    if not isinstance(data, Mapping):
        raise _SchemaError((), "the file must hold a table (TOML) or an object (JSON) at the top")
    for key in data:
        if key not in _TOP_KEYS:
            raise _SchemaError((str(key),), f"unknown key {key!r} (known keys: {', '.join(_TOP_KEYS)})")
    name = _text(data, ("name",), required=True)
    if HIERARCHY_SEP in name:
        raise _SchemaError(("name",), f"a set name cannot contain {HIERARCHY_SEP!r}")
    description = _text(data, ("description",), required=False, limit=2000)
    mode = data.get("mode", MODE_MULTI)
    if mode in ("multi-label", "multilabel"):
        mode = MODE_MULTI
    if mode not in MODES:
        raise _SchemaError(("mode",), f"mode must be \"exclusive\" or \"multi\", not {mode!r}")
    templates = _templates_value(data.get("templates", DEFAULT_TEMPLATES))
    threshold = _number(data, ("threshold",), -1.0, 1.0, DEFAULT_THRESHOLD)
    min_probability = _number(data, ("min_probability",), 0.0, 1.0, DEFAULT_MIN_PROBABILITY)
    min_cosine = _number(data, ("min_cosine",), -1.0, 1.0, None)
    raw_tags = data.get("tags")
    if raw_tags is None:
        raise _SchemaError(("tags",), "missing key 'tags' (the list of tags)")
    if not isinstance(raw_tags, list) or not raw_tags:
        raise _SchemaError(("tags",), "'tags' must be a non-empty list")
    if len(raw_tags) > MAX_TAGS:
        raise _SchemaError(("tags",), f"too many tags ({len(raw_tags)}; at most {MAX_TAGS})")
    tags: list[TagDef] = []
    seen: dict[str, int] = {}
    low, high = (0.0, 1.0) if mode == MODE_EXCLUSIVE else (-1.0, 1.0)
    for i, raw in enumerate(raw_tags):
        where: tuple[str | int, ...] = ("tags", i)
        if isinstance(raw, str):
            raw = {"label": raw}
        if not isinstance(raw, Mapping):
            raise _SchemaError(where, "a tag must be a label (a string) or a table with 'label'")
        for key in raw:
            if key not in _TAG_KEYS:
                raise _SchemaError((*where, str(key)), f"unknown key {key!r} (a tag knows: {', '.join(_TAG_KEYS)})")
        label = _text(raw, ("label",), required=True, where=where)
        if HIERARCHY_SEP in label:
            raise _SchemaError((*where, "label"), f"a label cannot contain {HIERARCHY_SEP!r}")
        folded = label.casefold()
        if folded in seen:
            raise _SchemaError((*where, "label"), f"the label {label!r} is already used by tags[{seen[folded]}]")
        seen[folded] = i
        prompts = raw.get("prompts", [])
        if isinstance(prompts, str):
            prompts = [prompts]
        if not isinstance(prompts, list) or not all(isinstance(p, str) and p.strip() for p in prompts):
            raise _SchemaError((*where, "prompts"), "'prompts' must be a list of non-empty strings")
        if len(prompts) > MAX_PROMPTS or any(len(p) > MAX_TEXT for p in prompts):
            raise _SchemaError((*where, "prompts"), f"at most {MAX_PROMPTS} prompts of at most {MAX_TEXT} characters")
        tag_threshold = _number(raw, ("threshold",), low, high, None, where=where)
        tags.append(TagDef(label, tuple(p.strip() for p in prompts), tag_threshold))
    if mode == MODE_EXCLUSIVE and len(tags) < 2:
        raise _SchemaError(("tags",), "an exclusive set needs at least 2 tags (use mode = \"multi\" for one)")
    return TagSet(
        name=name,
        tags=tuple(tags),
        mode=mode,
        templates=templates,
        threshold=float(threshold),  # type: ignore[arg-type]
        min_probability=float(min_probability),  # type: ignore[arg-type]
        min_cosine=min_cosine,
        description=description,
    )


def _text(
    data: Mapping[str, Any], key: tuple[str], *, required: bool, where: tuple[str | int, ...] = (), limit: int = MAX_TEXT
) -> str:
    value = data.get(key[0])
    if value is None:
        if required:
            raise _SchemaError((*where, *key) if where else key, f"missing key {key[0]!r}")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _SchemaError((*where, *key), f"{key[0]!r} must be a non-empty string")
    if len(value) > limit:
        raise _SchemaError((*where, *key), f"{key[0]!r} is too long (at most {limit} characters)")
    return value.strip()


def _number(
    data: Mapping[str, Any],
    key: tuple[str],
    low: float,
    high: float,
    default: float | None,
    *,
    where: tuple[str | int, ...] = (),
) -> float | None:
    value = data.get(key[0])
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _SchemaError((*where, *key), f"{key[0]!r} must be a number, not {value!r}")
    if not low <= value <= high:
        raise _SchemaError((*where, *key), f"{key[0]!r} must be between {low:g} and {high:g}, not {value!r}")
    return float(value)


def _templates_value(value: Any) -> str | tuple[str, ...]:
    if isinstance(value, str):
        if value not in TEMPLATE_NAMES:
            raise _SchemaError(
                ("templates",), f"unknown template set {value!r} (use {', '.join(TEMPLATE_NAMES)} or a list of texts with {{}})"
            )
        return value
    if not isinstance(value, list) or not value or not all(isinstance(t, str) for t in value):
        raise _SchemaError(("templates",), "'templates' must be a name or a non-empty list of texts")
    for i, template in enumerate(value):
        if "{}" not in template:
            raise _SchemaError(("templates", i), f"the template {template!r} has no {{}} where the label goes")
    if len(value) > MAX_PROMPTS:
        raise _SchemaError(("templates",), f"at most {MAX_PROMPTS} templates")
    return tuple(value)


# ===================================================================== files
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
    except _SchemaError as exc:
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
                key, i = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
                positions[(*path, key)] = key_start
                i = skip(i)
                i = value(i + 1, (*path, key))  # past the ':'
                positions[(*path, key)] = key_start
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
    folder = resources.files("photoclip").joinpath("resources", "tagsets")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            out[entry.name[: -len(".toml")]] = parse_tagset(entry.read_text(encoding="utf-8"), "toml", f"built-in {entry.name}")
    return out


# ==================================================================== scoring
class PromptEncoder(Protocol):
    """What tag sets need from a model: its identity and a text encoder (``ClipEmbedder`` fits).

    A ``logit_scale`` attribute is used when present (else :data:`DEFAULT_LOGIT_SCALE`).
    """

    model_name: str

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray: ...


def ensemble(prompt_embeddings: np.ndarray) -> np.ndarray:
    """One tag vector from its prompts' embeddings: the mean of the normalised rows, normalised."""
    rows = np.asarray(prompt_embeddings, dtype=np.float32)
    rows = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    mean = rows.mean(axis=0)
    return (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, numerically stable."""
    z = logits - logits.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def score_photos(photo_vectors: np.ndarray, tag_vectors: np.ndarray, mode: str, logit_scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Cosine similarities and scores of photos against a set's tags.

    Args:
        photo_vectors: ``(N, D)`` normalised photo embeddings.
        tag_vectors: ``(K, D)`` normalised tag vectors.
        mode: ``exclusive`` (scores are softmax probabilities at ``logit_scale``) or ``multi`` (scores are the cosines).

    Returns:
        ``(cosines, scores)``, both ``(N, K)`` float32.
    """
    cos = np.asarray(photo_vectors, dtype=np.float32) @ np.asarray(tag_vectors, dtype=np.float32).T
    if mode == MODE_EXCLUSIVE:
        return cos, softmax(cos * np.float32(logit_scale))
    return cos, cos


def choose_tags(
    cosines: np.ndarray,
    scores: np.ndarray,
    thresholds: np.ndarray,
    mode: str,
    min_cosine: float | None = None,
    excluded: np.ndarray | None = None,
) -> np.ndarray:
    """Decide which tags each photo gets; a photo may get none.

    Args:
        cosines: ``(N, K)`` cosine similarities.
        scores: ``(N, K)`` scores (probabilities in exclusive mode, else the cosines).
        thresholds: ``(K,)`` the score each tag needs.
        mode: ``exclusive`` or ``multi``.
        min_cosine: Exclusive: the cosine the best tag needs too.
        excluded: ``(N, K)`` True where a tag may not be chosen (manually rejected).

    Returns:
        ``(N, K)`` booleans; in exclusive mode at most one True per row.
    """
    if mode == MODE_MULTI:
        chosen = scores >= thresholds[None, :]
        if excluded is not None:
            chosen &= ~excluded
        return chosen
    n = scores.shape[0]
    chosen = np.zeros(scores.shape, dtype=bool)
    if n == 0:
        return chosen
    masked = scores if excluded is None else np.where(excluded, -np.inf, scores)
    best = np.argmax(masked, axis=1)
    rows = np.arange(n)
    best_score = masked[rows, best]
    ok = best_score >= thresholds[best]
    if min_cosine is not None:
        ok &= cosines[rows, best] >= min_cosine
    chosen[rows[ok], best[ok]] = True
    return chosen


def learned_threshold(base: float, confirmed: Sequence[float], rejected: Sequence[float]) -> float:
    """Where manual feedback moves a tag's threshold (see the module docstring).

    Args:
        base: The set's (or the tag's own) threshold.
        confirmed: Current scores of the photos confirmed to have the tag.
        rejected: Current scores of the photos confirmed not to have it.

    Returns:
        ``base`` when the feedback agrees with it; otherwise the midpoint
        between the lowest confirmed and the highest rejected score, with
        ``base`` standing in for a side without examples.
    """
    lo = min(confirmed) if confirmed else None
    hi = max(rejected) if rejected else None
    disagrees = (lo is not None and lo < base) or (hi is not None and hi >= base)
    if not disagrees:
        return base
    return ((lo if lo is not None else base) + (hi if hi is not None else base)) / 2.0


# =================================================================== records
@dataclass(frozen=True)
class TagSetInfo:
    """A tag set stored in a library, for lists.

    ``up_to_date`` is False when the set was edited, or the serving model
    changed, since it was last applied to the whole library.
    """

    id: int
    name: str
    mode: str
    tag_count: int
    revision: int
    applied_model: str | None
    applied_at: float | None
    up_to_date: bool
    description: str = ""


@dataclass(frozen=True)
class Album:
    """One tag as an album: how many photos it holds and how its threshold stands.

    Attributes:
        tag_id: Use it in ``SearchFilters(album=tag_id)`` to search inside the album.
        count: Photos in the album (auto plus confirmed; searchable photos only).
        confirmed: Photos confirmed by hand.
        rejected: Photos rejected by hand (not in the album).
        threshold: The threshold in effect (after feedback).
        base_threshold: The set's (or the tag's own) threshold.
    """

    tag_id: int
    tagset: str
    label: str
    count: int
    confirmed: int
    rejected: int
    threshold: float
    base_threshold: float
    mode: str

    @property
    def ref(self) -> str:
        """The album's full name, ``Set|label``."""
        return f"{self.tagset}{HIERARCHY_SEP}{self.label}"


@dataclass(frozen=True)
class AlbumPhoto:
    """A photo in (or rejected from) an album."""

    photo_id: int
    path: str
    score: float | None
    source: str  # "auto" or "manual"
    assigned: bool  # False: rejected by hand


@dataclass(frozen=True)
class PhotoTag:
    """A tag of one photo (or a manual rejection)."""

    tag_id: int
    tagset: str
    label: str
    score: float | None
    source: str
    assigned: bool


@dataclass(frozen=True)
class ManualChange:
    """What a confirm, reject or clear did to a tag.

    ``needs_apply`` is True when the threshold moved: the other photos of the
    library should be labelled again (``TagManager.apply([tagset])``).
    """

    tag_id: int
    tagset: str
    label: str
    photos: int
    threshold_before: float
    threshold_after: float

    @property
    def needs_apply(self) -> bool:
        return abs(self.threshold_after - self.threshold_before) > 1e-9


@dataclass(frozen=True)
class TagPreview:
    """Scores of some photos against a (possibly unsaved) set: a photos x tags matrix.

    Attributes:
        photo_ids: ``(N,)``.
        labels: ``K`` labels, the columns.
        cosines: ``(N, K)`` cosine similarities.
        scores: ``(N, K)`` scores (probabilities in an exclusive set).
        thresholds: ``(K,)`` thresholds in effect.
        assigned: ``(N, K)`` what an apply would give each photo (manual feedback aside).
    """

    photo_ids: np.ndarray
    labels: tuple[str, ...]
    cosines: np.ndarray
    scores: np.ndarray
    thresholds: np.ndarray
    assigned: np.ndarray
    mode: str


@dataclass(frozen=True)
class TagApplySummary:
    """What one labelling run did."""

    model: str
    tagsets: tuple[str, ...]
    photos: int  # photos scored (a photo scored by several sets in one pass counts once)
    assigned: int  # auto labels written
    seconds: float
    cancelled: bool


@dataclass(frozen=True)
class TagProgress:
    """One progress event of a labelling job.

    ``phase``: ``"prompts"`` (encoding tag prompts; may load the model),
    ``"label"`` (scoring photos; ``done``/``total`` count photos of the
    current set), ``"done"`` (last event; carries the summary).
    """

    phase: str
    tagset: str | None = None
    done: int = 0
    total: int = 0
    summary: TagApplySummary | None = None


@dataclass(frozen=True)
class TagEval:
    """Precision and recall of one tag against ground-truth labels."""

    label: str
    support: int  # photos that truly have it
    predicted: int  # photos it was given to
    true_positives: int
    precision: float | None  # None when it was given to no photo
    recall: float | None  # None when no photo truly has it
    average_precision: float | None  # threshold-free ranking quality


@dataclass(frozen=True)
class EvalReport:
    """How a tag set scores against labelled photos (e.g. COCO categories)."""

    tagset: str
    model: str
    photos: int
    missing: tuple[str, ...]  # labelled files that are absent or unreadable
    tags: tuple[TagEval, ...]
    micro_precision: float | None
    micro_recall: float | None
    macro_precision: float | None
    macro_recall: float | None
    mean_average_precision: float | None


# ============================================================== catalog side
@dataclass
class _Loaded:
    """A stored set ready for scoring."""

    id: int
    name: str
    tagset: TagSet
    revision: int
    tag_ids: np.ndarray
    vectors: np.ndarray
    base: np.ndarray
    thresholds: np.ndarray
    scale: float
    index_of: dict[int, int] = field(default_factory=dict)

    def score(self, vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return score_photos(vecs, self.vectors, self.tagset.mode, self.scale)


def _rows(catalog: Catalog, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    try:
        with catalog.reading() as db:
            return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if catalog.read_only and "no such table" in str(exc):
            # A catalog from before tag sets, opened read-only: it cannot be upgraded now.
            raise PhotoclipError(
                "This library's catalog predates tag sets and is open read-only.",
                hint="Run any photoclip command that writes (e.g. `photoclip status` while `photoclip watch` is not running) to upgrade it.",
            ) from None
        raise


def _chunked(items: Sequence[int], size: int = 900) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield [int(i) for i in items[start : start + size]]


def stored_tagsets(catalog: Catalog) -> list[tuple[int, TagSet, int, str | None, int | None, float | None]]:
    """``(id, set, revision, applied_model, applied_revision, applied_at)`` of every stored set, by name."""
    rows = _rows(
        catalog,
        "SELECT id, definition, revision, applied_model, applied_revision, applied_at FROM tagsets ORDER BY name COLLATE NOCASE",
    )
    return [(int(i), tagset_from_mapping(json.loads(d)), int(r), m, ar, at) for i, d, r, m, ar, at in rows]


def save_tagset(catalog: Catalog, tagset: TagSet, *, replace: bool = True, previous_name: str | None = None) -> int:
    """Store a set (a new one, or an edit of the one with the same name). Returns its id.

    Tags keep their ids (and so their manual confirmations) by label; tags no
    longer in the set are removed with their rows. The revision goes up, so
    the set counts as not applied until :func:`apply_tagset` runs.

    Args:
        replace: Allow replacing a stored set of the same name.
        previous_name: The set is an edit of this one (a rename keeps its albums and feedback).

    Raises:
        PhotoclipError: A set with this name exists and ``replace`` is False,
            or ``previous_name`` is given but not stored, or the new name is taken.
    """
    now = time.time()
    definition = json.dumps(tagset.to_dict(), ensure_ascii=False)
    with catalog.transaction() as db:
        row = db.execute("SELECT id FROM tagsets WHERE name = ?", (tagset.name,)).fetchone()
        if previous_name is not None and previous_name.casefold() != tagset.name.casefold():
            if row is not None:
                raise PhotoclipError(f"A tag set named {tagset.name!r} exists already.", hint="Choose another name.")
            row = db.execute("SELECT id FROM tagsets WHERE name = ?", (previous_name,)).fetchone()
            if row is None:
                raise PhotoclipError(f"There is no tag set named {previous_name!r}.")
        elif row is not None and not replace:
            raise PhotoclipError(f"A tag set named {tagset.name!r} exists already.", hint="Choose another name, or replace it.")
        if row is None:
            set_id = int(
                db.execute(
                    "INSERT INTO tagsets(name, definition, revision, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                    (tagset.name, definition, now, now),
                ).lastrowid  # type: ignore[arg-type]
            )
        else:
            set_id = int(row[0])
            db.execute(
                "UPDATE tagsets SET name = ?, definition = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
                (tagset.name, definition, now, set_id),
            )
        existing = {str(label).casefold(): int(tid) for tid, label in db.execute("SELECT id, label FROM tags WHERE tagset_id = ?", (set_id,))}
        wanted = {t.label.casefold() for t in tagset.tags}
        for folded, tag_id in existing.items():
            if folded not in wanted:
                db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
        for position, tag in enumerate(tagset.tags):
            tag_id = existing.get(tag.label.casefold())
            if tag_id is None:
                db.execute("INSERT INTO tags(tagset_id, label, position) VALUES (?, ?, ?)", (set_id, tag.label, position))
            else:
                # Same tag (labels match case-insensitively): keep its id, take the new spelling.
                db.execute("UPDATE tags SET label = ?, position = ? WHERE id = ?", (tag.label, position, tag_id))
    return set_id


def remove_tagset(catalog: Catalog, name: str) -> None:
    """Delete a set, its albums and their manual feedback.

    Raises:
        PhotoclipError: No such set.
    """
    with catalog.transaction() as db:
        if db.execute("DELETE FROM tagsets WHERE name = ?", (name,)).rowcount == 0:
            raise PhotoclipError(f"There is no tag set named {name!r}.", hint="See `photoclip tags list`.")


def clear_prompt_cache(catalog: Catalog, model: str | None = None) -> None:
    """Forget cached prompt ensembles (and logit scales) of a model, or of all models.

    Call it when a model's text side changes under the same name (a
    personalised text head); :func:`reapply_all` does it with ``refresh_prompts``.
    """
    with catalog.transaction() as db:
        if model is None:
            db.execute("DELETE FROM tag_prompt_cache")
            db.execute("DELETE FROM meta WHERE key LIKE 'tagsets.logit_scale.%'")
        else:
            db.execute("DELETE FROM tag_prompt_cache WHERE model = ?", (model,))
            db.execute("DELETE FROM meta WHERE key = ?", (f"tagsets.logit_scale.{model}",))


def tag_vectors(catalog: Catalog, encoder: PromptEncoder, tagset: TagSet, model: str | None = None) -> np.ndarray:
    """The ``(K, D)`` prompt-ensemble vectors of a set's tags, from the cache or the text encoder."""
    model = model or encoder.model_name
    keys = [tagset.cache_key(t) for t in tagset.tags]
    cached: dict[str, np.ndarray] = {}
    for chunk in _chunked_str(sorted(set(keys))):
        marks = ",".join("?" * len(chunk))
        for key, blob in _rows(catalog, f"SELECT key, embedding FROM tag_prompt_cache WHERE model = ? AND key IN ({marks})", [model, *chunk]):
            cached[str(key)] = np.frombuffer(blob, dtype=np.float32).copy()
    missing = [i for i, key in enumerate(keys) if key not in cached]
    if missing:
        prompts = [tagset.prompts_for(tagset.tags[i]) for i in missing]
        flat = [p for group in prompts for p in group]
        encoded = np.concatenate(
            [np.asarray(encoder.encode_texts(flat[s : s + TEXT_BATCH]), dtype=np.float32) for s in range(0, len(flat), TEXT_BATCH)]
        )
        fresh: list[tuple[str, np.ndarray]] = []
        start = 0
        for i, group in zip(missing, prompts):
            vector = ensemble(encoded[start : start + len(group)])
            start += len(group)
            cached[keys[i]] = vector
            fresh.append((keys[i], vector))
        if not catalog.read_only:
            now = time.time()
            with catalog.transaction() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO tag_prompt_cache(model, key, embedding, created_at) VALUES (?, ?, ?, ?)",
                    [(model, key, vec.astype(np.float32).tobytes(), now) for key, vec in fresh],
                )
    return np.stack([cached[k] for k in keys]).astype(np.float32)


def _chunked_str(items: Sequence[str], size: int = 900) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def logit_scale(catalog: Catalog, encoder: PromptEncoder, model: str | None = None) -> float:
    """The model's logit scale, cached in the catalog so applying a set needs no model load."""
    model = model or encoder.model_name
    key = f"tagsets.logit_scale.{model}"
    stored = catalog.get_meta(key)
    if stored is not None:
        return float(stored)
    value = getattr(encoder, "logit_scale", None)
    scale = float(value) if isinstance(value, (int, float)) and math.isfinite(value) and value > 0 else DEFAULT_LOGIT_SCALE
    if not catalog.read_only:
        catalog.set_meta(key, repr(scale))
    return scale


def _needs_prompts(catalog: Catalog, tagset: TagSet, model: str) -> bool:
    keys = sorted({tagset.cache_key(t) for t in tagset.tags})
    found = 0
    for chunk in _chunked_str(keys):
        marks = ",".join("?" * len(chunk))
        found += int(_rows(catalog, f"SELECT COUNT(*) FROM tag_prompt_cache WHERE model = ? AND key IN ({marks})", [model, *chunk])[0][0])
    return found < len(keys) or (tagset.exclusive and catalog.get_meta(f"tagsets.logit_scale.{model}") is None)


def _load(catalog: Catalog, encoder: PromptEncoder, model: str, set_id: int, tagset: TagSet, revision: int) -> _Loaded:
    rows = _rows(catalog, "SELECT id, label, learned_threshold FROM tags WHERE tagset_id = ?", (set_id,))
    by_label = {str(label).casefold(): (int(tid), learned) for tid, label, learned in rows}
    tag_ids = np.array([by_label[t.label.casefold()][0] for t in tagset.tags], dtype=np.int64)
    base = np.array([tagset.base_threshold(t) for t in tagset.tags], dtype=np.float32)
    learned = [by_label[t.label.casefold()][1] for t in tagset.tags]
    thresholds = np.array([b if l is None else l for b, l in zip(base, learned)], dtype=np.float32)
    loaded = _Loaded(
        id=set_id,
        name=tagset.name,
        tagset=tagset,
        revision=revision,
        tag_ids=tag_ids,
        vectors=tag_vectors(catalog, encoder, tagset, model),
        base=base,
        thresholds=thresholds,
        scale=logit_scale(catalog, encoder, model) if tagset.exclusive else DEFAULT_LOGIT_SCALE,
    )
    loaded.index_of = {int(t): k for k, t in enumerate(tag_ids)}
    return loaded


def _manual(catalog: Catalog, loaded: _Loaded, photo_ids: Sequence[int] | None = None) -> dict[int, list[tuple[int, bool]]]:
    """Manual rows of a set: photo id -> [(tag index, assigned)]."""
    out: dict[int, list[tuple[int, bool]]] = {}
    sql = "SELECT photo_id, tag_id, assigned FROM photo_tags WHERE source = 'manual' AND tag_id IN (SELECT id FROM tags WHERE tagset_id = ?)"
    if photo_ids is None:
        rows = _rows(catalog, sql, (loaded.id,))
    else:
        rows = []
        for chunk in _chunked(list(photo_ids)):
            rows += _rows(catalog, sql + f" AND photo_id IN ({','.join('?' * len(chunk))})", [loaded.id, *chunk])
    for pid, tid, assigned in rows:
        if int(tid) in loaded.index_of:
            out.setdefault(int(pid), []).append((loaded.index_of[int(tid)], bool(assigned)))
    return out


def _refresh_feedback(catalog: Catalog, loaded: _Loaded, model: str) -> None:
    """Re-score the manually labelled photos with the current model and move thresholds (:func:`learned_threshold`)."""
    manual = _manual(catalog, loaded)
    confirmed: list[list[float]] = [[] for _ in loaded.tag_ids]
    rejected: list[list[float]] = [[] for _ in loaded.tag_ids]
    updates: list[tuple[float | None, int, int]] = []
    if manual:
        ids, vecs = catalog.embeddings_for(model, list(manual))
        scored = set()
        if len(ids):
            _cos, scores = loaded.score(vecs)
            for row, pid in enumerate(ids.tolist()):
                scored.add(pid)
                for k, assigned in manual[pid]:
                    value = float(scores[row, k])
                    (confirmed if assigned else rejected)[k].append(value)
                    updates.append((value, pid, int(loaded.tag_ids[k])))
        for pid, entries in manual.items():
            if pid not in scored:
                updates += [(None, pid, int(loaded.tag_ids[k])) for k, _ in entries]
    learned = [learned_threshold(float(b), c, r) for b, c, r in zip(loaded.base, confirmed, rejected)]
    loaded.thresholds = np.array(learned, dtype=np.float32)
    if catalog.read_only:
        return
    with catalog.transaction() as db:
        db.executemany("UPDATE photo_tags SET score = ? WHERE photo_id = ? AND tag_id = ? AND source = 'manual'", updates)
        db.executemany(
            "UPDATE tags SET learned_threshold = ? WHERE id = ?",
            [(None if abs(v - float(b)) < 1e-9 else v, int(t)) for v, b, t in zip(learned, loaded.base, loaded.tag_ids)],
        )


def _decide(loaded: _Loaded, ids: np.ndarray, vecs: np.ndarray, manual: Mapping[int, list[tuple[int, bool]]]) -> list[tuple[int, int, float]]:
    """Auto labels for a chunk of photos: ``(photo_id, tag_id, score)`` rows, manual feedback respected."""
    cos, scores = loaded.score(vecs)
    excluded: np.ndarray | None = None
    blocked_rows: list[int] = []
    if manual:
        rows_with = np.flatnonzero(np.isin(ids, np.fromiter(manual.keys(), dtype=np.int64, count=len(manual))))
        if len(rows_with):
            excluded = np.zeros(scores.shape, dtype=bool)
            for r in rows_with.tolist():
                for k, assigned in manual[int(ids[r])]:
                    excluded[r, k] = True  # never an auto row where a manual one stands
                    if assigned and loaded.tagset.exclusive:
                        blocked_rows.append(r)  # a confirmed tag keeps the rest of an exclusive set off
    chosen = choose_tags(cos, scores, loaded.thresholds, loaded.tagset.mode, loaded.tagset.min_cosine, excluded)
    if blocked_rows:
        chosen[blocked_rows, :] = False
    r_idx, k_idx = np.nonzero(chosen)
    return [(int(ids[r]), int(loaded.tag_ids[k]), float(scores[r, k])) for r, k in zip(r_idx.tolist(), k_idx.tolist())]


def _write_range(catalog: Catalog, set_id: int, low: int, high: int | None, rows: list[tuple[int, int, float]]) -> None:
    """Make the auto rows of a set for photo ids in ``(low, high]`` equal ``rows`` (``high`` None: no upper bound).

    Only the difference is written: after a typical edit (a threshold, one
    tag) most labels stay, and rewriting them all would cost most of the run.
    """
    now = time.time()
    bound, params = ("AND photo_id <= ?", (low, high, set_id)) if high is not None else ("", (low, set_id))
    with catalog.transaction() as db:
        old = {
            (int(pid), int(tid)): score
            for pid, tid, score in db.execute(
                # "+tag_id": walk the primary key's photo_id range; SQLite
                # would otherwise pick the tag index and read every row of the set.
                f"""SELECT photo_id, tag_id, score FROM photo_tags WHERE source = 'auto' AND photo_id > ? {bound}
                    AND +tag_id IN (SELECT id FROM tags WHERE tagset_id = ?)""",
                params,
            )
        }
        new = {(pid, tid): score for pid, tid, score in rows}
        db.executemany("DELETE FROM photo_tags WHERE photo_id = ? AND tag_id = ? AND source = 'auto'", [k for k in old if k not in new])
        db.executemany(
            "UPDATE photo_tags SET score = ?, updated_at = ? WHERE photo_id = ? AND tag_id = ? AND source = 'auto'",
            [(score, now, *k) for k, score in new.items() if k in old and (old[k] is None or abs(old[k] - score) > 1e-6)],
        )
        _insert_auto(db, [(pid, tid, score) for (pid, tid), score in new.items() if (pid, tid) not in old], now)


def _write_photos(catalog: Catalog, set_id: int, photo_ids: Sequence[int], rows: list[tuple[int, int, float]]) -> None:
    """Replace the auto rows of a set for the given photos."""
    now = time.time()
    with catalog.transaction() as db:
        db.executemany(
            "DELETE FROM photo_tags WHERE photo_id = ? AND source = 'auto' AND +tag_id IN (SELECT id FROM tags WHERE tagset_id = ?)",
            [(int(pid), set_id) for pid in photo_ids],
        )
        _insert_auto(db, rows, now)


def _insert_auto(db: Any, rows: list[tuple[int, int, float]], now: float) -> None:
    # OR IGNORE: a manual row for the same (photo, tag) always wins.
    db.executemany(
        "INSERT OR IGNORE INTO photo_tags(photo_id, tag_id, score, source, assigned, updated_at) VALUES (?, ?, ?, 'auto', 1, ?)",
        [(pid, tid, score, now) for pid, tid, score in rows],
    )


# ======================================================================= jobs
def _select(catalog: Catalog, names: Iterable[str] | None) -> list[tuple[int, TagSet, int, str | None, int | None, float | None]]:
    sets = stored_tagsets(catalog)
    if names is None:
        return sets
    wanted = {n.casefold(): n for n in names}
    known = {s[1].name.casefold() for s in sets}
    for folded, name in wanted.items():
        if folded not in known:
            raise PhotoclipError(f"There is no tag set named {name!r}.", hint="See `photoclip tags list`.")
    return [s for s in sets if s[1].name.casefold() in wanted]


def apply_tagset(
    catalog: Catalog,
    encoder: PromptEncoder,
    names: Iterable[str] | None = None,
    *,
    model: str | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """Label the whole library with tag sets (all of them, or those named): a job for the background service.

    No image is decoded: the stored embeddings of ``model`` are scored in
    chunks, and each chunk's auto labels are replaced in one transaction.
    Manual rows are kept; thresholds are first moved by the manual feedback
    (:func:`learned_threshold`). A set that finishes is marked as applied for
    ``model`` and its current revision.

    Args:
        catalog: The library catalog.
        encoder: The text side of the model (only called for prompts not cached yet).
        names: Sets to apply (default: every stored set).
        model: Whose photo embeddings are scored (default: ``encoder.model_name``).
        cancel: Set it to stop between chunks; finished chunks keep their new labels.

    Yields:
        :class:`TagProgress`; the last one has ``phase == "done"`` and a summary.

    Raises:
        PhotoclipError: A named set does not exist.
    """
    model = model or encoder.model_name
    cancel = cancel or threading.Event()
    started = time.monotonic()
    total = catalog.embedding_count(model)
    loaded: list[_Loaded] = []
    for set_id, tagset, revision, *_ in _select(catalog, names):
        if cancel.is_set():
            break
        if _needs_prompts(catalog, tagset, model):
            yield TagProgress("prompts", tagset.name, 0, len(tagset.tags))
        one = _load(catalog, encoder, model, set_id, tagset, revision)
        _refresh_feedback(catalog, one, model)
        loaded.append(one)
    label = ", ".join(one.name for one in loaded)
    manual = {one.id: _manual(catalog, one) for one in loaded}
    seq = catalog.current_seq()  # everything embedded up to here is labelled by this pass
    last = -1
    done = assigned = 0
    if loaded and not cancel.is_set():
        yield TagProgress("label", label, 0, total)
        # One pass over the stored embeddings for all the sets: reading them is most of the cost.
        for ids, vecs in catalog.iter_embeddings(model, chunk=CHUNK):
            if cancel.is_set():
                break
            high = int(ids[-1])
            for one in loaded:
                rows = _decide(one, ids, vecs, manual[one.id])
                _write_range(catalog, one.id, last, high, rows)
                assigned += len(rows)
            last = high
            done += len(ids)
            yield TagProgress("label", label, done, total)
    applied: list[str] = []
    if loaded and not cancel.is_set():
        for one in loaded:
            _write_range(catalog, one.id, last, None, [])  # photos past the last embedding lost their labels' basis
        with catalog.transaction() as db:
            db.executemany(
                "UPDATE tagsets SET applied_model = ?, applied_revision = ?, applied_at = ?, labelled_seq = ? WHERE id = ?",
                [(model, one.revision, time.time(), seq, one.id) for one in loaded],
            )
        applied = [one.name for one in loaded]
    summary = TagApplySummary(model, tuple(applied), done, assigned, time.monotonic() - started, cancel.is_set())
    yield TagProgress("done", None, done, done, summary)


def label_photos(
    catalog: Catalog,
    encoder: PromptEncoder,
    photo_ids: Sequence[int],
    *,
    names: Iterable[str] | None = None,
    model: str | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """Label only the given photos with the sets (all, or those named); other photos are not touched.

    Thresholds in effect are those of the last full apply or manual change.

    Yields:
        :class:`TagProgress`; the last one has ``phase == "done"`` and a summary.
    """
    model = model or encoder.model_name
    cancel = cancel or threading.Event()
    started = time.monotonic()
    labelled: list[str] = []
    photos = assigned = 0
    for set_id, tagset, revision, *_ in _select(catalog, names):
        if cancel.is_set():
            break
        if _needs_prompts(catalog, tagset, model):
            yield TagProgress("prompts", tagset.name, 0, len(tagset.tags))
        loaded = _load(catalog, encoder, model, set_id, tagset, revision)
        chunks = (catalog.embeddings_for(model, chunk) for chunk in _chunked(list(photo_ids), CHUNK))
        done, written = yield from _label_chunks(catalog, loaded, chunks, len(photo_ids), cancel)
        photos += done
        assigned += written
        labelled.append(tagset.name)
    summary = TagApplySummary(model, tuple(labelled), photos, assigned, time.monotonic() - started, cancel.is_set())
    yield TagProgress("done", None, photos, photos, summary)


def label_new(
    catalog: Catalog,
    encoder: PromptEncoder,
    *,
    names: Iterable[str] | None = None,
    model: str | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """The hook for "photos were just embedded": label what each set has not seen yet.

    Every set remembers the catalog ``seq`` up to which it has labelled
    (``labelled_seq``), so this labels exactly the embeddings of ``model``
    written since, including those of an earlier run that was interrupted.
    A set that is not up to date (edited, or the model changed, since its
    last full apply) is applied whole instead (:func:`apply_tagset`).

    Yields:
        :class:`TagProgress`; the last one has ``phase == "done"`` and a summary.
    """
    model = model or encoder.model_name
    cancel = cancel or threading.Event()
    started = time.monotonic()
    labelled: list[str] = []
    photos = assigned = 0
    stale: list[str] = []
    for set_id, tagset, revision, applied_model, applied_revision, _at in _select(catalog, names):
        if cancel.is_set():
            break
        since = _labelled_seq(catalog, set_id)
        if applied_model != model or applied_revision != revision or since is None:
            stale.append(tagset.name)
            continue
        seq = catalog.current_seq()
        if seq == since:
            continue
        if _needs_prompts(catalog, tagset, model):
            yield TagProgress("prompts", tagset.name, 0, len(tagset.tags))
        loaded = _load(catalog, encoder, model, set_id, tagset, revision)
        chunks = catalog.iter_embeddings(model, since_seq=since, chunk=CHUNK)
        done, written = yield from _label_chunks(catalog, loaded, chunks, None, cancel)
        photos += done
        assigned += written
        if not cancel.is_set():
            with catalog.transaction() as db:
                db.execute("UPDATE tagsets SET labelled_seq = ? WHERE id = ?", (seq, set_id))
            labelled.append(tagset.name)
    if stale and not cancel.is_set():
        for event in apply_tagset(catalog, encoder, stale, model=model, cancel=cancel):
            if event.summary is None:
                yield event
            else:
                photos += event.summary.photos
                assigned += event.summary.assigned
                labelled += event.summary.tagsets
    summary = TagApplySummary(model, tuple(labelled), photos, assigned, time.monotonic() - started, cancel.is_set())
    yield TagProgress("done", None, photos, photos, summary)


def _labelled_seq(catalog: Catalog, set_id: int) -> int | None:
    row = _rows(catalog, "SELECT labelled_seq FROM tagsets WHERE id = ?", (set_id,))
    return None if not row or row[0][0] is None else int(row[0][0])


def _label_chunks(
    catalog: Catalog,
    loaded: _Loaded,
    chunks: Iterable[tuple[np.ndarray, np.ndarray]],
    total: int | None,
    cancel: threading.Event,
) -> Iterator[TagProgress]:
    """Label chunks of ``(ids, vectors)``, replacing just those photos' auto rows. Returns (photos, labels written)."""
    done = written = 0
    for ids, vecs in chunks:
        if cancel.is_set():
            break
        if len(ids) == 0:
            continue
        manual = _manual(catalog, loaded, ids.tolist())
        rows = _decide(loaded, ids, vecs, manual)
        _write_photos(catalog, loaded.id, ids.tolist(), rows)
        done += len(ids)
        written += len(rows)
        yield TagProgress("label", loaded.name, done, total if total is not None else done)
    return done, written


def reapply_all(
    catalog: Catalog,
    encoder: PromptEncoder,
    *,
    model: str | None = None,
    refresh_prompts: bool = False,
    cancel: threading.Event | None = None,
) -> Iterator[TagProgress]:
    """Apply every set again, e.g. after a model change or a personalisation.

    Args:
        refresh_prompts: Forget the model's cached prompt ensembles first (the
            text side changed under the same model name).

    Yields:
        :class:`TagProgress`, as :func:`apply_tagset`.
    """
    model = model or encoder.model_name
    if refresh_prompts and not catalog.read_only:
        clear_prompt_cache(catalog, model)
    yield from apply_tagset(catalog, encoder, None, model=model, cancel=cancel)


def run_job(events: Iterator[TagProgress]) -> TagApplySummary:
    """Drive a labelling generator to its end and return its summary (for callers without a progress bar)."""
    summary = None
    for event in events:
        if event.summary is not None:
            summary = event.summary
    assert summary is not None
    return summary


# ==================================================================== manager
class TagManager:
    """Tag sets and albums of one library: what the CLI and the GUI call (``Library.tags``).

    Args:
        catalog: The library catalog.
        serving_model: Returns the name of the model searches answer from
            (the embeddings that are scored).
        encoder: Returns that model's embedder (loads lazily; only used when
            prompts are not cached, or to encode photos for an evaluation).
        settings: Decode settings for :meth:`evaluate` (default settings when None).
    """

    def __init__(
        self,
        catalog: Catalog,
        serving_model: Callable[[], str],
        encoder: Callable[[], PromptEncoder],
        settings: "Settings | None" = None,
    ) -> None:
        self.catalog = catalog
        self._serving_model = serving_model
        self._encoder = encoder
        self._settings = settings

    # ------------------------------------------------------------------ sets
    def list(self) -> list[TagSetInfo]:
        """Every set of the library, by name, with whether it is up to date for the serving model."""
        model = self._serving_model()
        out = []
        for set_id, tagset, revision, applied_model, applied_revision, applied_at in stored_tagsets(self.catalog):
            out.append(
                TagSetInfo(
                    id=set_id,
                    name=tagset.name,
                    mode=tagset.mode,
                    tag_count=len(tagset.tags),
                    revision=revision,
                    applied_model=applied_model,
                    applied_at=applied_at,
                    up_to_date=applied_model == model and applied_revision == revision,
                    description=tagset.description,
                )
            )
        return out

    def get(self, name: str) -> TagSet:
        """A stored set by name (case-insensitive).

        Raises:
            PhotoclipError: No such set.
        """
        return _select(self.catalog, [name])[0][1]

    def save(self, tagset: TagSet, *, replace: bool = True, previous_name: str | None = None) -> TagSetInfo:
        """Store a new or edited set (``previous_name``: it was called that; a rename keeps its albums).

        It is not applied yet: run :meth:`apply` (a job) next.
        """
        save_tagset(self.catalog, tagset, replace=replace, previous_name=previous_name)
        return self._info(tagset.name)

    def remove(self, name: str) -> None:
        """Delete a set with its albums and manual feedback."""
        remove_tagset(self.catalog, self.get(name).name)

    def import_file(self, path: str | Path, *, replace: bool = True) -> TagSetInfo:
        """Read a ``.toml``/``.json`` file and store the set (not applied yet).

        Raises:
            TagSetFileError: The file is not a valid tag set (line and reason).
        """
        return self.save(load_tagset_file(path), replace=replace)

    def export_file(self, name: str, path: str | Path) -> Path:
        """Write a stored set to a ``.toml`` or ``.json`` file."""
        return save_tagset_file(self.get(name), path)

    @staticmethod
    def builtins() -> dict[str, TagSet]:
        """The starter sets that ship with photoclip, by key (``scenes``, ``subjects``, ``events``, ``coco``)."""
        return builtin_tagsets()

    def add_builtin(self, key: str, *, replace: bool = False) -> TagSetInfo:
        """Store one of the starter sets in the library (not applied yet).

        Raises:
            PhotoclipError: Unknown key, or the library has a set of that name and ``replace`` is False.
        """
        sets = builtin_tagsets()
        match = {k.casefold(): v for k, v in sets.items()}.get(key.casefold()) or {v.name.casefold(): v for v in sets.values()}.get(key.casefold())
        if match is None:
            raise PhotoclipError(f"There is no built-in tag set {key!r}.", hint=f"Built-in sets: {', '.join(sets)}.")
        return self.save(match, replace=replace)

    def stale(self) -> list[TagSetInfo]:
        """Sets edited, or whose model changed, since they were last applied."""
        return [info for info in self.list() if not info.up_to_date]

    def _info(self, name: str) -> TagSetInfo:
        for info in self.list():
            if info.name.casefold() == name.casefold():
                return info
        raise PhotoclipError(f"There is no tag set named {name!r}.")

    # ------------------------------------------------------------------ jobs
    def apply(self, names: Iterable[str] | None = None, cancel: threading.Event | None = None) -> Iterator[TagProgress]:
        """Label the whole library with the named sets (default: all): see :func:`apply_tagset`."""
        yield from apply_tagset(self.catalog, _LazyEncoder(self._encoder, self._serving_model()), names, cancel=cancel)

    def reapply_all(self, cancel: threading.Event | None = None, *, refresh_prompts: bool = False) -> Iterator[TagProgress]:
        """Apply every set again (after a model change or a personalisation): see :func:`reapply_all`."""
        yield from reapply_all(self.catalog, _LazyEncoder(self._encoder, self._serving_model()), refresh_prompts=refresh_prompts, cancel=cancel)

    def label_photos(self, photo_ids: Sequence[int]) -> TagApplySummary:
        """Label just these photos with every set (e.g. after they were embedded)."""
        return run_job(label_photos(self.catalog, _LazyEncoder(self._encoder, self._serving_model()), photo_ids))

    def label_new(self, cancel: threading.Event | None = None) -> Iterator[TagProgress]:
        """The indexing hook: label what was embedded since each set last looked; apply stale sets whole.

        See :func:`label_new`. ``Library.index`` runs it at the end of every
        run; a background service that embeds photos should run it after each batch or run.
        """
        yield from label_new(self.catalog, _LazyEncoder(self._encoder, self._serving_model()), cancel=cancel)

    # ---------------------------------------------------------------- albums
    def resolve(self, ref: str | int) -> Album:
        """An album by tag id, ``"Set|label"``, or a label that only one set has.

        Raises:
            PhotoclipError: No such tag, or a bare label that several sets share.
        """
        albums = self.albums()
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            found = [a for a in albums if a.tag_id == int(ref)]
        elif HIERARCHY_SEP in ref:
            set_name, label = ref.split(HIERARCHY_SEP, 1)
            found = [a for a in albums if a.tagset.casefold() == set_name.strip().casefold() and a.label.casefold() == label.strip().casefold()]
        else:
            found = [a for a in albums if a.label.casefold() == ref.strip().casefold()]
        if not found:
            raise PhotoclipError(f"There is no tag {ref!r}.", hint="See `photoclip tags list`; name a tag as LABEL or SET|LABEL.")
        if len(found) > 1:
            raise PhotoclipError(
                f"The tag {ref!r} is in several sets: {', '.join(a.ref for a in found)}.", hint="Name it as SET|LABEL."
            )
        return found[0]

    def albums(self, tagset: str | None = None) -> list[Album]:
        """Every tag as an album with its counts, by set then tag order."""
        rows = _rows(
            self.catalog,
            """SELECT t.id, s.name, t.label, s.definition, t.learned_threshold,
                      (SELECT COUNT(*) FROM photo_tags pt JOIN photos p ON p.id = pt.photo_id
                        WHERE pt.tag_id = t.id AND pt.assigned = 1 AND p.status = 'active'),
                      (SELECT COUNT(*) FROM photo_tags pt WHERE pt.tag_id = t.id AND pt.source = 'manual' AND pt.assigned = 1),
                      (SELECT COUNT(*) FROM photo_tags pt WHERE pt.tag_id = t.id AND pt.source = 'manual' AND pt.assigned = 0)
               FROM tags t JOIN tagsets s ON s.id = t.tagset_id
               ORDER BY s.name COLLATE NOCASE, t.position""",
        )
        sets: dict[str, TagSet] = {}
        out = []
        for tag_id, set_name, label, definition, learned, count, confirmed, rejected in rows:
            if tagset is not None and set_name.casefold() != tagset.casefold():
                continue
            ts = sets.get(set_name) or sets.setdefault(set_name, tagset_from_mapping(json.loads(definition)))
            tag = next((t for t in ts.tags if t.label.casefold() == str(label).casefold()), TagDef(str(label)))
            base = ts.base_threshold(tag)
            out.append(
                Album(
                    tag_id=int(tag_id),
                    tagset=str(set_name),
                    label=str(label),
                    count=int(count),
                    confirmed=int(confirmed),
                    rejected=int(rejected),
                    threshold=float(learned) if learned is not None else base,
                    base_threshold=base,
                    mode=ts.mode,
                )
            )
        return out

    def album_photos(self, tag: str | int, *, include_rejected: bool = False) -> list[AlbumPhoto]:
        """The photos of an album, best score first (confirmed ones first of all)."""
        album = self.resolve(tag)
        clause = "" if include_rejected else "AND pt.assigned = 1"
        rows = _rows(
            self.catalog,
            f"""SELECT p.id, p.path, pt.score, pt.source, pt.assigned FROM photo_tags pt JOIN photos p ON p.id = pt.photo_id
                WHERE pt.tag_id = ? AND p.status = 'active' {clause}
                ORDER BY pt.assigned DESC, pt.source = 'manual' DESC, pt.score DESC, p.id""",
            (album.tag_id,),
        )
        return [AlbumPhoto(int(i), str(p), None if s is None else float(s), str(src), bool(a)) for i, p, s, src, a in rows]

    def photo_tags(self, photo_id: int) -> list[PhotoTag]:
        """The tags of one photo (and its manual rejections)."""
        rows = _rows(
            self.catalog,
            """SELECT t.id, s.name, t.label, pt.score, pt.source, pt.assigned FROM photo_tags pt
               JOIN tags t ON t.id = pt.tag_id JOIN tagsets s ON s.id = t.tagset_id
               WHERE pt.photo_id = ? ORDER BY s.name COLLATE NOCASE, t.position""",
            (int(photo_id),),
        )
        return [PhotoTag(int(t), str(s), str(l), None if sc is None else float(sc), str(src), bool(a)) for t, s, l, sc, src, a in rows]

    def photo_id(self, photo: str | int | Path) -> int:
        """A library photo's id from its id or its path.

        Raises:
            PhotoclipError: Not a photo of the library.
        """
        if isinstance(photo, int) or (isinstance(photo, str) and photo.isdigit() and not Path(photo).exists()):
            pid = int(photo)
            if pid in self.catalog.photos_by_ids([pid]):
                return pid
        else:
            path = Path(photo).expanduser()
            for candidate in (str(path.resolve()), str(path.absolute()), str(photo)):
                record = self.catalog.photo_by_path(candidate)
                if record is not None:
                    return record.id
        raise PhotoclipError(f"{photo} is not a photo of this library.", hint="Give a path shown by `photoclip tags show` or a photo id.")

    def confirm(self, tag: str | int, photos: Sequence[int]) -> ManualChange:
        """Confirm that photos have a tag: they join the album for good (no run removes them)."""
        return self._manual_change(tag, photos, True)

    def reject(self, tag: str | int, photos: Sequence[int]) -> ManualChange:
        """Say that photos do not have a tag: they leave the album for good."""
        return self._manual_change(tag, photos, False)

    def clear(self, tag: str | int, photos: Sequence[int]) -> ManualChange:
        """Forget manual feedback: the photos are labelled automatically again."""
        return self._manual_change(tag, photos, None)

    def _manual_change(self, tag: str | int, photos: Sequence[int], assigned: bool | None) -> ManualChange:
        album = self.resolve(tag)
        model = self._serving_model()
        encoder = _LazyEncoder(self._encoder, model)
        set_id, tagset, revision, *_ = _select(self.catalog, [album.tagset])[0]
        loaded = _load(self.catalog, encoder, model, set_id, tagset, revision)
        k = loaded.index_of[album.tag_id]
        before = float(loaded.thresholds[k])
        ids, vecs = self.catalog.embeddings_for(model, list(photos))
        scores = dict(zip(ids.tolist(), loaded.score(vecs)[1][:, k].tolist())) if len(ids) else {}
        now = time.time()
        with self.catalog.transaction() as db:
            for pid in photos:
                if assigned is None:
                    db.execute("DELETE FROM photo_tags WHERE photo_id = ? AND tag_id = ? AND source = 'manual'", (int(pid), album.tag_id))
                    continue
                db.execute(
                    """INSERT INTO photo_tags(photo_id, tag_id, score, source, assigned, updated_at) VALUES (?, ?, ?, 'manual', ?, ?)
                       ON CONFLICT(photo_id, tag_id) DO UPDATE SET score = excluded.score, source = 'manual',
                       assigned = excluded.assigned, updated_at = excluded.updated_at""",
                    (int(pid), album.tag_id, scores.get(int(pid)), int(assigned), now),
                )
        _refresh_feedback(self.catalog, loaded, model)
        after = float(loaded.thresholds[k])
        # The photos themselves are labelled again at once (an exclusive set may
        # now give them another tag, or none); the rest waits for apply().
        for ids_chunk in _chunked(list(photos), CHUNK):
            cids, cvecs = self.catalog.embeddings_for(model, ids_chunk)
            if len(cids):
                rows = _decide(loaded, cids, cvecs, _manual(self.catalog, loaded, cids.tolist()))
                _write_photos(self.catalog, set_id, cids.tolist(), rows)
        return ManualChange(album.tag_id, album.tagset, album.label, len(photos), before, after)

    def preview(self, tagset: TagSet | str, photo_ids: Sequence[int] | None = None, limit: int = 200) -> TagPreview:
        """Score photos against a set without storing anything (to tune a set before saving it).

        Args:
            tagset: A set (saved or not) or the name of a stored one.
            photo_ids: The photos (default: up to ``limit`` photos of the library).
        """
        if isinstance(tagset, str):
            tagset = self.get(tagset)
        model = self._serving_model()
        encoder = _LazyEncoder(self._encoder, model)
        vectors = tag_vectors(self.catalog, encoder, tagset, model)
        if photo_ids is None:
            ids, vecs = next(iter(self.catalog.iter_embeddings(model, chunk=max(1, limit))), (np.zeros(0, np.int64), np.zeros((0, vectors.shape[1]), np.float32)))
        else:
            ids, vecs = self.catalog.embeddings_for(model, list(photo_ids))
            if len(ids) == 0:
                vecs = np.zeros((0, vectors.shape[1]), np.float32)
        scale = logit_scale(self.catalog, encoder, model) if tagset.exclusive else DEFAULT_LOGIT_SCALE
        cos, scores = score_photos(vecs, vectors, tagset.mode, scale)
        thresholds = np.array([tagset.base_threshold(t) for t in tagset.tags], dtype=np.float32)
        assigned = choose_tags(cos, scores, thresholds, tagset.mode, tagset.min_cosine)
        return TagPreview(ids, tuple(t.label for t in tagset.tags), cos, scores, thresholds, assigned, tagset.mode)

    # ---------------------------------------------------------------- export
    def assignments(self, names: Iterable[str] | None = None) -> Iterator[tuple[int, str, str, str, float | None, str]]:
        """Every label in the named sets: ``(photo_id, path, set, label, score, source)``, by path."""
        sets = {s[1].name for s in _select(self.catalog, names)}
        rows = _rows(
            self.catalog,
            """SELECT p.id, p.path, s.name, t.label, pt.score, pt.source FROM photo_tags pt
               JOIN photos p ON p.id = pt.photo_id JOIN tags t ON t.id = pt.tag_id JOIN tagsets s ON s.id = t.tagset_id
               WHERE pt.assigned = 1 AND p.status = 'active' ORDER BY p.path, s.name COLLATE NOCASE, t.position""",
        )
        for pid, path, set_name, label, score, source in rows:
            if set_name in sets:
                yield int(pid), str(path), str(set_name), str(label), None if score is None else float(score), str(source)

    def export_csv(self, path: str | Path, names: Iterable[str] | None = None) -> int:
        """Write the labels to a CSV file (``path,tagset,tag,score,source``). Returns the number of rows."""
        path = Path(path).expanduser()
        count = 0
        try:
            with path.open("w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(["path", "tagset", "tag", "score", "source"])
                for _pid, photo, set_name, label, score, source in self.assignments(names):
                    writer.writerow([photo, set_name, label, "" if score is None else f"{score:.6f}", source])
                    count += 1
        except OSError as exc:
            raise PhotoclipError(f"Cannot write {path}: {exc.strerror or exc}.") from None
        return count

    def export_xmp(self, names: Iterable[str] | None = None, cancel: threading.Event | None = None) -> Iterator["XmpProgress"]:
        """Write the labels to XMP sidecars next to the photos (see ``xmp.py``); photos are never touched.

        For every searchable photo that has a label in the named sets (or a
        sidecar already), the sidecar gets ``dc:subject`` = label and
        ``lr:hierarchicalSubject`` = ``Set|label``; entries of these sets that
        no longer apply are taken out; everything else in the sidecar stays.
        """
        from photoclip.core.xmp import XmpProgress, XmpSummary, sync_sidecar

        cancel = cancel or threading.Event()
        selected = _select(self.catalog, names)
        managed = {ts.name: {t.label for t in ts.tags} for _i, ts, *_ in selected}
        wanted: dict[str, dict[str, set[str]]] = {}
        for _pid, path, set_name, label, _score, _source in self.assignments([n for n in managed]):
            wanted.setdefault(path, {}).setdefault(set_name, set()).add(label)
        all_paths = [r[0] for r in _rows(self.catalog, "SELECT path FROM photos WHERE status = 'active' ORDER BY path")] if managed else []
        written = unchanged = 0
        failed: list[tuple[str, str]] = []
        total = len(all_paths)
        for done, path in enumerate(all_paths, 1):
            if cancel.is_set():
                break
            outcome, detail = sync_sidecar(Path(path), wanted.get(path, {}), managed)
            if outcome == "written":
                written += 1
            elif outcome == "unchanged":
                unchanged += 1
            elif outcome == "failed":
                failed.append((path, detail or "unknown error"))
            if done % 200 == 0 or done == total:
                yield XmpProgress(done, total, path)
        yield XmpProgress(total, total, None, XmpSummary(written, unchanged, tuple(failed), cancel.is_set()))

    # -------------------------------------------------------------- evaluate
    def evaluate(self, labels_csv: str | Path, images_root: str | Path | None = None, tagset: TagSet | str | None = None) -> EvalReport:
        """Precision and recall per tag against labelled photos (COCO: ``coco-mini/labels.csv``).

        Each labelled file's embedding comes from the catalog when the photo is
        in the library, else it is decoded and encoded with the serving model.
        Ground-truth categories are matched to tag labels case-insensitively.

        Args:
            labels_csv: ``file,categories`` with ``;``-separated categories.
            images_root: Where ``file`` paths are relative to (default: the CSV's folder).
            tagset: The set to score (default: the built-in ``coco`` set).

        Raises:
            PhotoclipError: The CSV cannot be read or has no usable rows.
        """
        labels_csv = Path(labels_csv).expanduser()
        root = Path(images_root).expanduser() if images_root else labels_csv.parent
        if tagset is None:
            tagset = builtin_tagsets()["coco"]
        elif isinstance(tagset, str):
            tagset = self.get(tagset)
        try:
            with labels_csv.open(newline="", encoding="utf-8") as f:
                rows = [(r["file"], r.get("categories") or "") for r in csv.DictReader(f)]
        except (OSError, KeyError, csv.Error) as exc:
            raise PhotoclipError(f"Cannot read {labels_csv} as file,categories CSV: {exc}.") from None
        if not rows:
            raise PhotoclipError(f"{labels_csv} has no labelled photos.")
        model = self._serving_model()
        encoder = _LazyEncoder(self._encoder, model)
        vectors_by_file, missing = self._eval_vectors([(root / f) for f, _ in rows], model, encoder)
        kept = [(f, cats) for f, cats in rows if str(root / f) in vectors_by_file]
        if not kept:
            raise PhotoclipError(f"None of the photos listed in {labels_csv} could be read.", hint=f"Check that they are below {root}.")
        photo_vecs = np.stack([vectors_by_file[str(root / f)] for f, _ in kept])
        truth = np.zeros((len(kept), len(tagset.tags)), dtype=bool)
        column = {t.label.casefold(): k for k, t in enumerate(tagset.tags)}
        for row, (_f, cats) in enumerate(kept):
            for cat in cats.split(";"):
                k = column.get(cat.strip().casefold())
                if k is not None:
                    truth[row, k] = True
        tvecs = tag_vectors(self.catalog, encoder, tagset, model)
        scale = logit_scale(self.catalog, encoder, model) if tagset.exclusive else DEFAULT_LOGIT_SCALE
        cos, scores = score_photos(photo_vecs, tvecs, tagset.mode, scale)
        thresholds = np.array([tagset.base_threshold(t) for t in tagset.tags], dtype=np.float32)
        predicted = choose_tags(cos, scores, thresholds, tagset.mode, tagset.min_cosine)
        return _report(tagset, model, truth, predicted, scores, tuple(missing))

    def _eval_vectors(self, files: Sequence[Path], model: str, encoder: "_LazyEncoder") -> tuple[dict[str, np.ndarray], list[str]]:
        from photoclip.core.imaging import ImageDecodeError, load_for_model
        from photoclip.settings import Settings

        out: dict[str, np.ndarray] = {}
        todo: list[Path] = []
        by_id: dict[int, str] = {}
        for file in files:
            record = self.catalog.photo_by_path(str(file.resolve()))
            if record is not None:
                by_id[record.id] = str(file)
            else:
                todo.append(file)
        if by_id:
            ids, vecs = self.catalog.embeddings_for(model, list(by_id))
            for pid, vec in zip(ids.tolist(), vecs):
                out[by_id[pid]] = vec
            todo += [Path(by_id[pid]) for pid in by_id if by_id[pid] not in out]
        missing: list[str] = []
        if todo:
            embedder: Any = encoder.embedder
            settings = self._settings or Settings()
            cfg = embedder.preprocess_config
            batch: list[tuple[str, np.ndarray]] = []

            def flush() -> None:
                _features, embeddings = embedder.encode_images(np.stack([p for _, p in batch]))
                for (name, _), vec in zip(batch, embeddings):
                    out[name] = np.asarray(vec, dtype=np.float32)
                batch.clear()

            for file in todo:
                try:
                    pixels, _info = load_for_model(file, cfg, draft=settings.draft_decode, max_pixels=settings.max_pixels)
                except ImageDecodeError:
                    missing.append(str(file))
                    continue
                batch.append((str(file), pixels))
                if len(batch) >= max(1, int(embedder.batch_size)):
                    flush()
            if batch:
                flush()
        return out, missing


def _report(tagset: TagSet, model: str, truth: np.ndarray, predicted: np.ndarray, scores: np.ndarray, missing: tuple[str, ...]) -> EvalReport:
    per_tag: list[TagEval] = []
    for k, tag in enumerate(tagset.tags):
        t, p = truth[:, k], predicted[:, k]
        tp = int((t & p).sum())
        support, given = int(t.sum()), int(p.sum())
        per_tag.append(
            TagEval(
                label=tag.label,
                support=support,
                predicted=given,
                true_positives=tp,
                precision=tp / given if given else None,
                recall=tp / support if support else None,
                average_precision=_average_precision(scores[:, k], t) if support else None,
            )
        )
    tp_all = int((truth & predicted).sum())
    given_all, support_all = int(predicted.sum()), int(truth.sum())
    precisions = [e.precision for e in per_tag if e.precision is not None]
    recalls = [e.recall for e in per_tag if e.recall is not None]
    aps = [e.average_precision for e in per_tag if e.average_precision is not None]
    return EvalReport(
        tagset=tagset.name,
        model=model,
        photos=int(truth.shape[0]),
        missing=missing,
        tags=tuple(per_tag),
        micro_precision=tp_all / given_all if given_all else None,
        micro_recall=tp_all / support_all if support_all else None,
        macro_precision=float(np.mean(precisions)) if precisions else None,
        macro_recall=float(np.mean(recalls)) if recalls else None,
        mean_average_precision=float(np.mean(aps)) if aps else None,
    )


def _average_precision(scores: np.ndarray, truth: np.ndarray) -> float:
    """Average precision of a ranking: the mean of the precision at each true photo's rank."""
    order = np.argsort(-scores, kind="stable")
    hits = truth[order]
    ranks = np.flatnonzero(hits) + 1
    return float(np.mean(np.arange(1, len(ranks) + 1) / ranks)) if len(ranks) else 0.0


class _LazyEncoder:
    """Stands in for the serving embedder, fetching (and so loading) it only when prompts must be encoded."""

    def __init__(self, factory: Callable[[], PromptEncoder], model_name: str) -> None:
        self._factory = factory
        self.model_name = model_name
        self._embedder: PromptEncoder | None = None

    @property
    def embedder(self) -> PromptEncoder:
        if self._embedder is None:
            self._embedder = self._factory()
        return self._embedder

    @property
    def logit_scale(self) -> float | None:
        value = getattr(self.embedder, "logit_scale", None)
        return float(value) if value is not None else None

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        return self.embedder.encode_texts(texts)
