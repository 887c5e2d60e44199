"""Crashes lose nothing: ``photoclip index`` killed with SIGKILL at random moments, again and again.

A seeded loop changes the photo folder (new photos, a deletion, a rename, an
edited photo), starts ``photoclip index`` in a real child process and kills
it with SIGKILL after a random delay: while it opens the catalog, scans,
hashes, loads the model, encodes, stores a batch, saves the index or files
photos into albums. After every kill:

- the catalog passes ``PRAGMA integrity_check`` and ``foreign_key_check``;
- the library opens for writing (the dead process's lock is gone) and the
  vector index loads, catches up or is rebuilt, holding exactly the
  catalog's searchable photos;
- a re-run completes, after which every photo on disk is in the catalog
  once, searchable and embedded (for the model and for the active
  personalisation profile), and nothing else is;
- captions, manual tag confirmations and rejections, and the personalisation
  profile are all still there, on the same photos (renames included).

The children are forked from a pre-warmed driver (``kill_driver.py``) so the
loop spends its time indexing, not importing torch; they run the real
command line, ``photoclip.cli.main(["index", ...])``.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.library import Library
from photoclip.core.models import ModelRegistry
from photoclip.core.models.embedder import ClipEmbedder
from photoclip.paths import LibraryPaths
from tests.conftest import write_photo

REPO = Path(__file__).resolve().parents[2]
SEED = 20240808
KILLS = 40  # SIGKILLs that must land (runs that finish first do not count)
MAX_ROUNDS = 80
NEW_PER_ROUND = 64
MODEL = "test-tiny"
# Moments a timer cannot hit reliably: the child kills itself as the n-th
# call of these starts. One of these rounds replaces every fourth random one.
CRASH_POINTS = [
    ("photoclip.core.storage.catalog", "Catalog._store_derived", 2),  # inside a batch's transaction, before COMMIT
    ("photoclip.core.storage.vectors", "_fsync", 1),  # the new index written to its temp file, not yet in place
    ("photoclip.core.storage.vectors", "atomic_write_text", 1),  # metadata accepting the new index written, the index not yet replaced
    ("photoclip.core.storage.vectors", "atomic_write_text", 2),  # the index file replaced, its final metadata not yet
    ("photoclip.core.tagsets.store", "_insert_auto", 1),  # filing the new photos into albums
    ("photoclip.core.storage.catalog", "Catalog.move_photo", 1),  # the scan applying a rename
    ("photoclip.core.storage.catalog", "Catalog.mark_deleted", 1),  # the scan applying a deletion
]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill driver forks (POSIX only)")

TAGSET = """
name = "Colours"
mode = "multi"
threshold = 0.5

[[tags]]
label = "red"

[[tags]]
label = "green"

[[tags]]
label = "blue"
"""


class KillDriver:
    """The pre-warmed driver process (see ``kill_driver.py``)."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.kill_driver"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        assert self._read() == {"ready": True}

    def _read(self) -> dict[str, object]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the kill driver died (exit {self.proc.poll()})"
        return json.loads(line)

    def run(self, argv: list[str], kill_after: float, kill_at: tuple[str, str, int] | None = None) -> dict[str, object]:
        assert self.proc.stdin is not None
        request = {"argv": argv, "kill_after": kill_after, "log": str(self.log), "kill_at": kill_at}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


class World:
    """The photo folder as the test changed it, and everything the library must keep."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root = root
        self.rng = rng
        self.on_disk: set[str] = set()
        self.next_seed = 0
        self.captions: dict[str, list[str]] = {}  # path -> captions (follows renames)
        self.manual: set[tuple[str, int, int]] = set()  # (path, tag_id, assigned)
        self.ids: dict[str, int] = {}  # path -> photo id, for the photos that carry captions or tags

    def add(self, n: int) -> None:
        for _ in range(n):
            path = self.root / f"d{self.next_seed % 5}" / f"p{self.next_seed:05d}.jpg"
            write_photo(path, seed=self.next_seed, size=(64, 48))
            self.on_disk.add(str(path))
            self.next_seed += 1

    def keepers(self) -> set[str]:
        """Photos carrying captions or tags: never deleted, but renamed and edited."""
        return set(self.captions) | {p for p, _, _ in self.manual}

    def churn(self) -> None:
        """Delete one photo, rename one (maybe a captioned one), rewrite one with new pixels."""
        plain = sorted(self.on_disk - self.keepers())
        gone = self.rng.choice(plain)
        os.unlink(gone)
        self.on_disk.discard(gone)
        old = self.rng.choice(sorted(self.on_disk))
        new = str(Path(old).with_name(f"renamed_{self.next_seed:05d}.jpg"))
        self.next_seed += 1
        os.replace(old, new)
        self.on_disk.discard(old)
        self.on_disk.add(new)
        self._renamed(old, new)
        edited = self.rng.choice(sorted(self.on_disk - self.keepers()))
        write_photo(Path(edited), seed=10_000 + self.next_seed, size=(64, 48))
        self.next_seed += 1

    def _renamed(self, old: str, new: str) -> None:
        if old in self.captions:
            self.captions[new] = self.captions.pop(old)
        self.manual = {(new if p == old else p, t, a) for p, t, a in self.manual}
        if old in self.ids:
            self.ids[new] = self.ids.pop(old)


def _open(home: Path, embedders: dict[str, ClipEmbedder]) -> Library:
    """The library, with one embedder kept across opens (the model loads once per test)."""
    paths = LibraryPaths.at(home)

    def factory(spec):  # type: ignore[no-untyped-def]
        if spec.name not in embedders:
            embedders[spec.name] = ClipEmbedder(ModelRegistry(paths.models_dir), spec, device="cpu", threads=1)
        return embedders[spec.name]

    return Library(paths, embedder_factory=factory)


def _progress(home: Path) -> tuple[int, int, int]:
    """(photo rows, embedding rows of the model, photos still to embed), read without the library."""
    db = sqlite3.connect(f"file:{home / 'catalog.sqlite3'}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT COUNT(*) FROM photos").fetchone()[0]
        embedded = db.execute("SELECT COUNT(*) FROM embeddings WHERE model = ?", (MODEL,)).fetchone()[0]
        pending = db.execute(
            """SELECT COUNT(*) FROM photos p WHERE p.status = 'active'
               AND NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.photo_id = p.id AND e.model = ?)""",
            (MODEL,),
        ).fetchone()[0]
    finally:
        db.close()
    return int(rows), int(embedded), int(pending)


def _phase(before: tuple[int, int, int], after: tuple[int, int, int]) -> str:
    """Where a kill landed, judged by what the killed run had committed."""
    if after[0] == before[0]:
        return "before-scan"  # start-up, opening, or scanning before the first new row
    if after[2] == 0:
        return "after-embed"  # saving the index, filing into albums, closing
    if after[1] <= before[1]:
        return "scan"  # (an edited photo's old embedding goes when the scan sees the change)
    return "embed"


def _check_catalog_file(catalog: Path) -> None:
    db = sqlite3.connect(catalog)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def _live_labels(lib: Library, name: str) -> set[int]:
    """Photo ids the index of ``name`` would return (not marked deleted)."""
    if name == lib.serving_identity():
        index = lib.searcher().vectors  # as searches see it (a profile's index catches up there)
    else:
        index = lib.vectors(lib.chosen_model(), name=name)
    live = set()
    for pid in index.ids().tolist():
        try:
            index._index.get_items([pid])  # hnswlib raises for labels marked deleted
        except RuntimeError:
            continue
        live.add(int(pid))
    return live


def _searchable(lib: Library, model: str) -> set[int]:
    with lib.catalog.reading() as db:
        rows = db.execute(
            "SELECT e.photo_id FROM embeddings e JOIN photos p ON p.id = e.photo_id WHERE e.model = ? AND p.status = 'active'",
            (model,),
        ).fetchall()
    return {int(r[0]) for r in rows}


def _check_index_matches_catalog(lib: Library, profile_identity: str) -> None:
    for name in (MODEL, profile_identity):
        assert _live_labels(lib, name) == _searchable(lib, name), name


def _check_nothing_lost(lib: Library, world: World, profile: str, profile_identity: str) -> None:
    with lib.catalog.reading() as db:
        active = dict(db.execute("SELECT path, id FROM photos WHERE status = 'active'").fetchall())
        other = db.execute("SELECT path, status, error FROM photos WHERE status NOT IN ('active', 'deleted')").fetchall()
        manual = db.execute("SELECT photo_id, tag_id, assigned FROM photo_tags WHERE source = 'manual'").fetchall()
    assert other == []
    assert set(active) == world.on_disk  # every photo once (paths are unique), none lost, none extra
    for model in (MODEL, profile_identity):
        assert _searchable(lib, model) == set(active.values()), model
    for path, pid in world.ids.items():
        assert active[path] == pid, f"{path} changed id"  # renames keep the photo (and what hangs on it)
    for path, texts in world.captions.items():
        assert lib.captions(active[path]) == texts
    by_id = {pid: path for path, pid in active.items()}
    assert {(by_id[p], t, a) for p, t, a in manual} == world.manual
    assert lib.active_profile() == profile
    lib.profile_store().load(profile)  # the profile file is whole


def _setup(home: Path, world: World, embedders: dict[str, ClipEmbedder]) -> tuple[str, str]:
    """A library with photos, a tag set with manual feedback, captions and an active profile."""
    from photoclip.core.personalize.profiles import identity
    from photoclip.core.tagsets.files import parse_tagset

    world.add(40)
    with _open(home, embedders) as lib:
        lib.use_model(MODEL)
        lib.add_folder(world.root)
        for _ in lib.index():
            pass
        lib.tags.save(parse_tagset(TAGSET, "toml"))
        for _ in lib.tags.apply():
            pass
        paths = sorted(world.on_disk)
        for path in paths[:6]:
            world.ids[path] = lib.tags.photo_id(path)
        red = lib.tags.resolve("Colours|red").tag_id
        blue = lib.tags.resolve("Colours|blue").tag_id
        lib.tags.confirm("Colours|red", [world.ids[p] for p in paths[:3]])
        lib.tags.reject("Colours|blue", [world.ids[p] for p in paths[2:4]])
        world.manual = {(p, red, 1) for p in paths[:3]} | {(p, blue, 0) for p in paths[2:4]}
        for i, path in enumerate(paths[3:6]):
            texts = [f"photo number {i}, a test caption", f"second caption {i}"]
            lib.set_captions(world.ids[path], texts)
            world.captions[path] = texts
        store = lib.profile_store()
        embedder = lib.embedder()
        image_head, text_head = embedder.heads()  # type: ignore[attr-defined]
        store.ensure_original(image_head, text_head)
        rng = np.random.default_rng(0)
        profile = store.save_heads(image_head + 0.05 * rng.standard_normal(image_head.shape).astype(np.float32), text_head)
        lib.use_profile(profile)
        _check_nothing_lost(lib, world, profile, identity(MODEL, profile))
    return profile, identity(MODEL, profile)


def test_sigkill_during_indexing_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    world = World(tmp_path / "photos", rng)
    home = tmp_path / "home"
    embedders: dict[str, ClipEmbedder] = {}
    profile, profile_identity = _setup(home, world, embedders)
    argv = ["index", "--home", str(home), "--json", "--batch-size", "2", "--threads", "1"]

    driver = KillDriver(tmp_path / "children.log")
    started = time.monotonic()
    kills = rounds = 0
    outcomes: list[str] = []
    points = list(CRASH_POINTS)
    try:
        # One uninterrupted run sets the scale of the random kill times.
        world.add(NEW_PER_ROUND)
        world.churn()
        first = driver.run(argv, kill_after=120)
        assert first["rc"] == 0, (tmp_path / "children.log").read_text()[-3000:]
        full_run = float(first["elapsed"])  # type: ignore[arg-type]
        while kills < KILLS or points:
            rounds += 1
            assert rounds <= MAX_ROUNDS, f"only {kills} of {rounds} runs were killed: {outcomes}"
            world.add(NEW_PER_ROUND)
            world.churn()
            before = _progress(home)
            if rounds % 4 == 0 and points:
                point = points.pop(0)
                result = driver.run(argv, kill_after=120, kill_at=point)
                label = point[1]
            else:
                point = None
                delay = rng.uniform(0.0, full_run * 1.1)
                result = driver.run(argv, kill_after=delay)
                label = f"{delay:.2f}s"
            assert result["killed"] or point is None, f"{point} was never reached"
            kills += bool(result["killed"])
            phase = _phase(before, _progress(home)) if result["killed"] else f"exit {result['rc']}"
            outcomes.append(f"{label}:{phase}")
            if not result["killed"]:
                assert result["rc"] == 0, (tmp_path / "children.log").read_text()[-3000:]
                # The first run can be slow (cold caches, a busy machine); kill
                # times follow the quickest whole run, so most rounds still land a kill.
                full_run = min(full_run, float(result["elapsed"]))  # type: ignore[arg-type]

            _check_catalog_file(home / "catalog.sqlite3")
            with _open(home, embedders) as lib:  # the dead child's write lock is gone
                _check_index_matches_catalog(lib, profile_identity)
                summary = None
                for event in lib.index():
                    summary = event.summary or summary
                assert summary is not None and summary.remaining == 0 and not summary.failed
                _check_index_matches_catalog(lib, profile_identity)
                _check_nothing_lost(lib, world, profile, profile_identity)
    finally:
        driver.close()
    elapsed = time.monotonic() - started
    phases = {p: sum(o.endswith(":" + p) for o in outcomes) for p in ("before-scan", "scan", "embed", "after-embed")}
    print(f"\n{kills} SIGKILLs in {rounds} rounds, {elapsed:.1f} s (a full run took {full_run:.2f} s); kills by phase {phases}")
    print(" ".join(outcomes))
    assert kills >= KILLS and not points
    # Saves killed half-way left temp files; the next writer removed them.
    assert {p.name for p in (home / "index").iterdir()} == {f"{n}.{ext}" for n in (MODEL, profile_identity) for ext in ("hnsw", "json")}
