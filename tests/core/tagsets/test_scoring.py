"""Scoring: prompt ensembles (cached per model), multi-label and exclusive choices, softmax at the logit scale, the feedback rule."""

from __future__ import annotations

import numpy as np
import pytest

from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, MODE_MULTI, TagDef, TagSet
from photoclip.core.tagsets.scoring import choose_tags, learned_threshold, score_photos, softmax, tag_vectors
from photoclip.core.tagsets.store import clear_prompt_cache
from tests.core.tagsets.conftest import FakeEncoder, Photos, axis, unit, with_cosine


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
