"""Tag set files: TOML and JSON round trips, the built-in sets, and bad files rejected with their line and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, MODE_MULTI, SIMPLE_TEMPLATES, TagDef, TagSet
from photoclip.core.tagsets.files import TagSetFileError, builtin_tagsets, dump_tagset, load_tagset_file, parse_tagset
from photoclip.errors import PhotoclipError

GOOD_TOML = """\
name = "Holidays"
mode = "exclusive"
templates = ["a photo of {}.", "a picture of {}."]
min_probability = 0.4
min_cosine = 0.2

[[tags]]
label = "beach"
prompts = ["a sandy beach", "the seaside"]

[[tags]]
label = "mountains"
threshold = 0.7
"""


def test_a_toml_set_round_trips_through_toml_and_json(tmp_path: Path) -> None:
    ts = parse_tagset(GOOD_TOML, "toml", "h.toml")
    assert ts.mode == MODE_EXCLUSIVE and ts.min_probability == 0.4 and ts.min_cosine == 0.2
    assert ts.tags[0] == TagDef("beach", ("a sandy beach", "the seaside"), None)
    assert ts.tags[1] == TagDef("mountains", (), 0.7)
    assert ts.prompts_for(ts.tags[1]) == ("a photo of mountains.", "a picture of mountains.")
    for fmt in ("toml", "json"):
        assert parse_tagset(dump_tagset(ts, fmt), fmt) == ts
        path = tmp_path / f"out.{fmt}"
        path.write_text(dump_tagset(ts, fmt), encoding="utf-8")
        assert load_tagset_file(path) == ts


def test_awkward_strings_survive_the_toml_emitter() -> None:
    label = 'a "quoted" \\ back\tslash\nnew line é 🌊 \x7f'
    ts = TagSet("Odd", (TagDef(label, (label, "x"), 0.125), TagDef("b")), mode=MODE_MULTI, threshold=1e-05)
    assert parse_tagset(dump_tagset(ts, "toml"), "toml") == ts


def test_shorthand_tags_and_defaults() -> None:
    ts = parse_tagset('name = "S"\ntags = ["cat", "dog"]\n', "toml")
    assert ts.mode == MODE_MULTI and ts.templates == "simple"
    assert [t.label for t in ts.tags] == ["cat", "dog"]
    assert ts.prompts_for(ts.tags[0]) == tuple(t.replace("{}", "cat") for t in SIMPLE_TEMPLATES)


def test_builtin_sets_parse_round_trip_and_cover_the_issue() -> None:
    sets = builtin_tagsets()
    assert {"scenes", "subjects", "events", "coco"} <= set(sets)
    assert sets["scenes"].mode == MODE_EXCLUSIVE
    labels = {k: {t.label for t in v.tags} for k, v in sets.items()}
    assert {"beach", "mountains", "city street", "forest", "snow", "indoors"} <= labels["scenes"]
    assert {"people", "pets", "food", "documents and screenshots", "vehicles", "plants and flowers"} <= labels["subjects"]
    assert {"birthday", "wedding", "concert", "sports"} <= labels["events"]
    assert len(labels["coco"]) == 80 and {"person", "hair drier", "toothbrush"} <= labels["coco"]
    for ts in sets.values():
        assert parse_tagset(dump_tagset(ts), "toml") == ts


def _error(text: str, fmt: str = "toml") -> TagSetFileError:
    with pytest.raises(TagSetFileError) as info:
        parse_tagset(text, fmt, f"set.{fmt}")
    return info.value


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('name = "A"\nmode = "multi"\ntags = ["a", "b"\nthreshold = 0.3\n', 4, "not valid TOML"),
        ('name = "A"\ntags = ["a",\n', 2, "end of the file"),
        ('name = "A"\n\n[[tags]]\nlabel = "a"\n\n[[tags]]\nlabel = "b"\ntreshold = 0.3\n', 8, "tags[1]: unknown key 'treshold'"),
        ('name = "A"\nmode = "both"\ntags = ["a"]\n', 2, 'mode must be "exclusive" or "multi"'),
        ('name = "A"\nthreshold = "high"\ntags = ["a"]\n', 2, "'threshold' must be a number"),
        ('name = "A"\nthreshold = 3\ntags = ["a"]\n', 2, "between -1 and 1"),
        ('name = "A"\n[[tags]]\nlabel = "a"\n[[tags]]\nlabel = "A"\n', 5, "already used by tags[0]"),
        ('name = "A"\nmode = "exclusive"\n[[tags]]\nlabel = "a"\nthreshold = 1.5\n[[tags]]\nlabel = "b"\n', 5, "between 0 and 1"),
        ('name = "A"\nmode = "exclusive"\ntags = ["only"]\n', 3, "at least 2 tags"),
        ('name = "A"\ntemplates = ["a photo of a dog"]\ntags = ["a"]\n', 2, "has no {}"),
        ('name = "A|B"\ntags = ["a"]\n', 1, "cannot contain '|'"),
        ('name = "A"\ntags = [\n  "a",\n  3,\n]\n', 4, "tags[1]: a tag must be a label"),
        ('name = "A"\ncolour = "red"\ntags = ["a"]\n', 2, "unknown key 'colour'"),
        ('mode = "multi"\ntags = ["a"]\n', None, "missing key 'name'"),
    ],
)
def test_bad_toml_files_are_rejected_with_line_and_reason(text: str, line: int | None, words: str) -> None:
    err = _error(text)
    assert err.line == line, err.message
    assert words in err.message
    if line:
        assert f"set.toml, line {line}: " in err.message


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('{"name": "J",\n "tags": ["a",]\n}\n', 2, "not valid JSON"),
        ('{"name": "J", "tags": [\n {"label": "a"},\n {"label": "b", "threshold": "high"}\n]}\n', 3, "tags[1].threshold: 'threshold' must be a number"),
        ('{\n  "name": "J",\n  "mode": "multi",\n  "tags": []\n}\n', 4, "non-empty list"),
        ('[1, 2]\n', None, "must hold a table"),
    ],
)
def test_bad_json_files_are_rejected_with_line_and_reason(text: str, line: int | None, words: str) -> None:
    err = _error(text, "json")
    assert err.line == line, err.message
    assert words in err.message


def test_file_loader_reports_encoding_and_extension_problems(tmp_path: Path) -> None:
    bad = tmp_path / "latin.toml"
    bad.write_bytes(b'name = "A"\ntags = ["caf\xe9"]\n')
    with pytest.raises(TagSetFileError, match="line 2: the file is not UTF-8"):
        load_tagset_file(bad)
    other = tmp_path / "set.yaml"
    other.write_text("name: A\n")
    with pytest.raises(PhotoclipError, match="neither a .toml nor a .json"):
        load_tagset_file(other)


# ================================================================== scoring
