"""The background service's jobs: scan, embed, re-embed, folders, model switch, tag sets, personalisation, duplicates, the map.

Each job is a generator that yields progress and checks its cancel event
between items; the service (``service.py``) runs them one at a time by
priority, and :func:`run_jobs` runs them the same way in the caller's thread
(``Library.index``): one indexing path, two contexts (:class:`JobContext`).
:func:`startup_jobs` is what both start with. A new kind of work subclasses :class:`Job`: give it a ``kind``, a
``priority`` and a ``run(ctx)`` generator (and ``absorb`` if two queued ones
can merge).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from photoclip.core.explore.records import MapLayout, MapProgress
from photoclip.core.indexing.pipeline import embed_photos, scan_changes
from photoclip.core.indexing.records import IndexProgress, IndexSummary
from photoclip.core.personalize.records import PersonalizeProgress

if TYPE_CHECKING:
    from photoclip.core.duplicates import DuplicateGroup
    from photoclip.core.library import Library
    from photoclip.core.models import ModelSpec
    from photoclip.core.personalize.records import TrainingConfig, TrainingResult
    from photoclip.core.tagsets.records import AlbumRefiling

# A job's progress event: indexing's, personalisation's (a ``personalize`` job) or the map's (a ``map`` job).
JobProgress = IndexProgress | PersonalizeProgress | MapProgress
# What a job's run() is: progress events, then its result.
JobEvents = Generator[JobProgress, None, Any]
TagFeedback = Literal["confirm", "reject", "clear"]
ProfileAction = Literal["apply", "use", "revert", "preview"]
DuplicatesAction = Literal["trash", "undo"]

# Lower runs first.
PRIORITY_CHANGES = 0  # scans of what the watcher saw, folder additions and removals
PRIORITY_NEW = 10  # embedding the photos those scans brought in
PRIORITY_RESCAN = 20  # the periodic full rescan
PRIORITY_BACKLOG = 30  # re-embedding after a model switch; leftovers of an interrupted run
PRIORITY_LATER = 40  # room for tag sets, personalisation, ...
# Filing just-embedded photos into albums: a matrix product over their stored
# vectors, so it comes right after their embedding (albums fill as photos
# arrive), not after a re-embed backlog that may take hours.
PRIORITY_LABEL_NEW = PRIORITY_NEW + 5
# Encoding the vocabulary a photo is described with: someone has a photo open
# and waits for its words, so it goes before the periodic rescan and the backlog.
PRIORITY_WORDS = PRIORITY_LABEL_NEW



class JobContext:
    """What a running job may use: the library, its cancel event, and a way to queue follow-up jobs.

    Two places run jobs, each with its own context: the background service
    (``service.py``) and :func:`run_jobs`, which runs them one after another
    in the caller's thread (``Library.index``). A job never knows which.

    Args:
        library: The library the job works on.
        cancel: Set when the job should stop after its current item.
        settle_seconds: How long a new or changed file must stay unchanged before it is read.
    """

    #: True in the background service; False in :func:`run_jobs`, where a long follow-up (the map) would hold up ``photoclip index``.
    background: bool = True

    def __init__(self, library: "Library", cancel: threading.Event, settle_seconds: float) -> None:
        self.library = library
        self.cancel = cancel
        self.settle_seconds = settle_seconds

    def submit(self, job: "Job") -> "Job":
        """Queue a follow-up job; returns the job that will run it (an equal queued one may absorb it)."""
        raise NotImplementedError

    def recheck(self, paths: Iterable[str]) -> None:
        """Look at these files again once they have settled (they were still being written)."""

    def folders_changed(self) -> None:
        """The library's folders were added or removed (the service watches the new set)."""


class Job:
    """A unit of background work. Subclass it for new kinds of work.

    Attributes:
        kind: A short name for events and logs.
        priority: Lower runs first (see the ``PRIORITY_*`` constants).
        preemptible: Stop (and go back in the queue) when a more urgent job
            arrives. Only for jobs that can continue where they stopped.
        future: Resolves to what ``run`` returns (or its error) when the job
            has finished; cancelled if the job is cancelled or the service stops.
    """

    kind: ClassVar[str] = "job"
    priority: int = PRIORITY_LATER
    preemptible: bool = False

    def __init__(self) -> None:
        self.id = 0
        self.future: Future[Any] = Future()
        self.cancel_event = threading.Event()
        self._followers: list[Future[Any]] = []  # futures of jobs merged into this one
        self._preempted = False
        self._cancelled = False

    def run(self, ctx: JobContext) -> JobEvents:
        """Do the work, yielding progress and checking ``ctx.cancel`` between items; may return a result.

        Args:
            ctx: The library, the cancel event, and a way to queue follow-up jobs.

        Returns:
            The job's result, for its ``future``.
        """
        raise NotImplementedError

    def absorb(self, other: "Job") -> bool:
        """Merge a newly submitted job into this queued one; True when merged (default: never)."""
        return False

    def resolve(self, result: Any, error: BaseException | None = None) -> None:
        """Give the job's outcome to its future and to those of the jobs merged into it."""
        for future in (self.future, *self._followers):
            if future.done():
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

    def cancel_futures(self) -> None:
        """Cancel the job's future and those of the jobs merged into it (it will not run, or not to the end)."""
        for future in (self.future, *self._followers):
            future.cancel()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} #{self.id} {self.kind} p{self.priority}>"


class ScanJob(Job):
    """Scan folders for changes and record them; queue the embedding of what is new.

    Args:
        targets: Library root -> changed paths below it (from the watcher);
            None scans every folder whole (the start-up and periodic rescan).
    """

    kind = "scan"

    def __init__(self, targets: Mapping[str, Iterable[str]] | None = None) -> None:
        super().__init__()
        self.targets = None if targets is None else {root: set(paths) for root, paths in targets.items()}
        self.priority = PRIORITY_CHANGES if targets is not None else PRIORITY_RESCAN

    def absorb(self, other: Job) -> bool:
        if not isinstance(other, ScanJob) or (self.targets is None) != (other.targets is None):
            return False
        for root, paths in (other.targets or {}).items():
            assert self.targets is not None
            self.targets.setdefault(root, set()).update(paths)
        return True

    def run(self, ctx: JobContext) -> JobEvents:
        lib = ctx.library
        started = time.time()
        settle = ctx.settle_seconds
        summary = None
        try:
            for event in scan_changes(
                lib.catalog, ctx.cancel, targets=self.targets, settle_before=started - settle if settle > 0 else None
            ):
                summary = event.summary or summary
                yield event
        finally:
            # Removals, and photos back from an offline folder, reach the
            # loaded indexes now (also after a cancel: what was recorded stays).
            lib.catch_up_indexes()
        if summary is None:
            return None
        if summary.young:
            ctx.recheck(summary.young)
        fresh = summary.new + summary.changed
        if fresh:
            ctx.submit(EmbedJob(since=started))
        if self.targets is None and lib.pending() > fresh:
            ctx.submit(EmbedJob())  # older photos still lack a vector: an interrupted run, a model switch
        return summary


class EmbedJob(Job):
    """Embed the photos that have no vector yet.

    Args:
        since: Only photos added or changed since this POSIX time (what a scan
            just brought in): urgent, and also embedded with the serving model
            during a model switch so they are searchable at once. None embeds
            every photo that lacks a vector for the chosen model: the backlog,
            which is preemptible.
    """

    kind = "embed"

    def __init__(self, since: float | None = None) -> None:
        super().__init__()
        self.since = since
        self.priority = PRIORITY_NEW if since is not None else PRIORITY_BACKLOG
        self.preemptible = since is None

    def absorb(self, other: Job) -> bool:
        if not isinstance(other, EmbedJob) or (self.since is None) != (other.since is None):
            return False
        if self.since is not None and other.since is not None:
            self.since = min(self.since, other.since)
        return True

    def run(self, ctx: JobContext) -> JobEvents:
        lib = ctx.library
        chosen, serving = lib.chosen_model(), lib.serving_model()
        specs: list[ModelSpec] = [chosen]
        if self.since is not None and serving.name != chosen.name:
            specs.insert(0, serving)
        summary = None
        for spec in specs:
            if ctx.cancel.is_set():
                break
            todo = lib.catalog.photos_needing_embedding(spec.name, since=self.since)
            if not todo:
                continue
            for event in embed_photos(lib.catalog, lib.vectors(spec), lib.embedder(spec), lib.settings, todo, ctx.cancel):
                summary = event.summary or summary
                yield event
        if not ctx.cancel.is_set():
            switched = lib.serve_chosen_model_if_complete()
            if switched or (summary is not None and summary.embedded):
                # File the new photos into albums (and re-apply every set whole
                # when the serving model just changed): a follow-up job, so this
                # job's last event stays its indexing summary.
                ctx.submit(TagJob(new_only=True))
                if ctx.background and lib.explore.has_map():  # someone looked at the map: it follows the library
                    ctx.submit(MapJob())
        return summary


class ReembedJob(EmbedJob):
    """Embed the whole library with a newly chosen model, in the background (the backlog)."""

    kind = "re-embed"

    def __init__(self) -> None:
        super().__init__(since=None)


class FolderJob(Job):
    """Add or remove library folders, then watch (and scan) accordingly. Returns the affected roots."""

    kind = "folders"
    priority = PRIORITY_CHANGES

    def __init__(self, add: Iterable[str | Path] = (), remove: Iterable[str | Path] = ()) -> None:
        super().__init__()
        self.add = list(add)
        self.remove = list(remove)

    def run(self, ctx: JobContext) -> JobEvents:
        yield from ()  # a generator like every job, with no progress to report
        lib = ctx.library
        added = [lib.add_folder(p) for p in self.add]
        removed = {str(p): lib.remove_folder(p) for p in self.remove}
        ctx.folders_changed()
        if added:
            ctx.submit(ScanJob({root: [root] for root in added}))
        return {"added": added, "removed": removed}


class ModelJob(Job):
    """Choose the library's model; the re-embed runs in the background while the old model keeps serving."""

    kind = "model"
    priority = PRIORITY_CHANGES

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def run(self, ctx: JobContext) -> JobEvents:
        yield from ()  # a generator like every job, with no progress to report
        spec = ctx.library.use_model(self.name)
        if ctx.library.pending(spec) > 0:
            ctx.submit(ReembedJob())
        return spec


class TagJob(Job):
    """File photos into albums with the library's tag sets (``core/tagsets/``); no image is decoded.

    Its progress events are :class:`IndexProgress` with phase ``tag-prompts``
    (encoding the tags' prompts, which may load the model; ``total`` is the
    number of tags) or ``tags`` (scoring stored embeddings; ``done``/``total``
    count photos), and ``path`` naming the tag set(s) at work. The
    :class:`~photoclip.core.tagsets.records.TagApplySummary` is the job's result.

    Args:
        names: Apply these sets to the whole library (None: every set).
        new_only: Only label what was embedded since each set last looked (the
            follow-up of an embedding run; a set edited or whose model changed
            is applied whole). Runs soon after embedding (``PRIORITY_LABEL_NEW``).
        refresh_prompts: Apply every set again (``names`` aside) after
            forgetting the model's cached prompt ensembles (its text side
            changed under the same name).
    """

    kind = "tags"

    def __init__(self, names: Iterable[str] | None = None, *, new_only: bool = False, refresh_prompts: bool = False) -> None:
        super().__init__()
        self.names = None if names is None else list(dict.fromkeys(names))
        self.new_only = new_only
        self.refresh_prompts = refresh_prompts
        self.priority = PRIORITY_LABEL_NEW if new_only else PRIORITY_LATER

    def absorb(self, other: Job) -> bool:
        if not isinstance(other, TagJob) or other.new_only != self.new_only:
            return False
        if not self.new_only:
            if self.names is None or other.names is None:
                self.names = None
            else:
                self.names = list(dict.fromkeys([*self.names, *other.names]))
            self.refresh_prompts = self.refresh_prompts or other.refresh_prompts
            if self.refresh_prompts:
                self.names = None
        self.priority = min(self.priority, other.priority)
        return True

    def run(self, ctx: JobContext) -> JobEvents:
        tags = ctx.library.tags
        if self.new_only:
            events = tags.label_new(ctx.cancel)
        elif self.refresh_prompts:
            events = tags.reapply_all(ctx.cancel, refresh_prompts=True)
        else:
            events = tags.apply(self.names, ctx.cancel)
        summary = None
        for event in events:
            if event.summary is not None:
                summary = event.summary
            elif event.phase == "prompts":
                yield IndexProgress("tag-prompts", event.done, event.total, path=event.tagset)
            else:
                yield IndexProgress("tags", event.done, event.total, path=event.tagset)
        return summary


class TagFeedbackJob(Job):
    """Confirm, reject or clear a tag on photos by hand; re-label the library when that moved the tag's threshold.

    Returns the :class:`~photoclip.core.tagsets.records.ManualChange`. A job, not a
    call from the GUI thread: it writes several transactions and may load the
    model to score the photos, which is the worker's business.

    Args:
        tag: A tag id or ``"Set|label"``.
        photo_ids: The photos.
        action: ``confirm``, ``reject`` or ``clear``.
    """

    kind = "tag-feedback"
    priority = PRIORITY_CHANGES  # someone is looking at the photo, waiting for it

    ACTIONS: tuple[TagFeedback, ...] = ("confirm", "reject", "clear")

    def __init__(self, tag: int | str, photo_ids: Iterable[int], action: TagFeedback) -> None:
        super().__init__()
        if action not in self.ACTIONS:
            raise ValueError(f"unknown tag feedback {action!r}")
        self.tag = tag
        self.photo_ids = [int(p) for p in photo_ids]
        self.action = action

    def run(self, ctx: JobContext) -> JobEvents:
        yield from ()  # a generator like every job, with no progress to report
        tags = ctx.library.tags
        if self.action == "confirm":
            change = tags.confirm(self.tag, self.photo_ids)
        elif self.action == "reject":
            change = tags.reject(self.tag, self.photo_ids)
        else:
            change = tags.clear(self.tag, self.photo_ids)
        if change.needs_apply:
            ctx.submit(TagJob([change.tagset]))
        return change


class WordsJob(Job):
    """Encode the vocabulary's and the tag sets' prompts for the serving model, so photos can be described.

    The model is the service's to load and run, so the app prepares the
    photo's own words here (``core/vocabulary/``), never on the GUI thread or
    its pool. Progress events are :class:`IndexProgress` with phase ``words``
    (``done``/``total`` count concepts and tags); nothing is left to do, and
    the job ends at once, when they are cached already.
    """

    kind = "words"
    priority = PRIORITY_WORDS

    def absorb(self, other: Job) -> bool:
        return isinstance(other, WordsJob)

    def run(self, ctx: JobContext) -> JobEvents:
        for step in ctx.library.words.prepare(ctx.cancel):
            yield IndexProgress("words", step.done, step.total)


class PersonalizeJob(Job):
    """Train the serving model's projection heads on the library's captions (``core/personalize/``).

    A job because it uses the model (its text tower encodes captions not seen
    before) and writes the catalog's text-feature cache: the worker's
    business. Its events are
    :class:`~photoclip.core.personalize.records.PersonalizeProgress`, reported in
    ``ServiceEvent.progress``: ``text-features``, one ``train`` per epoch,
    then ``done``. The :class:`~photoclip.core.personalize.records.TrainingResult`
    is the job's result; nothing is applied (see :class:`ProfileJob`).
    Cancelling stops it after the current epoch (its future is cancelled).

    Args:
        config: Training settings (default: ``TrainingConfig()``).
    """

    kind = "personalize"
    priority = PRIORITY_LATER

    def __init__(self, config: "TrainingConfig | None" = None) -> None:
        super().__init__()
        self.config = config

    def run(self, ctx: JobContext) -> Generator[PersonalizeProgress, None, TrainingResult | None]:
        result: TrainingResult | None = None
        for event in ctx.library.personalize(self.config, ctx.cancel):
            result = event.result or result
            yield event
        return result


class ProfileJob(Job):
    """Change which personalisation profile searches use: apply a training result, use a saved profile, or revert.

    Each re-projects the stored features through a head and rebuilds that
    profile's index, then applies the tag sets again: writes to the catalog
    and the indexes, so the worker does them. No photo is encoded again.
    Returns the :class:`~photoclip.core.personalize.records.ProfileInfo` now in use
    (None after a revert). Applying a result that does not improve held-out
    recall fails with ``PersonalizationRefused`` (its message has the figures).
    ``preview`` changes nothing: it returns the
    :class:`~photoclip.core.tagsets.records.AlbumRefiling` that applying
    ``result`` would cause (it runs the text tower, so the worker does it too).

    Args:
        action: ``apply`` (``result``), ``use`` (``name``; None = the original
            heads), ``revert`` or ``preview`` (``result``).
    """

    kind = "profile"
    priority = PRIORITY_CHANGES  # someone clicked and waits; no photo is encoded

    ACTIONS: tuple[ProfileAction, ...] = ("apply", "use", "revert", "preview")

    def __init__(self, action: ProfileAction, *, name: str | None = None, result: "TrainingResult | None" = None) -> None:
        super().__init__()
        if action not in self.ACTIONS:
            raise ValueError(f"unknown profile action {action!r}")
        if action in ("apply", "preview") and result is None:
            raise ValueError(f"{action} needs a training result")
        self.action = action
        self.name = name
        self.result = result

    def run(self, ctx: JobContext) -> JobEvents:
        yield from ()  # a generator like every job, with no progress to report
        lib = ctx.library
        if self.action == "apply" and self.result is not None:  # __init__ refuses "apply" without one
            return lib.apply_personalization(self.result)
        if self.action == "preview" and self.result is not None:
            return _album_refiling(lib, self.result)
        if self.action == "use":
            return lib.use_profile(self.name)
        lib.revert_personalization()
        return None


class DuplicatesJob(Job):
    """Set duplicates aside in the holding folder, or put a batch back (``core/duplicates/``).

    A job, not a short write: it moves files (many, on a slow disk perhaps)
    and updates the catalog and the loaded indexes, which is the one writer's
    business. Returns the :class:`~photoclip.core.duplicates.TrashResult` or
    :class:`~photoclip.core.duplicates.UndoResult`. Nothing is deleted.

    Args:
        action: ``trash`` (every group's others) or ``undo`` (``batch``; None: the latest).
        groups: The groups whose others go, for ``trash``.
        batch: The batch to put back, for ``undo``.
    """

    kind = "duplicates"
    priority = PRIORITY_CHANGES  # someone clicked and waits

    ACTIONS: tuple[DuplicatesAction, ...] = ("trash", "undo")

    def __init__(self, action: DuplicatesAction, groups: Iterable["DuplicateGroup"] = (), batch: str | None = None) -> None:
        super().__init__()
        if action not in self.ACTIONS:
            raise ValueError(f"unknown duplicates action {action!r}")
        self.action = action
        self.groups = tuple(groups)
        self.batch = batch

    def run(self, ctx: JobContext) -> JobEvents:
        yield from ()  # a generator like every job, with no progress to report
        duplicates = ctx.library.duplicates
        if self.action == "trash":
            return duplicates.trash(self.groups)
        return duplicates.undo(self.batch)


def _album_refiling(lib: "Library", result: "TrainingResult") -> "AlbumRefiling":
    """How applying ``result`` would refile the photos into the tag sets' albums (``preview``: nothing is written)."""
    from photoclip.core.personalize.profiles import PersonalizedEmbedder, project

    spec = lib.serving_model()
    through = PersonalizedEmbedder(lib.embedder(spec), "preview", result.image_head, result.text_head)  # type: ignore[arg-type]

    def vectors(ids: Any) -> tuple[Any, Any]:
        found, features = lib.catalog.features_for(spec.name, ids.tolist())
        return found, (project(features, result.image_head) if len(found) else features)

    return lib.tags.refiling(through, vectors)


class MapJob(Job):
    """Compute the map of the library by meaning (``core/explore/``): PCA at once, then t-SNE.

    Its progress events are :class:`~photoclip.core.explore.records.MapProgress`
    (the first layout is saved, and can be shown, at its ``pca`` event); its
    result is the final :class:`~photoclip.core.explore.records.MapLayout`
    (None when stopped). Submitted when the Explore view finds no up-to-date
    map, and after an embedding run in the background service stored photos in
    a library that has a map (``photoclip index`` leaves the map to the next
    view or service, which place the new photos at once). Preemptible: urgent work stops it and it starts again afterwards,
    while the layout it saved first stays on show.
    """

    kind = "map"
    priority = PRIORITY_LATER
    preemptible = True

    def absorb(self, other: Job) -> bool:
        return isinstance(other, MapJob)

    def run(self, ctx: JobContext) -> Generator[MapProgress, None, MapLayout | None]:
        layout = None
        for event in ctx.library.explore.compute(ctx.cancel):
            if event.phase == "done":
                layout = event.layout
            yield event
        return layout


def startup_jobs(library: "Library") -> list[Job]:
    """What a start catches up on, in the service and in ``Library.index`` alike.

    A full scan (what changed while nobody watched; it queues the embedding
    of what it finds), the re-embed of an unfinished model switch, and, after
    those, filing photos embedded but not yet put into albums (a run stopped
    in between; cheap when there is nothing to do).

    Args:
        library: The library about to be brought up to date.

    Returns:
        The jobs to submit.
    """
    jobs: list[Job] = [ScanJob()]
    if library.chosen_model().name != library.serving_model().name:
        jobs.append(ReembedJob())
    catch_up = TagJob(new_only=True)
    catch_up.priority = PRIORITY_LATER
    jobs.append(catch_up)
    return jobs


class _InlineContext(JobContext):
    """The context of :func:`run_jobs`: follow-up jobs join its queue, merged as the service merges them."""

    background = False

    def __init__(self, library: "Library", cancel: threading.Event, queue: list[Job], ids: Iterator[int]) -> None:
        # Nobody watches the folders to look again later: read every file as it is now.
        super().__init__(library, cancel, settle_seconds=0.0)
        self.queue = queue
        self._ids = ids

    def submit(self, job: Job) -> Job:
        for queued in self.queue:
            if queued.absorb(job):
                queued._followers.append(job.future)
                return queued
        job.id = next(self._ids)
        self.queue.append(job)
        return job


def run_jobs(
    library: "Library", jobs: Iterable[Job], cancel: threading.Event | None = None
) -> Generator[IndexProgress, None, IndexSummary]:
    """Run jobs, and the follow-up jobs they submit, in this thread: most urgent first, one at a time.

    The synchronous twin of the service's worker (``Library.index`` uses it),
    so both run the same jobs in the same order. A job's error propagates;
    the jobs still queued then never run.

    Args:
        library: The library the jobs work on (written to).
        jobs: The jobs to start with.
        cancel: Set it to stop after the current item; no further job starts.

    Yields:
        Every job's progress events, except each job's own ``done`` event:
        their summaries are added up instead.

    Returns:
        The indexing jobs' summaries added up (times too; see :meth:`IndexSummary.__add__`).
    """
    cancel = cancel or threading.Event()
    queue: list[Job] = []
    ctx = _InlineContext(library, cancel, queue, itertools.count(1))
    for job in jobs:
        ctx.submit(job)
    total = IndexSummary()
    try:
        while queue and not cancel.is_set():
            job = min(queue, key=lambda j: (j.priority, j.id))
            queue.remove(job)
            total += yield from _run_one(job, ctx)
    finally:
        for job in queue:  # never started: as when the service stops
            job.cancel_futures()
    return total


def _run_one(job: Job, ctx: JobContext) -> Generator[IndexProgress, None, IndexSummary]:
    """Run one job for :func:`run_jobs`: pass its events on, settle its future; returns its summaries added up."""
    total = IndexSummary()
    result: Any = None
    events = job.run(ctx)
    try:
        while True:
            try:
                event = next(events)
            except StopIteration as stop:
                result = stop.value
                break
            if not isinstance(event, IndexProgress):
                continue  # another kind of work's events (personalisation): not indexing's to report
            if event.phase == "done":
                total += event.summary or IndexSummary()
            else:
                yield event
    except Exception as exc:
        job.resolve(None, exc)
        raise
    finally:
        events.close()
    if ctx.cancel.is_set():
        job.cancel_futures()  # stopped part way, as the service reports a cancelled job
    else:
        job.resolve(result)
    return total
