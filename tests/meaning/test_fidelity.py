"""The fast pipeline means what open_clip means: fast decode, bf16 and the ANN index each
keep recall@5 within one point of open_clip's reference preprocessing, fp32 and exact search."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from photoclip.core.world.scene import Scene, caption, save_photo, scenes

PHOTOS = 300


@pytest.fixture(scope="module")
def held_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[Path, Scene]]]:
    folder = tmp_path_factory.mktemp("fidelity") / "photos"
    photos = [(save_photo(s, folder / f"p{i:03d}.jpg", (1600, 1200)), s) for i, s in enumerate(scenes(PHOTOS, 31337))]
    return folder, photos


def _recall(text_vectors: np.ndarray, photo_vectors: np.ndarray) -> float:
    """recall@5 of query i finding photo i, by exact search."""
    top = np.argsort(-(text_vectors @ photo_vectors.T), axis=1)[:, :5]
    return float(np.mean([i in row for i, row in enumerate(top)]))


def _captions(photos: list[tuple[Path, Scene]]) -> list[str]:
    return [caption(s, "en", detail=3) for _, s in photos]


def _reference(library: Any, photos: list[tuple[Path, Scene]]) -> tuple[np.ndarray, np.ndarray]:
    """open_clip's own preprocess on the upright full decode, fp32, through the product's loader."""
    import torch
    from PIL import Image, ImageOps

    from photoclip.core.models import load_open_clip

    spec = library.registry.get("shapes-world")
    model, preprocess, tokenizer = load_open_clip(spec, library.registry.ensure_weights(spec))
    with torch.no_grad():
        images = []
        for path, _ in photos:
            with Image.open(path) as im:
                images.append(preprocess(ImageOps.exif_transpose(im).convert("RGB")))
        image = torch.nn.functional.normalize(model.encode_image(torch.stack(images)), dim=-1).numpy()
        text = torch.nn.functional.normalize(model.encode_text(tokenizer(_captions(photos))), dim=-1).numpy()
    return text, image


def _library_vectors(
    home: Path, folder: Path, photos: list[tuple[Path, Scene]], **settings: Any
) -> tuple[Any, np.ndarray, np.ndarray]:
    """A library of ``photos`` indexed with ``settings``: (library, text vectors of the captions, photo vectors)."""
    from photoclip.core.library import Library
    from photoclip.paths import LibraryPaths
    from photoclip.settings import Settings

    library = Library(LibraryPaths.at(home), replace(Settings(), **settings))
    library.use_model("shapes-world")
    library.add_folder(folder)
    for _ in library.index():
        pass
    ids = [library.catalog.photo_by_path(str(p.resolve())).id for p, _ in photos]  # type: ignore[union-attr]
    got, vectors = library.catalog.embeddings_for("shapes-world", ids)
    order = {int(pid): k for k, pid in enumerate(got)}
    image = np.stack([vectors[order[i]] for i in ids])
    text = library.query_embedder().encode_texts(_captions(photos))
    return library, text, image


def test_fast_decode_bf16_and_the_index_keep_recall_within_one_point(
    held_out: tuple[Path, list[tuple[Path, Scene]]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, photos = held_out
    exact_lib, text32, image_fast32 = _library_vectors(tmp_path / "fp32", folder, photos, precision="fp32")
    try:
        ref_text, ref_image = _reference(exact_lib, photos)
        reference = _recall(ref_text, ref_image)
        fast_decode = _recall(text32, image_fast32)
        # The ANN index of the fp32 library, against exact search over the same vectors.
        paths = [str(p.resolve()) for p, _ in photos]
        found, score_gaps = [], []
        for i, text in enumerate(_captions(photos)):
            hits = {h.path: h.score for h in exact_lib.search(text, k=5)}
            found.append(paths[i] in hits)
            if paths[i] in hits:
                # Scores are cosines (as open_clip's), so thresholds mean the same in every library.
                score_gaps.append(abs(hits[paths[i]] - float(ref_text[i] @ ref_image[i])))
        ann = float(np.mean(found))
    finally:
        exact_lib.close()
    bf16_lib, text16, image16 = _library_vectors(tmp_path / "bf16", folder, photos, precision="bf16")
    bf16_lib.close()
    bf16 = _recall(text16, image16)
    with capsys.disabled():
        print(f"\nrecall@5 on {PHOTOS} held-out 1600x1200 photos: reference {reference:.3f}, "
              f"fast decode {fast_decode:.3f}, + ANN index {ann:.3f}, fast decode + bf16 {bf16:.3f}; "
              f"largest score gap to the reference cosine {max(score_gaps):.4f}")
    assert reference >= 0.6  # the model knows its world: the comparison below means something
    assert abs(fast_decode - reference) <= 0.01
    assert abs(ann - fast_decode) <= 0.01
    assert abs(bf16 - fast_decode) <= 0.01
    assert max(score_gaps) < 0.03, max(score_gaps)
