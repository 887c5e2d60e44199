"""The photo's own words: the shapes-world model describes its photos with the shipped vocabulary.

The model knows only its world's words (shapes, colours, backgrounds); the
other thousand concepts of the vocabulary are noise to it, which makes these
tests a fair check that the right word wins against many wrong ones.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.indexing.service import IndexService, ServiceEvent
from photoclip.core.library import Library
from photoclip.core.world.demo import demo_tagset_files
from photoclip.core.world.scene import Scene, save_photo, scenes
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from tests.meaning.conftest import World

#: A scene the model reads well: large red triangles on a plain white background.
RED_TRIANGLES = Scene("triangle", "red", 2, True, "white", "plain", "up", seed=7)


@pytest.fixture()
def small(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    """A library of a few world photos and the red triangles; yields it and the triangles' photo id."""
    folder = tmp_path / "photos"
    for i, scene in enumerate(scenes(12, 41)):
        save_photo(scene, folder / f"p{i:02d}.jpg", (640, 480))
    known = save_photo(RED_TRIANGLES, folder / "red_triangles.jpg", (640, 480))
    library = Library(LibraryPaths.at(tmp_path / "home"))
    library.use_model("shapes-world")
    library.add_folder(folder)
    for _ in library.index():
        pass
    record = library.catalog.photo_by_path(str(known.resolve()))
    assert record is not None
    yield library, record.id
    library.close()


def test_a_photo_of_red_triangles_is_described_as_red_first_in_the_ui_language(small: tuple[Library, int]) -> None:
    library, photo = small
    assert not library.words.ready()
    assert library.words.describe_if_ready(photo, 5, "es") is None  # the app's GUI never runs the model itself
    words = library.words.describe(photo, 5, "es")
    assert library.words.ready()  # encoded once, cached for the next photo
    assert len(words) == 5 and words[0].english == "red" and words[0].text == "rojo"
    assert words[0].source == "vocabulary" and words[0].from_vocabulary
    assert words[0].query == "rojo"  # the model reads Spanish: a click searches for the word shown
    scores = [w.score for w in words]
    assert scores == sorted(scores, reverse=True) and 0.3 < scores[0] <= 1.0
    assert [w.english for w in library.words.describe(photo, 3, "pt")][0] == "red"
    assert library.words.describe_if_ready(photo, 5, "es") == words
    assert library.words.describe(photo, 1, "pt")[0].text == "vermelho"


def test_most_world_photos_have_their_shape_or_colour_among_their_first_three_words(world: World) -> None:
    library = world.library
    assert isinstance(library, Library)
    records = library.browse()
    found = 0
    for record in records:
        scene = world.scene_of[record.path]
        found += any(w.english in (scene.shape, scene.colour) for w in library.words.describe(record.id, 3))
    # Chance is about 3 in 500 (two right words among 1024); measured 80 of 120.
    assert found / len(records) >= 0.55, found


def test_the_centre_of_a_group_of_photos_is_named_by_what_they_share(world: World) -> None:
    """What an Explore map labels its regions with: the best words of a centroid."""
    library = world.library
    assert isinstance(library, Library)
    records = {r.id: r for r in library.browse()}
    ids, vectors = library.catalog.embeddings_for(library.serving_identity(), list(records))
    for attribute in ("colour", "background"):
        groups: dict[str, list[np.ndarray]] = collections.defaultdict(list)
        for photo_id, vector in zip(ids, vectors):
            groups[getattr(world.scene_of[records[int(photo_id)].path], attribute)].append(vector)
        for value, members in groups.items():
            best = library.words.best(np.mean(members, axis=0), 3, "pt")
            assert best[0].english == value, (attribute, value, best)
    with pytest.raises(ValueError):
        library.words.best(np.zeros(vectors.shape[1], dtype=np.float32))
    with pytest.raises(ValueError, match="dimensions"):
        library.words.best(np.ones(3, dtype=np.float32))


def test_a_tag_set_s_labels_join_the_words_and_stand_for_the_same_concept(small: tuple[Library, int]) -> None:
    library, photo = small
    shapes = next(p for p in demo_tagset_files() if p.name == "shapes.toml")
    library.tags.import_file(shapes)
    words = library.words.describe(photo, 1100, "es")
    triangles = [w for w in words if w.english == "triangle"]
    assert [(w.source, w.text) for w in triangles] == [("Shapes", "triangle")]  # the user's tag, not the concept too
    assert sum(w.source == "Shapes" for w in words) == 4
    assert sum(w.score for w in words) == pytest.approx(1.0, abs=1e-3)  # one softmax over every candidate
    shape_words = [w.english for w in words if w.source == "Shapes"]
    assert shape_words[0] == "triangle"


def test_the_words_follow_a_personalisation_profile_and_come_back_cached_on_revert(small: tuple[Library, int]) -> None:
    library, photo = small
    before = library.words.describe(photo, 5)
    embedder = library.embedder()
    calls = embedder.text_encoder_calls  # type: ignore[attr-defined]  # ClipEmbedder counts its text batches

    # A profile whose text head points every word the other way: its words must change.
    image_head, text_head = embedder.heads()  # type: ignore[attr-defined]
    profiles = library.profile_store()
    profiles.ensure_original(image_head, text_head)
    name = profiles.save_heads(image_head, -text_head)
    library.use_profile(name)
    assert library.serving_identity() == f"shapes-world+{name}"
    assert not library.words.ready()  # the base model's vectors do not stand for the profile's
    personalised = library.words.describe(photo, 5)
    assert personalised[0].english != before[0].english
    assert embedder.text_encoder_calls > calls  # type: ignore[attr-defined]

    # The profile's text side changed under the same name: the cache is forgotten, in memory too.
    for _ in library.tags.reapply_all(refresh_prompts=True):
        pass
    assert not library.words.ready()
    again = embedder.text_encoder_calls  # type: ignore[attr-defined]
    assert library.words.describe(photo, 5) == personalised
    assert embedder.text_encoder_calls > again  # type: ignore[attr-defined]

    library.use_profile(None)
    assert library.words.ready()
    reverted = embedder.text_encoder_calls  # type: ignore[attr-defined]
    assert library.words.describe(photo, 5) == before
    assert embedder.text_encoder_calls == reverted  # type: ignore[attr-defined]  # from the cache, not the model


def test_the_service_prepares_the_words_in_its_own_job(small: tuple[Library, int]) -> None:
    library, photo = small
    events: list[ServiceEvent] = []
    service = IndexService(library, watch=False, rescan_seconds=1e9)
    service.subscribe(events.append)
    service.start()
    try:
        service.prepare_words().result(60)
    finally:
        service.stop()
    assert library.words.ready()
    progress = [e.index_progress for e in events if e.kind == "progress" and e.job == "words"]
    assert progress and progress[-1] is not None and progress[-1].done == progress[-1].total > 1000
    assert library.words.describe(photo, 1)[0].english == "red"


def test_a_photo_without_a_vector_cannot_be_described(small: tuple[Library, int]) -> None:
    library, _photo = small
    with pytest.raises(PhotoclipError, match="not been indexed"):
        library.words.describe(10_000)
    with pytest.raises(PhotoclipError, match="not been indexed"):
        library.words.describe_if_ready(10_000)  # said before "not prepared": preparing would not help
