"""Shared fakes of the tag-set tests: hand-made vectors, a text encoder whose embeddings are known exactly, a catalog to fill.

A prompt's vector is the sum of one-hot axes of the keywords it contains, so scores,
thresholds and "none" outcomes can be asserted to the decimal.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets.definition import MODE_EXCLUSIVE, MODE_MULTI, TagDef, TagSet
from photoclip.core.tagsets.labelling import apply_tagset, run_job
from photoclip.core.tagsets.manager import TagManager

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
