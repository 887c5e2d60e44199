"""Personalisation's value types: how a run trains, what it found, its progress, and the saved profiles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from photoclip.errors import PhotoclipError

# A run's phases: encoding captions with the text tower, training (one event
# per epoch), and the last event, which carries the result.
PersonalizePhase = Literal["text-features", "train", "done"]

#: Joins a base model name and a profile name into the served identity.
IDENTITY_SEPARATOR = "+"
#: The profile file holding the heads the model shipped with.
ORIGINAL = "original"
#: Recall is reported at these cut-offs.
RECALL_AT = (1, 5, 10)



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
        """The three figures, rounded, for JSON."""
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

    phase: PersonalizePhase
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
