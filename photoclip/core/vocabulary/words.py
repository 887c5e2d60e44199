"""Describing a photo, or any vector, in words: what ``Library.words`` is.

Vectors
    Each concept's text vector is a prompt ensemble, made exactly as a tag
    set's tags are (``core/tagsets/scoring.py``: the ``simple`` templates,
    the mean of the normalised prompt embeddings), and cached in the same
    place: the catalog's prompt cache, per model identity. A personalised
    model (``<model>+<profile>``) has its own entries, and applying a profile
    forgets its cached ensembles (its text head is new), so the words always
    come from the text side searches use. Encoding the vocabulary runs the
    text model over a few thousand prompts: the app does it in the service's
    job that owns the model (:class:`~photoclip.core.indexing.jobs.WordsJob`),
    the CLI in its own thread.

Scores
    CLIP's zero-shot classification: the cosines of the photo with every
    candidate (the vocabulary's concepts and the tags of the library's sets)
    times the model's logit scale, through a softmax. The scores are
    probabilities that add up to 1 over all candidates, so a tag and a
    concept compare on one scale, and a clear winner stands out where raw
    cosines (bunched together in a narrow band for every CLIP model) would
    show a row of near-equal bars. A tag whose label is also a concept
    replaces that concept (the user's own word is the one to show).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from photoclip.core.storage.catalog import Catalog
from photoclip.core.tagsets import store
from photoclip.core.tagsets.definition import DEFAULT_TEMPLATES, TagDef, TagSet
from photoclip.core.tagsets.scoring import LazyEncoder, PromptEncoder, logit_scale, needs_prompts, softmax, tag_vectors
from photoclip.core.vocabulary.entries import VocabularyEntry, load_vocabulary
from photoclip.core.vocabulary.records import VOCABULARY_SOURCE, Description, WordsLanguage, WordsProgress, words_language
from photoclip.errors import PhotoclipError

# Concepts encoded per step of preparing: progress and cancel are checked between steps.
PREPARE_STEP = 64


@dataclass(frozen=True)
class _Candidates:
    """Labels and their vectors, row for row."""

    entries: tuple[VocabularyEntry, ...]
    sources: tuple[str, ...]
    vectors: np.ndarray


@dataclass(frozen=True)
class _Memo:
    """The vocabulary's vectors for one identity, and the prompt-cache stamp they were read at."""

    identity: str
    stamp: float | None
    vectors: np.ndarray


class Words:
    """The words that describe a photo or a vector: the vocabulary's concepts and the user's tags.

    Args:
        catalog: The library catalog (photo vectors, tag sets, the prompt cache).
        identity: Returns the serving identity (``<model>`` or ``<model>+<profile>``).
        encoder: Returns that identity's text encoder (loads the model; only
            called when prompts are not cached yet).
        model_languages: Returns the languages the serving model reads
            (``ModelSpec.languages``), to choose what a click searches for.
        vocabulary: The concepts (default: the shipped vocabulary).
    """

    def __init__(
        self,
        catalog: Catalog,
        identity: Callable[[], str],
        encoder: Callable[[], PromptEncoder],
        model_languages: Callable[[], Sequence[str]],
        vocabulary: Sequence[VocabularyEntry] | None = None,
    ) -> None:
        self.catalog = catalog
        self._identity = identity
        self._encoder = encoder
        self._model_languages = model_languages
        self._vocabulary = tuple(vocabulary) if vocabulary is not None else None
        self._memo: _Memo | None = None
        self._tagset: TagSet | None = None
        self._cache_keys: list[str] | None = None
        self._lock = threading.Lock()

    @property
    def vocabulary(self) -> tuple[VocabularyEntry, ...]:
        """The concepts photos are described with."""
        if self._vocabulary is None:
            self._vocabulary = load_vocabulary()
        return self._vocabulary

    @property
    def tagset(self) -> TagSet:
        """The vocabulary as a tag set: how its vectors are made and cached, like any set's."""
        if self._tagset is None:
            self._tagset = TagSet("vocabulary", tuple(TagDef(e.english) for e in self.vocabulary), templates=DEFAULT_TEMPLATES)
        return self._tagset

    @property
    def _keys(self) -> list[str]:
        """The prompt-cache keys of the vocabulary's concepts."""
        if self._cache_keys is None:
            self._cache_keys = [self.tagset.cache_key(t) for t in self.tagset.tags]
        return self._cache_keys

    # --------------------------------------------------------------- vectors
    def ready(self) -> bool:
        """Whether describing needs no text model: the vocabulary and every tag set are encoded for the serving identity."""
        identity = self._identity()
        if store.prompt_cache_stamp(self.catalog, identity, self._keys) is None:
            return False
        if self.catalog.get_meta(store.logit_scale_key(identity)) is None:
            return False
        return not any(needs_prompts(self.catalog, s.tagset, identity) for s in store.stored_tagsets(self.catalog))

    def prepare(self, cancel: threading.Event | None = None) -> Iterator[WordsProgress]:
        """Encode what is not cached yet: the vocabulary, then the tag sets (the slow part; loads the model).

        Args:
            cancel: Set it to stop after the current step; what was encoded stays cached.

        Yields:
            :class:`WordsProgress` after each step (concepts, then tag sets, counted together).

        Raises:
            PhotoclipError: The model cannot be loaded.
        """
        identity = self._identity()
        encoder = LazyEncoder(self._encoder, identity)
        vocabulary = self.tagset
        steps = [replace(vocabulary, tags=vocabulary.tags[s : s + PREPARE_STEP]) for s in range(0, len(vocabulary.tags), PREPARE_STEP)]
        sets = [s.tagset for s in store.stored_tagsets(self.catalog)]
        total = len(vocabulary.tags) + sum(len(s.tags) for s in sets)
        done = 0
        for part in [*steps, *sets]:
            if cancel is not None and cancel.is_set():
                return
            if needs_prompts(self.catalog, part, identity):
                tag_vectors(self.catalog, encoder, part, identity)
            done += len(part.tags)
            yield WordsProgress(done, total)
        logit_scale(self.catalog, encoder, identity)

    def _vocabulary_vectors(self, identity: str, encoder: PromptEncoder) -> np.ndarray:
        stamp = store.prompt_cache_stamp(self.catalog, identity, self._keys)
        with self._lock:
            memo = self._memo
        if memo is not None and memo.identity == identity and memo.stamp == stamp:
            return memo.vectors
        vectors = tag_vectors(self.catalog, encoder, self.tagset, identity)  # encodes what is missing
        if stamp is None:  # just encoded (and stored, unless read-only): the stamp to check against from now on
            stamp = store.prompt_cache_stamp(self.catalog, identity, self._keys)
        with self._lock:
            self._memo = _Memo(identity, stamp, vectors)
        return vectors

    def _candidates(self, identity: str, encoder: PromptEncoder, with_tagsets: bool) -> _Candidates:
        entries = list(self.vocabulary)
        sources = [VOCABULARY_SOURCE] * len(entries)
        blocks = [self._vocabulary_vectors(identity, encoder)]
        if not with_tagsets:
            return _Candidates(tuple(entries), tuple(sources), blocks[0])
        keep = np.ones(len(entries), dtype=bool)
        row_of = {e.english.casefold(): i for i, e in enumerate(entries)}
        for stored in store.stored_tagsets(self.catalog):
            tagset = stored.tagset
            blocks.append(tag_vectors(self.catalog, encoder, tagset, identity))
            for tag in tagset.tags:
                same = row_of.get(tag.label.casefold())
                if same is not None:
                    keep[same] = False  # the user's tag stands for the concept
                entries.append(VocabularyEntry(tag.label, tag.label, tag.label))
                sources.append(tagset.name)
        keep = np.concatenate([keep, np.ones(len(entries) - len(keep), dtype=bool)])
        rows = np.flatnonzero(keep)
        vectors = np.concatenate(blocks)[rows]
        return _Candidates(tuple(entries[i] for i in rows), tuple(sources[i] for i in rows), vectors)

    # --------------------------------------------------------------- describe
    def describe(self, photo_id: int, k: int = 10, language: str = "en") -> list[Description]:
        """The best descriptions of a library photo: concepts and the labels of the user's tag sets.

        Args:
            photo_id: The photo.
            k: How many, best first.
            language: The UI language (``"es"``, ``"pt_BR"``...); others get English.

        Returns:
            Up to ``k`` descriptions, best first (see the module docstring for the scores).

        Raises:
            PhotoclipError: The photo has no vector for the serving model yet,
                or the model cannot be loaded to encode the vocabulary.
        """
        identity = self._identity()
        return self._rank(identity, self._photo_vector(identity, photo_id), k, language, with_tagsets=True)

    def describe_if_ready(self, photo_id: int, k: int = 10, language: str = "en") -> list[Description] | None:
        """:meth:`describe`, or None rather than run the text model when the words are not prepared yet.

        The app calls it from its pool, and on None asks the service to
        :meth:`prepare` (the model is the service's to run).

        Raises:
            PhotoclipError: The photo has no vector for the serving model yet.
        """
        identity = self._identity()
        vector = self._photo_vector(identity, photo_id)
        if not self.ready():
            return None
        return self._rank(identity, vector, k, language, with_tagsets=True)

    def _photo_vector(self, identity: str, photo_id: int) -> np.ndarray:
        ids, vectors = self.catalog.embeddings_for(identity, [photo_id])
        if len(ids) == 0:
            raise PhotoclipError(f"Photo {photo_id} has not been indexed yet.", hint="Run `photoclip index`.")
        return np.asarray(vectors[0], dtype=np.float32)

    def best(self, vector: np.ndarray, k: int = 10, language: str = "en", *, with_tagsets: bool = False) -> list[Description]:
        """The concepts that best describe any vector of the serving model's space, e.g. the centroid of a group of photos.

        Args:
            vector: ``(D,)``; it need not be normalised (a mean of photo vectors is fine).
            k: How many, best first.
            language: The UI language; others get English.
            with_tagsets: Count the user's tags as candidates too.

        Returns:
            Up to ``k`` descriptions, best first.

        Raises:
            PhotoclipError: The model cannot be loaded to encode the vocabulary.
            ValueError: The vector is zero or not of the model's dimension.
        """
        return self._rank(self._identity(), np.asarray(vector, dtype=np.float32), k, language, with_tagsets=with_tagsets)

    def _rank(self, identity: str, vector: np.ndarray, k: int, language: str, *, with_tagsets: bool) -> list[Description]:
        norm = float(np.linalg.norm(vector))
        if vector.ndim != 1 or norm == 0.0:
            raise ValueError("a description needs one non-zero vector")
        encoder = LazyEncoder(self._encoder, identity)
        candidates = self._candidates(identity, encoder, with_tagsets)
        if candidates.vectors.shape[1] != vector.shape[0]:
            raise ValueError(f"the vector has {vector.shape[0]} dimensions, the model {candidates.vectors.shape[1]}")
        cosines = candidates.vectors @ (vector / norm)
        scores = softmax((cosines * np.float32(logit_scale(self.catalog, encoder, identity)))[None, :])[0]
        lang = words_language(language)
        reads = self._reads(lang)
        out = []
        for i in np.argsort(-scores, kind="stable")[: max(0, k)]:
            entry = candidates.entries[i]
            text = entry.name(lang)
            out.append(Description(text, entry.english, float(scores[i]), candidates.sources[i], text if reads else entry.english))
        return out

    def named_vectors(self, language: str = "en") -> tuple[list[tuple[str, str | None]], np.ndarray] | None:
        """Every candidate word (concepts in ``language``, then the user's tags) with its text vector, row for row.

        For naming groups of photos (the map's regions). None until :meth:`ready`:
        no model is ever loaded here, so a caller can fall back to what it has.

        Returns:
            ``([(text, tag set name or None for a concept), ...], (W, D) vectors)``, or None.
        """
        if not self.ready():
            return None
        identity = self._identity()
        found = self._candidates(identity, LazyEncoder(self._encoder, identity), with_tagsets=True)
        lang = words_language(language)
        names = [(e.name(lang), None if s == VOCABULARY_SOURCE else s) for e, s in zip(found.entries, found.sources, strict=True)]
        return names, found.vectors

    def _reads(self, language: WordsLanguage) -> bool:
        """Whether the serving model understands queries in ``language`` (English always)."""
        if language == "en":
            return True
        languages = [lang.lower() for lang in self._model_languages()]
        return language in languages or any("100+" in lang for lang in languages)
