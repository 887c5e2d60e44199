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

Profiles: the original heads and every accepted result are kept as small
safetensors files under ``<home>/profiles/<model>/`` (``original``, ``p1``,
``p2``...). A profile is served under its own model identity,
``<model>+<profile>`` (``test-tiny+p1``): its own embedding rows in the
catalog, its own hnswlib index file and its own query-cache entries, so the
base model's vectors, index and cache are never touched and reverting gives
back exactly the original rankings. The catalog keeps the active profile's
rows in step with the base model's (``Catalog.add_projection``), so photos
indexed later are projected through it without a second encoder pass.

:func:`train` is a generator of :class:`PersonalizeProgress` events (like
``indexer.run_index``) so the CLI drives it with a progress display and the
GUI's background service from a worker thread, with cancellation between
epochs.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from photoclip.core.storage.catalog import Catalog, project_features as project
from photoclip.core.embedder import Embedder
from photoclip.core.imaging import PreprocessConfig
from photoclip.errors import PhotoclipError

#: Joins a base model name and a profile name into the served identity.
IDENTITY_SEPARATOR = "+"
#: The profile file holding the heads the model shipped with.
ORIGINAL = "original"
#: Recall is reported at these cut-offs.
RECALL_AT = (1, 5, 10)

_PROFILE_RE = re.compile(r"^p(\d+)$")


class PersonalizationRefused(PhotoclipError):
    """A training result that does not improve held-out recall; it is not applied."""


@dataclass(frozen=True)
class TrainingConfig:
    """How a personalisation run trains.

    Attributes:
        epochs: The most passes over the training captions (early stopping
            usually ends sooner).
        batch_size: Captions per optimiser step.
        learning_rate: Adam step size, relative to the root-mean-square
            entry of each original head (so one setting suits every model).
        l2sp: Weight of the pull toward the original heads, as a fraction
            of each head's squared norm (L2-SP; guards against forgetting).
        holdout: Fraction of the captioned photos held out for early
            stopping and the before/after figures.
        patience: Stop after this many epochs without a better held-out score.
        seed: Seeds the hold-out split and the batch order.
        min_photos: Refuse to train on fewer captioned photos.
    """

    epochs: int = 30
    batch_size: int = 256
    learning_rate: float = 0.03
    l2sp: float = 0.1
    holdout: float = 0.2
    patience: int = 4
    seed: int = 0
    min_photos: int = 10


@dataclass(frozen=True)
class Recall:
    """Text-to-image recall on the held-out photos: the share of held-out
    captions whose own photo ranks in the top k among the held-out photos."""

    r1: float
    r5: float
    r10: float

    @property
    def mean(self) -> float:
        """The mean of the three figures (what early stopping and the refusal compare)."""
        return (self.r1 + self.r5 + self.r10) / 3

    def as_dict(self) -> dict[str, float]:
        return {"r1": round(self.r1, 4), "r5": round(self.r5, 4), "r10": round(self.r10, 4)}

    def __str__(self) -> str:
        return f"R@1 {self.r1:.1%}  R@5 {self.r5:.1%}  R@10 {self.r10:.1%}"


@dataclass(frozen=True, eq=False)
class TrainingResult:
    """What a training run produced (not applied yet).

    Attributes:
        base_model: The model whose heads were trained.
        image_head: The trained image head ``(F, D)`` (the best epoch's).
        text_head: The trained text head ``(Ft, D)``.
        before: Held-out recall with the heads currently in use.
        after: Held-out recall with the trained heads.
        best_epoch: The epoch kept (0 means nothing beat the starting heads).
        epochs_run: Epochs trained before stopping.
        train_photos / heldout_photos / train_captions / heldout_captions: Split sizes.
        losses: Mean training loss (contrastive part) of each epoch; ``losses[0]``
            is the starting heads' loss on the same data.
        seconds: Training time (text features included).
        cancelled: The run was stopped before it finished.
    """

    base_model: str
    image_head: np.ndarray
    text_head: np.ndarray
    before: Recall
    after: Recall
    best_epoch: int
    epochs_run: int
    train_photos: int
    heldout_photos: int
    train_captions: int
    heldout_captions: int
    losses: tuple[float, ...]
    seconds: float
    cancelled: bool = False

    @property
    def improved(self) -> bool:
        """True when the trained heads beat the starting heads on held-out recall."""
        return self.best_epoch > 0 and self.after.mean > self.before.mean

    def figures(self) -> str:
        """Before and after, for messages."""
        return f"held-out recall before: {self.before}; after: {self.after}"

    def as_dict(self) -> dict[str, Any]:
        """The figures (not the heads), for JSON output."""
        return {
            "base_model": self.base_model,
            "before": self.before.as_dict(),
            "after": self.after.as_dict(),
            "improved": self.improved,
            "best_epoch": self.best_epoch,
            "epochs_run": self.epochs_run,
            "train_photos": self.train_photos,
            "heldout_photos": self.heldout_photos,
            "train_captions": self.train_captions,
            "heldout_captions": self.heldout_captions,
            "losses": [round(x, 5) for x in self.losses],
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True)
class PersonalizeProgress:
    """One progress event of :func:`train`.

    Attributes:
        phase: ``text-features`` (encoding captions: ``done``/``total``),
            ``train`` (one per epoch; epoch 0 reports the starting heads) or
            ``done`` (carries ``result``).
        epoch: The epoch just finished.
        epochs: The most epochs this run may take.
        loss: Mean training loss of the epoch (epoch 0: of the starting heads).
        recall: Held-out recall after the epoch.
        best_epoch: The best epoch so far.
        done / total: Captions encoded so far, in ``text-features``.
        result: Set on the ``done`` event.
    """

    phase: str
    epoch: int = 0
    epochs: int = 0
    loss: float | None = None
    recall: Recall | None = None
    best_epoch: int = 0
    done: int = 0
    total: int = 0
    result: TrainingResult | None = None


@dataclass(frozen=True)
class ProfileInfo:
    """A saved personalisation profile of one model.

    Attributes:
        name: ``p1``, ``p2``...
        base_model: The model it personalises.
        identity: The model identity it is served under (``test-tiny+p1``).
        path: Its safetensors file.
        created: POSIX time it was saved.
        active: Whether searches use it now.
        before / after: Held-out recall when it was trained.
        train_photos / heldout_photos / captions: What it was trained on.
    """

    name: str
    base_model: str
    identity: str
    path: str
    created: float
    active: bool
    before: Recall | None
    after: Recall | None
    train_photos: int
    heldout_photos: int
    captions: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "base_model": self.base_model,
            "identity": self.identity,
            "path": self.path,
            "created": self.created,
            "active": self.active,
            "before": self.before.as_dict() if self.before else None,
            "after": self.after.as_dict() if self.after else None,
            "train_photos": self.train_photos,
            "heldout_photos": self.heldout_photos,
            "captions": self.captions,
        }


class HeadedEmbedder(Embedder, Protocol):
    """What personalisation needs from a model beyond :class:`Embedder`: frozen towers and split heads (``ClipEmbedder``)."""

    image_encoder_calls: int
    text_encoder_calls: int

    @property
    def logit_scale(self) -> float: ...

    def heads(self) -> tuple[np.ndarray, np.ndarray]: ...

    def image_features(self, pixels: np.ndarray) -> np.ndarray: ...

    def text_features(self, texts: Sequence[str]) -> np.ndarray: ...


# --------------------------------------------------------------------------- identity


def identity(base_model: str, profile: str | None) -> str:
    """The model identity searches use: ``base`` or ``base+profile``."""
    return f"{base_model}{IDENTITY_SEPARATOR}{profile}" if profile else base_model


class PersonalizedEmbedder:
    """A model seen through a profile's heads: the base model's towers, the profile's projections.

    It shares the (already loaded) towers of ``base``, so no second copy of
    the model is loaded, and the encoder-call counters are the base's.
    Satisfies the ``Embedder`` protocol for search (text queries and
    "similar to this file").

    Args:
        base: The base model's embedder.
        profile: The profile name (``p1``).
        image_head: ``(F, D)``.
        text_head: ``(Ft, D)``.
    """

    def __init__(self, base: HeadedEmbedder, profile: str, image_head: np.ndarray, text_head: np.ndarray) -> None:
        self.base = base
        self.profile = profile
        self.model_name = identity(base.model_name, profile)
        self.image_head = np.asarray(image_head, dtype=np.float32)
        self.text_head = np.asarray(text_head, dtype=np.float32)

    @property
    def embed_dim(self) -> int:
        return self.base.embed_dim

    @property
    def preprocess_config(self) -> PreprocessConfig:
        return self.base.preprocess_config

    @property
    def batch_size(self) -> int:
        return self.base.batch_size

    @property
    def image_encoder_calls(self) -> int:
        return self.base.image_encoder_calls

    @property
    def text_encoder_calls(self) -> int:
        return self.base.text_encoder_calls

    @property
    def logit_scale(self) -> float:
        """The base model's temperature: personalisation trains at it and leaves it as it is."""
        return self.base.logit_scale

    def encode_images(self, pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Encode a preprocessed batch; returns (pre-projection features, embeddings through the profile's head)."""
        features = self.base.image_features(pixels)
        return features, project(features, self.image_head)

    def encode_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Encode texts through the profile's text head, normalised."""
        return project(self.base.text_features(texts), self.text_head)


# --------------------------------------------------------------------------- profiles


class ProfileStore:
    """The saved heads of one model: ``<folder>/<model>/original.safetensors``, ``p1.safetensors``...

    Args:
        folder: The library's profiles folder (``LibraryPaths.profiles_dir``).
        base_model: The model whose profiles these are.
    """

    def __init__(self, folder: Path, base_model: str) -> None:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in base_model)
        self.folder = Path(folder) / safe
        self.base_model = base_model

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.safetensors"

    def names(self) -> list[str]:
        """Saved profile names, oldest first (``original`` excluded)."""
        found = []
        for file in self.folder.glob("p*.safetensors"):
            match = _PROFILE_RE.match(file.stem)
            if match:
                found.append((int(match.group(1)), file.stem))
        return [name for _, name in sorted(found)]

    def next_name(self) -> str:
        """A name never used before in this store (numbers only go up)."""
        numbers = [int(n[1:]) for n in self.names()]
        return f"p{max(numbers, default=0) + 1}"

    def ensure_original(self, image_head: np.ndarray, text_head: np.ndarray) -> None:
        """Keep the model's own heads on first use (never overwritten)."""
        if not self.path(ORIGINAL).is_file():
            self._write(ORIGINAL, image_head, text_head, {"kind": "original"})

    def save(self, result: TrainingResult) -> str:
        """Save a training result (heads and figures) as a new profile. Returns its name."""
        return self.save_heads(result.image_head, result.text_head, {"result": json.dumps(result.as_dict())})

    def save_heads(self, image_head: np.ndarray, text_head: np.ndarray, meta: dict[str, str] | None = None) -> str:
        """Save heads as a new profile, with string metadata. Returns its name."""
        name = self.next_name()
        self._write(name, image_head, text_head, {"kind": "profile", "created": repr(time.time()), **(meta or {})})
        return name

    def load(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The ``(image_head, text_head)`` of a saved profile.

        Raises:
            PhotoclipError: No such profile, or its file is damaged.
        """
        from safetensors import SafetensorError
        from safetensors.numpy import load_file

        path = self.path(name)
        if not path.is_file():
            known = ", ".join(self.names()) or "none"
            raise PhotoclipError(
                f"There is no personalisation profile {name!r} for {self.base_model}.", hint=f"Saved profiles: {known}."
            )
        try:
            tensors = load_file(str(path))
            return tensors["image_head"].astype(np.float32), tensors["text_head"].astype(np.float32)
        except (SafetensorError, KeyError, OSError) as exc:
            raise PhotoclipError(f"The profile file {path} cannot be read: {exc}.", hint="Delete it and train again.") from exc

    def info(self, name: str, active: str | None) -> ProfileInfo:
        """Describe a saved profile from its file's metadata."""
        from safetensors import safe_open

        path = self.path(name)
        with safe_open(str(path), framework="np") as f:
            meta = f.metadata() or {}
        result = json.loads(meta.get("result", "{}"))
        return ProfileInfo(
            name=name,
            base_model=self.base_model,
            identity=identity(self.base_model, name),
            path=str(path),
            created=float(meta.get("created", path.stat().st_mtime)),
            active=name == active,
            before=_recall_from(result.get("before")),
            after=_recall_from(result.get("after")),
            train_photos=int(result.get("train_photos", 0)),
            heldout_photos=int(result.get("heldout_photos", 0)),
            captions=int(result.get("train_captions", 0)) + int(result.get("heldout_captions", 0)),
        )

    def _write(self, name: str, image_head: np.ndarray, text_head: np.ndarray, meta: dict[str, str]) -> None:
        from safetensors.numpy import save_file

        self.folder.mkdir(parents=True, exist_ok=True)
        meta = {**meta, "base_model": self.base_model}
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f"{name}.", suffix=".tmp")
        os.close(fd)
        try:
            save_file(
                {
                    "image_head": np.ascontiguousarray(image_head, dtype=np.float32),
                    "text_head": np.ascontiguousarray(text_head, dtype=np.float32),
                },
                tmp,
                metadata=meta,
            )
            os.replace(tmp, self.path(name))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _recall_from(data: Any) -> Recall | None:
    if not isinstance(data, dict):
        return None
    return Recall(float(data.get("r1", 0)), float(data.get("r5", 0)), float(data.get("r10", 0)))


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
    missing = sorted(set(texts) - set(catalog.cached_text_features(model, set(texts))), key=lambda t: (len(t), t))
    total = len(missing)
    yield PersonalizeProgress("text-features", done=0, total=total)
    for start in range(0, total, TEXT_BATCH):
        if cancel is not None and cancel.is_set():
            return
        chunk = missing[start : start + TEXT_BATCH]
        features = embedder.text_features(chunk)
        catalog.store_text_features(model, list(zip(chunk, features)))
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
    pairs = catalog.caption_pairs()
    ids, image_features = catalog.features_for(model, {pid for pid, _ in pairs})
    row_of = {pid: row for row, pid in enumerate(ids.tolist())}
    kept = [(row_of[pid], text) for pid, text in pairs if pid in row_of]
    texts = [text for _, text in kept]
    yield from caption_text_features(catalog, embedder, texts, cancel)
    if cancel is not None and cancel.is_set():
        return
    cache = catalog.cached_text_features(model, texts)
    text_features = np.stack([cache[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, 0), np.float32)
    yield TrainingData(ids, image_features, text_features, np.asarray([row for row, _ in kept], dtype=np.int64))


# --------------------------------------------------------------------------- training


def train(
    catalog: Catalog,
    embedder: HeadedEmbedder,
    config: TrainingConfig | None = None,
    cancel: threading.Event | None = None,
    *,
    split: tuple[Sequence[int], Sequence[int]] | None = None,
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
    split: tuple[Sequence[int], Sequence[int]],
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
