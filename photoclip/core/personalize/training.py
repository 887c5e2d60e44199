"""Personalisation: fine-tune a model's projection heads on the user's own captions.

Both encoders stay frozen. Only the two projection heads (image: ``(F, D)``,
text: ``(Ft, D)``) are trained, with CLIP's symmetric contrastive loss at the
model's own temperature, on

- the pre-projection image features the catalog already stores for every
  photo (no image is decoded), and
- the pre-projection text features of each caption, computed once with the
  text tower and cached in the catalog.

That takes seconds on a CPU for a few thousand captions.

Guarding against forgetting:
- an L2-SP penalty pulls both heads toward the original ones;
- about 20% of the captioned photos (split by photo, seeded) are held out;
  training stops early when their text-to-image recall stops improving, and
  the best epoch is kept;
- a result that does not improve held-out recall is refused
  (:class:`PersonalizationRefused`), with the figures.

:func:`train` is a generator of :class:`PersonalizeProgress` events (like
the indexing jobs) so the CLI drives it with a progress display and the
GUI's background service from a worker thread, with cancellation between
epochs.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from photoclip.core.captions import caption_pairs
from photoclip.core.personalize.profiles import HeadedEmbedder
from photoclip.core.personalize.records import RECALL_AT, PersonalizeProgress, Recall, TrainingConfig, TrainingResult
from photoclip.core.storage.catalog import Catalog
from photoclip.errors import PhotoclipError

# (train photo ids, held-out photo ids)
PhotoSplit = tuple[Sequence[int] | np.ndarray, Sequence[int] | np.ndarray]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, eq=False)
class TrainingData:
    """Everything training needs, as arrays.

    Attributes:
        photo_ids: ``(P,)`` the captioned photos that have features.
        image_features: ``(P, F)`` their pre-projection features.
        text_features: ``(C, Ft)`` the captions' pre-projection features.
        caption_photo: ``(C,)`` the row of ``photo_ids`` each caption describes.
    """

    photo_ids: np.ndarray
    image_features: np.ndarray
    text_features: np.ndarray
    caption_photo: np.ndarray


def split_by_photo(photo_ids: Sequence[int] | np.ndarray, holdout: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Split photos into training and held-out sets (every caption of a photo goes with it).

    The split depends only on the set of ids and the seed, not their order.

    Returns:
        ``(train_ids, heldout_ids)``, each sorted.
    """
    ids = np.unique(np.asarray(photo_ids, dtype=np.int64))
    n_held = int(round(len(ids) * holdout))
    if holdout > 0 and len(ids) > 1:
        n_held = min(max(n_held, 1), len(ids) - 1)
    order = np.random.default_rng(seed).permutation(len(ids))
    held = np.sort(ids[order[:n_held]])
    train = np.sort(ids[order[n_held:]])
    return train, held


TEXT_BATCH = 256


def cached_text_features(catalog: Catalog, model: str, texts: Iterable[str]) -> dict[str, np.ndarray]:
    """The cached pre-projection text features (table ``text_features``) of those ``texts`` that have them, for ``model``."""
    wanted = sorted(set(texts))
    out: dict[str, np.ndarray] = {}
    with catalog.reading() as db:
        for start in range(0, len(wanted), 900):
            chunk = wanted[start : start + 900]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT text, features FROM text_features WHERE model = ? AND text IN ({marks})"
            for text, blob in db.execute(sql, [model, *chunk]):
                out[str(text)] = np.frombuffer(blob, dtype=np.float32).copy()
    return out


def _store_text_features(catalog: Catalog, model: str, items: Sequence[tuple[str, np.ndarray]]) -> None:
    with catalog.transaction() as db:
        db.executemany(
            "INSERT OR REPLACE INTO text_features(model, text, features) VALUES (?, ?, ?)",
            [(model, text, np.ascontiguousarray(f, dtype=np.float32).tobytes()) for text, f in items],
        )


def caption_text_features(
    catalog: Catalog,
    embedder: HeadedEmbedder,
    texts: Sequence[str],
    cancel: threading.Event | None = None,
) -> Iterator[PersonalizeProgress]:
    """Make sure every text has cached pre-projection features for ``embedder``'s model.

    Only texts never seen before run through the text tower, in batches;
    the features are stored in the catalog (keyed by model and text).

    Yields:
        ``text-features`` events (``done`` of ``total`` texts to encode).
    """
    model = embedder.model_name
    # Similar lengths batch together: the text tower stops at each batch's longest text.
    missing = sorted(set(texts) - set(cached_text_features(catalog, model, set(texts))), key=lambda t: (len(t), t))
    total = len(missing)
    yield PersonalizeProgress("text-features", done=0, total=total)
    for start in range(0, total, TEXT_BATCH):
        if cancel is not None and cancel.is_set():
            return
        chunk = missing[start : start + TEXT_BATCH]
        features = embedder.text_features(chunk)
        _store_text_features(catalog, model, list(zip(chunk, features)))
        yield PersonalizeProgress("text-features", done=min(start + TEXT_BATCH, total), total=total)


def training_data(catalog: Catalog, embedder: HeadedEmbedder, cancel: threading.Event | None = None) -> Iterator[PersonalizeProgress | TrainingData]:
    """Collect the captioned photos' stored features and their captions' text features.

    Captions of photos without stored image features (not indexed yet, or
    unreadable) are left out, and their text is never encoded.

    Yields:
        ``text-features`` events, then the :class:`TrainingData` (nothing
        more if cancelled).
    """
    model = embedder.model_name
    pairs = caption_pairs(catalog)
    ids, image_features = catalog.features_for(model, {pid for pid, _ in pairs})
    row_of = {pid: row for row, pid in enumerate(ids.tolist())}
    kept = [(row_of[pid], text) for pid, text in pairs if pid in row_of]
    texts = [text for _, text in kept]
    yield from caption_text_features(catalog, embedder, texts, cancel)
    if cancel is not None and cancel.is_set():
        return
    cache = cached_text_features(catalog, model, texts)
    text_features = np.stack([cache[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, 0), np.float32)
    yield TrainingData(ids, image_features, text_features, np.asarray([row for row, _ in kept], dtype=np.int64))


# --------------------------------------------------------------------------- training


def train(
    catalog: Catalog,
    embedder: HeadedEmbedder,
    config: TrainingConfig | None = None,
    cancel: threading.Event | None = None,
    *,
    split: PhotoSplit | None = None,
) -> Iterator[PersonalizeProgress]:
    """Train new projection heads on the library's captions, starting from (and held near) the model's own.

    Args:
        catalog: Where the captions, image features and text-feature cache live.
        embedder: The base model (its towers stay frozen).
        config: Training settings (defaults: :class:`TrainingConfig`).
        cancel: Set it to stop after the current epoch; the best heads so far are returned.
        split: ``(train_photo_ids, heldout_photo_ids)`` to use instead of the
            seeded split (benchmarks with a fixed split).

    Yields:
        ``text-features`` events, one ``train`` event per epoch (epoch 0 =
        the original heads), then ``done`` carrying the :class:`TrainingResult`.

    Raises:
        PhotoclipError: Too few captioned photos with stored features, or
            the model has no separable projection heads.
    """
    config = config or TrainingConfig()
    started = time.monotonic()
    heads = embedder.heads()  # fails early for a model that cannot be personalised
    data: TrainingData | None = None
    for item in training_data(catalog, embedder, cancel):
        if isinstance(item, TrainingData):
            data = item
        else:
            yield item
    if data is None:
        return  # cancelled while encoding captions
    photos = len(np.unique(data.caption_photo))
    if photos < config.min_photos:
        raise PhotoclipError(
            f"Personalisation needs captions on at least {config.min_photos} indexed photos; {photos} have them.",
            hint="Add captions (photoclip captions import FILE.csv) and index the photos first.",
        )
    if split is None:
        split = split_by_photo(data.photo_ids[np.unique(data.caption_photo)], config.holdout, config.seed)
    for event in fit_heads(data, heads[0], heads[1], embedder.logit_scale, config, cancel, split=split):
        if event.result is not None:
            result = dataclasses.replace(event.result, base_model=embedder.model_name, seconds=time.monotonic() - started)
            event = dataclasses.replace(event, result=result)
        yield event


def fit_heads(
    data: TrainingData,
    image_head: np.ndarray,
    text_head: np.ndarray,
    logit_scale: float,
    config: TrainingConfig,
    cancel: threading.Event | None = None,
    *,
    split: PhotoSplit,
) -> Iterator[PersonalizeProgress]:
    """The training loop on arrays (no catalog, no model): symmetric CLIP loss plus L2-SP.

    Args:
        data: Features and caption-to-photo links.
        image_head / text_head: The starting heads, also the L2-SP anchor.
        logit_scale: The model's (exponentiated) logit scale, kept fixed.
        config: Training settings.
        cancel: Checked between epochs.
        split: ``(train_photo_ids, heldout_photo_ids)``.

    Yields:
        One ``train`` event per epoch (epoch 0 = the starting heads), then
        ``done`` with the result (``base_model`` and ``seconds`` left for
        the caller to fill in).
    """
    import torch
    import torch.nn.functional as F

    started = time.monotonic()
    cancel = cancel or threading.Event()
    train_ids, held_ids = (np.asarray(s, dtype=np.int64) for s in split)
    photo_of_caption = data.photo_ids[data.caption_photo]
    train_caps = np.flatnonzero(np.isin(photo_of_caption, train_ids))
    held_caps = np.flatnonzero(np.isin(photo_of_caption, held_ids))
    if len(train_caps) == 0 or len(held_caps) == 0:
        raise PhotoclipError("Personalisation needs captioned photos both to train on and to hold out.")

    img_all = torch.from_numpy(np.array(data.image_features, dtype=np.float32))  # copies: catalog buffers are read-only
    txt_all = torch.from_numpy(np.array(data.text_features, dtype=np.float32))
    cap_row = torch.from_numpy(data.caption_photo)
    wi0 = torch.from_numpy(np.array(image_head, dtype=np.float32))
    wt0 = torch.from_numpy(np.array(text_head, dtype=np.float32))
    wi = wi0.clone().requires_grad_(True)
    wt = wt0.clone().requires_grad_(True)
    # Adam's step is about lr in every entry, so tie it to the heads' scale.
    opt = torch.optim.Adam(
        [
            {"params": [wi], "lr": config.learning_rate * float(wi0.pow(2).mean().sqrt())},
            {"params": [wt], "lr": config.learning_rate * float(wt0.pow(2).mean().sqrt())},
        ]
    )
    wi0_sq = float(wi0.pow(2).sum()) or 1.0
    wt0_sq = float(wt0.pow(2).sum()) or 1.0
    scale = float(logit_scale)

    def contrastive(caps: torch.Tensor, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        rows = cap_row[caps]
        uniq, target = torch.unique(rows, return_inverse=True)
        img = F.normalize(img_all[uniq] @ a, dim=-1)
        txt = F.normalize(txt_all[caps] @ b, dim=-1)
        logits = scale * txt @ img.T  # (captions, photos)
        text_to_image = F.cross_entropy(logits, target)
        # Image to text: a photo may have several captions in the batch; all are positives.
        positives = (target[None, :] == torch.arange(len(uniq))[:, None]).float()
        positives = positives / positives.sum(1, keepdim=True)
        image_to_text = -(positives * F.log_softmax(logits.T, dim=1)).sum(1).mean()
        return (text_to_image + image_to_text) / 2

    held_t = torch.from_numpy(held_caps)

    def evaluate(a: torch.Tensor, b: torch.Tensor) -> tuple[Recall, float]:
        with torch.no_grad():
            rows = cap_row[held_t]
            uniq, target = torch.unique(rows, return_inverse=True)
            img = F.normalize(img_all[uniq] @ a, dim=-1)
            txt = F.normalize(txt_all[held_t] @ b, dim=-1)
            sims = txt @ img.T
            own = sims.gather(1, target[:, None])
            rank = (sims > own).sum(1)
            recall = Recall(*(float((rank < k).float().mean()) for k in RECALL_AT))
            return recall, float(contrastive(held_t, a, b))

    generator = torch.Generator().manual_seed(config.seed)
    train_t = torch.from_numpy(train_caps)

    def epoch_batches() -> list[torch.Tensor]:
        order = train_t[torch.randperm(len(train_t), generator=generator)]
        return [order[start : start + config.batch_size] for start in range(0, len(order), config.batch_size)]

    with torch.no_grad():  # the starting heads' training loss, so losses[0] is the baseline
        batches = epoch_batches()
        losses: list[float] = [sum(float(contrastive(b, wi0, wt0)) for b in batches) / len(batches)]
    before, best_loss = evaluate(wi0, wt0)
    best = (before.mean, -best_loss)
    best_heads = (wi0.numpy().copy(), wt0.numpy().copy())
    best_epoch, best_recall = 0, before
    stale = 0
    yield PersonalizeProgress("train", 0, config.epochs, losses[0], before, 0)
    epoch = 0
    for epoch in range(1, config.epochs + 1):
        if cancel.is_set():
            epoch -= 1
            break
        total = 0.0
        batches = epoch_batches()
        for caps in batches:
            loss = contrastive(caps, wi, wt)
            anchor = (wi - wi0).pow(2).sum() / wi0_sq + (wt - wt0).pow(2).sum() / wt0_sq
            opt.zero_grad()
            (loss + config.l2sp * anchor).backward()
            opt.step()
            total += float(loss.detach())
        losses.append(total / len(batches))
        recall, held_loss = evaluate(wi.detach(), wt.detach())
        score = (recall.mean, -held_loss)
        if score > best:
            best, best_epoch, best_recall, stale = score, epoch, recall, 0
            best_heads = (wi.detach().numpy().copy(), wt.detach().numpy().copy())
        else:
            stale += 1
        yield PersonalizeProgress("train", epoch, config.epochs, losses[-1], recall, best_epoch)
        if stale >= config.patience:
            break

    result = TrainingResult(
        base_model="",
        image_head=best_heads[0],
        text_head=best_heads[1],
        before=before,
        after=best_recall,
        best_epoch=best_epoch,
        epochs_run=epoch,
        train_photos=len(train_ids),
        heldout_photos=len(held_ids),
        train_captions=len(train_caps),
        heldout_captions=len(held_caps),
        losses=tuple(losses),
        seconds=time.monotonic() - started,
        cancelled=cancel.is_set(),
    )
    yield PersonalizeProgress("done", epoch, config.epochs, None, best_recall, best_epoch, result=result)
