"""Personalisation on the real test-tiny model: captions, training, apply without re-encoding, exact revert, refusal."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoclip.core.captions import CaptionCounts
from photoclip.core.library import Library
from photoclip.core.personalize.records import PersonalizationRefused, TrainingConfig, TrainingResult
from photoclip.core.personalize.training import split_by_photo
from photoclip.core.storage.catalog import project_features
from photoclip.errors import PhotoclipError
from photoclip.paths import LibraryPaths
from tests.conftest import write_photo

COLOURS = {
    "red": (220, 30, 30),
    "green": (30, 200, 40),
    "blue": (30, 40, 220),
    "yellow": (230, 220, 30),
    "black": (15, 15, 15),
    "white": (240, 240, 240),
}
PER_COLOUR = 10
QUERIES = ("a red picture", "something blue", "a photo of a dog", "white")
FAST = TrainingConfig(epochs=8, learning_rate=0.05)


def _write_colour_photos(root: Path) -> list[tuple[Path, str]]:
    """Photos of six flat colours (plus noise), each with two captions that name its colour."""
    rng = np.random.default_rng(0)
    captions = []
    for name, rgb in COLOURS.items():
        for i in range(PER_COLOUR):
            pixels = np.clip(np.array(rgb) + rng.normal(0, 25, (48, 64, 3)), 0, 255).astype(np.uint8)
            path = root / name / f"{name}_{i}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            Image.fromarray(pixels).save(path)
            captions += [(path, f"a {name} picture"), (path, f"something {name}")]
    return captions


def _index(lib: Library) -> None:
    for _ in lib.index():
        pass


def _train(lib: Library, config: TrainingConfig = FAST) -> TrainingResult:
    result = None
    for event in lib.personalize(config):
        result = event.result or result
    assert result is not None
    return result


def _rankings(lib: Library) -> list[list[tuple[int, float]]]:
    return [[(h.photo_id, h.score) for h in lib.search(q, k=10)] for q in QUERIES]


@pytest.fixture(scope="module")
def colour_photos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[Path, str]]]:
    root = tmp_path_factory.mktemp("colours") / "photos"
    return root, _write_colour_photos(root)


@pytest.fixture(scope="module")
def indexed_home(tmp_path_factory: pytest.TempPathFactory, colour_photos: tuple[Path, list[tuple[Path, str]]]) -> Path:
    """A library of the colour photos, indexed and captioned once; tests work on copies."""
    root, captions = colour_photos
    home = tmp_path_factory.mktemp("indexed") / "home"
    with Library(LibraryPaths.at(home)) as lib:
        lib.use_model("test-tiny")
        lib.add_folder(root)
        _index(lib)
        for path, text in captions:
            assert lib.add_caption(path, text)
    return home


@pytest.fixture
def lib(indexed_home: Path, tmp_path: Path) -> Library:
    home = tmp_path / "home"
    shutil.copytree(indexed_home, home)
    library = Library(LibraryPaths.at(home))
    yield library
    library.close()


# ------------------------------------------------------------------ captions
def test_captions_follow_the_photo_through_reindex_move_change_and_model_switch(home: Path, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    first = write_photo(photos / "a.jpg", seed=1)
    write_photo(photos / "b.jpg", seed=2)
    lib = Library(LibraryPaths.at(home))
    lib.use_model("test-tiny")
    lib.add_folder(photos)
    _index(lib)
    assert lib.set_captions(first, ["  my  dog Rex ", "", "my dog Rex", "the garden"]) == ["my dog Rex", "the garden"]
    photo_id = lib.catalog.photo_by_path(str(first)).id  # type: ignore[union-attr]

    _index(lib)  # re-index
    moved = photos / "sub" / "renamed.jpg"
    moved.parent.mkdir()
    first.rename(moved)
    _index(lib)  # a move keeps the photo id
    assert lib.catalog.photo_by_path(str(moved)).id == photo_id  # type: ignore[union-attr]
    write_photo(moved, seed=3)  # edited in place: embedded again, captions stay
    _index(lib)
    weights = lib.registry.weights_path(lib.registry.get("test-tiny"))
    lib.import_model(weights, "test-tiny", "tiny-two")
    lib.use_model("tiny-two")
    _index(lib)
    assert lib.serving_model().name == "tiny-two"
    assert lib.captions(moved) == ["my dog Rex", "the garden"]
    assert lib.captions(photo_id) == ["my dog Rex", "the garden"]
    assert not lib.add_caption(moved, "the garden")  # already there
    assert lib.add_caption(moved, "sunny afternoon")
    lib.close()
    with Library(LibraryPaths.at(home)) as again:  # and across processes
        assert again.captions(moved) == ["my dog Rex", "the garden", "sunny afternoon"]
        with pytest.raises(PhotoclipError):
            again.captions(tmp_path / "nowhere.jpg")


def test_caption_counts_are_of_captions_and_of_photos_still_in_the_library(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    assert tiny_library.caption_counts() == CaptionCounts(captions=0, photos=0)
    first, second = photo_dir / "a" / "img_00.jpg", photo_dir / "b" / "img_06.jpg"
    tiny_library.set_captions(first, ["a red ball", "on the lawn"])
    tiny_library.set_captions(second, ["a blue kite"])
    assert tiny_library.caption_counts() == CaptionCounts(captions=3, photos=2)
    second.unlink()
    _index(tiny_library)  # the photo is deleted from the library: its caption no longer counts
    assert tiny_library.caption_counts() == CaptionCounts(captions=2, photos=1)


def test_import_skips_bad_rows_with_line_number_and_reason(tiny_library: Library, photo_dir: Path, tmp_path: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    outside = write_photo(tmp_path / "elsewhere" / "stranger.jpg", seed=99)
    csv_file = photo_dir / "captions.csv"
    csv_file.write_text(
        "path,caption\n"  # 1: header
        "a/img_00.jpg,A red car parked outside\n"  # 2: relative to the CSV's folder
        f"{photo_dir / 'a' / 'img_01.jpg'},\"A dog, running\"\n"  # 3: absolute, quoted comma
        "a/img_00.jpg,A red car parked outside\n"  # 4: duplicate: counted, not an error
        "a/missing.jpg,a caption\n"  # 5: no such photo
        "a/img_02.jpg,   \n"  # 6: empty caption
        "a/img_03.jpg,too,many,columns\n"  # 7
        "\n"  # 8: blank, ignored
        f"{outside},not in the library\n"  # 9
        ",no path\n"  # 10
        "b/img_07.jpg\n",  # 11: one column
        encoding="utf-8",
    )
    report = tiny_library.import_captions(csv_file)
    assert (report.added, report.duplicates, report.photos) == (2, 1, 2)
    reasons = {p.line: p.reason for p in report.skipped}
    assert sorted(reasons) == [5, 6, 7, 9, 10, 11]
    assert "no such photo" in reasons[5]
    assert "empty" in reasons[6]
    assert "found 4" in reasons[7]
    assert "not in the library" in reasons[9]
    assert "path is empty" in reasons[10]
    assert "found 1" in reasons[11]
    assert tiny_library.captions(photo_dir / "a" / "img_01.jpg") == ["A dog, running"]
    with pytest.raises(PhotoclipError):
        tiny_library.import_captions(tmp_path / "absent.csv")


# ------------------------------------------------------------------ training
def test_split_is_by_photo_seeded_and_order_free() -> None:
    ids = np.arange(100, 1100)
    train, held = split_by_photo(ids, 0.2, seed=0)
    assert (len(train), len(held)) == (800, 200)
    assert not set(train) & set(held)
    again = split_by_photo(ids[::-1].copy(), 0.2, seed=0)
    assert np.array_equal(again[1], held)
    assert not np.array_equal(split_by_photo(ids, 0.2, seed=1)[1], held)


def test_training_lowers_the_loss_and_improves_heldout_recall(lib: Library) -> None:
    events = list(lib.personalize(FAST))
    phases = [e.phase for e in events]
    assert phases[0] == "text-features" and phases[-1] == "done"
    epochs = [e for e in events if e.phase == "train"]
    assert [e.epoch for e in epochs] == list(range(len(epochs)))
    result = events[-1].result
    assert result is not None
    assert result.losses[-1] < result.losses[0]  # losses[0]: the original heads
    assert (result.train_photos, result.heldout_photos) == (48, 12)
    assert (result.train_captions, result.heldout_captions) == (96, 24)
    assert result.improved and result.after.mean > result.before.mean
    original_image, original_text = lib.embedder().heads()  # type: ignore[attr-defined]
    assert result.image_head.shape == original_image.shape and not np.allclose(result.image_head, original_image)
    assert result.text_head.shape == original_text.shape


def test_captions_are_encoded_once(lib: Library) -> None:
    embedder = lib.embedder()
    _train(lib)
    calls = embedder.text_encoder_calls  # type: ignore[attr-defined]
    assert calls > 0
    _train(lib)
    assert embedder.text_encoder_calls == calls  # type: ignore[attr-defined]


def test_l2sp_keeps_heads_closer_to_the_original(lib: Library) -> None:
    original, _ = lib.embedder().heads()  # type: ignore[attr-defined]
    free = _train(lib, TrainingConfig(epochs=8, learning_rate=0.05, l2sp=0.0, patience=99))
    held = _train(lib, TrainingConfig(epochs=8, learning_rate=0.05, l2sp=50.0, patience=99))
    assert np.linalg.norm(held.image_head - original) < np.linalg.norm(free.image_head - original)


def test_too_few_captioned_photos_is_an_error(tiny_library: Library, photo_dir: Path) -> None:
    tiny_library.add_folder(photo_dir)
    _index(tiny_library)
    tiny_library.add_caption(photo_dir / "a" / "img_00.jpg", "one caption")
    with pytest.raises(PhotoclipError, match="at least 10"):
        list(tiny_library.personalize())


# ------------------------------------------------------------------ applying
def test_apply_changes_results_without_encoding_a_photo_and_revert_restores_exact_rankings(lib: Library) -> None:
    original = _rankings(lib)
    image_calls = lib.embedder().image_encoder_calls  # type: ignore[attr-defined]
    result = _train(lib)

    info = lib.apply_personalization(result)
    assert (info.name, info.identity, info.active) == ("p1", "test-tiny+p1", True)
    assert lib.serving_identity() == "test-tiny+p1"
    assert lib.status().profile == "p1"
    personalised = _rankings(lib)
    assert personalised != original
    assert lib.embedder().image_encoder_calls == image_calls  # type: ignore[attr-defined]
    assert lib.catalog.embedding_count("test-tiny+p1") == len(COLOURS) * PER_COLOUR
    assert (lib.paths.profiles_dir / "test-tiny" / "original.safetensors").is_file()
    assert (lib.paths.index_dir / "test-tiny+p1.hnsw").is_file()

    # Queries go through the new text head; photos through the new image head.
    embedder = lib.query_embedder()
    base = lib.embedder()
    np.testing.assert_allclose(
        embedder.encode_texts(["a red picture"]),
        project_features(base.text_features(["a red picture"]), result.text_head),  # type: ignore[attr-defined]
        atol=1e-5,
    )
    ids, stored = lib.catalog.embeddings_for("test-tiny+p1", [1, 2])
    _, features = lib.catalog.features_for("test-tiny", ids)
    np.testing.assert_allclose(stored, project_features(features, result.image_head), atol=1e-5)

    assert lib.revert_personalization() == "p1"
    assert lib.serving_identity() == "test-tiny"
    assert _rankings(lib) == original  # exactly: ids and scores
    assert "test-tiny+p1" not in lib.catalog.models_with_embeddings()
    assert not (lib.paths.index_dir / "test-tiny+p1.hnsw").exists()
    assert lib.embedder().image_encoder_calls == image_calls  # type: ignore[attr-defined]
    assert [p.name for p in lib.profiles()] == ["p1"]  # the profile file stays
    assert lib.revert_personalization() is None

    lib.close()
    with Library(lib.paths) as again:  # and after a restart, from the saved index
        assert _rankings(again) == original


def test_a_run_that_does_not_help_heldout_recall_is_refused(lib: Library) -> None:
    result = _train(lib, TrainingConfig(epochs=3, learning_rate=0.0))
    assert not result.improved
    assert result.after == result.before
    with pytest.raises(PersonalizationRefused) as caught:
        lib.apply_personalization(result)
    assert "R@1" in caught.value.message and "before" in caught.value.message
    assert lib.active_profile() is None
    assert lib.profiles() == []
    assert lib.serving_identity() == "test-tiny"


def test_profile_survives_restart_and_photos_added_later_are_projected(lib: Library, tmp_path: Path) -> None:
    lib.apply_personalization(_train(lib))
    personalised = _rankings(lib)
    lib.close()
    again = Library(lib.paths)
    try:
        assert again.serving_identity() == "test-tiny+p1"
        assert _rankings(again) == personalised
        assert not again.embedder().loaded  # type: ignore[attr-defined]  # cached queries, saved index
        folder = Path(again.folders()[0].path)
        new = write_photo(folder / "red" / "late.png", seed=5, fmt="PNG")
        _index(again)
        pid = again.catalog.photo_by_path(str(new)).id  # type: ignore[union-attr]
        ids, _ = again.catalog.embeddings_for("test-tiny+p1", [pid])
        assert ids.tolist() == [pid]
        everything = again.search("anything", k=100)
        assert pid in {h.photo_id for h in everything}
        assert len(everything) == len(COLOURS) * PER_COLOUR + 1
        # A photo from outside the library is encoded and projected through the profile's head.
        outside = write_photo(tmp_path / "outside.png", seed=5, fmt="PNG")
        hits = again.similar(outside, k=1)
        assert [h.photo_id for h in hits] == [pid] and hits[0].score == pytest.approx(1.0, abs=1e-4)
    finally:
        again.close()


def test_switching_profiles_keeps_one_set_of_derived_vectors(lib: Library) -> None:
    lib.apply_personalization(_train(lib))
    second = _train(lib, TrainingConfig(epochs=4, learning_rate=0.1, seed=1))
    info = lib.apply_personalization(second)
    assert info.name == "p2"
    assert lib.catalog.projections("test-tiny") == ["test-tiny+p2"]
    assert set(lib.catalog.models_with_embeddings()) == {"test-tiny", "test-tiny+p2"}
    lib.use_profile("p1")
    assert lib.serving_identity() == "test-tiny+p1"
    assert [(p.name, p.active) for p in lib.profiles()] == [("p1", True), ("p2", False)]
    with pytest.raises(PhotoclipError, match="no personalisation profile"):
        lib.use_profile("p9")


def test_switching_reports_progress_through_projection_and_index_build(lib: Library) -> None:
    name = lib.apply_personalization(_train(lib)).name
    lib.use_profile(None)
    photos = lib.catalog.embedding_count("test-tiny")
    calls: list[tuple[int, int]] = []
    lib.use_profile(name, lambda done, total: calls.append((done, total)))
    assert calls[-1] == (2 * photos, 2 * photos)  # each photo projected once and indexed once
    assert any(done == photos for done, _ in calls)  # the projection half ends where the build starts
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert all(total == 2 * photos for _, total in calls)


def test_text_features_skip_the_padding_without_changing_them(lib: Library) -> None:
    import torch

    from photoclip.core.models.embedder import ClipEmbedder

    # fp32, so that "unchanged" can be checked to float rounding (bf16 rounds differently per length).
    embedder = ClipEmbedder(lib.registry, lib.chosen_model(), device="cpu", precision="fp32")
    texts = ["a red picture", "", "a much longer caption about a dog that runs along the beach at sunset", "x " * 100]
    trimmed = embedder.text_features(texts)  # type: ignore[attr-defined]
    with torch.inference_mode():
        full = embedder._model.encode_text(embedder._tokenizer(texts), normalize=False).numpy()  # type: ignore[attr-defined]
    np.testing.assert_allclose(trimmed, full, atol=1e-5)
    np.testing.assert_allclose(embedder.text_features(texts[:1]), full[:1], atol=1e-5)  # type: ignore[attr-defined]


def test_tag_sets_are_applied_again_after_a_switch(lib: Library) -> None:
    from photoclip.core.tagsets.files import parse_tagset

    tagset = parse_tagset('name = "Colours"\nmode = "multi"\n[[tags]]\nlabel = "red"\n[[tags]]\nlabel = "blue"\n', "toml")
    lib.tags.save(tagset)
    for _ in lib.tags.apply():
        pass
    assert [(t.applied_model, t.up_to_date) for t in lib.tags.sets()] == [("test-tiny", True)]
    lib.apply_personalization(_train(lib))
    assert [(t.applied_model, t.up_to_date) for t in lib.tags.sets()] == [("test-tiny+p1", True)]
    lib.revert_personalization()
    assert [(t.applied_model, t.up_to_date) for t in lib.tags.sets()] == [("test-tiny", True)]
