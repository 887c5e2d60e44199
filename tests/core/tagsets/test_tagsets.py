"""Tag sets: files, prompt ensembles, scoring, thresholds, manual feedback, albums and jobs.

Two kinds of tests. Most run on a catalog filled with hand-made vectors and a
fake text encoder whose embeddings are known exactly (a prompt's vector is
the sum of one-hot axes of the keywords it contains), so scores, thresholds
and "none" outcomes can be asserted to the decimal. The rest run the real
test-tiny model through ``Library``: its weights are random, so those tests
assert mechanics (what is stored, when, for which photos), never semantics.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.library import Library
from photoclip.core.search import SearchFilters
from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, MODE_MULTI, SIMPLE_TEMPLATES, TagDef, TagSet
from photoclip.core.tagsets.files import TagSetFileError, builtin_tagsets, dump_tagset, load_tagset_file, parse_tagset
from photoclip.core.tagsets.labelling import apply_tagset, label_new, label_photos, run_job
from photoclip.core.tagsets.manager import TagManager
from photoclip.core.tagsets.scoring import choose_tags, learned_threshold, score_photos, softmax, tag_vectors
from photoclip.core.tagsets.store import clear_prompt_cache, save_tagset
from photoclip.errors import PhotoclipError
from tests.conftest import write_photo

# ------------------------------------------------------------------ fixtures
DIM = 8
AXES = {"beach": 0, "mountains": 1, "city": 2, "forest": 3, "snow": 4}
OTHER = 6  # where a text with no keyword points
EMPTY = 7  # an axis no tag uses: a photo along it fits no tag


def axis(i: int) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[i] = 1.0
    return v


def unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def with_cosine(label: str, c: float) -> np.ndarray:
    """A unit photo vector whose cosine with the tag ``label`` is exactly ``c`` (and 0 with the others)."""
    return unit(c * axis(AXES[label]) + np.sqrt(1 - c * c) * axis(EMPTY))


class FakeEncoder:
    """A text encoder whose output is known: the sum of the keyword axes a text contains, normalised."""

    def __init__(self, model_name: str = "fake", logit_scale: float = 100.0) -> None:
        self.model_name = model_name
        self.logit_scale = logit_scale
        self.texts: list[str] = []

    def encode_texts(self, texts: list[str]) -> np.ndarray:
        self.texts += list(texts)
        out = []
        for text in texts:
            v = sum((axis(i) for word, i in AXES.items() if word in text), np.zeros(DIM, dtype=np.float32))
            out.append(unit(v if v.any() else axis(OTHER)))
        return np.stack(out)


class Photos:
    """A catalog with photos whose embeddings (model "fake") are given vectors."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.catalog = Catalog(tmp / "catalog.sqlite3")
        self.folder = self.catalog.add_folder(str(tmp / "photos"))
        self.encoder = FakeEncoder()
        self.count = 0

    def add(self, *vectors: np.ndarray, model: str = "fake") -> list[int]:
        ids = []
        for _v in vectors:
            self.count += 1
            ids.append(self.catalog.upsert_new_photo(str(self.tmp / "photos" / f"p{self.count}.jpg"), self.folder, 1, 0.0, f"h{self.count}"))
        self.catalog.store_embeddings(model, [(pid, v, v, (1, 1, 1, None)) for pid, v in zip(ids, vectors)])
        return ids

    def manager(self) -> TagManager:
        return TagManager(self.catalog, lambda: self.encoder.model_name, lambda: self.encoder)

    def labels(self, set_name: str | None = None) -> dict[int, set[str]]:
        """photo id -> labels it has (auto or confirmed)."""
        with self.catalog.reading() as db:
            rows = db.execute(
                """SELECT pt.photo_id, t.label, s.name FROM photo_tags pt JOIN tags t ON t.id = pt.tag_id
                   JOIN tagsets s ON s.id = t.tagset_id WHERE pt.assigned = 1"""
            ).fetchall()
        out: dict[int, set[str]] = {}
        for pid, label, name in rows:
            if set_name is None or name == set_name:
                out.setdefault(int(pid), set()).add(str(label))
        return out

    def rows(self) -> list[tuple]:
        with self.catalog.reading() as db:
            return db.execute("SELECT photo_id, tag_id, score, source, assigned, updated_at FROM photo_tags ORDER BY 1, 2").fetchall()


@pytest.fixture
def photos(tmp_path: Path):
    p = Photos(tmp_path)
    yield p
    p.catalog.close()


def multi(threshold: float = 0.5, **tag_thresholds: float) -> TagSet:
    return TagSet(
        "Places",
        tuple(TagDef(label, threshold=tag_thresholds.get(label)) for label in ("beach", "mountains", "forest")),
        mode=MODE_MULTI,
        templates="simple",
        threshold=threshold,
    )


def exclusive(min_probability: float = 0.6, min_cosine: float | None = None) -> TagSet:
    return TagSet(
        "Scene",
        tuple(TagDef(label) for label in ("beach", "mountains", "forest")),
        mode=MODE_EXCLUSIVE,
        templates="simple",
        min_probability=min_probability,
        min_cosine=min_cosine,
    )


def apply(photos: Photos, names: list[str] | None = None, **kw: object):
    return run_job(apply_tagset(photos.catalog, photos.encoder, names, **kw))  # type: ignore[arg-type]


# ===================================================================== files
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
def test_prompt_ensemble_is_the_renormalised_mean_and_is_cached_per_model(photos: Photos) -> None:
    ts = TagSet("E", (TagDef("sea", ("beach", "mountains", "beach forest")), TagDef("forest")), templates="label")
    vecs = tag_vectors(photos.catalog, photos.encoder, ts)
    expected = unit(axis(0) + axis(1) + unit(axis(0) + axis(3)))
    np.testing.assert_allclose(vecs[0], expected, atol=1e-6)
    np.testing.assert_allclose(vecs[1], axis(3), atol=1e-6)
    assert photos.encoder.texts == ["beach", "mountains", "beach forest", "forest"]

    photos.encoder.texts.clear()
    np.testing.assert_allclose(tag_vectors(photos.catalog, photos.encoder, ts), vecs)
    assert photos.encoder.texts == []  # from the catalog cache: no model needed

    other = FakeEncoder("other-model")
    tag_vectors(photos.catalog, other, ts)
    assert len(other.texts) == 4  # prompt embeddings are per model

    clear_prompt_cache(photos.catalog, "fake")
    tag_vectors(photos.catalog, photos.encoder, ts)
    assert len(photos.encoder.texts) == 4


def test_multi_label_thresholds_and_the_none_outcome() -> None:
    cos = np.array([[0.6, 0.1, 0.55], [0.2, 0.2, 0.2], [0.5, 0.49, 0.0]], dtype=np.float32)
    chosen = choose_tags(cos, cos, np.array([0.5, 0.5, 0.5], dtype=np.float32), MODE_MULTI)
    assert chosen.tolist() == [[True, False, True], [False, False, False], [True, False, False]]
    # A tag's own threshold.
    chosen = choose_tags(cos, cos, np.array([0.7, 0.15, 0.5], dtype=np.float32), MODE_MULTI)
    assert chosen.tolist() == [[False, False, True], [False, True, False], [False, True, False]]


def test_exclusive_gives_at_most_one_tag_and_can_give_none() -> None:
    cos = np.array([[0.30, 0.10, 0.12], [0.202, 0.20, 0.05], [0.05, 0.04, 0.06]], dtype=np.float32)
    probs = softmax(cos * 100)
    np.testing.assert_allclose(probs.sum(axis=1), 1, atol=1e-6)
    chosen = choose_tags(cos, probs, np.full(3, 0.6, dtype=np.float32), MODE_EXCLUSIVE)
    # Row 0: a clear winner. Row 1: two tags nearly tie (p = 0.55): none.
    # Row 2: tag 2 wins on probability (p = 0.67) although every cosine is tiny.
    assert chosen.tolist() == [[True, False, False], [False, False, False], [False, False, True]]
    # A min cosine keeps a photo that fits no tag well out, whatever the softmax says.
    with_floor = choose_tags(cos, probs, np.zeros(3, dtype=np.float32), MODE_EXCLUSIVE, min_cosine=0.1)
    assert with_floor.tolist() == [[True, False, False], [True, False, False], [False, False, False]]
    # A rejected tag is skipped; the next best must still reach its threshold.
    excluded = np.array([[True, False, False]] * 3)
    skipped = choose_tags(cos, probs, np.zeros(3, dtype=np.float32), MODE_EXCLUSIVE, excluded=excluded)
    assert skipped[0].tolist() == [False, False, True]
    assert not choose_tags(cos, probs, np.full(3, 0.5, dtype=np.float32), MODE_EXCLUSIVE, excluded=excluded)[0].any()


def test_exclusive_scores_are_softmax_at_the_model_logit_scale() -> None:
    photos_v = np.stack([with_cosine("beach", 0.3)])
    tags_v = np.stack([axis(0), axis(1)])
    cos, p100 = score_photos(photos_v, tags_v, MODE_EXCLUSIVE, 100.0)
    _, p10 = score_photos(photos_v, tags_v, MODE_EXCLUSIVE, 10.0)
    np.testing.assert_allclose(cos[0], [0.3, 0.0], atol=1e-6)
    np.testing.assert_allclose(p100[0, 0], 1 / (1 + np.exp(-30)), rtol=1e-5)
    np.testing.assert_allclose(p10[0, 0], 1 / (1 + np.exp(-3)), rtol=1e-5)


@pytest.mark.parametrize(
    ("base", "confirmed", "rejected", "expected"),
    [
        (0.5, [], [], 0.5),  # no feedback
        (0.5, [0.6, 0.7], [0.2], 0.5),  # feedback agrees with the threshold: it stays
        (0.5, [0.3], [], 0.4),  # a confirmation below: halfway down (base stands in for the missing side)
        (0.5, [], [0.7], 0.6),  # a rejection above: halfway up
        (0.5, [0.35, 0.8], [0.3], 0.325),  # both sides, separable: the midpoint
        (0.5, [0.6], [0.55], 0.575),  # a rejection above the threshold, a confirmation above it
        (0.5, [0.4], [0.6], 0.5),  # they overlap: a compromise between them
    ],
)
def test_learned_threshold_rule(base: float, confirmed: list[float], rejected: list[float], expected: float) -> None:
    assert learned_threshold(base, confirmed, rejected) == pytest.approx(expected)


# ==================================================================== apply
def test_multi_label_apply_files_photos_and_leaves_misfits_out(photos: Photos) -> None:
    beach, both, weak, nothing = photos.add(
        with_cosine("beach", 0.8), unit(axis(0) + axis(3)), with_cosine("mountains", 0.4), axis(EMPTY)
    )
    save_tagset(photos.catalog, multi(0.5))
    summary = apply(photos)
    assert summary.tagsets == ("Places",) and summary.photos == 4 and summary.assigned == 3
    assert photos.labels() == {beach: {"beach"}, both: {"beach", "forest"}}
    # A tag's own threshold lets the weak photo in.
    save_tagset(photos.catalog, multi(0.5, mountains=0.35))
    apply(photos)
    assert photos.labels() == {beach: {"beach"}, both: {"beach", "forest"}, weak: {"mountains"}}
    assert nothing not in photos.labels()


def test_exclusive_apply_gives_one_tag_or_none(photos: Photos) -> None:
    beach, both, faint, nothing = photos.add(
        with_cosine("beach", 0.8), unit(axis(0) + axis(3)), with_cosine("forest", 0.05), axis(EMPTY)
    )
    save_tagset(photos.catalog, exclusive(min_probability=0.6))
    apply(photos)
    # both: beach and forest tie (p = 0.5 each) -> none; nothing: uniform -> none;
    # faint: forest wins on probability (e^5 vs 1) but...
    labels = photos.labels()
    assert labels[beach] == {"beach"} and both not in labels and nothing not in labels
    assert labels[faint] == {"forest"}
    # ... a min cosine keeps photos that fit no tag well out.
    save_tagset(photos.catalog, exclusive(min_probability=0.6, min_cosine=0.2))
    apply(photos)
    assert photos.labels() == {beach: {"beach"}}
    # With no probability floor, ties still give exactly one tag.
    save_tagset(photos.catalog, exclusive(min_probability=0.0))
    apply(photos)
    assert all(len(v) == 1 for v in photos.labels().values()) and len(photos.labels()) == 4


def test_manual_confirm_and_reject_survive_reruns_and_edits(photos: Photos) -> None:
    beach, other_beach, nothing = photos.add(with_cosine("beach", 0.8), with_cosine("beach", 0.9), axis(EMPTY))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    tags = photos.manager()
    assert photos.labels() == {beach: {"beach"}, other_beach: {"beach"}}

    tags.reject("beach", [beach])
    tags.confirm("Places|forest", [nothing])
    assert photos.labels() == {other_beach: {"beach"}, nothing: {"forest"}}
    for _ in range(2):
        apply(photos)
        assert photos.labels() == {other_beach: {"beach"}, nothing: {"forest"}}
    # An edit of the set (new threshold, new tag) keeps the feedback: tags keep their ids by label.
    edited = TagSet("Places", (*multi(0.45).tags, TagDef("snow")), threshold=0.45)
    save_tagset(photos.catalog, edited)
    apply(photos)
    assert photos.labels() == {other_beach: {"beach"}, nothing: {"forest"}}
    albums = {a.label: a for a in tags.albums("Places")}
    assert (albums["beach"].count, albums["beach"].rejected) == (1, 1)
    assert (albums["forest"].count, albums["forest"].confirmed) == (1, 1)
    assert [p.source for p in tags.album_photos("Places|forest")] == ["manual"]
    assert {(t.label, t.assigned, t.source) for t in tags.photo_tags(beach)} == {("beach", False, "manual")}
    # Clearing the feedback gives the photos back to the automatic labelling.
    tags.clear("beach", [beach])
    tags.clear("forest", [nothing])
    run_job(tags.apply())
    assert photos.labels() == {beach: {"beach"}, other_beach: {"beach"}}


def test_renaming_a_set_keeps_its_albums_and_feedback(photos: Photos) -> None:
    (pid,) = photos.add(axis(EMPTY))
    save_tagset(photos.catalog, multi(0.5))
    tags = photos.manager()
    tags.confirm("Places|beach", [pid])
    renamed = TagSet("Spots", multi(0.5).tags, threshold=0.5)
    tags.save(renamed, previous_name="Places")
    assert [s.name for s in tags.sets()] == ["Spots"]
    assert tags.resolve("Spots|beach").confirmed == 1
    with pytest.raises(PhotoclipError, match="exists already"):
        tags.save(TagSet("Spots", renamed.tags), previous_name="Missing")
    with pytest.raises(PhotoclipError, match="no tag set named 'Missing'"):
        tags.save(TagSet("New", renamed.tags), previous_name="Missing")


def test_exclusive_confirmation_keeps_the_rest_of_the_set_off(photos: Photos) -> None:
    (beach,) = photos.add(with_cosine("beach", 0.8))
    save_tagset(photos.catalog, exclusive(0.6))
    apply(photos)
    assert photos.labels() == {beach: {"beach"}}
    tags = photos.manager()
    tags.confirm("forest", [beach])
    assert photos.labels() == {beach: {"forest"}}
    apply(photos)
    assert photos.labels() == {beach: {"forest"}}
    # Rejecting the winner lets the next best compete (here nothing else reaches 0.6).
    tags.clear("forest", [beach])
    tags.reject("beach", [beach])
    apply(photos)
    assert photos.labels() == {}


def test_feedback_moves_the_threshold_by_the_documented_rule(photos: Photos) -> None:
    low, mid, high = photos.add(with_cosine("beach", 0.3), with_cosine("beach", 0.45), with_cosine("beach", 0.7))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    assert photos.labels() == {high: {"beach"}}
    tags = photos.manager()
    change = tags.confirm("beach", [low])
    assert change.threshold_before == pytest.approx(0.5)
    assert change.threshold_after == pytest.approx(0.4)  # midpoint of 0.3 and the set's 0.5
    assert change.needs_apply
    assert photos.labels() == {high: {"beach"}, low: {"beach"}}  # only the confirmed photo moved so far
    apply(photos)
    assert photos.labels() == {high: {"beach"}, low: {"beach"}, mid: {"beach"}}  # 0.45 >= 0.4
    album = tags.resolve("beach")
    assert album.threshold == pytest.approx(0.4) and album.base_threshold == pytest.approx(0.5)
    # A rejection at 0.45 and the confirmation at 0.3 disagree: the midpoint, 0.375.
    change = tags.reject("beach", [mid])
    assert change.threshold_after == pytest.approx(0.375)
    # Confirming a photo that already passes moves nothing.
    assert not tags.confirm("beach", [high]).needs_apply


def test_labelling_only_new_photos_uses_each_sets_mark(photos: Photos) -> None:
    first = photos.add(with_cosine("beach", 0.8), with_cosine("forest", 0.8))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    before = {r[:2]: r for r in photos.rows()}
    later = photos.add(with_cosine("mountains", 0.9), axis(EMPTY))
    summary = run_job(label_new(photos.catalog, photos.encoder))
    assert summary.photos == 2  # only the new ones were scored
    assert photos.labels() == {first[0]: {"beach"}, first[1]: {"forest"}, later[0]: {"mountains"}}
    after = {r[:2]: r for r in photos.rows()}
    assert all(after[k] == v for k, v in before.items())  # old rows untouched (same updated_at)
    assert run_job(label_new(photos.catalog, photos.encoder)).photos == 0  # nothing new
    # An edited set is not up to date: the hook applies it whole.
    save_tagset(photos.catalog, multi(0.85))
    summary = run_job(label_new(photos.catalog, photos.encoder))
    assert summary.photos == 4 and photos.labels() == {later[0]: {"mountains"}}


def test_label_photos_touches_only_the_given_photos(photos: Photos) -> None:
    a, b = photos.add(with_cosine("beach", 0.8), with_cosine("beach", 0.8))
    save_tagset(photos.catalog, multi(0.5))
    run_job(label_photos(photos.catalog, photos.encoder, [a]))
    assert photos.labels() == {a: {"beach"}}


def test_model_change_makes_sets_stale_and_reapply_uses_the_new_model(photos: Photos) -> None:
    (pid,) = photos.add(with_cosine("beach", 0.8))
    # The same photo as another model sees it.
    photos.catalog.store_embeddings("fake-2", [(pid, with_cosine("forest", 0.9), with_cosine("forest", 0.9), (1, 1, 1, None))])
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    tags = photos.manager()
    assert tags.sets()[0].up_to_date and photos.labels()[pid] == {"beach"}
    photos.encoder = FakeEncoder("fake-2")  # the serving model changed
    assert [s.name for s in tags.stale()] == ["Places"]
    summary = run_job(tags.reapply_all(refresh_prompts=True))
    assert summary.model == "fake-2" and tags.sets()[0].applied_model == "fake-2"
    assert photos.labels()[pid] == {"forest"}
    assert not tags.stale()


def test_cancelled_apply_keeps_a_consistent_catalog(photos: Photos, monkeypatch: pytest.MonkeyPatch) -> None:
    from photoclip.core.tagsets import labelling

    monkeypatch.setattr(labelling, "CHUNK", 2)
    ids = photos.add(*[with_cosine("beach", 0.8) for _ in range(6)])
    save_tagset(photos.catalog, multi(0.5))
    cancel = threading.Event()
    events = apply_tagset(photos.catalog, photos.encoder, cancel=cancel)
    for event in events:
        if event.phase == "label" and event.done == 2:
            cancel.set()
    assert set(photos.labels()) == set(ids[:2])  # the first chunk is in, nothing half-written
    assert photos.manager().stale()  # and the set still counts as not applied
    apply(photos)
    assert set(photos.labels()) == set(ids)


def test_preview_scores_a_matrix_without_storing(photos: Photos) -> None:
    ids = photos.add(with_cosine("beach", 0.8), axis(EMPTY))
    preview = photos.manager().preview(multi(0.5))
    assert preview.photo_ids.tolist() == ids and preview.labels == ("beach", "mountains", "forest")
    assert preview.scores.shape == (2, 3)
    np.testing.assert_allclose(preview.cosines[0], [0.8, 0, 0], atol=1e-6)
    assert preview.assigned.tolist() == [[True, False, False], [False, False, False]]
    assert photos.rows() == []


def test_csv_export(photos: Photos, tmp_path: Path) -> None:
    beach, nothing = photos.add(with_cosine("beach", 0.8), axis(EMPTY))
    save_tagset(photos.catalog, multi(0.5))
    apply(photos)
    tags = photos.manager()
    tags.confirm("forest", [nothing])
    out = tmp_path / "tags.csv"
    assert tags.export_csv(out) == 2
    lines = out.read_text().splitlines()
    assert lines[0] == "path,tagset,tag,score,source"
    assert lines[1].endswith(",Places,beach,0.800000,auto")
    assert ",Places,forest," in lines[2] and lines[2].endswith(",manual")


def test_evaluation_counts_precision_recall_and_ap(photos: Photos, tmp_path: Path) -> None:
    ids = photos.add(with_cosine("beach", 0.8), with_cosine("beach", 0.3), with_cosine("forest", 0.9), axis(EMPTY))
    paths = {pid: rec.path for pid, rec in photos.catalog.photos_by_ids(ids).items()}
    csv_path = tmp_path / "labels.csv"
    csv_path.write_text(
        "file,categories\n"
        f"{paths[ids[0]]},beach\n{paths[ids[1]]},beach;mountains\n{paths[ids[2]]},beach\n{paths[ids[3]]},\n"
    )
    report = photos.manager().evaluate(csv_path, tmp_path, multi(0.5))
    by = {t.label: t for t in report.tags}
    assert report.photos == 4 and report.missing == ()
    assert (by["beach"].support, by["beach"].predicted, by["beach"].true_positives) == (3, 1, 1)
    assert by["beach"].precision == 1.0 and by["beach"].recall == pytest.approx(1 / 3)
    # Ranked by score the three true photos come first (0.8, 0.3, then a tie at 0 kept in file order).
    assert by["beach"].average_precision == pytest.approx(1.0)
    assert by["mountains"].support == 1 and by["mountains"].predicted == 0 and by["mountains"].precision is None
    assert by["forest"].support == 0 and by["forest"].predicted == 1 and by["forest"].precision == 0.0
    assert report.micro_precision == pytest.approx(0.5) and report.micro_recall == pytest.approx(0.25)


# ======================================================== real model (test-tiny)
def _index(lib: Library) -> None:
    for _ in lib.index():
        pass


def _tiny_multi(lib: Library) -> TagSet:
    """A multi-label set where each tag's threshold is the median of its scores over the library: each album gets half the photos."""
    labels = ("a dog", "a beach", "a birthday cake")
    draft = TagSet("Things", tuple(TagDef(x) for x in labels), mode=MODE_MULTI, threshold=0.0)
    medians = np.median(lib.tags.preview(draft).cosines, axis=0)
    return TagSet("Things", tuple(TagDef(x, threshold=float(m)) for x, m in zip(labels, medians)), mode=MODE_MULTI)


def _assigned(lib: Library, set_name: str) -> dict[int, set[str]]:
    """photo id -> the labels of the set it has, read through the album API."""
    out: dict[int, set[str]] = {}
    for album in lib.tags.albums(set_name):
        for photo in lib.tags.album_photos(album.tag_id):
            out.setdefault(photo.photo_id, set()).add(album.label)
    return out


def test_real_model_apply_matches_the_preview_and_new_photos_are_labelled(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    ts = _tiny_multi(lib)
    lib.tags.save(ts)
    summary = run_job(lib.tags.apply())
    assert summary.model == "test-tiny" and summary.photos == 12
    preview = lib.tags.preview("Things")
    expected = {
        int(pid): {ts.tags[k].label for k in np.flatnonzero(row)} for pid, row in zip(preview.photo_ids, preview.assigned) if row.any()
    }
    assert _assigned(lib, "Things") == expected
    assert [a.count for a in lib.tags.albums("Things")] == [6, 6, 6]  # half the photos are above each median

    # New files: indexing embeds them, and the tag set files them right away.
    for i in range(12, 16):
        write_photo(photo_dir / "c" / f"new_{i}.jpg", seed=i)
    _index(lib)
    new_ids = [lib.tags.photo_id(photo_dir / "c" / f"new_{i}.jpg") for i in range(12, 16)]
    fresh = lib.tags.preview("Things", new_ids)
    want = {int(pid): {ts.tags[k].label for k in np.flatnonzero(row)} for pid, row in zip(fresh.photo_ids, fresh.assigned) if row.any()}
    got = {pid: labels for pid, labels in _assigned(lib, "Things").items() if pid in new_ids}
    assert got == want
    assert lib.tags.sets()[0].up_to_date


def test_real_model_exclusive_set_gives_each_photo_its_argmax(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    ts = TagSet("Where", (TagDef("beach"), TagDef("forest"), TagDef("city")), mode=MODE_EXCLUSIVE, min_probability=0.0)
    lib.tags.save(ts)
    run_job(lib.tags.apply())
    preview = lib.tags.preview("Where")
    np.testing.assert_allclose(preview.scores.sum(axis=1), 1, atol=1e-5)
    got = _assigned(lib, "Where")
    assert len(got) == 12 and all(len(v) == 1 for v in got.values())
    for pid, row in zip(preview.photo_ids.tolist(), preview.scores):
        assert got[pid] == {ts.tags[int(np.argmax(row))].label}
    # The same set with an impossible cosine floor: every photo gets none.
    lib.tags.save(TagSet("Where", ts.tags, mode=MODE_EXCLUSIVE, min_probability=0.0, min_cosine=0.99))
    run_job(lib.tags.apply())
    assert _assigned(lib, "Where") == {}


def test_search_inside_an_album_ranks_only_its_photos(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    lib.tags.save(_tiny_multi(lib))
    run_job(lib.tags.apply())
    album = max(lib.tags.albums("Things"), key=lambda a: a.count)
    members = {p.photo_id for p in lib.tags.album_photos(album.tag_id)}
    assert 0 < len(members) < 12
    hits = lib.search("a dog on a beach", k=3, filters=SearchFilters(album=album.tag_id))
    assert {h.photo_id for h in hits} <= members and len(hits) == min(3, len(members))
    # The top k under the filter is the true top k among the members.
    everything = lib.search("a dog on a beach", k=100)
    assert [h.photo_id for h in hits] == [h.photo_id for h in everything if h.photo_id in members][:3]
    # A manual rejection takes the photo out of the album's search too.
    lib.tags.reject(album.tag_id, [hits[0].photo_id])
    again = lib.search("a dog on a beach", k=20, filters=SearchFilters(album=album.tag_id))
    assert hits[0].photo_id not in {h.photo_id for h in again}


def test_switching_models_reapplies_tag_sets_automatically(tiny_library: Library, photo_dir: Path) -> None:
    lib = tiny_library
    lib.add_folder(photo_dir)
    _index(lib)
    lib.tags.save(_tiny_multi(lib))
    run_job(lib.tags.apply())
    tiny = lib.registry.get("test-tiny")
    lib.import_model(lib.registry.ensure_weights(tiny), tiny.arch, "tiny-copy")
    lib.use_model("tiny-copy")
    assert lib.tags.sets()[0].applied_model == "test-tiny"
    _index(lib)  # embeds everything with the new model; serving switches; the set is applied again
    info = lib.tags.sets()[0]
    assert lib.serving_model().name == "tiny-copy"
    assert info.applied_model == "tiny-copy" and info.up_to_date
    assert sum(a.count for a in lib.tags.albums()) > 0


def test_library_without_tag_sets_indexes_as_before(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    assert tiny_library.tags.sets() == [] and tiny_library.tags.albums() == []
    assert tiny_library.embedder().text_encoder_calls == 0  # type: ignore[attr-defined]
