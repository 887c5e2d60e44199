"""Tag sets as values: a named list of tags and how photos are assigned to them.

A *tag set* is a name and a list of tags ("Scenes": beach, mountains, city
street, ...). Every tag is an album. Photos are filed into albums without
decoding a single image: each tag becomes a text embedding (a prompt
ensemble), and the library's stored photo embeddings are scored against the
set with one matrix product.

This module holds the values (:class:`TagSet`, :class:`TagDef`), their
defaults and limits, and the schema check that builds them from a parsed TOML
or JSON file (:func:`tagset_from_mapping`). The rest of the package:
``files.py`` (reading and writing the files), ``scoring.py`` (prompt
ensembles, thresholds), ``store.py`` (the tag tables), ``labelling.py`` (the
jobs), ``manager.py`` (what ``Library.tags`` is), ``export.py`` (CSV and XMP
sidecars), ``evaluate.py`` (precision and recall against labelled photos).

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
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, overload

TagSetMode = Literal["exclusive", "multi"]
MODE_EXCLUSIVE: Final = "exclusive"
MODE_MULTI: Final = "multi"
MODES: tuple[TagSetMode, ...] = (MODE_EXCLUSIVE, MODE_MULTI)

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


class SchemaError(Exception):
    """A parsed tag set that breaks the schema: the key path (``("tags", 3, "threshold")``) and why.

    The file loaders turn it into a :class:`~photoclip.core.tagsets.files.TagSetFileError`
    with a line; the GUI's editor shows it next to the field.
    """

    def __init__(self, key_path: tuple[str | int, ...], reason: str) -> None:
        super().__init__(reason)
        self.key_path = key_path
        self.reason = reason


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
    mode: TagSetMode = MODE_MULTI
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
        SchemaError: With the key path and the reason (the loaders turn it
            into a :class:`TagSetFileError` with a line).
    """
    if not isinstance(data, Mapping):
        raise SchemaError((), "the file must hold a table (TOML) or an object (JSON) at the top")
    for key in data:
        if key not in _TOP_KEYS:
            raise SchemaError((str(key),), f"unknown key {key!r} (known keys: {', '.join(_TOP_KEYS)})")
    name = _text(data, ("name",), required=True)
    if HIERARCHY_SEP in name:
        raise SchemaError(("name",), f"a set name cannot contain {HIERARCHY_SEP!r}")
    description = _text(data, ("description",), required=False, limit=2000)
    mode = data.get("mode", MODE_MULTI)
    if mode in ("multi-label", "multilabel"):
        mode = MODE_MULTI
    if mode not in MODES:
        raise SchemaError(("mode",), f"mode must be \"exclusive\" or \"multi\", not {mode!r}")
    templates = _templates_value(data.get("templates", DEFAULT_TEMPLATES))
    threshold = _number(data, ("threshold",), -1.0, 1.0, DEFAULT_THRESHOLD)
    min_probability = _number(data, ("min_probability",), 0.0, 1.0, DEFAULT_MIN_PROBABILITY)
    min_cosine = _number(data, ("min_cosine",), -1.0, 1.0, None)
    raw_tags = data.get("tags")
    if raw_tags is None:
        raise SchemaError(("tags",), "missing key 'tags' (the list of tags)")
    if not isinstance(raw_tags, list) or not raw_tags:
        raise SchemaError(("tags",), "'tags' must be a non-empty list")
    if len(raw_tags) > MAX_TAGS:
        raise SchemaError(("tags",), f"too many tags ({len(raw_tags)}; at most {MAX_TAGS})")
    tags: list[TagDef] = []
    seen: dict[str, int] = {}
    low, high = (0.0, 1.0) if mode == MODE_EXCLUSIVE else (-1.0, 1.0)
    for i, raw in enumerate(raw_tags):
        where: tuple[str | int, ...] = ("tags", i)
        if isinstance(raw, str):
            raw = {"label": raw}
        if not isinstance(raw, Mapping):
            raise SchemaError(where, "a tag must be a label (a string) or a table with 'label'")
        for key in raw:
            if key not in _TAG_KEYS:
                raise SchemaError((*where, str(key)), f"unknown key {key!r} (a tag knows: {', '.join(_TAG_KEYS)})")
        label = _text(raw, ("label",), required=True, where=where)
        if HIERARCHY_SEP in label:
            raise SchemaError((*where, "label"), f"a label cannot contain {HIERARCHY_SEP!r}")
        folded = label.casefold()
        if folded in seen:
            raise SchemaError((*where, "label"), f"the label {label!r} is already used by tags[{seen[folded]}]")
        seen[folded] = i
        prompts = raw.get("prompts", [])
        if isinstance(prompts, str):
            prompts = [prompts]
        if not isinstance(prompts, list) or not all(isinstance(p, str) and p.strip() for p in prompts):
            raise SchemaError((*where, "prompts"), "'prompts' must be a list of non-empty strings")
        if len(prompts) > MAX_PROMPTS or any(len(p) > MAX_TEXT for p in prompts):
            raise SchemaError((*where, "prompts"), f"at most {MAX_PROMPTS} prompts of at most {MAX_TEXT} characters")
        tag_threshold = _number(raw, ("threshold",), low, high, None, where=where)
        tags.append(TagDef(label, tuple(p.strip() for p in prompts), tag_threshold))
    if mode == MODE_EXCLUSIVE and len(tags) < 2:
        raise SchemaError(("tags",), "an exclusive set needs at least 2 tags (use mode = \"multi\" for one)")
    return TagSet(
        name=name,
        tags=tuple(tags),
        mode=mode,
        templates=templates,
        threshold=float(threshold),
        min_probability=float(min_probability),
        min_cosine=min_cosine,
        description=description,
    )


def _text(
    data: Mapping[str, Any], key: tuple[str], *, required: bool, where: tuple[str | int, ...] = (), limit: int = MAX_TEXT
) -> str:
    value = data.get(key[0])
    if value is None:
        if required:
            raise SchemaError((*where, *key) if where else key, f"missing key {key[0]!r}")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise SchemaError((*where, *key), f"{key[0]!r} must be a non-empty string")
    if len(value) > limit:
        raise SchemaError((*where, *key), f"{key[0]!r} is too long (at most {limit} characters)")
    return value.strip()


@overload
def _number(
    data: Mapping[str, Any], key: tuple[str], low: float, high: float, default: float, *, where: tuple[str | int, ...] = ()
) -> float: ...
@overload
def _number(
    data: Mapping[str, Any], key: tuple[str], low: float, high: float, default: None, *, where: tuple[str | int, ...] = ()
) -> float | None: ...
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
        raise SchemaError((*where, *key), f"{key[0]!r} must be a number, not {value!r}")
    if not low <= value <= high:
        raise SchemaError((*where, *key), f"{key[0]!r} must be between {low:g} and {high:g}, not {value!r}")
    return float(value)


def _templates_value(value: Any) -> str | tuple[str, ...]:
    if isinstance(value, str):
        if value not in TEMPLATE_NAMES:
            raise SchemaError(
                ("templates",), f"unknown template set {value!r} (use {', '.join(TEMPLATE_NAMES)} or a list of texts with {{}})"
            )
        return value
    if not isinstance(value, list) or not value or not all(isinstance(t, str) for t in value):
        raise SchemaError(("templates",), "'templates' must be a name or a non-empty list of texts")
    for i, template in enumerate(value):
        if "{}" not in template:
            raise SchemaError(("templates", i), f"the template {template!r} has no {{}} where the label goes")
    if len(value) > MAX_PROMPTS:
        raise SchemaError(("templates",), f"at most {MAX_PROMPTS} templates")
    return tuple(value)
